#!/usr/bin/env bash
# Runs every test and ends with the plain count "N passed, N failed" read from the test results.
set -uo pipefail
cd "$(dirname "$0")/.."
results=$(mktemp -d)
# The web page's browser test needs Debian's chromium; CI installs it rather than skipping the test.
if [ "${CI:-}" = true ]; then bash scripts/chromium.sh; fi
# The PostgreSQL tests run against a throwaway server on 127.0.0.1, stopped when the tests end.
export SITREP_TEST_POSTGRES; SITREP_TEST_POSTGRES=$(bash scripts/postgres.sh start) || echo "PostgreSQL did not start" >&2
trap 'bash scripts/postgres.sh stop' EXIT
dotnet test Sitrep.sln -c Release --logger "trx;LogFileName=results.trx" --results-directory "$results" 2>&1 | grep -v '^\s*$'
status=${PIPESTATUS[0]}
passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
echo "$passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
