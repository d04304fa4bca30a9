// Loads coopline's TimelineJS exports into TimelineJS3 in headless Chromium and
// checks what a reader would see: one slide per record plus the title slide, a
// marker per record, the groups, every headline, group and date worded as in the
// data (escaped exactly once by the time it is on the page), no console or page
// error, no request leaving the machine, and no script run by a label.
//
// usage: node check.mjs NODE-DIR WORK-DIR CASE.json...
// NODE-DIR holds node_modules (npm ci of scripts/timelinejs/package-lock.json);
// each CASE.json is written as a page into WORK-DIR and opened from there.
// A control page whose group is escaped only once must run its script: if it
// does not, the probe is broken and the check fails.
//
// Text is compared with the JSON, unescaped as TimelineJS is expected to read
// it (headlines once; groups and display dates twice); tests/it/timelinejs.rs
// holds the JSON, unescaped the same way, to the dataset's own words.

import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [nodeArg, workArg, ...cases] = process.argv.slice(2);
if (!nodeArg || !workArg || cases.length === 0) {
  console.error("usage: node check.mjs NODE-DIR WORK-DIR CASE.json...");
  process.exit(2);
}
const nodeDir = resolve(nodeArg);
const workDir = resolve(workArg);
const require = createRequire(join(nodeDir, "package.json"));
const { chromium } = require("playwright-core");
const dist = join(nodeDir, "node_modules/@knight-lab/timelinejs/dist");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

// What the page shows for text escaped once: the text.
function unescape(s) {
  return s
    .replace(/&#10;/g, "\n")
    .replace(/&#13;/g, "\r")
    .replace(/&#9;/g, "\t")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

// The JSON goes into the page as it is written, inline, as docs/interop.md
// shows: a label must not be able to end the script element either.
function page(json) {
  const css = pathToFileURL(join(dist, "css/timeline.css"));
  const js = pathToFileURL(join(dist, "js/timeline.js"));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>timeline</title>
<link rel="stylesheet" href="${css}">
<script src="${js}"></script>
</head><body>
<div id="timeline-embed" style="width: 1200px; height: 700px"></div>
<script>
var data = ${json};
window.__loaded = false;
// font: null keeps TimelineJS from fetching its web fonts: no network here.
var timeline = new TL.Timeline("timeline-embed", data, { font: null });
timeline.on("loaded", function () { window.__loaded = true; });
</script>
</body></html>
`;
}

// What TimelineJS built: slides, markers, groups, and each slide's headline and date.
function built() {
  const slides = [...document.querySelectorAll(".tl-storyslider .tl-slide")];
  const text = (el) => (el ? el.textContent : null);
  return {
    loaded: window.__loaded,
    pwned: !!window.__pwned,
    message: text(document.querySelector(".tl-message-content")),
    slides: slides.length,
    markers: document.querySelectorAll(".tl-timenav .tl-timemarker").length,
    groups: [...document.querySelectorAll(".tl-timegroup-message")].map((g) => g.textContent),
    shown: slides.map((s) => {
      return {
        id: s.id,
        headline: text(s.querySelector(".tl-headline")),
        date: text(s.querySelector(".tl-headline-date")),
      };
    }),
  };
}

async function open(browser, html, name) {
  const file = join(workDir, `${name}.html`);
  writeFileSync(file, html);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  const problems = [];
  tab.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  tab.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await tab.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    problems.push(`request off the machine: ${url}`);
    return route.abort();
  });
  await tab.goto(pathToFileURL(file).href);
  try {
    await tab.waitForFunction(() => window.__loaded || window.__pwned, null, { timeout: 30000 });
  } catch {
    problems.push("TimelineJS did not finish loading in 30 s");
  }
  // A label's script would run once its element is in the page: give it a moment.
  await tab.waitForTimeout(300);
  const seen = await tab.evaluate(built);
  await context.close();
  return { seen, problems };
}

function compare(doc, seen, problems) {
  const records = doc.events.length;
  const slides = records + (doc.title ? 1 : 0);
  if (seen.message && !seen.loaded) problems.push(`TimelineJS says: ${seen.message}`);
  if (seen.slides !== slides) problems.push(`${seen.slides} slides, expected ${slides}`);
  if (seen.markers !== records) problems.push(`${seen.markers} markers, expected ${records}`);
  const groups = [...new Set(doc.events.map((e) => unescape(unescape(e.group))))].sort();
  const shownGroups = [...seen.groups].sort();
  if (JSON.stringify(groups) !== JSON.stringify(shownGroups)) {
    problems.push(`groups ${JSON.stringify(shownGroups)}, expected ${JSON.stringify(groups)}`);
  }
  const byId = new Map(seen.shown.map((s) => [s.id, s]));
  for (const e of [doc.title, ...doc.events].filter(Boolean)) {
    const s = byId.get(e.unique_id);
    if (!s) {
      problems.push(`no slide with id ${e.unique_id}`);
      continue;
    }
    const headline = unescape(e.text.headline);
    if (headline && s.headline !== headline) {
      problems.push(`${e.unique_id}: headline ${JSON.stringify(s.headline)}, expected ${JSON.stringify(headline)}`);
    }
    if (e.display_date && s.date !== unescape(unescape(e.display_date))) {
      problems.push(`${e.unique_id}: date ${JSON.stringify(s.date)}, expected ${JSON.stringify(unescape(unescape(e.display_date)))}`);
    }
  }
  if (seen.pwned) problems.push("a label ran as script");
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
let failed = 0;
try {
  const control = {
    title: { text: { headline: "control", text: "" }, unique_id: "title" },
    events: [
      {
        start_date: { year: "2024" },
        text: { headline: "control", text: "" },
        group: "&lt;img src=x onerror=window.__pwned=1&gt;",
        unique_id: "event-control",
      },
    ],
  };
  const probe = await open(browser, page(JSON.stringify(control)), "control");
  if (!probe.seen.pwned) {
    console.log("FAIL control: a group escaped only once ran no script; the probe is broken");
    failed++;
  }
  // A few pages at once: most of a page's time is TimelineJS waiting on itself.
  const reports = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = next++;
      const json = readFileSync(cases[i], "utf8");
      const doc = JSON.parse(json);
      const name = basename(cases[i], ".json");
      const { seen, problems } = await open(browser, page(json.trimEnd()), name);
      compare(doc, seen, problems);
      reports[i] = problems.length
        ? `FAIL ${name}:\n  ${problems.join("\n  ")}`
        : `ok ${name}: ${seen.slides} slides, ${seen.groups.length} groups`;
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  for (const r of reports) {
    if (r.startsWith("FAIL")) failed++;
    console.log(r);
  }
} finally {
  await browser.close();
}
console.log(failed ? `${failed} failed` : "all timelines as exported");
process.exit(failed ? 1 : 0);
