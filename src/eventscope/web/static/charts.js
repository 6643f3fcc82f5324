// SVG charts: the stacked QuadClass timeline with the Goldstein mean line, and the event map.
"use strict";
window.ES = window.ES || {};

(function (ES) {
  const W = 720, H = 300, PAD = { left: 44, right: 44, top: 16, bottom: 48 };

  function axisLabel(x, y, text, anchor) {
    return ES.svg("text", { x: x, y: y, "text-anchor": anchor || "middle", class: "axis" },
      document.createTextNode(text));
  }

  // Which periods get an axis label: at most ~10, on year starts when periods are short.
  function labelled(rows, by) {
    const every = Math.max(1, Math.ceil(rows.length / 10));
    if (every === 1) return rows.map(() => true);
    const yearly = (by === "month" || by === "week" || by === "quarter") && every > 2;
    if (!yearly) return rows.map((row, i) => i % every === 0);
    const years = Math.ceil(rows.length / (by === "month" ? 12 : by === "week" ? 52 : 4) / 10);
    let last = null;
    return rows.map((row) => {
      const year = Number(row.period.slice(0, 4));
      const show = year !== last && year % years === 0;
      if (year !== last) last = year;
      return show;
    });
  }

  function tick(row, by, yearly) {
    if (by === "year" || yearly) return row.period.slice(0, 4);
    if (by === "quarter") return row.period.slice(0, 4) + " Q" + (Math.floor((Number(row.period.slice(5, 7)) - 1) / 3) + 1);
    return by === "month" ? row.period.slice(0, 7) : row.period;
  }

  // rows: every period (empty ones as zero rows, see ES.fillPeriods) -> <figure>
  ES.timelineChart = function (rows, caption, by) {
    by = by || "month";
    const innerW = W - PAD.left - PAD.right, innerH = H - PAD.top - PAD.bottom;
    const maxCount = Math.max(1, ...rows.map((row) => row.events));
    const step = innerW / Math.max(rows.length, 1);
    const barW = Math.max(1, Math.min(48, step * 0.8));
    const yCount = (n) => PAD.top + innerH - (n / maxCount) * innerH;
    const yGold = (g) => PAD.top + ((10 - g) / 20) * innerH;
    const total = rows.reduce((n, row) => n + row.events, 0);
    const chart = ES.svg("svg", {
      viewBox: "0 0 " + W + " " + H, class: "timeline", role: "img",
      "aria-label": caption + ": " + rows.length + " periods, " + total + " events",
    });
    chart.append(ES.svg("line", { x1: PAD.left, x2: W - PAD.right, y1: yCount(0), y2: yCount(0), class: "baseline" }));
    chart.append(ES.svg("line", { x1: PAD.left, x2: W - PAD.right, y1: yGold(0), y2: yGold(0), class: "zero" }));
    chart.append(axisLabel(PAD.left - 6, yCount(maxCount) + 4, ES.number(maxCount), "end"));
    chart.append(axisLabel(PAD.left - 6, yCount(0) + 4, "0", "end"));
    chart.append(axisLabel(W - PAD.right + 6, yGold(10) + 4, "+10", "start"));
    chart.append(axisLabel(W - PAD.right + 6, yGold(0) + 4, "0", "start"));
    chart.append(axisLabel(W - PAD.right + 6, yGold(-10) + 4, "−10", "start"));
    const show = labelled(rows, by);
    const yearly = show.filter(Boolean).length < rows.length && by !== "year" && Math.ceil(rows.length / 10) > 2;
    const segments = [[]];
    rows.forEach((row, i) => {
      const x = PAD.left + step * i + (step - barW) / 2;
      let base = 0;
      ES.QUADS.forEach((quad) => {
        const count = row[quad.key];
        if (!count) return;
        const rect = ES.svg("rect", {
          x: x, width: barW, y: yCount(base + count), height: yCount(base) - yCount(base + count),
          class: "bar " + quad.cls,
        });
        rect.append(ES.svg("title", {}, document.createTextNode(ES.periodLabel(row.period, by) + ": " + ES.number(count) + " " + quad.label)));
        chart.append(rect);
        base += count;
      });
      if (row.events) segments[segments.length - 1].push([x + barW / 2, yGold(row.goldstein_mean), row]);
      else if (segments[segments.length - 1].length) segments.push([]);
      if (show[i]) {
        chart.append(ES.svg("line", { x1: x + barW / 2, x2: x + barW / 2, y1: yCount(0), y2: yCount(0) + 4, class: "baseline" }));
        chart.append(axisLabel(x + barW / 2, H - PAD.bottom + 16, tick(row, by, yearly)));
      }
    });
    segments.filter((points) => points.length).forEach((points) => {
      if (points.length > 1) {
        chart.append(ES.svg("polyline", { points: points.map((p) => p[0] + "," + p[1]).join(" "), class: "goldstein" }));
      }
      points.forEach((p) => {
        const dot = ES.svg("circle", { cx: p[0], cy: p[1], r: rows.length > 60 ? 2 : 3.5, class: "goldstein-dot" });
        dot.append(ES.svg("title", {}, document.createTextNode(ES.periodLabel(p[2].period, by) + ": Goldstein mean " + ES.signed(p[2].goldstein_mean))));
        chart.append(dot);
      });
    });
    return ES.el("figure", { class: "chart" }, chart, legend(), ES.el("figcaption", {}, caption));
  };

  function legend() {
    const items = ES.QUADS.map((quad) =>
      ES.el("li", {}, ES.el("span", { class: "swatch " + quad.cls, "aria-hidden": "true" }), quad.label));
    items.push(ES.el("li", {}, ES.el("span", { class: "swatch line", "aria-hidden": "true" }),
      "Goldstein mean (right axis, −10 to +10; dashed: 0)"));
    return ES.el("ul", { class: "legend" }, items);
  }

  // Fit the view to the markers (and at least 60 x 30 degrees), else the whole world.
  function viewBox(markers) {
    if (!markers.length) return [-180, -90, 360, 180];
    const xs = markers.map((m) => m.lon), ys = markers.map((m) => -m.lat);
    let x0 = Math.min(...xs) - 15, x1 = Math.max(...xs) + 15;
    let y0 = Math.min(...ys) - 10, y1 = Math.max(...ys) + 10;
    if (x1 - x0 < 60) { const c = (x0 + x1) / 2; x0 = c - 30; x1 = c + 30; }
    if (y1 - y0 < 30) { const c = (y0 + y1) / 2; y0 = c - 15; y1 = c + 15; }
    return [Math.max(x0, -180), Math.max(y0, -90), Math.min(x1, 180) - Math.max(x0, -180),
      Math.min(y1, 90) - Math.max(y0, -90)];
  }

  // basemap: {countries: [{iso3, name, d}]}; events: API event records; highlight: [iso3];
  // onPick(placeName), if given, runs when a marker is clicked (or Enter on a focused one).
  ES.eventMap = function (basemap, events, highlight, onPick) {
    const markers = events.filter((e) => e.location && e.location.lat !== null && e.location.lon !== null)
      .map((e) => ({ lat: e.location.lat, lon: e.location.lon, event: e }));
    const box = viewBox(markers);
    const scale = box[2] / 360;
    const map = ES.svg("svg", {
      viewBox: box.join(" "), class: "map", role: "img", preserveAspectRatio: "xMidYMid meet",
      "aria-label": "Map of " + markers.length + " event locations",
    });
    map.append(ES.svg("rect", { x: -180, y: -90, width: 360, height: 180, class: "sea" }));
    (basemap ? basemap.countries : []).forEach((country) => {
      const cls = highlight.includes(country.iso3) ? "land chosen" : "land";
      const path = ES.svg("path", { d: country.d, class: cls, "stroke-width": 0.3 * scale });
      path.append(ES.svg("title", {}, document.createTextNode(country.name || "")));
      map.append(path);
    });
    markers.forEach((m) => {
      const e = m.event;
      const dot = ES.svg("circle", {
        cx: m.lon, cy: -m.lat, r: Math.max(0.6, 4 * scale) * (e.weight ? Math.min(3, 1 + Math.log10(e.weight)) : 1),
        class: "marker q" + e.quad_class,
        "stroke-width": 0.8 * scale, "data-event": e.event_id,
      });
      dot.append(ES.svg("title", {}, document.createTextNode(
        e.label || e.location.name + " — " + (e.date || "undated") + ": " + e.cameo_name)));
      if (onPick) {
        dot.setAttribute("tabindex", "0");
        dot.setAttribute("role", "button");
        dot.setAttribute("aria-label", "List the events at " + e.location.name);
        dot.addEventListener("click", () => onPick(e.location.name));
        dot.addEventListener("keydown", (event) => { if (event.key === "Enter") onPick(e.location.name); });
      }
      map.append(dot);
    });
    const what = markers.some((m) => m.event.weight) ? "place" : "located event";
    const note = (markers.length ? ES.plural(markers.length, what) : "No located events") +
      (onPick && markers.length ? " · click a marker to list its events" : "");
    return ES.el("figure", { class: "chart" }, map, ES.el("figcaption", {}, note));
  };
})(window.ES);
