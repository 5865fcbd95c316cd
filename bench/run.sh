#!/usr/bin/env bash
# Throughput and memory benchmark: builds in Release, generates the corpus if missing (bench/corpus/, git-ignored),
# measures (a) tokenizer, (b) recognition, (c) full pipeline into SQLite, and ends with one line of JSON.
# Usage: bench/run.sh [--size MB]   (default 50)
set -euo pipefail
cd "$(dirname "$0")"
size=50
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size="$2"; shift 2 ;;
    *) echo "usage: bench/run.sh [--size MB]" >&2; exit 2 ;;
  esac
done
dotnet publish Sitrep.Bench -c Release --use-current-runtime --nologo -v quiet -o ../out/bench >/dev/null
mkdir -p corpus
../out/bench/Sitrep.Bench run --size "$size" --corpus-dir "$PWD/corpus"
