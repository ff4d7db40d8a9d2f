"""The files SQLite and the app keep beside a workspace file (its journal, the lock, who holds it)."""

from __future__ import annotations

from pathlib import Path


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def owner_path(path: Path) -> Path:
    return path.with_name(path.name + ".owner")


def sidecar_paths(path: Path) -> list[Path]:
    """The files SQLite and the app keep beside a workspace: -wal, -shm, -journal first, then the lock."""
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal", ".lock", ".owner")]
