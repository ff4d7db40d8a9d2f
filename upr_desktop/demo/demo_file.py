"""Creating and resetting the demo workspace file, from a template built once per version."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from filelock import FileLock

from upr_desktop import __version__
from upr_desktop.core.read.snapshot import workspace_snapshot
from upr_desktop.core.storage import backups, migrator
from upr_desktop.core.storage.workspace_file import (
    Connector,
    WorkspaceFile,
    acquire_lock,
    create_workspace,
    is_plain_sqlite,
    make_engine,
    owner_path,
    sidecar_paths,
)
from upr_desktop.demo import builder
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr
from upr_desktop.io import make_private_dir
from upr_desktop.paths import data_dir, demo_workspace_path
from upr_desktop.settings import Settings

_SOURCES = ("builder.py", "coalition.py", "recommendations.py", "topics.py", "demo_file.py")
# Keys of the export-json data that change from one run to the next without the content changing.
VOLATILE_KEYS = frozenset({"merged_at"})


def build_demo(path: str | os.PathLike[str]) -> WorkspaceFile:
    """Create the demo coalition from scratch at ``path`` (refuses to overwrite); returned open and locked."""
    ws = create_workspace(path, name=builder.DEMO_NAME, country=builder.STATE_UNDER_REVIEW,
                          cycles=[builder.REVIEW["cycle"]], is_demo=True)  # type: ignore[list-item]
    try:
        with ws.transaction() as session:
            builder.DemoBuilder(session).build()
    except BaseException:
        ws.close()
        for p in [ws.path, *sidecar_paths(ws.path)]:
            p.unlink(missing_ok=True)
        raise
    return ws


def _template_key() -> str:
    """Changes whenever the demo's content or the schema could change, so a stale template is never used."""
    digest = hashlib.sha256(migrator.head_revision().encode())
    here = Path(__file__).resolve().parent
    for name in _SOURCES:
        source = here / name
        if source.exists():
            digest.update(source.read_bytes())
        else:  # a frozen build ships bytecode only: its version names its content
            digest.update(f"{name}@{__version__}".encode())
    return digest.hexdigest()[:16]


def template_path() -> Path:
    return data_dir() / "demo" / f"demo-template-{_template_key()}.uprw"


def ensure_template() -> Path:
    """The template file for this version, built the first time it is needed."""
    path = template_path()
    if path.exists():
        return path
    make_private_dir(path.parent)  # the user data folder: 0700, as every folder the app makes
    with FileLock(str(path) + ".build-lock", timeout=300):
        if path.exists():
            return path
        tmp = path.with_name(path.name + ".building")
        for p in [tmp, *sidecar_paths(tmp)]:
            p.unlink(missing_ok=True)
        ws = build_demo(tmp)
        with ws.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        ws.close()
        conn2 = sqlite3.connect(str(tmp))
        try:
            conn2.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            conn2.close()
        for p in sidecar_paths(tmp):
            p.unlink(missing_ok=True)
        os.replace(tmp, path)
        for stale in path.parent.glob("demo-template-*.uprw"):
            if stale != path:  # templates of earlier versions
                stale.unlink(missing_ok=True)
    return path


def is_demo_file(path: Path) -> bool:
    """Whether ``path`` is a readable, unprotected workspace marked as demo data."""
    if not is_plain_sqlite(path):
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT is_demo FROM workspace LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return bool(row and row[0])


def create_demo(path: str | os.PathLike[str] | None = None, *, reset: bool = False, settings: Settings | None = None) -> WorkspaceFile:
    """Create the demo workspace, or with ``reset`` put an existing one back exactly as it was.

    Returns it open and locked, following ``settings`` (the backup folder, the demo's day). Refuses to reset a file that is open elsewhere (its lock is
    held) or that is not demo data, so a coalition's real workspace is never overwritten.
    """
    target = Path(path).expanduser().resolve() if path else demo_workspace_path()
    exists = target.exists() and target.stat().st_size > 0
    if exists and not reset:
        raise UserError(tr(
            "A demo workspace already exists at {path}. Open it, or put it back as it was with: upr-desktop demo --reset",
            path=target,
        ))
    template = ensure_template()
    make_private_dir(target.parent)  # often the first folder of the user data folder the app makes (scripts/start.sh)
    lock = acquire_lock(target)
    try:
        if exists and not is_demo_file(target):
            raise UserError(tr(
                "{path} is not a demo workspace; --reset only replaces demo data. Choose another file with --workspace.",
                path=target,
            ))
        backups.install_copy(template, target, Connector(None))
        connector = Connector(None)
        return WorkspaceFile(target, make_engine(target, connector), connector, lock, settings)
    except BaseException:
        owner_path(target).unlink(missing_ok=True)
        lock.release()
        raise


def _strip_volatile(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_volatile(v) for k, v in value.items() if k not in VOLATILE_KEYS}
    if isinstance(value, list):
        return [_strip_volatile(v) for v in value]
    return value


def content_hash(ws: WorkspaceFile) -> str:
    """SHA-256 of everything the workspace holds (export-json data, sensitive fields included), minus timestamps of merges."""
    with ws.session() as session:
        data = _strip_volatile(workspace_snapshot(session, include_sensitive=True))
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
