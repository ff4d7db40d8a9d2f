"""One app-wide queue of background operations run while the worker is idle (column orders, dashboard figures)."""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from upr_desktop.errors import Cancelled
from upr_desktop.ui.worker import Operations

if TYPE_CHECKING:
    from upr_desktop.operations.base import WorkspaceFile

IDLE_S = 0.15  # how long no request must have come before background work starts
POLL_MS = 100
BACKOFF_S = 5.0  # after a step failed on its own (not for a person's request): wait, longer each time
MAX_FAILURES = 3  # then give the step up until it is asked for again (a sort computes its order anyway)

Work = Callable[["WorkspaceFile"], object]  # an operation, op(workspace), on the worker; what it returns is not used


@dataclass
class _Step:
    name: str
    work: Work
    priority: int  # lower first; same priority: in the order asked
    serial: int  # bumped when the step is asked again, so an answer to an older run does not clear it
    failures: int = 0


class IdleWork(QObject):
    """Steps (name, work) run one at a time on the worker, each when no person's request came for IDLE_S.

    Each step is one ``ops.idle``: it never makes the runner busy, is dropped if a person's
    request comes first and interrupted (sqlite3's interrupt) if it is running; then it stays to
    do and is tried again at the next idle moment. Asking for a step already waiting keeps one
    copy; asking for one that is running marks it to run again (the data changed under it).
    """

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._todo: dict[str, _Step] = {}
        self._serial = 0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._step)
        self.runs: dict[str, int] = {}  # step name -> how many times it finished (tests, benchmarks)
        self._resume_at = 0.0  # no step before this (monotonic seconds) after a failure

    def schedule(self, steps: list[tuple[str, Work]], priority: int = 0) -> None:
        for name, work in steps:
            self._serial += 1
            self._todo[name] = _Step(name, work, priority, self._serial)
        self._timer.start()

    def stop(self) -> None:
        self._todo.clear()
        self._timer.stop()

    def pending(self, names: Collection[str] | None = None) -> bool:
        """Whether any step (of ``names``) is still to do."""
        return any(names is None or name in names for name in self._todo)

    @property
    def done(self) -> bool:
        return not self._todo

    def _next(self) -> _Step | None:
        return min(self._todo.values(), key=lambda step: (step.priority, step.serial), default=None)

    def _step(self) -> None:
        runner = self.ops.runner
        now = time.monotonic()
        if runner.background_running or runner.busy or now - runner.last_request < IDLE_S or now < self._resume_at:
            return
        step = self._next()
        if step is None:
            self._timer.stop()
            return
        # Dropped or interrupted for a person's request: the step stays to do, tried again when idle.
        jobs: list[Any] = []
        jobs.append(self.ops.idle(_run, step.work, on_done=lambda _r: self._finished(step),
                                  on_error=lambda exc: self._failed(step, exc, jobs)))

    def _failed(self, step: _Step, exc: BaseException, jobs: list[Any]) -> None:
        """A step that failed by itself (a locked protected workspace, a bug) is not retried every poll."""
        if isinstance(exc, Cancelled) or (jobs and jobs[0].superseded):
            return  # a person's request came first: tried again at the next idle moment
        step.failures += 1
        self._resume_at = time.monotonic() + BACKOFF_S * step.failures
        if step.failures >= MAX_FAILURES and self._todo.get(step.name) is step:
            del self._todo[step.name]

    def _finished(self, step: _Step) -> None:
        if self._todo.get(step.name) is step:  # not asked again meanwhile
            del self._todo[step.name]
        self.runs[step.name] = self.runs.get(step.name, 0) + 1


def _run(workspace: WorkspaceFile, work: Work) -> bool:
    """Run a step on the worker; only that it finished goes back to the GUI thread."""
    work(workspace)
    return True
