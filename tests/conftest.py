"""Shared fixtures: headless Qt, an in-memory keyring, fresh workspaces, and the CLI in-process.

A fresh workspace is a copy of one built (through every migration) once per test session: building
one costs about half a second, copying it a millisecond. Each copy gets its own workspace UUID, as
``create_workspace`` would give it. Tests of creation itself call ``create_workspace``.
"""

from __future__ import annotations

import os

# Before anything imports Qt: draw offscreen, never on a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

from upr_desktop.core.storage.workspace_file import WorkspaceFile, create_workspace, open_workspace


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


def copy_workspace(template: Path, target: Path, *, new_identity: bool = True) -> Path:
    """Copy a closed workspace file; ``new_identity`` gives the copy its own workspace UUID."""
    assert not template.with_name(template.name + "-wal").exists(), f"{template} is still open"
    shutil.copyfile(template, target)
    if new_identity:
        conn = sqlite3.connect(target)
        try:
            with conn:
                conn.execute("UPDATE workspace SET uuid = ?", (str(uuid.uuid4()),))
        finally:
            conn.close()
    return target


@pytest.fixture(scope="session")
def workspace_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test workspace as ``create_workspace`` makes it, migrated once for the whole session."""
    path = tmp_path_factory.mktemp("workspace-template") / "template.uprw"
    create_workspace(path, name="Test Coalition", country="Thailand", cycles=[2]).close()
    return path


@pytest.fixture(scope="session")
def _templates_by_details(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, tuple[int, ...]], Path]:
    return {}


@pytest.fixture
def new_workspace(_templates_by_details: dict[tuple[str, str, tuple[int, ...]], Path],
                  tmp_path_factory: pytest.TempPathFactory) -> Callable[..., WorkspaceFile]:
    """``create_workspace(path, name=..., country=..., cycles=...)`` for tests about something else: an open copy
    (with its own workspace UUID) of a file created once per session with those details."""

    def make(path: Path, *, name: str, country: str, cycles: list[int] | None = None) -> WorkspaceFile:
        details = (name, country, tuple(cycles or ()))
        template = _templates_by_details.get(details)
        if template is None:
            template = tmp_path_factory.mktemp("workspace-template") / "template.uprw"
            create_workspace(template, name=name, country=country, cycles=cycles).close()
            _templates_by_details[details] = template
        path.parent.mkdir(parents=True, exist_ok=True)
        return open_workspace(copy_workspace(template, path))

    return make


@pytest.fixture
def workspace(request: pytest.FixtureRequest, workspace_path: Path) -> Iterator[WorkspaceFile]:
    """A fresh workspace: a copy of the template file, or with UPR_DESKTOP_TEST_ENGINE=postgresql (CI's second pass over
    the storage, import, merge and report tests) a copy of the template database on the test server."""
    if os.environ.get("UPR_DESKTOP_TEST_ENGINE") == "postgresql" and "needs_file" not in request.keywords:
        yield request.getfixturevalue("pg_workspace")
        return
    ws = open_workspace(copy_workspace(request.getfixturevalue("workspace_template"), workspace_path))
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def session_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo coalition's template, built once for the session (about two seconds) in its own data folder."""
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
    """Make ``create_demo`` (the app's and the CLI's) use the session's template instead of building one."""
    from upr_desktop.demo import demo_file

    monkeypatch.setattr(demo_file, "template_path", lambda: session_demo_template)
    return session_demo_template


@pytest.fixture
def demo_ws(session_demo_template: Path, tmp_path: Path) -> Iterator[WorkspaceFile]:
    """A fresh, open copy of the demo workspace (the same file every time, as ``demo --reset`` gives)."""
    ws = open_workspace(copy_workspace(session_demo_template, tmp_path / "demo.uprw", new_identity=False))
    yield ws
    ws.close()


def _log_tail(lines: int = 40) -> str:
    """The end of the test's log: an unexpected error is one line on stderr, its traceback is there."""
    from upr_desktop.logs import log_file

    path = log_file()
    return "\n--- log ---\n" + "\n".join(path.read_text(encoding="utf-8").splitlines()[-lines:]) if path.exists() else ""


@pytest.fixture
def cli(request: pytest.FixtureRequest, workspace_path: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    """Run ``upr-desktop`` in-process on the test workspace: ``cli("info", json=True)`` (on the test server in the PostgreSQL pass)."""
    from upr_desktop.cli import main

    on_server = os.environ.get("UPR_DESKTOP_TEST_ENGINE") == "postgresql" and "workspace" in request.fixturenames \
        and "needs_file" not in request.keywords
    location = request.getfixturevalue("pg_url") if on_server else str(workspace_path)

    def run(*argv: str, json_output: bool = False, expect: int = 0) -> Any:
        args = ["--workspace", location, *(["--json"] if json_output else []), *argv]
        try:
            code = main(args)
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        assert code == expect, f"exit {code} (wanted {expect}) for {argv}: {err or out}{_log_tail()}"
        if json_output and out.strip():
            return json.loads(out)
        return out + err

    return run


# -- a PostgreSQL server for the shared-workspace tests (tests/pg.py) ----------------------------
@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Any]:
    """A throwaway cluster for the whole session (or UPR_DESKTOP_TEST_SERVER); skipped only where no server binaries are."""
    from tests import pg

    own = os.environ.get("UPR_DESKTOP_TEST_SERVER")
    if own:
        yield pg.OwnServer(own)
        return
    if pg.binaries() is None:
        if os.environ.get("UPR_DESKTOP_CI"):
            pytest.fail("CI must run the PostgreSQL tests: install the postgresql package (scripts/install-system-deps.sh --ci)")
        pytest.skip("no PostgreSQL server binaries here (apt-get install postgresql, or set UPR_DESKTOP_TEST_SERVER)")
    cluster = pg.start_cluster()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_cluster: Any) -> Iterator[str]:
    """A database holding the test workspace as ``create_workspace`` makes it, migrated once, copied per test."""
    name = pg_cluster.new_database()
    from upr_desktop.operations.workspace import create_workspace as create_anywhere

    create_anywhere(pg_cluster.url(name), name="Test Coalition", country="Thailand", cycles=[2]).close()
    yield name
    pg_cluster.drop_database(name)


@pytest.fixture
def pg_url(pg_cluster: Any, pg_template: str) -> Iterator[str]:
    """The URL of a fresh copy of the template workspace, with its own workspace UUID."""
    name = pg_cluster.new_database(template=pg_template)
    with pg_cluster.admin(name) as conn:
        conn.execute("UPDATE workspace SET uuid = %s", (str(uuid.uuid4()),))
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture
def pg_empty_url(pg_cluster: Any) -> Iterator[str]:
    """The URL of an empty database (for init)."""
    name = pg_cluster.new_database()
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture
def pg_workspace(pg_url: str) -> Iterator[WorkspaceFile]:
    from upr_desktop.operations.workspace import open_workspace as open_anywhere

    ws = open_anywhere(pg_url)
    yield ws
    ws.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_workspace(request: pytest.FixtureRequest) -> Iterator[WorkspaceFile]:
    """The template workspace on each engine: the same test runs on a file and on a server."""
    name = "pg_workspace" if request.param == "postgresql" else "workspace"
    yield request.getfixturevalue(name)
