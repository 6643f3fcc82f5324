// The country-pair page: filter bar kept in the URL, "why" panel, chart on a real date axis,
// map whose markers filter the table, paged table of real-world events (clusters), export.
"use strict";
window.ES = window.ES || {};

(function (ES) {
  const PAGE_SIZE = 25;
  const FILTERS = ["a", "b", "since", "until", "by", "quad", "root", "dir", "text", "place", "mps"];
  const PERIODS = { week: "Week", month: "Month", quarter: "Quarter", year: "Year" };

  // The state of the page, read from the hash query (#/dyad?a=AZE&b=CHN&by=month&page=2).
  function readState(query) {
    const state = { page: Math.max(1, parseInt(query.get("page") || "1", 10) || 1) };
    FILTERS.forEach((key) => { state[key] = (query.get(key) || "").trim(); });
    state.a = state.a.toUpperCase();
    state.b = state.b.toUpperCase();
    if (!PERIODS[state.by]) state.by = "month";
    return state;
  }

  function hashOf(state) {
    const query = new URLSearchParams();
    FILTERS.forEach((key) => { if (state[key]) query.set(key, state[key]); });
    if (state.page > 1) query.set("page", String(state.page));
    return "#/dyad?" + query.toString();
  }

  function go(state) { location.hash = hashOf(state); }

  // Query parameters of the API calls for the current filters.
  function apiQuery(state, extra) {
    const query = new URLSearchParams();
    const forward = state.dir === "ba";
    query.set("a", forward ? state.b : state.a);
    query.set("b", forward ? state.a : state.b);
    if (state.dir) query.set("directed", "true");
    ["since", "until", "root", "text", "place"].forEach((key) => { if (state[key]) query.set(key, state[key]); });
    if (state.quad) query.set("quad_class", state.quad);
    if (state.mps) query.set("min_place_score", state.mps);  // places resolved at least this sure
    Object.entries(extra || {}).forEach(([key, value]) => query.set(key, String(value)));
    return query;
  }

  function choice(id, label, options, chosen) {
    const select = ES.el("select", { id: id, name: id },
      options.map(([value, text]) => ES.el("option", { value: value, selected: value === chosen }, text)));
    return ES.el("div", { class: "field" }, ES.el("label", { for: id }, label), select);
  }

  function input(id, label, type, value, extra) {
    const control = ES.el("input", Object.assign({ id: id, name: id, type: type, value: value }, extra || {}));
    return ES.el("div", { class: "field" }, ES.el("label", { for: id }, label), control);
  }

  function filterBar(state, list) {
    const known = new Set(list.map((row) => row.country));
    const countries = [["", "— choose —"]].concat(list.map((row) =>
      [row.country, ES.countryLabel(row) + " · " + ES.number(row.events)]));
    const a = known.has(state.a) ? state.a : "", b = known.has(state.b) ? state.b : "";
    const form = ES.el("form", { class: "filters", id: "filters", onsubmit: (event) => {
      event.preventDefault();
      const data = new FormData(event.target);
      const next = { page: 1, place: state.place };
      FILTERS.forEach((key) => { if (data.has(key)) next[key] = String(data.get(key)).trim(); });
      go(next);
    } },
    choice("a", "First country", countries, a), choice("b", "Second country", countries, b),
    input("since", "From", "date", state.since), input("until", "To", "date", state.until),
    choice("by", "Period", Object.entries(PERIODS).map(([k, v]) => [k, v]), state.by),
    choice("quad", "QuadClass", [["", "All"]].concat(ES.QUADS.map((q, i) => [String(i + 1), q.label])), state.quad),
    input("root", "CAMEO root", "text", state.root, { inputmode: "numeric", pattern: "[0-9]{2}", size: 3, placeholder: "04" }),
    choice("dir", "Direction", [["", "Both ways"], ["ab", "First → second"], ["ba", "Second → first"]], state.dir),
    input("mps", "Place score at least", "number", state.mps, { min: 0, max: 1, step: 0.1, placeholder: "0-1" }),
    input("text", "Sentence contains", "search", state.text, { maxlength: 200 }),
    ES.el("button", { type: "submit" }, "Show"),
    ES.el("a", { href: "#/dyad?a=" + encodeURIComponent(state.a) + "&b=" + encodeURIComponent(state.b), class: "reset" }, "Reset filters"));
    // On a phone the twelve fields fill half a screen: once a pair is chosen they fold away
    // under a one-line summary (one tap opens them); on a wide screen they stay open.
    const narrow = window.matchMedia("(max-width: 760px)").matches;
    const box = ES.el("details", { class: "filter-box" },
      ES.el("summary", {}, "Filters" + (a && b ? ": " + a + " – " + b + ", by " + state.by : "")), form);
    box.open = !(narrow && a && b);
    return box;
  }

  function emptyState(state, list) {
    const known = new Set(list.map((row) => row.country));
    if (!list.length) return "The store has no events yet: run `eventscope demo` or ingest articles.";
    const missing = [state.a, state.b].filter((code) => code && !known.has(code));
    if (missing.length) return "No stored events for " + missing.join(" and ") + ": pick a country from the list.";
    if (!state.a || !state.b) return "Pick two countries.";
    if (state.a === state.b) return "Pick two different countries.";
    return "";
  }

  function whyPanel(brief) {
    const items = brief.turns.map((turn) => {
      const top = turn.evidence[0];
      const parts = [ES.el("strong", {}, ES.periodLabel(turn.period, brief.by) + ": "),
        (turn.shift >= 0 ? "warmer, " : "cooler, ") + "net Goldstein " + ES.signed(turn.score) +
        " (" + ES.signed(turn.shift) + " against the period before), " + ES.plural(turn.events, "event") + "."];
      if (top) {
        parts.push(ES.el("blockquote", {}, ES.el("a", {
          href: "#/article/" + encodeURIComponent(top.event.article_id) + "?cluster=" + top.event.cluster_id,
        }, top.event.sentence)));
      }
      const moves = (turn.partners || []).map((move) => move.country + " → " + move.partner_name + " (" +
        move.cooperation + " cooperative, " + move.conflict + " conflictual)");
      if (moves.length) parts.push(ES.el("p", { class: "meta" }, "Around it: " + moves.join("; ")));
      return ES.el("li", {}, parts);
    });
    const body = items.length ? ES.el("ol", { class: "turns" }, items) : ES.el("p", {}, "No change to explain in this range.");
    const full = ES.el("a", { href: "/api/dyads/" + brief.a + "/" + brief.b + "/brief?format=html" }, "the full brief with partners");
    return ES.el("section", { class: "card why", "aria-labelledby": "why-title" },
      ES.el("h2", { id: "why-title" }, "Why it changed"), ES.el("p", { class: "meta" }, brief.summary), body,
      ES.el("p", { class: "meta" }, "The partners each side turned to: ", full, " (or `eventscope brief " + brief.a + " " + brief.b + "`)."));
  }

  // One line, never cut: the names with their sectors ("Japan GOV ⇄ United States GOV").
  function actorsCell(c) {
    const arrow = c.two_way ? " ⇄ " : " → ";
    const cell = ES.el("td", { class: "nowrap", "data-label": "Source → target" },
      ES.codeLabel(c.source_code) + arrow + ES.codeLabel(c.target_code));
    if (c.two_way) cell.append(" ", ES.el("span", { class: "two-way", title: "Reported in both directions (one row)" }, "both ways"));
    return cell;
  }

  function line(label, text) {
    return ES.el("td", { class: "line", "data-label": label, title: text }, text);
  }

  function clusterTable(state, body) {
    const head = ES.el("tr", {}, ["Date", "Event", "Source → target", "Place", "Articles", "Mentions", "Evidence"]
      .map((name) => ES.el("th", { scope: "col" }, name)));
    // class "line": one line on a wide screen (the whole text in the tooltip); the evidence
    // gets two: with real news sentences, a page of 25 rows stays under three screens.
    const rows = body.clusters.map((c) => ES.el("tr", { class: "q" + c.quad_class },
      ES.el("td", { class: "nowrap", "data-label": "Date" }, c.date || "—"),
      line("Event", c.cameo + " " + (c.cameo_name || "")),
      actorsCell(c),
      line("Place", c.location_name || "—"),
      ES.el("td", { class: "num", "data-label": "Articles" }, ES.number(c.num_articles)),
      ES.el("td", { class: "num", "data-label": "Mentions" }, ES.number(c.num_mentions)),
      ES.el("td", { "data-label": "Evidence" }, ES.el("a", {
        href: "#/article/" + encodeURIComponent(c.article_id) + "?cluster=" + c.cluster_id,
        class: "clamp", title: c.sentence,
      }, c.sentence))));
    const pages = Math.max(1, Math.ceil(body.total / PAGE_SIZE));
    // Rows, not events: the two directions of one exchange share a row ("both ways"), while
    // the heading, the chart and the "why" panel count each direction, as `eventscope dyad` does.
    const caption = ES.plural(body.total, "row") + (state.place ? " at " + state.place : "") +
      " · page " + ES.number(state.page) + " of " + ES.number(pages);
    const table = ES.el("table", { class: "events clusters" }, ES.el("caption", {}, caption),
      ES.el("thead", {}, head), ES.el("tbody", {}, rows));
    return ES.el("div", { class: "table-wrap" }, table, pager(state, pages));
  }

  function pager(state, pages) {
    const link = (label, page, disabled) => disabled
      ? ES.el("span", { class: "disabled", "aria-disabled": "true" }, label)
      : ES.el("a", { href: hashOf(Object.assign({}, state, { page: page })), rel: label === "Next" ? "next" : "prev" }, label);
    return ES.el("nav", { class: "pager", "aria-label": "Pages" },
      link("Previous", state.page - 1, state.page <= 1), " Page " + state.page + " of " + pages + " ",
      link("Next", state.page + 1, state.page >= pages));
  }

  function exportLinks(state) {
    const link = (kind) => ES.el("a", { href: "/api/clusters?" + apiQuery(state, { download: kind }).toString(),
      download: "eventscope-events." + kind, class: "export" }, kind.toUpperCase());
    return ES.el("p", { class: "exports" }, "Export this view: ", link("csv"), " · ", link("json"));
  }

  function placeChip(state) {
    if (!state.place) return null;
    return ES.el("p", { class: "chip" }, "Place: " + state.place + " ",
      ES.el("a", { href: hashOf(Object.assign({}, state, { place: "", page: 1 })) }, "show all places"));
  }

  // Every API call of the page for ``state``: the chart, table, map data and basemap (all),
  // and the "why" brief, asked at the same time but shown when it comes (it needs a few
  // more queries; waiting for the rest before asking would add the two times together).
  function fetchPair(state, loadBasemap) {
    const pair = encodeURIComponent(state.dir === "ba" ? state.b : state.a) + "/" +
      encodeURIComponent(state.dir === "ba" ? state.a : state.b);
    const timelineQuery = new URLSearchParams({ by: state.by });
    ["since", "until"].forEach((key) => { if (state[key]) timelineQuery.set(key, state[key]); });
    if (state.dir) timelineQuery.set("directed", "true");
    const brief = ES.api("/api/dyads/" + pair + "/brief?turns=3&partners=0&" + timelineQuery)
      .then((body) => ({ body: body }), (err) => ({ err: err }));
    const all = Promise.all([
      ES.api("/api/dyads/" + pair + "/timeline?" + timelineQuery),
      ES.api("/api/clusters?" + apiQuery(state, { limit: PAGE_SIZE, offset: (state.page - 1) * PAGE_SIZE })),
      ES.api("/api/places?" + apiQuery(Object.assign({}, state, { place: "" }), { limit: 300 })),
      loadBasemap(),
    ]);
    all.catch(() => null);  // failures are shown where it is awaited (or not at all, if unused)
    return { all: all, brief: brief };
  }

  ES.dyadPage = async function (query, page, loadCountries, loadBasemap) {
    const state = readState(query);
    // A pair named in the URL is asked for at once, beside the country list (which only
    // the filter bar and the checks need): one round trip less before the page can draw.
    const code = /^[A-Z]{3}$/;
    const early = code.test(state.a) && code.test(state.b) && state.a !== state.b
      ? fetchPair(state, loadBasemap) : null;
    const list = await loadCountries();
    if (!state.a && !state.b && list.length > 1) { state.a = list[0].country; state.b = list[1].country; }
    const results = ES.el("div", { id: "dyad-results" });
    page("Country pair", filterBar(state, list), results);
    const problem = emptyState(state, list);
    if (problem) { results.append(ES.el("p", { class: "empty" }, problem)); return; }
    ES.status("Loading " + state.a + "–" + state.b + "…");
    const fetched = early || fetchPair(state, loadBasemap);
    const why = ES.el("section", { class: "card why", "aria-busy": "true" },
      ES.el("h2", {}, "Why it changed"), ES.el("p", { class: "meta" }, "Finding the periods that changed most…"));
    const [timeline, table, places, map] = await fetched.all;
    const names = ES.countryName(state.a) + " – " + ES.countryName(state.b);
    const mentions = timeline.rows.reduce((n, row) => n + row.mentions, 0);
    const events = timeline.rows.reduce((n, row) => n + row.events, 0);
    const summary = ES.plural(events, "event") + " (" + ES.plural(mentions, "mention") + ") in the chart range.";
    const rows = ES.fillPeriods(timeline.rows, state.by, state.since, state.until);
    results.replaceChildren(...[
      ES.el("h2", {}, names + ": " + ES.plural(events, "event")),
      why,
      ES.el("div", { class: "grid" },
        ES.timelineChart(rows, "Events per " + state.by + " by QuadClass, " + state.a + "–" + state.b, state.by),
        ES.eventMap(map, places.places.map(ES.placeAsEvent), [state.a, state.b], (place) =>
          go(Object.assign({}, state, { place: place, page: 1 })))),
      ES.el("div", { class: "links-row" },
        ES.el("p", {}, ES.el("a", { href: "#/country/" + state.a }, "Partners of " + ES.countryName(state.a)), " · ",
          ES.el("a", { href: "#/country/" + state.b }, "Partners of " + ES.countryName(state.b))),
        placeChip(state), exportLinks(state)),
      clusterTable(state, table)].filter(Boolean));
    ES.status("");
    const answer = await fetched.brief;
    if (answer.body) {
      answer.body.summary = summary;
      why.replaceWith(whyPanel(answer.body));
    } else {
      why.replaceChildren(ES.el("h2", {}, "Why it changed"), ES.el("p", { class: "error" }, answer.err.message));
    }
  };
})(window.ES);
