(function () {
  "use strict";
  var index = JSON.parse(document.getElementById("coopline-index").textContent);
  var words = index.words;
  var body = document.body;
  // Framed, the page is sized to its content by the page around it: nothing
  // may then be as tall as the frame, or frame and page would grow together.
  if (window.parent !== window) document.documentElement.classList.add("framed");
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
    var which = narrowQuery.matches ? ".narrow > svg[role], .both > svg[role]" : ".wide > svg[role]";
    return Array.prototype.slice.call(panel.querySelectorAll(which));
  }
  function add(map, key, value) {
    var list = map.get(key);
    if (list) list.push(value); else map.set(key, [value]);
  }
  // A picture's marks, indexed once by record and by the ends of links
  // (`a--b`): a search or a chapter then touches only what it lights.
  function marksOf(svg) {
    if (svg.coopMarks) return svg.coopMarks;
    var byRecord = new Map();
    var byEnd = new Map();
    svg.querySelectorAll("[role=button][data-record]").forEach(function (m) {
      var record = m.getAttribute("data-record");
      var copies = m.querySelectorAll(":scope > [data-lane]");
      var parts = copies.length && !m.hasAttribute("data-lane")
        ? Array.prototype.map.call(copies, function (c) { return { el: c, lane: c.getAttribute("data-lane") }; })
        : [{ el: m, lane: m.getAttribute("data-lane") }];
      var entry = { mark: m, record: record, parts: parts };
      add(byRecord, record, entry);
      var ends = record.split("--");
      if (ends.length === 2) {
        add(byEnd, ends[0], entry);
        add(byEnd, ends[1], entry);
      }
    });
    svg.coopMarks = { byRecord: byRecord, byEnd: byEnd };
    return svg.coopMarks;
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
  // What is lit now, to be put out by the next paint. The marks lit get the
  // class `hit` (which changes nothing drawn), and a veil in the page's
  // background colour covers the picture with copies of them on top. The veil
  // is a picture of its own over the first: changing the first would cost a
  // large picture seconds to draw again.
  var litNow = [];
  var veiled = [];
  var rowOf = null;
  var SVG_NS = "http://www.w3.org/2000/svg";
  // Lighting more than this many marks is lighting the whole picture: the
  // marks are marked `hit` but not copied over a veil.
  var MOST_COPIES = 3000;
  function veilOf(svg) {
    var v = svg.coopVeil;
    if (!v) {
      v = document.createElementNS(SVG_NS, "svg");
      v.setAttribute("class", "veil");
      v.setAttribute("aria-hidden", "true");
      v.setAttribute("viewBox", svg.getAttribute("viewBox"));
      var box = svg.viewBox.baseVal;
      var shade = document.createElementNS(SVG_NS, "rect");
      shade.setAttribute("width", String(box.width));
      shade.setAttribute("height", String(box.height));
      v.appendChild(shade);
      var g = document.createElementNS(SVG_NS, "g");
      var font = svg.querySelector("g[font-family]");
      if (font) g.setAttribute("font-family", font.getAttribute("font-family"));
      v.appendChild(g);
      // In the page from the start, hidden: adding it later would lay the
      // picture out again.
      svg.parentNode.appendChild(v);
      svg.coopVeil = v;
    }
    return v;
  }
  function paint() {
    litNow.forEach(function (el) { el.classList.remove("hit"); });
    veiled.forEach(function (v) {
      v.lastChild.textContent = "";
      v.classList.remove("on");
    });
    litNow = [];
    veiled = [];
    if (!lit) return;
    var keys = lit.keys;
    shownSvgs().forEach(function (svg) {
      var marks = marksOf(svg);
      var seen = new Set();
      var parts = [];
      keys.forEach(function (k) {
        [marks.byRecord.get(k), marks.byEnd.get(k)].forEach(function (list) {
          if (!list) return;
          list.forEach(function (entry) {
            if (seen.has(entry)) return;
            seen.add(entry);
            entry.parts.forEach(function (p) {
              if (isLit(entry.record, p.lane, keys, lit.either)) parts.push(p.el);
            });
          });
        });
      });
      parts.forEach(function (el) {
        el.classList.add("hit");
        litNow.push(el);
      });
      if (parts.length > MOST_COPIES) return;
      var v = veilOf(svg);
      var copies = document.createDocumentFragment();
      parts.forEach(function (el) {
        var copy = el.cloneNode(true);
        ["tabindex", "role", "aria-label", "data-record", "data-lane", "data-tip"].forEach(function (a) {
          copy.removeAttribute(a);
        });
        copies.appendChild(copy);
      });
      v.lastChild.appendChild(copies);
      v.classList.add("on");
      veiled.push(v);
    });
    if (!rowOf) {
      rowOf = new Map();
      document.querySelectorAll("#records tr[data-record]").forEach(function (r) { rowOf.set(r.getAttribute("data-record"), r); });
    }
    keys.forEach(function (k) {
      var r = rowOf.get(k);
      if (r) {
        r.classList.add("hit");
        litNow.push(r);
      }
    });
  }

  // Search: agencies whose names match, and everything they took part in.
  index.agencies.forEach(function (a) {
    a.haystack = [a.id, a.name, a.short, a.local, a.country, a.country_name].map(norm).join("\n");
  });
  function matches(a, q) {
    return a.haystack.indexOf(q) !== -1;
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
    rows.forEach(function (r) {
      var on = ids.has(r.getAttribute("data-agency"));
      if (r.classList.contains("hit") !== on) r.classList.toggle("hit", on);
    });
    count.textContent = !q ? "" : found.length === 0 ? words.none
      : found.length === 1 ? words.one.replace("{name}", found[0].short || found[0].name)
      : words.many[found.length] || String(found.length);
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
  // The lit mark nearest the top of the picture.
  function firstLit() {
    var best = null;
    var top = Infinity;
    litNow.slice(0, 500).forEach(function (el) {
      if (el.tagName === "TR") return;
      var y = el.getBoundingClientRect().top;
      if (y < top) { top = y; best = el; }
    });
    return best;
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
    status.textContent = n ? words.chapter.replace("{n}", String(n)) : words.chapters;
    if (!input.value.trim()) {
      lit = n ? chapterLight(n) : null;
      paint();
    }
    if (n && scroll) {
      // The chapters passed on the way are not opened; `scrollend` ends the
      // steering, or at the latest this time.
      steering = performance.now() + 2000;
      chapters[n - 1].scrollIntoView({ block: "start", behavior: motion() });
    }
    if (n) reveal();
    writeHash();
  }
  document.getElementById("next").addEventListener("click", function () { go(chapter + 1, true); });
  document.getElementById("prev").addEventListener("click", function () { go(chapter - 1, true); });
  // Scrolling: the chapter crossing the reading line opens, once the reader
  // has scrolled (a page opens on the whole picture, not on chapter 1).
  var scrolled = false;
  var steering = 0;
  window.addEventListener("scroll", function () {
    if (performance.now() > steering) scrolled = true;
  }, { passive: true });
  window.addEventListener("scrollend", function () { steering = 0; });
  if ("IntersectionObserver" in window) {
    var seen = new IntersectionObserver(function (entries) {
      if (!scrolled || performance.now() < steering) return;
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
      line("p", r.kind + " · " + r.when + (r.confidence ? " · " + words.confidence.replace("{level}", r.confidence) : ""), "meta");
      if (r.who.length) line("p", words.who + " " + r.who.join(", "));
      if (r.places.length) line("p", words.where + " " + r.places.join("; "));
      if (r.outcomes) line("p", words.outcomes + " " + r.outcomes);
      if (r.notes) line("p", r.notes);
      if (r.sources.length) {
        line("h4", words.sources);
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
  // The address is written a moment after the last change: writing it costs
  // a large page more than the change itself.
  var hashTimer = 0;
  function writeHash() {
    window.clearTimeout(hashTimer);
    hashTimer = window.setTimeout(writeHashNow, 250);
  }
  function writeHashNow() {
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
      var list = marksOf(svg).byRecord.get(params.get("show"));
      return list && list[0].mark;
    }).filter(Boolean)[0];
    if (first) open(first);
  }
  report();
  // Index the open pictures' marks before the first search needs them.
  window.setTimeout(function () {
    shownSvgs().forEach(function (svg) {
      marksOf(svg);
      veilOf(svg);
    });
  }, 0);
  body.setAttribute("data-ready", "yes");
})();
