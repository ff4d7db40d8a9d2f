"""Opening a workspace file: engine, pragmas, the single-instance lock, checks and migrations."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from upr_desktop.core.read import stopping
from upr_desktop.core.storage import key_change, migrator
from upr_desktop.core.storage.file_access import read_only_immutable, read_only_reason, refuse_foreign
from upr_desktop.core.storage.sidecars import lock_path, owner_path, sidecar_paths
from upr_desktop.core.domain.models import Workspace
from upr_desktop.errors import (
    PassphraseRequired,
    UserError,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceLocked,
    WorkspaceReadOnly,
    WrongPassphrase,
)
from upr_desktop.i18n import tr
from upr_desktop.io import PRIVATE_FILE, create_private_file, make_private_dir
from upr_desktop.settings import Settings

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def is_plain_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == SQLITE_HEADER


@dataclass
class Connector:
    """Makes DB-API connections to a workspace file (plain SQLite, or SQLCipher with a key).

    ``read_only`` opens the file for reading only (``mode=ro``); ``immutable`` also tells SQLite that
    nothing can change it, for a read-only file system where it cannot even create its shared-memory file.
    """

    key: bytes | None = None
    read_only: bool = False
    immutable: bool = False

    def connect(self, path: Path) -> Any:
        target: str = str(path)
        kwargs: dict[str, Any] = {}
        if self.read_only:
            from urllib.parse import quote

            target = f"file:{quote(str(path))}?mode=ro" + ("&immutable=1" if self.immutable else "")
            kwargs["uri"] = True
        if self.key is None:
            return sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, **kwargs)
        from upr_desktop.core.storage import sqlcipher as cipher

        return cipher.connect(target, self.key, **kwargs)

    @property
    def encrypted(self) -> bool:
        return self.key is not None


def _apply_pragmas(dbapi_connection: Any, _record: Any = None, *, read_only: bool = False, private_copy: bool = False) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    if private_copy:  # a copy no one else sees, deleted on any failure (core.storage.copy_build): no journal, no sync
        cursor.execute("PRAGMA journal_mode=OFF")
        cursor.execute("PRAGMA synchronous=OFF")
    elif not read_only:  # both would write to the file
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def make_engine(path: Path, connector: Connector, *, private_copy: bool = False) -> Engine:
    if connector.encrypted:
        from upr_desktop.core.storage import sqlcipher as cipher

        url = cipher.register_dialect()  # sqlite+pysqlcipher, keyed through creator= only
    else:
        url = "sqlite://"
    # hide_parameters: an error's text never carries the values (names of people met) into the log people send on.
    engine = create_engine(url, creator=lambda: connector.connect(path), hide_parameters=True)  # same pool either way
    event.listen(engine, "connect", lambda conn, record: _apply_pragmas(conn, record, read_only=connector.read_only, private_copy=private_copy))
    # Idle work on the app's worker stops for a person's request (core.read.stopping).
    event.listen(engine, "checkout", stopping.connection_checked_out)
    event.listen(engine, "checkin", stopping.connection_checked_in)
    return engine


class WorkspaceFile:
    """An open workspace: its engine, its lock and the way to open sessions on it."""

    def __init__(self, path: Path, engine: Engine, connector: Connector, lock: FileLock | None, settings: Settings | None = None,
                 read_only: str | None = None):
        self.path = path
        self.settings = settings or Settings()  # what the person chose (backup folder, the demo's day...)
        self.engine = engine
        self.connector = connector
        self._lock = lock
        self.session_factory = sessionmaker(engine, expire_on_commit=False)
        self._info: dict[str, Any] | None = None
        # Why the file can only be read (a read-only file, folder or disk), or None when it can be written.
        self.read_only = read_only
        self.resumed: str | None = None  # an interrupted change of passphrase finished or undone at the open

    # -- sessions ------------------------------------------------------------
    def session(self) -> Session:
        return self.session_factory()

    def require_writable(self) -> None:
        """Refuse, before anything is written (no backup either), a change to a workspace that can only be read."""
        if self.read_only is not None:
            raise WorkspaceReadOnly(tr("{path} can only be read ({reason}); nothing was changed. Every command that only reads works; "
                                       "to change it, copy it to a folder you can write to, or make it writable again.",
                                       path=self.path, reason=self.read_only))

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error."""
        self.require_writable()
        with self.session_factory() as session, session.begin():
            yield session

    # -- facts ----------------------------------------------------------------
    def record(self) -> Workspace:
        with self.session() as session:
            ws = session.scalars(select(Workspace)).first()
            if ws is None:
                raise WorkspaceError(tr("{path} has no workspace record; it was not created by UPR Desktop.", path=self.path))
            return ws

    @property
    def uuid(self) -> str:
        return self.record().uuid

    @property
    def encrypted(self) -> bool:
        return self.connector.encrypted

    @property
    def is_server(self) -> bool:
        """True for a shared workspace on a PostgreSQL server (core/storage/server.py)."""
        return False

    @property
    def location(self) -> str:
        """Where it is, for people: the file's path, or "database on host" for a server."""
        return str(self.path)

    def raw_connect(self, path: Path) -> Any:
        """A DB-API connection to another file with this workspace's encryption (for backups)."""
        return self.connector.connect(path)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            owner_path(self.path).unlink(missing_ok=True)
            self._lock.release()
            self._lock = None

    def __enter__(self) -> WorkspaceFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- the lock ---------------------------------------------------------------------
def acquire_lock(path: Path) -> FileLock:
    lock = FileLock(str(lock_path(path)), timeout=0, mode=PRIVATE_FILE)
    try:
        lock.acquire()
    except Timeout:
        holder = _read_owner(path)
        raise WorkspaceLocked(
            tr(
                "This workspace is open in another window (pid {pid}, host {host}). "
                "Close it there first, then try again.",
                pid=holder.get("pid", "?"),
                host=holder.get("host", "?"),
            )
        ) from None
    owner = owner_path(path)
    owner.unlink(missing_ok=True)
    create_private_file(owner)
    owner.write_text(json.dumps({"pid": os.getpid(), "host": socket.gethostname()}))
    return lock


def _read_owner(path: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(owner_path(path).read_text())
        return data
    except (OSError, ValueError):
        return {}


# -- open / create ----------------------------------------------------------------
def quick_check(engine: Engine) -> list[str]:
    """Problems ``PRAGMA quick_check`` reports; empty when the file is healthy."""
    with engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def check_health(ws: WorkspaceFile) -> None:
    """Run ``PRAGMA quick_check`` on a connection of its own; raise WorkspaceDamaged on problems.

    For an app that opened with ``check=False`` to show its window first: it runs this on another
    thread (SQLite does the work without holding the GIL) and lets no write start before it passed.
    """
    if ws.is_server:
        return  # the server checks its own pages; `check` reads the rest (core/storage/server_check.py)
    conn = ws.connector.connect(ws.path)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    except Exception as exc:  # sqlite3's or sqlcipher3's DatabaseError (a file too broken to read)
        if not any(c.__name__ == "DatabaseError" for c in type(exc).__mro__):
            raise
        raise _damaged(ws.path, str(exc), ws.settings) from None
    finally:
        conn.close()
    if rows != ["ok"]:
        raise _damaged(ws.path, "; ".join(rows[:3]), ws.settings)


def _damaged(path: Path, detail: str, settings: Settings) -> WorkspaceDamaged:
    from upr_desktop.core.storage import backups

    newest = backups.newest_backup(path, settings.backup_path())
    if newest is not None:
        advice = tr(
            "Restore the newest backup with: upr-desktop --workspace \"{path}\" restore \"{backup}\"",
            path=path,
            backup=newest,
        )
    else:
        advice = tr("No backup of it was found in {folder}.", folder=backups.backup_dir(path, settings.backup_path()))
    return WorkspaceDamaged(
        tr("The workspace {path} is damaged ({detail}). {advice}", path=path, detail=detail, advice=advice),
        str(newest) if newest else None,
    )


def open_workspace(
    path: str | os.PathLike[str],
    *,
    key: bytes | None = None,
    lock: bool = True,
    migrate: bool = True,
    progress: Callable[[str], None] | None = None,
    check: bool = True,
    settings: Settings | None = None,
    read_only: bool = False,
) -> WorkspaceFile:
    """Open an existing workspace, checked, locked and migrated to the current schema.

    ``check=False`` leaves out ``PRAGMA quick_check`` (a third of a second per 100 MB); the caller
    must then run :func:`check_health` before any write. A migration still checks first.

    A file, folder or disk that cannot be written is opened for reading only (every read works; a
    change is refused before anything is written), without the lock when its file cannot be made.
    With the lock, an interrupted change of passphrase is finished or undone first (see ``key_change``).
    """
    path = Path(path).expanduser().resolve()
    settings = settings or Settings()
    if not path.exists():
        raise WorkspaceError(
            tr("No workspace at {path}. Create one with: upr-desktop --workspace \"{path}\" init --name NAME --country STATE", path=path)
        )
    if path.is_dir():
        raise WorkspaceError(tr("{path} is a folder, not a workspace file.", path=path))
    refuse_foreign(path)
    cannot_write = tr("opened for reading only") if read_only else read_only_reason(path)
    the_lock = None
    resumed = None
    if lock:
        try:
            the_lock = acquire_lock(path)
        except OSError:
            if cannot_write is None:
                raise
            the_lock = None  # a read-only folder or disk: no lock file can be made, and none is needed to read
    try:
        if the_lock is not None and cannot_write is None:
            resumed = key_change.resume(path, settings.backup_path())
        if path.stat().st_size and not is_plain_sqlite(path) and key is None:
            raise PassphraseRequired(tr("The workspace {path} is protected by a passphrase.", path=path))
    except BaseException:
        _let_go(path, the_lock)
        raise
    if key is not None and path.stat().st_size and is_plain_sqlite(path):
        key = None  # a plain file opened with a remembered key: open it as it is
    try:
        connector = Connector(key, read_only=True, immutable=read_only_immutable(path)) if cannot_write is not None else Connector(key)
    except BaseException:
        _let_go(path, the_lock)
        raise
    engine = make_engine(path, connector)
    try:
        problems = quick_check(engine) if check else []
        if problems:
            raise _damaged(path, "; ".join(problems[:3]), settings)
        with engine.connect() as conn:
            current = migrator.current_revision(conn)
        if current is None:
            raise WorkspaceError(tr("{path} is an SQLite file but not a UPR Desktop workspace.", path=path))
        if migrate and current != migrator.head_revision():
            if cannot_write is not None:
                raise WorkspaceReadOnly(tr("{path} was made by an older version of UPR Desktop and must be upgraded before it is read, "
                                           "but it can only be read ({reason}). Copy it to a folder you can write to and open the copy.",
                                           path=path, reason=cannot_write))
            if not check and (problems := quick_check(engine)):
                raise _damaged(path, "; ".join(problems[:3]), settings)
            from upr_desktop.core.storage import backups

            if progress:
                progress(tr("Backing up before upgrading the workspace"))
            backups.backup_file(path, connector, reason="before-upgrade", folder=settings.backup_path())
            with engine.begin() as conn:
                migrator.upgrade(conn)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        _let_go(path, the_lock)
        if key is not None and "file is not a database" in str(exc):
            raise WrongPassphrase(tr("Wrong passphrase for {path}. Try again.", path=path)) from None
        raise _damaged(path, str(exc.orig) if hasattr(exc, "orig") else str(exc), settings) from None
    except BaseException:
        engine.dispose()
        _let_go(path, the_lock)
        raise
    ws = WorkspaceFile(path, engine, connector, the_lock, settings, read_only=cannot_write)
    ws.resumed = resumed
    return ws


def _let_go(path: Path, the_lock: FileLock | None) -> None:
    if the_lock is not None:
        owner_path(path).unlink(missing_ok=True)
        the_lock.release()


def state_for_new_workspace(name: str, country: str) -> str:
    """The UN name of the State a new workspace (a file or a server's) is for; UserError for an empty
    name or a country that is no UN member state, with the nearest names."""
    from upr_desktop.core.domain import vocab

    if not name.strip():
        raise UserError(tr("A workspace needs a name (--name)."))
    canonical, known = vocab.normalise_state(country)
    if not known or not vocab.is_member_state(canonical):
        raise UserError(
            tr("'{country}' is not a UN member state. Use the name as the UN writes it, e.g. 'Thailand' or 'Viet Nam'.", country=country)
            + vocab.unknown_state_message(country)
        )
    return canonical


def create_workspace(
    path: str | os.PathLike[str],
    *,
    name: str,
    country: str,
    cycles: list[int] | None = None,
    key: bytes | None = None,
    is_demo: bool = False,
    settings: Settings | None = None,
) -> WorkspaceFile:
    """Create a new workspace file; refuses to overwrite anything (a server's: core/storage/server.py)."""
    path = Path(path).expanduser().resolve()
    canonical = state_for_new_workspace(name, country)
    if path.exists() and path.stat().st_size > 0:
        raise UserError(tr("{path} already exists; choose another file or open it instead.", path=path))
    try:
        make_private_dir(path.parent)
        create_private_file(path)  # SQLite gives its WAL and shared-memory files the database file's mode
    except OSError as exc:
        raise UserError(tr("Cannot create {path}: {reason}", path=path, reason=exc.strerror or exc)) from None
    the_lock = acquire_lock(path)
    connector = Connector(key)
    engine = make_engine(path, connector)
    try:
        with engine.begin() as conn:
            migrator.upgrade(conn)
        ws = WorkspaceFile(path, engine, connector, the_lock, settings)
        with ws.transaction() as session:
            session.add(
                Workspace(name=name.strip(), state_under_review=canonical, cycles=cycles or [], is_demo=is_demo)
            )
        return ws
    except BaseException:
        engine.dispose()
        owner_path(path).unlink(missing_ok=True)
        the_lock.release()
        for p in [path, *sidecar_paths(path)[:3]]:
            p.unlink(missing_ok=True)
        raise
