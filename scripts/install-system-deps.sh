#!/usr/bin/env bash
# Installs the system libraries Qt needs on Debian/Ubuntu (and, with --ci, what the full test
# suite uses: LibreOffice Calc for round trips, fonts for Thai/Arabic PDFs, pdftotext, Xvfb).
# Skips what is already there; does nothing on systems without apt-get.
set -euo pipefail

packages=(libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
          libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-shape0
          libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1 libnss3 libxrender1
          libxi6 libsm6 libice6 fonts-noto-core fonts-thai-tlwg)
if [ "${1:-}" = "--ci" ]; then
  # postgresql(-contrib: unaccent): the tests start a throwaway server cluster of their own (tests/pg.py);
  # openssl makes the certificates of its TLS test (tests/server/test_tls.py).
  packages+=(postgresql postgresql-contrib openssl libreoffice-calc python3-uno poppler-utils xvfb xauth desktop-file-utils appstream shared-mime-info)
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: no apt-get here; install Qt 6's runtime libraries with your package manager." >&2
  exit 0
fi

# One dpkg-query for all of them: this runs at every start.
installed=" $(dpkg-query -W -f='${Package} ${Status}\n' "${packages[@]}" 2>/dev/null | awk '/ install ok installed$/ {printf "%s ", $1}' || true)"
missing=()
for p in "${packages[@]}"; do
  case "$installed" in *" $p "*) ;; *) missing+=("$p") ;; esac
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-system-deps: please install as root: apt-get install ${missing[*]}" >&2; exit 1
  fi
fi
echo "Installing system packages: ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
