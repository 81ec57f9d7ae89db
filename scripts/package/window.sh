# Shared by 检查.sh and 预览.sh (sourced, with $tool set to the script's Chinese name): the window an editor
# double-clicked into, and the folder check. Shipped as portal-generator/window.sh.
here=$(cd "$(dirname "$0")" && pwd)
# 双击运行时没有终端窗口：在新的终端窗口中重新运行，好让编辑看到提示和结果。
if [ ! -t 1 ] && [ -z "${PORTAL_NO_TERMINAL:-}" ] && command -v x-terminal-emulator >/dev/null 2>&1; then
  PORTAL_NO_TERMINAL=1 exec x-terminal-emulator -e "$here/$(basename "$0")" "$@"
fi
finish() {
  if [ -t 0 ]; then read -r -p "按回车键关闭窗口。" _; fi
  exit "$1"
}
cd "$here" || finish 2
if [ ! -d content ]; then
  echo "没有找到 content 文件夹。请把压缩包解压到网站文件夹中（含 content 文件夹的那一层），再双击“$tool”。"
  finish 2
fi
