"""The Qt-free packages never import PySide6 (checked in a fresh interpreter)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import upr_desktop

QT_FREE = ["core", "security", "importers", "exchange", "reports", "demo", "commands"]


def qt_free_modules() -> list[str]:
    root = Path(upr_desktop.__file__).parent
    names = ["upr_desktop.cli", "upr_desktop.paths", "upr_desktop.i18n", "upr_desktop.io", "upr_desktop.errors", "upr_desktop.licences"]
    for package in QT_FREE:
        names.append(f"upr_desktop.{package}")
        for info in pkgutil.walk_packages([str(root / package)], prefix=f"upr_desktop.{package}."):
            if ".migrations" not in info.name:  # Alembic scripts run only inside Alembic
                names.append(info.name)
    return names


def test_qt_free_packages_never_import_pyside6():
    modules = qt_free_modules()
    assert len(modules) > 20
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print('LEAKED' if leaked else 'CLEAN', leaked)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("CLEAN"), result.stdout


def test_headless_cli_command_does_not_load_qt(tmp_path):
    code = (
        "import sys\n"
        "from upr_desktop.cli import main\n"
        f"main(['--workspace', {str(tmp_path / 'w.uprw')!r}, 'init', '--name', 'X', '--country', 'Kenya'])\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env={"PATH": "/usr/bin:/bin", "UPR_DESKTOP_HOME": str(tmp_path)})
    assert result.stdout.strip().endswith("False"), result.stdout + result.stderr
