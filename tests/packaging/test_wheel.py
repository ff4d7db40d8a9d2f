"""The wheel is a working app: built from this checkout, installed into a fresh virtual environment,
it runs init, demo, import and report without the checkout.

Offline and fast: the fresh venv gets the wheel with ``pip install --no-deps --no-index``, and its
dependencies are linked in from this test environment, but only those the wheel's own metadata
asks for (transitively). A dependency missing from pyproject.toml, or a resource missing from the
package data, fails here as it would for a person running ``pipx install upr-desktop``.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from email.parser import Parser
from importlib import metadata
from pathlib import Path

import pytest

from upr_desktop import __version__
from upr_desktop.licences import normalise

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def build_wheel(out: Path) -> Path:
    """The wheel of a copy of the checkout: setuptools' build/ and egg-info folders of earlier
    builds could otherwise hand it files that pyproject.toml no longer ships."""
    source = out.parent / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv*", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", ".ruff_cache", "out"))
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-q", "-w", str(out), str(source)],
                            capture_output=True, text=True, check=False, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "deprecat" not in (result.stdout + result.stderr).lower(), result.stderr  # PEP 639 licence fields
    (wheel,) = out.glob("upr_desktop-*.whl")
    return wheel


def required(requires: list[str]) -> list[str]:
    """Runtime requirement names (the ones behind an extra are left out)."""
    import re

    return [re.match(r"[A-Za-z0-9._-]+", spec.strip()).group(0)  # type: ignore[union-attr]
            for spec, _, marker in (r.partition(";") for r in requires) if "extra" not in marker]


def link_dependencies(wheel_requires: list[str], site: Path) -> list[str]:
    """Link what the wheel needs from this environment's site-packages into the fresh one."""
    linked: dict[str, metadata.Distribution] = {}
    todo = required(wheel_requires)
    while todo:
        name = todo.pop()
        if normalise(name) in linked:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # for another platform or Python version
        linked[normalise(name)] = dist
        todo.extend(required(dist.requires or []))
    for dist in linked.values():
        base = Path(dist.locate_file(""))
        for top in {file.parts[0] for file in dist.files or [] if file.parts and file.parts[0] not in ("..", "__pycache__")}:
            source, target = base / top, site / top
            if source.exists() and not target.exists():
                target.symlink_to(source)
    return sorted(linked)


def test_wheel_installs_into_a_fresh_venv_and_runs_the_app(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path / "dist")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        meta = Parser().parsestr(zf.read(f"upr_desktop-{__version__}.dist-info/METADATA").decode())
    assert "upr_desktop/resources/vocabularies/un_member_states.json" in names
    assert "upr_desktop/resources/translations/upr_desktop_fr.qm" in names
    assert "upr_desktop/resources/icons/upr-desktop-256.png" in names
    assert {"upr_desktop/resources/fonts/NotoSansThai-Regular.ttf", "upr_desktop/resources/fonts/OFL.txt",
            "upr_desktop/resources/translations/qtbase_my.qm"} <= names
    assert "upr_desktop/core/storage/migrations/env.py" in names
    assert not any(n.endswith(".ts") for n in names)  # translation sources stay in the checkout
    assert f"upr_desktop-{__version__}.dist-info/licenses/LICENSE" in names
    assert meta["License-Expression"] == "GPL-3.0-or-later" and meta["Version"] == __version__

    venv = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index",
                              "--disable-pip-version-check", str(wheel)], capture_output=True, text=True, check=False, timeout=300)
    assert install.returncode == 0, install.stderr
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    assert site != Path(sysconfig.get_paths()["purelib"])
    linked = link_dependencies(meta.get_all("Requires-Dist") or [], site)
    assert "pyside6" in linked and "sqlalchemy" in linked and "upr-desktop" not in linked

    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HOME": str(home), "UPR_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}

    def app(*args: str) -> str:
        result = subprocess.run([str(venv / "bin" / "upr-desktop"), *args], capture_output=True, text=True, check=False,
                                timeout=300, env=env, cwd=home)
        assert result.returncode == 0, f"{args}: {result.stdout}{result.stderr}"
        assert "Traceback" not in result.stderr, result.stderr
        return result.stdout

    where = subprocess.run([str(python), "-c", "import upr_desktop; print(upr_desktop.__file__)"], capture_output=True, text=True,
                           check=True, env=env, cwd=home).stdout
    assert Path(where.strip()).is_relative_to(site), where  # the installed copy, not the checkout

    assert app("--version").strip() == f"upr-desktop {__version__}"
    app("--workspace", "kenya.uprw", "init", "--name", "Kenya coalition", "--country", "Kenya")
    export = home / "upr-info.csv"
    with open(export, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue", "Session"])
        writer.writerow(["Kenya", "Africa", "AU", "Ratify the Optional Protocol to the Convention against Torture", "Denmark", "WEOG", "EU", "Supported", 5, "Torture and other CID treatment", 35])
        writer.writerow(["Kenya", "Africa", "AU", "Protect human rights defenders from reprisals", "Norway", "WEOG", "", "Noted", 4, "Human rights defenders", 35])
    imported = json.loads(app("--workspace", "kenya.uprw", "--json", "import", str(export)))
    assert imported["files"][0]["added"] == 2, imported
    assert "Protect human rights defenders" in app("--workspace", "kenya.uprw", "recommendations", "list")
    app("demo", "--workspace", "demo.uprw")
    app("--workspace", "demo.uprw", "report", "--kind", "implementation", "-o", "report.pdf")
    assert (home / "report.pdf").read_bytes()[:5] == b"%PDF-"
    app("--workspace", "kenya.uprw", "report", "--kind", "coverage", "-o", "coverage.xlsx")
    assert zipfile.is_zipfile(home / "coverage.xlsx")
    assert os.listdir(home)  # everything stayed in the test's own folder
