@echo off
rem Check: runs the Portal generator's check on the content folder beside this file (UTF-8, CRLF; see scripts/package.sh).
chcp 65001 >nul
cd /d "%~dp0"
title 检查稿件
if not exist "content\" goto nocontent
echo 正在检查 %CD%\content ……
"%~dp0portal-generator\Portal.Generator.exe" check --content content --theme "%~dp0portal-generator\theme" %*
if errorlevel 1 goto failed
echo 检查通过：可以提交。
pause
exit /b 0
:failed
echo 检查没有通过：请按上面的提示修改，保存后再双击“检查”。
pause
exit /b 1
:nocontent
echo 没有找到 content 文件夹。请把压缩包解压到网站文件夹中（含 content 文件夹的那一层），再双击“检查”。
pause
exit /b 2
