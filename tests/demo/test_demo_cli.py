"""``upr-desktop demo``: create, refuse, reset."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from upr_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_command_creates_and_resets(demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.uprw"
    code, out, _ = run(capsys, "demo", "--workspace", str(path), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["is_demo"] is True and data["counts"]["recommendations"] == 249
    code, _, err = run(capsys, "demo", "--workspace", str(path))
    assert code == 1 and "--reset" in err
    code, out, _ = run(capsys, "demo", "--workspace", str(path), "--reset")
    assert code == 0 and "Reset the demo coalition" in out and "249 recommendations" in out


def test_demo_defaults_to_the_demo_file_not_the_coalition(demo_template: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from upr_desktop.paths import default_workspace_path, demo_workspace_path

    code, out, _ = run(capsys, "demo", "--json")
    assert code == 0
    assert json.loads(out)["path"] == str(demo_workspace_path())
    assert not default_workspace_path().exists()


def test_the_demo_makes_the_data_folder_private(demo_template: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Defect: scripts/start.sh's first run made ~/.local/share/upr-desktop/workspaces 0755 through the demo, and a
    folder that exists is left as it is: the coalition's workspace later went into a folder others could list."""
    import os

    from upr_desktop.paths import demo_workspace_path

    old = os.umask(0o022)
    try:
        code, _, _ = run(capsys, "demo")
    finally:
        os.umask(old)
    assert code == 0
    assert demo_workspace_path().parent.stat().st_mode & 0o777 == 0o700
