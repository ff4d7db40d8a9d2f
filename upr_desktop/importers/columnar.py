"""Reading the rows of a header-mapped table column by column: each distinct cell value converted once.

Exports repeat the same States, responses, sessions and issue lists thousands of times, so each column
is converted through a table of its distinct values (C-speed ``dict.fromkeys`` and ``map``) and the
rows are then assembled in one tight loop. The result is exactly what converting row by row gives:
the same records, the same first problem of a bad row (fields checked in the same order), and the
same counts of unrecognised States and SDGs, in the order the rows first meet them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from itertools import repeat
from typing import TYPE_CHECKING, Any

from upr_desktop.i18n import tr
from upr_desktop.importers.readers import cell_text
from upr_desktop.importers.records import ImportedRecommendation, RowError
from upr_desktop.importers.values import Normaliser, RowProblem, clean_text

if TYPE_CHECKING:
    from upr_desktop.importers.tabular import TabularImporter

_LEADING_PARA = re.compile(r"^(\d{1,3}\.\d{1,3})\.?\s+(?=\S)")


class Unhashable(Exception):
    """A cell value that cannot be a dictionary key: the caller reads the table row by row instead."""


def convert_column(values: Sequence[Any], convert: Callable[[Any], Any]) -> tuple[list[Any], bool]:
    """``convert`` applied to every value, each distinct value once; a failed conversion gives its RowProblem.

    Returns the results and whether any of them is a RowProblem. True/1/1.0 (and False/0) are one
    dictionary key, so booleans are converted apart when the column holds any of them.
    """
    try:
        distinct = dict.fromkeys(values)
    except TypeError:
        raise Unhashable() from None
    failed = False
    for value in distinct:
        try:
            distinct[value] = convert(value)
        except RowProblem as problem:
            distinct[value] = problem
            failed = True
    out = list(map(distinct.__getitem__, values))
    if (True in distinct or False in distinct) and bool in set(map(type, values)):
        apart: dict[bool, Any] = {}
        for i, value in enumerate(values):
            if value.__class__ is bool:
                if value not in apart:
                    try:
                        apart[value] = convert(value)
                    except RowProblem as problem:
                        apart[value] = problem
                        failed = True
                out[i] = apart[value]
    return out, failed


def _problem_rows(converted: Sequence[Any]) -> set[int]:
    return {i for i, value in enumerate(converted) if isinstance(value, RowProblem)}


def read_columns(importer: TabularImporter, body: Sequence[Sequence[Any]], numbers: list[int], columns: Mapping[str, int],
                 norm: Normaliser) -> tuple[list[ImportedRecommendation], list[RowError]]:
    """Records and row errors of ``body`` (data rows, at least as wide as the mapped columns), in row order."""
    if not body:
        return [], []
    unknown = norm.unknown_states
    before = set(unknown)
    bad: set[int] = set()
    count = len(body)
    no_list: list[Any] = []
    by_column = list(zip(*body))  # rows are at least as wide as the mapped columns

    def column(name: str, convert: Callable[[Any], Any] | None, default: Any) -> Any:
        index = columns.get(name, -1)
        if index < 0:
            return repeat(default, count)
        values = by_column[index]
        if convert is None:
            return values
        out, failed = convert_column(values, convert)
        if failed:
            bad.update(_problem_rows(out))
        return out

    def sur(cell: Any) -> str | None:
        text = cell_text(cell)
        items = importer.split(text) if text else []
        return norm.state(items[0], count=False) if items else None

    def states(cell: Any) -> tuple[list[str], list[str]]:
        found = norm.states(importer.split_states(cell), count=False)
        return found, [s for s in found if s in norm.unknown_states]

    def sdgs(cell: Any) -> tuple[list[str], list[str]]:
        from upr_desktop.core import vocab

        return vocab.parse_sdg(cell_text(cell))

    texts = [t.strip() if t.__class__ is str else clean_text(t) for t in by_column[columns["text"]]]
    bad.update(i for i, t in enumerate(texts) if not t)
    c_ref = columns.get("ref", -1)
    refs = [v.strip() if v.__class__ is str else cell_text(v) for v in by_column[c_ref]] if c_ref >= 0 else repeat("", count)
    sessions = column("session", norm.session, None)
    cycles = column("cycle", norm.cycle, None)
    documents = column("source_document", lambda cell: cell_text(cell)[:120], "")
    surs = column("state_under_review", sur, None)
    recommending = column("recommending_states", states, (no_list, no_list))
    responses = column("response", norm.response, "pending")
    actions = column("action_category", norm.action_category, None)
    themes = column("themes", lambda cell: importer.themes(cell, norm), no_list)
    sdg_cells = column("sdgs", None, None)
    sdg_lists = column("sdgs", sdgs, (no_list, no_list))
    groups = column("affected_groups", lambda cell: [norm.affected_group(i) for i in importer.split(cell)], no_list)
    clusters = column("theme_cluster", lambda cell: cell_text(cell)[:200] or None, None)
    # Converting created zero counts for every unrecognised State: the rows count them below, in row order.
    unknown_names = {name for name in unknown if name not in before}
    for name in unknown_names:
        del unknown[name]
    unknown_names.update(before)
    sdgs_met: set[Any] = set()

    strip_para = importer.strip_paragraph_number
    identity_prefix = f"{importer.name}:" if importer.ref_is_identity else None
    cycle_of: dict[int, int | None] = {}
    records: list[ImportedRecommendation] = []
    errors: list[RowError] = []
    for pos, (number, text, ref, session, cycle, document, state, (rec_states, strangers), response, action,
              theme_list, sdg_cell, (sdg_codes, sdg_unknown), group_list, cluster) in enumerate(
            zip(numbers, texts, refs, sessions, cycles, documents, surs, recommending, responses, actions, themes,
                sdg_cells, sdg_lists, groups, clusters)):
        try:
            if bad and pos in bad:  # the first problem in field order, as the row-by-row reader reports it
                if not text:
                    raise RowProblem(tr("the recommendation text is empty"))
                for value in (session, cycle):
                    if isinstance(value, RowProblem):
                        raise value
            if not ref and strip_para and text[0].isdigit():
                leading = _LEADING_PARA.match(text)
                if leading:
                    ref, text = leading[1], text[leading.end():]
            if cycle is None and session is not None:
                cycle = cycle_of.get(session)
                if cycle is None:
                    cycle = cycle_of[session] = norm.cycle_of(session)
            if state is not None and state in unknown_names:
                unknown[state] += 1
            for name in strangers:
                unknown[name] += 1
            if bad and pos in bad:
                for value in (response, action, theme_list):
                    if isinstance(value, RowProblem):
                        raise value
            if sdg_unknown and sdg_cell not in sdgs_met:  # counted once per distinct cell, as the reader did
                sdgs_met.add(sdg_cell)
                for item in sdg_unknown:
                    norm.unknown_sdgs[item] += 1
            if bad and pos in bad and isinstance(group_list, RowProblem):
                raise group_list
        except RowProblem as problem:
            c_sur = columns.get("state_under_review")
            state = norm.state(importer.split(body[pos][c_sur])[0]) if c_sur is not None and cell_text(body[pos][c_sur]) else None
            errors.append(RowError(number, str(problem), state))
            continue
        if not ref:
            source_ref = None
        elif document:
            source_ref = f"{document}:{ref}"
        elif identity_prefix:
            source_ref = identity_prefix + ref
        else:
            source_ref = None
        records.append(ImportedRecommendation(
            number, text, response, ref[:60] or None, source_ref, state, rec_states, action, session, cycle,
            theme_list, sdg_codes, group_list, cluster, document or None,
        ))
    return records, errors
