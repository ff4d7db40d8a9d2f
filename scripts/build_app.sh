#!/usr/bin/env bash
# Builds the one-folder app with PyInstaller (dist/upr-desktop/) and proves it runs:
# prints its version, creates a workspace (migrations shipped) and opens a window offscreen.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bash "$here/scripts/venv.sh" build
venv="${UPR_DESKTOP_VENV:-$here/.venv}"
[ -f "$here/scripts/build_translations.sh" ] && bash "$here/scripts/build_translations.sh"
cd "$here"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN build.spec
app="$here/dist/upr-desktop/upr-desktop"
tmp=$(mktemp -d)
export QT_QPA_PLATFORM=offscreen UPR_DESKTOP_HOME="$tmp"
"$app" --version
"$app" --workspace "$tmp/smoke.uprw" init --name "Smoke test" --country Kenya
"$app" --workspace "$tmp/smoke.uprw" info --json | grep -q '"schema_version"'
"$app" demo --workspace "$tmp/demo.uprw" >/dev/null
# every page is built (they are imported by name): a module missing from the bundle fails here
UPR_DESKTOP_QUIT_AFTER_MS=10000 "$app" --workspace "$tmp/demo.uprw" | tee "$tmp/smoke.txt"
grep -q "window: MainWindow" "$tmp/smoke.txt" && ! grep -q "PlaceholderPage" "$tmp/smoke.txt"
"$app" --workspace "$tmp/demo.uprw" report --kind implementation -o "$tmp/report.pdf" >/dev/null
test -s "$tmp/report.pdf"
du -sh "$here/dist/upr-desktop"
echo "build ok: $app"
