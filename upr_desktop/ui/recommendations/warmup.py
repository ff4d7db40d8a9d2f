"""Warming the table's column orders (and the State filter's map) while the worker is idle, so the first sort is quick."""

from __future__ import annotations

from functools import partial

from upr_desktop.operations import recommendations
from upr_desktop.ui.idle_work import IdleWork

# Dearest first (first sorts in benchmarks/gui_100k.py on 100k: last assessed and lead group ~0.25 s,
# States and themes ~0.2 s, text ~0.13 s since the sort indexes of migration 0005, status and
# response ~0.12 s); ref is the index walk, always quick.
WARM_ORDER = ("last_assessed", "lead_group", "recommending_states", "themes", "text", "status", "response")
STATE_MAP = "filter:recommending_states"  # the recommending-State filter's map (core.read.state_filter)
PRIORITY = 0  # before the other idle work (dashboard figures): the table is the page in front at start-up


class OrderWarmup:
    """Computes each column's cached order (core.read.table_order) one column at a time, in idle moments.

    Each column is one step of the app's idle queue (ui.idle_work): an operation run as background
    work that never delays a person's request. The orders are the ones a sort would compute itself;
    warming only decides when. ``restart()`` after data changed.
    """

    def __init__(self, queue: IdleWork) -> None:
        self.queue = queue
        self.names = (*(f"order:{column}" for column in WARM_ORDER), STATE_MAP)

    def restart(self) -> None:
        steps = [(f"order:{column}", partial(recommendations.warm_order, column=column)) for column in WARM_ORDER]
        self.queue.schedule([*steps, (STATE_MAP, recommendations.warm_state_filter)], PRIORITY)

    @property
    def done(self) -> bool:
        return not self.queue.pending(self.names)
