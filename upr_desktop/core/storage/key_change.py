"""A change of key (protect, unprotect, rekey) as a journal that the next open finishes or undoes.

A change converts the workspace and every copy of it (backups, copies kept aside by a restore) under
the new key. Killed half-way, the old code left plaintext backups beside an encrypted workspace, or
backups under the old passphrase. Now each change goes in two phases, with a journal beside the
workspace (``<workspace>.keychange``, written atomically, holding paths and salts, never a key):

1. *preparing*: every converted file is written beside its original as ``<name>.converting``
   (complete, checked, fsynced); the originals are untouched. Killed here, the change is rolled
   back: the staged files are shredded and everything stays under the old key.
2. *prepared*: the journal says so once every staged file is ready. From then on the change is
   rolled forward, by renames only: each staged file takes its original's place (the old contents
   zeroed), the copies that could not be converted are shredded, the journal goes.

Rolling back or forward needs no key, so :func:`resume` runs whenever the workspace is opened with
its lock (and from ``check``, ``protect`` and ``delete-workspace``), before anything is read.
Partial files no one will finish (``*.part`` backups, ``.installing`` restores, stray
``.converting`` files) are shredded at the same moment. Overwriting with zeros is best effort: SSDs
and copy-on-write file systems may keep old blocks (full-disk encryption is the protection there).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

from upr_desktop.core.storage.sidecars import sidecar_paths
from upr_desktop.errors import WorkspaceError
from upr_desktop.i18n import tr

JOURNAL_SUFFIX = ".keychange"
STAGING_SUFFIX = ".converting"
PARTIAL_SUFFIXES = (".part", ".installing", STAGING_SUFFIX)
FORMAT = 1


def journal_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + JOURNAL_SUFFIX)


def staging_path(path: Path) -> Path:
    return path.with_name(path.name + STAGING_SUFFIX)


@dataclass
class Journal:
    """What a change of key converts and removes; ``state`` is 'preparing' until every staged file is ready."""

    operation: str  # protect | unprotect | rekey | secure (copies only)
    workspace: str
    old_salt: str | None  # hex; None for a plain file
    new_salt: str | None
    convert: list[str] = field(default_factory=list)  # files converted through a staged copy (the workspace first when it is)
    remove: list[str] = field(default_factory=list)  # copies shredded once the change is rolled forward
    state: str = "preparing"
    format: int = FORMAT

    def staged(self) -> list[tuple[Path, Path]]:
        return [(Path(p), staging_path(Path(p))) for p in self.convert]


# -- files -------------------------------------------------------------------------------------------
def fsync_dir(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        try:
            fd = os.open(folder, os.O_DIRECTORY)
        except OSError:
            return
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)


def zero_and_close(handle: IO[bytes]) -> None:
    """Overwrite a file's contents with zeros through a handle kept open (its name may be gone already)."""
    try:
        size = os.fstat(handle.fileno()).st_size
        handle.seek(0)
        chunk = b"\0" * (1 << 20)
        left = size
        while left > 0:
            n = min(left, len(chunk))
            handle.write(chunk[:n])
            left -= n
        handle.flush()
        os.fsync(handle.fileno())
    except OSError:
        pass
    finally:
        handle.close()


def shred(path: Path) -> None:
    """Overwrite a file with zeros, then remove it (best effort, see the module's notes)."""
    try:
        handle = open(path, "rb+")  # noqa: SIM115 - closed by zero_and_close
    except FileNotFoundError:
        return
    except OSError:
        path.unlink(missing_ok=True)
        return
    zero_and_close(handle)
    path.unlink(missing_ok=True)


def replace_with(path: Path, new: Path) -> None:
    """Atomically put ``new`` in place of ``path`` and zero the old contents (and its WAL, SHM, journal)."""
    old = open(path, "rb+") if path.exists() else None  # noqa: SIM115 - the old inode, zeroed after the rename
    try:
        for side in sidecar_paths(path)[:3]:  # a WAL of the old file must never be replayed onto the new one
            shred(side)
        os.replace(new, path)
        fsync_dir(path.parent)
    finally:
        if old is not None:
            zero_and_close(old)


def write_journal(journal: Journal, workspace: Path) -> None:
    """Write the journal atomically (temporary file, fsync, rename, fsync of the folder), readable by its owner only."""
    target = journal_path(workspace)
    temporary = target.with_name(target.name + ".tmp")
    data = json.dumps(asdict(journal), indent=1).encode("utf-8")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, target)
    fsync_dir(target.parent)


def read_journal(workspace: Path) -> Journal | None:
    target = journal_path(workspace)
    try:
        raw: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
        return Journal(**{k: raw[k] for k in Journal.__dataclass_fields__ if k in raw})
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError) as exc:
        raise WorkspaceError(tr("The record of an interrupted change of passphrase, {path}, cannot be read ({reason}). "
                                "Move it away only after checking that the workspace opens.", path=target, reason=exc)) from None


def drop_journal(workspace: Path) -> None:
    journal_path(workspace).unlink(missing_ok=True)
    journal_path(workspace).with_name(journal_path(workspace).name + ".tmp").unlink(missing_ok=True)
    fsync_dir(workspace.parent)


# -- every copy of a workspace -----------------------------------------------------------------------
_BACKUP = r"-\d{8}-\d{6}-\d{6}-[a-z0-9-]+\.bak"


@dataclass
class Copies:
    """The files holding (some of) a workspace's data besides the workspace itself."""

    backups: list[Path] = field(default_factory=list)  # complete backups, in the chosen folder and beside the workspace
    aside: list[Path] = field(default_factory=list)  # '<name>.damaged-<time>': the state a restore replaced
    partial: list[Path] = field(default_factory=list)  # unfinished: '.part' backups, '.installing' restores, stray staging

    def all(self) -> list[Path]:
        return [*self.backups, *self.aside, *self.partial]


def backup_folders(workspace: Path, folder: Path | None) -> list[Path]:
    """The chosen backup folder and the default one beside the workspace (backups made before a change of setting)."""
    from upr_desktop.core.storage.backups import backup_dir

    folders = [backup_dir(workspace, folder), backup_dir(workspace, None)]
    unique: list[Path] = []
    for f in folders:
        resolved = f.expanduser().resolve()
        if resolved not in unique:
            unique.append(resolved)
    return unique


def copies_of(workspace: Path, folder: Path | None = None) -> Copies:
    """Every copy of ``workspace`` on the disk: backups (both folders), copies set aside, partial files."""
    workspace = Path(workspace)
    found = Copies()
    stem = re.escape(workspace.stem)
    backup = re.compile(f"^{stem}{_BACKUP}$")
    partial_backup = re.compile(f"^\\.?{stem}{_BACKUP}(?:\\.part|\\.converting|\\.installing)$")
    for place in backup_folders(workspace, folder):
        if not place.is_dir():
            continue
        for entry in sorted(place.iterdir()):
            if backup.match(entry.name):
                found.backups.append(entry)
            elif partial_backup.match(entry.name):
                found.partial.append(entry)
    name = workspace.name
    if workspace.parent.is_dir():
        for entry in sorted(workspace.parent.iterdir()):
            if entry.name.startswith(f"{name}.damaged-") and not entry.name.endswith(PARTIAL_SUFFIXES):
                found.aside.append(entry)
            elif entry.name in (f"{name}{STAGING_SUFFIX}", f".{name}.installing") or (
                entry.name.startswith(f"{name}.damaged-") and entry.name.endswith(STAGING_SUFFIX)
            ):
                found.partial.append(entry)
    return found


# -- finishing or undoing ------------------------------------------------------------------------------
def resume(workspace: Path, folder: Path | None = None) -> str | None:
    """Finish (prepared) or undo (preparing) an interrupted change of key; shred abandoned partial files.

    The caller holds the workspace's lock. Returns a sentence for people when something was done.
    """
    workspace = Path(workspace)
    journal = read_journal(workspace)
    said: str | None = None
    if journal is not None:
        said = _roll_forward(workspace, journal) if journal.state == "prepared" else _roll_back(workspace, journal)
    for leftover in copies_of(workspace, folder).partial:
        shred(leftover)
    return said


def _roll_back(workspace: Path, journal: Journal) -> str:
    for _original, staged in journal.staged():
        shred(staged)
    drop_journal(workspace)
    return tr("An interrupted {operation} of {path} was undone: the workspace and its copies are as they were before it. Run it again.",
              operation=_operation_name(journal.operation), path=workspace)


def _roll_forward(workspace: Path, journal: Journal) -> str:
    staged = journal.staged()
    if staged and staged[0][0] == workspace and not staged[0][1].exists() and _salt_hex(workspace) != journal.new_salt:
        raise WorkspaceError(tr("The converted copy of {path} for an interrupted change of passphrase is missing; nothing was touched. "
                                "Keep every file beside the workspace and its backups as it is, and ask for help.", path=workspace))
    for original, copy in staged:
        if copy.exists():
            replace_with(original, copy)
    for path in journal.remove:
        shred(Path(path))
    drop_journal(workspace)
    return tr("An interrupted {operation} of {path} was finished: the workspace and every copy of it are now under its current passphrase.",
              operation=_operation_name(journal.operation), path=workspace)


def _salt_hex(path: Path) -> str | None:
    from upr_desktop.core.storage.sqlcipher import file_salt

    salt = file_salt(path)
    return salt.hex() if salt is not None else None


def _operation_name(operation: str) -> str:
    return {
        "protect": tr("protection"),
        "unprotect": tr("removal of the passphrase"),
        "rekey": tr("change of passphrase"),
    }.get(operation, tr("protection of the copies"))
