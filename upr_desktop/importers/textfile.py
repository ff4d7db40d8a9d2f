"""Reading text exports as saved by real programs: encodings, line endings, delimiters.

Excel saves a CSV in the machine's code page: Windows-1252 in Western Europe and the Americas, Mac
Roman on an old Mac (with bare CR line endings), Windows-874 in Thailand, Windows-1256 in Arabic,
Windows-1251 in Cyrillic locales, or UTF-16 with a byte order mark. Byte order marks and valid UTF-8
decide at once; otherwise charset-normalizer (a maintained detector) says which script the bytes
are; Latin-script files are then told apart between Windows-1252 and Mac Roman by which letters
they give (charset-normalizer cannot on a short file). A guess that another code page would
read differently is reported (:attr:`DecodedText.doubt`), so the person can check the texts.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from upr_desktop.errors import UserError
from upr_desktop.i18n import tr

# Characters a CSV of recommendations plausibly holds beyond ASCII (French, Spanish, Portuguese text and
# typographic punctuation). A wrong 8-bit guess turns them into box-drawing marks, math signs or odd capitals.
_LIKELY = set(
    "àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæßÀÂÄÁÃÇÉÈÊËÍÎÏÑÓÔÖÕÚÙÛÜŒÆ"
    "’‘“”–—…«»°€•·ªº¿¡ \u00a0"
)
_DELIMITERS = (",", ";", "\t", "|")


# Code pages a CSV of recommendations arrives in (Excel's "CSV" in each locale), for the detector.
LEGACY_CODE_PAGES = ("cp1252", "mac_roman", "cp874", "cp1256", "cp1251", "cp1250", "cp1253", "cp1254", "cp1255",
                     "cp1257", "cp1258", "koi8_r", "mac_cyrillic", "gb18030", "big5", "shift_jis", "euc_kr", "cp949",
                     "cp932", "cp936", "cp950")
_LATIN_BLOCKS = {"Basic Latin", "Control character", "Latin-1 Supplement", "Latin Extended-A", "Latin Extended-B",
                 "Latin Extended Additional", "General Punctuation", "Currency Symbols", "Spacing Modifier Letters",
                 "Letterlike Symbols", "Mathematical Operators", "Number Forms", "Box Drawing", "Geometric Shapes"}
NAMES = {
    "cp1252": "Windows-1252 (Western European)", "mac_roman": "Mac Roman", "cp874": "Windows-874 (Thai)",
    "cp1256": "Windows-1256 (Arabic)", "cp1251": "Windows-1251 (Cyrillic)", "cp1250": "Windows-1250 (Central European)",
    "cp1253": "Windows-1253 (Greek)", "cp1254": "Windows-1254 (Turkish)", "cp1255": "Windows-1255 (Hebrew)",
    "cp1257": "Windows-1257 (Baltic)", "cp1258": "Windows-1258 (Vietnamese)", "koi8_r": "KOI8-R (Cyrillic)",
    "mac_cyrillic": "Mac Cyrillic", "gb18030": "GB18030 (Chinese)", "big5": "Big5 (Chinese)", "cp950": "Big5 (Chinese)",
    "cp936": "GBK (Chinese)", "shift_jis": "Shift JIS (Japanese)", "cp932": "Shift JIS (Japanese)",
    "euc_kr": "EUC-KR (Korean)", "cp949": "Windows-949 (Korean)", "latin-1": "Latin-1",
}


def encoding_name(encoding: str) -> str:
    return NAMES.get(encoding, encoding)


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    line_ending: str  # "CRLF", "LF", "CR" or "none"
    doubt: str | None = None  # another code page that would read the file differently, when the guess is uncertain


def _score(text: str) -> int:
    score = 0
    previous = ""
    for ch in text:
        if ord(ch) >= 128:
            if ch.isupper() and previous.isalpha() and previous.islower():
                score -= 3  # a capital inside a lowercase word ("ÈgalitÈ"): the wrong code page
            elif ch in _LIKELY:
                score += 2
            elif not (ch.isalpha() and ch.islower()):
                score -= 3
        previous = ch
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
    other_script = _other_script(data)
    if other_script is not None:
        return other_script
    return _latin(data)


def _other_script(data: bytes) -> DecodedText | None:
    """The code page of a file in a non-Latin script (Thai, Arabic, Cyrillic, Greek, Hebrew, CJK), or None."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(LEGACY_CODE_PAGES)))
    if not matches:
        return None
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    if set(best.alphabets) <= _LATIN_BLOCKS:
        return None
    text = str(best)
    doubt = None
    for other in matches:
        if other is best or other.chaos > best.chaos + 0.02 or abs(other.coherence - best.coherence) >= 0.1:
            continue
        if set(other.alphabets) <= _LATIN_BLOCKS or str(other) == text:
            continue
        doubt = other.encoding
        break
    return DecodedText(text, best.encoding, _line_ending(text), doubt)


def _latin(data: bytes) -> DecodedText:
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
    score, encoding, text = candidates[0]
    doubt = None
    if len(candidates) > 1 and candidates[1][0] >= score - 2 and candidates[1][2] != text:
        doubt = candidates[1][1]
    return DecodedText(text, encoding, _line_ending(text), doubt)


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
    """All rows of a CSV file, whatever its encoding and line endings; a file cut off is refused."""
    from upr_desktop.files.sheet_bounds import OutOfBounds
    from upr_desktop.files.table_bounds import bounded_rows, check_text_size

    try:
        check_text_size(path.stat().st_size)
        decoded = decode(path.read_bytes(), path.name)
        delimiter = sniff_delimiter(decoded.text)
        rows = _rows(path, decoded.text, delimiter, bounded_rows)
    except OutOfBounds as exc:
        raise UserError(tr("Cannot import {file}: {reason}", file=path.name, reason=exc)) from None
    _refuse_cut_off(path, decoded.text, rows)
    return rows, decoded


def _rows(path: Path, text: str, delimiter: str, read: Callable[[Any], list[list[str]]]) -> list[list[str]]:
    """Rows read strictly (a quote left open at the end is a file cut off), else leniently as Excel does."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        return read(reader)
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise UserError(_open_quote(path, text, delimiter)) from None
    # A stray quote inside a field ('5" screen'): read it the way a spreadsheet program would.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = read(reader)
    except csv.Error as exc:
        raise UserError(
            tr("Cannot import {file}: line {line} cannot be read as CSV ({reason}).", file=path.name, line=reader.line_num, reason=exc)
        ) from None
    starts = _record_starts(text, delimiter)
    if starts:
        last = starts[-1]
        tail = csv.reader(io.StringIO(_from_line(text, last), newline=""), delimiter=delimiter, strict=True)
        try:
            for _row in tail:
                pass
        except csv.Error as exc:
            if "unexpected end of data" in str(exc):
                raise UserError(_open_quote(path, text, delimiter)) from None
    return rows


def _record_starts(text: str, delimiter: str) -> list[int]:
    """The physical line on which each record begins (1-based), as the lenient reader splits them."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    starts = []
    line = 0
    for _row in reader:
        starts.append(line + 1)
        line = reader.line_num
    return starts


def _from_line(text: str, number: int) -> str:
    buffer = io.StringIO(text, newline="")
    for _ in range(number - 1):
        if not buffer.readline():
            break
    return buffer.read()


def _open_quote(path: Path, text: str, delimiter: str) -> str:
    """Where the quoted field that never ends begins: the start of the last record the lenient reader finds."""
    starts = _record_starts(text, delimiter)
    line = starts[-1] if starts else 1
    return tr("Cannot import {file}: a quote opened on line {line} is never closed, so the rest of the file would be read as one field; "
              "the file is cut off or damaged. Download or save it again; nothing was imported.", file=path.name, line=line)


def _refuse_cut_off(path: Path, text: str, rows: list[list[str]]) -> None:
    """A last row with fewer fields than the header and no line break after it: the file was cut off mid-row."""
    if not rows or text.endswith(("\n", "\r")):
        return
    header = next((r for r in rows if any(c.strip() for c in r)), None)
    last = rows[-1]
    if header is None or last is header or len(last) >= len(header):
        return
    line = sum(1 for _ in io.StringIO(text, newline=""))
    raise UserError(
        tr("Cannot import {file}: it seems cut off: its last line ({line}) ends without a line break and has {count} of the {width} columns. "
           "Download or save the file again; nothing was imported.", file=path.name, line=line, count=len(last), width=len(header))
    )
