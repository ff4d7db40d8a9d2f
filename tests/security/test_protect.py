"""Protect, unprotect, rekey (with their backups), and secure removal of a workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from security.support import PASSPHRASE, leaks, populate, raw_bytes
from upr_desktop.core.read import recommendation_list as queries
from upr_desktop.core.storage import backups
from upr_desktop.core.domain.models import Recommendation
from upr_desktop.core.storage.workspace_file import create_workspace, open_workspace
from upr_desktop.errors import UserError, WorkspaceLocked, WrongPassphrase
from upr_desktop.core.storage import sqlcipher as cipher
from upr_desktop.security import keystore, protect, unlock

NEW = "papaya salad no chilli"


@pytest.fixture
def plain_path(workspace_path: Path) -> Path:
    ws = create_workspace(workspace_path, name="Test Coalition", country="Thailand")
    populate(ws)
    backups.backup(ws, reason="manual")
    ws.close()
    return workspace_path


def _all_files(path: Path) -> list[Path]:
    return [path, *[b.path for b in backups.list_backups(path)]]


def test_protect_encrypts_file_and_backups(plain_path: Path) -> None:
    assert leaks(raw_bytes(plain_path))
    report = protect.protect(plain_path, PASSPHRASE)
    assert report.safety_backup is not None and len(report.converted_backups) == 2
    for f in _all_files(plain_path):
        assert cipher.is_encrypted(f), f
        assert leaks(raw_bytes(f)) == [], f
    assert not list(plain_path.parent.glob("*.converting"))
    with unlock.open_with_passphrase(plain_path, PASSPHRASE) as ws, ws.session() as s:
        assert {r.ref for r in s.scalars(select(Recommendation))} == {"145.1", "145.2"}
        assert s.scalars(queries.filtered_ids(queries.RecommendationFilter(search="Zanzibarite"))).all()
    with pytest.raises(UserError, match="already protected"):
        protect.protect(plain_path, PASSPHRASE)


def test_protect_refuses_short_passphrase_and_changes_nothing(plain_path: Path) -> None:
    before = raw_bytes(plain_path)
    with pytest.raises(UserError, match="at least"):
        protect.protect(plain_path, "short")
    assert raw_bytes(plain_path) == before


def test_protect_refuses_an_open_workspace(plain_path: Path) -> None:
    with open_workspace(plain_path), pytest.raises(WorkspaceLocked):
        protect.protect(plain_path, PASSPHRASE)
    assert not cipher.is_encrypted(plain_path)


def test_protect_with_remember(plain_path: Path) -> None:
    report = protect.protect(plain_path, PASSPHRASE, remember=True)
    assert report.remembered
    with unlock.open_protected(plain_path, interactive=False) as ws:
        assert ws.encrypted


def test_failed_conversion_leaves_original(plain_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = raw_bytes(plain_path)
    real = protect.export_copy

    def broken(src: Path, src_key: bytes | None, dst: Path, dst_key: bytes | None) -> None:
        real(src, src_key, dst, dst_key)
        raise UserError("disk full (simulated)")

    monkeypatch.setattr(protect, "export_copy", broken)
    with pytest.raises(UserError, match="simulated"):
        protect.protect(plain_path, PASSPHRASE)
    assert raw_bytes(plain_path) == before
    assert not list(plain_path.parent.glob("*.converting"))


def test_unprotect_round_trip(plain_path: Path) -> None:
    protect.protect(plain_path, PASSPHRASE, remember=True)
    key = cipher.derive_key(PASSPHRASE, cipher.file_salt(plain_path) or b"")
    report = protect.unprotect(plain_path, key)
    for f in _all_files(plain_path):
        assert not cipher.is_encrypted(f), f
    assert keystore.workspace_key_for(plain_path) is None
    assert report.safety_backup is not None
    with open_workspace(plain_path) as ws, ws.session() as s:
        assert s.scalars(queries.filtered_ids(queries.RecommendationFilter(search="Zanzibarite"))).all()


def test_rekey_changes_passphrase_of_file_and_backups(plain_path: Path) -> None:
    protect.protect(plain_path, PASSPHRASE, remember=True)
    old_salt = cipher.file_salt(plain_path)
    old = cipher.derive_key(PASSPHRASE, old_salt or b"")
    report = protect.rekey(plain_path, old, NEW)
    assert report.remembered and report.safety_backup is not None
    assert cipher.file_salt(plain_path) != old_salt
    for f in _all_files(plain_path):
        assert cipher.file_salt(f) == cipher.file_salt(plain_path), f
        assert leaks(raw_bytes(f)) == []
    with pytest.raises(WrongPassphrase):
        unlock.open_with_passphrase(plain_path, PASSPHRASE)
    with unlock.open_with_passphrase(plain_path, NEW) as ws:
        assert ws.record().name == "Test Coalition"
    assert keystore.get_secret(keystore.workspace_entry(old_salt or b"")) is None
    with unlock.open_protected(plain_path, interactive=False) as ws:  # the new key is remembered
        assert ws.encrypted


def test_rekey_with_wrong_old_key_changes_nothing(plain_path: Path) -> None:
    protect.protect(plain_path, PASSPHRASE)
    before = raw_bytes(plain_path)
    wrong = cipher.derive_key("not it at all", cipher.file_salt(plain_path) or b"")
    with pytest.raises(WrongPassphrase):
        protect.rekey(plain_path, wrong, NEW)
    assert raw_bytes(plain_path) == before


def test_removal_plan_and_remove(plain_path: Path, memory_keyring) -> None:
    protect.protect(plain_path, PASSPHRASE, remember=True)
    with unlock.open_protected(plain_path, interactive=False) as ws, ws.transaction() as s:
        from upr_desktop.exchange import signing

        signing.get_or_create_key(s)
        uuid = ws.uuid
    other = create_workspace(plain_path.with_name("other.uprw"), name="Other", country="Kenya")
    backups.backup(other)
    other.close()
    plan = protect.removal_plan(plain_path)
    files = [Path(p) for p in plan if not p.startswith("keyring:")]
    assert plain_path in files and len([f for f in files if f.suffix == ".bak"]) == 2
    assert any(keystore.signing_entry(uuid) in p for p in plan)
    assert any("workspace-key:" in p for p in plan)
    with pytest.raises(UserError, match="changed since"):
        protect.remove_workspace(plain_path, plan[:-1])
    assert plain_path.exists()
    removed = protect.remove_workspace(plain_path, plan)
    assert set(plan) <= set(removed)
    assert not plain_path.exists() and backups.list_backups(plain_path) == []
    assert not any(f.exists() for f in files)
    assert memory_keyring.store.get((keystore.SERVICE, keystore.signing_entry(uuid))) is None
    assert keystore.stored_entries() == []
    assert plain_path.with_name("other.uprw").exists() and len(backups.list_backups(plain_path.with_name("other.uprw"))) == 1


def test_remove_refuses_an_open_workspace(plain_path: Path) -> None:
    plan = protect.removal_plan(plain_path)
    with open_workspace(plain_path), pytest.raises(WorkspaceLocked):
        protect.remove_workspace(plain_path, plan)
    assert plain_path.exists()


def test_shred_overwrites_before_unlinking(tmp_path: Path) -> None:
    f = tmp_path / "secret.bin"
    f.write_bytes(b"Zanzibarite" * 1000)
    handle = open(f, "rb")  # noqa: SIM115 - a second name for the same inode shows what was left on it
    try:
        protect.shred(f)
        assert not f.exists()
        assert handle.read() == b"\0" * 11000
    finally:
        handle.close()
