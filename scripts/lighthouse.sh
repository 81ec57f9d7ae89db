#!/usr/bin/env bash
# Runs Lighthouse 12.2.3 (mobile) on the home page, a story, a task and the search page of a freshly built
# site served on 127.0.0.1, prints the four category scores per page, and fails below 95.
# The same test runs inside scripts/test.sh; this script runs only it and shows the scores.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet test Portal.sln -c Release --no-restore --filter "FullyQualifiedName~LighthouseTests" \
  --logger "console;verbosity=detailed" 2>&1 | tee /tmp/portal-lighthouse.log | grep -E "^lighthouse |Passed!|Failed!"
exit "${PIPESTATUS[0]}"
