#!/usr/bin/env bash
# Creates .venv beside the checkout (once) and installs the project into it, editable.
# Usage: scripts/venv.sh [EXTRAS]   e.g. scripts/venv.sh test
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
venv="${UPR_DESKTOP_VENV:-$here/.venv}"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip
fi
spec="$here"
[ -n "${1:-}" ] && spec="$here[$1]"
"$venv/bin/python" -m pip install -q --disable-pip-version-check -e "$spec"
