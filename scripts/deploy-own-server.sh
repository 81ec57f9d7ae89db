#!/usr/bin/env bash
# Publishes a built site to the department's own server, atomically, with rsync alone (so that a deploy key restricted
# with `rrsync -absolute DEPLOY_PATH` in authorized_keys works: no shell command is ever run on the server).
#
# Usage:
#   scripts/deploy-own-server.sh check                    # only the DEPLOY_* guard: what the workflow's preflight runs
#   scripts/deploy-own-server.sh release SITE_DIR COMMIT  # publish SITE_DIR as a new release and switch `current` to it
#   scripts/deploy-own-server.sh rollback [RELEASE|COMMIT] # switch `current` back (default: the release before it)
#   scripts/deploy-own-server.sh list                     # the complete releases, oldest first; `*` marks current
#   scripts/deploy-own-server.sh preview SITE_DIR PR      # publish a pull request's preview at preview/pr-PR
#   scripts/deploy-own-server.sh preview-remove PR        # remove that preview
#
# Layout under DEPLOY_PATH (the web server serves DEPLOY_PATH/current, docs/hosting.md):
#   releases/<UTC time>-<commit>/        one complete site per deploy; unchanged files are hard links to the
#                                        previous release (--link-dest), so they cost no transfer and no space
#   releases/<UTC time>-<commit>.immutable
#                                        the release's own content-hashed files; written after the upload, so it also
#                                        marks the release complete (only complete releases are switched to or kept)
#   current -> releases/<UTC time>-<commit>
#                                        switched in one rename: rsync writes the new link under a temporary name
#                                        and renames it over the old one, so a reader sees the old or the new site
#   preview/pr-N -> .releases/pr-N-<UTC time>   the same for each pull request's preview (preview/.releases/)
#
# A reader who loaded a page just before the switch asks for its content-hashed files (assets/, search/index-*/)
# just after: the new release therefore also carries the previous release's own hashed files (downloaded from the
# server and hard-linked there again by --link-dest), one release deep.
#
# Environment:
#   DEPLOY_HOST, DEPLOY_USER  the server and the deploy account
#   DEPLOY_PATH               absolute path of the deploy root; refused when empty, relative, `/`, a home directory or
#                             anything but plain path characters, before anything is transferred
#   DEPLOY_SSH                the remote shell for rsync -e, e.g. "ssh -i ~/.ssh/deploy_key -o BatchMode=yes"
#                             (default: ssh -o BatchMode=yes)
#   DEPLOY_KEEP               complete releases kept (default 5, at least 2); older ones are deleted after a switch
#   DEPLOY_BWLIMIT            optional rsync --bwlimit (KiB/s) for a shared uplink
set -euo pipefail
# A failing listing inside $(...) must stop the deploy too, not read as an empty folder.
shopt -s inherit_errexit

die() {
  echo "deploy: $*" >&2
  exit 1
}

# The guard: every rsync below deletes under DEPLOY_PATH, so a wrong path must never reach one.
check_path() {
  local path=${DEPLOY_PATH:-}
  [ -n "$path" ] || die "DEPLOY_PATH 为空 / DEPLOY_PATH is empty: set it to the absolute deploy root, e.g. /srv/www/sanzhua"
  [[ "$path" =~ ^/+$ ]] && die "DEPLOY_PATH 不能是 / / DEPLOY_PATH must not be /: it would put releases/ and current in the server's root"
  path=${path%/}
  case "$path" in
    /*) ;;
    *) die "DEPLOY_PATH 必须是绝对路径 / DEPLOY_PATH must be absolute: '$DEPLOY_PATH'" ;;
  esac
  [[ "$path" =~ ^/[A-Za-z0-9._/-]+$ ]] \
    || die "DEPLOY_PATH 只能含字母、数字和 ._/- / DEPLOY_PATH may contain only letters, digits and ._/-: '$DEPLOY_PATH'"
  [[ "$path" =~ (^|/)\.\.?(/|$) ]] && die "DEPLOY_PATH 不能含 . 或 .. / DEPLOY_PATH must not contain . or ..: '$DEPLOY_PATH'"
  [[ "$path" == *//* ]] && die "DEPLOY_PATH 不能含 // / DEPLOY_PATH must not contain //: '$DEPLOY_PATH'"
  case "$path" in
    / | /root | /home | /home/* | /Users | /Users/*)
      # /home/x/site is fine; /home/x itself is a home directory.
      if [[ "$path" =~ ^/(home|Users)/[^/]+/.+ ]]; then :; else
        die "DEPLOY_PATH 不能是 / 或主目录 / DEPLOY_PATH must not be / or a home directory: '$DEPLOY_PATH'"
      fi
      ;;
  esac
  [ -n "${DEPLOY_HOST:-}" ] || die "DEPLOY_HOST 为空 / DEPLOY_HOST is empty"
  [ -n "${DEPLOY_USER:-}" ] || die "DEPLOY_USER 为空 / DEPLOY_USER is empty"
  [[ "$DEPLOY_HOST" =~ ^[A-Za-z0-9.:_-]+$ ]] || die "DEPLOY_HOST is not a host name: '$DEPLOY_HOST'"
  [[ "$DEPLOY_USER" =~ ^[A-Za-z0-9._-]+$ ]] || die "DEPLOY_USER is not a user name: '$DEPLOY_USER'"
  root=$path
}

remote() { echo "$DEPLOY_USER@$DEPLOY_HOST:$root/$1"; }

# rrsync lets one transfer at a time into its folder and answers a second one (or a missing path) with an error;
# every call is therefore retried a few times, and every path listed below is one known to exist.
rsync_remote() {
  local limit=() attempt
  [ -n "${DEPLOY_BWLIMIT:-}" ] && limit=(--bwlimit="$DEPLOY_BWLIMIT")
  for attempt in 1 2 3 4; do
    rsync -e "${DEPLOY_SSH:-ssh -o BatchMode=yes}" "${limit[@]}" "$@" && return 0
    [ "$attempt" -lt 4 ] && sleep $((attempt * 2))
  done
  return 1
}

# The entries of a remote folder (one level) as "type name [target]", type d, - or l. A folder that does not exist
# yet (first deploy) lists nothing: its parent's listing says so; any other failure stops the deploy. Callers keep
# the result in a variable (a plain assignment), so that a failure stops them as well.
list_folder() {
  local dir=$1 parent listing
  if [ -n "$dir" ]; then
    parent=$(list_folder "$(dirname_of "$dir")")
    grep -qxF -- "d $(basename "$dir")" <<<"$parent" || return 0
  fi
  listing=$(rsync_remote --list-only -l --dirs "$(remote "${dir:+$dir/}")") || die "cannot list $root/$dir on $DEPLOY_HOST"
  # drwxr-xr-x   4,096 2026/12/07 04:00:00 name   or   lrwxrwxrwx   20 2026/12/07 04:00:00 current -> releases/x
  # (the names this script makes have no spaces)
  awk '$5!="." && (NF==5 || (NF==7 && $6=="->")) { t=substr($1,1,1); if (NF==7) print t, $5, $7; else print t, $5 }' \
    <<<"$listing"
}

dirname_of() {
  case "$1" in */*) echo "${1%/*}" ;; *) echo "" ;; esac
}

# From a listing on stdin: the names of the entries of type $1 (d folder, - file, l link).
names_of_type() {
  awk -v t="$1" '$1==t { print $2 }'
}

# From a listing on stdin: the target of the link named $1, or nothing.
target_of() {
  awk -v n="$1" '$1=="l" && $2==n { print $3 }'
}

# From a releases/ listing on stdin: the complete releases (those with their .immutable list), oldest first.
complete_of() {
  names_of_type - | sed -n 's/\.immutable$//p' | LC_ALL=C sort
}

# Points the remote link PATH (relative to root) at TARGET in one rename.
switch_link() {
  local path=$1 target=$2 work
  work=$(mktemp -d)
  ln -s "$target" "$work/$(basename "$path")"
  local parent
  parent=$(dirname "$path")
  [ "$parent" = . ] && parent="" || parent="$parent/"
  rsync_remote -l --mkpath "$work/$(basename "$path")" "$DEPLOY_USER@$DEPLOY_HOST:$root/$parent"
  rm -rf "$work"
}

# Deletes the named entries (folders with everything in them, or files) of a remote folder: an empty folder is synced
# onto it with --delete, and the filter limits the deletion to exactly those names.
delete_remote() {
  local dir=$1
  shift
  [ "$#" -gt 0 ] || return 0
  local filters=() name empty
  for name in "$@"; do
    [[ "$name" =~ ^[A-Za-z0-9._-]+$ ]] || die "refusing to delete an unexpected name: '$name'"
    filters+=(--include="/$name" --include="/$name/***")
  done
  empty=$(mktemp -d)
  rsync_remote -r --delete "${filters[@]}" --exclude='*' "$empty/" "$(remote "$dir")/"
  rm -rf "$empty"
}

release() {
  local site=$1 commit=$2
  [ -d "$site" ] && [ -f "$site/index.html" ] || die "not a built site: $site"
  [[ "$commit" =~ ^[0-9a-f]{7,40}$ ]] || die "not a commit: $commit"
  local name
  name="$(date -u +%Y%m%dT%H%M%SZ)-$commit"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT

  local top releases previous complete
  top=$(list_folder "")
  releases=$(list_folder releases)
  complete=$(complete_of <<<"$releases")
  previous=$(target_of current <<<"$top")
  previous=${previous#releases/}
  # The previous release is used only when it is a complete one of ours.
  if [ -n "$previous" ] && ! grep -qxF -- "$previous" <<<"$complete"; then
    echo "deploy: current points at '$previous', which is not a complete release: no carry-over" >&2
    previous=""
  fi

  # The new release: the site, plus the previous release's own hashed files it does not have.
  mkdir -p "$work/release"
  cp -a "$site/." "$work/release/"
  (cd "$site" && find assets search -type f 2>/dev/null | grep -E '^(assets/|search/index-[0-9a-f]+/)' | LC_ALL=C sort) \
    >"$work/$name.immutable" || true
  local basis=()
  if [ -n "$previous" ]; then
    rsync_remote -q "$(remote "releases/$previous.immutable")" "$work/previous.immutable"
    if [ -s "$work/previous.immutable" ]; then
      rsync_remote -a --files-from="$work/previous.immutable" "$(remote "releases/$previous")/" "$work/carry/"
      # Not cp -n: coreutils 9.2-9.4 (Ubuntu 24.04) make it fail on every skipped file, and every carried file is skipped.
      rsync -a --ignore-existing "$work/carry/" "$work/release/"
    fi
    # Hard links to unchanged files: the first form is the path a plain account sees, the second the one rrsync
    # resolves from its restricted root (each is a missing, harmless basis for the other).
    basis=(--link-dest="$root/releases/$previous" --link-dest="releases/$previous")
  fi

  echo "Uploading release $name (previous: ${previous:-none})"
  # --checksum: a rebuilt file can keep its size and modification second; a hard link to the old one would be wrong.
  rsync_remote -a --checksum --delete --mkpath "${basis[@]}" "$work/release/" "$(remote "releases/$name")/"
  rsync_remote -a "$work/$name.immutable" "$(remote releases)/"
  switch_link current "releases/$name"
  echo "current -> releases/$name"
  prune "$name"
}

# Keeps the newest DEPLOY_KEEP complete releases and the current one; deletes the rest, incomplete uploads too.
prune() {
  local keep=${DEPLOY_KEEP:-5} current=$1
  [[ "$keep" =~ ^[0-9]+$ ]] && [ "$keep" -ge 2 ] || die "DEPLOY_KEEP must be a number of at least 2: '$keep'"
  local releases kept folders files doomed=() name
  releases=$(list_folder releases)
  kept=$(complete_of <<<"$releases" | tail -n "$keep")
  grep -qxF -- "$current" <<<"$kept" || die "the new release $current is missing from the server's listing"
  folders=$(names_of_type d <<<"$releases")
  files=$(names_of_type - <<<"$releases" | sed -n 's/\.immutable$//p')
  while IFS= read -r name; do
    [ -n "$name" ] || continue
    grep -qxF -- "$name" <<<"$kept" || doomed+=("$name")
  done <<<"$folders"
  while IFS= read -r name; do
    [ -n "$name" ] || continue
    grep -qxF -- "$name" <<<"$kept" || doomed+=("$name.immutable")
  done <<<"$files"
  if [ "${#doomed[@]}" -gt 0 ]; then
    echo "Removing old releases: ${doomed[*]}"
    delete_remote releases "${doomed[@]}"
  fi
}

rollback() {
  local wanted=${1:-} top releases current target=""
  top=$(list_folder "")
  releases=$(list_folder releases)
  releases=$(complete_of <<<"$releases")
  current=$(target_of current <<<"$top")
  current=${current#releases/}
  if [ -n "$wanted" ]; then
    target=$(grep -xE -- "(.*-)?$wanted|[0-9TZ]+-$wanted[0-9a-f]*" <<<"$releases" | tail -n 1 || true)
    [ -n "$target" ] || die "no complete release named $wanted (see: scripts/deploy-own-server.sh list)"
  else
    target=$(grep -B1 -xF -- "$current" <<<"$releases" | head -n 1 || true)
    [ -n "$target" ] && [ "$target" != "$current" ] || die "no release before $current to roll back to"
  fi
  switch_link current "releases/$target"
  echo "current -> releases/$target (was ${current:-nothing})"
}

list() {
  local top releases current name
  top=$(list_folder "")
  releases=$(list_folder releases)
  releases=$(complete_of <<<"$releases")
  current=$(target_of current <<<"$top")
  current=${current#releases/}
  [ -n "$releases" ] || return 0
  while IFS= read -r name; do
    if [ "$name" = "$current" ]; then echo "* $name"; else echo "  $name"; fi
  done <<<"$releases"
}

check_pr() {
  [[ "$1" =~ ^[0-9]+$ ]] || die "unexpected pull request number: '$1'"
}

preview() {
  local site=$1 pr=$2
  check_pr "$pr"
  [ -d "$site" ] && [ -f "$site/index.html" ] || die "not a built site: $site"
  local name old
  name="pr-$pr-$(date -u +%Y%m%dT%H%M%SZ)"
  old=$(list_folder preview/.releases)
  old=$(names_of_type d <<<"$old" | grep -E "^pr-$pr-" || true)
  rsync_remote -a --delete --mkpath "$site/" "$(remote "preview/.releases/$name")/"
  switch_link "preview/pr-$pr" ".releases/$name"
  # shellcheck disable=SC2086 # one name per line, each checked by delete_remote
  delete_remote preview/.releases $(grep -vxF -- "$name" <<<"$old" || true)
  echo "preview/pr-$pr -> .releases/$name"
}

preview_remove() {
  local pr=$1
  check_pr "$pr"
  local names
  names=$(list_folder preview/.releases)
  names=$(names_of_type d <<<"$names" | grep -E "^pr-$pr-" || true)
  # The link first, so the address answers 404 rather than a half-deleted preview.
  delete_remote preview "pr-$pr"
  # shellcheck disable=SC2086
  delete_remote preview/.releases $names
  echo "preview/pr-$pr removed"
}

command=${1:-}
[ -n "$command" ] || die "usage: $0 check|release|rollback|list|preview|preview-remove ..."
shift
check_path
case "$command" in
  check) echo "DEPLOY_PATH=$root: ok" ;;
  release) [ "$#" -eq 2 ] || die "usage: $0 release SITE_DIR COMMIT"; release "$@" ;;
  rollback) rollback "${1:-}" ;;
  list) list ;;
  preview) [ "$#" -eq 2 ] || die "usage: $0 preview SITE_DIR PR"; preview "$@" ;;
  preview-remove) [ "$#" -eq 1 ] || die "usage: $0 preview-remove PR"; preview_remove "$1" ;;
  *) die "unknown command: $command" ;;
esac
