"""The row-height model, and the workbook's recorded names read back safely whatever the metadata holds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from upr_desktop.exchange import row_heights
from upr_desktop.exchange.row_heights import MAX_ROW_PT, line_capacity, text_height, text_lines
from upr_desktop.exchange.workbook_reader import RecordedLayout

WORDS = st.lists(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Zs", "Zl", "Zp", "Cc")),
                         min_size=1, max_size=25), min_size=0, max_size=60)


def test_short_text_is_one_line_and_measured_prose_wraps_as_calc_did() -> None:
    assert text_lines("", 20) == 1 and text_lines("Lead", 9) == 1
    # 57 letters a line were the fewest Calc fitted at width 50 (scripts/measure_wrap.py): the model counts fewer
    assert 49 <= line_capacity(50) <= 57
    sentence = "Continue its good work to review article 112 of the Criminal Code so that it complies with article 19"
    assert text_lines(sentence, 50) == 3  # Calc: 2 lines with Noto Sans; never fewer than Calc
    assert text_lines(sentence + "\n\nSecond paragraph", 50) == 5


def test_marks_above_and_below_the_line_take_no_room_and_burmese_lines_are_taller() -> None:
    thai = "ที่นี่"  # vowels and tone marks stacked on two consonants
    assert sum(row_heights.char_weight(ch) for ch in thai) == 2 * 1.3
    burmese = "အစိုးရသည် လူ့အခွင့်အရေး"
    assert text_height(burmese, 60) > text_height("x" * len(burmese), 60)
    assert text_lines("長" * 30, 20) > text_lines("x" * 30, 20)  # wide East Asian letters


def test_a_word_longer_than_the_column_is_broken_over_lines() -> None:
    assert text_lines("x" * 100, 10) >= 100 / line_capacity(10)


def test_rows_are_capped_at_what_excel_allows() -> None:
    assert text_height("word " * 10_000, 30) == MAX_ROW_PT
    assert row_heights.row_height([("word " * 10_000, 30), ("short", 10)]) == MAX_ROW_PT
    assert row_heights.row_height([]) == row_heights.lines_height(1)


@settings(max_examples=300, deadline=None)
@given(WORDS, st.integers(min_value=5, max_value=80), st.integers(min_value=1, max_value=40))
def test_a_wider_column_never_needs_more_lines(words: list[str], width: int, wider_by: int) -> None:
    text = " ".join(words)
    assert text_lines(text, width + wider_by) <= text_lines(text, width)


@settings(max_examples=300, deadline=None)
@given(WORDS, WORDS, st.integers(min_value=5, max_value=80))
def test_more_text_never_needs_fewer_lines(first: list[str], more: list[str], width: int) -> None:
    text = " ".join(first)
    assert text_lines(" ".join([*first, *more]), width) >= text_lines(text, width)


def test_recorded_names_from_a_hostile_metadata_are_dropped_not_trusted() -> None:
    for junk in (None, 5, "x", [], {"sheets": 5, "headers": [1], "lists": "no"},
                 {"sheets": {"Recommendations": 7}, "headers": {"Recommendations": {"status": ["a"]}}, "lists": {"status": {"x": 3}}}):
        recorded = RecordedLayout.from_meta({"layout": junk})
        assert recorded.sheets == {} and recorded.lists in ({}, {"status": {}})
        assert recorded.header_aliases("Recommendations")["status"] == "status"
    recorded = RecordedLayout.from_meta({"layout": {"headers": {"Recommendations": {"status": "Etat", "nonsense": "Ref"}}}})
    aliases = recorded.header_aliases("Recommendations")
    assert aliases["etat"] == "status" and aliases["ref"] == "ref"  # an unknown key never takes a header over
