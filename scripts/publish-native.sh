#!/usr/bin/env bash
# Publishes `sitrep` as one native executable (NativeAOT: no JIT, compiled whole ahead of time) into out/native, or
# another project into another folder (bench/run.sh --native publishes the bench so).
# Not the default build (scripts/seeds.sh's ReadyToRun + JIT): it takes 3-5 minutes on two cores (more on a busy
# machine), and the tests run under the JIT. A native run costs less CPU: bench/RESULTS.md, "Twenty-third round,
# source-generated JSON".
# Usage: scripts/publish-native.sh [PROJECT OUT]   (default src/Sitrep.Cli out/native; then out/native/sitrep ...)
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-src/Sitrep.Cli}; out=${2:-out/native}
# The native compiler links with the platform's C toolchain.
if ! command -v clang >/dev/null || ! command -v ld.lld >/dev/null; then
  sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq clang lld >/dev/null
fi
dotnet publish "$project" -c Release --use-current-runtime -p:PublishAot=true --nologo -v quiet -o "$out" >/dev/null
echo "$out"
