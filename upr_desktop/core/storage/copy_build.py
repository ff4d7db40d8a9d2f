"""Building a large change into a private copy of the workspace, then swapping it in atomically.

An import that at least doubles the workspace writes most of the file anew. In place, every page goes through
the WAL (written, synced, then checkpointed into the file) after a backup copy of the whole file. Built into a
copy instead, with no journal and no sync (no one else sees the copy, and any failure deletes it), the file is
written once and synced once; the old file, untouched throughout, then becomes the pre-import backup (a hard
link into the backup folder, or a copy when that folder is on another disk) and the copy replaces it with one
``os.replace`` in the same folder (same file system: atomic). Until that rename the workspace is byte for byte
what it was; a process killed while building leaves only the copy behind, removed by the next build.

Every connection the app holds on the workspace is closed before the swap (the engine reconnects to the new
file by its path); a workspace with a connection still checked out is not built this way. The schema is whatever
the file holds: the copy is made with SQLite's backup API, whatever its migrations, and keeps the workspace's
encryption (the same connector and key). The bulk of a large import is written through the copy's bulk connection
(``run_in_bulk``: apsw for a plain copy, the workspace's own sqlcipher3 connector for an encrypted one). A server database (PostgreSQL) has no file to copy: ``can_build_in_copy``
is False for it, and the caller writes in place.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from upr_desktop.core.storage import backups
from upr_desktop.core.storage.sidecars import sidecar_paths
from upr_desktop.core.storage.workspace_file import BUSY_TIMEOUT_MS, WorkspaceFile, make_engine
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr
from upr_desktop.io import create_private_file, make_private_dir


@dataclass
class CopyBuild:
    """The copy being built (``workspace``: write into it) and, once swapped in, the backup the old file became."""

    workspace: WorkspaceFile
    backup: Path | None = None


def building_path(path: Path) -> Path:
    """Where the copy of ``path`` is built: hidden, in the same folder (so the final rename is atomic)."""
    return path.with_name(f".{path.name}.building")


def can_build_in_copy(ws: WorkspaceFile) -> bool:
    """A writable workspace file whose connections are all back in the pool (so they can all be closed).

    Never a server's workspace: its path is the connection file, not the database."""
    path = getattr(ws, "path", None)
    if ws.is_server or ws.read_only is not None or path is None or not Path(path).is_file():
        return False
    return _in_use(ws) == 0


def _in_use(ws: WorkspaceFile) -> int:
    """Connections of the engine out of its pool (a pool that keeps one per thread hands none out: its dispose closes them all)."""
    checkedout = getattr(ws.engine.pool, "checkedout", None)
    return int(checkedout()) if checkedout is not None else 0


def remove_copy(path: Path) -> None:
    """The copy and its journal files (after a failure, a cancel, or a process killed while building)."""
    staging = building_path(path)
    for leftover in (staging, *sidecar_paths(staging)[:3]):
        leftover.unlink(missing_ok=True)


@contextmanager
def build_in_copy(ws: WorkspaceFile, *, backup_reason: str) -> Iterator[CopyBuild]:
    """Yield a copy of ``ws`` to write into; on success swap it in (the old file becomes a backup), else delete it."""
    ws.require_writable()
    staging = building_path(ws.path)
    remove_copy(ws.path)  # what a killed build left behind: we hold the workspace's lock, no one else builds
    backups.check_room(ws.path, ws.path.parent)
    build: CopyBuild | None = None
    try:
        create_private_file(staging)
        backups.copy_database(ws.path, staging, ws.connector)  # reads the workspace (its WAL too), never writes it
        build = CopyBuild(WorkspaceFile(staging, make_engine(staging, ws.connector, private_copy=True), ws.connector, None, ws.settings))
        yield build
        _finish_copy(build.workspace)
    except BaseException:
        if build is not None:
            build.workspace.engine.dispose()
        remove_copy(ws.path)
        raise
    build.backup = _swap_in(ws, staging, backup_reason)


def run_in_bulk(copy: WorkspaceFile, steps: list[Callable[[Any], None]]) -> None:
    """Run ``steps`` (each given a cursor) in one transaction on the copy, through its bulk connection.

    A plain copy is written through apsw when it is installed: its newer bundled SQLite binds the rows of a
    100,000-recommendation import for ~20% less CPU than Python's sqlite3 (benchmarks/bulk_connection.py); the file
    is the same SQLite file format, opened afterwards by the app's sqlite3. An encrypted copy keeps its own
    connector (sqlcipher3, under the workspace's key) throughout. Journal and sync off, as for the whole copy: any
    failure deletes it (build_in_copy).
    """
    conn = _bulk_connection(copy)
    cache_kib = ENCRYPTED_BULK_CACHE_KIB if copy.connector.encrypted else BULK_CACHE_KIB
    try:
        cur = conn.cursor()
        for pragma in (f"busy_timeout={BUSY_TIMEOUT_MS}", "foreign_keys=ON", "journal_mode=OFF", "synchronous=OFF",
                       "temp_store=MEMORY", f"cache_size=-{cache_kib}"):
            cur.execute(f"PRAGMA {pragma}").fetchall()
        cur.execute("BEGIN IMMEDIATE")
        for step in steps:
            step(cur)
        cur.execute("COMMIT")
    finally:
        conn.close()


BULK_CACHE_KIB = 64 * 1024
# An encrypted copy's pages are encrypted and authenticated each time SQLCipher writes one out of its cache, and
# decrypted and checked each time it reads one back: the inserts spill pages the full-text and index builds then read
# again. A cache that holds the whole build (a 100,000-recommendation workspace is ~130 MB; SQLite takes the memory
# only as pages are used) writes each page once, at the commit: ~0.9 s less CPU for 100,000 rows, ~65 MB more at the
# peak. A plain copy re-reads its pages from the system's file cache almost for free: its cache stays small.
ENCRYPTED_BULK_CACHE_KIB = 256 * 1024


def bulk_driver(copy: WorkspaceFile) -> str:
    """Which connection run_in_bulk uses for ``copy``: "apsw", or the workspace's own ("sqlite3", "sqlcipher3")."""
    if copy.connector.encrypted:
        return "sqlcipher3"
    try:
        import apsw  # noqa: F401
    except ImportError:
        return "sqlite3"
    return "apsw"


def _bulk_connection(copy: WorkspaceFile) -> Any:
    if bulk_driver(copy) != "apsw":
        conn = copy.connector.connect(copy.path)
        conn.isolation_level = None  # BEGIN and COMMIT as run_in_bulk says, not the module's own
        return _RowsTogether(conn)
    import apsw

    return apsw.Connection(str(copy.path), flags=apsw.SQLITE_OPEN_READWRITE)


ROWS_TOGETHER = 32
_PLAIN_INSERT = re.compile(r"INSERT INTO (\w+) \(([\w, ]+)\) VALUES \((\?(?:, \?)*)\)")


class _RowsTogether:
    """A Python sqlite3-style connection (sqlcipher3) whose cursors insert ROWS_TOGETHER rows per statement.

    Its ``executemany`` binds, steps and resets a statement per row in Python's sqlite3 way (apsw does the same
    work for ~40% less CPU); a plain ``INSERT INTO t (columns) VALUES (?, ...)`` of many rows is run as
    ``VALUES (...), (...), ...`` of 32 rows: the same rows in the same order, a quarter less of that CPU. Anything
    else goes to the driver as given."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def cursor(self) -> Any:
        return _RowsTogetherCursor(self._conn.cursor())


class _RowsTogetherCursor:
    def __init__(self, cur: Any) -> None:
        self._cur = cur

    def __getattr__(self, name: str) -> Any:  # execute, fetchone, fetchall... as the driver's cursor
        return getattr(self._cur, name)

    def executemany(self, sql: str, rows: Any) -> Any:
        plain = _PLAIN_INSERT.fullmatch(sql.strip())
        if plain is None or not isinstance(rows, list) or len(rows) < ROWS_TOGETHER:
            return self._cur.executemany(sql, rows)
        together = f"INSERT INTO {plain[1]} ({plain[2]}) VALUES " + ", ".join([f"({plain[3]})"] * ROWS_TOGETHER)
        whole = len(rows) - len(rows) % ROWS_TOGETHER
        flat = itertools.chain.from_iterable
        self._cur.executemany(together, [tuple(flat(rows[i : i + ROWS_TOGETHER])) for i in range(0, whole, ROWS_TOGETHER)])
        if whole < len(rows):
            self._cur.executemany(sql, rows[whole:])
        return self._cur


def _finish_copy(copy: WorkspaceFile) -> None:
    """Mark the copy as a WAL database again (as the workspace is), close it and put it on disk."""
    conn = copy.engine.raw_connection()
    try:
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()
    copy.engine.dispose()
    with open(copy.path, "rb+") as fh:
        os.fsync(fh.fileno())


def _swap_in(ws: WorkspaceFile, staging: Path, reason: str) -> Path:
    """Close every connection, fold the WAL into the old file, keep it as the backup, rename the copy over it."""
    ws.engine.dispose()
    in_use = tr("{path} is still in use by another task; nothing was changed. Try the import again.", path=ws.path)
    if _in_use(ws):
        remove_copy(ws.path)
        raise UserError(in_use)
    try:
        conn = ws.connector.connect(ws.path)
        try:
            # The old file alone must hold every change (it becomes the backup); busy means a reader elsewhere still has it open.
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            conn.close()
        if busy:
            raise UserError(in_use)
        folder = backups.backup_dir(ws.path, ws.settings.backup_path())
        make_private_dir(folder)
        target = backups.backup_name(ws.path, folder, reason)
        _keep_as_backup(ws.path, target)
    except BaseException:
        remove_copy(ws.path)
        raise
    for side in sidecar_paths(ws.path)[:3]:  # the old file's WAL must not be replayed onto the copy
        side.unlink(missing_ok=True)
    os.replace(staging, ws.path)
    _sync_folder(ws.path.parent)
    backups.prune(ws.path, folder=folder)
    return target


def _keep_as_backup(path: Path, target: Path) -> None:
    """The old file becomes the backup: a second name for it (no copy), or a copy when the backup folder is on another disk."""
    try:
        os.link(path, target)
        return
    except OSError:
        pass
    partial = target.with_name(target.name + ".part")
    try:
        create_private_file(partial)
        shutil.copyfile(path, partial)  # closed, checkpointed and locked: the file is the whole database
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(tr("Could not back up {path} into {folder}: {reason}. Nothing was changed.", path=path, folder=target.parent,
                           reason=exc.strerror or exc)) from exc


def _sync_folder(folder: Path) -> None:
    """Put the rename itself on disk (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
