"""Exporting exchange workbooks: one per member group, signed, recorded, written atomically.

API (Qt-free; the GUI runs these in a worker):

- ``export_workbook(ws, group="ACR", target=Path, refs=(), theme=None, deadline=None,
  include_sensitive=False, language=None) -> ExportResult``
- ``export_all(ws, folder, ...) -> list[ExportResult]`` (one workbook per group with assignments)

``ExportResult`` is a plain dataclass: file, group, export_id, counts, include_sensitive,
warnings (text shortened, characters replaced) and notice (e.g. the signing key is kept in the
workspace because no keyring works). Sensitive data (contact details, government participants,
confidential records) stays out unless ``include_sensitive=True``; the choice is recorded in the
metadata and in ``ExchangeExport.include_sensitive``.

The workbook is written in ``language`` (any shipped one), else in the group's own language, else
in English; the metadata records the language and the exact names it shows (see
:func:`workbook_writer.workbook_layout`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.domain.models import Assignment, ExchangeExport, MemberGroup, new_uuid, utcnow
from upr_desktop.core.services import coalition
from upr_desktop.core.services.lookup import (
    group_by_acronym,
    parse_date,
    recommendations_by_refs,
    theme_named,
    workspace_record,
)
from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.errors import UserError
from upr_desktop.core.read.cycle_scope import assignment_in_cycle
from upr_desktop.exchange import content as content_mod
from upr_desktop.exchange import layout, readme, signing, workbook_writer
from upr_desktop.i18n import Translator, tr, translator_for
from upr_desktop.io import write_atomic

SaveFn = Callable[[Workbook, Path], None]


@dataclass
class ExportResult:
    file: str
    group: str
    export_id: str
    recommendations: int
    consultations: int
    actions: int
    include_sensitive: bool
    warnings: list[str] = field(default_factory=list)
    notice: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


# One encoder for every call: json.dumps with options builds a new one each time (the merge
# calls this once per returned row). Same output as json.dumps(sort_keys=True, ensure_ascii=True).
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=True, separators=(",", ":"))


def canonical_payload(meta: dict[str, Any]) -> str:
    """The exact text that is signed: sorted keys, ASCII only (survives any spreadsheet program)."""
    return _CANONICAL.encode(meta)


def workbook_translator(language: str | None, group: MemberGroup) -> tuple[Translator, str | None]:
    """The language to write a group's workbook in: the one asked for, else the group's, else English.

    A language asked for must be shipped (UserError otherwise). A group's stored language that
    this app does not ship falls back to English, with a warning to show.
    """
    if language:
        return translator_for(language), None
    preferred = getattr(group, "language", None)
    if preferred:
        try:
            return translator_for(preferred), None
        except UserError:
            return translator_for(None), tr("{group}: the group's language '{language}' is not one this app ships; the workbook is in English.",
                                            group=group.acronym, language=preferred)
    return translator_for(None), None


def secretariat_name(coalition: str, translator: Translator) -> str:
    return translator.tr("The secretariat of {coalition}", coalition=coalition)


def _scope_counts(content: content_mod.ExportContent) -> tuple[int, int, int]:
    s = content.sheets
    return (len(s[layout.RECOMMENDATIONS_SHEET].rows), len(s[layout.CONSULTATIONS_SHEET].rows), len(s[layout.ACTIONS_SHEET].rows))


def export_in_session(
    session: Session,
    *,
    group: str,
    target: Path,
    refs: Sequence[str] = (),
    theme: str | None = None,
    deadline: date | str | None = None,
    include_sensitive: bool = False,
    language: str | None = None,
    actor: str | None = None,
    cycle: int | None = None,
    save: SaveFn = workbook_writer.save,
    name_left_out: bool = True,
) -> ExportResult:
    """Export inside an open transaction (the caller commits only if the file was written).

    ``refs`` that name no recommendation are refused (a typo, as in ``assign``); those not in this group's
    workbook (assigned elsewhere, or confidential) are named in a warning unless ``name_left_out`` is False
    (one set of refs for several groups, where each group has only some of them).
    """
    ws_row = workspace_record(session)
    member = group_by_acronym(session, group)
    asked = {r.ref: r for r in recommendations_by_refs(session, refs)} if refs else {}
    if theme:
        theme = theme_named(session, theme).name
    due = parse_date(deadline, what=tr("deadline")) if deadline else None
    translator, language_warning = workbook_translator(language, member)
    data = content_mod.collect(session, member, refs=refs, theme=theme, include_sensitive=include_sensitive, translator=translator,
                               cycle=cycle)
    n_recs, n_cons, n_acts = _scope_counts(data)
    if n_recs == 0 and cycle is not None and not refs and not theme:
        raise UserError(tr("{acronym} has no recommendations of cycle {cycle} assigned.", acronym=member.acronym, cycle=cycle))
    if n_recs == 0 and not refs and not theme:
        raise UserError(tr("{acronym} has no recommendations assigned; assign some first (upr-desktop assign --group {acronym} ...).", acronym=member.acronym))
    if n_recs == 0:
        raise UserError(tr("None of the recommendations asked for is assigned to {acronym}.", acronym=member.acronym))
    key = signing.get_or_create_key(session)
    prepared = workbook_writer.prepare(data, translator)
    if language_warning:
        prepared.warnings.insert(0, language_warning)
    shown = {row.get("ref") for row in data.sheets[layout.RECOMMENDATIONS_SHEET].rows}
    left_out = [ref for ref in asked if ref not in shown]
    if left_out and name_left_out:
        prepared.warnings.append(tr("Left out of {acronym}'s workbook, as not assigned to {acronym} (or confidential, which an export "
                                    "leaves out without --include-sensitive): {refs}.", acronym=member.acronym, refs=", ".join(left_out)))
    export_id = new_uuid()
    now = utcnow()
    # Sent by the coalition's secretariat as the workspace names it, never this computer's login name.
    who = actor or coalition.sender(session)
    meta = {
        "format_version": layout.format_version(translator.language),
        "language": translator.language,
        "layout": workbook_writer.workbook_layout(translator, include_sensitive=include_sensitive),
        "workspace_id": ws_row.uuid,
        "workspace_name": ws_row.name,
        "state_under_review": ws_row.state_under_review,
        "export_id": export_id,
        "group": {"uuid": member.uuid, "acronym": member.acronym, "name": member.name},
        "exported_at": now.isoformat(),
        "exported_by": who,
        "deadline": due.isoformat() if due else None,
        "include_sensitive": include_sensitive,
        "base": prepared.base,
        "extra": data.extra,
    }
    payload = canonical_payload(meta)
    rows = workbook_writer.meta_rows(payload, signing.sign(key.key, payload))
    secretariat = coalition.secretariat(session)
    sender = readme.Sender(ws_row.name, member.name, member.acronym, now.strftime("%Y-%m-%d %H:%M UTC"), due, secretariat=secretariat)
    wb = workbook_writer.render(prepared, readme.readme_blocks(sender, translator), rows, readme.page_header(sender, translator),
                                author=secretariat or secretariat_name(ws_row.name, translator))
    session.add(ExchangeExport(
        export_id=export_id, group_id=member.id, created_at=now, created_by=who, deadline=due,
        file_name=Path(target).name, include_sensitive=include_sensitive,
        scope={"refs": list(refs), "theme": theme, "cycle": cycle, "recommendations": n_recs, "consultations": n_cons, "actions": n_acts},
    ))
    session.flush()
    write_atomic(Path(target), lambda tmp: save(wb, tmp))
    return ExportResult(str(target), member.acronym, export_id, n_recs, n_cons, n_acts, include_sensitive, prepared.warnings, key.notice)


def export_workbook(ws: WorkspaceFile, *, group: str, target: Path, save: SaveFn = workbook_writer.save, **options: Any) -> ExportResult:
    """Export one group's workbook; nothing is recorded unless the file was written."""
    with ws.transaction() as session:
        return export_in_session(session, group=group, target=Path(target), save=save, **options)


def groups_with_assignments(session: Session, cycle: int | None = None) -> list[str]:
    """Acronyms of the groups with something assigned (of ``cycle``, when given)."""
    assigned = select(Assignment.group_id)
    if cycle is not None:
        assigned = assigned.where(assignment_in_cycle(cycle))
    q = select(MemberGroup.acronym).where(MemberGroup.id.in_(assigned)).order_by(MemberGroup.acronym)
    return list(session.scalars(q))


def safe_file_stem(acronym: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in acronym) or "group"
