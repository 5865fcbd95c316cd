#!/usr/bin/env bash
# Installs Debian's chromium (for the web page's browser test) if it is missing. Debian packages only:
# no browser is downloaded from anywhere else. Needs root, as CI and the development machines have.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
command -v chromium
