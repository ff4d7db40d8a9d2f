#!/usr/bin/env bash
# Installs UPR Desktop with its test extra into .venv and runs the whole test suite headless.
# Extra arguments go to pytest (e.g. scripts/test.sh tests/core -x).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bash "$here/scripts/install-system-deps.sh" ${UPR_DESKTOP_CI:+--ci}
bash "$here/scripts/venv.sh" test
cd "$here"
export QT_QPA_PLATFORM=offscreen
exec "${UPR_DESKTOP_VENV:-$here/.venv}/bin/python" -m pytest "$@"
