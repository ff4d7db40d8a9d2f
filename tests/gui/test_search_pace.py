"""The search box's wait after a keystroke follows how long searches take."""

from __future__ import annotations

from upr_desktop.ui.recommendations.search_pace import LONGEST_WAIT_S, SearchPace


def test_no_wait_until_a_search_has_been_slow() -> None:
    pace = SearchPace()
    assert pace.wait_ms() == 0
    for seconds in (0.02, 0.06, 0.09):
        pace.answered(seconds)
    assert pace.wait_ms() == 0


def test_slow_searches_make_typing_wait_about_one_search_and_never_long() -> None:
    pace = SearchPace()
    for seconds in (0.2, 0.18, 0.22):
        pace.answered(seconds)
    assert pace.wait_ms() == 200
    for seconds in (2.0, 3.0, 2.5):
        pace.answered(seconds)
    assert pace.wait_ms() == round(LONGEST_WAIT_S * 1000)


def test_one_slow_search_among_fast_ones_does_not_slow_typing() -> None:
    pace = SearchPace()
    for seconds in (0.03, 0.9, 0.04):  # a cold cache once
        pace.answered(seconds)
    assert pace.wait_ms() == 0
    pace.answered(0.5)
    pace.answered(0.6)  # the machine became busy: now it waits
    assert pace.wait_ms() == round(min(0.5, LONGEST_WAIT_S) * 1000)
