// Shared helpers: DOM building (text only, never HTML strings), the JSON API client.
"use strict";
window.ES = window.ES || {};

(function (ES) {
  const SVG_NS = "http://www.w3.org/2000/svg";

  // el("p", {class: "x"}, "text", child) -> element; strings become text nodes.
  ES.el = function (tag, attrs, ...children) {
    const node = document.createElement(tag);
    ES.setAttrs(node, attrs);
    children.flat().forEach((child) => {
      if (child === null || child === undefined) return;
      node.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
    });
    return node;
  };

  ES.svg = function (tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    ES.setAttrs(node, attrs);
    children.flat().forEach((child) => child && node.append(child));
    return node;
  };

  ES.setAttrs = function (node, attrs) {
    Object.entries(attrs || {}).forEach(([name, value]) => {
      if (value === null || value === undefined || value === false) return;
      if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : String(value));
    });
  };

  ES.status = function (message, isError) {
    const box = document.getElementById("status");
    box.textContent = message || "";
    box.className = isError ? "error" : "";
  };

  // GET/POST JSON; throws Error(message) with the API's error message on 4xx/5xx.
  ES.api = async function (path, options) {
    const response = await fetch(path, options);
    let body = null;
    try {
      body = await response.json();
    } catch (err) {
      body = null;
    }
    if (!response.ok) {
      const message = body && body.error ? body.error.message : "HTTP " + response.status;
      throw new Error(message);
    }
    return body;
  };

  ES.plural = function (count, word) {
    return count + " " + word + (count === 1 ? "" : "s");
  };

  ES.actorLabel = function (actor) {
    if (!actor) return "—";
    return actor.code + (actor.text ? " (" + actor.text + ")" : "");
  };

  ES.QUADS = [
    { key: "verbal_cooperation", label: "Verbal cooperation", cls: "q1" },
    { key: "material_cooperation", label: "Material cooperation", cls: "q2" },
    { key: "verbal_conflict", label: "Verbal conflict", cls: "q3" },
    { key: "material_conflict", label: "Material conflict", cls: "q4" },
  ];

  const NUMBER = new Intl.NumberFormat("en");
  ES.names = {};

  ES.number = function (value) { return NUMBER.format(value || 0); };

  ES.signed = function (value) {
    const rounded = Math.round((value || 0) * 10) / 10;
    return (rounded > 0 ? "+" : rounded < 0 ? "−" : "") + Math.abs(rounded).toFixed(1);
  };

  // Country names come with /api/countries; a code nobody named stays a code.
  ES.countryName = function (code) { return ES.names[code] || code; };
  ES.countryLabel = function (row) { return (row.name && row.name !== row.country ? row.name + " (" + row.country + ")" : row.country); };
  ES.codeLabel = function (code) {
    if (!code) return "—";
    const name = ES.names[code.slice(0, 3)];
    return name ? name + (code.length > 3 ? " " + code.slice(3) : "") : code;
  };

  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  ES.periodLabel = function (iso, by) {
    const [year, month] = iso.split("-").map(Number);
    if (by === "year") return String(year);
    if (by === "quarter") return "Q" + (Math.floor((month - 1) / 3) + 1) + " " + year;
    if (by === "month") return MONTHS[month - 1] + " " + year;
    return "week of " + iso;
  };

  // Dates as UTC days: period starts and steps (day, week, month, quarter, year).
  function utc(iso) { const [y, m, d] = iso.split("-").map(Number); return new Date(Date.UTC(y, m - 1, d)); }
  function iso(date) { return date.toISOString().slice(0, 10); }
  function start(date, by) {
    const y = date.getUTCFullYear(), m = date.getUTCMonth();
    if (by === "year") return new Date(Date.UTC(y, 0, 1));
    if (by === "quarter") return new Date(Date.UTC(y, m - (m % 3), 1));
    if (by === "month") return new Date(Date.UTC(y, m, 1));
    if (by === "week") return new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86400000);
    return date;
  }
  function next(date, by) {
    const y = date.getUTCFullYear(), m = date.getUTCMonth();
    if (by === "year") return new Date(Date.UTC(y + 1, 0, 1));
    if (by === "quarter") return new Date(Date.UTC(y, m + 3, 1));
    if (by === "month") return new Date(Date.UTC(y, m + 1, 1));
    return new Date(date.getTime() + (by === "week" ? 7 : 1) * 86400000);
  }

  // Timeline rows with every period between the range (or the first/last row) present:
  // periods without events are zero rows, so the x axis is time, not a list of busy months.
  ES.fillPeriods = function (rows, by, since, until) {
    if (!rows.length && !(since && until)) return [];
    const known = new Map(rows.map((row) => [row.period, row]));
    const empty = { events: 0, mentions: 0, verbal_cooperation: 0, material_cooperation: 0,
      verbal_conflict: 0, material_conflict: 0, goldstein_sum: 0, goldstein_mean: 0 };
    let current = start(utc(since || rows[0].period), by);
    const last = start(utc(until || rows[rows.length - 1].period), by);
    const filled = [];
    while (current <= last && filled.length < 5000) {
      const key = iso(current);
      filled.push(known.get(key) || Object.assign({ period: key }, empty));
      current = next(current, by);
    }
    return filled;
  };

  // A /api/places row in the shape the map draws (one marker per place, sized by its events).
  ES.placeAsEvent = function (place) {
    return { event_id: place.name, quad_class: 0, weight: place.events,
      label: place.name + ": " + ES.plural(place.events, "event"),
      location: { name: place.name, lat: place.lat, lon: place.lon } };
  };

  ES.countrySelect = function (id, label, countries, chosen) {
    const select = ES.el("select", { id: id, name: id });
    countries.forEach((row) => {
      const option = ES.el("option", { value: row.country }, ES.countryLabel(row) + " · " + ES.number(row.events));
      if (row.country === chosen) option.selected = true;
      select.append(option);
    });
    return ES.el("div", { class: "field" }, ES.el("label", { for: id }, label), select);
  };
})(window.ES);
