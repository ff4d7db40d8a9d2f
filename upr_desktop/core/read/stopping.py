"""Stopping long read-side computations early: idle work on the GUI's worker gives way to a person's request.

SQLite's interrupt stops a running query, but not the Python between queries (tallying States,
counting keys). Such loops call :func:`checkpoint`; inside :func:`stoppable` it raises
:class:`Stopped` once the caller's check says the work is no longer wanted. Elsewhere it costs
one attribute lookup and never raises.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_local = threading.local()


class Stopped(Exception):
    """The computation was abandoned on request; nothing it would have returned is wanted."""


def checkpoint() -> None:
    check = getattr(_local, "check", None)
    if check is not None and check():
        raise Stopped()


@contextmanager
def stoppable(check: Callable[[], bool]) -> Iterator[None]:
    """Within this block, on this thread, :func:`checkpoint` raises :class:`Stopped` when ``check()`` is true."""
    previous = getattr(_local, "check", None)
    _local.check = check
    try:
        yield
    finally:
        _local.check = previous
