#!/usr/bin/env bash
# Installs what the tests and quality gates need on a fresh machine: a Chromium for the browser tests, a CJK font,
# Java for the W3C HTML checker, Python for the editors' package test, LibreOffice and pdftotext for the dispatch
# report test, rsync and sshd for the own-server deploy test, and the pinned npm tools. Safe to run again:
# it skips what is already there.
#
# The browser is $PORTAL_CHROMIUM when set, else /usr/bin/chromium. Debian packages Chromium (this project's
# machines, and the Debian 12 container the workflow's test job runs in) and apt-get installs it here. Ubuntu ships
# Chromium only as a snap, which Playwright cannot drive reliably, so on any other system this script installs no
# browser: set PORTAL_CHROMIUM to a Chrome or Chromium binary (scripts/test.sh takes Google Chrome when it finds
# one). docs/ci-runners.md says what was checked where.
set -euo pipefail
cd "$(dirname "$0")/.."

os_id=$( (. /etc/os-release 2>/dev/null && echo "${ID:-}") || true)

as_root() {
  if [ "$(id -u)" = "0" ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -n "$@"
  else
    return 1
  fi
}

missing=()
if [ -n "${PORTAL_CHROMIUM:-}" ]; then
  [ -x "$PORTAL_CHROMIUM" ] || echo "setup: PORTAL_CHROMIUM=$PORTAL_CHROMIUM is not an executable file" >&2
elif [ ! -x /usr/bin/chromium ]; then
  if [ "$os_id" = "debian" ]; then
    missing+=(chromium)
  else
    echo "setup: no /usr/bin/chromium and this is not Debian ($os_id): not installing a browser; set PORTAL_CHROMIUM (docs/ci-runners.md)" >&2
  fi
fi
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v python3 >/dev/null 2>&1 || missing+=(python3)

if [ "${#missing[@]}" -gt 0 ]; then
  # The same package names on Debian and Ubuntu (chromium only reaches this list on Debian).
  if ! { command -v apt-get >/dev/null 2>&1 \
    && as_root apt-get update -qq \
    && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
    echo "setup: could not install ${missing[*]} (needs apt-get and root or sudo)" >&2
  fi
fi

# LibreOffice without its desktop parts (soffice) and poppler's pdftotext: the dispatch-report test opens the generated
# .xlsx and .docx as an office PC would and reads the PDF text (Reports/DispatchReportTests). Without recommends: only
# what converting to PDF needs.
office=()
command -v soffice >/dev/null 2>&1 || office+=(libreoffice-writer-nogui libreoffice-calc-nogui)
command -v pdftotext >/dev/null 2>&1 || office+=(poppler-utils)
if [ "${#office[@]}" -gt 0 ]; then
  if ! { command -v apt-get >/dev/null 2>&1 \
    && { [ "${#missing[@]}" -gt 0 ] || as_root apt-get update -qq; } \
    && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${office[@]}" >/dev/null; }; then
    echo "setup: could not install ${office[*]} (needs apt-get and root or sudo)" >&2
  fi
fi

# rsync and OpenSSH's server: the own-server deploy test (Quality/OwnServerDeployTests) runs
# scripts/deploy-own-server.sh against an sshd on 127.0.0.1 through a key restricted with rrsync, which the rsync
# package ships as /usr/bin/rrsync.
ssh_tools=()
command -v rsync >/dev/null 2>&1 && [ -x /usr/bin/rrsync ] || ssh_tools+=(rsync)
[ -x /usr/sbin/sshd ] || ssh_tools+=(openssh-server)
command -v ssh-keygen >/dev/null 2>&1 || ssh_tools+=(openssh-client)
if [ "${#ssh_tools[@]}" -gt 0 ]; then
  if ! { command -v apt-get >/dev/null 2>&1 \
    && as_root apt-get update -qq \
    && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${ssh_tools[@]}" >/dev/null; }; then
    echo "setup: could not install ${ssh_tools[*]} (needs apt-get and root or sudo)" >&2
  fi
fi

if [ -f tests/tools/package.json ] && [ ! -d tests/tools/node_modules ]; then
  (cd tests/tools && npm ci --no-audit --no-fund --loglevel=error)
fi

dotnet restore Portal.sln --verbosity quiet
