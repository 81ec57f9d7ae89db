#!/usr/bin/env bash
# Usage: scripts/package.sh RID [OUT_DIR]      RID: win-x64 or linux-x64; OUT_DIR defaults to artifacts/
#
# Builds the editors' package OUT_DIR/portal-RID.zip: the generator published self-contained for RID (no .NET on the
# editor's computer; the SDK picks the runtime version), the theme beside it, and three double-click scripts that run
# `check`, `serve --open` and `report` on the folder they sit in. The zip is unpacked into the site's folder, the one that
# holds content/ (README "Editors' packages"):
#
#   检查.cmd / 检查.sh      check --content content
#   预览.cmd / 预览.sh      serve --content content --open (opens the browser once the first build is done)
#   调度材料.cmd / 调度材料.sh  report --content content --output 调度材料 (the latest completed half year's dispatch materials)
#   使用说明.txt            how to use them, in Chinese
#   portal-generator/       Portal.Generator(.exe), the runtime, theme/
#
# The script sources are scripts/package/check.*, preview.*, report.*, README-zh.txt; the .cmd files are committed as UTF-8
# with CRLF (.gitattributes) and switch cmd.exe to UTF-8 (chcp 65001) before their first Chinese line.
set -euo pipefail
cd "$(dirname "$0")/.."

rid=${1:-}
out=${2:-artifacts}
case "$rid" in
  win-x64) ext=.cmd exe=Portal.Generator.exe ;;
  linux-x64) ext=.sh exe=Portal.Generator ;;
  *)
    echo "usage: scripts/package.sh win-x64|linux-x64 [OUT_DIR]" >&2
    exit 2
    ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Published from a copy of generator/: a RID-specific restore rewrites obj/project.assets.json, which a build or a
# test run in this working copy at the same time must not see.
mkdir -p "$work/src"
# bin/ and obj/ left out while copying: a build writing there at the same time must not fail the copy.
# .editorconfig too: the analyzers' settings (warnings are errors) live there, and the copy must build as the repository does.
tar -C . --exclude=./generator/bin --exclude=./generator/obj -cf - ./generator ./.editorconfig | tar -C "$work/src" -xf -

stage="$work/stage"
tool="$stage/portal-generator"
dotnet publish "$work/src/generator/Portal.Generator.csproj" -c Release -r "$rid" --self-contained \
  -p:DebugType=none -o "$tool" --nologo -v quiet
[ -f "$tool/$exe" ] || { echo "package: $tool/$exe was not published" >&2; exit 1; }
cp -R theme "$tool/theme"

cp scripts/package/check$ext "$stage/检查$ext"
cp scripts/package/preview$ext "$stage/预览$ext"
cp scripts/package/report$ext "$stage/调度材料$ext"
if [ "$ext" = .sh ]; then
  # Linux: / in the paths, LF line ends; the scripts' shared part beside the generator; executable bits.
  sed -e "s/{EXT}/$ext/g" -e 's#\\#/#g' -e 's/\r$//' scripts/package/README-zh.txt > "$stage/使用说明.txt"
  cp scripts/package/window.sh "$tool/window.sh"
  chmod 755 "$stage/检查.sh" "$stage/预览.sh" "$stage/调度材料.sh" "$tool/$exe"
else
  sed "s/{EXT}/$ext/g" scripts/package/README-zh.txt > "$stage/使用说明.txt"
fi

mkdir -p "$out"
zip="$(cd "$out" && pwd)/portal-$rid.zip"
rm -f "$zip"
# Python's zipfile marks non-ASCII names as UTF-8 (flag bit 11), which Windows Explorer and unzip read correctly,
# and keeps the Unix permissions (the executable bits of the Linux package).
python3 - "$stage" "$zip" <<'PY'
import os, sys, zipfile
root, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            archive.write(path, os.path.relpath(path, root))
PY
echo "package: $zip ($(du -h "$zip" | cut -f1))"
