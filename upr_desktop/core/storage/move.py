"""Moving a workspace between a file and a server (either way), with nothing lost.

Every table of the schema is copied row by row, ids, UUIDs, times and the whole change log
included, in the source's dependency order, inside one read snapshot of the source and one
transaction on the target; the target's own triggers rebuild what is derived (search index,
Dashboard counts) as the rows arrive. A protected file's rows are decrypted in memory only and go
straight into the server: no clear copy is written on the computer that moves them; moved to a new file,
they stay under the same key. The target
must be new: an empty database, or a file that does not exist yet.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import insert, inspect, select

from upr_desktop.core.domain.models import Base
from upr_desktop.core.storage import migrator
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr

CHUNK = 5_000


def copy_rows(source: Any, target_conn: Any, progress: Any = None) -> dict[str, int]:
    """Copy every table of the schema from the open workspace ``source`` into the (migrated, empty) target connection."""
    copied: dict[str, int] = {}
    with source.engine.connect() as src:
        if source.is_server:
            src.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        else:
            src.exec_driver_sql("BEGIN")  # one read snapshot of the file
        for table in Base.metadata.sorted_tables:
            if progress:
                progress(table.name)
            n = 0
            result = src.execution_options(stream_results=True).execute(select(table).order_by(*table.primary_key.columns))
            while rows := result.fetchmany(CHUNK):
                target_conn.execute(insert(table), [dict(r._mapping) for r in rows])
                n += len(rows)
            copied[table.name] = n
        src.rollback()
    return copied


def move(source: Any, target: str | os.PathLike[str], *, settings: Any = None, progress: Any = None) -> dict[str, Any]:
    """Copy the open workspace ``source`` to ``target`` (a server URL or connection file, or a new .uprw file)."""
    from upr_desktop.core.storage import server
    from upr_desktop.core.storage.workspace_file import Connector, acquire_lock, make_engine

    if server.is_server_location(target):
        address, engine, _role, _password = server._open_engine(target)
        where = address.display()
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(hashtext('upr-desktop:migrate'))")
                if inspect(conn).get_table_names():
                    raise UserError(tr("The database {where} is not empty; move a workspace only into an empty database "
                                       "(createdb -O ROLE NAME). Nothing was changed.", where=where))
                migrator.upgrade(conn)
                copied = copy_rows(source, conn, progress)
        finally:
            engine.dispose()
        return {"to": where, "copied": copied}
    path = Path(target).expanduser().resolve()
    if path.exists() and path.stat().st_size:
        raise UserError(tr("{path} already exists; move the workspace to a new file. Nothing was changed.", path=path))
    from upr_desktop.io import create_private_file, make_private_dir
    from upr_desktop.core.storage.sidecars import owner_path, sidecar_paths

    make_private_dir(path.parent)
    create_private_file(path)
    lock = acquire_lock(path)
    # A protected file's copy is protected with the same key (the same passphrase and keyring entry open it): never a
    # clear copy of names of people met. A server's rows arrive in a plain file, as a new workspace is made.
    key = None if source.is_server else source.connector.key
    engine = make_engine(path, Connector(key))
    try:
        with engine.begin() as conn:
            migrator.upgrade(conn)
            copied = copy_rows(source, conn, progress)
    except BaseException:
        engine.dispose()
        owner_path(path).unlink(missing_ok=True)
        lock.release()
        for p in [path, *sidecar_paths(path)[:3]]:
            p.unlink(missing_ok=True)
        raise
    engine.dispose()
    owner_path(path).unlink(missing_ok=True)
    lock.release()
    return {"to": str(path), "copied": copied}
