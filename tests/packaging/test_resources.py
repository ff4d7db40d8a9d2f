"""Resources live inside the package and are found through importlib.resources, wherever the
package is: a checkout, a wheel (package data), a zip, a PyInstaller bundle (build.spec)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import upr_desktop
from upr_desktop.paths import resource

PACKAGE = Path(upr_desktop.__file__).resolve().parent
ROOT = PACKAGE.parent


def test_resource_is_inside_the_package() -> None:
    path = resource("vocabularies", "un_member_states.json")
    assert path.is_file() and path.is_relative_to(PACKAGE)
    assert resource("translations", "upr_desktop_fr.qm").is_file()
    assert not (ROOT / "resources").exists(), "resources belong in upr_desktop/resources (package data)"


def test_every_resource_is_in_the_package_data() -> None:
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]["upr_desktop"]
    shipped = {path for pattern in globs for path in PACKAGE.glob(pattern)}
    wanted = {path for path in (PACKAGE / "resources").rglob("*")
              if path.is_file() and path.suffix != ".ts" and "__pycache__" not in path.parts and path.name != "THIRD-PARTY-NOTICES.txt"}
    assert wanted - shipped == set(), "add a pattern for these to [tool.setuptools.package-data]"


def test_resources_are_read_from_a_zipped_package(tmp_path: Path) -> None:
    archive = tmp_path / "app.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in [PACKAGE / "__init__.py", PACKAGE / "paths.py", *(PACKAGE / "resources" / "vocabularies").glob("*.json")]:
            zf.write(path, path.relative_to(ROOT).as_posix())
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); import upr_desktop; from upr_desktop.paths import resource; "
            "p = resource('vocabularies', 'sdgs.json'); "
            "print(upr_desktop.__file__.startswith(sys.argv[1]), p.exists(), str(p).startswith(sys.argv[1]), len(json.loads(p.read_text())) > 0)")
    env = {**os.environ, "PYTHONPATH": ""}
    result = subprocess.run([sys.executable, "-c", code, str(archive)], capture_output=True, text=True, check=False, timeout=60, env=env, cwd=tmp_path)
    assert result.stdout.split() == ["True", "True", "False", "True"], result.stdout + result.stderr  # extracted to a real file
