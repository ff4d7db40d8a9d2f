#!/usr/bin/env bash
# Makes an AppImage of the Linux bundle: run scripts/build_app.sh first (it builds dist/upr-desktop
# and its share/ folder). Lays out dist/UPR_Desktop.AppDir (AppRun, the desktop entry, icons,
# AppStream metadata), checks that AppRun starts the app, then runs appimagetool when it is on the
# PATH (it is not in Debian or on PyPI: get it from the AppImage project's releases, see
# docs/packaging.md) to write dist/upr-desktop-<version>-<arch>.AppImage.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bundle="$here/dist/upr-desktop"
[ -x "$bundle/upr-desktop" ] && [ -d "$bundle/share" ] || { echo "build_appimage: run scripts/build_app.sh first" >&2; exit 1; }
id=org.uprdesktop.UPRDesktop
appdir="$here/dist/UPR_Desktop.AppDir"
rm -rf "$appdir"
mkdir -p "$appdir/usr/lib" "$appdir/usr/bin"
cp -a "$bundle" "$appdir/usr/lib/upr-desktop"
rm -rf "$appdir/usr/lib/upr-desktop/share" "$appdir/usr/lib/upr-desktop/install-desktop-entry.sh"
cp -a "$bundle/share" "$appdir/usr/share"
ln -s ../lib/upr-desktop/upr-desktop "$appdir/usr/bin/upr-desktop"
cp "$bundle/share/applications/$id.desktop" "$appdir/$id.desktop"
cp "$bundle/share/icons/hicolor/256x256/apps/$id.png" "$appdir/$id.png"
ln -s "$id.png" "$appdir/.DirIcon"
cat >"$appdir/AppRun" <<'RUN'
#!/bin/sh
# The AppImage's entry point: the app with the arguments it was given (a workspace, or a command).
here="$(dirname "$(readlink -f "$0")")"
exec "$here/usr/lib/upr-desktop/upr-desktop" "$@"
RUN
chmod +x "$appdir/AppRun"
version="$("$appdir/AppRun" --version | cut -d' ' -f2)"
echo "AppDir ok: $appdir (upr-desktop $version)"
if ! command -v appimagetool >/dev/null 2>&1; then
  echo "appimagetool is not installed: no AppImage made (docs/packaging.md says where to get it)" >&2
  exit 0
fi
out="$here/dist/upr-desktop-$version-$(uname -m).AppImage"
ARCH="$(uname -m)" appimagetool "$appdir" "$out"
echo "build ok: $out"
