#!/usr/bin/env bash
# Installs what the tests and quality gates need on a fresh machine: Debian's Chromium and a CJK font
# for browser tests, and the pinned npm tools. Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "setup: chromium is missing and cannot be installed without root" >&2
  fi
fi

if [ -f tests/tools/package.json ] && [ ! -d tests/tools/node_modules ]; then
  (cd tests/tools && npm ci --no-audit --no-fund --loglevel=error)
fi

dotnet restore Portal.sln --verbosity quiet
