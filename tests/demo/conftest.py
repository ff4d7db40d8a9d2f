"""Fixtures for demo tests: the demo template built once per test session, copied per test."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from upr_desktop.core.storage.workspace_file import WorkspaceFile, open_workspace


@pytest.fixture(scope="session")
def session_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo template, built once (about two seconds) in a session-wide data folder."""
    from upr_desktop.demo.demo_file import ensure_template

    home = tmp_path_factory.mktemp("demo-home")
    previous = os.environ.get("UPR_DESKTOP_HOME")
    os.environ["UPR_DESKTOP_HOME"] = str(home)
    try:
        return ensure_template()
    finally:
        if previous is None:
            os.environ.pop("UPR_DESKTOP_HOME", None)
        else:
            os.environ["UPR_DESKTOP_HOME"] = previous


@pytest.fixture
def demo_template(session_demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make create_demo use the session's template instead of building one per test."""
    from upr_desktop.demo import demo_file as demo_workspace

    monkeypatch.setattr(demo_workspace, "template_path", lambda: session_demo_template)
    return session_demo_template


def copy_demo(template: Path, target: Path) -> Path:
    src = sqlite3.connect(f"file:{template}?mode=ro", uri=True)
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


@pytest.fixture
def demo_ws(session_demo_template: Path, tmp_path: Path) -> Iterator[WorkspaceFile]:
    """A fresh, open copy of the demo workspace."""
    ws = open_workspace(copy_demo(session_demo_template, tmp_path / "demo.uprw"))
    yield ws
    ws.close()
