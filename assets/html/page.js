(function () {
  "use strict";
  var index = JSON.parse(document.getElementById("coopline-index").textContent);
  var body = document.body;
  var input = document.getElementById("q");
  var count = document.getElementById("hits");
  var details = document.getElementById("details");
  var detailBody = document.getElementById("detail-body");
  var tabs = Array.prototype.slice.call(document.querySelectorAll("#views [role=tab]"));
  var chapters = Array.prototype.slice.call(document.querySelectorAll("#chapters .chapter"));
  var status = document.getElementById("chapter-status");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#agencies li[data-agency]"));
  var narrowQuery = window.matchMedia("(max-width: 699px)");
  var stillQuery = window.matchMedia("(prefers-reduced-motion: reduce)");
  var view = (tabs.filter(function (t) { return t.getAttribute("aria-selected") === "true"; })[0] || tabs[0]).getAttribute("data-view");
  var chapter = 0;
  var pinned = null;
  // What lights the picture: a chapter's records or a search's agencies.
  var lit = null;

  function motion() { return stillQuery.matches ? "auto" : "smooth"; }
  function norm(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  // The pictures of the open tab that the width shows: marks are lit there
  // only, so that a large case answers at once.
  function shownSvgs() {
    var panel = document.getElementById("panel-" + view);
    if (!panel) return [];
    var which = narrowQuery.matches ? ".narrow svg, .both svg" : ".wide svg";
    return Array.prototype.slice.call(panel.querySelectorAll(which));
  }
  function marksOf(svg) {
    if (!svg.coopMarks) {
      svg.coopMarks = Array.prototype.slice.call(svg.querySelectorAll("[data-record]")).filter(function (m) {
        return m.querySelector(":scope > title");
      });
    }
    return svg.coopMarks;
  }
  function setClass(el, on) {
    el.classList.toggle("hit", on);
    el.classList.toggle("dim", !on);
  }
  function clearClass(el) {
    el.classList.remove("hit");
    el.classList.remove("dim");
  }
  // A mark is lit when its record is among the keys and, for a copy drawn on
  // an agency's lane, that agency is too. A link `a--b` is lit by a chapter
  // when both ends are its records, by a search when either end is found.
  function isLit(record, lane, keys, either) {
    if (lane !== null && !keys.has(lane)) return false;
    if (keys.has(record)) return true;
    var ends = record.split("--");
    if (ends.length !== 2) return false;
    return either ? keys.has(ends[0]) || keys.has(ends[1]) : keys.has(ends[0]) && keys.has(ends[1]);
  }
  function paint() {
    document.querySelectorAll("#panels .hit, #panels .dim").forEach(clearClass);
    if (!lit) return;
    shownSvgs().forEach(function (svg) {
      marksOf(svg).forEach(function (m) {
        var record = m.getAttribute("data-record");
        var copies = m.querySelectorAll(":scope > [data-lane]");
        if (copies.length && !m.hasAttribute("data-lane")) {
          copies.forEach(function (c) { setClass(c, isLit(record, c.getAttribute("data-lane"), lit.keys, lit.either)); });
        } else {
          setClass(m, isLit(record, m.getAttribute("data-lane"), lit.keys, lit.either));
        }
      });
    });
    document.querySelectorAll("#records tr[data-record]").forEach(function (r) {
      if (lit.keys.has(r.getAttribute("data-record"))) r.classList.add("hit");
    });
  }

  // Search: agencies whose names match, and everything they took part in.
  function matches(a, q) {
    return [a.id, a.name, a.short, a.local, a.country, a.country_name].some(function (f) {
      return norm(f).indexOf(q) !== -1;
    });
  }
  function search(text) {
    var q = norm(text.trim());
    var found = q ? index.agencies.filter(function (a) { return matches(a, q); }) : [];
    var ids = new Set();
    var keys = new Set();
    found.forEach(function (a) {
      ids.add(a.id);
      a.related.forEach(function (r) { keys.add(r); });
    });
    rows.forEach(function (r) { r.classList.toggle("hit", ids.has(r.getAttribute("data-agency"))); });
    count.textContent = !q ? "" : found.length === 0 ? "no agency matches"
      : found.length === 1 ? "1 agency: " + (found[0].short || found[0].name)
      : found.length + " agencies";
    body.setAttribute("data-matches", String(found.length));
    if (q) {
      lit = { keys: keys, either: true };
    } else {
      lit = chapter ? chapterLight(chapter) : null;
    }
    paint();
  }

  // Chapters.
  function chapterLight(n) {
    var li = chapters[n - 1];
    var keys = new Set((li.getAttribute("data-records") || "").split(" ").filter(Boolean));
    return { keys: keys, either: false };
  }
  function firstLit() {
    var svgs = shownSvgs();
    for (var i = 0; i < svgs.length; i++) {
      var hit = svgs[i].querySelector(".hit");
      if (hit) return hit;
    }
    return null;
  }
  // Brings the chapter's first lit mark into the picture's view when the
  // picture is taller than its frame (a phone's column, a long timeline).
  function reveal() {
    var frame = document.getElementById("panels");
    var mark = firstLit();
    if (!frame || !mark || frame.scrollHeight <= frame.clientHeight + 1) return;
    var f = frame.getBoundingClientRect();
    var m = mark.getBoundingClientRect();
    if (m.top >= f.top && m.bottom <= f.bottom) return;
    frame.scrollTo({ top: frame.scrollTop + m.top - f.top - f.height / 3, behavior: motion() });
  }
  function go(n, scroll) {
    n = Math.max(0, Math.min(chapters.length, n));
    chapter = n;
    chapters.forEach(function (li, i) {
      var on = i + 1 === n;
      li.classList.toggle("active", on);
      if (on) li.setAttribute("aria-current", "step"); else li.removeAttribute("aria-current");
    });
    body.setAttribute("data-chapter", String(n));
    status.textContent = n ? "Chapter " + n + " of " + chapters.length : chapters.length + " chapters";
    if (!input.value.trim()) {
      lit = n ? chapterLight(n) : null;
      paint();
    }
    if (n && scroll) {
      observing = false;
      chapters[n - 1].scrollIntoView({ block: "center", behavior: motion() });
      window.setTimeout(function () { observing = true; }, stillQuery.matches ? 50 : 700);
    }
    if (n) reveal();
    writeHash();
  }
  document.getElementById("next").addEventListener("click", function () { go(chapter + 1, true); });
  document.getElementById("prev").addEventListener("click", function () { go(chapter - 1, true); });
  // Scrolling: the chapter crossing the reading line opens, once the reader
  // has scrolled (a page opens on the whole picture, not on chapter 1).
  var observing = false;
  window.addEventListener("scroll", function () { observing = true; }, { once: true, passive: true });
  if ("IntersectionObserver" in window) {
    var seen = new IntersectionObserver(function (entries) {
      if (!observing) return;
      entries.forEach(function (e) {
        if (e.isIntersecting) {
          var n = chapters.indexOf(e.target) + 1;
          if (n && n !== chapter) go(n, false);
        }
      });
    }, { rootMargin: narrowQuery.matches ? "-70% 0px -25% 0px" : "-45% 0px -50% 0px" });
    chapters.forEach(function (li) { seen.observe(li); });
  }
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.closest && t.closest("[role=tablist]"))) return;
    if (t && t.getAttribute && t.getAttribute("role") === "button" && (e.key === "Enter" || e.key === " ")) return;
    if (e.key === "ArrowDown" || e.key === "ArrowRight" || e.key === "j") {
      e.preventDefault();
      go(chapter + 1, true);
    } else if (e.key === "ArrowUp" || e.key === "ArrowLeft" || e.key === "k") {
      e.preventDefault();
      go(chapter - 1, true);
    } else if (e.key === "Escape" && !details.hidden) {
      closeDetails();
    }
  });

  // Tabs.
  function select(name, focus) {
    var tab = tabs.filter(function (t) { return t.getAttribute("data-view") === name; })[0];
    if (!tab) return;
    view = name;
    tabs.forEach(function (t) {
      var on = t === tab;
      t.setAttribute("aria-selected", String(on));
      t.tabIndex = on ? 0 : -1;
      var panel = document.getElementById(t.getAttribute("aria-controls"));
      if (panel) panel.hidden = !on;
    });
    if (focus) tab.focus();
    paint();
    reveal();
    writeHash();
  }
  tabs.forEach(function (t, i) {
    t.addEventListener("click", function () { select(t.getAttribute("data-view"), false); });
    t.addEventListener("keydown", function (e) {
      var step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
      if (e.key === "Home") step = -i;
      if (e.key === "End") step = tabs.length - 1 - i;
      if (!step) return;
      e.preventDefault();
      select(tabs[(i + step + tabs.length) % tabs.length].getAttribute("data-view"), true);
    });
  });
  narrowQuery.addEventListener("change", paint);

  // Details of a mark: what the page knows of its record, else its hover text.
  function line(tag, text, cls) {
    var el = document.createElement(tag);
    el.textContent = text;
    if (cls) el.className = cls;
    detailBody.appendChild(el);
    return el;
  }
  function showRecord(id, mark) {
    detailBody.textContent = "";
    var r = index.records[id];
    if (r) {
      line("h3", r.name);
      line("p", r.kind + " · " + r.when + (r.confidence ? " · " + r.confidence + " confidence" : ""), "meta");
      if (r.who.length) line("p", "Who: " + r.who.join(", "));
      if (r.places.length) line("p", "Where: " + r.places.join("; "));
      if (r.outcomes) line("p", "Outcomes: " + r.outcomes);
      if (r.notes) line("p", r.notes);
      if (r.sources.length) {
        line("h4", "Sources");
        var list = document.createElement("ul");
        r.sources.forEach(function (i) {
          var s = index.sources[i];
          if (!s) return;
          var li = document.createElement("li");
          if (s.lead) li.appendChild(document.createTextNode(s.lead + ": "));
          var a = document.createElement("a");
          a.textContent = s.title;
          // Only links the page itself checked (http, https, mailto) arrive here.
          a.href = s.url || "#source-" + s.id;
          if (s.url) { a.rel = "noopener noreferrer"; a.target = "_blank"; }
          li.appendChild(a);
          list.appendChild(li);
        });
        detailBody.appendChild(list);
      }
    } else {
      var tip = mark && index.tips[Number(mark.getAttribute("data-tip"))];
      var text = (tip || id).split("\n");
      line("h3", text[0]);
      text.slice(1).forEach(function (l) { if (l.trim()) line("p", l); });
    }
    details.hidden = false;
  }
  function closeDetails() {
    details.hidden = true;
    if (pinned) {
      pinned.classList.remove("pinned");
      var back = pinned;
      pinned = null;
      back.focus();
    }
    writeHash();
  }
  document.getElementById("details-close").addEventListener("click", closeDetails);
  function open(mark) {
    if (pinned) pinned.classList.remove("pinned");
    pinned = mark;
    mark.classList.add("pinned");
    showRecord(mark.getAttribute("data-record"), mark);
    writeHash();
  }
  document.getElementById("panels").addEventListener("click", function (e) {
    var m = e.target.closest && e.target.closest("[role=button][data-record]");
    if (m) open(m);
  });
  document.getElementById("panels").addEventListener("keydown", function (e) {
    if (e.key !== "Enter" && e.key !== " ") return;
    var m = e.target.closest && e.target.closest("[role=button][data-record]");
    if (!m) return;
    e.preventDefault();
    open(m);
  });

  // Links into the page: #view=network, #chapter=3, #q=ofac, #show=action-day.
  function writeHash() {
    var p = new URLSearchParams();
    if (view !== (tabs[0] && tabs[0].getAttribute("data-view"))) p.set("view", view);
    if (chapter) p.set("chapter", String(chapter));
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

  // An embedding page sizes its frame from these messages.
  var lastHeight = 0;
  function report() {
    var height = Math.ceil(document.documentElement.scrollHeight);
    if (window.parent === window || height === lastHeight) return;
    lastHeight = height;
    window.parent.postMessage({ type: "coopline:height", height: height }, "*");
  }
  if ("ResizeObserver" in window) new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener("load", report);

  var params = new URLSearchParams(location.hash.slice(1));
  if (params.has("view")) select(params.get("view"), false);
  if (params.has("q")) input.value = params.get("q");
  search(input.value);
  var n = parseInt(params.get("chapter") || "0", 10);
  if (n > 0 && n <= chapters.length) go(n, true);
  if (params.has("show")) {
    var first = shownSvgs().map(function (svg) {
      return marksOf(svg).filter(function (m) { return m.getAttribute("data-record") === params.get("show"); })[0];
    }).filter(Boolean)[0];
    if (first) open(first);
  }
  report();
  body.setAttribute("data-ready", "yes");
})();
