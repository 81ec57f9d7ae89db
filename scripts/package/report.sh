#!/usr/bin/env bash
# 调度材料：按 content 文件夹中的稿件，生成最近一个已结束半年的调度台账（xlsx）和半年工作情况报告初稿（docx）。
# 放在网站文件夹（含 content 文件夹的那一层）中，双击运行或在终端中运行。不需要安装 .NET。
tool=调度材料
# shellcheck source=window.sh
. "$(cd "$(dirname "$0")" && pwd)/portal-generator/window.sh"
echo "正在根据 $here/content 生成调度材料 ……"
"$here/portal-generator/Portal.Generator" report --content content --theme "$here/portal-generator/theme" --output 调度材料 "$@"
code=$?
if [ "$code" -eq 0 ]; then
  echo "已生成：文件在 $here/调度材料 文件夹中。调度材料是内部工作材料，不要放进 content 文件夹，也不用提交。"
else
  echo "没有生成调度材料：请按上面的提示修改，保存后再双击“调度材料”。"
fi
finish "$code"
