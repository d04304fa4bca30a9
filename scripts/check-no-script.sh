#!/usr/bin/env bash
# Embeds coopline's SVG of hostile datasets in a web page, as <img> and as inline
# <svg>, loads it in headless Chromium, and fails if any label ran as script.
# A control page with a real injected script must be caught, or the check itself
# is broken. Usage: scripts/check-no-script.sh PATH-TO-COOPLINE-BINARY
set -euo pipefail
bin=${1:-target/debug/coopline}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chrome=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --user-data-dir="$work/profile" --virtual-time-budget=3000 --dump-dom)

probe='<script>
window.addEventListener("load", function () {
  setTimeout(function () {
    document.body.setAttribute("data-result", window.__pwned ? "PWNED" : "SAFE");
  }, 200);
});
</script>'

page() { # page NAME SVG-FILE -> writes NAME.html embedding the SVG both ways
  local name=$1 svg=$2
  [ "$svg" -ef "$work/$name.svg" ] || cp "$svg" "$work/$name.svg"
  {
    echo '<!doctype html><html><head><meta charset="utf-8"><title>embed</title></head><body>'
    echo "<img src=\"$name.svg\" alt=\"picture\">"
    echo '<div id="inline">'
    sed '1{/^<?xml/d}' "$svg"
    echo '</div>'
    echo "$probe"
    echo '</body></html>'
  } > "$work/$name.html"
}

result() {
  "${chrome[@]}" "file://$work/$1.html" 2>/dev/null | grep -o 'data-result="[A-Z]*"' | head -1
}

printf '<svg xmlns="http://www.w3.org/2000/svg"><script>window.__pwned=1</script></svg>\n' > "$work/control.svg"
page control "$work/control.svg"
if [ "$(result control)" != 'data-result="PWNED"' ]; then
  echo "the script probe does not work: the control page was not caught"; exit 1
fi

status=0
for f in tests/fixtures/hostile/*.yaml tests/fixtures/good/hostile-labels.yaml; do
  head -1 "$f" | grep -q 'expect: error' && continue
  name=$(basename "$f" .yaml)
  "$bin" render "$f" -o "$work/$name-src.svg" >/dev/null
  "$bin" render "$f" --lanes team -o "$work/$name-team-src.svg" >/dev/null
  for variant in "$name" "$name-team"; do
    page "$variant" "$work/$variant-src.svg"
    r=$(result "$variant")
    if [ "$r" != 'data-result="SAFE"' ]; then
      echo "UNSAFE: $f ($variant) gave ${r:-no result}"; status=1
    else
      echo "safe: $f ($variant) as <img> and inline <svg>"
    fi
  done
done
exit $status
