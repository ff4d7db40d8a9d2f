"""Key changes as a journal: every copy of a workspace is found and converted (or removed); an
interrupted change is finished or undone by the next open; nothing is written without room for it."""

from __future__ import annotations

import shutil
from collections import namedtuple
from pathlib import Path

import pytest

from security.support import PASSPHRASE, leaks, populate, raw_bytes
from upr_desktop.core.storage import backups, key_change
from upr_desktop.core.storage import sqlcipher as cipher
from upr_desktop.core.storage.workspace_file import create_workspace, open_workspace
from upr_desktop.errors import PassphraseRequired, UserError
from upr_desktop.security import protect, unlock

NEW = "papaya salad no chilli"
Place = namedtuple("Place", "path folder default aside partial")


@pytest.fixture
def place(tmp_path: Path) -> Place:
    """A plain workspace whose copies are everywhere a copy can be: the chosen folder, the default one
    beside it (backups made before the setting changed), a copy a restore set aside, an unfinished backup."""
    path = tmp_path / "ws" / "coalition.uprw"
    folder = tmp_path / "chosen"
    ws = create_workspace(path, name="Test Coalition", country="Thailand")
    populate(ws)
    backups.backup_file(path, ws.connector, folder=folder)
    old_default = backups.backup_file(path, ws.connector, reason="before-import")  # beside the workspace
    ws.close()
    aside = path.with_name(path.name + ".damaged-20260101-000000")
    shutil.copyfile(old_default, aside)
    partial = folder / "coalition-20250102-000000-000000-manual.bak.part"
    shutil.copyfile(old_default, partial)
    return Place(path, folder, old_default, aside, partial)


def _every_file(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def test_protect_converts_every_copy_wherever_it_is(place: Place) -> None:
    report = protect.protect(place.path, PASSPHRASE, backup_folder=place.folder)
    salt = cipher.file_salt(place.path)
    assert salt is not None
    assert place.default in report.converted_backups and place.aside in report.converted_backups
    for f in _every_file(place.path.parents[1]):
        assert leaks(raw_bytes(f)) == [], f
    for copy in (place.default, place.aside, *place.folder.glob("*.bak")):
        assert cipher.file_salt(copy) == salt, copy
    assert not place.partial.exists()  # an unfinished backup is removed, not left in plaintext


def test_a_damaged_plaintext_copy_is_removed_and_named(place: Place) -> None:
    place.aside.write_bytes(raw_bytes(place.aside)[:5000] + b"\x00" * 3192)  # cut: cannot be exported
    report = protect.protect(place.path, PASSPHRASE, backup_folder=place.folder)
    assert report.removed == [place.aside] and not place.aside.exists()


def test_protect_again_secures_copies_an_older_version_left_in_plaintext(place: Place, cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: "already protected", and the plaintext backups stayed."""
    protect.protect(place.path, PASSPHRASE, backup_folder=place.folder)
    legacy = place.folder / "coalition-20250101-000000-000000-manual.bak"
    protect.export_copy(place.path, cipher.derive_key(PASSPHRASE, cipher.file_salt(place.path)), legacy, None)
    assert leaks(raw_bytes(legacy))
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv("UPR_DESKTOP_BACKUP_DIR", str(place.folder))
    out = cli("--workspace", str(place.path), "protect", json_output=True)
    assert str(legacy) in out["converted_backups"]
    assert leaks(raw_bytes(legacy)) == [] and cipher.file_salt(legacy) == cipher.file_salt(place.path)
    out = cli("--workspace", str(place.path), "protect", expect=1)
    assert "every copy of it" in out


def test_rekey_converts_plaintext_leftovers_and_names_copies_under_another_key(place: Place) -> None:
    protect.protect(place.path, PASSPHRASE, backup_folder=place.folder)
    stranger = place.folder / "coalition-20240101-000000-000000-manual.bak"
    protect.export_copy(place.default, cipher.derive_key(PASSPHRASE, cipher.file_salt(place.default)), stranger,
                        cipher.new_key_material("someone else's passphrase"))
    legacy = place.folder / "coalition-20250101-000000-000000-manual.bak"
    protect.export_copy(place.path, cipher.derive_key(PASSPHRASE, cipher.file_salt(place.path)), legacy, None)
    old = cipher.derive_key(PASSPHRASE, cipher.file_salt(place.path))
    report = protect.rekey(place.path, old, NEW, backup_folder=place.folder)
    assert legacy in report.converted_backups and report.left == [stranger]
    salt = cipher.file_salt(place.path)
    assert cipher.file_salt(legacy) == salt and cipher.file_salt(place.aside) == salt
    assert cipher.file_salt(stranger) != salt


def _journal(place: Place, state: str) -> key_change.Journal:
    """The state a conversion killed mid-way leaves: staged copies beside their originals, and the journal."""
    key = cipher.new_key_material(PASSPHRASE)
    files = [place.path, place.default, place.aside]
    for f in files:
        protect.export_copy(f, None, key_change.staging_path(f), key)
    journal = key_change.Journal("protect", str(place.path), None, cipher.salt_of(key).hex(), [str(f) for f in files],
                                 [str(place.partial)], state=state)
    key_change.write_journal(journal, place.path)
    return journal


def test_the_next_open_undoes_a_change_killed_while_preparing(place: Place) -> None:
    _journal(place, "preparing")
    before = {f: raw_bytes(f) for f in (place.path, place.default, place.aside)}
    with open_workspace(place.path, settings=None) as ws:
        assert ws.resumed and "undone" in ws.resumed
    assert not key_change.journal_path(place.path).exists()
    assert not list(place.path.parent.glob("*.converting")) and not list(place.default.parent.glob("*.converting"))
    for f, data in before.items():
        assert cipher.file_salt(f) is None and (f == place.path or raw_bytes(f) == data)


def test_the_next_open_finishes_a_change_killed_once_prepared(place: Place) -> None:
    journal = _journal(place, "prepared")
    key_change.replace_with(place.path, key_change.staging_path(place.path))  # killed after the workspace itself
    with pytest.raises(PassphraseRequired):
        open_workspace(place.path)  # the journal is finished before the passphrase is even asked for
    assert not key_change.journal_path(place.path).exists()
    salt = bytes.fromhex(journal.new_salt or "")
    for f in (place.path, place.default, place.aside):
        assert cipher.file_salt(f) == salt and leaks(raw_bytes(f)) == [], f
    assert not place.partial.exists()


def test_check_finishes_an_interrupted_change_too(place: Place, cli) -> None:
    _journal(place, "preparing")
    out = cli("--workspace", str(place.path), "check")
    assert "was undone" in out
    assert not key_change.journal_path(place.path).exists()


def test_no_room_for_the_conversion_writes_nothing(place: Place, monkeypatch: pytest.MonkeyPatch) -> None:
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10**9, 10**9, 10_000))
    names = sorted(_every_file(place.path.parents[1]))
    with pytest.raises(UserError, match="Not enough free space"):
        protect.protect(place.path, PASSPHRASE, backup_folder=place.folder)
    assert sorted(_every_file(place.path.parents[1])) == [n for n in names if n != place.partial]  # no backup was taken
    assert cipher.file_salt(place.path) is None


def test_delete_workspace_names_and_removes_every_copy(place: Place) -> None:
    """Before: the copy a restore set aside, staged conversions and unfinished backups were never touched."""
    _journal(place, "preparing")
    plan = protect.removal_plan(place.path, backup_folder=place.folder)
    for f in (place.path, place.default, place.aside, place.partial, key_change.journal_path(place.path),
              key_change.staging_path(place.aside), key_change.staging_path(place.path)):
        assert str(f) in plan, f
    removed = protect.remove_workspace(place.path, plan, backup_folder=place.folder)
    assert {p for p in plan if not p.startswith("keyring:")} <= set(removed)
    left = [f for f in _every_file(place.path.parents[1]) if "coalition" in f.name]
    assert left == []
