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

  ES.countrySelect = function (id, label, countries, chosen) {
    const select = ES.el("select", { id: id, name: id });
    countries.forEach((row) => {
      const option = ES.el("option", { value: row.country }, row.country + " (" + row.events + ")");
      if (row.country === chosen) option.selected = true;
      select.append(option);
    });
    return ES.el("div", { class: "field" }, ES.el("label", { for: id }, label), select);
  };
})(window.ES);
