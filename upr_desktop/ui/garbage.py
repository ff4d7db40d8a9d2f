"""Garbage collection at quiet moments, so a full collection never lands inside a scroll step or a keystroke.

Python collects whenever enough objects were made, on whichever thread makes them. With 100,000
recommendations open a full collection took 30-40 ms and pushed single scroll steps over the
50 ms a step may take. The app turns automatic collection off and collects from a timer on the
GUI thread instead: everything once the app has been quiet for a second (no request to the
database worker: scrolling, typing, filtering and opening pages all make them), and only the
young generations when very many objects were made during a long stretch of activity.
Anki manages its collector the same way. (An app-wide Qt event filter would see input directly,
but PySide6 wraps every event of every widget for it: it made building the dashboard 50 ms slower.)
"""

from __future__ import annotations

import gc
import time
from typing import Protocol

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500
QUIET_S = 1.0  # no activity for this long: a full collection may run
FULL_AFTER = 1_000  # objects made since the last collection before a quiet full collection is worth it
# This many made during activity: collect the young generations anyway. Not lower: a young collection
# walks every container made since the last one, and the table's cached orders (lists of 100,000 ids)
# made one at 20,000 take 27-44 ms in the middle of a scroll.
YOUNG_LIMIT = 100_000


class Worker(Protocol):
    """What the collector watches: the BackgroundRunner's latest request and whether it is busy."""

    last_request: float  # monotonic seconds
    busy: bool


class QuietCollector(QObject):
    """Owns garbage collection while the app runs (``stop()`` gives it back to Python).

    Nothing is collected while the worker is busy with a person's work: an import of 100,000 rows
    makes millions of objects and turns collection off itself, since scanning them again and again
    doubled its time.
    """

    def __init__(self, worker: Worker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.full_collections = 0
        self.young_collections = 0
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        if self.worker.busy:
            return
        made = gc.get_count()[0]
        if time.monotonic() - self.worker.last_request >= QUIET_S:
            if made >= FULL_AFTER:
                gc.collect()
                self.full_collections += 1
        elif made >= YOUNG_LIMIT:
            gc.collect(1)
            self.young_collections += 1

    def stop(self) -> None:
        self._timer.stop()
        if self.was_enabled:
            gc.enable()
