#!/usr/bin/env bash
# Installs UPR Desktop into .venv and starts it. With no workspace yet, it opens the demo coalition.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bash "$here/scripts/install-system-deps.sh"
bash "$here/scripts/venv.sh"
app="${UPR_DESKTOP_VENV:-$here/.venv}/bin/upr-desktop"
# Only a language (--lang fr): start as with no arguments, in that language (the demo when there is no workspace yet).
only_lang=$([ $# -gt 0 ] && echo 1 || echo 0)
args=("$@")
i=0
while [ "$i" -lt $# ]; do
  case "${args[$i]}" in
    --lang) i=$((i + 2)) ;;
    --lang=*) i=$((i + 1)) ;;
    *) only_lang=0; break ;;
  esac
done
if [ $# -gt 0 ] && [ "$only_lang" = 0 ]; then exec "$app" "$@"; fi
workspace="$("${UPR_DESKTOP_VENV:-$here/.venv}/bin/python" -c 'from upr_desktop.paths import default_workspace_path as d, demo_workspace_path as m; print(d() if d().exists() else m())')"
if [ ! -e "$workspace" ]; then
  "$app" demo --workspace "$workspace"
fi
exec "$app" "$@" --workspace "$workspace"
