"""One import from start to end: check, recognise, read, filter, preview or write (after a backup)."""

from __future__ import annotations

import gc
import hashlib
import threading
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from sqlalchemy.orm import Session

from upr_desktop.core.domain import vocab
from upr_desktop.core.services.recommendations import cycle_of_session
from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr
from upr_desktop.importers import registry
from upr_desktop.importers.file_check import FileRefused
from upr_desktop.importers.imported import (
    CancelFlag,
    ImportedRecommendation,
    ImportOptions,
    ImportReport,
    Monitor,
    ParsedFile,
    ProgressCallback,
)
from upr_desktop.importers.readers import SourceFile
from upr_desktop.importers.write_plan import (
    WorkspaceState,
    load_workspace_state,
    plan_import,
    write_plan,
)

MAX_ERRORS_KEPT = 1_000
Transaction = Callable[[], AbstractContextManager[Session]]


def read_source(path: str | Path, options: ImportOptions, monitor: Monitor | None = None) -> ParsedFile:
    """Check and read a file with the importer --format names, or the one surest to read it."""
    monitor = monitor or Monitor()
    source = SourceFile.open(path)
    monitor.report(0, 1, tr("Reading {file}", file=source.path.name))
    importer = registry.get(options.format) if options.format else registry.detect(source)[0]
    parsed = importer.parse(source, options, monitor)
    if not parsed.records and not parsed.errors:
        raise FileRefused(tr("Cannot import {file}: it holds no recommendations (only headers or empty rows).", file=source.path.name))
    return parsed


def _target_state(options: ImportOptions, home: str) -> str:
    if not options.country:
        return home
    canonical, known = vocab.normalise_state(options.country)
    if not known:
        raise UserError(tr("--country: '{country}' is not a UN member or observer State.", country=options.country))
    return canonical


def apply_filters(parsed: ParsedFile, options: ImportOptions, home: str, report: ImportReport) -> list[ImportedRecommendation]:
    """Keep the State (and cycle, session) asked for; count what is left out.

    Row errors of other States' rows are dropped too: a whole UPR Info export's bad rows elsewhere are
    not this coalition's business.
    """
    target = _target_state(options, home)
    kept: list[ImportedRecommendation] = []
    left = Counter[str]()
    fill_cycle = options.cycle is not None and parsed.format == "ohchr-matrix"
    for rec in parsed.records:
        if rec.state_under_review is None:
            rec.state_under_review = target
        if not options.all_states and rec.state_under_review != target:
            left[rec.state_under_review] += 1
            continue
        if options.session is not None:
            if rec.session is None:
                rec.session = options.session
                rec.cycle = rec.cycle or cycle_of_session(options.session)
            elif rec.session != options.session:
                left[rec.state_under_review] += 1
                continue
        if options.cycle is not None:
            if rec.cycle is None or fill_cycle:
                rec.cycle = options.cycle
            elif rec.cycle != options.cycle:
                left[rec.state_under_review] += 1
                continue
        kept.append(rec)
    report.left_out = sum(left.values())
    report.left_out_states = dict(left.most_common(20))
    if not options.all_states:
        parsed.errors = [e for e in parsed.errors if e.state is None or e.state == target]
    if report.left_out and not kept:
        listed = ", ".join(f"{name} ({count})" for name, count in left.most_common(5))
        report.warnings.append(
            tr("Nothing in this file matched {state}{narrowing}; it holds: {listed}. Use --country STATE or --all-states.",
               state=target, listed=listed,
               narrowing="" if options.cycle is None and options.session is None else tr(" with the cycle/session asked for"))
        )
    elif report.left_out:
        report.warnings.append(tr("{count} recommendations to other States (or other cycles/sessions) were left out.", count=report.left_out))
    return kept


class _Prefetch:
    def __init__(self, ws: WorkspaceFile) -> None:
        self._ws = ws
        self._state: WorkspaceState | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="import-prefetch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with self._ws.session() as session:
                self._state = load_workspace_state(session)
                session.rollback()
        except BaseException as exc:  # noqa: BLE001 - handed back to the importing thread
            self._error = exc

    def join(self) -> None:
        self._thread.join()

    def result(self) -> WorkspaceState:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._state is not None
        return self._state


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def import_file(
    ws: WorkspaceFile,
    path: str | Path,
    options: ImportOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
    dry_run: bool = False,
    transaction: Transaction | None = None,
) -> ImportReport:
    """Import one file into a workspace; with ``dry_run`` only say what it would do (the GUI's preview).

    It writes in one transaction, after a backup: the workspace's, or the one ``transaction`` lends
    (the operations layer's, which gathers what changed).
    """
    # An import allocates millions of small objects that all live until the end: the cyclic garbage
    # collector would rescan them again and again (it doubled the time of a 100,000-row import).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _import_file(ws, path, options, progress=progress, cancel=cancel, dry_run=dry_run,
                            transaction=transaction or ws.transaction)
    finally:
        if collecting:
            gc.enable()


def _import_file(
    ws: WorkspaceFile,
    path: str | Path,
    options: ImportOptions | None,
    *,
    progress: ProgressCallback | None,
    cancel: CancelFlag | None,
    dry_run: bool,
    transaction: Transaction,
) -> ImportReport:
    from upr_desktop.core.storage import backups

    options = options or ImportOptions()
    monitor = Monitor(progress, cancel)
    path = Path(path).expanduser()
    # The workspace's side is read on a second thread while the file is read (the spreadsheet reader
    # and SQLite both release the GIL): a re-import of a big export compares against every row.
    prefetch = _Prefetch(ws)
    try:
        parsed = read_source(path, options, monitor)
        state = prefetch.result()
    finally:
        prefetch.join()
    home = ws.record().state_under_review
    report = ImportReport(file=path.name, format=parsed.format, mapping=parsed.mapping, dry_run=dry_run)
    kept = apply_filters(parsed, options, home, report)
    errors = parsed.errors
    with ws.session() as session:
        plan = plan_import(session, kept, parsed.format, monitor, state)
        session.rollback()
    errors = sorted([*errors, *plan.duplicates], key=lambda e: e.row)
    report.errors = errors
    report.added = len(plan.new)
    report.updated = len(plan.updates)
    report.unchanged = plan.unchanged
    report.skipped = len(errors)
    report.merged_rows = plan.merged_rows
    report.warnings.extend(parsed.warnings)
    if dry_run:
        return report
    monitor.check()
    if plan.changes_anything:
        report.backup = str(backups.backup(ws, reason="before-import"))
    saved = report.as_dict()
    saved["errors"] = saved["errors"][:MAX_ERRORS_KEPT]
    saved["options"] = {"format": options.format, "country": options.country, "all_states": options.all_states,
                        "cycle": options.cycle, "session": options.session, "mapping": options.mapping}
    counts = {"added": report.added, "updated": report.updated, "unchanged": report.unchanged, "skipped": report.skipped}
    with transaction() as session:
        report.import_run_id = write_plan(session, plan, file_name=path.name, sha256=_sha256(path), home_state=home,
                                          report=saved, counts=counts, monitor=monitor)
    monitor.report(1, 1, tr("Import finished"))
    return report
