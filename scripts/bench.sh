#!/usr/bin/env bash
# Times whole commands (median and range over runs, scripts/bench/timeit.py;
# peak memory from /usr/bin/time -v) on the Matrix case and on generated
# datasets; sets them side by side with the references in the same run
# (Graphviz sfdp for the network, rsvg-convert for PNG, libyaml's event parser
# for reading, scripts/bench/load.sh); measures step-by-step builds
# (scripts/bench/steps.sh) and how each stage grows from 1,000 to 100,000
# events; writes docs/PERFORMANCE.md. Per-stage microbenchmarks:
# `cargo bench --bench stages`.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin coopline --example stage_times
bin=target/release/coopline
stages=target/release/examples/stage_times
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=${RUNS:-5}
stage_runs=${STAGE_RUNS:-7}

# "median min max" wall seconds of a command over $runs runs
wall() {
  python3 scripts/bench/timeit.py "$runs" -- "$@"
}

# peak resident memory in MB
peak() {
  /usr/bin/time -v "$@" >/dev/null 2>"$work/v" || true
  awk '/Maximum resident set size/ {printf "%d\n", $NF / 1024}' "$work/v"
}

# | label | time | range | memory | target | met |
row() { # label, target seconds (or -), target MB (or -), command...
  local label=$1 target=$2 target_mb=$3; shift 3
  local t lo hi m
  read -r t lo hi < <(wall "$@")
  m=$(peak "$@")
  local goal="" met=""
  if [ "$target" != - ]; then
    goal="under $target s"
    met=$(awk -v t="$t" -v g="$target" 'BEGIN {print (t < g) ? "yes" : "**no**"}')
  fi
  if [ "$target_mb" != - ]; then
    goal="$goal${goal:+, }under $target_mb MB"
    met="$met${met:+, }$(awk -v m="$m" -v g="$target_mb" 'BEGIN {print (m < g) ? "yes" : "**no**"}')"
  fi
  printf '| %s | %s s | %s–%s s | %s MB | %s | %s |\n' "$label" "$t" "$lo" "$hi" "$m" "$goal" "$met"
  echo "$t" > "$work/last"
  echo "$m" > "$work/lastm"
}

# "- label: A a s, B b s: ratio (range lo–hi over N runs)"
versus() { # label, what A is, what B is, command A..., --, command B...
  local label=$1 a_name=$2 b_name=$3; shift 3
  local a b r lo hi
  read -r a b r lo hi < <(python3 scripts/bench/timeit.py "$runs" -- "$@")
  printf -- '- %s: %s %s s, %s %s s: **%sx** (range %s–%sx over %s runs taking turns)\n' \
    "$label" "$a_name" "$a" "$b_name" "$b" "$r" "$lo" "$hi" "$runs"
}

"$bin" gen --agencies 100 --teams 10 --events 1000 --seed 1 -o "$work/e1k.yaml" >/dev/null
"$bin" gen --agencies 1000 --teams 100 --events 10000 --seed 1 -o "$work/e10k.yaml" >/dev/null
"$bin" gen --agencies 10000 --teams 1000 --events 100000 --seed 1 -o "$work/e100k.yaml" >/dev/null
"$bin" gen --agencies 100000 --teams 1000 --events 150000 --seed 1 -o "$work/a100k.yaml" >/dev/null

{
  echo "# Performance"
  echo
  echo "Made by \`scripts/bench.sh\` on $(nproc) cores ($(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
  echo "release build; wall time including start-up, median and range of $runs runs"
  echo "(\`scripts/bench/timeit.py\`); memory is peak resident set size (\`/usr/bin/time -v\`)."
  echo "Datasets come from \`coopline gen\` (one agency per ten events, one team per"
  echo "hundred, seed 1). These machines are noisy: read ratios measured in one run,"
  echo "not absolute times across runs."
  echo
  echo "| command | time | range | memory | target | met |"
  echo "|---|---:|---:|---:|---|---|"
  for v in timeline storyline network; do
    row "Matrix case, $v, SVG" 0.02 - "$bin" render data/matrix.yaml --view "$v" -o "$work/m.svg"
  done
  row "1,000 events: timeline" - - "$bin" render "$work/e1k.yaml" -o "$work/t.svg"
  row "10,000 events / 1,000 agencies: check (parse + validate)" - - "$bin" check "$work/e10k.yaml"
  floor=$(cat "$work/last")
  row "10,000 events: timeline, every agency (\`--overview never\`), SVG" 0.5 300 "$bin" render "$work/e10k.yaml" --overview never -o "$work/t.svg"
  t_timeline=$(cat "$work/last")
  row "10,000 events: storyline, every agency (\`--overview never\`), SVG" 3 300 "$bin" render "$work/e10k.yaml" --view storyline --overview never -o "$work/s.svg"
  t_story=$(cat "$work/last")
  row "10,000 events: network, SVG" 2 300 "$bin" render "$work/e10k.yaml" --view network -o "$work/n.svg"
  t_net=$(cat "$work/last")
  row "10,000 events: timeline, PNG at the default size (the overview)" 2 300 "$bin" render "$work/e10k.yaml" -o "$work/t.png"
  row "10,000 events: storyline, PNG at the default size (the overview)" 2 300 "$bin" render "$work/e10k.yaml" --view storyline -o "$work/s.png"
  row "10,000 events: timeline, PNG on a slide (the overview)" 2 300 "$bin" render "$work/e10k.yaml" --size slide -o "$work/ts.png"
  echo
  dims() { python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d px" % struct.unpack(">II", d[16:24]))' "$1"; }
  echo "The pictures of 10,000 events at the default size are overviews (a row per"
  echo "country, README \"Large cases\"): the timeline's is $(dims "$work/t.png"), the"
  echo "storyline's $(dims "$work/s.png"). Every agency's lane is one option away, as SVG"
  echo "or PDF; as PNG it is refused with a message (over 32,767 px a side)."
  echo
  echo "## Side by side with the references"
  echo
  echo "Each line runs both commands in turn, $runs times; the ratio is coopline's time"
  echo "over the reference's, its median and its range over the runs."
  echo
  "$bin" export "$work/e10k.yaml" --format dot -q -o "$work/g.dot" >/dev/null 2>&1
  if command -v sfdp >/dev/null; then
    versus "10,000-event network (target: under 1)" "coopline render --view network" "Graphviz \`sfdp -Tsvg\` on the same graph" \
      "$bin" render "$work/e10k.yaml" --view network -o "$work/n.svg" -- sfdp -Tsvg "$work/g.dot" -o "$work/g.svg"
  else
    echo "- Graphviz is not installed here: no comparison with sfdp."
  fi
  if command -v rsvg-convert >/dev/null; then
    "$bin" render "$work/e1k.yaml" -q -o "$work/r.svg" >/dev/null
    versus "1,000-event timeline as PNG" "coopline render (YAML to PNG: read, lay out, draw)" "\`rsvg-convert\` drawing coopline's SVG of it" \
      "$bin" render "$work/e1k.yaml" -o "$work/r.png" -- rsvg-convert "$work/r.svg" -o "$work/rr.png"
    "$bin" render "$work/e10k.yaml" -q -o "$work/o.svg" >/dev/null
    versus "10,000-event overview as PNG" "coopline render (YAML to PNG)" "\`rsvg-convert\` drawing coopline's SVG of it" \
      "$bin" render "$work/e10k.yaml" -o "$work/o.png" -- rsvg-convert "$work/o.svg" -o "$work/oo.png"
  else
    echo "- librsvg is not installed here: no comparison with rsvg-convert."
  fi
  echo
  echo "## Reading YAML"
  echo
  bash scripts/bench/load.sh "$work/e100k.yaml" "$runs"
  echo
  echo "## Step-by-step builds"
  echo
  # A build of thousands of frames takes minutes a run: fewer runs.
  bash scripts/bench/steps.sh "${STEPS_RUNS:-3}"
  echo
  echo "## The pipeline against the floor"
  echo
  echo "The whole pipeline against \`coopline check\` (which reads and validates the"
  echo "YAML and nothing else) on 10,000 events, every agency drawn, target at most 2x."
  echo "The target was set when reading took twice the time it takes since the fast"
  echo "reader for machine-made YAML (0.148 s then on this case, on another"
  echo "machine): the ratios grew as the floor fell."
  echo
  for pair in "timeline $t_timeline" "storyline $t_story" "network $t_net"; do
    set -- $pair
    awk -v v="$1" -v a="$2" -v f="$floor" 'BEGIN {printf "- %s: %.1fx the check (%s s vs %s s): %s\n", v, a / f, a, f, (a / f <= 2) ? "met" : "**not met**"}'
  done
  echo
  echo "Many agencies against many events: 100,000 agencies with 150,000 events (most"
  echo "agencies in one or two events, a thousand in none, each of those a warning)"
  echo "against the 100,000-event case with 10,000 agencies; target at most 3x, the"
  echo "two commands taking turns (wall time, median of $runs runs each):"
  echo
  for cmd in check render; do
    out=(); [ "$cmd" = render ] && out=(-o "$work/a.svg")
    ratios=()
    for k in $(seq "$runs"); do
      /usr/bin/time -f "%e" -o "$work/ta" "$bin" "$cmd" -q "$work/a100k.yaml" "${out[@]}" >/dev/null 2>&1
      /usr/bin/time -f "%e" -o "$work/te" "$bin" "$cmd" -q "$work/e100k.yaml" "${out[@]}" >/dev/null 2>&1
      ta=$(tail -1 "$work/ta"); te=$(tail -1 "$work/te")
      ratios+=("$ta $te")
    done
    printf '%s\n' "${ratios[@]}" | python3 -c '
import statistics, sys
pairs = [tuple(map(float, l.split())) for l in sys.stdin if l.strip()]
r = sorted(a / e for a, e in pairs)
med = statistics.median(r)
print("- %s: %.1fx (%.2f s vs %.2f s; range %.1f-%.1fx): %s" % (sys.argv[1], med,
      statistics.median(a for a, _ in pairs), statistics.median(e for _, e in pairs),
      r[0], r[-1], "met" if med <= 3 else "**not met**"))' "$cmd"
  done
  echo
  echo "## Growth per stage"
  echo
  echo "Each stage timed in-process as a command runs it, one stage after the other"
  echo "(\`cargo run --release --example stage_times\`), on 1,000, 10,000 and 100,000"
  echo "events; median of $stage_runs runs, the sizes taking turns so that a slow spell"
  echo "of the machine falls on all of them. The ratio is the cost of ten times the"
  echo "events (linear: 10x; target for timeline and graph at most 13x, for the network
layout at most 12x); the exponent"
  echo "k in time ~ n^k is its base-10 logarithm; the range is the lowest and highest"
  echo "ratio of one run's pair."
  echo
  for k in $(seq "$stage_runs"); do
    for n in 1k 10k 100k; do
      "$stages" "$work/e$n.yaml" > "$work/s$n.$k.txt"
    done
  done
  python3 - "$work" "$stage_runs" <<'PY'
import math, statistics, sys
work, runs = sys.argv[1], int(sys.argv[2])
def read(n):
    times = {}
    for k in range(1, runs + 1):
        for line in open(f"{work}/s{n}.{k}.txt"):
            parts = line.split()
            if len(parts) >= 2 and parts[1].replace(".", "", 1).isdigit():
                times.setdefault(parts[0], []).append(float(parts[1]))
    return times
runs_a, runs_b, runs_c = read("1k"), read("10k"), read("100k")
def median(times, stage):
    return statistics.median(times[stage]) if stage in times else None
print("| stage | 1,000 | 10,000 | 100,000 | 10k / 1k | 100k / 10k | range | exponent | target |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
for stage in runs_a:
    t1, t2, t3 = median(runs_a, stage), median(runs_b, stage), median(runs_c, stage)
    def ratio(x, y):
        return f"{y / x:.1f}x" if x and y else "–"
    def fmt(t):
        return f"{t:.4f} s" if t is not None else "–"
    pairs = [y / x for x, y in zip(runs_b.get(stage, []), runs_c.get(stage, [])) if x]
    spread = f"{min(pairs):.1f}–{max(pairs):.1f}x" if pairs else "–"
    k = math.log10(t3 / t2) if t2 and t3 else (math.log10(t2 / t1) if t1 and t2 else None)
    verdict = ""
    target = {"timeline": 13, "graph": 13, "network": 12}.get(stage)
    if target and t2 and t3:
        verdict = f"{target}x: " + ("met" if t3 / t2 <= target else "**not met**")
    ks = f"{k:.2f}" if k is not None else "–"
    print(f"| {stage} | {fmt(t1)} | {fmt(t2)} | {fmt(t3)} | {ratio(t1, t2)} | {ratio(t2, t3)} | {spread} | {ks} | {verdict} |")
PY
  echo
  echo "Times under a few milliseconds are dominated by noise; the exponent uses the"
  echo "two largest sizes."
  echo
  l2=$(lscpu 2>/dev/null | awk -F: '/^L2 cache/ {gsub(/^ +/, "", $2); print $2}' | sed 's/ (\(.*\))/, \1/' || true)
  echo "Why the last step costs more than ten times: at 10,000 events what a stage"
  echo "reads (events, agencies, the graph it builds) fits in the L2 cache (${l2:-size unknown});"
  echo "at 100,000 it does not, and each look-up that jumps across the data waits on"
  echo "memory. The graph stage takes a few milliseconds on 10,000 events, so a few"
  echo "hundred microseconds of noise there move its ratio by a whole step."
  echo
  echo "## Per-stage benchmarks"
  echo
  echo "\`cargo bench --bench stages\` (divan; median of repeated runs, each stage alone)."
  echo "A stage run again and again on the same data finds it still in the cache, which"
  echo "a command never does: on 10,000 events everything fits and the repeats run at"
  echo "cache speed, on 100,000 nothing does, so ratios read off this table overstate"
  echo "growth. The growth targets are judged on the runs above."
  echo
  echo '```text'
  cargo bench --quiet --bench stages 2>/dev/null | grep -v '^Timer precision'
  echo '```'
} > docs/PERFORMANCE.md
cat docs/PERFORMANCE.md
