#!/usr/bin/env bash
# Builds Sitrep, codes the seed corpus into sitrep.db and prints the events table.
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:-sitrep.db}
dotnet publish src/Sitrep.Cli -c Release --use-current-runtime --nologo -v quiet -o out/cli >/dev/null
./out/cli/sitrep run ../shared/corpus/seeds.docs.jsonl --store "$store"
./out/cli/sitrep events --store "$store"
