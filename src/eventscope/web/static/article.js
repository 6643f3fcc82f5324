// The article view (text with highlighted evidence) and the paste-and-code form.
"use strict";
window.ES = window.ES || {};

(function (ES) {
  const ROLES = { source: "Source actor", target: "Target actor", trigger: "Event word", date: "Date", place: "Place", current: "The event you clicked" };

  // Split the text at every span boundary; each piece is marked with the roles covering it.
  function highlighted(text, spans) {
    const cuts = new Set([0, text.length]);
    spans.forEach((s) => { cuts.add(s.start); cuts.add(s.end); });
    const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((x, y) => x - y);
    const pieces = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const covering = spans.filter((s) => s.start <= from && s.end >= to);
      const piece = text.slice(from, to);
      if (!covering.length) { pieces.push(piece); continue; }
      const roles = [...new Set(covering.map((s) => s.role))];
      const label = covering.map((s) => ROLES[s.role] + ": " + s.label).join("; ");
      pieces.push(ES.el("mark", { class: roles.map((r) => "hl-" + r).join(" "), title: label }, piece));
    }
    return ES.el("div", { class: "article-text" }, pieces);
  }

  function legend() {
    return ES.el("ul", { class: "legend" }, Object.entries(ROLES).map(([role, label]) =>
      ES.el("li", {}, ES.el("mark", { class: "hl-" + role }, label))));
  }

  // cluster: the event (cluster id) the reader came from; its sentence is marked "current".
  ES.articleView = function (article, cluster) {
    const spans = article.events.flatMap((coded) => coded.spans);
    article.events.filter((coded) => cluster && String(coded.event.cluster_id) === String(cluster))
      .forEach((coded) => spans.push({ start: coded.event.sentence_start, role: "current", label: coded.event.cameo_name,
        end: coded.event.sentence_start + coded.event.sentence.length }));
    const meta = [article.published && "Published " + article.published, article.source, article.id]
      .filter(Boolean).join(" · ");
    const events = article.events.map((coded) => coded.event);
    return ES.el("div", { class: "article" },
      ES.el("p", { class: "meta" }, meta),
      article.url ? ES.el("p", {}, ES.el("a", { href: article.url, rel: "noopener noreferrer" }, article.url)) : null,
      legend(), highlighted(article.text, spans),
      ES.eventsTable(events, ES.plural(events.length, "coded event")));
  };

  ES.articlePage = async function (id, page, query) {
    ES.status("Loading article…");
    const article = await ES.api("/api/articles/" + encodeURIComponent(id));
    const cluster = query ? query.get("cluster") : null;
    page(article.title || "Article " + article.id, ES.articleView(article, cluster));
    const current = document.querySelector(".article-text mark.hl-current");
    if (current) current.scrollIntoView({ block: "center" });
    ES.status("");
  };

  function field(id, label, control, hint) {
    control.id = id;
    control.name = id;
    const parts = [ES.el("label", { for: id }, label), control];
    if (hint) {
      control.setAttribute("aria-describedby", id + "-hint");
      parts.push(ES.el("small", { id: id + "-hint" }, hint));
    }
    return ES.el("div", { class: "field" }, parts);
  }

  async function submit(event, result) {
    event.preventDefault();
    const data = new FormData(event.target);
    const body = { text: data.get("text"), published: data.get("published") || null };
    if (data.get("title")) body.title = data.get("title");
    ES.status("Coding…");
    result.replaceChildren();
    try {
      const coded = await ES.api("/api/articles", {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: "Bearer " + data.get("token") },
        body: JSON.stringify(body),
      });
      ES.status("Stored (" + coded.status + "): " + coded.article_id);
      if (coded.article) {
        result.append(ES.el("h2", {}, "Result: " + ES.plural(coded.article.events.length, "event")),
          ES.el("p", {}, ES.el("a", { href: "#/article/" + encodeURIComponent(coded.article_id) }, "Open the stored article")),
          ES.articleView(coded.article));
      } else {
        result.append(ES.el("p", {}, "The same text is already stored under another id."));
      }
    } catch (err) {
      ES.status(err.message, true);
    }
  }

  ES.codePage = function (page) {
    const result = ES.el("div", { id: "code-result" });
    const form = ES.el("form", { class: "code-form", onsubmit: (event) => submit(event, result) },
      field("text", "Article text", ES.el("textarea", { rows: 10, required: true })),
      field("published", "Publication date", ES.el("input", { type: "date" }), "Anchors relative dates such as “yesterday”."),
      field("title", "Title (optional)", ES.el("input", { type: "text" })),
      field("token", "API token", ES.el("input", { type: "password", autocomplete: "off", required: true }),
        "The server's api_token setting (EVENTSCOPE_API_TOKEN)."),
      ES.el("button", { type: "submit" }, "Code and store"));
    page("Code an article", form, result);
  };
})(window.ES);
