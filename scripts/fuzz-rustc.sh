#!/usr/bin/env bash
# rustc wrapper for the fuzz build (scripts/fuzz.sh sets it as RUSTC_WRAPPER):
# adds libFuzzer's coverage instrumentation to the crates worth exploring (ours,
# the YAML and CSV parsers, the report renderer) and to the fuzz targets, and
# compiles every other crate plainly, which keeps the build short. After editing
# the list, remove fuzz/target: cargo does not see what this script adds.
set -euo pipefail
rustc=$1
shift
instrument=" coopline coopline_fuzz serde_saphyr granit_parser csv_core miette "
name='' type='' prev=''
for arg in "$@"; do
  case $prev in
    --crate-name) name=$arg ;;
    --crate-type) type=$arg ;;
  esac
  prev=$arg
done
if [ "$name" != build_script_build ] &&
  { [ "$type" = bin ] || [[ $instrument == *" $name "* ]]; }; then
  exec "$rustc" "$@" \
    -Cpasses=sancov-module \
    -Cllvm-args=-sanitizer-coverage-level=4 \
    -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
    -Cllvm-args=-sanitizer-coverage-pc-table \
    -Cllvm-args=-sanitizer-coverage-trace-compares
fi
exec "$rustc" "$@"
