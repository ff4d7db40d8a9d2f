"""Importers of header-mapped tables (UPR Info, UHRI, a coalition's own matrix): shared row loop and hooks."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from itertools import islice
from typing import Any, ClassVar

from upr_desktop.errors import UserError
from upr_desktop.i18n import tr
from upr_desktop.importers.columns import ColumnMapping, find_mapping, header_key
from upr_desktop.importers.identity import content_key, ref_key
from upr_desktop.importers.imported import (
    ImportedRecommendation,
    ImportOptions,
    Monitor,
    ParsedFile,
    RowError,
)
from upr_desktop.importers.importer import Importer
from upr_desktop.importers.readers import SourceFile, Table, cell_text, decoded, decoded_row, require_tables
from upr_desktop.importers.values import Normaliser, RowProblem, clean_text, split_items

_LEADING_PARA = re.compile(r"^(\d{1,3}\.\d{1,3})\.?\s+(?=\S)")
PROGRESS_EVERY = 2_000


class TabularImporter(Importer):
    synonyms: ClassVar[Mapping[str, Sequence[str]]] = {}
    extensions = ("xlsx", "xls", "ods", "csv", "json")

    # -- finding the table ------------------------------------------------------------------
    def locate(self, source: SourceFile, overrides: Mapping[str, str] | None = None) -> tuple[Table, ColumnMapping]:
        """The table and column mapping this importer would read (what the GUI's mapping dialog shows)."""
        best: tuple[Table, ColumnMapping] | None = None
        for table in require_tables(source):
            mapping = find_mapping(table, self.synonyms, required=())
            if mapping is None:
                continue
            if best is None or len(mapping.columns()) > len(best[1].columns()):
                best = (table, mapping)
        if best is None:
            first = require_tables(source)[0]
            head = first.head(1)
            headers = [cell_text(c) for c in head[0]] if head else []
            best = (first, ColumnMapping(first.name, 0, headers, [None] * len(headers), [""] * len(headers)))
        if overrides:
            best[1].override(overrides)
        return best

    def confidence(self, source: SourceFile) -> float:
        table, mapping = self.locate(source)
        return self.score(table, mapping)

    def score(self, table: Table, mapping: ColumnMapping) -> float:
        raise NotImplementedError

    # -- reading rows -------------------------------------------------------------------------
    def parse(self, source: SourceFile, options: ImportOptions, monitor: Monitor) -> ParsedFile:
        table, mapping = self.locate(source, options.mapping)
        columns = mapping.columns()
        if "text" not in columns:
            raise UserError(
                tr("Cannot import {file}: no column holds the recommendation text. Its columns are: {headers}. "
                   "Say which one with --map \"HEADER=text\".", file=source.path.name,
                   headers=", ".join(h for h in mapping.headers if h) or tr("(none)"))
            )
        parsed = ParsedFile(self.name, mapping=mapping.as_dict(), has_state_column="state_under_review" in columns)
        norm = Normaliser()
        # A sheet's rows come straight from the workbook reader, texts not yet decoded: the row reader decodes the
        # cells it reads (once per distinct value), not every cell of every row (readers.SheetTable).
        source_rows, decoded_already = table.raw_rows()
        raw = not decoded_already
        read = self.row_reader(columns, norm, decode=raw)
        header_keys = [header_key(h) for h in mapping.headers]
        header_row = mapping.header_row
        total = table.height - header_row - 1
        width = len(mapping.headers)
        text_col = columns["text"]
        header_text = table.head(header_row + 1)[header_row][text_col]
        first_row = table.first_row
        records = parsed.records
        read_count = 0
        imported: list[int] = []  # rows read as recommendations, kept only when the sheet has formulas
        formulas = bool(table.formulas)
        for index, row in enumerate(islice(source_rows, header_row + 1, None), header_row + 1):
            if index % PROGRESS_EVERY == 0:
                monitor.report(index - header_row, total, tr("Reading recommendations"))
            if len(row) < width:
                row = list(row) + [""] * (width - len(row))
            text_cell = row[text_col]
            if text_cell is None or text_cell == "":
                if not any(c is not None and c != "" for c in row):
                    continue
            elif text_cell == header_text or (raw and type(text_cell) is str and "&" in text_cell and decoded(text_cell) == header_text):
                if [header_key(cell_text(c)) for c in (decoded_row(row) if raw else row)[:width]] == header_keys:
                    continue  # the header repeated further down (page breaks of old exports)
            read_count += 1
            number = first_row + index
            try:
                records.append(read(row, number))
                if formulas:
                    imported.append(index)
            except RowProblem as problem:
                if raw:
                    row = decoded_row(row)
                sur = columns.get("state_under_review")
                state = norm.state(self.split(row[sur])[0]) if sur is not None and cell_text(row[sur]) else None
                parsed.errors.append(RowError(number, table.explain(index, row, str(problem)), state))
        parsed.rows_read = read_count
        monitor.report(total, total, tr("Reading recommendations"))
        parsed.warnings.extend(norm.warnings())
        unread = table.unread_formulas(imported, columns.values())
        if unread:
            parsed.warnings.append(unread)
        return parsed

    def record(self, row: list[Any], columns: Mapping[str, int], number: int, norm: Normaliser) -> ImportedRecommendation | None:
        """One row as a recommendation (see :meth:`row_reader`, which the row loop uses for speed)."""
        return self.row_reader(columns, norm)(row, number)

    def row_reader(self, columns: Mapping[str, int], norm: Normaliser, *, decode: bool = False) -> Callable[[list[Any], int], ImportedRecommendation]:
        """A function reading one row. Cell conversions are memoised by cell value: exports repeat the same
        States, responses, sessions and issue lists thousands of times. ``decode``: the row's texts are as the
        workbook reader gave them, HTML character references not yet decoded (readers.decoded, applied here)."""
        def column(name: str) -> int:
            return columns.get(name, -1)

        c_text, c_ref, c_session, c_cycle = column("text"), column("ref"), column("session"), column("cycle")
        c_sur, c_rs, c_response, c_action = column("state_under_review"), column("recommending_states"), column("response"), column("action_category")
        c_themes, c_sdgs, c_groups = column("themes"), column("sdgs"), column("affected_groups")
        c_cluster, c_document = column("theme_cluster"), column("source_document")

        def sur(cell: Any) -> tuple[str | None, tuple[Any, ...]]:
            text = cell_text(cell)
            items = self.split(text) if text else []
            if not items:
                return None, ()
            return norm.state(items[0], count=False), norm.state_notes(items[:1])

        def states(cell: Any) -> tuple[list[str], tuple[Any, ...]]:
            written = self.split_states(cell)
            found = norm.states(written, count=False)
            return found, norm.state_notes(written)

        def cycle_cell(cell: Any) -> int | None:
            return norm.cycle(cell)

        # Looked up as memo[cell] (one dictionary lookup, converted on a miss); a boolean cell through memo.boolean.
        response_of = _Memo(norm.response, decode)
        session_of = _Memo(norm.session, decode)
        cycle_of = _Memo(cycle_cell, decode)
        action_of = _Memo(norm.action_category, decode)
        sur_of = _Memo(sur, decode)
        states_of = _Memo(states, decode)
        themes_of = _Memo(lambda cell: self.themes(cell, norm), decode)
        sdgs_of = _Memo(norm.sdgs, decode)
        groups_of = _Memo(lambda cell: [norm.affected_group(i) for i in self.split(cell)], decode)
        # Cells read once per row (not memoised): decoded here when the reader has not.
        cell_of = (lambda value: decoded(value) if type(value) is str else value) if decode else (lambda value: value)
        strip_para = self.strip_paragraph_number
        identity_prefix = f"{self.name}:" if self.ref_is_identity else None
        count_notes = norm.count_notes

        cycle_of_session = _Memo(norm.cycle_of)
        no_list: list[Any] = []

        def read(row: list[Any], number: int) -> ImportedRecommendation:
            text = row[c_text]
            if type(text) is str:
                text = (decoded(text) if decode else text).strip()
            else:
                text = clean_text(text)
            if not text:
                raise RowProblem(tr("the recommendation text is empty"))
            ref = cell_text(cell_of(row[c_ref])) if c_ref >= 0 else ""
            if not ref and strip_para and text[0].isdigit():
                leading = _LEADING_PARA.match(text)
                if leading:
                    ref, text = leading[1], text[leading.end():]
            # memo[cell] unless the cell is a boolean (True == 1: kept apart from the number, memo.boolean).
            if c_session >= 0:
                session = session_of[v] if (v := row[c_session]).__class__ is not bool else session_of.boolean(v)
            else:
                session = None
            if c_cycle >= 0:
                cycle = cycle_of[v] if (v := row[c_cycle]).__class__ is not bool else cycle_of.boolean(v)
            else:
                cycle = None
            if cycle is None and session is not None:
                cycle = cycle_of_session[session]
            document = cell_text(cell_of(row[c_document]))[:120] if c_document >= 0 else ""
            if c_sur >= 0:
                state, notes = sur_of[v] if (v := row[c_sur]).__class__ is not bool else sur_of.boolean(v)
                if notes:
                    count_notes(notes)
            else:
                state = None
            if c_rs >= 0:
                recommending, notes = states_of[v] if (v := row[c_rs]).__class__ is not bool else states_of.boolean(v)
                if notes:
                    count_notes(notes)
            else:
                recommending = no_list
            if not ref:
                source_ref = None
            elif document:
                source_ref = f"{document}:{ref}"
            elif identity_prefix:
                source_ref = identity_prefix + ref
            else:
                source_ref = None
            # The identity key in this same loop, when nothing the import's options add can change it.
            if source_ref:
                key = ref_key(source_ref)
            elif state is not None and session is not None:
                key = content_key(state, session, recommending, text)
            else:
                key = None
            if c_response >= 0:
                response = response_of[v] if (v := row[c_response]).__class__ is not bool else response_of.boolean(v)
            else:
                response = "pending"
            if c_action >= 0:
                action = action_of[v] if (v := row[c_action]).__class__ is not bool else action_of.boolean(v)
            else:
                action = None
            if c_themes >= 0:
                themes = themes_of[v] if (v := row[c_themes]).__class__ is not bool else themes_of.boolean(v)
            else:
                themes = no_list
            if c_sdgs >= 0:
                sdgs = sdgs_of[v] if (v := row[c_sdgs]).__class__ is not bool else sdgs_of.boolean(v)
            else:
                sdgs = no_list
            if c_groups >= 0:
                groups = groups_of[v] if (v := row[c_groups]).__class__ is not bool else groups_of.boolean(v)
            else:
                groups = no_list
            # Positional, in field order: this runs once per row of exports with 100,000 rows.
            return ImportedRecommendation(
                number,
                text,
                response,
                ref[:60] or None,
                source_ref,
                state,
                recommending,
                action,
                session,
                cycle,
                themes,
                sdgs,
                groups,
                (cell_text(cell_of(row[c_cluster]))[:200] or None) if c_cluster >= 0 else None,
                document or None,
                None,
                key,
            )

        return read

    # -- hooks -----------------------------------------------------------------------------------
    strip_paragraph_number: ClassVar[bool] = True
    ref_is_identity: ClassVar[bool] = False

    def split(self, cell: Any) -> list[str]:
        return split_items(cell)

    def split_states(self, cell: Any) -> list[str]:
        """Several States in one cell; names with a comma ("Korea, Republic of") or "and" stay whole."""
        text = cell_text(cell)
        if not text:
            return []
        if _known_state(text):
            return [text]
        out: list[str] = []
        for item in self.split(text):
            if _known_state(item):
                out.append(item)
                continue
            parts = [p.strip() for p in item.split(",") if p.strip()]
            i = 0
            while i < len(parts):
                for span in range(min(3, len(parts) - i), 0, -1):
                    candidate = ", ".join(parts[i : i + span])
                    if _known_state(candidate):
                        out.append(candidate)
                        break
                    if span == 1:
                        pieces = re.split(r"\s+(?:and|et|y)\s+", candidate)
                        both = len(pieces) > 1 and all(_known_state(p) for p in pieces)
                        out.extend(pieces if both else [candidate])
                i += span
        return out

    def themes(self, cell: Any, norm: Normaliser) -> list[tuple[str, str | None]]:
        return list(dict.fromkeys(norm.theme(item) for item in self.split(cell)))


def _known_state(name: str) -> bool:
    from upr_desktop.core.domain import vocab

    return vocab.normalise_state(name)[1]


class _Memo(dict):  # type: ignore[type-arg]
    """A conversion remembered per cell value, problems included (the same bad cell gives the same error).

    ``memo[cell]`` is one dictionary lookup when the value was seen (exports repeat the same States, responses and
    sessions on every row); ``__missing__`` converts it. True == 1 and False == 0 are one dictionary key: a boolean
    cell goes through :meth:`boolean`, cached apart from the number. ``decode``: a text cell is decoded
    (readers.decoded) before it is converted, once per distinct value. Cells are hashable (str, numbers, booleans,
    dates, None: what every reader gives).
    """

    __slots__ = ("_convert", "_decode", "_problems", "_booleans")

    def __init__(self, convert: Callable[[Any], Any], decode: bool = False) -> None:
        super().__init__()
        self._convert, self._decode = convert, decode
        self._problems: dict[Any, RowProblem] = {}
        self._booleans: dict[bool, Any] = {}

    def __missing__(self, value: Any) -> Any:
        problem = self._problems.get(value)
        if problem is None:
            try:
                hit = self[value] = self._convert(decoded(value) if self._decode and type(value) is str else value)
                return hit
            except RowProblem as found:
                problem = self._problems[value] = found
        raise problem

    def boolean(self, value: bool) -> Any:
        try:
            hit = self._booleans[value]
        except KeyError:
            try:
                hit = self._convert(value)
            except RowProblem as problem:
                hit = problem
            self._booleans[value] = hit
        if isinstance(hit, RowProblem):
            raise hit
        return hit

    def __call__(self, value: Any) -> Any:
        return self.boolean(value) if value.__class__ is bool else self[value]
