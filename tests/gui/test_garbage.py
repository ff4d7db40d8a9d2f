"""Garbage collection at quiet moments (ui/garbage.py): none while a person is at work."""

from __future__ import annotations

import gc
import time
from types import SimpleNamespace


class Cycle:
    def __init__(self) -> None:
        self.me = self


def _worker(last_request: float, busy: bool = False) -> SimpleNamespace:
    return SimpleNamespace(last_request=last_request, busy=busy)


def test_full_collections_wait_for_a_quiet_moment_and_then_free_cycles(qtbot) -> None:
    from upr_desktop.ui import garbage

    worker = _worker(time.monotonic())
    collector = garbage.QuietCollector(worker)
    generations: list[int] = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start":
            generations.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        assert not gc.isenabled()  # Python's own collector is off while the app runs
        for _ in range(garbage.FULL_AFTER * 2):
            Cycle()  # garbage only a collection frees
        for _ in range(5):  # a person scrolling: requests keep coming
            worker.last_request = time.monotonic()
            collector.check()
        assert 2 not in generations and collector.full_collections == 0
        worker.last_request = time.monotonic() - garbage.QUIET_S  # a second without requests
        collector.check()
        assert collector.full_collections == 1 and 2 in generations and gc.get_count()[0] < garbage.FULL_AFTER
        collector.check()  # nothing made since: no second full collection
        assert collector.full_collections == 1
    finally:
        gc.callbacks.remove(seen)
        collector.stop()
    assert gc.isenabled()  # given back as it was


def test_nothing_is_collected_while_the_worker_is_busy(qtbot, monkeypatch) -> None:
    """An import in the GUI keeps the worker busy for seconds without new requests: no collection then."""
    from upr_desktop.ui import garbage

    monkeypatch.setattr(garbage, "YOUNG_LIMIT", 500)
    worker = _worker(0.0, busy=True)  # quiet since ever, but busy
    collector = garbage.QuietCollector(worker)
    try:
        keep = [Cycle() for _ in range(garbage.FULL_AFTER * 2)]
        collector.check()
        assert collector.full_collections == 0 and collector.young_collections == 0
        worker.busy = False
        collector.check()
        assert collector.full_collections == 1
        del keep
    finally:
        collector.stop()


def test_long_activity_still_collects_the_young_generations(qtbot, monkeypatch) -> None:
    from upr_desktop.ui import garbage

    monkeypatch.setattr(garbage, "YOUNG_LIMIT", 500)
    worker = _worker(time.monotonic())
    collector = garbage.QuietCollector(worker)
    try:
        keep = [Cycle() for _ in range(1_000)]
        worker.last_request = time.monotonic()  # still at work
        collector.check()
        assert collector.young_collections == 1 and collector.full_collections == 0
        del keep
    finally:
        collector.stop()


def test_the_timer_collects_on_its_own(qtbot, monkeypatch) -> None:
    from upr_desktop.ui import garbage

    monkeypatch.setattr(garbage, "FULL_AFTER", 0)  # whatever was made: the timer's check alone decides
    collector = garbage.QuietCollector(_worker(0.0))  # quiet since ever
    try:
        qtbot.waitUntil(lambda: collector.full_collections >= 1, timeout=5_000)
    finally:
        collector.stop()
