@echo off
rem Preview: runs the Portal generator's serve --open on the content folder beside this file (UTF-8, CRLF; see scripts/package.sh).
chcp 65001 >nul
cd /d "%~dp0"
title 预览网站
if not exist "content\" goto nocontent
echo 正在生成网站，完成后会打开浏览器。修改并保存稿件后页面自动刷新；关闭本窗口或按 Ctrl+C 停止预览。
"%~dp0portal-generator\Portal.Generator.exe" serve --content content --theme "%~dp0portal-generator\theme" --open %*
pause
exit /b
:nocontent
echo 没有找到 content 文件夹。请把压缩包解压到网站文件夹中（含 content 文件夹的那一层），再双击“预览”。
pause
exit /b 2
