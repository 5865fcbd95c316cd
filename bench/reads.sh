#!/usr/bin/env bash
# Benchmark, not a test: what reading a large store back costs. Codes the generated bench corpus of SIZE MB (default 50;
# bench/run.sh's corpus when it is there, else generated) into bench/corpus/reads-<SIZE>mb.db once (delete that file to
# code it afresh), brings the ledger's clusters up to date, then runs every command that reads a store over it and
# prints a Markdown table: wall seconds, CPU seconds (user + system) and peak memory (GNU time's maximum resident set)
# of each, and how much it printed. Usage: bash bench/reads.sh [SIZE]
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-50}
[[ $size =~ ^[0-9]+$ ]] || { echo "usage: bash bench/reads.sh [SIZE_MB]" >&2; exit 2; }
if [ ! -x /usr/bin/time ]; then
  [ "$(id -u)" -eq 0 ] || { echo "reads.sh: GNU time is not installed (apt-get install time)" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >&2
fi
dotnet publish src/Sitrep.Cli -c Release --use-current-runtime --nologo -v quiet -o out/cli >/dev/null
sitrep=./out/cli/sitrep
mkdir -p bench/corpus
corpus=$(ls -t bench/corpus/fr-v*-"${size}"mb-seed20161206.jsonl 2>/dev/null | head -n 1 || true)
if [ -z "$corpus" ]; then
  dotnet publish bench/Sitrep.Bench -c Release --use-current-runtime --nologo -v quiet -o out/bench >/dev/null
  corpus=bench/corpus/fr-reads-"${size}"mb-seed20161206.jsonl
  ./out/bench/Sitrep.Bench generate --size "$size" --out "$corpus" >&2
fi
store=bench/corpus/reads-"${size}"mb.db
if [ ! -f "$store" ]; then
  echo "coding $corpus into $store (once)..." >&2
  "$sitrep" run "$corpus" --store "$store" >/dev/null
fi
"$sitrep" ledger --json --store "$store" >/dev/null
one_doc=$(head -n 1 "$corpus" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
gold=../shared/gold/seeds.jsonl
out=$(mktemp); trap 'rm -f "$out" "$out.time"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "store: $store, $(du -mL "$store" | cut -f1) MB, commit $(git rev-parse --short HEAD)"
echo
echo "| command | wall s | CPU s | peak MB | printed MB |"
echo "|---|---:|---:|---:|---:|"
measure() {
  /usr/bin/time -f "%e %U %S %M" -o "$out.time" "$sitrep" "$@" --store "$store" >"$out" 2>/dev/null
  read -r wall user sys kb <"$out.time"
  awk -v c="$*" -v w="$wall" -v u="$user" -v s="$sys" -v k="$kb" -v b="$(stat -c %s "$out")" \
      'BEGIN {printf "| `%s` | %.1f | %.1f | %d | %.1f |\n", c, w, u + s, k / 1024, b / 1e6}'
}
measure events
measure events --doc "$one_doc"
measure claims
measure labels
measure framing
measure ledger
measure ledger --json
measure ledger --min-sources 2
for format in csv jsonl geojson; do measure export --format "$format"; done
[ -f "$gold" ] && measure eval --gold "$gold"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
