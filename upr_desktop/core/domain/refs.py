"""The order of recommendation references as people read them: "145.2" before "145.10", any shape of ref.

One rule for every list of refs sorted in Python (a workbook's refs cell, a report's consultations, the
"recommended before" lists). Refs come as published, in any shape ("145.10", "THA-25-123", "A/HRC/19/8 para 88.1"),
so parts are compared as numbers when they are written in decimal digits, else as text, never one with the other.
"""

from __future__ import annotations

import re

_PARTS = re.compile(r"[.\-\s]+")


def ref_sort_key(ref: str) -> tuple[tuple[int, int, str], ...]:
    """A key sorting refs part by part: numbers by value, before words ("145.2" < "145.10" < "145.a")."""
    # isdecimal, not isdigit: a superscript "²" is a digit int() cannot read.
    return tuple((0, int(part), "") if part.isdecimal() else (1, 0, part) for part in _PARTS.split(ref.strip()))
