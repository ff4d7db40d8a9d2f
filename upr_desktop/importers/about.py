"""What a file says it is about: the State under Review, the cycle and the session named in its header.

OHCHR matrices name their State and cycle in the page header or the title above the table
("UPR of Egypt - Second Cycle", "Slovenia - 48th Session", "Thematic list of recommendations -
Thailand", in English, French or Spanish). The importer reads them so that a file about another
State is never taken for the workspace's own, and rows get their cycle and session.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from upr_desktop.core.domain import vocab

_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
    "premier": 1, "1er": 1, "deuxieme": 2, "2e": 2, "2eme": 2, "second cycle": 2, "troisieme": 3, "3e": 3, "3eme": 3,
    "quatrieme": 4, "4e": 4, "4eme": 4, "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4,
}
_CYCLE_BEFORE = re.compile(r"\b(first|second|third|fourth|fifth|[1-5](?:st|nd|rd|th|er|e|eme|º|o)?|premier|deuxieme|troisieme|"
                           r"quatrieme|primer|primero|segundo|tercer|tercero|cuarto)\s+(?:upr\s+|epu\s+)?(?:cycle|ciclo)\b")
_CYCLE_AFTER = re.compile(r"\b(?:cycle|ciclo)\s*(?:no\.?\s*)?([1-5])\b|\b(?:cycle|ciclo)\s+(i{1,3}|iv|v)\b")
_SESSION_BEFORE = re.compile(r"\b(\d{1,2})\s*(?:st|nd|rd|th|e|eme|er|º|o|ª)?\.?\s*(?:upr\s+|epu\s+)?(?:session|periodo de sesiones|sesion)\b")
_SESSION_AFTER = re.compile(r"\b(?:session|sesion)\s*(?:no\.?\s*)?(\d{1,2})\b")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}


@dataclass
class About:
    states: list[str] = field(default_factory=list)  # the States the header names, in order
    line: str | None = None  # the header text that names the first of them
    cycle: int | None = None
    session: int | None = None


def _plain(text: str) -> str:
    return vocab.fold(text).replace("º", "o")


def read_cycle(text: str) -> int | None:
    plain = _plain(text)
    before = _CYCLE_BEFORE.search(plain)
    if before:
        word = before[1]
        digits = re.match(r"[1-5]", word)
        return int(digits[0]) if digits else _ORDINALS.get(word)
    after = _CYCLE_AFTER.search(plain)
    if after:
        return int(after[1]) if after[1] else _ROMAN[after[2]]
    return None


def read_session(text: str) -> int | None:
    plain = _plain(text)
    for pattern in (_SESSION_BEFORE, _SESSION_AFTER):
        found = pattern.search(plain)
        if found and 1 <= int(found[1]) <= 99:
            return int(found[1])
    return None


def read_about(texts: list[str]) -> About:
    """The State(s), cycle and session the first lines of a file name (page headers, title, rows above the table)."""
    about = About()
    for text in texts[:40]:
        line = " ".join((text or "").split())
        if not line or len(line) > 400:
            continue
        named = vocab.states_in_text(line)
        for name in named:
            if name not in about.states:
                about.states.append(name)
        if named and about.line is None:
            about.line = line
        if about.cycle is None:
            about.cycle = read_cycle(line)
        if about.session is None:
            about.session = read_session(line)
    return about
