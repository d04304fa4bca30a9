#!/usr/bin/env bash
# Renders SVG files with their real consumers, rsvg-convert and headless Chromium,
# and fails if either reports an error. Usage: scripts/check-svg.sh FILE.svg...
#
# Chromium is started once for all files: a local page reads each file with
# Chromium's XML parser (DOMParser, as when the file is opened) and draws it as
# an image, then writes what it found into the page, which --dump-dom prints.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v rsvg-convert >/dev/null || { echo "check-svg: rsvg-convert is not installed" >&2; exit 1; }
command -v chromium >/dev/null || { echo "check-svg: chromium is not installed" >&2; exit 1; }
status=0
files=()
for svg in "$@"; do
  if ! rsvg-convert "$svg" -o "$work/$(basename "$svg" .svg)-rsvg.png" 2>"$work/rsvg.err"; then
    echo "rsvg-convert failed on $svg:"; cat "$work/rsvg.err"; status=1; continue
  fi
  files+=("file://$(cd "$(dirname "$svg")" && pwd)/$(basename "$svg")")
done
[ ${#files[@]} -gt 0 ] || exit $status

python3 - "$work/check.html" "${files[@]}" <<'PY'
import json, sys
page, files = sys.argv[1], sys.argv[2:]
open(page, "w").write("""<!doctype html><meta charset="utf-8"><body><pre id="out"></pre><script>
const files = %s;
const out = document.getElementById("out");
const say = (line) => { out.textContent += line + "\\n"; };
async function check(f) {
  const xhr = new XMLHttpRequest();
  xhr.open("GET", f, false);
  xhr.overrideMimeType("image/svg+xml");
  xhr.send();
  const doc = new DOMParser().parseFromString(xhr.responseText, "image/svg+xml");
  const err = doc.querySelector("parsererror");
  if (!xhr.responseText || err) return "PARSE " + f + ": " + (err ? err.textContent : "empty");
  const img = new Image();
  const drawn = await new Promise((ok) => { img.onload = () => ok(true); img.onerror = () => ok(false); img.src = f; });
  if (!drawn || img.naturalWidth === 0) return "DRAW " + f;
  const canvas = document.createElement("canvas");
  canvas.width = Math.min(img.naturalWidth, 4096); canvas.height = Math.min(img.naturalHeight, 4096);
  canvas.getContext("2d").drawImage(img, 0, 0);
  return "OK " + f + " " + img.naturalWidth + "x" + img.naturalHeight;
}
(async () => {
  for (const f of files) { try { say(await check(f)); } catch (e) { say("ERROR " + f + ": " + e); } }
  say("DONE");
})();
</script>""" % json.dumps(files))
PY

dom=$(timeout 300 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --allow-file-access-from-files \
  --virtual-time-budget=120000 --dump-dom "file://$work/check.html" 2>/dev/null | sed 's/.*<pre id="out">//' || true)
grep -q "^DONE" <<<"$dom" || { echo "Chromium did not finish checking the SVG files"; exit 1; }
for f in "${files[@]}"; do
  line=$(grep -F " $f" <<<"$dom" | head -1 || true)
  case $line in
    OK*) echo "ok ${f#file://} (rsvg-convert, chromium ${line##* })" ;;
    "") echo "Chromium did not check ${f#file://}"; status=1 ;;
    *) echo "Chromium failed on ${f#file://}: $line"; status=1 ;;
  esac
done
exit $status
