"""The thread that listens for others' changes on a server workspace stops when the window closes, even mid-retry."""

from __future__ import annotations

import pytest


def test_closing_while_the_server_is_away_stops_the_watch(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Defect: after a failed connection the thread slept 3 s in one piece; stop() waits at most 3 s, so closing the
    window froze it that long and could leave the thread running as Qt destroyed it."""
    from upr_desktop.operations import server as server_ops
    from upr_desktop.ui.server_watch import ServerWatch

    tries: list[int] = []

    def away(_workspace: object) -> object:
        tries.append(1)
        raise OSError("could not connect to the server")

    monkeypatch.setattr(server_ops, "listen_for_changes", away)
    thread = ServerWatch(object())
    thread.start()
    qtbot.waitUntil(lambda: bool(tries), timeout=10_000)
    thread.requestInterruption()
    # It checks between steps of 100 ms: stopped long before its 3 s pause would end (the old one-piece sleep did not).
    assert thread.wait(2000), "still asleep in its retry pause"
    thread.stop()
