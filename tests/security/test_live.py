"""Security operations on a workspace held open by the app: lock/unlock, protect, rekey, unprotect."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from security.support import PASSPHRASE, leaks, populate, raw_bytes
from upr_desktop.core.domain.models import Recommendation
from upr_desktop.core.storage.workspace_file import WorkspaceFile, create_workspace, open_workspace
from upr_desktop.errors import PassphraseRequired, WorkspaceLocked, WrongPassphrase
from upr_desktop.core.storage import sqlcipher as cipher
from upr_desktop.security import live

NEW = "papaya salad no chilli"


@pytest.fixture
def open_plain(workspace_path: Path):
    ws = create_workspace(workspace_path, name="Test Coalition", country="Thailand")
    populate(ws)
    yield ws
    ws.close()


def _refs(ws: WorkspaceFile) -> set[str]:
    with ws.session() as s:
        return {r.ref for r in s.scalars(select(Recommendation))}


def test_protect_rekey_unprotect_while_open(open_plain: WorkspaceFile) -> None:
    report = live.protect_open(open_plain, PASSPHRASE)
    assert open_plain.encrypted and cipher.is_encrypted(open_plain.path)
    assert report.key is not None and report.key.hex() not in repr(report)
    assert _refs(open_plain) == {"145.1", "145.2"}
    with pytest.raises(WorkspaceLocked):  # the app kept its lock all along
        open_workspace(open_plain.path, key=report.key)
    with pytest.raises(WrongPassphrase):
        live.rekey_open(open_plain, "not the passphrase", NEW)
    live.rekey_open(open_plain, PASSPHRASE, NEW)
    assert _refs(open_plain) == {"145.1", "145.2"}
    live.unprotect_open(open_plain, NEW)
    assert not open_plain.encrypted and not cipher.is_encrypted(open_plain.path)
    assert _refs(open_plain) == {"145.1", "145.2"}


def test_lock_drops_the_key_and_unlock_needs_the_passphrase(open_plain: WorkspaceFile) -> None:
    assert not live.lock(open_plain)  # a plain workspace has nothing to lock
    live.protect_open(open_plain, PASSPHRASE)
    assert live.lock(open_plain) and live.is_locked(open_plain)
    assert open_plain.connector.key is None
    with pytest.raises(PassphraseRequired, match="locked"), open_plain.session() as s:
        s.scalars(select(Recommendation)).all()
    with pytest.raises(WrongPassphrase):
        live.unlock(open_plain, "not it")
    assert live.is_locked(open_plain)
    live.unlock(open_plain, PASSPHRASE)
    assert not live.is_locked(open_plain) and _refs(open_plain) == {"145.1", "145.2"}
    open_plain.close()
    assert leaks(raw_bytes(open_plain.path)) == []
