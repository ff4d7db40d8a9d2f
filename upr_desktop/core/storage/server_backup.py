"""Backups of a server workspace with ``pg_dump`` (custom format), and restoring one with ``pg_restore``.

They go where a file's backups go (the folder chosen in Settings, else ``backups/`` beside the
workspace's connection file), named alike, the newest 20 kept. The client programs come from the
PostgreSQL client package (``postgresql-client`` on Debian/Ubuntu, the installer on Windows/macOS);
``UPR_DESKTOP_PG_BIN`` names their folder when they are not on the PATH. Without them a backup asked
for is refused with what to install; the automatic one before an import or a merge is left out (each
of those is one server transaction, undone by ``imports undo``/``merges undo``) and the log says so.
"""

from __future__ import annotations

import glob
import logging
import os
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

from upr_desktop.errors import UserError
from upr_desktop.i18n import tr
from upr_desktop.io import create_private_file, make_private_dir

log = logging.getLogger(__name__)


def client_program(name: str) -> str | None:
    """pg_dump / pg_restore: from UPR_DESKTOP_PG_BIN, the PATH, or the newest /usr/lib/postgresql/*/bin."""
    folder = os.environ.get("UPR_DESKTOP_PG_BIN")
    if folder and (Path(folder) / name).exists():
        return str(Path(folder) / name)
    versions = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(Path(p).parent.parent.name))
    if versions:  # the newest can dump every older server; Debian's /usr/bin wrapper may pick an older one
        return versions[-1]
    return shutil.which(name)


def _missing(name: str) -> UserError:
    return UserError(tr("{program} is not installed, so the server workspace cannot be backed up or restored from here. Install "
                        "the PostgreSQL client programs (Debian/Ubuntu: apt-get install postgresql-client) or set "
                        "UPR_DESKTOP_PG_BIN to their folder. Nothing was changed.", program=name))


def _env(ws: Any) -> dict[str, str]:
    env = dict(os.environ)
    password = ws.password  # the one this workspace was opened with (keyring, environment), if any
    if password:
        env["PGPASSWORD"] = password
    return env


def _dbname(ws: Any) -> str:
    from psycopg.conninfo import make_conninfo

    info = {k: v for k, v in ws.address.conninfo().items() if k != "connect_timeout"}
    return make_conninfo(**{k: str(v) for k, v in info.items()})


def dump(ws: Any, *, reason: str = "manual", folder: Path | None = None) -> Path | None:
    """``pg_dump -Fc`` of the workspace's database into the backup folder; None when pg_dump is missing for an automatic one."""
    from upr_desktop.core.storage import backups

    program = client_program("pg_dump")
    if program is None:
        if reason == "manual":
            raise _missing("pg_dump")
        log.warning("no pg_dump: the automatic backup %s of %s was left out", reason, ws.location)
        return None
    target_folder = backups.backup_dir(ws.path, folder)
    try:
        make_private_dir(target_folder)
    except OSError as exc:
        raise UserError(tr("Could not make the backup folder {folder}: {reason}. Nothing was changed; choose another backup folder in Settings.",
                           folder=target_folder, reason=exc.strerror or exc)) from None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    target = target_folder / f"{ws.path.stem}-{stamp}-{reason}.bak"
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    # --enable-row-security: a person who is not the tables' owner (a member of the secretariat or a member group) may not
    # switch row-level security off, and pg_dump's default refused their backup (so their every import failed); every
    # role reads every row (the read policies are USING (true)), so the dump is the whole workspace either way.
    done = subprocess.run([program, "--format=custom", "--no-owner", "--no-privileges", "--enable-row-security", f"--file={partial}",
                           f"--dbname={_dbname(ws)}"],
                          env=_env(ws), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        detail = (done.stderr.strip().splitlines() or ["?"])[-1]
        raise UserError(tr("Could not back up {where}: pg_dump said: {detail}. Nothing was changed.", where=ws.location, detail=detail))
    if partial.stat().st_size < 1024:
        partial.unlink(missing_ok=True)
        raise UserError(tr("Could not back up {where}: pg_dump wrote an empty backup. Nothing was changed.", where=ws.location))
    os.replace(partial, target)
    backups.prune(ws.path, folder=folder)
    return target


def check_dump(program: str, path: Path) -> None:
    """A backup is read through (its table of contents) before anything is replaced."""
    done = subprocess.run([program, "--list", str(path)], capture_output=True, text=True, check=False)
    if done.returncode != 0 or "TABLE DATA public workspace" not in done.stdout.replace(" - ", " ").replace("  ", " ") and \
            "workspace" not in done.stdout:
        raise UserError(tr("{path} is not a backup of a server workspace (pg_restore cannot read it); nothing was changed.", path=path))


def restore(ws: Any, backup_path: Path, *, folder: Path | None = None) -> Path | None:
    """Put a backup back into the server database in one transaction (the current state is dumped first)."""
    program = client_program("pg_restore")
    if program is None:
        raise _missing("pg_restore")
    check_dump(program, backup_path)
    safety = dump(ws, reason="before-restore", folder=folder)
    ws.engine.dispose()
    done = subprocess.run([program, "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
                           "--exit-on-error", f"--dbname={_dbname(ws)}", str(backup_path)],
                          env=_env(ws), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = (done.stderr.strip().splitlines() or ["?"])[-1]
        raise UserError(tr("Could not restore {backup} into {where}: pg_restore said: {detail}. The database was left as it was.",
                           backup=backup_path, where=ws.location, detail=detail))
    return safety


def impact(ws: Any, backup_path: Path) -> Any:
    """What restoring a dump undoes: the changes recorded on the server since it was taken (by its time)."""
    from sqlalchemy import select

    from upr_desktop.core.domain.models import Operation
    from upr_desktop.core.storage import backups

    taken = next((b.taken_at for b in backups.list_backups(ws.path, ws.settings.backup_path()) if b.path == backup_path.resolve()), None)
    undone: list[dict[str, Any]] = []
    if taken is not None:
        with ws.session() as session:
            since = taken.astimezone().replace(tzinfo=None) if taken.tzinfo else taken
            rows = session.execute(select(Operation.at, Operation.label, Operation.source, Operation.actor)
                                   .where(Operation.at >= _utc(since), Operation.state == "done").order_by(Operation.id.desc())).all()
            undone = [{"at": f"{r.at:%Y-%m-%d %H:%M}", "label": f"{r.label} ({r.actor})", "source": r.source} for r in rows]
    return backups.RestoreImpact(backup_path, taken, undone)


def _utc(local: datetime) -> datetime:
    """A backup's name holds local time; the change log keeps UTC."""
    from datetime import timezone

    return local.astimezone(timezone.utc).replace(tzinfo=None)
