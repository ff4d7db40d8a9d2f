"""The exchange workbook's layout: sheets, columns, lists and limits shared by writer and reader.

One format travels both ways (secretariat -> member group -> secretariat). The writer lays
sheets out from these definitions; the reader finds columns by their header text, so moved
or sorted columns still merge. Changing a header or the meaning of a column means a new
``FORMAT_VERSION``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

FORMAT_VERSION = 1
SUPPORTED_VERSIONS = frozenset({1})

README_SHEET = "Read me"
RECOMMENDATIONS_SHEET = "Recommendations"
CONSULTATIONS_SHEET = "Consultations"
ACTIONS_SHEET = "Follow-up actions"
LISTS_SHEET = "Lists"
META_SHEET = "upr_meta"
DATA_SHEETS = (RECOMMENDATIONS_SHEET, CONSULTATIONS_SHEET, ACTIONS_SHEET)

# Excel's hard limit for one cell; openpyxl would truncate silently past it.
CELL_LIMIT = 32_767
# Metadata is split into chunks well under the cell limit.
META_CHUNK = 30_000
# Blank rows offered for new consultations and actions.
BLANK_ROWS = 30
# How long a returned text may be (a hostile file could hold far more than Excel allows).
MAX_RETURNED_TEXT = 100_000
# A note written in place of text that does not fit in one cell.
TOO_LONG_MARK = "… [{more} more characters not shown: too long for a spreadsheet cell]"

ID_HEADER = "ID (do not edit)"


@dataclass(frozen=True)
class Column:
    """One column of a data sheet.

    ``key`` is the field name used in base values and merge plans; ``kind`` says how a cell
    is written and read: text, date, status, kind, action_status, refs, id, label (read-only
    display). ``editable`` columns are unlocked in the protected sheet.
    """

    key: str
    header: str
    width: int
    kind: str = "text"
    editable: bool = False
    sensitive: bool = False
    hidden: bool = False


RECOMMENDATION_COLUMNS = (
    Column("id", ID_HEADER, 12, "id", hidden=True),
    Column("ref", "Ref", 10, "label"),
    Column("text", "Recommendation", 60, "label"),
    Column("states", "Recommending States", 20, "label"),
    Column("response", "Response", 14, "label"),
    Column("themes", "Themes", 24, "label"),
    Column("role", "Your role", 10, "label"),
    Column("latest", "Latest status (all groups)", 22, "label"),
    Column("status", "Status", 22, "status", editable=True),
    Column("assessed_on", "Assessment date", 14, "date", editable=True),
    Column("evidence", "Evidence", 45, "text", editable=True),
    Column("sources", "Sources", 30, "text", editable=True),
    Column("comment", "Comment", 30, "text", editable=True),
)

CONSULTATION_COLUMNS = (
    Column("id", ID_HEADER, 12, "id", hidden=True),
    Column("held_on", "Date", 12, "date", editable=True),
    Column("government_body", "Government body", 30, "text", editable=True),
    Column("kind", "Kind", 18, "kind", editable=True),
    Column("coalition_participants", "Participants", 28, "text", editable=True),
    Column("government_participants", "Government participants", 28, "text", editable=True, sensitive=True),
    Column("refs", "Recommendations discussed (refs)", 22, "refs", editable=True),
    Column("summary", "Summary", 45, "text", editable=True),
    Column("commitments", "Commitments", 35, "text", editable=True),
)

ACTION_COLUMNS = (
    Column("id", ID_HEADER, 12, "id", hidden=True),
    Column("description", "Action", 50, "text", editable=True),
    Column("due_date", "Due date", 12, "date", editable=True),
    Column("status", "Status", 14, "action_status", editable=True),
    Column("refs", "Linked refs", 22, "refs", editable=True),
)

SHEET_COLUMNS: dict[str, tuple[Column, ...]] = {
    RECOMMENDATIONS_SHEET: RECOMMENDATION_COLUMNS,
    CONSULTATIONS_SHEET: CONSULTATION_COLUMNS,
    ACTIONS_SHEET: ACTION_COLUMNS,
}

# The entity each sheet's rows stand for (MergeConflict.entity, ChangeLog.entity).
SHEET_ENTITY = {
    RECOMMENDATIONS_SHEET: "recommendation",
    CONSULTATIONS_SHEET: "consultation",
    ACTIONS_SHEET: "follow_up_action",
}

# Named ranges behind the dropdowns: (name, closed list).
LIST_RANGES = {
    "status": ("StatusList", "statuses"),
    "kind": ("KindList", "consultation_kinds"),
    "action_status": ("ActionStatusList", "action_statuses"),
}


def columns_for(sheet: str, *, include_sensitive: bool) -> tuple[Column, ...]:
    """The columns a sheet has in an export; sensitive ones only when asked for."""
    return tuple(c for c in SHEET_COLUMNS[sheet] if include_sensitive or not c.sensitive)


def editable_keys(sheet: str, *, include_sensitive: bool) -> tuple[str, ...]:
    return tuple(c.key for c in columns_for(sheet, include_sensitive=include_sensitive) if c.editable)


def header_key(text: object) -> str:
    """Headers compared without case, spacing or accents, so 'status ' still finds Status."""
    folded = unicodedata.normalize("NFKC", str(text or "")).casefold()
    return " ".join(re.sub(r"[^\w()]+", " ", folded).split())


def column_letter(index: int) -> str:
    """0-based column index -> spreadsheet letters (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_name(row: int, col: int) -> str:
    """0-based row/column -> 'B5'."""
    return f"{column_letter(col)}{row + 1}"


# -- cell text ---------------------------------------------------------------------------
# Characters XML 1.0 (and so xlsx) cannot hold; \x0b and \x0c come from Word as line breaks.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BREAKS = {"\x0b": "\n", "\x0c": "\n"}


def clean_text(value: str) -> tuple[str, bool]:
    """Text as a cell can hold it: legal characters, NFC, LF line ends; says if it changed."""
    if value.isprintable():  # the common case: no line breaks, nothing illegal (all are unprintable)
        return (value if value.isascii() else unicodedata.normalize("NFC", value)), False
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    cleaned = _ILLEGAL.sub(lambda m: _BREAKS.get(m.group(0), ""), text)
    return unicodedata.normalize("NFC", cleaned), cleaned != text


def fits(text: str) -> bool:
    return len(text) <= CELL_LIMIT


def shorten(text: str) -> str:
    """Text cut to fit a cell, ending with a visible note of how much is missing."""
    probe = TOO_LONG_MARK.format(more=len(text))
    keep = CELL_LIMIT - len(probe)
    return text[:keep] + TOO_LONG_MARK.format(more=len(text) - keep)


def compare_form(value: str | None) -> str:
    """The form in which base, ours and theirs are compared: NFC, LF, trimmed, '' for empty."""
    if value is None:
        return ""
    text, _ = clean_text(str(value))
    return text.strip()


def refs_form(refs: list[str] | tuple[str, ...] | set[str]) -> str:
    """Refs as one cell: unique, sorted, comma-separated."""
    return ", ".join(sorted({r.strip() for r in refs if r and r.strip()}, key=_ref_sort_key))


def _ref_sort_key(ref: str) -> tuple[tuple[int, object], ...]:
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"[.\s]", ref))


def split_refs_cell(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,;\n]", text or "") if p.strip()]
