(function () {
  "use strict";
  var index = JSON.parse(document.getElementById("coopline-index").textContent);
  var svg = document.querySelector("#picture svg");
  var marks = svg ? Array.prototype.slice.call(svg.querySelectorAll("[data-record]")) : [];
  var input = document.getElementById("q");
  var count = document.getElementById("hits");
  var detail = document.getElementById("detail-text");
  var hint = document.getElementById("detail-hint");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#agencies li[data-agency]"));
  var pinned = null;

  function norm(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function matches(a, q) {
    return [a.id, a.name, a.short, a.local, a.country, a.country_name].some(function (f) {
      return norm(f).indexOf(q) !== -1;
    });
  }
  function related(record, lane, keys) {
    if (lane !== null && !keys.has(lane)) return false;
    if (keys.has(record)) return true;
    var ends = record.split("--");
    return ends.length === 2 && (keys.has(ends[0]) || keys.has(ends[1]));
  }
  // A record's group may hold copies on several lanes, each in its own
  // [data-lane] group: those are lit one by one.
  function light(el, on, q) {
    el.classList.toggle("hit", !!q && on);
    el.classList.toggle("dim", !!q && !on);
  }
  function search(text) {
    var q = norm(text.trim());
    var found = q ? index.agencies.filter(function (a) { return matches(a, q); }) : [];
    var keys = new Set();
    var ids = new Set();
    found.forEach(function (a) {
      ids.add(a.id);
      a.related.forEach(function (r) { keys.add(r); });
    });
    marks.forEach(function (m) {
      var record = m.getAttribute("data-record");
      var copies = m.querySelectorAll(":scope > [data-lane]");
      if (copies.length && !m.hasAttribute("data-lane")) {
        copies.forEach(function (c) { light(c, related(record, c.getAttribute("data-lane"), keys), q); });
      } else {
        light(m, related(record, m.getAttribute("data-lane"), keys), q);
      }
    });
    rows.forEach(function (r) {
      r.classList.toggle("hit", ids.has(r.getAttribute("data-agency")));
    });
    count.textContent = !q ? "" : found.length === 0 ? "no agency matches"
      : found.length === 1 ? "1 agency: " + (found[0].short || found[0].name)
      : found.length + " agencies";
    document.body.setAttribute("data-matches", String(found.length));
  }
  function show(mark) {
    var t = mark && mark.querySelector(":scope > title");
    if (!t) return;
    detail.textContent = t.textContent;
    hint.hidden = true;
  }
  marks.forEach(function (m) {
    m.addEventListener("mouseenter", function () { if (!pinned) show(m); });
    m.addEventListener("click", function () {
      if (pinned) pinned.classList.remove("pinned");
      pinned = pinned === m ? null : m;
      if (pinned) { pinned.classList.add("pinned"); show(m); }
      writeHash();
    });
  });
  function writeHash() {
    var p = new URLSearchParams();
    if (input.value) p.set("q", input.value);
    if (pinned) p.set("show", pinned.getAttribute("data-record"));
    var h = p.toString();
    try {
      history.replaceState(null, "", h ? "#" + h : location.pathname + location.search);
    } catch (e) { /* file: pages may refuse */ }
  }
  input.addEventListener("input", function () {
    search(input.value);
    writeHash();
  });
  // #q=ofac highlights an agency, #show=action-day opens a record's details:
  // links into the page that a slide or an article can cite.
  var params = new URLSearchParams(location.hash.slice(1));
  if (params.has("q")) input.value = params.get("q");
  search(input.value);
  var first = params.has("show") && marks.filter(function (m) {
    return m.getAttribute("data-record") === params.get("show") && m.querySelector(":scope > title");
  })[0];
  if (first) {
    pinned = first;
    first.classList.add("pinned");
    show(first);
  }
  document.body.setAttribute("data-ready", "yes");
})();
