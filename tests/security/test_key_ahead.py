"""The passphrase stretched ahead on a thread (core/storage/key_ahead.py) is taken only for the same passphrase, salt
and profile, once; the command line starts it with $UPR_DESKTOP_PASSPHRASE."""

from __future__ import annotations

from pathlib import Path

import pytest

from security.support import PASSPHRASE
from upr_desktop.core.storage import kdf
from upr_desktop.core.storage import sqlcipher as cipher
from upr_desktop.core.storage.workspace_file import create_workspace
from upr_desktop.core.storage import key_ahead
from upr_desktop.security import unlock


@pytest.fixture
def stretched(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The passphrases scrypt stretched, on whichever thread."""
    calls: list[str] = []
    real = kdf.stretch

    def counting(passphrase: str, salt: bytes, profile: cipher.KdfProfile) -> bytes:
        calls.append(passphrase)
        return real(passphrase, salt, profile)

    monkeypatch.setattr(kdf, "stretch", counting)
    monkeypatch.setattr(key_ahead, "_ahead", None)
    return calls


@pytest.fixture
def protected(workspace_path: Path, key_material: bytes) -> Path:
    create_workspace(workspace_path, name="Coalition", country="Thailand", key=key_material).close()
    return workspace_path


def test_the_key_stretched_ahead_is_the_key_and_is_taken_once(protected: Path, key_material: bytes, stretched: list[str]) -> None:
    key_ahead.start(protected, PASSPHRASE)
    salt = cipher.file_salt(protected)
    assert cipher.derive_key(PASSPHRASE, salt) == key_material and stretched == [PASSPHRASE]
    assert key_ahead._ahead is None  # taken: not kept
    assert cipher.derive_key(PASSPHRASE, salt) == key_material and stretched == [PASSPHRASE, PASSPHRASE]


def test_another_passphrase_salt_or_profile_is_stretched_as_before(protected: Path, key_material: bytes, stretched: list[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    salt = cipher.file_salt(protected)
    key_ahead.start(protected, PASSPHRASE)
    wrong = cipher.derive_key("not the passphrase at all", salt)
    assert wrong != key_material and key_ahead._ahead is None
    key_ahead.start(protected, PASSPHRASE)
    other_salt = salt[:-2] + bytes([salt[-2] ^ 1, salt[-1]])
    assert cipher.derive_key(PASSPHRASE, other_salt)[-16:] == other_salt
    key_ahead.start(protected, PASSPHRASE)
    key_ahead._ahead.join()
    monkeypatch.setitem(cipher.PROFILES, 0, cipher.KdfProfile(0, 2**9, 8, 1))  # the profile changed since
    assert cipher.derive_key(PASSPHRASE, salt) != key_material
    assert stretched.count(PASSPHRASE) == 5  # three ahead, two again


def test_a_plain_or_missing_file_starts_nothing(workspace_path: Path, stretched: list[str]) -> None:
    key_ahead.start(workspace_path, PASSPHRASE)  # missing
    assert key_ahead._ahead is None
    create_workspace(workspace_path, name="Coalition", country="Thailand").close()
    key_ahead.start(workspace_path, PASSPHRASE)
    assert key_ahead._ahead is None and stretched == []


def test_a_command_with_the_passphrase_in_the_environment_stretches_it_once(cli, protected: Path, key_material: bytes,
                                                                           stretched: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, PASSPHRASE)
    cli("groups", "add", "Quokkaville Lawyers", "--acronym", "QL")
    assert stretched == [PASSPHRASE] and key_ahead._ahead is None
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, "the wrong one entirely")
    assert "Wrong passphrase" in cli("groups", "list", expect=1)
