"""Encryption at rest: raw bytes carry no plaintext, wrong keys fail cleanly, keys never leak."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from security.support import MARKERS, PASSPHRASE, leaks, populate, raw_bytes
from upr_desktop.core.storage import backups
from upr_desktop.core.storage.workspace_file import create_workspace, open_workspace, owner_path
from upr_desktop.errors import PassphraseRequired, WrongPassphrase
from upr_desktop.core.storage import sqlcipher as cipher
from upr_desktop.security import unlock


def _encrypted(workspace_path: Path, key: bytes):
    ws = create_workspace(workspace_path, name="Test Coalition", country="Thailand", key=key)
    populate(ws)
    return ws


def test_plain_workspace_shows_its_markers(workspace_path: Path) -> None:
    """The leak detector itself works: a plain file does contain the markers."""
    ws = create_workspace(workspace_path, name="Test Coalition", country="Thailand")
    populate(ws)
    ws.close()
    assert set(leaks(raw_bytes(workspace_path))) >= {"recommendation", "group", "consultation"}


def test_encrypted_file_wal_and_backups_hold_no_plaintext(workspace_path: Path, key_material: bytes) -> None:
    ws = _encrypted(workspace_path, key_material)
    wal = workspace_path.with_name(workspace_path.name + "-wal")
    with ws.engine.connect() as conn:  # keep a reader open so the WAL is not folded away
        conn.exec_driver_sql("SELECT count(*) FROM recommendation").fetchall()
        assert wal.exists() and wal.stat().st_size > 0
        assert leaks(raw_bytes(wal)) == []
        assert leaks(raw_bytes(workspace_path)) == []
    target = backups.backup(ws, reason="manual")
    ws.close()
    assert leaks(raw_bytes(workspace_path)) == []
    assert leaks(raw_bytes(target)) == []
    assert not raw_bytes(workspace_path).startswith(cipher.SQLITE_HEADER)
    assert cipher.file_salt(target) == cipher.salt_of(key_material)  # the backup opens with the same passphrase


def test_stdlib_sqlite_cannot_read_it(workspace_path: Path, key_material: bytes) -> None:
    _encrypted(workspace_path, key_material).close()
    conn = sqlite3.connect(workspace_path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM recommendation").fetchall()
    conn.close()
    assert cipher.is_encrypted(workspace_path)
    with pytest.raises(PassphraseRequired):
        open_workspace(workspace_path)


def test_wrong_passphrase_fails_cleanly_and_leaves_file_identical(workspace_path: Path, key_material: bytes) -> None:
    _encrypted(workspace_path, key_material).close()
    before = raw_bytes(workspace_path)
    wrong = cipher.derive_key("not the passphrase", cipher.file_salt(workspace_path) or b"")
    for _ in range(3):
        with pytest.raises(WrongPassphrase) as info:
            open_workspace(workspace_path, key=wrong)
        assert "Wrong passphrase" in str(info.value)
    assert raw_bytes(workspace_path) == before
    assert not workspace_path.with_name(workspace_path.name + "-wal").exists()
    assert not owner_path(workspace_path).exists()
    with unlock.open_with_passphrase(workspace_path, PASSPHRASE) as ws:  # the lock was released
        assert ws.record().name == "Test Coalition"


def test_key_derivation_is_salted_and_deterministic() -> None:
    salt = cipher.new_salt()
    assert cipher.derive_key(PASSPHRASE, salt) == cipher.derive_key(PASSPHRASE, salt)
    assert cipher.derive_key(PASSPHRASE, salt) != cipher.derive_key(PASSPHRASE, cipher.new_salt())
    assert cipher.derive_key(PASSPHRASE, salt) != cipher.derive_key(PASSPHRASE + "x", salt)
    assert len(cipher.derive_key(PASSPHRASE, salt)) == cipher.MATERIAL_BYTES
    assert salt[-1] == cipher.CURRENT_PROFILE


def test_default_profile_is_memory_hard() -> None:
    profile = cipher.PROFILES[1]
    assert 128 * profile.r * profile.n >= 64 * 1024 * 1024  # at least 64 MiB per derivation


def test_unknown_kdf_profile_is_refused() -> None:
    with pytest.raises(cipher.CipherError, match="newer version"):
        cipher.derive_key(PASSPHRASE, b"\x01" * 15 + b"\xee")


def test_wrong_length_key_is_refused_without_echoing_it(tmp_path: Path) -> None:
    bad = bytes(range(20))
    with pytest.raises(cipher.CipherError) as info:
        cipher.connect(tmp_path / "x.db", bad)
    assert bad.hex() not in str(info.value)


def test_key_never_in_logs_or_exceptions(workspace_path: Path, key_material: bytes, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("sqlalchemy.engine", "sqlalchemy.pool", "sqlalchemy.dialects"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        ws = _encrypted(workspace_path, key_material)
        backups.backup(ws)
        ws.close()
        wrong = cipher.derive_key("not the passphrase", cipher.file_salt(workspace_path) or b"")
        with pytest.raises(WrongPassphrase) as info:
            open_workspace(workspace_path, key=wrong)
        messages = [str(info.value), repr(info.value)]
    finally:
        for name in ("sqlalchemy.engine", "sqlalchemy.pool", "sqlalchemy.dialects"):
            logging.getLogger(name).setLevel(logging.WARNING)
    text = caplog.text + "\n".join(messages)
    assert "SELECT" in caplog.text or "PRAGMA" in caplog.text  # SQL was logged, so this check means something
    for secret in (key_material.hex(), key_material[:32].hex(), wrong.hex(), PASSPHRASE):
        assert secret not in text
    assert "PRAGMA key" not in text


def test_keyed_dialect_is_pysqlcipher(workspace_path: Path, key_material: bytes) -> None:
    ws = _encrypted(workspace_path, key_material)
    try:
        assert ws.engine.dialect.driver == "pysqlcipher"
        assert ws.engine.url.password is None
        assert "x'" not in str(ws.engine.url)
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -cipher.CACHE_KIB
    finally:
        ws.close()


def test_markers_cover_sensitive_fields() -> None:
    assert {"contact", "participants"} <= set(MARKERS)
