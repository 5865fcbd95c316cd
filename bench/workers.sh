#!/usr/bin/env bash
# Benchmark, not a test: codes N synthetic French reports (default 20,000, bench/synthetic-corpus.awk) with 1, 2
# and 4 `sitrep worker` processes against a throwaway PostgreSQL (scripts/postgres.sh), each run on a fresh
# database, and prints a Markdown table: the time `sitrep ingest` took to queue them, wall time from the workers'
# start to the last one's exit (resource loading included), documents per second, the database's share of the
# workers' time (their store calls: claim, commit, idle checks), and the CPU seconds the workers and the server
# used while they coded. Usage: bash bench/workers.sh [N] [WORKER_COUNTS...] (SITREP_BENCH_CORPUS=FILE.jsonl
# codes that corpus instead of the synthetic one).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}; shift || true
counts=("$@"); [ $# -gt 0 ] || counts=(1 2 4)
dotnet publish src/Sitrep.Cli -c Release --use-current-runtime --nologo -v quiet -o out/cli >/dev/null
url=$(bash scripts/postgres.sh start)
trap 'bash scripts/postgres.sh stop' EXIT
mkdir -p bench/corpus
corpus=${SITREP_BENCH_CORPUS:-bench/corpus/synthetic-$n.jsonl}
[ -n "${SITREP_BENCH_CORPUS:-}" ] || awk -v n="$n" -f bench/synthetic-corpus.awk >"$corpus"
# The CPU seconds of this shell's finished children, from what `times` wrote (its second line: user, then system).
# `times` itself runs in this shell: in a command substitution it would count the subshell's children.
children_cpu() { tail -n 1 "$1" | awk '{for (i = 1; i <= 2; i++) {split($i, t, "m"); s += t[1] * 60 + t[2]} printf "%.2f", s}'; }
logs=$(mktemp -d)

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| workers | ingest s | documents coded | failed | seconds | documents/s | database share | workers' CPU s | server CPU s |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for w in "${counts[@]}"; do
  db=sitrep_bench_$w
  PGOPTIONS=--client-min-messages=warning psql "$url" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  store=${url%/*}/$db
  ingest_start=$(date +%s.%N)
  ./out/cli/sitrep ingest "$corpus" --store "$store" 2>/dev/null
  times >"$logs/before"; start=$(date +%s.%N); server_before=$(bash scripts/postgres.sh cpu)
  for i in $(seq "$w"); do
    ./out/cli/sitrep worker --store "$store" --exit-when-idle --batch 32 2>"$logs/$w-$i.log" &
  done
  wait
  end=$(date +%s.%N); times >"$logs/after"
  cpu=$(awk -v a="$(children_cpu "$logs/before")" -v b="$(children_cpu "$logs/after")" 'BEGIN {printf "%.1f", b - a}')
  server=$(awk -v a="$server_before" -v b="$(bash scripts/postgres.sh cpu)" 'BEGIN {printf "%.1f", b - a}')
  coded=$(psql "$store" -tAc "SELECT count(*) FROM documents")
  failed=$(psql "$store" -tAc "SELECT count(*) FROM queue WHERE status = 'failed'")
  # Each worker ends with "... in T s (database P % of the time, D s)": sum D over sum T.
  share=$(cat "$logs/$w"-*.log | sed -n 's/.* in \([0-9.]*\) s (database .* of the time, \([0-9.]*\) s).*/\1 \2/p' \
          | awk '{t += $1; d += $2} END {printf "%.1f %%", t ? 100 * d / t : 0}')
  awk -v w="$w" -v i="$ingest_start" -v c="$coded" -v f="$failed" -v s="$start" -v e="$end" -v share="$share" \
      -v cpu="$cpu" -v server="$server" \
      'BEGIN {printf "| %d | %.1f | %d | %d | %.1f | %.1f | %s | %s | %s |\n", w, s - i, c, f, e - s, c / (e - s), share, cpu, server}'
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
