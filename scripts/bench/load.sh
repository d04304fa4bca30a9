#!/usr/bin/env bash
# How fast coopline reads a dataset, beside libyaml's event parser on the same
# file, and how much memory `coopline check` takes for it. Usage:
#
#   scripts/bench/load.sh FILE RUNS
#
# Builds scripts/bench/libyaml-events.c with gcc against libyaml (Debian:
# `apt-get install gcc libyaml-dev`) and the stage_times example, then times, in
# turn, coopline's load of FILE in-process (reading it and parsing it into
# records, as `coopline check` does before validation: `stage_times --load`) and
# libyaml's parse of it, RUNS times each. Prints Markdown lines: median times,
# MB/s, the ratio coopline/libyaml (median of the runs' pairs, with their
# range), and the peak memory of the load and of `coopline check FILE` against
# the file size.
# Fails when gcc, libyaml or /usr/bin/time cannot be had: a missing yardstick is
# an error, never a skipped line.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 FILE RUNS" >&2
  exit 2
fi
file=$1
runs=$2
if [ ! -r "$file" ]; then
  echo "$0: cannot read $file" >&2
  exit 2
fi
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "$0: RUNS must be a whole number above 0, not $runs" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
for tool in gcc python3 /usr/bin/time; do
  if ! command -v "$tool" >/dev/null; then
    echo "$0: $tool is missing (Debian: apt-get install gcc python3 time)" >&2
    exit 1
  fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! gcc -O2 -o "$work/libyaml-events" "$here/libyaml-events.c" -lyaml 2>"$work/gcc.log"; then
  cat "$work/gcc.log" >&2
  echo "$0: cannot build the libyaml reference (Debian: apt-get install libyaml-dev)" >&2
  exit 1
fi

(cd "$root" && cargo build --release --quiet --bin coopline --example stage_times)
target=${CARGO_TARGET_DIR:-$root/target}
stages=$target/release/examples/stage_times
coopline=$target/release/coopline

: >"$work/times"
for _ in $(seq "$runs"); do
  ours=$("$stages" --load "$file")
  theirs=$("$work/libyaml-events" "$file" 2>/dev/null)
  echo "$ours $theirs" >>"$work/times"
done

# Peak resident memory in kB of a command, from /usr/bin/time -v.
peak_kb() {
  # `check` exits non-zero on a dataset with errors; its memory still counts.
  /usr/bin/time -v "$@" >/dev/null 2>"$work/time.log" || true
  local kb
  kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): \([0-9]*\)$/\1/p' "$work/time.log")
  if [ -z "$kb" ]; then
    cat "$work/time.log" >&2
    echo "$0: /usr/bin/time gave no peak memory" >&2
    exit 1
  fi
  echo "$kb"
}
load_kb=$(peak_kb "$stages" --load "$file")
check_kb=$(peak_kb "$coopline" check "$file")

python3 - "$file" "$work/times" "$load_kb" "$check_kb" <<'PY'
import os, statistics, sys

path, times = sys.argv[1], sys.argv[2]
load_kb, check_kb = int(sys.argv[3]), int(sys.argv[4])
size = os.path.getsize(path)
pairs = [tuple(map(float, line.split())) for line in open(times) if line.strip()]
ours = statistics.median(p[0] for p in pairs)
theirs = statistics.median(p[1] for p in pairs)
ratios = [a / b for a, b in pairs]
mb = size / 1e6
load, check = load_kb * 1024, check_kb * 1024
print(f"- file: `{os.path.basename(path)}`, {mb:.1f} MB, {len(pairs)} runs of each, alternating")
print(f"- coopline load (read + parse into records): median {ours:.3f} s, {mb / ours:.1f} MB/s")
print(f"- libyaml event parse: median {theirs:.3f} s, {mb / theirs:.1f} MB/s")
print(f"- ratio coopline/libyaml: median {statistics.median(ratios):.2f}x "
      f"(range {min(ratios):.2f}x-{max(ratios):.2f}x over the runs' pairs)")
print(f"- peak memory while reading (the load above, file and records): {load / 1e6:.0f} MB, "
      f"{load / size:.1f}x the file size (target: at most 6x; "
      f"{'met' if load <= 6 * size else 'NOT met'})")
print(f"- peak memory of `coopline check` (reading, then validation into the model "
      f"every command holds): {check / 1e6:.0f} MB, {check / size:.1f}x the file size")
PY
