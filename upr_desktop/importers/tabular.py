"""Importers of header-mapped tables (UPR Info, UHRI, a coalition's own matrix): shared row loop and hooks."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from upr_desktop.errors import UserError
from upr_desktop.i18n import tr
from upr_desktop.importers.columns import ColumnMapping, find_mapping, header_key
from upr_desktop.importers.readers import SourceFile, Table, cell_text, require_tables
from upr_desktop.importers.records import (
    ImportedRecommendation,
    ImportOptions,
    Monitor,
    ParsedFile,
    RowError,
)
from upr_desktop.importers.registry import Importer
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
            headers = [cell_text(c) for c in first.rows[0]] if first.rows else []
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
        header_keys = [header_key(h) for h in mapping.headers]
        rows = table.rows
        total = len(rows) - mapping.header_row - 1
        width = len(mapping.headers)
        for index in range(mapping.header_row + 1, len(rows)):
            done = index - mapping.header_row
            if done % PROGRESS_EVERY == 0:
                monitor.report(done, total, tr("Reading recommendations"))
            row = rows[index]
            if len(row) < width:
                row = list(row) + [""] * (width - len(row))
            if not any(c is not None and c != "" for c in row):
                continue
            if len(row) >= 2 and [header_key(cell_text(c)) for c in row[:width]] == header_keys:
                continue  # the header repeated further down (page breaks of old exports)
            parsed.rows_read += 1
            number = table.row_number(index)
            try:
                record = self.record(row, columns, number, norm)
            except RowProblem as problem:
                sur = columns.get("state_under_review")
                state = norm.state(self.split(row[sur])[0]) if sur is not None and cell_text(row[sur]) else None
                parsed.errors.append(RowError(number, str(problem), state))
                continue
            if record is not None:
                parsed.records.append(record)
        monitor.report(total, total, tr("Reading recommendations"))
        parsed.warnings.extend(norm.warnings())
        return parsed

    def record(self, row: list[Any], columns: Mapping[str, int], number: int, norm: Normaliser) -> ImportedRecommendation | None:
        def get(name: str) -> Any:
            index = columns.get(name)
            return None if index is None else row[index]

        text = clean_text(get("text"))
        if not text:
            raise RowProblem(tr("the recommendation text is empty"))
        ref = cell_text(get("ref")) or None
        if ref is None:
            leading = _LEADING_PARA.match(text)
            if leading and self.strip_paragraph_number:
                ref, text = leading[1], text[leading.end():]
        session = norm.session(get("session"))
        cycle = norm.cycle(get("cycle")) if "cycle" in columns else None
        if cycle is None:
            cycle = norm.cycle_of(session)
        sur_cell = cell_text(get("state_under_review"))
        sur_items = self.split(sur_cell) if sur_cell else []
        document = cell_text(get("source_document")) or None
        return ImportedRecommendation(
            row=number,
            text=text,
            response=norm.response(get("response")),
            ref=ref[:60] if ref else None,
            source_ref=f"{document}:{ref}" if document and ref else (f"{self.name}:{ref}" if ref and self.ref_is_identity else None),
            state_under_review=norm.state(sur_items[0]) if sur_items else None,
            recommending_states=norm.states(self.split_states(get("recommending_states"))),
            action_category=norm.action_category(get("action_category")),
            session=session,
            cycle=cycle,
            themes=self.themes(get("themes"), norm),
            sdgs=norm.sdgs(get("sdgs")) if "sdgs" in columns else [],
            affected_groups=[norm.affected_group(i) for i in self.split(get("affected_groups"))],
            theme_cluster=(cell_text(get("theme_cluster"))[:200] or None),
            source_document=document[:120] if document else None,
        )

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
        return [norm.theme(item) for item in self.split(cell)]


def _known_state(name: str) -> bool:
    from upr_desktop.core import vocab

    return vocab.normalise_state(name)[1]
