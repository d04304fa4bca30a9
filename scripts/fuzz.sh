#!/usr/bin/env bash
# Coverage-guided fuzzing of every input surface, on the stable toolchain:
# libFuzzer (compiled by the libfuzzer-sys crate, so a C++ compiler is needed)
# drives the targets of fuzz/fuzz_targets/ one after another, on one core.
#
#   scripts/fuzz.sh MINUTES [TARGET...]      every target (or those named) for its share of MINUTES
#   scripts/fuzz.sh --seconds N [TARGET...]  every target for N seconds
#   scripts/fuzz.sh --ci                     every target for 8 seconds (the CI run)
#   scripts/fuzz.sh --build                  only build the targets
#   scripts/fuzz.sh --keep-going ...         (first) go on fuzzing a target after a crash
#
# Targets: load csv_import ftm_import timeline storyline network export flags.
# Seeds are copied at run time from tests/fixtures, data and examples/csv (and
# fuzz/seeds for the flags and ftm_import targets) into a temporary corpus. A
# crash ends only its own target (unless --keep-going): its input is kept in
# fuzz/artifacts/TARGET/, the command that replays it is printed, and the
# script exits 1 at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

all=(load csv_import ftm_import timeline storyline network export flags)
usage() {
  awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "$0" >&2
  exit 2
}

per='' total='' build_only='' keep_going=''
if [ "${1:-}" = --keep-going ]; then
  keep_going=1
  shift
fi
case ${1:-} in
  --ci) per=8 && shift ;;
  --seconds) per=${2:-} && shift 2 && [[ $per =~ ^[1-9][0-9]*$ ]] || usage ;;
  --build) build_only=1 && shift ;;
  '' | -h | --help | *[!0-9]* | 0) usage ;;
  *) total=$(($1 * 60)) && shift ;;
esac
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
for t in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $t "* ]] || { echo "unknown target $t (targets: ${all[*]})" >&2; exit 2; }
done
if [ -n "$total" ]; then
  per=$((total / ${#targets[@]}))
  [ "$per" -gt 0 ] || per=1
fi

# Build once. Only our crates, the parsers and the report renderer are
# instrumented (scripts/fuzz-rustc.sh); fuzz/Cargo.toml turns on debug assertions
# and overflow checks. --target keeps build scripts and proc macros plain.
host=$(rustc -vV | sed -n 's/^host: //p')
echo "== building the fuzz targets"
started=$SECONDS
(
  cd fuzz
  RUSTC_WRAPPER="$root/scripts/fuzz-rustc.sh" RUSTFLAGS="--cfg fuzzing" \
    cargo build --release --locked --quiet --target "$host" --bins
)
echo "built in $((SECONDS - started)) s"
bin=fuzz/target/$host/release
[ -z "$build_only" ] || exit 0

work=$(mktemp -d "${TMPDIR:-/tmp}/coopline-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

# seed TARGET FILE...: copies files into the target's corpus, named by folder and file.
seed() {
  local t=$1 f
  shift
  mkdir -p "$work/$t"
  for f in "$@"; do
    cp "$f" "$work/$t/$(basename "$(dirname "$f")")-$(basename "$f")"
  done
}
# joined NAME FILE...: the files as one input, each after a `==> NAME <==` line.
joined() {
  local out=$work/joined/$1 f
  shift
  mkdir -p "$work/joined"
  for f in "$@"; do
    printf '==> %s <==\n' "$(basename "$f")"
    cat "$f"
  done >"$out"
  echo "$out"
}
# with_knobs TARGET FILE...: the files again, each followed by a NUL and option bytes.
with_knobs() {
  local t=$1 f k
  shift
  for f in "$@"; do
    k=0
    for knobs in '\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01' \
      '\x03\x02\xff\x07\x05\x01\x0b\x0d\x00\x11\x13\x17\x1d\x1f\x25\x29' \
      '\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\xf7\xf6\xf5\xf4\xf3\xf2\xf1\xf0'; do
      k=$((k + 1))
      { cat "$f" && printf '\0%b' "$knobs"; } >"$work/$t/knobs$k-$(basename "$f")"
    done
  done
}

# Every dataset for `load`; the valid ones that fit in 32 KiB for the views and
# exports, since anything refused stops at the check that `load` covers.
seed load tests/fixtures/*/*.yaml data/*.yaml "$(joined data data/*.yaml)" \
  "$(joined mixed tests/fixtures/bad/duplicate-id.yaml tests/fixtures/good/warnings.yaml)"
valid=()
for f in tests/fixtures/good/*.yaml data/*.yaml $(grep -l '^# expect: valid' tests/fixtures/hostile/*.yaml); do
  [ "$(wc -c <"$f")" -gt 32768 ] || valid+=("$f")
done
seed csv_import examples/csv/*.csv "$(joined sheets examples/csv/*.csv)"
for f in examples/csv/*.csv; do
  seed csv_import "$(joined "$(basename "$f")" "$f")"
done
for t in timeline storyline network export; do
  seed "$t" "${valid[@]}" "$(joined cases data/matrix.yaml data/legal-framework.yaml)"
  with_knobs "$t" "${valid[@]}"
done
seed flags fuzz/seeds/flags/*
seed ftm_import fuzz/seeds/ftm/* "$(joined entities fuzz/seeds/ftm/foreign.ftm fuzz/seeds/ftm/warnings.ftm)"

declare -A max_len=([load]=131072 [csv_import]=32768 [ftm_import]=65536 [timeline]=32768
  [storyline]=32768 [network]=32768 [export]=32768 [flags]=4096)
declare -A dict=([load]=yaml [csv_import]=csv [ftm_import]=ftm [timeline]=yaml [storyline]=yaml
  [network]=yaml [export]=yaml)

echo "== fuzzing ${#targets[@]} target(s), $per s each"
crashed=()
summary=()
for t in "${targets[@]}"; do
  mkdir -p "fuzz/artifacts/$t"
  args=(-max_len="${max_len[$t]}" -timeout=30 -rss_limit_mb=2048 -max_total_time="$per"
    -print_final_stats=1 -artifact_prefix="fuzz/artifacts/$t/")
  [ -z "${dict[$t]:-}" ] || args+=(-dict="fuzz/dict/${dict[$t]}.dict")
  # A child process per batch of inputs, so that a crash does not end the run.
  [ -z "$keep_going" ] || args+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  log=$work/$t.log
  rc=0
  RUST_BACKTRACE=1 "$bin/$t" "${args[@]}" "$work/$t" >"$log" 2>&1 || rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  if [ -n "$keep_going" ]; then
    # The forking parent prints no final stats: its last status line counts.
    runs=$(sed -n 's/^#\([0-9]*\): cov:.*/\1/p' "$log" | tail -n 1)
    [ -z "$runs" ] || rate=$((runs / per))
  fi
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  line=$(printf '%-10s %10s runs %7s/s  coverage %6s  corpus %5s' "$t" "${runs:-?}" "${rate:-?}" \
    "${cov:-?}" "$(find "$work/$t" -type f | wc -l)")
  if [ "$rc" -eq 0 ]; then
    summary+=("$line  no crash")
    echo "$line  no crash"
    continue
  fi
  crashed+=("$t")
  summary+=("$line  CRASH")
  echo "$line  CRASH (exit $rc)"
  if [ -n "$keep_going" ]; then
    # One line per kind of failure (numbers blurred), with an input showing it.
    echo "$(find "fuzz/artifacts/$t" -type f | wc -l) input(s) kept in fuzz/artifacts/$t/; the failures:"
    find "fuzz/artifacts/$t" -type f | sort | head -n 200 | while read -r a; do
      why=$(timeout 60 "$bin/$t" "$a" 2>&1 |
        sed -n '/panicked at/{N;s/\n/ /p;q};/ERROR: libFuzzer: \(timeout\|out-of-memory\)/{p;q}' || true)
      printf '%s\t%s\n' "${why:-no longer fails}" "$a"
    done | awk -F'\t' '{k = $1; sub(/^thread .* panicked at /, "", k)
      gsub(/\\u[{][0-9a-f]+[}]/, "\\u{X}", k); gsub(/[0-9]+/, "N", k)
      n[k]++; if (!(k in ex)) ex[k] = $2}
      END {for (k in n) printf "  %5d x %s\n          e.g. %s\n", n[k], k, ex[k]}'
    echo "replay one with: RUST_BACKTRACE=1 $bin/$t INPUT"
    continue
  fi
  # The report: from the panic or libFuzzer's error to the input written.
  sed -n '/panicked at\|==[0-9]*== ERROR\|ALARM: working on the last Unit/,/Test unit written/p' "$log" |
    head -n 80
  artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
  if [ -n "$artifact" ]; then
    echo "input kept in $artifact; replay it with"
    echo "  scripts/fuzz.sh --build && RUST_BACKTRACE=1 $bin/$t $artifact"
  else
    tail -n 40 "$log"
  fi
done

echo "== summary ($per s per target)"
printf '%s\n' "${summary[@]}"
if [ ${#crashed[@]} -gt 0 ]; then
  echo "crashed: ${crashed[*]}"
  exit 1
fi
