#!/usr/bin/env bash
# Hostile-input benchmark, not a test: builds bench/Sitrep.Bench in Release and prints, for each pathological input
# (bench/Sitrep.Bench/Hostile/HostileCases.cs), the CPU seconds per megabyte of every stage as a Markdown table,
# flagging any over 1 s/MB, then one line of JSON. See bench/HOSTILE.md.
# Usage: bash bench/hostile.sh [--budget SECONDS] [--only NAME,NAME…]
# (budget: the CPU seconds one stage may take at one size, default 60; --only: inputs named as in the table)
set -euo pipefail
cd "$(dirname "$0")"
dotnet publish Sitrep.Bench -c Release --use-current-runtime --nologo -v quiet -o ../out/bench >/dev/null
../out/bench/Sitrep.Bench hostile "$@"
