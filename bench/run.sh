#!/usr/bin/env bash
# Throughput and memory benchmark: builds in Release, generates the corpus if missing (bench/corpus/, git-ignored),
# measures (a) tokenizer, (b) recognition, (c) full pipeline into SQLite, then the pipeline on real text (the seed
# articles of ../shared, copied with their numbers nudged), and ends with one line of JSON about (a)-(c).
# Usage: bench/run.sh [--size MB] [--runs N] [--native]   (default 50 MB and 3 runs: the stages measured in turn N times,
# each row its stage's median run; --native: the bench published natively, NativeAOT, so that stage (c) is `sitrep run`
# as scripts/publish-native.sh builds it: 3-5 minutes more to build)
set -euo pipefail
cd "$(dirname "$0")"
size=50
native=false
runs=()
usage() { echo "usage: bench/run.sh [--size MB] [--runs N] [--native]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --size) [ $# -ge 2 ] || usage; size="$2"; shift 2 ;;
    --runs) [ $# -ge 2 ] || usage; runs=(--runs "$2"); shift 2 ;;
    --native) native=true; shift ;;
    *) usage ;;
  esac
done
bench=../out/bench
if $native; then
  bench=../out/bench-native
  bash ../scripts/publish-native.sh bench/Sitrep.Bench out/bench-native >/dev/null
else
  dotnet publish Sitrep.Bench -c Release --use-current-runtime --nologo -v quiet -o "$bench" >/dev/null
fi
mkdir -p corpus
# The seed articles beside the repository (../shared), copied with their numbers nudged, give a row of real text.
real=()
[ -f ../../shared/corpus/seeds.docs.jsonl ] && real=(--real "$(cd ../../shared/corpus && pwd)/seeds.docs.jsonl")
"$bench"/Sitrep.Bench run --size "$size" --corpus-dir "$PWD/corpus" "${runs[@]}" "${real[@]}"
