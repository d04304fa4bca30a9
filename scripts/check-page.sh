#!/usr/bin/env bash
# Checks coopline's HTML explainer page (`coopline render CASE -o case.html`,
# issue 20) in headless Chromium, at a phone's 390x844 and a desktop's 1440x900,
# against the DOM contract the page and these checks share:
#   screenshots   the Matrix page's viewport, compared with tests/page-reference/
#   overflow      no sideways scrolling, at either width, in any view
#   chapters      ArrowDown/j/ArrowUp/k, the buttons, scrolling and #chapter=N
#                 pick a chapter, whose records' marks alone are lit
#   embedding     framed, the page posts its height to its host
#   axe           no serious or critical axe-core violation
#   keyboard      Tab reaches a mark, its focus shows, Enter opens #details
#   lit marks     with a chapter active, marks lit and dimmed show their focus
#                 and open #details on a click or a tap
#   size/speed    file size, first paint, search over 10,000 events
#   hostile       labels written to attack the page run no script
# Never skips: a missing node, npm, Chromium or package is a failure.
# scripts/page/check-page.mjs says what each check does and its thresholds.
#
# playwright-core, axe-core, pixelmatch and pngjs come from the npm registry,
# pinned in scripts/page/package-lock.json, installed with `npm ci` into
# target/page-node (ignored by git). Images of failed comparisons go to
# target/page-check/.
# Usage: scripts/check-page.sh PATH-TO-COOPLINE-BINARY
#        BLESS=1 scripts/check-page.sh PATH-TO-COOPLINE-BINARY   (rewrites the references)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:?usage: scripts/check-page.sh PATH-TO-COOPLINE-BINARY}
[ -x "$bin" ] || { echo "not an executable: $bin" >&2; exit 1; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
command -v node >/dev/null || { echo "node is missing: apt-get install nodejs npm" >&2; exit 1; }
command -v npm >/dev/null || { echo "npm is missing: apt-get install npm" >&2; exit 1; }
# playwright-core 1.65 needs Node.js 20 or later (Debian 12's own nodejs is 18).
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' ||
  { echo "Node.js $(node --version) is too old: playwright-core needs 20 or later" >&2; exit 1; }
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] || { echo "Chromium is missing at $CHROMIUM: apt-get install chromium" >&2; exit 1; }
# The screenshots are of text set in Inter: without it they would differ from the references.
command -v fc-list >/dev/null && fc-list : family | grep -qx 'Inter' ||
  { echo "the Inter font is missing: apt-get install fonts-inter" >&2; exit 1; }

node_dir=target/page-node
mkdir -p "$node_dir"
cp scripts/page/package.json scripts/page/package-lock.json "$node_dir/"
# npm ci installs exactly the lock file, from npm's cache when it has the packages.
(cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error)
for f in playwright-core/package.json axe-core/axe.min.js pixelmatch/index.js pngjs/package.json; do
  [ -f "$node_dir/node_modules/$f" ] || { echo "npm ci did not install $f" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# render IN OUT: the page, its warnings kept out of the way unless it fails.
render() {
  "$bin" --quiet render "$1" -o "$2" 2>"$work/render.log" ||
    { cat "$work/render.log" >&2; echo "could not render $1" >&2; exit 1; }
}
# The bundled cases; data/matrix.yaml is the one photographed and timed.
for f in data/*.yaml; do
  render "$f" "$work/$(basename "$f" .yaml).html"
done
[ -f "$work/matrix.html" ] || { echo "data/matrix.yaml did not render" >&2; exit 1; }
# 40 events from 30 countries with a 20-country action day: a long story,
# where #chapter=20 scrolls past many chapters that must not open.
"$bin" --quiet gen --agencies 30 --teams 4 --events 40 --action-day 20 --seed 1 -o "$work/long.yaml"
render "$work/long.yaml" "$work/long.html"
# 10,000 events, for the speed of search.
"$bin" --quiet gen --events 10000 --seed 1 -o "$work/big.yaml"
render "$work/big.yaml" "$work/big.html"
# Labels written to attack whatever shows them: hostile-labels.yaml and every
# hostile fixture that is valid (the others are refused before any page).
for f in tests/fixtures/good/hostile-labels.yaml tests/fixtures/hostile/*.yaml; do
  case $f in tests/fixtures/hostile/*) head -1 "$f" | grep -q '^# expect: valid' || continue ;; esac
  render "$f" "$work/hostile-$(basename "$f" .yaml).html"
done

out=target/page-check
mkdir -p "$out"
node scripts/page/check-page.mjs "$node_dir" "$work" tests/page-reference "$out"
