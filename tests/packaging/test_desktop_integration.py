"""What a desktop does with the app: open a workspace given as the only argument or by a macOS
file-open event, and find the settings of an older version under the one app id."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from upr_desktop import cli, paths
from upr_desktop.core.storage.workspace_file import create_workspace

ROOT = Path(__file__).resolve().parents[2]


def closed_workspace(path: Path) -> Path:
    create_workspace(path, name="Double-clicked", country="Kenya").close()
    return path


def run_app(args: list[str], home: Path, code: str | None = None) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "UPR_DESKTOP_HOME": str(home), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "upr_desktop", *args]
    env["UPR_DESKTOP_QUIT_AFTER_MS"] = "3000"
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120, env=env, cwd=home)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.mark.parametrize("argv", [["coalition.uprw"], ["/home/me/Documents/coalition.uprw"], [r"C:\Users\me\coalition.uprw"],
                                  ["--lang", "fr", "coalition.uprw"], ["coalition.uprw", "-psn_0_12345"]])
def test_a_workspace_path_as_the_only_argument_opens_the_app_on_it(argv: list[str]) -> None:
    args = cli.app_arguments(argv)
    assert args is not None and args.command is None
    assert args.workspace == next(a for a in argv if a.endswith(".uprw"))


@pytest.mark.parametrize("argv", [["info"], ["groups", "list"], ["a.uprw", "b.uprw"], ["--workspace", "a.uprw", "b.uprw"], ["--bogus"]])
def test_commands_and_anything_else_still_go_to_the_full_parser(argv: list[str]) -> None:
    assert cli.app_arguments(argv) is None


@pytest.mark.slow  # over 1.5 s: the README's command stays under 4 minutes; CI runs it
def test_upr_desktop_some_uprw_opens_that_workspace(tmp_path: Path) -> None:
    workspace = closed_workspace(tmp_path / "coalition.uprw")
    out = run_app(["coalition.uprw"], tmp_path)  # relative, as a file manager in that folder may pass it
    assert "window: MainWindow" in out and f"workspace: {workspace}" in out, out


def test_a_macos_file_open_event_opens_the_workspace(tmp_path: Path) -> None:
    workspace = closed_workspace(tmp_path / "opened by finder.uprw")
    code = textwrap.dedent("""
        import argparse, sys
        from PySide6.QtCore import QCoreApplication, QTimer
        from PySide6.QtGui import QFileOpenEvent
        from upr_desktop.ui.app import start_app
        app, controller = start_app(argparse.Namespace(workspace=None, lang="en", command=None))
        QTimer.singleShot(0, lambda: QCoreApplication.postEvent(app, QFileOpenEvent(sys.argv[1])))
        waited = []
        def check():
            waited.append(1)
            if controller.workspace is not None or len(waited) > 300:
                print("opened:", controller.workspace.path if controller.workspace else None, flush=True)
                app.quit()
        timer = QTimer(); timer.timeout.connect(check); timer.start(100)
        app.exec()
    """)
    out = run_app([str(workspace)], tmp_path, code)
    assert f"opened: {workspace}" in out, out


def test_old_settings_are_moved_once_to_the_one_app_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UPR_DESKTOP_HOME")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    legacy = tmp_path / "config" / "UPR Desktop" / "upr-desktop.ini"
    legacy.parent.mkdir(parents=True)
    legacy.write_text("[settings]\nlanguage=fr\ntext_size=14\n", encoding="utf-8")
    assert paths.legacy_settings_file() == legacy
    target = paths.settings_file()
    assert target == tmp_path / "config" / "upr-desktop" / "settings.ini"
    assert "language=fr" in target.read_text(encoding="utf-8") and legacy.exists()  # the old one stays for an older version
    assert paths.data_dir() == tmp_path / "data" / "upr-desktop"  # the same id for data
    target.write_text("[settings]\nlanguage=es\n", encoding="utf-8")  # chosen since: never overwritten again
    assert paths.settings_file() == target and "language=es" in target.read_text(encoding="utf-8")
    assert not paths.migrate_settings(legacy, target)


def test_migration_needs_nothing_and_fails_soft(tmp_path: Path) -> None:
    assert not paths.migrate_settings(tmp_path / "missing.ini", tmp_path / "new" / "settings.ini")
    assert not (tmp_path / "new" / "settings.ini").exists()
    (tmp_path / "dir.ini").mkdir()  # unreadable as a file: defaults, no traceback
    assert not paths.migrate_settings(tmp_path / "dir.ini", tmp_path / "new" / "settings.ini")


def test_legacy_location_is_where_qt_kept_it(tmp_path: Path) -> None:
    code = ("from PySide6.QtCore import QSettings; "
            "print(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, 'UPR Desktop', 'upr-desktop').fileName())")
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    qt = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60, env=env).stdout.strip()
    ours = subprocess.run([sys.executable, "-c", "from upr_desktop.paths import legacy_settings_file as f; print(f())"],
                          capture_output=True, text=True, check=False, timeout=60, env=env).stdout.strip()
    assert qt and qt == ours
