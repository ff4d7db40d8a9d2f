#!/usr/bin/env bash
# Update upr_desktop/resources/translations/*.ts from the sources (keeping every existing translation) and
# compile them to .qm. Re-run it whenever strings change; then translate the new "unfinished"
# entries (pyside6-linguist, or edit the XML) and run it again. Commit both .ts and .qm.
# --into DIR: update copies of the catalogues in DIR and leave the package's alone
# (tests/gui/test_translations.py checks that this changes nothing).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
into=""
if [ "${1:-}" = "--into" ]; then
  into="$(mkdir -p "$2" && cd "$2" && pwd)"
fi
find_tool() {
  for dir in "${UPR_DESKTOP_VENV:-}/bin" "$here/.venv/bin" /work/venv/bin; do
    [ -x "$dir/$1" ] && { echo "$dir/$1"; return; }
  done
  command -v "$1" || { echo "missing $1 (pip install PySide6)" >&2; exit 1; }
}
lupdate=$(find_tool pyside6-lupdate)
lrelease=$(find_tool pyside6-lrelease)
python="$(dirname "$lupdate")/python"
[ -x "$python" ] || python=python3
languages="fr es th my ar"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" scripts/extract_core_strings.py "$work/core_strings.py"
mapfile -t sources < <(find upr_desktop/ui -name '*.py' | sort)
sources+=("$work/core_strings.py")
committed="upr_desktop/resources/translations"
out="${into:-$committed}"
for lang in $languages; do
  ts="$out/upr_desktop_$lang.ts"
  [ -n "$into" ] && cp "$committed/upr_desktop_$lang.ts" "$ts"
  "$lupdate" -silent -no-obsolete -locations none -target-language "$lang" "${sources[@]}" -ts "$ts"
  "$lrelease" -silent "$ts" -qm "$out/upr_desktop_$lang.qm"
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  echo "$lang: $unfinished strings still to translate in $ts"
done
# English is the source language, but a count needs its plural forms ("1 recommendation", "2 recommendations"):
# upr_desktop_en.ts holds only those (-pluralonly), written once by hand like any translation.
ts="$out/upr_desktop_en.ts"
[ -n "$into" ] && [ -e "$committed/upr_desktop_en.ts" ] && cp "$committed/upr_desktop_en.ts" "$ts"
"$lupdate" -silent -no-obsolete -pluralonly -locations none -source-language en -target-language en "${sources[@]}" -ts "$ts"
"$lrelease" -silent "$ts" -qm "$out/upr_desktop_en.qm"
echo "en: $(grep -c 'type="unfinished"' "$ts" || true) plural forms still to write in $ts"
# Qt's own strings (dialog buttons, context menus, the file dialog): Qt ships no catalogue for some of these
# languages (Thai, Burmese); ours, qtbase_XX.ts, are written by hand, so they are only compiled.
for ts in "$committed"/qtbase_*.ts; do
  [ -e "$ts" ] || continue
  "$lrelease" -silent "$ts" -qm "$out/$(basename "$ts" .ts).qm"
done
