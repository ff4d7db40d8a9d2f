"""Security fixtures: a fast KDF profile, workspaces parametrised plain/encrypted, marker data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from security.support import PASSPHRASE, populate
from upr_desktop.core.storage.workspace_file import WorkspaceFile, create_workspace
from upr_desktop.core.storage import sqlcipher as cipher


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cheap scrypt profile for in-process tests (the real one costs ~0.6 s a derivation)."""
    monkeypatch.setitem(cipher.PROFILES, 0, cipher.KdfProfile(0, 2**8, 8, 1))
    monkeypatch.setattr(cipher, "CURRENT_PROFILE", 0)


@pytest.fixture
def key_material() -> bytes:
    return cipher.new_key_material(PASSPHRASE)


@pytest.fixture(params=["plain", "encrypted"])
def ws_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def any_workspace(ws_kind: str, workspace_path: Path) -> Iterator[WorkspaceFile]:
    """A fresh populated workspace, once plain and once encrypted."""
    key = cipher.new_key_material(PASSPHRASE) if ws_kind == "encrypted" else None
    ws = create_workspace(workspace_path, name="Test Coalition", country="Thailand", cycles=[2], key=key)
    populate(ws)
    yield ws
    ws.close()
