"""Where the app finds its bundled resources and keeps its own files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "upr-desktop"


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """Per-user data folder; ``UPR_DESKTOP_HOME`` overrides it (tests, portable installs)."""
    override = os.environ.get("UPR_DESKTOP_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_workspace_path() -> Path:
    return data_dir() / "workspaces" / "coalition.uprw"


def demo_workspace_path() -> Path:
    return data_dir() / "workspaces" / "demo-coalition.uprw"


def config_dir() -> Path:
    """Per-user settings folder; under ``UPR_DESKTOP_HOME`` when that is set (tests, portable installs)."""
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
