#!/usr/bin/env bash
# Puts UPR Desktop in the applications menu and makes .uprw workspaces open with it: installs the
# desktop entry, icons, AppStream metadata and the MIME type from share/ beside this script into
# ~/.local/share (or $PREFIX/share with --system as root), pointing at the upr-desktop beside it.
# Usage: ./install-desktop-entry.sh [--system] [--uninstall]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
id=org.uprdesktop.UPRDesktop
target="${XDG_DATA_HOME:-$HOME/.local/share}"
uninstall=0
for arg in "$@"; do
  case "$arg" in
    --system) target="${PREFIX:-/usr/local}/share" ;;
    --uninstall) uninstall=1 ;;
    *) echo "usage: $0 [--system] [--uninstall]" >&2; exit 2 ;;
  esac
done
files=(applications/$id.desktop metainfo/$id.metainfo.xml mime/packages/$id.mime.xml icons/hicolor/scalable/apps/$id.svg)
for size in 16 24 32 48 64 128 256 512; do files+=("icons/hicolor/${size}x${size}/apps/$id.png"); done
if [ "$uninstall" = 1 ]; then
  for f in "${files[@]}"; do rm -f "$target/$f"; done
else
  for f in "${files[@]}"; do
    mkdir -p "$(dirname "$target/$f")"
    cp "$here/share/$f" "$target/$f"
  done
  # The entry starts this copy of the app, wherever the folder was unpacked.
  sed -i "s|^Exec=upr-desktop |Exec=\"$here/upr-desktop\" |" "$target/applications/$id.desktop"
fi
command -v update-mime-database >/dev/null && update-mime-database "$target/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$target/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$target/icons/hicolor" 2>/dev/null || true
echo "UPR Desktop $( [ "$uninstall" = 1 ] && echo removed from || echo installed in ) $target"
