"""Garbage collection at quiet moments (ui/garbage.py): none while a person is at work."""

from __future__ import annotations

import gc
import time


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_full_collections_wait_for_a_quiet_moment_and_then_free_cycles(qtbot, monkeypatch) -> None:
    from upr_desktop.ui import garbage

    activity = [time.monotonic()]
    collector = garbage.QuietCollector(lambda: activity[0])
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
            activity[0] = time.monotonic()
            collector.check()
        assert 2 not in generations and collector.full_collections == 0
        activity[0] = time.monotonic() - garbage.QUIET_S  # a second without requests
        collector.check()
        assert collector.full_collections == 1 and 2 in generations and gc.get_count()[0] < garbage.FULL_AFTER
        collector.check()  # nothing made since: no second full collection
        assert collector.full_collections == 1
    finally:
        gc.callbacks.remove(seen)
        collector.stop()
    assert gc.isenabled()  # given back as it was


def test_long_activity_still_collects_the_young_generations(qtbot, monkeypatch) -> None:
    from upr_desktop.ui import garbage

    monkeypatch.setattr(garbage, "YOUNG_LIMIT", 500)
    collector = garbage.QuietCollector(time.monotonic)  # always busy
    try:
        keep = [Cycle() for _ in range(1_000)]
        collector.check()
        assert collector.young_collections == 1 and collector.full_collections == 0
        del keep
    finally:
        collector.stop()


def test_the_timer_collects_on_its_own(qtbot, monkeypatch) -> None:
    from upr_desktop.ui import garbage

    monkeypatch.setattr(garbage, "FULL_AFTER", 0)  # whatever was made: the timer's check alone decides
    collector = garbage.QuietCollector(lambda: 0.0)  # quiet since ever
    try:
        qtbot.waitUntil(lambda: collector.full_collections >= 1, timeout=5_000)
    finally:
        collector.stop()
