#!/usr/bin/env bash
# 预览：在本机生成网站并用浏览器打开预览；修改并保存稿件后页面自动刷新。关闭窗口或按 Ctrl+C 停止预览。
# 放在网站文件夹（含 content 文件夹的那一层）中，双击运行或在终端中运行。不需要安装 .NET。
tool=预览
# shellcheck source=window.sh
. "$(cd "$(dirname "$0")" && pwd)/portal-generator/window.sh"
echo "正在生成网站，完成后会打开浏览器……"
"$here/portal-generator/Portal.Generator" serve --content content --theme "$here/portal-generator/theme" --open "$@"
finish $?
