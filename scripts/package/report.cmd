@echo off
rem Dispatch materials: runs the Portal generator's report on the content folder beside this file (UTF-8, CRLF; see scripts/package.sh).
chcp 65001 >nul
cd /d "%~dp0"
title 调度材料
if not exist "content\" goto nocontent
echo 正在根据 %CD%\content 生成调度材料 ……
"%~dp0portal-generator\Portal.Generator.exe" report --content content --theme "%~dp0portal-generator\theme" --output 调度材料 %*
if errorlevel 1 goto failed
echo 已生成：文件在 %CD%\调度材料 文件夹中。调度材料是内部工作材料，不要放进 content 文件夹，也不用提交。
pause
exit /b 0
:failed
echo 没有生成调度材料：请按上面的提示修改，保存后再双击“调度材料”。
pause
exit /b 1
:nocontent
echo 没有找到 content 文件夹。请把压缩包解压到网站文件夹中（含 content 文件夹的那一层），再双击“调度材料”。
pause
exit /b 2
