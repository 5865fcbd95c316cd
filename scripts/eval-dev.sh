#!/usr/bin/env bash
# Codes the development sets and prints `sitrep eval` for each: the seeds (always) and the second set
# (when built on this machine as ../shared/dev2/README.md says, in ~/sitrep-dev2). Extra args go to eval.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet publish src/Sitrep.Cli -c Release --use-current-runtime --nologo -v quiet -o out/cli >/dev/null
tmp=$(mktemp -d)
run() {
  ./out/cli/sitrep run "$1" --store "$tmp/$3.db" >/dev/null 2>&1 || true
  echo "== $3"
  ./out/cli/sitrep eval --gold "$2" --store "$tmp/$3.db" "${@:4}"
}
run ../shared/corpus/seeds.docs.jsonl ../shared/gold/seeds.jsonl seeds "$@"
if [ -f "$HOME/sitrep-dev2/docs.jsonl" ]; then run "$HOME/sitrep-dev2/docs.jsonl" "$HOME/sitrep-dev2/gold.jsonl" dev2 "$@"; fi
echo "stores kept in $tmp"
