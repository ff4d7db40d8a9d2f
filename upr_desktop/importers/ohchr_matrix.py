"""OHCHR thematic matrices (.docx, or the same table pasted into a workbook), in all known layouts.

What a matrix holds besides its rows, and how it is read:

- the page header or title names the State under Review, the cycle and sometimes the session
  ("UPR of Egypt - Second Cycle", "Slovenia - 48th Session"): see :mod:`upr_desktop.importers.about`;
- headings between rows ("Theme: A12 ...", "Right or area: 2.1. Acceptance of international norms",
  numbered section rows merged across the table, or a theme column) are the theme cluster of the
  rows under them, never rows of their own;
- the recommendation cell starts with its paragraph number, ends with the recommending State(s) in
  brackets, may carry a "Comments:" note and a position note after them, and a
  "Source of position: A/HRC/43/15 - Para 121" line: each goes to its own field.
"""

from __future__ import annotations

import re

from upr_desktop.core.domain import vocab
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr
from upr_desktop.importers.about import read_about
from upr_desktop.importers.columns import IGNORE, ColumnMapping, find_mapping
from upr_desktop.importers.imported import (
    ImportedRecommendation,
    ImportOptions,
    Monitor,
    ParsedFile,
    RowError,
)
from upr_desktop.importers.importer import Importer
from upr_desktop.importers.readers import SourceFile, Table, cell_text, require_tables
from upr_desktop.importers.values import Normaliser, RowProblem, clean_text

# "themes" here is the mixed cell: themes, and in later layouts SDGs and groups of persons too.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "text": ("Recommendation", "Recommendations", "Recommendation and recommending State",
             "Recommendation and recommending States", "Recommendations and recommending States"),
    "recommending_states": ("Recommending state/s", "Recommending State", "Recommending States"),
    "response": ("Position", "Position of the State under review", "Position of the State"),
    "themes": ("Full list of themes", "Human rights themes and groups of persons", "Full list of rights/affected persons",
               "Themes", "Human rights themes"),
    "sdgs": ("Relevant SDGs", "SDGs"),
    # A column naming the theme (or section) each row belongs to: the rows' theme cluster.
    "theme_cluster": ("Theme", "Theme code", "Cluster", "Thematic cluster", "Right or area", "Rights or areas",
                      "Thematic area", "Area", "Section"),
    IGNORE: ("Assessment/comments on level of implementation", "Assessment", "Comments"),
}
CYCLE_4_HEADERS = ("Position of the State under review", "Relevant SDGs")

_SOURCE = re.compile(r"^\s*Source\s+of\s+position\s*:\s*(.*?)\s*$", re.IGNORECASE | re.MULTILINE)
# A UN document symbol: "A/HRC/28/16/Add.1" (letters, then /-separated parts, one of them with a digit).
_SYMBOL = re.compile(r"\b([A-Za-z]{1,6}(?:/[A-Za-z0-9.()\-]+)*/[A-Za-z.]*\d[A-Za-z0-9.()\-]*(?:/[A-Za-z0-9.()\-]+)*)")
_PARAGRAPH = re.compile(r"\bpara(?:graph)?s?\b\.?\s*(\d{1,3}(?:\.\d{1,3})*(?:\s*[-–]\s*\d{1,3}(?:\.\d{1,3})*)?)", re.IGNORECASE)
_PARA_NUMBER = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})+)\.?\s+")
_HRC_SESSION = re.compile(r"A/HRC/(\d+)/")
_HEADING = re.compile(r"^\s*(?P<head>[^:\n]{2,60}):\s*(?P<rest>.*)$")
_BULLET = "-–—•*· \t"
_THEME_CODE = re.compile(r"^[A-Ha-h]\d{1,2}(?![0-9A-Za-z])")
# Headings between rows: "Theme: ...", "Right or area: 2.1. ...", "Cluster: ..." (and French/Spanish matrices).
_HEADING_PREFIX = re.compile(
    r"^\s*(?:themes?|thematic\s+(?:area|cluster|issue)s?|clusters?|rights?\s+(?:or|/)\s+areas?|areas?|issues?|sections?|"
    r"th[èe]mes?|th[ée]matiques?|domaines?|droits?\s+ou\s+domaines?|temas?|[áa]reas?|derechos?\s+o\s+[áa]reas?)"
    r"\s*[:–-]\s*(?P<label>\S.*)$", re.IGNORECASE | re.DOTALL)
# "2.1. Acceptance of international norms", "II. Civil and political rights": a numbered section row.
_SECTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.|[IVX]{1,5}\.)\s+(?=\S)")
_COMMENTS = re.compile(r"(?:^|(?<=\n)|(?<=[;.)]))[ \t]*(?:comments?|commentaires?|comentarios?|notes?)\s*:\s*", re.IGNORECASE)


class OhchrMatrixImporter(Importer):
    name = "ohchr-matrix"
    label = "OHCHR thematic matrix"
    extensions = ("docx", "xlsx", "xls", "ods", "csv")

    def locate(self, source: SourceFile) -> tuple[Table, ColumnMapping] | None:
        for table in require_tables(source):
            mapping = find_mapping(table, SYNONYMS, required=("text", "response"))
            if mapping is None:
                continue
            columns = mapping.columns()
            # OHCHR says "Position", never "Response" (UPR Info's word), and always has a themes or SDGs column.
            if "position" in vocab.fold(mapping.headers[columns["response"]]) and {"themes", "sdgs"} & set(columns):
                return table, mapping
        return None

    def confidence(self, source: SourceFile) -> float:
        found = self.locate(source)
        if found is None:
            return 0.0
        table, _mapping = found
        return 0.95 if table.kind == "docx" else 0.85

    def parse(self, source: SourceFile, options: ImportOptions, monitor: Monitor) -> ParsedFile:
        found = self.locate(source)
        if found is None:
            raise UserError(
                tr("Cannot import {file} as an OHCHR matrix: no table has the headers 'Recommendation' and 'Position' "
                   "with a themes or SDGs column.", file=source.path.name)
            )
        table, mapping = found
        if options.mapping:
            mapping.override(options.mapping)
        columns = mapping.columns()
        above = [" ".join(cell_text(c) for c in row if cell_text(c)) for row in table.rows[: mapping.header_row]]
        about = read_about([*table.preamble, *(line for line in above if line)])
        cycle_hint = about.cycle
        if cycle_hint is None and about.session is not None:
            cycle_hint = Normaliser.cycle_of(about.session)
        if cycle_hint is None:
            cycle_hint = _layout_cycle(table, mapping, columns)
        parsed = ParsedFile(self.name, mapping=mapping.as_dict(), has_state_column=False)
        parsed.about_states, parsed.about_line = about.states, about.line
        parsed.about_cycle, parsed.about_session = cycle_hint, about.session
        norm = Normaliser()
        cluster: str | None = None
        cluster_col = columns.get("theme_cluster")
        total = len(table.rows)
        imported: list[int] = []
        for index in range(mapping.header_row + 1, total):
            if index % 200 == 0:
                monitor.report(index, total, tr("Reading recommendations"))
            row = [cell_text(c) if not isinstance(c, str) else c for c in table.rows[index]]
            filled = [c.strip() for c in row if c.strip()]
            if not filled:
                continue
            number = table.row_number(index)
            label = heading_label(row, index in table.merged_rows, columns)
            if label is not None:
                cluster = label
                parsed.headings.append(label)
                continue
            if [c.strip() for c in row] == [h.strip() for h in mapping.headers]:
                continue  # header repeated on every page of a long table
            parsed.rows_read += 1
            row_cluster = cluster
            if cluster_col is not None and cluster_col < len(row) and row[cluster_col].strip():
                row_cluster = _cluster_name(row[cluster_col]) or cluster
                cluster = row_cluster  # a vertically merged theme cell fills only its first row in a sheet
            try:
                rec = self._record(row, columns, number, norm, row_cluster, cycle_hint)
            except RowProblem as problem:
                parsed.errors.append(RowError(number, table.explain(index, table.rows[index], str(problem))))
                continue
            if rec.session is None and about.session is not None:
                rec.session = about.session
            parsed.records.append(rec)
            imported.append(index)
        parsed.warnings.extend(norm.warnings())
        unread = table.unread_formulas(imported, columns.values())
        if unread:
            parsed.warnings.append(unread)
        return parsed

    def _record(self, row: list[str], columns: dict[str, int], number: int, norm: Normaliser, cluster: str | None,
                cycle_hint: int | None) -> ImportedRecommendation:
        def get(name: str) -> str:
            index = columns.get(name)
            return row[index] if index is not None and index < len(row) else ""

        document, source_para = None, None
        for cell in row:
            found = _SOURCE.search(cell)
            if found:
                document, source_para = split_source(found[1])
                break
        body = _SOURCE.sub("", get("text")).strip()
        para = None
        leading = _PARA_NUMBER.match(body)
        if leading:
            para, body = leading[1], body[leading.end():]
        body, states_in_text, note = split_text(body)
        text = clean_text(body)
        if not text:
            raise RowProblem(tr("the recommendation text is empty"))
        response_cell = _SOURCE.sub("", get("response")).strip()
        if not response_cell:
            raise RowProblem(tr("the position (Supported or Noted) is empty"))
        position, _, position_note = response_cell.partition("\n")
        notes = [n for n in (note, " ".join(position_note.split())) if n]
        states = norm.states(states_in_text)
        if "recommending_states" in columns:
            from upr_desktop.importers.table import IMPORTER as table_importer

            for name in norm.states(table_importer.split_states(get("recommending_states"))):
                if name not in states:
                    states.append(name)
        themes, sdgs, groups = read_themes_cell(get("themes"), norm)
        if "sdgs" in columns:
            sdgs += [code for code in norm.sdgs(get("sdgs")) if code not in sdgs]
        cycle = cycle_hint
        if cycle is None and document:
            hrc = _HRC_SESSION.search(document)
            if hrc:
                cycle = _cycle_of_hrc_session(int(hrc[1]))
        ref = para or source_para
        return ImportedRecommendation(
            row=number,
            text=text,
            response=norm.response(position),
            ref=ref,
            source_ref=f"{document}:{ref}" if document and ref else None,
            recommending_states=states,
            cycle=cycle,
            themes=themes,
            sdgs=sdgs,
            affected_groups=groups,
            theme_cluster=cluster,
            source_document=source_label(document, source_para),
            note="\n".join(notes)[:2000] or None,
        )


def _layout_cycle(table: Table, mapping: ColumnMapping, columns: dict[str, int]) -> int | None:
    """The cycle a layout implies when the header does not say (cycle 4 headers; SDGs in the themes cell: 3)."""
    folded = {h.strip().casefold() for h in mapping.headers}
    if any(h.casefold() in folded for h in CYCLE_4_HEADERS):
        return 4
    if "themes" in columns and mapping.headers[columns["themes"]].strip().casefold() == "full list of themes":
        col = columns["themes"]
        has_sdgs = any("sdg" in cell_text(row[col]).casefold() for row in table.rows if len(row) > col)
        return 3 if has_sdgs else 2
    return None


# -- headings ------------------------------------------------------------------------------------
def heading_label(row: list[str], merged: bool, columns: dict[str, int]) -> str | None:
    """The theme cluster a heading row names, or None when the row is a recommendation (or a bad one).

    A heading is one text alone on its row (merged across the table, or in one cell) that is not a
    recommendation (no "Source of position", no recommending State in brackets at its end) and that
    looks like a heading: merged across the table, "Theme:"/"Right or area:"-style, a theme code and
    name, or a numbered section ("2.1. Acceptance of international norms").
    """
    distinct = list(dict.fromkeys(c.strip() for c in row if c.strip()))
    if len(distinct) != 1:
        return None
    text = distinct[0]
    if _SOURCE.search(text) or split_trailing_states(text)[1]:
        return None
    filled = sum(1 for c in row if c.strip())
    response = columns.get("response")
    if response is not None and response < len(row) and row[response].strip() and filled == 1:
        return None  # only the position is filled: a broken row, reported as such
    prefixed = _HEADING_PREFIX.match(text)
    if prefixed:
        return _cluster_name(prefixed["label"])
    one_line = " ".join(text.split())
    if merged or filled > 1:
        return _cluster_name(one_line)
    if len(one_line) <= 150 and not one_line.endswith((";", ")")):
        coded = vocab.ohchr_theme(one_line)
        if coded is not None and _THEME_CODE.match(one_line):
            return _cluster_name(one_line)
        numbered = _SECTION_NUMBER.match(one_line)
        if numbered and len(one_line[numbered.end():].split()) <= 12:
            return _cluster_name(one_line)
    return None


def _cluster_name(text: str) -> str | None:
    """A heading as a theme cluster: its "Theme:" prefix and section number dropped, its spacing tidied."""
    label = " ".join(text.split())
    prefixed = _HEADING_PREFIX.match(label)
    if prefixed:
        label = prefixed["label"].strip()
    numbered = _SECTION_NUMBER.match(label)
    if numbered:
        label = label[numbered.end():]
    label = label.strip(" :;-–")
    return label[:200] or None


# -- the recommendation cell ---------------------------------------------------------------------
def split_text(body: str) -> tuple[str, list[str], str]:
    """(text, recommending States in the document's order, note) of a recommendation cell.

    '… (France) (Lithuania);\\nComments: Information sent in a post Add.1 letter' ->
    ('…', ['France', 'Lithuania'], 'Information sent in a post Add.1 letter'). Lines after the
    line that ends with the States are notes too (a position note written below them).
    """
    note_parts: list[str] = []
    comments = _COMMENTS.search(body)
    if comments:
        note_parts.append(" ".join(body[comments.end():].split()))
        body = body[: comments.start()]
    lines = body.rstrip().splitlines()
    for last in range(len(lines) - 1, -1, -1):
        if split_trailing_states(lines[last])[1]:
            trailing = [" ".join(line.split()) for line in lines[last + 1 :] if line.strip()]
            if trailing:
                note_parts.insert(0, " ".join(trailing))
                lines = lines[: last + 1]
            break
    text, states = split_trailing_states("\n".join(lines))
    return text, states, "\n".join(p for p in note_parts if p)


def split_source(text: str) -> tuple[str | None, str | None]:
    """'A/HRC/28/15/Add.1, para. 3 - Para. 3' -> ('A/HRC/28/15/Add.1', '3'); '- Para.3vv' -> para '3'."""
    written = " ".join(text.split())
    symbol = _SYMBOL.search(written)
    paragraph = _PARAGRAPH.search(written)
    para = re.sub(r"\s*[-–]\s*", "-", paragraph[1]) if paragraph else None
    if symbol is None:
        return (written[:120] or None), para
    return normalise_symbol(symbol[1]), para


def normalise_symbol(symbol: str) -> str:
    """A UN document symbol as the UN writes it: 'a/hrc/28/15/add.1.' -> 'A/HRC/28/15/Add.1'."""
    parts = symbol.strip().rstrip(".,;:)").split("/")
    out = []
    for part in parts:
        lowered = part.casefold()
        for word in ("add", "corr", "rev"):
            if lowered.startswith(word + "."):
                part = word.capitalize() + part[len(word):]
                break
        else:
            part = part.upper()
        out.append(part)
    return "/".join(out)


def source_label(document: str | None, para: str | None) -> str | None:
    """The source document as stored: 'A/HRC/28/15/Add.1, para. 3' (symbol, and paragraph when known)."""
    if not document:
        return None
    return (f"{document}, para. {para}" if para else document)[:120]


def _cycle_of_hrc_session(number: int) -> int:
    """The UPR cycle whose outcomes the Human Rights Council adopted at that session (a fallback guess)."""
    if number <= 21:
        return 1
    if number <= 36:
        return 2
    if number <= 52:
        return 3
    return 4


def _matching_open(text: str, close: int) -> int:
    depth = 0
    for i in range(close, -1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            depth -= 1
            if depth == 0:
                return i
    return -1


def split_trailing_states(text: str) -> tuple[str, list[str]]:
    """'Ratify X (CEDAW) (France) (Iran (Islamic Republic of));' -> ('Ratify X (CEDAW)', [France, Iran...])."""
    states: list[str] = []
    body = text.rstrip().rstrip(";.,").rstrip()
    while body.endswith(")"):
        start = _matching_open(body, len(body) - 1)
        if start < 0:
            break
        inner = body[start + 1 : -1].strip()
        names = _state_names(inner)
        if names is None:
            break
        states[:0] = names
        body = body[:start].rstrip().rstrip(";,").rstrip()
    return body, states


def _state_names(inner: str) -> list[str] | None:
    if vocab.normalise_state(inner)[1]:
        return [inner]
    parts = [p.strip() for p in re.split(r",|;|\s+and\s+", inner) if p.strip()]
    if len(parts) > 1 and all(vocab.normalise_state(p)[1] for p in parts):
        return parts
    return None


def read_themes_cell(cell: str, norm: Normaliser) -> tuple[list[tuple[str, str | None]], list[str], list[str]]:
    """Themes, SDG codes and affected groups of a matrix cell with "- item" lines and optional headings."""
    themes: list[tuple[str, str | None]] = []
    sdgs: list[str] = []
    groups: list[str] = []
    section = "themes"
    for raw in (cell or "").splitlines():
        line = raw.strip()
        if not line:
            continue
        heading = _HEADING.match(line) if not line.startswith(tuple(_BULLET[:4])) else None
        if heading and not vocab.ohchr_theme(line):
            key = vocab.fold(heading["head"])
            if "sdg" in key or "sustainable" in key:
                section = "sdgs"
            elif "affected" in key or "persons" in key or "groups" in key:
                section = "groups"
            elif "theme" in key or "rights" in key:
                section = "themes"
            else:
                heading = None
            if heading is not None:
                line = heading["rest"].strip()
                if not line:
                    continue
        item = line.lstrip(_BULLET).strip()
        if not item:
            continue
        if section == "sdgs":
            sdgs += [code for code in norm.sdgs(item) if code not in sdgs]
        elif section == "groups":
            name = norm.affected_group(item)
            if name not in groups:
                groups.append(name)
        else:
            # A coded item ("B8 Human rights & counter-terrorism") is a theme; an uncoded one that names a
            # group of persons ("migrants") is a group, even where OHCHR also has a theme of that name.
            group = None if _THEME_CODE.match(item) else vocab.match_affected_group(item)
            if group:
                if group not in groups:
                    groups.append(group)
                continue
            found = norm.theme(item)
            if found not in themes:
                themes.append(found)
    return themes, sdgs, groups


IMPORTER = OhchrMatrixImporter()
