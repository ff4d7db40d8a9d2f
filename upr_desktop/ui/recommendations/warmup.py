"""Warming the table's column orders while the worker is idle, so the first sort by a column is quick."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, QTimer

from upr_desktop.ui.operations import Operations

IDLE_S = 0.15  # how long no request must have come before background work starts
POLL_MS = 100
# Dearest first (cold, on 100k: text and States ~0.45 s, themes ~0.35, last assessed ~0.3 s); ref is
# the index walk, always quick.
WARM_ORDER = ("text", "recommending_states", "themes", "last_assessed", "lead_group", "status", "response")


def _ordered_ids(session: Any, column: str) -> list[int]:
    from upr_desktop.core.table_order import ordered_ids  # on the worker

    return ordered_ids(session, column)


class OrderWarmup(QObject):
    """Computes each column's cached order (core.table_order) one column at a time, in idle moments.

    Each step is one background read: it never makes the runner busy, is dropped if a person's
    request comes first and interrupted (sqlite3's interrupt) if it is running. The orders are the
    ones a sort would compute itself; warming only decides when. ``restart()`` after data changed.
    """

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._todo: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._step)

    def restart(self) -> None:
        self._todo = list(WARM_ORDER)
        self._timer.start()

    @property
    def done(self) -> bool:
        return not self._todo

    def _step(self) -> None:
        runner = self.ops.runner
        if runner.background_running or runner.busy or time.monotonic() - runner.last_request < IDLE_S:
            return
        if not self._todo:
            self._timer.stop()
            return
        column = self._todo[0]
        # Dropped or interrupted for a person's request: the column stays to do, tried again when idle.
        self.ops.idle_read(lambda s: bool(_ordered_ids(s, column)), lambda _r: self._warmed(column))

    def _warmed(self, column: str) -> None:
        if column in self._todo:
            self._todo.remove(column)
