#!/usr/bin/env bash
# Loads coopline's TimelineJS exports into Knight Lab's TimelineJS3 in headless
# Chromium: every bundled case (data/*.yaml) by team, country and kind, and the
# datasets of hostile labels. Fails if TimelineJS built a different number of
# slides than the JSON has (the title slide plus one per record), if a
# headline, group or date reads differently from the data, on any console or
# page error, on any request leaving the machine, or if a label ran as script.
# Never skips: a missing npm, Chromium or package is a failure.
#
# TimelineJS3 and playwright-core come from the npm registry, pinned in
# scripts/timelinejs/package-lock.json, installed with `npm ci` into
# target/timelinejs-node (ignored by git).
# Usage: scripts/check-timelinejs.sh PATH-TO-COOPLINE-BINARY
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:?usage: scripts/check-timelinejs.sh PATH-TO-COOPLINE-BINARY}
[ -x "$bin" ] || { echo "not an executable: $bin" >&2; exit 1; }
command -v node >/dev/null || { echo "node is missing: apt-get install nodejs npm" >&2; exit 1; }
command -v npm >/dev/null || { echo "npm is missing: apt-get install npm" >&2; exit 1; }
# playwright-core 1.65 needs Node.js 20 or later (Debian 12's own nodejs is 18).
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' ||
  { echo "Node.js $(node --version) is too old: playwright-core needs 20 or later" >&2; exit 1; }
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] || { echo "Chromium is missing at $CHROMIUM: apt-get install chromium" >&2; exit 1; }

node_dir=target/timelinejs-node
mkdir -p "$node_dir"
cp scripts/timelinejs/package.json scripts/timelinejs/package-lock.json "$node_dir/"
# npm ci installs exactly the lock file, from npm's cache when it has the packages.
(cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error)
for f in node_modules/@knight-lab/timelinejs/dist/js/timeline.js \
  node_modules/@knight-lab/timelinejs/dist/css/timeline.css \
  node_modules/playwright-core/package.json; do
  [ -f "$node_dir/$f" ] || { echo "npm ci did not install $f" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cases=()
for f in data/*.yaml; do
  name=$(basename "$f" .yaml)
  for by in agency country kind; do
    "$bin" --quiet export "$f" --by "$by" -o "$work/$name-by-$by.timeline.json"
    cases+=("$work/$name-by-$by.timeline.json")
  done
done
for f in tests/fixtures/good/hostile-labels.yaml tests/fixtures/hostile/*.yaml; do
  head -1 "$f" | grep -q 'expect: error' && continue
  name=hostile-$(basename "$f" .yaml)
  "$bin" --quiet export "$f" --format timelinejs -o "$work/$name.json"
  cases+=("$work/$name.json")
done
node scripts/timelinejs/check.mjs "$node_dir" "$work" "${cases[@]}"
