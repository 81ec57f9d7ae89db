#!/usr/bin/env bash
# 检查：检查 content 文件夹中的稿件和配置，用中文列出每个问题、所在文件和行号以及修改办法。
# 放在网站文件夹（含 content 文件夹的那一层）中，双击运行或在终端中运行。不需要安装 .NET。
here=$(cd "$(dirname "$0")" && pwd)
# 双击运行时没有终端窗口：在新的终端窗口中重新运行，好让编辑看到结果。
if [ ! -t 1 ] && [ -z "${PORTAL_NO_TERMINAL:-}" ] && command -v x-terminal-emulator >/dev/null 2>&1; then
  PORTAL_NO_TERMINAL=1 exec x-terminal-emulator -e "$here/$(basename "$0")" "$@"
fi
finish() {
  if [ -t 0 ]; then read -r -p "按回车键关闭窗口。" _; fi
  exit "$1"
}
cd "$here" || finish 2
if [ ! -d content ]; then
  echo "没有找到 content 文件夹。请把压缩包解压到网站文件夹中（含 content 文件夹的那一层），再双击“检查”。"
  finish 2
fi
echo "正在检查 $here/content ……"
"$here/portal-generator/Portal.Generator" check --content content --theme "$here/portal-generator/theme" "$@"
code=$?
if [ "$code" -eq 0 ]; then
  echo "检查通过：可以提交。"
else
  echo "检查没有通过：请按上面的提示修改，保存后再双击“检查”。"
fi
finish "$code"
