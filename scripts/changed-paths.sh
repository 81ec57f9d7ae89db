#!/usr/bin/env bash
# Usage: scripts/changed-paths.sh BASE [HEAD]
# Prints "content" when every file that differs between the trees of BASE and HEAD (default HEAD) is editors'
# content under content/, and "code" otherwise. The workflow uses it to choose its path: "content" is checked,
# built, link-checked and deployed without the browser test suite; "code" runs everything.
#
# Anything uncertain is "code": an empty BASE, the all-zero SHA GitHub sends for a new branch, a commit that is not
# in the clone (a force push, a shallow checkout), or git failing. A tree diff (not a merge-base diff) is used on
# purpose: what matters is whether the code about to be deployed differs from the code at BASE, which the workflow
# takes from the last successful run, so a force push that removes code is a code change too. An empty diff (a
# re-run) changes no code: "content".
#
# Two folders under content/ are read by the tests as code: content/.schemas/ and content/README.md are written from
# the field definitions and compared with them (tests/Portal.Tests/Schema/), so a change there is "code".
set -uo pipefail

base=${1:-}
head=${2:-HEAD}

code() {
  echo code
  exit 0
}

[ -n "$base" ] || code
[[ "$base" =~ ^0+$ ]] && code
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || code
git cat-file -e "$base^{commit}" 2>/dev/null || code
git cat-file -e "$head^{commit}" 2>/dev/null || code

# -z: names exactly as stored (no quoting of non-ASCII names); --no-renames: a move out of content/ shows both paths.
files=$(git diff --name-only --no-renames -z "$base" "$head" | tr '\0' '\n') || code

while IFS= read -r file; do
  [ -n "$file" ] || continue
  case "$file" in
    content/.schemas/* | content/README.md) code ;;
    content/*) ;;
    *) code ;;
  esac
done <<<"$files"
echo content
