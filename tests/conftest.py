"""Shared fixtures: headless Qt, an in-memory keyring, fresh workspaces, and the CLI in-process."""

from __future__ import annotations

import os

# Before anything imports Qt: draw offscreen, never on a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

from upr_desktop.core.storage.workspace_file import WorkspaceFile, create_workspace


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in the test process only: tests never touch the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.store:
            raise PasswordDeleteError(username)
        del self.store[(service, username)]


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own user data folder, so nothing lands in the real one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("UPR_DESKTOP_HOME", str(home))
    monkeypatch.delenv("UPR_DESKTOP_BACKUP_DIR", raising=False)
    return home


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "coalition.uprw"


@pytest.fixture
def workspace(workspace_path: Path) -> Iterator[WorkspaceFile]:
    ws = create_workspace(workspace_path, name="Test Coalition", country="Thailand", cycles=[2])
    yield ws
    ws.close()


@pytest.fixture
def cli(workspace_path: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    """Run ``upr-desktop`` in-process on the test workspace: ``cli("info", json=True)``."""
    from upr_desktop.cli import main

    def run(*argv: str, json_output: bool = False, expect: int = 0) -> Any:
        args = ["--workspace", str(workspace_path), *(["--json"] if json_output else []), *argv]
        try:
            code = main(args)
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        assert code == expect, f"exit {code} (wanted {expect}) for {argv}: {err or out}"
        if json_output and out.strip():
            return json.loads(out)
        return out + err

    return run
