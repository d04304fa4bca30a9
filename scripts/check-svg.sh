#!/usr/bin/env bash
# Renders SVG files with their real consumers, rsvg-convert and headless Chromium,
# and fails if either reports an error. Usage: scripts/check-svg.sh FILE.svg...
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chrome=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --user-data-dir="$work/profile")
status=0
for svg in "$@"; do
  name=$(basename "$svg" .svg)
  abs=$(cd "$(dirname "$svg")" && pwd)/$(basename "$svg")
  if ! rsvg-convert "$svg" -o "$work/$name-rsvg.png" 2>"$work/rsvg.err"; then
    echo "rsvg-convert failed on $svg:"; cat "$work/rsvg.err"; status=1; continue
  fi
  dom=$(timeout 120 "${chrome[@]}" --dump-dom "file://$abs" 2>/dev/null || true)
  if [ -z "$dom" ] || grep -q "parsererror" <<<"$dom"; then
    echo "Chromium could not parse $svg:"; grep -o "error on line[^<]*" <<<"$dom" || true; status=1; continue
  fi
  size=$(grep -o 'viewBox="0 0 [0-9.]* [0-9.]*"' "$svg" | head -1 | awk '{print int($3)","int($4)}' | tr -d '"')
  timeout 120 "${chrome[@]}" --hide-scrollbars --window-size="${size:-1920,1080}" \
    --screenshot="$work/$name-chromium.png" "file://$abs" >/dev/null 2>&1 || true
  if [ ! -s "$work/$name-chromium.png" ]; then
    echo "Chromium did not render $svg"; status=1; continue
  fi
  echo "ok $svg (rsvg-convert, chromium)"
done
exit $status
