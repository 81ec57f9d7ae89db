#!/usr/bin/env bash
# The deploy job's first step: checks every setting publishing needs before anything is built, and fails with one
# message in Chinese and English that says what to set where (docs/hosting.md, "The first deploy").
#
# - GitHub Pages must be enabled with "GitHub Actions" as its source (`gh api repos/OWNER/REPO/pages`: build_type
#   "workflow"); otherwise actions/configure-pages fails, and with it every run on main.
# - The department's own server is optional; once any of its six secrets is set, all six must be, and DEPLOY_PATH must
#   pass scripts/deploy-own-server.sh's guard (absolute, not /, not a home directory).
#
# Environment: GH_REPO (owner/name), GH_TOKEN, and the DEPLOY_* secrets as the workflow passes them
# (DEPLOY_SSH_KEY is the private key's text).
set -uo pipefail
cd "$(dirname "$0")/.."

problems=()
add() { problems+=("$1"); }

settings="Settings → Pages → Build and deployment → Source: GitHub Actions"
if ! pages=$(gh api "repos/$GH_REPO/pages" 2>&1); then
  if grep -q "404\|Not Found" <<<"$pages"; then
    add "GitHub Pages 未启用：请在 $settings 中启用。/ GitHub Pages is not enabled: turn it on in $settings (a private repository needs a plan with Pages)."
  else
    add "无法读取 GitHub Pages 设置（$pages）。/ Could not read the Pages settings: $pages"
  fi
else
  build_type=$(jq -r '.build_type // ""' <<<"$pages" 2>/dev/null || echo "")
  if [ "$build_type" != workflow ]; then
    add "GitHub Pages 的来源是 “${build_type:-未知}”，应为 GitHub Actions：请在 $settings 中修改。/ The Pages source is '${build_type:-unknown}', not GitHub Actions: change it in $settings."
  fi
fi

secrets=(DEPLOY_HOST DEPLOY_USER DEPLOY_PATH DEPLOY_SSH_KEY DEPLOY_KNOWN_HOSTS DEPLOY_BASE_URL)
set_count=0
missing=()
for name in "${secrets[@]}"; do
  if [ -n "${!name:-}" ]; then set_count=$((set_count + 1)); else missing+=("$name"); fi
done
where="Settings → Secrets and variables → Actions → Repository secrets"
if [ "$set_count" -gt 0 ] && [ "${#missing[@]}" -gt 0 ]; then
  add "自有服务器的部署需要全部六个密钥，缺少：${missing[*]}（在 $where 中添加；不用自有服务器则删除全部六个）。/ The own-server deploy needs all six secrets; missing: ${missing[*]} (add them in $where, or remove all six to publish on Pages only)."
fi
if [ "$set_count" -gt 0 ]; then
  if ! guard=$(DEPLOY_HOST=${DEPLOY_HOST:-unset} DEPLOY_USER=${DEPLOY_USER:-unset} bash scripts/deploy-own-server.sh check 2>&1); then
    add "${guard#deploy: }（在 $where 中修改 DEPLOY_PATH 等）。/ Fix it in $where."
  fi
  if [ -n "${DEPLOY_BASE_URL:-}" ] && ! [[ "$DEPLOY_BASE_URL" =~ ^https?://[^/]+(/.*)?$ ]]; then
    add "DEPLOY_BASE_URL 应为网站的公开地址，如 https://sanzhua.jtys.gansu.gov.cn/ 。/ DEPLOY_BASE_URL must be the site's public address, e.g. https://sanzhua.jtys.gansu.gov.cn/"
  fi
  if [ -n "${DEPLOY_SSH_KEY:-}" ] && ! grep -q "PRIVATE KEY" <<<"$DEPLOY_SSH_KEY"; then
    add "DEPLOY_SSH_KEY 应为私钥全文（以 -----BEGIN OPENSSH PRIVATE KEY----- 开头）。/ DEPLOY_SSH_KEY must be the whole private key."
  fi
fi

if [ "${#problems[@]}" -eq 0 ]; then
  echo "Preflight: Pages and the deploy secrets are in order."
  exit 0
fi
{
  echo "发布前检查未通过，请按以下说明设置后重新运行（docs/hosting.md“首次发布”）。"
  echo "The preflight failed: set the following, then re-run (docs/hosting.md, \"The first deploy\")."
  for problem in "${problems[@]}"; do echo "- $problem"; done
} | tee -a "${GITHUB_STEP_SUMMARY:-/dev/null}" >&2
for problem in "${problems[@]}"; do echo "::error::$problem"; done
exit 1
