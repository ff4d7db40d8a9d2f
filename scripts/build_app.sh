#!/usr/bin/env bash
# Builds the desktop bundle (Linux or macOS; scripts/build_app.ps1 on Windows) from build.spec with
# the pinned versions of packaging/constraints.txt in a venv of its own (.venv-build), proves it
# runs (version, a workspace, the demo, the window with every page offscreen, a PDF report), and
# packs it: dist/upr-desktop-<version>-<platform>.tar.gz on Linux, .dmg on macOS.
#   --no-archive   build and check only (CI's smoke test)
# UPR_DESKTOP_BUILD_VENV picks another venv. Then see docs/packaging.md (installers, signing).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
archive=1
[ "${1:-}" = "--no-archive" ] && archive=0
venv="${UPR_DESKTOP_BUILD_VENV:-$here/.venv-build}"
UPR_DESKTOP_VENV="$venv" UPR_DESKTOP_CONSTRAINTS="$here/packaging/constraints.txt" bash "$here/scripts/venv.sh" build
cd "$here"
version="$("$venv/bin/python" -c 'import upr_desktop; print(upr_desktop.__version__)')"
case "$(uname -s)" in
  Darwin) platform="macos-$(uname -m)" ;;
  *) platform="linux-$(uname -m)" ;;
esac

"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN build.spec
if [ "$(uname -s)" = Darwin ]; then
  bundle="$here/dist/UPR Desktop.app"
  programs="$bundle/Contents/MacOS"
  rm -rf "$here/dist/upr-desktop"  # the .app holds the same files
else
  bundle="$here/dist/upr-desktop"
  programs="$bundle"
fi
app="$programs/upr-desktop"
cli="$app"
if [ "$(uname -s)" != Darwin ]; then
  # The console program for scripts under the name the documentation uses (on Windows a second
  # .exe; inside a signed macOS .app nothing may be added, so there it is upr-desktop itself).
  ln -sf upr-desktop "$programs/upr-desktop-cli"
  cli="$programs/upr-desktop-cli"
fi

# --- prove it runs --------------------------------------------------------------------------
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen UPR_DESKTOP_HOME="$tmp"
"$cli" --version | grep -qx "upr-desktop $version"
"$cli" --workspace "$tmp/smoke.uprw" init --name "Smoke test" --country Kenya >/dev/null
"$cli" --workspace "$tmp/smoke.uprw" info --json | grep -q '"schema_version"'
"$cli" demo --workspace "$tmp/demo.uprw" >/dev/null
# the workspace as the only argument, as a double-click passes it; every page is built (they are
# imported by name: a module missing from the bundle fails here)
UPR_DESKTOP_QUIT_AFTER_MS=10000 "$app" "$tmp/demo.uprw" | tee "$tmp/smoke.txt"
grep -q "window: MainWindow" "$tmp/smoke.txt" && ! grep -q "PlaceholderPage" "$tmp/smoke.txt"
grep -q "workspace: $tmp/demo.uprw" "$tmp/smoke.txt"
"$cli" --workspace "$tmp/demo.uprw" report --kind implementation -o "$tmp/report.pdf" >/dev/null
[ "$(head -c 5 "$tmp/report.pdf")" = "%PDF-" ]
"$cli" --workspace "$tmp/demo.uprw" report --kind coverage -o "$tmp/report.xlsx" >/dev/null
test -s "$tmp/report.xlsx"
# A server workspace: psycopg, its libpq and SQLAlchemy's dialect are in the bundle. On a throwaway cluster
# (tests/pg.py) where the PostgreSQL server programs are installed; else a closed port must give the app's own
# one-line "Cannot reach the server" (a missing psycopg or libpq gives another error).
pg_url="$("$venv/bin/python" -c 'from tests import pg; import sys
if pg.binaries() is None: sys.exit(0)
c = pg.start_cluster(); print(c.url(c.new_database()), c.folder, c.port, c.bin, c.owner or "", sep="|")' 2>/dev/null || true)"
if [ -n "$pg_url" ]; then
  IFS="|" read -r pg_url pg_folder _port pg_bin pg_owner <<<"$pg_url"
  stop_pg() { "$venv/bin/python" -c "import sys; from pathlib import Path; from tests import pg
pg.Cluster(Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]), sys.argv[4] or None).stop()" "$pg_folder" "$_port" "$pg_bin" "$pg_owner"; }
  trap 'stop_pg; rm -rf "$tmp"' EXIT
  "$cli" --workspace "$pg_url" init --name "Server smoke test" --country Kenya >/dev/null
  "$cli" --workspace "$pg_url" info --json | grep -q '"server"'
  echo "server workspace: ok ($pg_url)"
else
  port="$("$venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  ! "$cli" --workspace "postgresql://nobody@127.0.0.1:$port/none" info 2>"$tmp/pg.txt"
  grep -q "Cannot reach the server" "$tmp/pg.txt"
  echo "server workspace: psycopg loads (no PostgreSQL server programs here to start one)"
fi
notices="$(find "$bundle" -name THIRD-PARTY-NOTICES.txt | head -1)"
grep -q "PySide6" "$notices" && grep -q "SQLCipher" "$notices"
[ -n "$(find "$bundle" -name LICENSE -path "*_internal*" -print -quit)$(find "$bundle" -path "*Contents*" -name LICENSE -print -quit)" ]  # Help > About reads it
echo "bundle size: $(du -sh "$bundle" | cut -f1) ($(du -sb "$bundle" 2>/dev/null | cut -f1 || echo '?') bytes)"

# --- what people unpack -------------------------------------------------------------------
if [ "$(uname -s)" != Darwin ]; then  # (nothing may be added inside a signed .app: on macOS they go beside it in the .dmg)
  cp LICENSE "$notices" "$bundle/"
  # Desktop integration files, installed by install-desktop-entry.sh (and used by the AppImage).
  id=org.uprdesktop.UPRDesktop
  share="$bundle/share"
  mkdir -p "$share/applications" "$share/metainfo" "$share/mime/packages" "$share/icons/hicolor/scalable/apps"
  cp packaging/linux/$id.desktop "$share/applications/"
  cp packaging/linux/$id.metainfo.xml "$share/metainfo/"
  cp packaging/linux/$id.mime.xml "$share/mime/packages/"
  cp upr_desktop/resources/icons/upr-desktop.svg "$share/icons/hicolor/scalable/apps/$id.svg"
  for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "upr_desktop/resources/icons/upr-desktop-$size.png" "$share/icons/hicolor/${size}x${size}/apps/$id.png"
  done
  cp packaging/linux/install-desktop-entry.sh "$bundle/"
fi
[ "$archive" = 1 ] || { echo "build ok: $bundle"; exit 0; }

name="upr-desktop-$version-$platform"
if [ "$(uname -s)" = Darwin ]; then
  # Sign and notarise before this step for a release (docs/packaging.md); hdiutil makes the disk image.
  stage="$tmp/dmg"
  mkdir -p "$stage"
  cp -R "$bundle" "$stage/"
  cp LICENSE "$notices" "$stage/"
  ln -s /Applications "$stage/Applications"
  hdiutil create -volname "UPR Desktop $version" -srcfolder "$stage" -ov -format UDZO "$here/dist/$name.dmg" >/dev/null
  echo "build ok: $here/dist/$name.dmg"
else
  rm -rf "$here/dist/$name"
  cp -a "$bundle" "$here/dist/$name"
  tar -C "$here/dist" -czf "$here/dist/$name.tar.gz" "$name"
  rm -rf "$here/dist/$name"
  echo "build ok: $here/dist/$name.tar.gz ($(du -sh "$here/dist/$name.tar.gz" | cut -f1))"
fi
