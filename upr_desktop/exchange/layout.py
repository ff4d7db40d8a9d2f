"""The exchange workbook's layout: sheets, columns, lists and limits shared by writer and reader.

One format travels both ways (secretariat -> member group -> secretariat). The writer lays
sheets out from these definitions; the reader finds sheets by name and columns by their header
text, in English, in any shipped language, or as the signed metadata recorded them, so moved,
sorted or reordered columns still merge (workbooks sent before the cells to fill were moved next
to the recommendation included). Changing the meaning of a column means a new format version.

Versions: 1 has English sheet names, headers and dropdown values; 2 may have them in any language
the app ships (the metadata names it). An English workbook is still written as version 1, so an
older app can merge it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from upr_desktop import i18n
from upr_desktop.core.domain.refs import ref_sort_key
from upr_desktop.i18n import tr_noop

FORMAT_VERSION = 1
TRANSLATED_FORMAT_VERSION = 2
SUPPORTED_VERSIONS = frozenset({1, 2})


def format_version(language: str) -> int:
    """The version a workbook in ``language`` needs its reader to understand."""
    return FORMAT_VERSION if language == i18n.SOURCE_LANGUAGE else TRANSLATED_FORMAT_VERSION

README_SHEET = tr_noop("Read me")
RECOMMENDATIONS_SHEET = tr_noop("Recommendations")
CONSULTATIONS_SHEET = tr_noop("Consultations")
ACTIONS_SHEET = tr_noop("Follow-up actions")
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

ID_HEADER = tr_noop("ID (do not edit)")

# The Read me's cell where the person who filled the workbook in writes their name. It is found by its
# defined name (wherever the Read me puts it), else by its label in the cell to its left.
FILLED_IN_BY_NAME = "FilledInBy"
FILLED_IN_BY_LABEL = "Filled in by"


@dataclass(frozen=True)
class Column:
    """One column of a data sheet.

    ``key`` is the field name used in base values and merge plans; ``kind`` says how a cell
    is written and read: text, date, status, kind, action_status, refs, id, label (read-only
    display). ``editable`` columns are unlocked in the protected sheet, coloured, and their
    header carries ``note`` as a comment saying what to write. ``width`` is in characters;
    ``header`` and ``note`` are English, translated when the workbook is written.
    """

    key: str
    header: str
    width: int
    kind: str = "text"
    editable: bool = False
    sensitive: bool = False
    hidden: bool = False
    note: str = ""


# The cells to fill come right after what they are about, so they show on a 1366 px screen
# beside the frozen Ref and Recommendation; the context follows. Calc at 1366 px leaves about
# 1,270 px for columns (row numbers, scroll bar and sidebar take the rest), and where it draws
# Calibri with a wider font a character of width takes 8.9 px: the columns up to the last one to
# fill add up to at most 140 characters on every sheet (1,250 px; about 1,000 px in Excel).
RECOMMENDATION_COLUMNS = (
    Column("id", ID_HEADER, 12, "id", hidden=True),
    Column("ref", tr_noop("Ref"), 7, "label"),
    Column("text", tr_noop("Recommendation"), 43, "label"),
    Column("status", tr_noop("Status"), 19, "status", editable=True,
           note=tr_noop("To fill in: choose from the list how far the recommendation is implemented, as your group sees it now.")),
    Column("assessed_on", tr_noop("Assessment date"), 13, "date", editable=True,
           note=tr_noop("To fill in: the date your group made this assessment, as YYYY-MM-DD. Leave it empty for today.")),
    Column("evidence", tr_noop("Evidence"), 28, "text", editable=True,
           note=tr_noop("To fill in: what you saw that shows this status: a law passed, a budget, a programme, cases, figures.")),
    Column("sources", tr_noop("Sources"), 15, "text", editable=True,
           note=tr_noop("To fill in: where the evidence comes from: documents, links, reports, meetings.")),
    Column("comment", tr_noop("Comment"), 15, "text", editable=True,
           note=tr_noop("To fill in if you wish: anything else the secretariat should know.")),
    Column("states", tr_noop("Recommending States"), 16, "label"),
    Column("response", tr_noop("Response"), 11, "label"),
    Column("themes", tr_noop("Themes"), 18, "label"),
    Column("role", tr_noop("Your role"), 9, "label"),
    Column("latest", tr_noop("Latest status (all groups)"), 20, "label"),
)

CONSULTATION_COLUMNS = (
    Column("id", ID_HEADER, 12, "id", hidden=True),
    Column("held_on", tr_noop("Date"), 11, "date", editable=True,
           note=tr_noop("The date of the meeting, as YYYY-MM-DD. Needed for a new row.")),
    Column("government_body", tr_noop("Government body"), 20, "text", editable=True,
           note=tr_noop("The ministry, department or office you met. Needed for a new row.")),
    Column("kind", tr_noop("Kind"), 13, "kind", editable=True,
           note=tr_noop("Choose from the list what kind of engagement it was. Needed for a new row.")),
    Column("coalition_participants", tr_noop("Participants"), 16, "text", editable=True,
           note=tr_noop("Who took part for the coalition.")),
    Column("government_participants", tr_noop("Government participants"), 16, "text", editable=True, sensitive=True,
           note=tr_noop("Who took part for the government. Sensitive: keep this file safe.")),
    Column("refs", tr_noop("Recommendations discussed (refs)"), 15, "refs", editable=True,
           note=tr_noop("The refs of the recommendations discussed, separated by commas (e.g. 145.1, 145.7).")),
    Column("summary", tr_noop("Summary"), 27, "text", editable=True,
           note=tr_noop("What was discussed.")),
    Column("commitments", tr_noop("Commitments"), 22, "text", editable=True,
           note=tr_noop("What the government committed to do, if anything.")),
)

ACTION_COLUMNS = (
    Column("id", ID_HEADER, 12, "id", hidden=True),
    Column("description", tr_noop("Action"), 50, "text", editable=True,
           note=tr_noop("What must be done next. Needed for a new row.")),
    Column("due_date", tr_noop("Due date"), 12, "date", editable=True,
           note=tr_noop("When it should be done, as YYYY-MM-DD.")),
    Column("status", tr_noop("Status"), 14, "action_status", editable=True,
           note=tr_noop("Choose from the list where the action stands; a new action is Open.")),
    Column("refs", tr_noop("Linked refs"), 22, "refs", editable=True,
           note=tr_noop("The refs of the recommendations it serves, separated by commas.")),
)

SHEET_COLUMNS: dict[str, tuple[Column, ...]] = {
    RECOMMENDATIONS_SHEET: RECOMMENDATION_COLUMNS,
    CONSULTATIONS_SHEET: CONSULTATION_COLUMNS,
    ACTIONS_SHEET: ACTION_COLUMNS,
}

# Columns kept in view while scrolling (after the header row): a sheet's leading visible ones.
FROZEN_COLUMNS = {RECOMMENDATIONS_SHEET: ("ref", "text"), CONSULTATIONS_SHEET: ("held_on",), ACTIONS_SHEET: ("description",)}

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


# -- names in the workbook's language ------------------------------------------------------------
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\']")


def sheet_title(name: str, translator: i18n.Translator) -> str:
    """A sheet's name in the workbook's language, as a spreadsheet accepts it (31 characters, no []:*?/\\ ')."""
    title = " ".join(_SHEET_FORBIDDEN.sub(" ", translator.tr(name)).split())[:31].strip()
    return title if title and title not in (LISTS_SHEET, META_SHEET) else name


def header_text(column: Column, translator: i18n.Translator) -> str:
    return translator.tr(column.header)


@cache
def header_aliases(sheet: str) -> dict[str, str]:
    """Folded header -> column key: the English header, then its translation in each shipped language.

    English wins a clash, then the languages in order; a header the reader cannot place is
    simply not read (and the merge says the column is missing).
    """
    table: dict[str, str] = {}
    for language in i18n.shipped_languages():
        translator = i18n.translator_for(language)
        for column in SHEET_COLUMNS[sheet]:
            table.setdefault(header_key(header_text(column, translator)), column.key)
    return table


@cache
def sheet_aliases(sheet: str) -> tuple[str, ...]:
    """The folded names a sheet may carry: English, then in each shipped language."""
    names = [header_key(sheet_title(sheet, i18n.translator_for(language))) for language in i18n.shipped_languages()]
    return tuple(dict.fromkeys(names))


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
    return ", ".join(sorted({r.strip() for r in refs if r and r.strip()}, key=ref_sort_key))


def split_refs_cell(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,;\n]", text or "") if p.strip()]
