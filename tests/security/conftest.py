"""Security fixtures: a fast KDF profile, workspaces parametrised plain/encrypted, marker data."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from security.support import PASSPHRASE, populate
from upr_desktop.core.storage import sqlcipher as cipher
from upr_desktop.core.storage.workspace_file import WorkspaceFile, create_workspace, open_workspace

FAST_PROFILE = cipher.KdfProfile(0, 2**8, 8, 1)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cheap scrypt profile for in-process tests (the real one costs ~0.6 s a derivation)."""
    monkeypatch.setitem(cipher.PROFILES, 0, FAST_PROFILE)
    monkeypatch.setattr(cipher, "CURRENT_PROFILE", 0)


@pytest.fixture
def key_material() -> bytes:
    return cipher.new_key_material(PASSPHRASE)


@pytest.fixture(params=["plain", "encrypted"])
def ws_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def populated_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, bytes | None]]:
    """The populated workspace of each kind, built once: plain, and encrypted under the test passphrase
    (stretched with the fast profile, whose number the file's salt records)."""
    folder = tmp_path_factory.mktemp("security-templates")
    before = dict(cipher.PROFILES), cipher.CURRENT_PROFILE
    cipher.PROFILES[0], cipher.CURRENT_PROFILE = FAST_PROFILE, 0
    try:
        templates: dict[str, tuple[Path, bytes | None]] = {}
        for kind in ("plain", "encrypted"):
            key = cipher.new_key_material(PASSPHRASE) if kind == "encrypted" else None
            path = folder / f"{kind}.uprw"
            ws = create_workspace(path, name="Test Coalition", country="Thailand", cycles=[2], key=key)
            populate(ws)
            ws.close()
            templates[kind] = (path, key)
        return templates
    finally:
        cipher.PROFILES.clear()
        cipher.PROFILES.update(before[0])
        cipher.CURRENT_PROFILE = before[1]


@pytest.fixture
def any_workspace(ws_kind: str, workspace_path: Path,
                  populated_templates: dict[str, tuple[Path, bytes | None]]) -> Iterator[WorkspaceFile]:
    """A fresh populated workspace, once plain and once encrypted: a copy of the session's, with its own UUID."""
    template, key = populated_templates[ws_kind]
    assert not template.with_name(template.name + "-wal").exists()
    shutil.copyfile(template, workspace_path)
    ws = open_workspace(workspace_path, key=key)
    with ws.engine.begin() as conn:  # not through the ORM: no change log row, as create_workspace writes none
        conn.exec_driver_sql("UPDATE workspace SET uuid = ?", (str(uuid.uuid4()),))
    yield ws
    ws.close()
