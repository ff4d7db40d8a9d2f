"""OHCHR thematic matrices (.docx, or the same table pasted into a workbook), in all four layouts."""

from __future__ import annotations

import re

from upr_desktop.core.domain import vocab
from upr_desktop.i18n import tr
from upr_desktop.importers.columns import IGNORE, ColumnMapping, find_mapping
from upr_desktop.importers.readers import SourceFile, Table, cell_text, require_tables
from upr_desktop.importers.imported import (
    ImportedRecommendation,
    ImportOptions,
    Monitor,
    ParsedFile,
    RowError,
)
from upr_desktop.importers.registry import Importer
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
    IGNORE: ("Assessment/comments on level of implementation", "Assessment", "Comments"),
}
CYCLE_4_HEADERS = ("Position of the State under review", "Relevant SDGs")

_THEME_ROW = re.compile(r"^\s*theme\s*:\s*(.+)$", re.IGNORECASE | re.DOTALL)
_SOURCE = re.compile(r"^\s*Source\s+of\s+position\s*:\s*(.*?)\s*$", re.IGNORECASE | re.MULTILINE)
_SOURCE_PARTS = re.compile(r"^(?P<doc>[A-Z]/[\w.]+(?:/[\w.]+)*?)\s*(?:[-–,]\s*)?(?:Para(?:graph)?s?\.?\s*(?P<para>[\d.]+))?\s*$", re.IGNORECASE)
_PARA_NUMBER = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})+)\.?\s+")
_HRC_SESSION = re.compile(r"A/HRC/(\d+)/")
_HEADING = re.compile(r"^\s*(?P<head>[^:\n]{2,60}):\s*(?P<rest>.*)$")
_BULLET = "-–—•*· \t"
_THEME_CODE = re.compile(r"^[A-Ha-h]\d{1,2}(?![0-9A-Za-z])")


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
            from upr_desktop.errors import UserError

            raise UserError(
                tr("Cannot import {file} as an OHCHR matrix: no table has the headers 'Recommendation' and 'Position' "
                   "with a themes or SDGs column.", file=source.path.name)
            )
        table, mapping = found
        if options.mapping:
            mapping.override(options.mapping)
        columns = mapping.columns()
        cycle_hint = 4 if any(h.strip().casefold() in {x.casefold() for x in CYCLE_4_HEADERS} for h in mapping.headers) else None
        if cycle_hint is None and "themes" in columns and mapping.headers[columns["themes"]].strip().casefold() == "full list of themes":
            has_sdgs = any("sdg" in cell_text(row[columns["themes"]]).casefold() for row in table.rows if len(row) > columns["themes"])
            cycle_hint = 3 if has_sdgs else 2
        parsed = ParsedFile(self.name, mapping=mapping.as_dict(), has_state_column=False)
        norm = Normaliser()
        cluster: str | None = None
        total = len(table.rows)
        for index in range(mapping.header_row + 1, total):
            if index % 200 == 0:
                monitor.report(index, total, tr("Reading recommendations"))
            row = [cell_text(c) if not isinstance(c, str) else c for c in table.rows[index]]
            filled = [c for c in row if c.strip()]
            if not filled:
                continue
            number = table.row_number(index)
            theme = _THEME_ROW.match(filled[0])
            if theme and (index in table.merged_rows or len(set(filled)) == 1):
                cluster = " ".join(theme[1].split())[:200]
                continue
            if [c.strip() for c in row] == [h.strip() for h in mapping.headers]:
                continue  # header repeated on every page of a long table
            parsed.rows_read += 1
            try:
                parsed.records.append(self._record(row, columns, number, norm, cluster, cycle_hint))
            except RowProblem as problem:
                parsed.errors.append(RowError(number, str(problem)))
        parsed.warnings.extend(norm.warnings())
        return parsed

    def _record(self, row: list[str], columns: dict[str, int], number: int, norm: Normaliser, cluster: str | None, cycle_hint: int | None) -> ImportedRecommendation:
        def get(name: str) -> str:
            index = columns.get(name)
            return row[index] if index is not None and index < len(row) else ""

        document, source_para = None, None
        for cell in row:
            found = _SOURCE.search(cell)
            if found:
                document, source_para = _split_source(found[1])
                break
        body = _SOURCE.sub("", get("text")).strip()
        para = None
        leading = _PARA_NUMBER.match(body)
        if leading:
            para, body = leading[1], body[leading.end():]
        body, states_in_text = split_trailing_states(body)
        text = clean_text(body)
        if not text:
            raise RowProblem(tr("the recommendation text is empty"))
        response_cell = _SOURCE.sub("", get("response")).strip()
        if not response_cell:
            raise RowProblem(tr("the position (Supported or Noted) is empty"))
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
            response=norm.response(response_cell),
            ref=ref,
            source_ref=f"{document}:{ref}" if document and ref else None,
            recommending_states=states,
            cycle=cycle,
            themes=themes,
            sdgs=sdgs,
            affected_groups=groups,
            theme_cluster=cluster,
            source_document=document[:120] if document else None,
        )


def _split_source(text: str) -> tuple[str | None, str | None]:
    parts = _SOURCE_PARTS.match(text.strip())
    if not parts:
        return (text.strip()[:120] or None), None
    return parts["doc"], parts["para"]


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
