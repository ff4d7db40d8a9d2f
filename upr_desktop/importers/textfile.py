"""Reading text exports as saved by real programs: encodings (UTF-8/16, cp1252, Mac Roman), line endings, delimiters."""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path

from upr_desktop.errors import UserError
from upr_desktop.i18n import tr

# Characters a CSV of recommendations plausibly holds beyond ASCII (French, Spanish, Portuguese text and
# typographic punctuation). A wrong 8-bit guess turns them into box-drawing marks, math signs or odd capitals.
_LIKELY = set(
    "àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæßÀÂÄÁÃÇÉÈÊËÍÎÏÑÓÔÖÕÚÙÛÜŒÆ"
    "’‘“”–—…«»°€•·ªº¿¡ \u00a0"
)
_DELIMITERS = (",", ";", "\t", "|")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    line_ending: str  # "CRLF", "LF", "CR" or "none"


def _score(text: str) -> int:
    score = 0
    for ch in text:
        if ord(ch) < 128:
            continue
        if ch in _LIKELY:
            score += 2
        elif ch.isalpha() and ch.islower():
            score += 0
        else:
            score -= 3
    return score


def _line_ending(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    if not (crlf or cr or lf):
        return "none"
    best = max((crlf, "CRLF"), (lf, "LF"), (cr, "CR"))
    return best[1]


def decode(data: bytes, name: str = "") -> DecodedText:
    """Decode the bytes of a text export, guessing the encoding the way a careful person would."""
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
        return DecodedText(text, "utf-8-sig", _line_ending(text))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
        return DecodedText(text, "utf-16", _line_ending(text))
    sample = data[:4096]
    even, odd = sample[0::2].count(b"\x00"), sample[1::2].count(b"\x00")
    if len(sample) >= 4 and max(even, odd) > len(sample) // 4 and min(even, odd) < len(sample) // 40:
        # UTF-16 without a byte order mark: the zero bytes of Latin text sit all on the even or the odd side.
        encoding = "utf-16-le" if odd > even else "utf-16-be"
        text = data.decode(encoding, errors="replace")
        return DecodedText(text, encoding, _line_ending(text))
    if b"\x00" in sample:
        raise UserError(tr("Cannot import {file}: it is not a text file, a spreadsheet or a Word document.", file=name))
    try:
        text = data.decode("utf-8")
        return DecodedText(text, "utf-8", _line_ending(text))
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[int, str, str]] = []
    bare_cr = b"\r" in data and b"\n" not in data
    for encoding in ("cp1252", "mac_roman"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _score(text)
        if encoding == "mac_roman" and bare_cr:
            score += 5  # Excel for Mac writes bare CR line endings with Mac Roman
        candidates.append((score, encoding, text))
    if not candidates:
        text = data.decode("latin-1")
        return DecodedText(text, "latin-1", _line_ending(text))
    candidates.sort(key=lambda c: c[0], reverse=True)
    _score_value, encoding, text = candidates[0]
    return DecodedText(text, encoding, _line_ending(text))


def sniff_delimiter(text: str) -> str:
    """The delimiter of the header line: the candidate that occurs most often outside quotes."""
    first = ""
    for line in io.StringIO(text, newline=""):
        if line.strip():
            first = line
            break
    outside = []
    quoted = False
    for ch in first:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            outside.append(ch)
    plain = "".join(outside)
    counts = {d: plain.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv_rows(path: Path) -> tuple[list[list[str]], DecodedText]:
    """All rows of a CSV file, whatever its encoding and line endings."""
    decoded = decode(path.read_bytes(), path.name)
    delimiter = sniff_delimiter(decoded.text)
    reader = csv.reader(io.StringIO(decoded.text, newline=""), delimiter=delimiter)
    try:
        rows = [row for row in reader]
    except csv.Error as exc:
        raise UserError(
            tr("Cannot import {file}: line {line} cannot be read as CSV ({reason}).", file=path.name, line=reader.line_num, reason=exc)
        ) from None
    return rows, decoded
