#!/usr/bin/env bash
# 检查：检查 content 文件夹中的稿件和配置，用中文列出每个问题、所在文件和行号以及修改办法。
# 放在网站文件夹（含 content 文件夹的那一层）中，双击运行或在终端中运行。不需要安装 .NET。
tool=检查
# shellcheck source=window.sh
. "$(cd "$(dirname "$0")" && pwd)/portal-generator/window.sh"
echo "正在检查 $here/content ……"
"$here/portal-generator/Portal.Generator" check --content content --theme "$here/portal-generator/theme" "$@"
code=$?
if [ "$code" -eq 0 ]; then
  echo "检查通过：可以提交。"
else
  echo "检查没有通过：请按上面的提示修改，保存后再双击“检查”。"
fi
finish "$code"
