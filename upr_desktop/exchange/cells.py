"""Reading one returned cell into a value the merge can compare, or a reason it cannot be used.

Every parser returns ``(value, None)`` or ``(None, reason)``; values come out in compare form
(see :func:`layout.compare_form`): closed-list codes, ISO dates, sorted refs, NFC text.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from upr_desktop.core.domain import closed_lists
from upr_desktop.exchange import layout
from upr_desktop.i18n import tr

Parsed = tuple[str | None, str | None]

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]00:00(?::00)?)?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_LIST_NAMES = {"status": closed_lists.STATUSES, "kind": closed_lists.CONSULTATION_KINDS, "action_status": closed_lists.ACTION_STATUSES}
_LIST_WORDS = {"status": "Status", "kind": "Kind", "action_status": "Status"}


def as_text(value: Any) -> str:
    """Any cell value as text: integral numbers without '.0', dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def parse_text(value: Any) -> Parsed:
    text = layout.compare_form(as_text(value))
    if len(text) > layout.MAX_RETURNED_TEXT:
        return None, tr("the text has {count} characters, more than {limit}; shorten it.", count=len(text), limit=layout.MAX_RETURNED_TEXT)
    return text, None


@lru_cache(maxsize=512)
def _choice_code(list_name: str, text: str) -> str | None:
    # A return repeats the same few labels thousands of times; folding each one again is wasted work.
    return closed_lists.match(list_name, text)


def parse_choice(kind: str, value: Any, shown: dict[str, str] | None = None) -> Parsed:
    """A dropdown value: a code, a synonym, a label in any shipped language, or a label as ``shown``.

    ``shown`` is {label: code} as the workbook itself showed its list (from its metadata), so a
    label a later version of the app words differently still reads back.
    """
    text = as_text(value).strip()
    if not text:
        return "", None
    code = _choice_code(_LIST_NAMES[kind], text)
    if code is None and shown:
        folded = closed_lists.fold(text)
        valid = closed_lists.codes(_LIST_NAMES[kind])
        code = next((c for label, c in shown.items() if c in valid and closed_lists.fold(label) == folded), None)
    if code is None:
        labels = ", ".join(c.label for c in closed_lists.choices(_LIST_NAMES[kind]))
        return None, tr("'{value}' is not in the {column} list ({labels}).", value=text[:80], column=_LIST_WORDS[kind], labels=labels)
    return code, None


def _make_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# Month names a person may write in a date (English, French, Spanish; "sept." and "déc." included).
_MONTHS = {
    **{name: i for i, names in enumerate((
        ("january", "jan", "janvier", "janv", "enero", "ene"), ("february", "feb", "fevrier", "fev", "febrero"),
        ("march", "mar", "mars", "marzo"), ("april", "apr", "avril", "avr", "abril", "abr"), ("may", "mai", "mayo"),
        ("june", "jun", "juin", "junio"), ("july", "jul", "juillet", "juil", "julio"),
        ("august", "aug", "aout", "agosto", "ago"), ("september", "sep", "sept", "septembre", "septiembre", "set", "setiembre"),
        ("october", "oct", "octobre", "octubre"), ("november", "nov", "novembre", "noviembre"),
        ("december", "dec", "decembre", "diciembre", "dic")), start=1) for name in names},
}
_WORDS = re.compile(r"[^\W\d_]+|\d+")


def _month_name_date(text: str) -> date | None:
    """'15 November 2026', 'Nov 15, 2026', '15 novembre 2026', '15 de noviembre de 2026': one reading only."""
    plain = closed_lists.fold(text)
    tokens = [t for t in _WORDS.findall(plain) if t not in ("de", "del", "the", "of", "le", "er")]
    months = [t for t in tokens if t in _MONTHS]
    numbers = [t for t in tokens if t.isdigit()]
    if len(months) != 1 or len(numbers) != 2 or len(tokens) != 3:
        return None
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(years) != 1 or len(days) != 1:
        return None
    return _make_date(int(years[0]), _MONTHS[months[0]], int(days[0]))


def parse_date(value: Any, *, locale_format: str | None = None, allow_future: bool = True, today: date | None = None) -> Parsed:
    """Real date cells, ISO text (YYYY-MM-DD), the workspace's own format, and dates with a month name.

    Day and month written as numbers in another order ("15/11/2026", "03/04/2026") are refused: the
    sheet asks for YYYY-MM-DD and such a date can be read two ways (the message gives the ISO form
    when only one reading is a real date).
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return "", None
    found: date | None = None
    if isinstance(value, datetime):
        found = value.date()
    elif isinstance(value, date):
        found = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        return None, tr("{value} is a number, not a date; write the date as YYYY-MM-DD.", value=as_text(value))
    else:
        text = str(value).strip()
        m = _ISO.match(text)
        if m:
            found = _make_date(int(m[1]), int(m[2]), int(m[3]))
        if found is None and locale_format:
            try:
                found = datetime.strptime(text, locale_format).date()
            except ValueError:
                found = None
        if found is None and not m:
            d = _DMY.match(text)
            if d:
                a, b, y = int(d[1]), int(d[2]), int(d[3])
                as_dm, as_md = _make_date(y, b, a), _make_date(y, a, b)
                if as_dm and as_md and as_dm != as_md:
                    return None, tr("'{value}' could be {first} or {second}; write the date as YYYY-MM-DD.", value=text, first=as_dm.isoformat(), second=as_md.isoformat())
                only = as_dm or as_md
                if only is not None:
                    return None, tr("'{value}' is not written as YYYY-MM-DD; write {date} if that is the date meant.", value=text, date=only.isoformat())
            found = _month_name_date(text)
        if found is None:
            return None, tr("'{value}' is not a date; write the date as YYYY-MM-DD.", value=text[:80])
    if not allow_future and found > (today or date.today()):
        return None, tr("{date} is in the future.", date=found.isoformat())
    return found.isoformat(), None


def parse_refs(value: Any, known: dict[str, int]) -> Parsed:
    refs = layout.split_refs_cell(as_text(value))
    unknown = [r for r in refs if r not in known]
    if unknown:
        return None, tr("unknown recommendation ref(s): {refs}.", refs=", ".join(unknown[:10]))
    return layout.refs_form(refs), None


def parse_cell(kind: str, value: Any, *, known_refs: dict[str, int], locale_format: str | None, allow_future: bool = True,
               shown_labels: dict[str, str] | None = None) -> Parsed:
    if kind in _LIST_NAMES:
        return parse_choice(kind, value, shown_labels)
    if kind == "date":
        return parse_date(value, locale_format=locale_format, allow_future=allow_future)
    if kind == "refs":
        return parse_refs(value, known_refs)
    return parse_text(value)


def display(field: str, value: str | None) -> str:
    """A compare-form value as a person reads it (labels for codes)."""
    if not value:
        return ""
    lists = {"status": closed_lists.STATUSES, "kind": closed_lists.CONSULTATION_KINDS}
    if field in lists:
        list_name = lists[field]
        if closed_lists.match(list_name, value) == value:
            return closed_lists.label(list_name, value)
        return closed_lists.label(closed_lists.ACTION_STATUSES, value)
    return value
