"""Warming the table's column orders while the worker is idle, so the first sort by a column is quick."""

from __future__ import annotations

from typing import Any

from upr_desktop.ui.idle_work import IdleWork

# Dearest first (cold, on 100k: text and States ~0.45 s, themes ~0.35, last assessed ~0.3 s); ref is
# the index walk, always quick.
WARM_ORDER = ("text", "recommending_states", "themes", "last_assessed", "lead_group", "status", "response")
PRIORITY = 0  # before the other idle work (dashboard figures): the table is the page in front at start-up


def _ordered_ids(session: Any, column: str) -> list[int]:
    from upr_desktop.core.table_order import ordered_ids  # on the worker

    return ordered_ids(session, column)


def _warm(column: str) -> Any:
    return lambda s: bool(_ordered_ids(s, column))


class OrderWarmup:
    """Computes each column's cached order (core.table_order) one column at a time, in idle moments.

    Each column is one step of the app's idle queue (ui.idle_work): a background read that never
    delays a person's request. The orders are the ones a sort would compute itself; warming only
    decides when. ``restart()`` after data changed.
    """

    def __init__(self, queue: IdleWork) -> None:
        self.queue = queue
        self.names = tuple(f"order:{column}" for column in WARM_ORDER)

    def restart(self) -> None:
        self.queue.schedule([(f"order:{column}", _warm(column)) for column in WARM_ORDER], PRIORITY)

    @property
    def done(self) -> bool:
        return not self.queue.pending(self.names)
