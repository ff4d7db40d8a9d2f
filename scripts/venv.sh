#!/usr/bin/env bash
# Creates .venv beside the checkout (once) and installs the project into it, editable. It installs
# again only when pyproject.toml (or the checkout's place, or the extras asked for) changed since the
# last install: the venv keeps a stamp with their hash, so a normal start runs no pip at all.
# Usage: scripts/venv.sh [EXTRAS]   e.g. scripts/venv.sh test
# UPR_DESKTOP_VENV picks another venv; UPR_DESKTOP_CONSTRAINTS a pip constraints file (the bundle's
# pinned versions, see scripts/build_app.sh); UPR_DESKTOP_REINSTALL=1 forces an install.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
venv="${UPR_DESKTOP_VENV:-$here/.venv}"
python="${PYTHON:-python3}"
constraints="${UPR_DESKTOP_CONSTRAINTS:-}"
stamp="$venv/.upr-desktop-installed"

# What the install depends on; the extras are kept apart so that `venv.sh` after `venv.sh test`
# does not reinstall (an install with more extras serves a request for fewer).
digest="$({ echo "$here"; cat "$here/pyproject.toml"; if [ -n "$constraints" ]; then cat "$constraints"; fi; } | sha256sum | cut -d' ' -f1)"
wanted=()
for extra in ${1:+${1//,/ }}; do wanted+=("$extra"); done

installed_extras=""
if [ -x "$venv/bin/python" ] && [ -x "$venv/bin/upr-desktop" ] && [ -f "$stamp" ] \
    && [ "$(sed -n 1p "$stamp")" = "$digest" ] && [ -z "${UPR_DESKTOP_REINSTALL:-}" ]; then
  installed_extras="$(sed -n 2p "$stamp")"
  up_to_date=1
  for extra in "${wanted[@]}"; do
    case " $installed_extras " in *" $extra "*) ;; *) up_to_date=0 ;; esac
  done
  [ "$up_to_date" = 1 ] && exit 0
fi

if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip >"$venv/pip-install.log" 2>&1 \
    || { cat "$venv/pip-install.log" >&2; exit 1; }
fi
# Keep the extras an earlier install had, when only the extras changed.
[ -f "$stamp" ] && [ "$(sed -n 1p "$stamp")" = "$digest" ] && installed_extras="$(sed -n 2p "$stamp")"
all_extras=$(printf '%s\n' ${installed_extras} "${wanted[@]}" | sed '/^$/d' | sort -u | tr '\n' ' ' | sed 's/ $//')
spec="$here"
[ -n "$all_extras" ] && spec="$here[${all_extras// /,}]"
echo "Installing UPR Desktop into $venv${all_extras:+ (with $all_extras)}..." >&2
args=(-m pip install --disable-pip-version-check -e "$spec")
[ -n "$constraints" ] && args+=(-c "$constraints")
rm -f "$stamp"
if ! "$venv/bin/python" "${args[@]}" >"$venv/pip-install.log" 2>&1; then
  cat "$venv/pip-install.log" >&2
  echo "venv.sh: the install failed (log above, kept in $venv/pip-install.log)" >&2
  exit 1
fi
printf '%s\n%s\n' "$digest" "$all_extras" >"$stamp"
