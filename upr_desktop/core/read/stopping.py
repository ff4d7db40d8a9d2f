"""Stopping long read-side computations early: idle work on the GUI's worker gives way to a person's request.

Inside :func:`stoppable`, on its thread:
- every connection the workspace hands out gets a progress handler, so a query stops (SQLite's
  "interrupted") as soon as the caller's check says the work is no longer wanted;
- :meth:`Stopper.interrupt` (from any thread) interrupts the query running now;
- Python loops between queries (tallying States, counting keys) call :func:`checkpoint`, which
  raises :class:`Stopped` once the check is true. Elsewhere it costs one attribute lookup.

The workspace's engine calls :func:`connection_checked_out` / :func:`connection_checked_in`
(pool events), so the work itself is ordinary operations code with no session plumbing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

_local = threading.local()
PROGRESS_STEPS = 10_000  # SQLite virtual-machine steps between two checks (well under a millisecond)


class Stopped(Exception):
    """The computation was abandoned on request; nothing it would have returned is wanted."""


class Stopper:
    """The stoppable work running on one thread: its check and the connections it is using."""

    def __init__(self, check: Callable[[], bool]) -> None:
        self.check = check
        self._connections: list[Any] = []
        self._lock = threading.Lock()

    def interrupt(self) -> None:
        """Stop the query running now (any thread); later ones stop through the progress handler."""
        with self._lock:
            for conn in self._connections:
                try:
                    conn.interrupt()
                except Exception:  # noqa: BLE001, S110 - a closed connection has nothing to stop
                    pass

    def _watch(self, conn: Any) -> None:
        with self._lock:
            self._connections.append(conn)
        if hasattr(conn, "set_progress_handler"):
            conn.set_progress_handler(self.check, PROGRESS_STEPS)

    def _unwatch(self, conn: Any) -> None:
        with self._lock:
            if conn in self._connections:
                self._connections.remove(conn)
        if hasattr(conn, "set_progress_handler"):
            conn.set_progress_handler(None, 0)


def checkpoint() -> None:
    stopper: Stopper | None = getattr(_local, "stopper", None)
    if stopper is not None and stopper.check():
        raise Stopped()


@contextmanager
def stoppable(check: Callable[[], bool]) -> Iterator[Stopper]:
    """Within this block, on this thread, queries and :func:`checkpoint` stop once ``check()`` is true."""
    previous = getattr(_local, "stopper", None)
    stopper = Stopper(check)
    _local.stopper = stopper
    try:
        yield stopper
    finally:
        _local.stopper = previous


def connection_checked_out(dbapi_connection: Any, *_args: Any) -> None:
    """Pool event: a connection goes to work on this thread; watch it if the work is stoppable."""
    stopper: Stopper | None = getattr(_local, "stopper", None)
    if stopper is not None:
        stopper._watch(dbapi_connection)
        _watched(dbapi_connection, stopper)


def connection_checked_in(dbapi_connection: Any, *_args: Any) -> None:
    """Pool event: the connection is back in the pool; it no longer answers to the stoppable work."""
    stopper = _WATCHED.pop(id(dbapi_connection), None)
    if stopper is not None:
        stopper._unwatch(dbapi_connection)


_WATCHED: dict[int, Stopper] = {}


def _watched(conn: Any, stopper: Stopper) -> None:
    _WATCHED[id(conn)] = stopper
