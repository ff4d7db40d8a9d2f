"""The Linux desktop files: they validate, agree with the app's names, and the MIME type is found.

The validators come from Debian's desktop-file-utils, appstream and shared-mime-info
(scripts/install-system-deps.sh --ci installs them); a test skips only when its tool is missing.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from upr_desktop import __version__
from upr_desktop.paths import APP_ID, DESKTOP_ID, WORKSPACE_MIME_TYPE, resource

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
MIME = LINUX / f"{DESKTOP_ID}.mime.xml"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (scripts/install-system-deps.sh --ci)")
    return path


def test_desktop_file_validates() -> None:
    result = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_appstream_metainfo_validates() -> None:
    result = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "E:" not in result.stdout and "W:" not in result.stdout, result.stdout


def test_mime_type_is_registered_for_uprw(tmp_path: Path) -> None:
    mime = tmp_path / "mime"  # as ~/.local/share/mime
    (mime / "packages").mkdir(parents=True)
    shutil.copy(MIME, mime / "packages")
    env = {"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(tmp_path), "XDG_DATA_DIRS": "/usr/share"}
    result = subprocess.run([tool("update-mime-database"), str(mime)], capture_output=True, text=True, check=False, timeout=60, env=env)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
    globs = (mime / "globs2").read_text(encoding="utf-8")
    assert f":{WORKSPACE_MIME_TYPE}:*.uprw" in globs
    assert (mime / "application" / "x-upr-workspace.xml").is_file()


def test_desktop_files_agree_with_the_app() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == APP_ID and section["Icon"] == DESKTOP_ID
    assert section["StartupWMClass"] == APP_ID  # Qt's X11 window class is the application name
    assert WORKSPACE_MIME_TYPE in section["MimeType"].split(";")
    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == DESKTOP_ID
    assert meta.findtext("project_license") == "GPL-3.0-or-later"
    assert meta.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert meta.find("releases/release").get("version") == __version__, "add a <release> for the new version"  # type: ignore[union-attr]
    assert meta.findtext("provides/mediatype") == WORKSPACE_MIME_TYPE
    mime = ET.parse(MIME).getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    assert mime.find("m:mime-type", ns).get("type") == WORKSPACE_MIME_TYPE  # type: ignore[union-attr]
    assert resource("icons", f"{APP_ID}.svg").is_file()
