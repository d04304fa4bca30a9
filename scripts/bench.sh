#!/usr/bin/env bash
# Times whole commands (median of runs, wall clock, peak memory from /usr/bin/time -v)
# on the Matrix case and on generated datasets, compares the network view with
# Graphviz sfdp on the same graph, and writes docs/PERFORMANCE.md.
# Uses hyperfine when installed for the Matrix timings.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/coopline
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=${RUNS:-5}

# median wall seconds and max peak KB of a command over $runs runs
measure() {
  local times=() mem=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>&1
    read -r t m < "$work/t"
    times+=("$t")
    [ "$m" -gt "$mem" ] && mem=$m
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$median $mem"
}

row() { # label, target, command...
  local label=$1 target=$2; shift 2
  read -r t m < <(measure "$@")
  printf '| %s | %s s | %s MB | %s |\n' "$label" "$t" "$((m / 1024))" "$target"
}

"$bin" gen --agencies 100 --teams 10 --events 1000 --seed 1 -o "$work/e1k.yaml" >/dev/null
"$bin" gen --agencies 1000 --teams 100 --events 10000 --seed 1 -o "$work/e10k.yaml" >/dev/null

{
  echo "# Performance"
  echo
  echo "Made by \`scripts/bench.sh\` on $(nproc) cores ($(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
  echo "release build, median of $runs runs, wall time including start-up; memory is peak RSS."
  echo
  echo "| command | time | memory | target |"
  echo "|---|---:|---:|---|"
  for v in timeline storyline network; do
    row "Matrix case, $v, SVG" "under 0.02 s" "$bin" render data/matrix.yaml --view "$v" -o "$work/m.svg"
  done
  row "1,000 events / 100 agencies: check" "" "$bin" check "$work/e1k.yaml"
  row "1,000 events / 100 agencies: timeline" "" "$bin" render "$work/e1k.yaml" -o "$work/t.svg"
  row "10,000 events / 1,000 agencies: check (parse + validate)" "the floor" "$bin" check "$work/e10k.yaml"
  row "10,000 events / 1,000 agencies: timeline" "under 0.5 s" "$bin" render "$work/e10k.yaml" -o "$work/t.svg"
  row "10,000 events / 1,000 agencies: storyline" "under 3 s" "$bin" render "$work/e10k.yaml" --view storyline -o "$work/s.svg"
  RUNS=1 row "10,000 events / 1,000 agencies: network" "under 2 s, faster than sfdp" "$bin" render "$work/e10k.yaml" --view network -o "$work/n.svg"
  "$bin" export "$work/e10k.yaml" --format dot -o "$work/g.dot" >/dev/null
  if command -v sfdp >/dev/null; then
    RUNS=1 row "same graph: Graphviz sfdp -Tsvg" "(comparison)" sfdp -Tsvg "$work/g.dot" -o "$work/g.svg"
  fi
  echo
  echo "Stages on the 10,000-event dataset (\`cargo run --release --example stage_times\`):"
  echo
  echo '```text'
  cargo run --release --quiet --example stage_times -- "$work/e10k.yaml"
  echo '```'
} > docs/PERFORMANCE.md
cat docs/PERFORMANCE.md
