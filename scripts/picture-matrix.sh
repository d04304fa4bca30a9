#!/usr/bin/env bash
# Renders a fixed matrix of datasets x views x options as SVG (and a few HTML pages)
# into OUT with BIN, so that two builds can be compared file by file.
# usage: scripts/picture-matrix.sh BIN OUT   (then: diff -r OUT-before OUT-after)
# For a reshape that must not change any picture: run it with the binary built
# before and after, and diff the two folders.
set -uo pipefail
bin=$(realpath "$1"); out=$2
mkdir -p "$out"; out=$(realpath "$out")
cd "$(dirname "$0")/.."
data=(data/*.yaml)
gen=$out/.gen; mkdir -p "$gen"
"$bin" gen --agencies 20 --teams 4 --events 40 --seed 3 -o "$gen/g20.yaml" -q
"$bin" gen --agencies 60 --teams 8 --events 200 --seed 7 -o "$gen/g60.yaml" -q
"$bin" gen --agencies 150 --teams 12 --events 600 --seed 11 -o "$gen/g150.yaml" -q
sets=("${data[@]}" "$gen"/*.yaml tests/fixtures/good/*.yaml)
r() { # name args...
  local name=$1; shift
  "$bin" render -q "$@" -o "$out/$name" >/dev/null 2>"$out/$name.err" || echo "exit $?" >>"$out/$name.err"
  [ -s "$out/$name.err" ] || rm -f "$out/$name.err"
}
for f in "${sets[@]}"; do
  s=$(basename "$f" .yaml)
  for lanes in agency team country kind; do r "$s-t-$lanes.svg" "$f" --lanes $lanes; done
  for size in slide a4 square social 800x600; do r "$s-t-$size.svg" "$f" --size $size; done
  for theme in dark print contrast; do r "$s-t-$theme.svg" "$f" --theme $theme; done
  r "$s-t-window.svg" "$f" --from 2020 --to 2024-06 --caption "A caption" --title "T" --subtitle "S"
  r "$s-t-noctx.svg" "$f" --no-context --size slide
  for by in agency country; do for c in country kind; do r "$s-s-$by-$c.svg" "$f" --view storyline --by $by --color $c; done; done
  r "$s-s-dark.svg" "$f" --view storyline --theme dark --size slide --from 2021
  for by in agency country kind; do r "$s-n-$by.svg" "$f" --view network --by $by; done
  r "$s-n-kind.svg" "$f" --view network --color kind --theme print
  r "$s-n-years.svg" "$f" --view network --facet year
  r "$s-t.html" "$f" --format html
  r "$s-n.html" "$f" --view network --format html
  r "$s-s.html" "$f" --view storyline --format html
  r "$s-steps.svg" "$f" --steps
done
r "matrix-focus.svg" data/matrix.yaml --focus europol
r "matrix-center.svg" data/matrix.yaml --view network --center europol
r "matrix-center-c.svg" data/matrix.yaml --view network --by country --center FR
"$bin" render -q data/matrix.yaml --view storyline --stats -o "$out/stats-s.svg" > "$out/stats-s.txt" 2>&1
"$bin" render -q data/matrix.yaml --view network --stats -o "$out/stats-n.svg" > "$out/stats-n.txt" 2>&1
ls "$out" | wc -l
