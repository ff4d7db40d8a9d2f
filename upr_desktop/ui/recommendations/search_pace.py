"""How long the search box waits after a keystroke: not at all while the workspace answers fast.

A fixed 150 ms pause after every keystroke made a 50 ms search feel like 200 ms. Desktop search boxes
search as you type when they can keep up: here the wait follows what the last searches took. While they
answer within ``FAST_S`` (before a person types the next character) there is no wait; when they are slow
(a huge workspace, a busy machine) the box waits about as long as one search takes, so it does not queue a
query per keystroke, and never longer than ``LONGEST_WAIT_S``.
"""

from __future__ import annotations

from collections import deque

FAST_S = 0.15  # people type a character every 150-300 ms: a search answering within 150 ms keeps up
LONGEST_WAIT_S = 0.3
REMEMBERED = 3  # the last few searches: one slow outlier (a cold cache) does not slow typing for long


class SearchPace:
    def __init__(self) -> None:
        self._recent: deque[float] = deque(maxlen=REMEMBERED)

    def answered(self, seconds: float) -> None:
        """A search (or filter change) took ``seconds`` from asking to rows."""
        self._recent.append(max(0.0, seconds))

    def wait_ms(self) -> int:
        """How long to wait after a keystroke before searching."""
        if not self._recent:
            return 0
        typical = sorted(self._recent)[len(self._recent) // 2]  # the median of the last few
        if typical <= FAST_S:
            return 0
        return round(min(typical, LONGEST_WAIT_S) * 1000)
