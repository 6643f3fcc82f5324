// The dashboard: hash routes #/dyad?a=AZE&b=CHN, #/country/AZE, #/article/ID, #/code.
"use strict";
window.ES = window.ES || {};

(function (ES) {
  let basemap = null;
  let countries = null;

  async function loadCountries() {
    if (!countries) {
      countries = await ES.api("/api/countries");
      countries.forEach((row) => { ES.names[row.country] = row.name || row.country; });
    }
    return countries;
  }

  async function loadBasemap() {
    if (!basemap) basemap = await ES.api("/static/basemap.json");
    return basemap;
  }

  function page(title, ...children) {
    const heading = ES.el("h1", { tabindex: "-1" }, title);
    const view = document.getElementById("view");
    view.replaceChildren(heading, ...children);
    heading.focus();
    document.title = title + " — eventscope";
    return view;
  }

  ES.eventsTable = function (events, caption) {
    const head = ES.el("tr", {}, ["Date", "Event", "Source", "Target", "Place", "Evidence"]
      .map((name) => ES.el("th", { scope: "col" }, name)));
    // data-label: the column name shown before each cell when rows stack on a phone.
    const rows = events.map((e) => ES.el("tr", { class: "q" + e.quad_class },
      ES.el("td", { class: "nowrap", "data-label": "Date" }, e.date || "—"),
      ES.el("td", { "data-label": "Event" }, e.cameo + " " + e.cameo_name),
      ES.el("td", { "data-label": "Source" }, ES.actorLabel(e.source)),
      ES.el("td", { "data-label": "Target" }, ES.actorLabel(e.target)),
      ES.el("td", { "data-label": "Place" }, e.location ? e.location.name : "—"),
      ES.el("td", { "data-label": "Evidence" },
        ES.el("a", { href: "#/article/" + encodeURIComponent(e.article_id) }, e.sentence))));
    return ES.el("div", { class: "table-wrap" }, ES.el("table", { class: "events" },
      ES.el("caption", {}, caption), ES.el("thead", {}, head), ES.el("tbody", {}, rows)));
  };

  function partnerList(title, rows, key, country) {
    const max = Math.max(1, ...rows.map((row) => row[key]));
    const items = rows.filter((row) => row[key] > 0).map((row) => {
      const bar = ES.el("span", { class: "meter " + key, "aria-hidden": "true" });
      bar.style.width = Math.round((row[key] / max) * 100) + "%";
      return ES.el("li", {},
        ES.el("a", { href: "#/dyad?a=" + country + "&b=" + row.partner }, ES.countryName(row.partner) + " (" + row.partner + ")"),
        " " + ES.number(row[key]) + " of " + ES.plural(row.events, "event") + " (" + ES.plural(row.mentions, "mention") +
        "), Goldstein mean " + ES.signed(row.goldstein_mean), bar);
    });
    const body = items.length ? ES.el("ol", { class: "partners" }, items) : ES.el("p", {}, "None.");
    return ES.el("section", { class: "card" }, ES.el("h2", {}, title), body);
  }

  async function countryPage(code) {
    const list = await loadCountries();
    const chosen = (code || (list[0] && list[0].country) || "").toUpperCase();
    const form = ES.el("form", { class: "picker", onsubmit: (event) => {
      event.preventDefault();
      location.hash = "#/country/" + new FormData(event.target).get("country");
    } }, ES.countrySelect("country", "Country", list, chosen), ES.el("button", { type: "submit" }, "Show"));
    const results = ES.el("div", { class: "grid" });
    page("Country " + (chosen ? ES.countryName(chosen) + " (" + chosen + ")" : ""), form, results);
    if (chosen && !list.some((row) => row.country === chosen)) {
      results.replaceChildren(ES.el("p", { class: "empty" }, "No stored events for " + chosen + ": pick a country from the list."));
      return;
    }
    if (!chosen) return;
    const [coop, conflict] = await Promise.all([
      ES.api("/api/countries/" + encodeURIComponent(chosen) + "/partners?rank_by=cooperation&limit=20"),
      ES.api("/api/countries/" + encodeURIComponent(chosen) + "/partners?rank_by=conflict&limit=20"),
    ]);
    results.replaceChildren(
      partnerList("Partners by cooperation", coop.partners, "cooperation", chosen),
      partnerList("Partners by conflict", conflict.partners, "conflict", chosen));
  }

  async function route() {
    const hash = location.hash.replace(/^#\/?/, "");
    const [path, search] = hash.split("?");
    const parts = path.split("/").map(decodeURIComponent);
    document.querySelectorAll("[data-nav]").forEach((link) => {
      if (link.dataset.nav === (parts[0] || "dyad")) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    });
    ES.status("");
    try {
      if (parts[0] === "country") await countryPage(parts[1]);
      else if (parts[0] === "article") await ES.articlePage(parts.slice(1).join("/"), page, new URLSearchParams(search || ""));
      else if (parts[0] === "code") ES.codePage(page);
      else await ES.dyadPage(new URLSearchParams(search || ""), page, loadCountries, loadBasemap);
    } catch (err) {
      ES.status(err.message, true);
    }
  }

  window.addEventListener("hashchange", route);
  window.addEventListener("DOMContentLoaded", route);
})(window.ES);
