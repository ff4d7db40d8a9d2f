"""Where the app finds its bundled resources and keeps its own files, and the names it has on the system."""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import sys
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

# One id for the data folder, the settings folder and the keyring service, on every system.
APP_ID = "upr-desktop"
APP_NAME = APP_ID
DISPLAY_NAME = "UPR Desktop"
# Reverse-DNS names: the .desktop file and AppStream id (Linux), the bundle id (macOS), Qt's
# organisation domain. Never change them once released: desktops key icons and file types on them.
DESKTOP_ID = "org.uprdesktop.UPRDesktop"
ORGANISATION_DOMAIN = "uprdesktop.org"
WORKSPACE_MIME_TYPE = "application/x-upr-workspace"

_extracted = contextlib.ExitStack()  # resources copied out of a zipped install, removed at exit
atexit.register(_extracted.close)


def resource(*parts: str) -> Path:
    """A file shipped inside the package (``upr_desktop/resources/...``), as a real path.

    Read through ``importlib.resources``, so a checkout, a wheel, ``pipx install`` and the
    PyInstaller bundle find the same files. Qt and ``open()`` need a path on disk: from a zipped
    install the file is extracted once to a temporary folder.
    """
    ref = resources.files(__package__ or "upr_desktop").joinpath("resources")
    for part in parts:
        ref = ref.joinpath(part)
    if isinstance(ref, Path):
        return ref
    return _extracted.enter_context(resources.as_file(ref))


def resource_folder(*parts: str) -> Traversable:
    """A folder shipped inside the package, to list: a real folder, or a folder in a zipped install.

    Read its files through :func:`resource` (or the entries' own ``read_bytes``).
    """
    ref = resources.files(__package__ or "upr_desktop").joinpath("resources")
    for part in parts:
        ref = ref.joinpath(part)
    return ref


def data_dir() -> Path:
    """Per-user data folder; ``UPR_DESKTOP_HOME`` overrides it (tests, portable installs)."""
    override = os.environ.get("UPR_DESKTOP_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def legacy_settings_file() -> Path:
    """Where versions up to 0.1 kept settings: Qt's user INI file for organisation "UPR Desktop"."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
    else:  # Qt uses $XDG_CONFIG_HOME or ~/.config for INI files on Linux and macOS alike
        base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "UPR Desktop" / "upr-desktop.ini"


def settings_file() -> Path:
    """The settings INI file, after moving the settings of an older version there (once)."""
    target = config_dir() / "settings.ini"
    if not os.environ.get("UPR_DESKTOP_HOME"):  # tests and portable installs never read the user's own
        migrate_settings(legacy_settings_file(), target)
    return target


def migrate_settings(legacy: Path, target: Path) -> bool:
    """Copy the old settings file to ``target`` when only the old one exists; True if it did.

    The old file is left where it was (an older version can still read it) and is never read
    again once ``target`` exists, so choices made since are not overwritten.
    """
    if target.exists() or not legacy.is_file():
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".migrating")
    try:
        shutil.copyfile(legacy, partial)
        os.replace(partial, target)
    except OSError:  # unreadable old file or read-only folder: start with defaults rather than fail
        with contextlib.suppress(OSError):
            partial.unlink()
        return False
    return True


def default_workspace_path() -> Path:
    return data_dir() / "workspaces" / "coalition.uprw"


def demo_workspace_path() -> Path:
    return data_dir() / "workspaces" / "demo-coalition.uprw"


def config_dir() -> Path:
    """Per-user settings folder (``~/.config/upr-desktop``; the data folder on Windows and macOS);
    under ``UPR_DESKTOP_HOME`` when that is set (tests, portable installs)."""
    override = os.environ.get("UPR_DESKTOP_HOME")
    if override:
        return Path(override) / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """Per-user log folder; under ``UPR_DESKTOP_HOME`` when that is set."""
    override = os.environ.get("UPR_DESKTOP_HOME")
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
