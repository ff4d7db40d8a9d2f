"""An executor for BackgroundRunner that keeps jobs until the test lets them run (a worker still busy)."""

from __future__ import annotations


class Held:
    def __init__(self) -> None:
        self.jobs: list[tuple[object, object]] = []

    def submit(self, job: object, relay: object) -> None:
        self.jobs.append((job, relay))

    def run_all(self) -> None:
        from upr_desktop.ui.worker import _execute

        while self.jobs:
            job, relay = self.jobs.pop(0)
            _execute(job, relay)  # type: ignore[arg-type]

    def shutdown(self) -> None:
        self.run_all()
