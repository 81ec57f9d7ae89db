#!/usr/bin/env bash
# Usage: bash scripts/accept-snapshots.sh [FOLDER]
# Accepts the HTML snapshots the tests left for review: renames every NAME.received.html under FOLDER (default:
# the repository's tests/) to NAME.verified.html, replacing the old snapshot, and lists each. A snapshot test never
# writes a .verified.html itself (tests/Portal.Tests/Infrastructure/HtmlSnapshot.cs): a missing or changed snapshot
# fails and leaves the .received.html beside it; review those (git diff after this script shows the change), then commit.
set -euo pipefail
# FOLDER is taken relative to the current folder; without it the script works from the repository root.
if [ $# -eq 0 ]; then
  cd "$(dirname "$0")/.."
  folder=tests
else
  folder=$1
fi
[ -d "$folder" ] || { echo "accept-snapshots: no folder $folder" >&2; exit 2; }

count=0
while IFS= read -r -d '' received; do
  verified=${received%.received.html}.verified.html
  mv -f -- "$received" "$verified"
  echo "accepted $verified"
  count=$((count + 1))
done < <(find "$folder" -name '*.received.html' -not -path '*/bin/*' -not -path '*/obj/*' -print0 | sort -z)

if [ "$count" -eq 0 ]; then
  echo "accept-snapshots: no .received.html files under $folder, nothing to accept"
else
  echo "accept-snapshots: $count snapshot(s) accepted; review with git diff, then commit"
fi
