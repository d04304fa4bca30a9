#!/usr/bin/env bash
# A smoke benchmark that CI can trust: instructions counted by callgrind are the same
# on every run, whatever else the machine does. Each case runs the smoke-profile binary on
# a generated dataset and is compared with scripts/bench-baseline.txt; more than
# twice the baseline fails. `scripts/bench-smoke.sh --update` rewrites the baseline.
set -euo pipefail
cd "$(dirname "$0")/.."
# The smoke profile (Cargo.toml): built once, quicker than a release build.
cargo build --profile smoke --locked --quiet
bin=${CARGO_TARGET_DIR:-target}/smoke/coopline
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" gen --agencies 100 --teams 10 --events 1000 --seed 5 -o "$work/g1k.yaml" >/dev/null
"$bin" gen --agencies 60 --teams 6 --events 200 --seed 6 -o "$work/g200.yaml" >/dev/null

cases=(
  "check|check $work/g1k.yaml"
  "timeline|render $work/g1k.yaml -o $work/t.svg"
  "storyline|render $work/g1k.yaml --view storyline -o $work/s.svg"
  "overview|render $work/g1k.yaml --overview always -o $work/o.svg"
  "network|render $work/g200.yaml --view network --mode agencies -o $work/n.svg"
  "network-hubs|render $work/g200.yaml --view network --mode affiliation -o $work/n.svg"
  "matrix-timeline|render data/matrix.yaml -o $work/m.svg"
)
declare -A counted
for c in "${cases[@]}"; do
  name=${c%%|*}
  args=${c#*|}
  # shellcheck disable=SC2086
  valgrind --tool=callgrind --callgrind-out-file="$work/$name.out" "$bin" $args >/dev/null 2>"$work/$name.err"
  counted[$name]=$(grep -m1 '^summary:' "$work/$name.out" | awk '{print $2}')
done

baseline=scripts/bench-baseline.txt
if [ "${1:-}" = "--update" ]; then
  : > "$baseline"
  for c in "${cases[@]}"; do name=${c%%|*}; echo "$name ${counted[$name]}" >> "$baseline"; done
  cat "$baseline"
  exit 0
fi
status=0
printf '%-16s %16s %16s %7s\n' case instructions baseline ratio
while read -r name base; do
  now=${counted[$name]:-0}
  ratio=$(awk -v a="$now" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
  printf '%-16s %16s %16s %7s\n' "$name" "$now" "$base" "$ratio"
  if awk -v r="$ratio" 'BEGIN { exit !(r > 2.0) }'; then
    echo "  $name is more than twice as slow as the baseline"; status=1
  fi
done < "$baseline"
exit $status
