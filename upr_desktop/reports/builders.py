"""Building the three reports (implementation, coverage, consultations) as document models."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.domain import closed_lists, deadlines, vocab
from upr_desktop.core.domain.closed_lists import NOT_ASSESSED, STATUS_COLOURS
from upr_desktop.core.domain.models import MemberGroup
from upr_desktop.core.read.metrics import STATUS_CODES, months_before
from upr_desktop.core.services.lookup import workspace_record
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr, trn
from upr_desktop.reports.document import REPORT_KINDS, Chart, ReportDocument, Section, Table
from upr_desktop.reports.gather import (
    ReportScope,
    by_theme,
    theme_count_note,
    check_scope,
    consultations_in_scope,
    recommendations_in_scope,
)

STATUS_ORDER = (*STATUS_CODES, NOT_ASSESSED)
label = closed_lists.shown_label  # a closed-list label in the reader's language (English on the command line)
status_label = closed_lists.status_label


def response_label(code: str) -> str:
    return label(closed_lists.RESPONSES, code)


def build_report(session: Session, kind: str, scope: ReportScope, *, as_of: date, generated_on: date) -> ReportDocument:
    """The report of ``kind`` for ``scope`` as the situation stood on ``as_of`` (the situation day);
    sensitive fields only when ``scope.include_sensitive``."""
    if kind not in REPORT_KINDS:
        raise UserError(tr("Unknown report '{kind}'; choose implementation, coverage, consultations or cycle.", kind=kind))
    scope = check_scope(session, scope)
    ws = workspace_record(session)
    titles = {
        "implementation": tr("Implementation of UPR recommendations: mid-term assessment"),
        "coverage": tr("Coverage of UPR recommendations by the coalition"),
        "consultations": tr("Consultations with government and follow-up actions"),
        "cycle": tr("Cycle to cycle: what was recommended before, how it went, and where it stands"),
    }
    doc = ReportDocument(
        kind=kind, title=titles[kind], coalition=ws.name, state_under_review=ws.state_under_review,
        generated_on=generated_on, as_of=as_of, scope_lines=_scope_lines(scope, as_of),
        include_sensitive=scope.include_sensitive, sensitive_note=_sensitive_note(scope.include_sensitive),
        is_demo=ws.is_demo,
    )
    from upr_desktop.reports.cycle_report import cycle_report

    {"implementation": _implementation, "coverage": _coverage, "consultations": _consultations, "cycle": cycle_report}[kind](session, scope, doc)
    return doc


def _scope_lines(scope: ReportScope, as_of: date) -> list[str]:
    lines = [tr("Situation as of {date}.", date=as_of.isoformat())]
    if scope.group:
        lines.append(tr("Recommendations assigned to member group {group}.", group=scope.group))
    if scope.theme:
        lines.append(tr("Theme: {theme}.", theme=scope.theme))
    if scope.since:
        lines.append(tr("Assessments, consultations and actions since {date}.", date=scope.since.isoformat()))
    if scope.cycle:
        lines.append(tr("Recommendations of cycle {cycle}.", cycle=scope.cycle))
    return lines


def _sensitive_note(included: bool) -> str:
    if included:
        return tr("Sensitive fields INCLUDED (government participants, contact details, confidential records). "
                  "Do not share this report outside the coalition.")
    return tr("Sensitive fields excluded: government participants, contact details and confidential records are not in this report.")


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


# -- implementation ---------------------------------------------------------------------------
def _implementation(session: Session, scope: ReportScope, doc: ReportDocument) -> None:
    rows = recommendations_in_scope(session, scope)
    total = len(rows)
    responses = Counter(r.response for r in rows)
    doc.summary.append(Table(
        tr("Recommendations and responses"), [tr("Response"), tr("Recommendations"), tr("Share")],
        [[response_label(k), n, _share(n, total)] for k, n in responses.most_common()],
        totals=[tr("Total"), total, 1.0 if total else 0.0], percent_columns=(2,),
    ))
    status_rows = []
    by_status = Counter((r.current.status if r.current else NOT_ASSESSED, r.response) for r in rows)
    for code in STATUS_ORDER:
        sup, noted = by_status[(code, "supported")], by_status[(code, "noted")]
        all_ = sum(n for (c, _), n in by_status.items() if c == code)
        status_rows.append([status_label(code), sup, noted, all_, _share(all_, total)])
    doc.summary.append(Table(
        tr("Current implementation status"), [tr("Status"), tr("Supported"), tr("Noted"), tr("All"), tr("Share")],
        status_rows, totals=[tr("Total"), responses["supported"], responses["noted"], total, 1.0 if total else 0.0],
        percent_columns=(4,),
    ))
    grouped = by_theme(rows)
    note = theme_count_note(rows)
    theme_rows = []
    for theme, recs in grouped.items():
        counts = Counter(r.current.status if r.current else NOT_ASSESSED for r in recs)
        theme_rows.append([theme, len(recs), *(counts[c] for c in STATUS_ORDER),
                           _share(sum(r.response == "supported" for r in recs), len(recs))])
    all_counts = Counter(r.current.status if r.current else NOT_ASSESSED for r in rows)
    doc.summary.append(Table(
        tr("Status by theme"), [tr("Theme"), tr("Recommendations"), *(status_label(c) for c in STATUS_ORDER), tr("Supported")],
        theme_rows, totals=[tr("Total"), total, *(all_counts[c] for c in STATUS_ORDER), _share(responses["supported"], total)],
        percent_columns=(7,), print_widths=[26, 11, 11, 12, 11, 9, 10, 10], note=note,
    ))
    top = sorted(theme_rows, key=lambda r: -r[1])[:12]
    doc.charts.append(Chart(
        tr("Current status by theme"), [r[0] for r in top],
        [(status_label(c), [float(r[2 + i]) for r in top]) for i, c in enumerate(STATUS_ORDER)],
        stacked=True, colors=[STATUS_COLOURS[c] for c in STATUS_ORDER],
    ))
    regions = _acceptance_by_region(rows)
    if regions:
        doc.charts.append(Chart(
            tr("Share of recommendations supported, by regional group of the recommending States"),
            [r for r, _ in regions], [(tr("Supported"), [v for _, v in regions])], value_format="percent",
            colors=[closed_lists.SHARE_COLOUR],
        ))
    headers = [tr("Ref"), tr("Recommendation"), tr("Recommending States"), tr("Response"), tr("Status"),
               tr("Evidence"), tr("Assessed by"), tr("Assessed on")]
    for theme, recs in grouped.items():
        doc.sections.append(Section(theme, tr("Recommendations: {count}.", count=len(recs)), [Table(
            theme, headers, [_implementation_row(r) for r in recs], widths=[8, 60, 22, 11, 16, 45, 10, 11],
            print_widths=[7, 30, 12, 9, 11, 18, 6, 10],
        )]))
    doc.data_tables.append(Table(
        tr("Recommendations"),
        [tr("Theme"), *headers[:4], tr("Action category"), *headers[4:], tr("Sources"), tr("Lead group"), tr("Support groups")],
        [["; ".join(r.themes), *_implementation_row(r)[:4], r.category, *_implementation_row(r)[4:],
          r.current.sources if r.current else None, ", ".join(r.leads), ", ".join(r.supports)] for r in rows],
        widths=[24, 8, 70, 24, 11, 9, 18, 50, 10, 11, 24, 12, 14],
    ))


def _implementation_row(r: Any) -> list[Any]:
    cur = r.current
    return [r.ref, r.text, ", ".join(r.states), response_label(r.response), status_label(cur.status if cur else None),
            cur.evidence if cur else None, cur.group if cur else None, cur.assessed_on if cur else None]


def _acceptance_by_region(rows: list[Any]) -> list[tuple[str, float]]:
    total: Counter[str] = Counter()
    supported: Counter[str] = Counter()
    for r in rows:
        for region in {vocab.regional_group(s) or "Other" for s in r.states}:
            total[region] += 1
            supported[region] += r.response == "supported"
    order = [g for g in (*vocab.REGIONAL_GROUPS, vocab.OBSERVER, "Other") if total[g]]
    return [(g, supported[g] / total[g]) for g in order]


# -- coverage -----------------------------------------------------------------------------------
def _coverage(session: Session, scope: ReportScope, doc: ReportDocument) -> None:
    rows = recommendations_in_scope(session, scope)
    total = len(rows)
    months = 6
    cutoff = months_before(doc.as_of, months)
    assigned = sum(bool(r.leads or r.supports) for r in rows)
    with_lead = sum(bool(r.leads) for r in rows)
    recent = sum(any(cutoff <= a.assessed_on <= doc.as_of for a in r.assessments) for r in rows)
    doc.summary.append(Table(
        tr("Coverage"), [tr("Measure"), tr("Recommendations"), tr("Share")],
        [[tr("Assigned to a member group"), assigned, _share(assigned, total)],
         [tr("With a lead group"), with_lead, _share(with_lead, total)],
         [tr("Assessed in the last {months} months", months=months), recent, _share(recent, total)],
         [tr("Not yet assigned"), total - assigned, _share(total - assigned, total)]],
        totals=[tr("All recommendations"), total, 1.0 if total else 0.0], percent_columns=(2,),
    ))
    groups = list(session.scalars(select(MemberGroup).order_by(MemberGroup.acronym)))
    if scope.group:
        groups = [g for g in groups if g.acronym == scope.group]
    headers = [tr("Group"), tr("Name"), tr("Region"), tr("Focal point"), tr("Lead"), tr("Support"),
               tr("Assessed in the last {months} months", months=months), tr("Never assessed")]
    if scope.include_sensitive:
        headers.append(tr("Contact details"))
    group_rows = []
    for g in groups:
        mine = [r for r in rows if g.acronym in r.leads or g.acronym in r.supports]
        row = [g.acronym, g.name, g.region, g.focal_point, sum(g.acronym in r.leads for r in mine),
               sum(g.acronym in r.supports for r in mine),
               sum(any(cutoff <= a.assessed_on <= doc.as_of for a in r.assessments) for r in mine),
               sum(not r.assessments for r in mine)]
        if scope.include_sensitive:
            row.append(g.contact_details)
        group_rows.append(row)
    totals = [tr("Total"), None, None, None, *(sum(r[i] for r in group_rows) for i in range(4, 8))]
    doc.summary.append(Table(tr("Member groups"), headers, group_rows,
                             totals=totals + ([None] if scope.include_sensitive else []),
                             print_widths=[8, 24, 10, 13, 6, 7, 10, 8] + ([20] if scope.include_sensitive else [])))
    doc.charts.append(Chart(
        tr("Recommendations per member group"), [r[0] for r in group_rows],
        [(tr("Lead"), [float(r[4]) for r in group_rows]), (tr("Support"), [float(r[5]) for r in group_rows])],
        stacked=True, colors=[closed_lists.ROLE_COLOURS["lead"], closed_lists.ROLE_COLOURS["support"]],
    ))
    doc.charts.append(Chart(
        tr("Coverage"), [tr("Assigned"), tr("With a lead"), tr("Assessed in {months} months", months=months)],
        [(tr("Share"), [_share(assigned, total), _share(with_lead, total), _share(recent, total)])],
        value_format="percent", colors=[closed_lists.SHARE_COLOUR],
    ))
    headers = [tr("Ref"), tr("Recommendation"), tr("Response"), tr("Lead"), tr("Support"), tr("Last assessed"), tr("Status")]
    for theme, recs in by_theme(rows).items():
        doc.sections.append(Section(theme, tr("{assigned} of {count} assigned.", assigned=sum(bool(r.leads or r.supports) for r in recs), count=len(recs)),
                                    [Table(theme, headers, [_coverage_row(r) for r in recs], widths=[8, 64, 11, 10, 12, 12, 18], print_widths=_COVERAGE_PRINT)]))
    unassigned = [r for r in rows if not (r.leads or r.supports)]
    if unassigned:
        doc.sections.append(Section(tr("Not yet assigned"), tr("These recommendations have no member group yet."),
                                    [Table(tr("Not yet assigned"), headers, [_coverage_row(r) for r in unassigned], widths=[8, 64, 11, 10, 12, 12, 18], print_widths=_COVERAGE_PRINT)]))
    doc.data_tables.append(Table(tr("Recommendations"), [tr("Theme"), *headers],
                                 [["; ".join(r.themes), *_coverage_row(r)] for r in rows], widths=[24, 8, 70, 11, 12, 14, 12, 18]))


_COVERAGE_PRINT = [7, 44, 9, 8, 10, 10, 12]


def _coverage_row(r: Any) -> list[Any]:
    cur = r.current
    return [r.ref, r.text, response_label(r.response), ", ".join(r.leads), ", ".join(r.supports),
            cur.assessed_on if cur else None, status_label(cur.status if cur else None)]


# -- consultations ------------------------------------------------------------------------------
def _consultations(session: Session, scope: ReportScope, doc: ReportDocument) -> None:
    rec_ids = None
    if scope.group or scope.theme or scope.cycle:
        rec_ids = {r.id for r in recommendations_in_scope(session, scope)}
    consultations, actions = consultations_in_scope(session, scope, rec_ids)
    bodies = Counter(c.body for c in consultations)
    doc.summary.append(Table(
        tr("Consultations per government body"), [tr("Government body"), tr("Consultations"), tr("Recommendations discussed"), tr("With commitments")],
        [[b, n, len({ref for c in consultations if c.body == b for ref in c.refs}),
          sum(bool(c.commitments) for c in consultations if c.body == b)] for b, n in bodies.most_common()],
        totals=[tr("Total"), len(consultations), len({ref for c in consultations for ref in c.refs}),
                sum(bool(c.commitments) for c in consultations)],
    ))
    quarters = Counter(f"{c.held_on.year}-Q{(c.held_on.month + 2) // 3}" for c in consultations)
    doc.summary.append(Table(tr("Consultations per quarter"), [tr("Quarter"), tr("Consultations")],
                             [[q, quarters[q]] for q in sorted(quarters)], totals=[tr("Total"), len(consultations)]))
    live = [a for a in actions if deadlines.action_open(a.status)]
    overdue = [a for a in live if deadlines.action_overdue(a.due_date, a.status, doc.as_of)]
    statuses = Counter(a.status for a in actions)
    doc.summary.append(Table(
        tr("Follow-up actions"), [tr("Status"), tr("Actions")],
        [[label(closed_lists.ACTION_STATUSES, s), statuses[s]] for s in closed_lists.codes(closed_lists.ACTION_STATUSES)],
        totals=[tr("Total"), len(actions)],
    ))
    soon = [a for a in live if deadlines.action_due_soon(a.due_date, a.status, doc.as_of)]
    doc.summary.append(Table(
        tr("Deadlines of open actions"), [tr("Deadline"), tr("Actions")],
        [[tr("Overdue"), len(overdue)], [tr("Due in the next {days} days", days=deadlines.DUE_SOON_DAYS), len(soon)],
         [tr("Later or no due date"), len(live) - len(overdue) - len(soon)]],
        totals=[tr("Open or in progress"), len(live)],
    ))
    doc.charts.append(Chart(tr("Consultations per government body"), list(bodies), [(tr("Consultations"), [float(n) for n in bodies.values()])],
                            colors=[closed_lists.COUNT_COLOUR]))
    doc.charts.append(Chart(tr("Consultations per quarter"), sorted(quarters), [(tr("Consultations"), [float(quarters[q]) for q in sorted(quarters)])],
                            horizontal=False, colors=[closed_lists.TIME_COLOUR]))
    headers = [tr("Date"), tr("Kind"), tr("Group"), tr("Coalition participants")]
    if scope.include_sensitive:
        headers.append(tr("Government participants"))
    headers += [tr("Summary"), tr("Commitments"), tr("Refs")]
    widths = [11, 11, 8, 24] + ([24] if scope.include_sensitive else []) + [45, 40, 16]
    print_widths = [10, 9, 7, 14] + ([16] if scope.include_sensitive else []) + [22, 18, 9]
    for body in sorted(bodies):
        mine = [c for c in consultations if c.body == body]
        doc.sections.append(Section(body, tr("Consultations: {count}.", count=len(mine)),
                                    [Table(body, headers, [_consultation_row(c, scope.include_sensitive) for c in mine], widths=widths, print_widths=print_widths)]))
    action_headers = [tr("Action"), tr("Group"), tr("Due"), tr("Status"), tr("Overdue"), tr("Consultation"), tr("Refs")]
    action_table = Table(
        tr("Follow-up actions"), action_headers,
        [[a.description, a.group, a.due_date, label(closed_lists.ACTION_STATUSES, a.status),
          tr("Overdue") if a in overdue else "", a.consultation, ", ".join(a.refs)] for a in actions],
        widths=[50, 8, 11, 12, 9, 36, 16], print_widths=[30, 7, 10, 10, 8, 24, 11],
    )
    doc.sections.append(Section(tr("Follow-up actions"), trn("{overdue} of %n actions are overdue.", len(actions), overdue=len(overdue)), [action_table]))
    doc.data_tables.append(action_table)
    doc.data_tables.insert(0, Table(tr("Consultations"), [tr("Government body"), *headers],
                                    [[c.body, *_consultation_row(c, scope.include_sensitive)] for c in consultations], widths=[36, *widths]))


def _consultation_row(c: Any, sensitive: bool) -> list[Any]:
    row = [c.held_on, label(closed_lists.CONSULTATION_KINDS, c.kind), c.group, c.coalition_participants]
    if sensitive:
        row.append(c.government_participants)
    return [*row, c.summary, c.commitments, ", ".join(c.refs)]
