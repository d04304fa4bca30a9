#!/usr/bin/env bash
# Step-by-step builds at scale (issue 24): peak memory and time of a build
# (`render --steps`) against those of the single picture in the same format,
# for 3,000 generated events, over RUNS runs; prints Markdown lines for the
# benchmark report. The promise: a build's peak memory within 2 times the
# picture's, and a PDF build far smaller than a copy of the picture a page.
#
# usage: scripts/bench/steps.sh RUNS
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-}
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/bench/steps.sh RUNS (a whole number of runs, 1 or more)" >&2
  exit 2
fi
if ! [ -x /usr/bin/time ] || ! /usr/bin/time -v true >/dev/null 2>&1; then
  echo "error: GNU time is missing at /usr/bin/time (apt-get install time)" >&2
  exit 1
fi
for tool in awk sort cargo unzip; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing" >&2; exit 1; }
done
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/coopline
[ -x "$bin" ] || { echo "error: $bin was not built" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data=$work/s3k.yaml
"$bin" gen --agencies 300 --teams 30 --events 3000 --seed 1 -q -o "$data"
[ -s "$data" ] || { echo "error: the dataset was not generated" >&2; exit 1; }

# Runs a command under GNU time; prints its peak RSS in MB and its seconds.
measure() {
  local log=$work/time.txt
  if ! /usr/bin/time -v "$@" >/dev/null 2>"$log"; then
    cat "$log" >&2
    echo "error: failed: $*" >&2
    exit 1
  fi
  local kb wall
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  wall=$(awk -F': ' '/Elapsed \(wall clock\) time/ {print $2}' "$log")
  if [ -z "$kb" ] || [ -z "$wall" ]; then
    echo "error: GNU time gave no peak memory or time for: $*" >&2
    exit 1
  fi
  echo "$kb $wall" | awk '{ n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f %.2f\n", $1 / 1024, s }'
}

# The median and range of numbers, one a line: `1.23 (1.10–1.40)`.
median_range() {
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "error: no runs" > "/dev/stderr"; exit 1 }
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f (%.2f–%.2f)\n", m, v[1], v[NR] }'
}

echo "Step-by-step builds of 3,000 generated events with 300 agencies (\`coopline gen --agencies 300 --teams 30 --events 3000 --seed 1\`),"
echo "$runs run(s) each, on $(nproc) cores; peak RSS by \`/usr/bin/time -v\`; medians, range in brackets."
echo
echo "| format | view | size | --overview | frames | picture MB | picture s | build MB | build s | build/picture memory |"
echo "|---|---|---|---|---:|---:|---:|---:|---:|---:|"
pdf_sizes=()
# The fourth word is --overview: "never" forces a lane per agency (the
# largest picture of the case), "auto" draws what a user gets by default
# (at 3,000 events with 300 agencies, the overview by country).
for spec in "pdf timeline auto never" "pdf timeline auto auto" "pdf timeline slide auto" \
  "pptx timeline auto auto" "svg storyline auto auto"; do
  read -r ext view size overview <<<"$spec"
  : >"$work/ratios" >"$work/pic" >"$work/build"
  frames=0
  for _ in $(seq "$runs"); do
    rm -rf "$work/out" && mkdir "$work/out"
    args=(render "$data" -q --view "$view" --size "$size" --overview "$overview")
    read -r pm ps <<<"$(measure "$bin" "${args[@]}" -o "$work/out/picture.$ext")"
    read -r bm bs <<<"$(measure "$bin" "${args[@]}" --steps -o "$work/out/build.$ext")"
    echo "$pm $ps" >>"$work/pic"
    echo "$bm $bs" >>"$work/build"
    awk -v b="$bm" -v p="$pm" 'BEGIN { printf "%.3f\n", b / p }' >>"$work/ratios"
    if [ "$ext" = svg ]; then
      frames=$(find "$work/out" -name 'build-*.svg' | wc -l)
    elif [ "$ext" = pdf ]; then
      frames=$(grep -ac '/Type /Page$' "$work/out/build.pdf" || true)
      pdf_sizes+=("$view $size $overview $(stat -c %s "$work/out/picture.pdf") $(stat -c %s "$work/out/build.pdf") $frames")
    else
      frames=$(unzip -l "$work/out/build.pptx" 2>/dev/null | grep -c 'ppt/slides/slide[0-9]*\.xml$' || true)
    fi
    [ "$frames" -gt 0 ] || { echo "error: the $ext build of the $view has no frames" >&2; exit 1; }
  done
  col() { awk -v c="$1" '{ print $c }' "$2" | median_range | awk '{ print $1 }'; }
  echo "| $ext | $view | $size | $overview | $frames | $(col 1 "$work/pic") | $(col 2 "$work/pic") | $(col 1 "$work/build") | $(col 2 "$work/build") | $(median_range <"$work/ratios") |"
done
echo
echo "| PDF | picture | build | frames | build/picture size |"
echo "|---|---:|---:|---:|---:|"
printf '%s\n' "${pdf_sizes[@]}" | sort -u | while read -r view size overview pic build frames; do
  awk -v v="$view, --overview $overview" -v s="$size" -v p="$pic" -v b="$build" -v f="$frames" 'BEGIN {
    printf "| %s, %s | %.1f MB | %.1f MB | %d | %.2f |\n", v, s, p / 1e6, b / 1e6, f, b / p }'
done
