"""How tall a row must be for its wrapped text to show whole, in Excel and in LibreOffice Calc.

The programs do not agree on fitting rows: Excel fits a row that has no stored height when it
draws it; LibreOffice Calc keeps the one-line default when it opens an .xlsx, so a recommendation
shows as one clipped line. The writer therefore stores a height for every row, estimated here
from the text, the column width (in the spreadsheet's character units) and the font size.

The model was measured in LibreOffice Calc 7.4 (``scripts/measure_wrap.py``): 60 recommendations
of the UPR Info data in columns 10 to 70 characters wide, Calibri 11 drawn with Noto Sans, a wider
font than Calibri and so the worst case (Excel with Calibri, and Calc with Carlito, fit more on a
line; their rows come out a little roomy, never clipped). A column of width ``w`` held at least
``1.05 w - 3`` characters of English prose on every line (57 at w=50, 20 at w=20), lines were
15 pt apart at 11 pt (1.36 times the size), and one line needed 16.4 pt. Thai letters took 1.25
times the room of a Latin letter, Burmese ones about 1.5 (their vowel signs above and below the
line take none), Arabic ones less than 1. The weights below round those up.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Excel refuses rows taller than this (points).
MAX_ROW_PT = 409.0
LINE_FACTOR = 1.36  # line pitch / font size, measured at 11 pt
PADDING_PT = 3.0
BOLD_FACTOR = 1.08  # bold letters are wider
# Burmese fonts (Myanmar Text, Noto Sans Myanmar) stack signs above and below: taller lines.
MYANMAR_LINE_FACTOR = 1.4


def line_capacity(width: float, *, bold: bool = False) -> float:
    """How many Latin letters of prose fit on one line of a column ``width`` characters wide."""
    capacity = 1.05 * width - 3.0
    return max(1.0, capacity / BOLD_FACTOR if bold else capacity)


@lru_cache(maxsize=4096)
def char_weight(ch: str) -> float:
    """Room one character takes, in Latin letters."""
    code = ord(ch)
    if code < 0x300:
        return 1.0
    category = unicodedata.category(ch)
    if category in ("Mn", "Me", "Cf"):
        return 0.0  # combining marks, Thai vowels above the line, zero-width joiners
    if 0x0E00 <= code <= 0x0EFF:  # Thai and Lao
        return 1.3
    if 0x1000 <= code <= 0x109F or 0xAA60 <= code <= 0xAA7F:  # Myanmar
        return 1.0 if category == "Mc" else 1.6
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2.0
    return 1.0


def _has_myanmar(text: str) -> bool:
    return any(0x1000 <= ord(ch) <= 0x109F for ch in text)


def _weight(word: str) -> float:
    if word.isascii():
        return float(len(word))
    return sum(char_weight(ch) for ch in word)


def _paragraph_lines(paragraph: str, capacity: float) -> int:
    """Lines one paragraph wraps to: whole words while they fit, long words broken."""
    if paragraph.isascii() and len(paragraph) <= capacity:
        return 1
    # A word broken inside (Thai has no spaces between words) breaks where the program's
    # dictionary allows, a little before the edge: count a bit less room for it.
    broken_capacity = 0.9 * capacity
    lines, used = 1, 0.0
    for word in paragraph.split(" "):
        weight = _weight(word)
        if used and used + 1.0 + weight <= capacity:
            used += 1.0 + weight
            continue
        if used:
            lines += 1
        if weight > capacity:
            extra, used = divmod(weight, broken_capacity)
            lines += int(extra)
        else:
            used = weight
    return lines


def text_lines(text: str, width: float, *, bold: bool = False) -> int:
    """Lines a text wraps to in a column ``width`` characters wide (at least 1)."""
    if not text:
        return 1
    capacity = line_capacity(width, bold=bold)
    return sum(_paragraph_lines(p, capacity) for p in text.split("\n"))


def lines_height(lines: int, *, size: float = 11.0, myanmar: bool = False) -> float:
    pitch = size * LINE_FACTOR * (MYANMAR_LINE_FACTOR if myanmar else 1.0)
    return min(MAX_ROW_PT, round(lines * pitch + PADDING_PT, 1))


def text_height(text: str, width: float, *, size: float = 11.0, bold: bool = False) -> float:
    """Points a row needs to show ``text`` whole in a column ``width`` characters wide."""
    return lines_height(text_lines(text, width, bold=bold), size=size, myanmar=bool(text) and not text.isascii() and _has_myanmar(text))


def row_height(cells: Iterable[tuple[str, float]], *, size: float = 11.0, bold: bool = False) -> float:
    """The height of a row: that of its tallest cell, (text, column width) pairs."""
    tallest = lines_height(1, size=size)
    for text, width in cells:
        if text:
            tallest = max(tallest, text_height(text, width, size=size, bold=bold))
            if tallest >= MAX_ROW_PT:
                break
    return tallest
