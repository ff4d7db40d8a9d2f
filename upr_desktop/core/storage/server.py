"""A shared coalition workspace on a PostgreSQL server (13 or newer, through psycopg 3).

A workspace is named either by a URL (``postgresql://user@host:5432/coalition?sslmode=require``)
or by a small connection file (``*.uprw-server``, JSON: ``{"url": "postgresql://..."}``, or the parts
``host``, ``port``, ``database``, ``user``, ``sslmode``) that the app can open like a ``.uprw`` file.
A password is never written in that file: it comes from the OS keyring (service ``upr-desktop-server``,
user ``role@host:port/database``), else ``UPR_DESKTOP_SERVER_PASSWORD``, else libpq's own ways
(``PGPASSWORD``, ``~/.pgpass``, a client certificate). ``sslmode`` and the other libpq parameters in
the URL are passed to libpq as they are, so ``sslmode=verify-full`` is honoured.

Each person connects as their own database role: that role is who the change log names (see
``changelog.local_actor``) and what row-level security checks (``core/storage/server_roles.py``).
The local files that belong to a server workspace (its backups, made by ``pg_dump``) live beside its
connection file; for a URL, in ``servers/`` in the user data folder.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from upr_desktop.errors import UserError, WorkspaceError
from upr_desktop.i18n import tr

SERVER_SUFFIX = ".uprw-server"
URL_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
KEYRING_SERVICE = "upr-desktop-server"
PASSWORD_ENV = "UPR_DESKTOP_SERVER_PASSWORD"
CONNECT_TIMEOUT_S = 10
# This process's connections say who they are (pg_stat_activity, and the change announcements it skips as its own).
PROCESS_TOKEN = f"upr-desktop:{os.getpid()}:{os.urandom(4).hex()}"
log = logging.getLogger(__name__)


def is_server_location(location: str | os.PathLike[str]) -> bool:
    """A ``postgresql://`` URL or a ``.uprw-server`` connection file (not a SQLite workspace)."""
    text = os.fspath(location)
    return text.split("://", 1)[0].lower() in URL_SCHEMES and "://" in text or text.lower().endswith(SERVER_SUFFIX)


@dataclass(frozen=True)
class ServerAddress:
    """Where a server workspace is: never holds a password."""

    host: str
    database: str
    user: str | None = None
    port: int | None = None
    params: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # sslmode and other libpq parameters
    connection_file: Path | None = None

    @property
    def sslmode(self) -> str | None:
        return dict(self.params).get("sslmode")

    def url(self) -> str:
        """The URL without any password (what ``info`` shows and a connection file stores)."""
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        host = f"[{self.host}]" if ":" in self.host else quote(self.host, safe="/")
        port = f":{self.port}" if self.port else ""
        query = f"?{urlencode(self.params)}" if self.params else ""
        return f"postgresql://{user}{host}{port}/{quote(self.database, safe='')}{query}"

    def display(self) -> str:
        """"coalition on db.example.org:5432" for the status bar and ``info``."""
        host = self.host if not self.host.startswith("/") else "local socket"
        return tr("{database} on {host}", database=self.database, host=f"{host}:{self.port}" if self.port else host)

    def keyring_user(self) -> str:
        return f"{self.user or ''}@{self.host}:{self.port or 5432}/{self.database}"

    def conninfo(self) -> dict[str, Any]:
        """libpq keyword parameters (no password)."""
        info: dict[str, Any] = {"host": self.host, "dbname": self.database, "connect_timeout": CONNECT_TIMEOUT_S,
                                "application_name": PROCESS_TOKEN}
        if self.user:
            info["user"] = self.user
        if self.port:
            info["port"] = self.port
        info.update(dict(self.params))
        return info

    def local_home(self) -> Path:
        """The local file that stands for this workspace: its connection file, or one in ``servers/`` for a URL."""
        if self.connection_file is not None:
            return self.connection_file
        from upr_desktop.paths import data_dir

        name = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{self.host}-{self.port or 5432}-{self.database}")
        return data_dir() / "servers" / (name + SERVER_SUFFIX)


def parse_location(location: str | os.PathLike[str]) -> tuple[ServerAddress, str | None]:
    """The address a URL or a connection file names, and a password written in a URL (None otherwise)."""
    text = os.fspath(location)
    if text.lower().endswith(SERVER_SUFFIX) and "://" not in text:
        return _read_connection_file(Path(text).expanduser()), None
    return _parse_url(text)


def _parse_url(text: str, source: Path | None = None) -> tuple[ServerAddress, str | None]:
    where = str(source) if source else text.split("@")[-1]
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise UserError(tr("'{url}' is not a server address ({reason}); write postgresql://USER@HOST[:PORT]/DATABASE.",
                           url=where, reason=exc)) from None
    if parts.scheme.lower() not in URL_SCHEMES:
        raise UserError(tr("'{url}' is not a server address; write postgresql://USER@HOST[:PORT]/DATABASE.", url=where))
    database = unquote(parts.path.lstrip("/"))
    params = tuple(parse_qsl(parts.query, keep_blank_values=True))
    host = unquote(parts.hostname or "") or dict(params).get("host", "")
    params = tuple((k, v) for k, v in params if k != "host")
    if not host or not database:
        raise UserError(tr("'{url}' names no host or no database; write postgresql://USER@HOST[:PORT]/DATABASE.", url=where))
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password else None
    return ServerAddress(host, database, user, port, params, source), password


def _read_connection_file(path: Path) -> ServerAddress:
    """A ``.uprw-server`` file: checked (a small JSON object) before it is used."""
    try:
        size = path.stat().st_size
        if size > 64 * 1024:
            raise UserError(tr("{path} is not a server connection file (it is {size} bytes; one is a few lines).", path=path, size=size))
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise WorkspaceError(tr("No server connection file at {path}.", path=path)) from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise UserError(tr("{path} is not a server connection file ({reason}).", path=path, reason=exc)) from None
    if not isinstance(data, dict):
        raise UserError(tr("{path} is not a server connection file (it holds no settings).", path=path))
    if "password" in data:
        raise UserError(tr("{path} holds a password: remove it; passwords are kept in the keyring (upr-desktop server remember-password).",
                           path=path))
    if data.get("url"):
        address, password = _parse_url(str(data["url"]), path)
        if password:
            raise UserError(tr("{path} holds a password in its URL: remove it; passwords are kept in the keyring.", path=path))
        return address
    if not data.get("host") or not data.get("database"):
        raise UserError(tr("{path} names no host or no database (\"host\", \"database\").", path=path))
    params = tuple((str(k), str(v)) for k, v in data.items() if k not in ("host", "database", "user", "port", "url"))
    return ServerAddress(str(data["host"]), str(data["database"]), data.get("user"), int(data["port"]) if data.get("port") else None,
                         params, path)


def write_connection_file(path: Path, address: ServerAddress) -> Path:
    """A ``.uprw-server`` file for ``address`` (no password), private to this account."""
    from upr_desktop.io import write_text_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps({"url": address.url()}, indent=2) + "\n")
    return path


def password_for(address: ServerAddress, given: str | None = None) -> str | None:
    """The password: given in the URL, else the keyring's, else the environment's; None lets libpq look (.pgpass, PGPASSWORD)."""
    if given:
        return given
    from upr_desktop.core.storage import os_keyring

    stored = None
    if os_keyring.status().usable:  # never a file keyring that would ask on a terminal nobody sees
        try:
            import keyring

            stored = keyring.get_password(KEYRING_SERVICE, address.keyring_user())
        except Exception:  # noqa: BLE001 - a keyring that fails: the other ways remain
            stored = None
    return stored or os.environ.get(PASSWORD_ENV) or None


def remember_password(address: ServerAddress, password: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, address.keyring_user(), password)


def connect(address: ServerAddress, password: str | None = None, **extra: Any) -> Any:
    """A psycopg connection, or a one-line error saying what to do."""
    import psycopg

    info = address.conninfo()
    if password:
        info["password"] = password
    info.update(extra)
    try:
        return psycopg.connect(**info)
    except psycopg.OperationalError as exc:
        raise WorkspaceError(_connection_problem(address, str(exc))) from None


def _connection_problem(address: ServerAddress, detail: str) -> str:
    first = " ".join(detail.strip().splitlines()[-1:]) or detail
    if "password authentication failed" in detail or "no password supplied" in detail:
        return tr("The server refused {user} for {where}: the password is wrong or missing. Save it with: "
                  "upr-desktop --workspace \"{url}\" server remember-password", user=address.user or "?", where=address.display(),
                  url=address.url())
    tls = _tls_problem(address, detail)
    if tls is not None:
        return tls
    if "does not exist" in detail and "database" in detail:
        return tr("The server has no database '{database}' ({where}). Ask its administrator to create it "
                  "(createdb -O ROLE {database}).", database=address.database, where=address.display())
    return tr("Cannot reach the server for {where}: {detail}", where=address.display(), detail=first)


def _tls_problem(address: ServerAddress, detail: str) -> str | None:
    """What libpq's TLS refusals mean for a person, and what to do (None: not a TLS problem)."""
    ca = dict(address.params).get("sslrootcert") or "~/.postgresql/root.crt"
    if "certificate verify failed" in detail:
        return tr("The server for {where} did not prove who it is: its certificate is not signed by the authority in {ca}. "
                  "Nothing was sent. Ask the server's administrator for its CA certificate and name it with sslrootcert=.",
                  where=address.display(), ca=ca)
    if "does not match host name" in detail:
        return tr("The server for {where} showed a certificate made for another name. Nothing was sent. Connect with the "
                  "host name its certificate names, or ask its administrator.", where=address.display())
    if "root certificate file" in detail and "does not exist" in detail:
        return tr("No CA certificate at {ca} to check the server for {where} with (sslmode={mode}). Save the server's CA "
                  "certificate there, or name it with sslrootcert=.", ca=ca, where=address.display(), mode=address.sslmode or "")
    if "does not support SSL" in detail:
        return tr("The server for {where} does not offer an encrypted connection, and sslmode={mode} requires one. Ask its "
                  "administrator to turn TLS on (ssl = on).", where=address.display(), mode=address.sslmode or "")
    return None


def make_engine(address: ServerAddress, password: str | None) -> Any:
    """An SQLAlchemy engine on the server (psycopg 3), connections made by :func:`connect`."""
    from sqlalchemy import create_engine, event

    from upr_desktop.core.read import stopping

    engine = create_engine("postgresql+psycopg://", creator=lambda: connect(address, password), pool_pre_ping=True,
                           hide_parameters=True)  # no value (names of people met) in an error's text, nor in the log
    event.listen(engine, "checkout", stopping.connection_checked_out)
    event.listen(engine, "checkin", stopping.connection_checked_in)
    return engine


def server_version(conn: Any) -> int:
    return int(conn.exec_driver_sql("SHOW server_version_num").scalar())


# -- the open workspace ---------------------------------------------------------------------
def _workspace_class() -> Any:
    from upr_desktop.core.storage.workspace_file import WorkspaceFile

    class ServerWorkspace(WorkspaceFile):
        """A workspace in a PostgreSQL database: no file lock (the server serialises writers), no key."""

        def __init__(self, address: ServerAddress, engine: Any, settings: Any, role: str, password: str | None = None) -> None:
            super().__init__(address.local_home(), engine, Connector(), None, settings)
            self.address = address
            self.password = password  # for pg_dump/pg_restore (given through their environment, never an argument)
            self.role = role  # who this person is on the server: their database role

        @property
        def location(self) -> str:
            return self.address.display()

        @property
        def is_server(self) -> bool:
            return True

        @contextmanager
        def transaction(self) -> Iterator[Any]:
            """As a file's, and a write the server refuses (row-level security) is one line saying why."""
            from sqlalchemy.exc import DBAPIError

            from upr_desktop.core.storage.server_roles import refusal

            try:
                with super().transaction() as session:
                    yield session
            except DBAPIError as exc:
                message = refusal(exc, self.role)
                if message is None:
                    raise
                log.warning("server refused a write: %s", exc.orig)
                raise UserError(message) from None

        def dump(self, *, reason: str) -> Path | None:
            """A backup with pg_dump (core/storage/server_backup.py)."""
            from upr_desktop.core.storage import server_backup

            return server_backup.dump(self, reason=reason, folder=self.settings.backup_path())

        def check_in_sql(self) -> Any:
            from upr_desktop.core.storage import server_check

            return server_check.check(self)

        def rebuild_search_column(self) -> None:
            from upr_desktop.core.storage import server_check

            server_check.rebuild_search_index(self)

        def raw_connect(self, path: Path) -> Any:
            raise WorkspaceError(tr("A server workspace has no file to copy; use upr-desktop backup (pg_dump)."))

    return ServerWorkspace


@dataclass
class Connector:
    """Stands in for the file connector: a server workspace is never a key-protected file."""

    key: bytes | None = None
    read_only: bool = False
    immutable: bool = False

    @property
    def encrypted(self) -> bool:
        return False


def _open_engine(location: str | os.PathLike[str]) -> tuple[ServerAddress, Any, str, str | None]:
    address, given = parse_location(location)
    password = password_for(address, given)
    connect(address, password).close()  # a one-line error now rather than a traceback in the pool
    engine = make_engine(address, password)
    with engine.connect() as conn:
        version = server_version(conn)
        role = str(conn.exec_driver_sql("SELECT current_user").scalar())
    if version < 130000:
        engine.dispose()
        raise WorkspaceError(tr("The server for {where} runs PostgreSQL {version}; UPR Desktop needs 13 or newer.",
                                where=address.display(), version=version // 10000))
    return address, engine, role, password


def open_server_workspace(location: str | os.PathLike[str], *, settings: Any = None, migrate: bool = True,
                          progress: Any = None) -> Any:
    """Open the workspace in a server database, migrated to the current schema (in one transaction)."""
    from upr_desktop.core.storage import migrator
    from upr_desktop.settings import Settings

    address, engine, role, password = _open_engine(location)
    try:
        with engine.connect() as conn:
            current = migrator.current_revision(conn)
        if current is None:
            raise WorkspaceError(tr("The database {where} holds no UPR Desktop workspace. Create one with: "
                                    "upr-desktop --workspace \"{url}\" init --name NAME --country STATE",
                                    where=address.display(), url=address.url()))
        if migrate and current != migrator.head_revision():
            if progress:
                progress(tr("Upgrading the workspace on the server"))
            with engine.begin() as conn:  # PostgreSQL changes its schema in a transaction: all of it, or nothing
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(hashtext('upr-desktop:migrate'))")
                if migrator.current_revision(conn) != migrator.head_revision():
                    migrator.upgrade(conn)
    except BaseException:
        engine.dispose()
        raise
    _keep_connection_file(address)
    return _workspace_class()(address, engine, settings or Settings(), role, password)


def _keep_connection_file(address: ServerAddress) -> None:
    """A URL opened once gets a connection file in servers/: the recent workspaces and a double-click open it again."""
    home = address.local_home()
    if address.connection_file is None and not home.exists():
        try:
            write_connection_file(home, address)
        except OSError as exc:
            log.warning("could not keep a connection file for %s: %s", address.display(), exc)


def create_server_workspace(location: str | os.PathLike[str], *, name: str, country: str, cycles: list[int] | None = None,
                            is_demo: bool = False, settings: Any = None) -> Any:
    """Create the schema and the workspace record in an empty server database; refuses one that holds anything."""
    from sqlalchemy import inspect

    from upr_desktop.core.domain.models import Workspace
    from upr_desktop.core.storage import migrator
    from upr_desktop.settings import Settings

    from upr_desktop.core.storage.workspace_file import state_for_new_workspace

    canonical = state_for_new_workspace(name, country)
    address, engine, role, password = _open_engine(location)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(hashtext('upr-desktop:migrate'))")
            tables = inspect(conn).get_table_names()
            if "workspace" in tables or "alembic_version" in tables:
                raise UserError(tr("The database {where} already holds a workspace; open it instead (nothing was changed).",
                                   where=address.display()))
            if tables:
                raise UserError(tr("The database {where} is not empty ({tables}...); create a workspace in an empty database "
                                   "(createdb -O ROLE NAME).", where=address.display(), tables=", ".join(sorted(tables)[:3])))
            migrator.upgrade(conn)
        ws = _workspace_class()(address, engine, settings or Settings(), role, password)
        with ws.transaction() as session:
            session.add(Workspace(name=name.strip(), state_under_review=canonical, cycles=cycles or [], is_demo=is_demo))
        _keep_connection_file(address)
        return ws
    except BaseException:
        engine.dispose()
        raise
