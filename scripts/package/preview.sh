#!/usr/bin/env bash
# 预览：在本机生成网站并用浏览器打开预览；修改并保存稿件后页面自动刷新。关闭窗口或按 Ctrl+C 停止预览。
# 放在网站文件夹（含 content 文件夹的那一层）中，双击运行或在终端中运行。不需要安装 .NET。
here=$(cd "$(dirname "$0")" && pwd)
# 双击运行时没有终端窗口：在新的终端窗口中重新运行，好让编辑看到提示，也能按 Ctrl+C 停止。
if [ ! -t 1 ] && [ -z "${PORTAL_NO_TERMINAL:-}" ] && command -v x-terminal-emulator >/dev/null 2>&1; then
  PORTAL_NO_TERMINAL=1 exec x-terminal-emulator -e "$here/$(basename "$0")" "$@"
fi
finish() {
  if [ -t 0 ]; then read -r -p "按回车键关闭窗口。" _; fi
  exit "$1"
}
cd "$here" || finish 2
if [ ! -d content ]; then
  echo "没有找到 content 文件夹。请把压缩包解压到网站文件夹中（含 content 文件夹的那一层），再双击“预览”。"
  finish 2
fi
echo "正在生成网站，完成后会打开浏览器……"
"$here/portal-generator/Portal.Generator" serve --content content --theme "$here/portal-generator/theme" --open "$@"
finish $?
