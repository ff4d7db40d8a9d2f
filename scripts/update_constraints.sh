#!/usr/bin/env bash
# Rewrites packaging/constraints.txt from a fresh venv with the app and its build extra: the exact
# versions pip picks today. Keeps the hand-kept lines for Windows and macOS at the end (pip cannot
# resolve another platform's markers from here); check those on PyPI when refreshing.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
file="$here/packaging/constraints.txt"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"${PYTHON:-python3}" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q --disable-pip-version-check "$here[build]"
{
  sed -n '1,/^# Linux, macOS and Windows alike/p' "$file"
  "$tmp/venv/bin/python" -m pip freeze --disable-pip-version-check | grep -v '^upr-desktop'
  sed -n '/^# Only on Windows/,$p' "$file"
} >"$tmp/constraints.txt"
mv "$tmp/constraints.txt" "$file"
echo "updated $file"
