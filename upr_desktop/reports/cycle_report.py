"""The cycle report: for a mid-term report or the next stakeholder submission.

For each recommendation of the reviewed cycle: its response and response history, what was recommended
before (confirmed predecessors) and how that fared, and the coalition's latest assessment with its
evidence and sources; then the figures a submission quotes (repeated recommendations, noted then
supported, decided at the adoption, implemented / partially / not).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy.orm import Session

from upr_desktop.core.domain import closed_lists
from upr_desktop.core.domain.closed_lists import NOT_ASSESSED, STATUS_COLOURS
from upr_desktop.core.read import recommended_before, response_history
from upr_desktop.core.read.metrics import STATUS_CODES
from upr_desktop.i18n import tr
from upr_desktop.reports.document import Chart, ReportDocument, Section, Table
from upr_desktop.reports.gather import ReportScope, by_theme, recommendations_in_scope

STATUS_ORDER = (*STATUS_CODES, NOT_ASSESSED)


def _response(code: str) -> str:
    return closed_lists.shown_label(closed_lists.RESPONSES, code)


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def cycle_report(session: Session, scope: ReportScope, doc: ReportDocument) -> None:
    if scope.cycle is None:
        scope.cycle = recommended_before.latest_cycle(session)
        if scope.cycle is not None:
            doc.scope_lines.append(tr("Recommendations of cycle {cycle}.", cycle=scope.cycle))
    rows = recommendations_in_scope(session, scope)
    ids = [r.id for r in rows]
    steps = response_history.steps_of(session, ids)
    before = recommended_before.predecessors(session, ids, include_sensitive=scope.include_sensitive)
    # Three cycles and more: the predecessors' own predecessors, so a recommendation repeated since the first
    # review shows how it fared each time.
    earlier_before: dict[int, list[Any]] = {}
    frontier = {p.earlier.id for found in before.values() for p in found}
    while frontier:
        more = recommended_before.predecessors(session, sorted(frontier), include_sensitive=scope.include_sensitive)
        earlier_before.update(more)
        frontier = {p.earlier.id for found in more.values() for p in found} - earlier_before.keys()
    decided = response_history.decided_later(session, ids)
    total = len(rows)
    repeated = [r for r in rows if before.get(r.id)]
    noted_before_supported_now = sum(
        1 for r in repeated if r.response == "supported" and any(p.earlier.response == "noted" for p in before[r.id]))
    statuses = Counter(r.current.status if r.current else NOT_ASSESSED for r in rows)
    responses = Counter(r.response for r in rows)
    figures = [
        [tr("Recommendations of the cycle"), total, 1.0 if total else 0.0],
        *[[_response(code), responses[code], _share(responses[code], total)]
          for code in closed_lists.codes(closed_lists.RESPONSES) if responses[code]],
        [tr("Decided after the review (pending first): supported"), decided.supported, _share(decided.supported, total)],
        [tr("Decided after the review (pending first): noted"), decided.noted, _share(decided.noted, total)],
        [tr("Noted at first, supported later"), decided.noted_then_supported, _share(decided.noted_then_supported, total)],
        [tr("Recommended before (a confirmed predecessor in an earlier cycle)"), len(repeated), _share(len(repeated), total)],
        [tr("Noted in an earlier cycle, supported in this one"), noted_before_supported_now, _share(noted_before_supported_now, total)],
        *[[closed_lists.status_label(code), statuses[code], _share(statuses[code], total)] for code in STATUS_ORDER],
    ]
    doc.summary.append(Table(tr("The cycle in figures"), [tr("Figure"), tr("Recommendations"), tr("Share")], figures,
                             percent_columns=(2,), widths=[60, 16, 8],
                             note=tr("Decided at adoption: {supported} supported / {noted} noted.",
                                     supported=decided.supported, noted=decided.noted)))
    # Each earlier recommendation once, however many of this cycle repeat it (several States often do).
    earlier = {p.earlier.id: p.earlier for r in repeated for p in before[r.id]}
    fate = Counter(e.status or NOT_ASSESSED for e in earlier.values())
    fate_total = sum(fate.values())
    doc.summary.append(Table(
        tr("How the earlier recommendations fared (latest status of each confirmed predecessor)"),
        [tr("Status"), tr("Earlier recommendations"), tr("Share")],
        [[closed_lists.status_label(code), fate[code], _share(fate[code], fate_total)] for code in STATUS_ORDER],
        totals=[tr("Total"), fate_total, 1.0 if fate_total else 0.0], percent_columns=(2,),
    ))
    doc.charts.append(Chart(
        tr("Current status of the cycle's recommendations, repeated or new"),
        [tr("Recommended before"), tr("New in this cycle")],
        [(closed_lists.status_label(code), [float(sum(1 for r in rows if before.get(r.id) and _status(r) == code)),
                                            float(sum(1 for r in rows if not before.get(r.id) and _status(r) == code))])
         for code in STATUS_ORDER],
        stacked=True, colors=[STATUS_COLOURS[c] for c in STATUS_ORDER],
    ))

    def history(r: Any) -> str:
        found = steps.get(r.id)
        return response_history.story(r.response, found) if found else _response(r.response)

    def fared(p: Any) -> str:
        return tr("{ref} (cycle {cycle}): {response}, {status}", ref=p.earlier.ref, cycle=p.earlier.cycle,
                  response=p.earlier.response_story, status=closed_lists.status_label(p.earlier.status))

    def chain(p: Any) -> str:
        """One predecessor, then (after an arrow) each one before it, back to the first cycle."""
        links, seen = [fared(p)], {p.earlier.id}
        older = earlier_before.get(p.earlier.id, [])
        while older and older[0].earlier.id not in seen:
            seen.add(older[0].earlier.id)
            links.append(fared(older[0]))
            older = earlier_before.get(older[0].earlier.id, [])
        return " \u2190 ".join(links)

    def predecessors(r: Any) -> str:
        return "; ".join(chain(p) for p in before.get(r.id, []))

    headers = [tr("Ref"), tr("Recommendation"), tr("Response and its history"), tr("Recommended before, and how it fared"),
               tr("Status"), tr("Evidence"), tr("Sources"), tr("Assessed on")]

    def line(r: Any) -> list[Any]:
        cur = r.current
        return [r.ref, r.text, history(r), predecessors(r), closed_lists.status_label(cur.status if cur else None),
                cur.evidence if cur else None, cur.sources if cur else None, cur.assessed_on if cur else None]

    for theme, recs in by_theme(rows).items():
        doc.sections.append(Section(theme, tr("Recommendations: {count}; recommended before: {repeated}.", count=len(recs),
                                              repeated=sum(1 for r in recs if before.get(r.id))), [Table(
            theme, headers, [line(r) for r in recs], widths=[8, 55, 30, 50, 16, 40, 30, 11],
            print_widths=[10, 23, 13, 21, 10, 13, 10, 11],  # a ref such as NOR-33-27 on one line
        )]))
    doc.data_tables.append(Table(
        tr("Recommendations"),
        [tr("Theme"), headers[0], headers[1], tr("Recommending States"), *headers[2:], tr("Assessed by")],
        [["; ".join(r.themes), r.ref, r.text, ", ".join(r.states), *line(r)[2:], r.current.group if r.current else None]
         for r in rows],
        widths=[24, 8, 70, 24, 30, 60, 18, 50, 30, 11, 10],
    ))


def _status(r: Any) -> str:
    return r.current.status if r.current else NOT_ASSESSED
