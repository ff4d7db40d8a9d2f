"""One import from start to end: check, recognise, read, filter, preview or write (after a backup)."""

from __future__ import annotations

import gc
import hashlib
import threading
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from upr_desktop import __version__
from upr_desktop.core.domain import vocab
from upr_desktop.core.services.recommendations import cycle_of_session
from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.errors import AboutAnotherState, ReturnedWorkbookGiven, UserError
from upr_desktop.i18n import tr, trn
from upr_desktop.importers import registry
from upr_desktop.importers.cells_digest import cells_digest
from upr_desktop.importers.file_check import FileRefused
from upr_desktop.importers.imported import (
    CancelFlag,
    ImportedRecommendation,
    ImportOptions,
    ImportReport,
    Monitor,
    ParsedFile,
    ProgressCallback,
    RowError,
)
from upr_desktop.importers.readers import SourceFile
from upr_desktop.importers.textfile import encoding_name
from upr_desktop.importers.write_plan import (
    WorkspaceState,
    builds_most_of_the_table,
    compares_against_rows,
    earlier_run_unchanged,
    earlier_runs_unchanged,
    load_workspace_state,
    plan_import,
    record_unchanged_run,
    write_plan,
)

MAX_ERRORS_KEPT = 1_000
# A transaction on the workspace given (the open one, or the copy a large import is built into).
Transaction = Callable[[WorkspaceFile], AbstractContextManager[Session]]


def read_source(path: str | Path, options: ImportOptions, monitor: Monitor | None = None, *, lean: bool = False) -> ParsedFile:
    """Check and read a file with the importer --format names, or the one surest to read it.

    ``lean``: a sheet's rows are built before they are read, the reader's own cells freed first (readers.SheetTable):
    for an import that holds the workspace's side in memory as well."""
    monitor = monitor or Monitor()
    return parse_source(open_source(path, monitor, lean=lean), options, monitor)


def open_source(path: str | Path, monitor: Monitor, *, lean: bool = False) -> SourceFile:
    """A file checked (kind, zip, size, bounds), refused when it is a member group's return or one of our reports."""
    source = SourceFile.open(path, lean=lean)
    monitor.report(0, 1, tr("Reading {file}", file=source.path.name))
    refuse_returned_workbook(source)
    refuse_own_report(source)
    return source


def parse_source(source: SourceFile, options: ImportOptions, monitor: Monitor) -> ParsedFile:
    """A checked file's recommendations, read by the importer --format names, or the one surest to read it."""
    importer = registry.get(options.format) if options.format else registry.detect(source)[0]
    parsed = importer.parse(source, options, monitor)
    if not parsed.records and not parsed.errors:
        raise FileRefused(tr("Cannot import {file}: it holds no recommendations (only headers or empty rows).", file=source.path.name))
    if source.encoding and source.encoding_doubt:
        parsed.warnings.append(tr(
            "{file} is not UTF-8: it was read as {encoding}, but {other} was also possible. If texts look garbled in the "
            "preview, save the file again as 'CSV UTF-8' and import that.", file=source.path.name,
            encoding=encoding_name(source.encoding), other=encoding_name(source.encoding_doubt)))
    parsed.encoding = source.encoding
    return parsed


def refuse_returned_workbook(source: SourceFile) -> None:
    """An exchange workbook (a member group's return) is merged, never imported as a table of recommendations."""
    if source.kind != "xlsx":
        return
    from upr_desktop.exchange.layout import ID_HEADER, META_SHEET, RECOMMENDATIONS_SHEET

    tables = {t.name: t for t in source.tables()}
    recommendations = tables.get(RECOMMENDATIONS_SHEET)
    exchange_sheet = recommendations is not None and any(ID_HEADER == cell for cell in (recommendations.head(1) or [[]])[0])
    if META_SHEET in tables or exchange_sheet:
        raise ReturnedWorkbookGiven(tr(
            "{file} is an exchange workbook (a member group's return), not a list of recommendations: use merge "
            "(upr-desktop merge \"{file}\", or Exchange > Merge returns in the app). Nothing was imported.",
            file=source.path.name), str(source.path))


REPORT_CREATOR = "UPR Desktop"  # reports/xlsx_writer.py signs its workbooks so; exchange workbooks are refused above


def refuse_own_report(source: SourceFile) -> None:
    """A report this app wrote (its xlsx, picked by mistake) holds recommendations already in a workspace: read as a
    table it would add each one a second time. Excel and Calc keep the creator when they save the file again."""
    if source.kind != "xlsx":
        return
    import zipfile

    from defusedxml import ElementTree

    try:
        with zipfile.ZipFile(source.path) as archive:
            core = ElementTree.fromstring(archive.read("docProps/core.xml"))
    except (KeyError, OSError, zipfile.BadZipFile, ElementTree.ParseError):
        return  # no document properties: not one of ours
    dc = "{http://purl.org/dc/elements/1.1/}"
    if (core.findtext(f"{dc}creator") or "").strip() != REPORT_CREATOR:
        return
    raise FileRefused(tr(
        "{file} is a report UPR Desktop wrote (\u201c{title}\u201d), not a list of recommendations: importing it would add "
        "its recommendations a second time. Import the UPR Info export, OHCHR matrix or UHRI export they came from. "
        "Nothing was imported.", file=source.path.name, title=(core.findtext(f"{dc}title") or "").strip()))


def _target_state(options: ImportOptions, home: str) -> str:
    if not options.country:
        return home
    canonical, known = vocab.normalise_state(options.country)
    if not known:
        raise UserError(tr("--country: '{country}' is not a UN member or observer State.", country=options.country)
                        + vocab.unknown_state_message(options.country))
    return canonical


def _new_workspace_command(state: str) -> str:
    stem = "".join(ch if ch.isalnum() else "-" for ch in vocab.fold(state)).strip("-") or "workspace"
    return f'upr-desktop --workspace {stem}.uprw init --name "{state} coalition" --country "{state}"'


def check_state(parsed: ParsedFile, options: ImportOptions, home: str, file_name: str, report: ImportReport) -> str:
    """The State under Review the file's recommendations are about, checked, never assumed.

    A file naming its State (a matrix's header, a State column) must be about the workspace's State
    (or the one --country names); a file that does not say may not name that State as a recommending
    State (a State does not recommend to itself). Refusals name both States and the command that makes
    a workspace for the file's State; nothing is written.
    """
    target = _target_state(options, home)
    if options.all_states:
        if len(parsed.about_states) == 1:
            for rec in parsed.records:
                if rec.state_under_review is None:
                    rec.state_under_review, rec.key = parsed.about_states[0], None
        return target
    if parsed.about_states:
        if target in parsed.about_states:
            return target
        other = parsed.about_states[0]
        raise AboutAnotherState(tr(
            "{file} is about {other} (its header says \"{line}\"), but this workspace follows {ours}: nothing was "
            "imported. To follow {other}, create a workspace for it: {command}",
            file=file_name, other=other, line=parsed.about_line or other, ours=target, command=_new_workspace_command(other)),
            file=file_name, states=other, first=other, ours=target, header=parsed.about_line or other)
    if parsed.has_state_column:
        named = Counter(rec.state_under_review for rec in parsed.records if rec.state_under_review)
        if named and target not in named:
            listed = ", ".join(f"{name} ({count})" for name, count in named.most_common(5))
            first = named.most_common(1)[0][0]
            raise AboutAnotherState(tr(
                "{file} holds recommendations to {listed}, none to {ours}: nothing was imported. Import it with "
                "--country STATE (or --all-states) to keep them anyway, or create a workspace for {first}: {command}",
                file=file_name, listed=listed, ours=target, first=first, command=_new_workspace_command(first)),
                file=file_name, states=listed, first=first, ours=target)
        if named:
            return target
    recommending_itself = [rec.row for rec in parsed.records if target in rec.recommending_states]
    if recommending_itself:
        rows = ", ".join(str(r) for r in recommending_itself[:5])
        raise UserError(tr(
            "{file} does not say which State it is about, and it names {ours} as a recommending State (rows {rows}): "
            "it must be about another State. Nothing was imported. Give its State with --country STATE, in a "
            "workspace for that State.", file=file_name, ours=target, rows=rows))
    if parsed.records:
        report.warnings.append(tr(
            "{file} does not say which State it is about; its recommendations were taken as {ours}'s. If they are "
            "not, undo this import (Exchange > History in the app, or upr-desktop imports undo) and import it in a "
            "workspace for their State.",
            file=file_name, ours=target))
    return target


def apply_filters(parsed: ParsedFile, options: ImportOptions, home: str, report: ImportReport,
                  file_name: str = "") -> list[ImportedRecommendation]:
    """Check the State, keep the State (and cycle, session) asked for; count what is left out.

    Row errors of other States' rows are dropped too: a whole UPR Info export's bad rows elsewhere are
    not this coalition's business.
    """
    target = check_state(parsed, options, home, file_name or report.file, report)
    report.state_under_review = target
    kept: list[ImportedRecommendation] = []
    left = Counter[str]()
    fill_cycle = options.cycle is not None and parsed.format == "ohchr-matrix"
    for rec in parsed.records:
        if rec.state_under_review is None:
            rec.state_under_review = target
            rec.key = None
        if not options.all_states and rec.state_under_review != target:
            left[rec.state_under_review] += 1
            continue
        if options.session is not None:
            if rec.session is None:
                rec.session = options.session
                rec.key = None
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
        report.warnings.append(trn("%n recommendations to other States (or other cycles/sessions) were left out.", report.left_out))
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


def write_in_copy_or_in_place(ws: WorkspaceFile, in_copy: bool, transaction: Transaction, monitor: Monitor,
                              write: Callable[[Session, list[Any] | None], int]) -> tuple[int, Path | None]:
    """Run ``write`` in one transaction: on a copy swapped in afterwards (``in_copy``; returns the backup the old
    file became), or on the workspace itself (its backup was taken before). Returns the import run's id.

    In a copy, ``write`` may leave its bulk insert as steps (its second argument) run after its transaction through
    the copy's bulk connection (copy_build.run_in_bulk), still before the copy is swapped in: no one sees the copy
    between the two, and any failure or cancel deletes it."""
    from upr_desktop.core.storage import copy_build

    if not in_copy:
        with transaction(ws) as session:
            return write(session, None), None
    monitor.report(0, 1, tr("Copying the workspace to build the import into"))
    with copy_build.build_in_copy(ws, backup_reason="before-import") as build:
        monitor.check()
        later: list[Any] = []
        with transaction(build.workspace) as session:
            run_id = write(session, later)
        if later:
            copy_build.run_in_bulk(build.workspace, later)
    return run_id, build.backup


def _own_transaction(target: WorkspaceFile) -> AbstractContextManager[Session]:
    return target.transaction()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _sha256_or_empty(path: Path) -> str:
    try:
        return _sha256(path) if path.is_file() else ""  # never a pipe or a device: check_file says what it is
    except OSError:
        return ""


def _same_file_again(ws: WorkspaceFile, path: Path, sha256: str, options: dict[str, object], home: str, transaction: Transaction,
                     monitor: Monitor) -> ImportReport | None:
    """The same bytes imported again with the same options into a workspace unchanged since: its report, without reading it.

    Reading, planning and comparing 100,000 rows can only find each of them unchanged then (write_plan.earlier_run_unchanged
    says when that holds). The run is recorded as any import that changed nothing is.
    """
    with ws.session() as session:
        earlier = earlier_run_unchanged(session, sha256, options, home, __version__)
        session.rollback()
    if earlier is None:
        return None
    return _earlier_run_again(ws, path, sha256, earlier, earlier.get("cells"), transaction, monitor)


def _earlier_runs(ws: WorkspaceFile, options: dict[str, object], home: str) -> list[dict[str, Any]]:
    """Reports of the imports with these options after which nothing changed, that say which cells they read."""
    with ws.session() as session:
        found = earlier_runs_unchanged(session, options, home, __version__)
        session.rollback()
    return [report for report in found if report.get("cells")]


def _same_cells_again(ws: WorkspaceFile, path: Path, cells: str, earlier: list[dict[str, Any]], transaction: Transaction,
                      monitor: Monitor) -> ImportReport | None:
    """Other bytes holding the same cells as an earlier import into a workspace unchanged since (``_earlier_runs``): its
    report, without reading the rows into records and comparing them (importers/cells_digest.py says why that holds).

    Not when the earlier report's messages name its file and this one has another name: they would name the wrong file.
    """
    for report in earlier:
        if report.get("cells") != cells:
            continue
        named = str(report.get("file") or "")
        messages = [*map(str, report.get("warnings", [])), *(str(e.get("message", "")) for e in report.get("errors", []))]
        if named != path.name and any(named in message for message in messages):
            return None
        return _earlier_run_again(ws, path, _sha256(path), report, cells, transaction, monitor)
    return None


def _earlier_run_again(ws: WorkspaceFile, path: Path, sha256: str, earlier: dict[str, Any], cells: str | None, transaction: Transaction,
                       monitor: Monitor) -> ImportReport:
    """An import that can only find every kept row unchanged, reported and recorded from the earlier run's report."""
    options, home = earlier["options"], earlier["home_state"]
    kept = earlier.get("added", 0) + earlier.get("updated", 0) + earlier.get("unchanged", 0)
    errors = [RowError(int(e["row"]), str(e["message"])) for e in earlier.get("errors", [])]
    report = ImportReport(file=path.name, format=str(earlier["format"]), unchanged=kept, skipped=int(earlier.get("skipped", 0)),
                          errors=errors, left_out=int(earlier.get("left_out", 0)), left_out_states=dict(earlier.get("left_out_states", {})),
                          warnings=list(earlier.get("warnings", [])), mapping=dict(earlier.get("mapping", {})),
                          merged_rows=int(earlier.get("merged_rows", 0)), state_under_review=earlier.get("state_under_review"),
                          encoding=earlier.get("encoding"), headings=int(earlier.get("headings", 0)))
    saved = report.as_dict()
    saved.update(options=options, home_state=home, app_version=__version__, cells=cells)
    counts = {"added": 0, "updated": 0, "unchanged": report.unchanged, "skipped": report.skipped}
    with transaction(ws) as session:
        report.import_run_id = record_unchanged_run(session, report.format, path.name, sha256, saved, counts)
    monitor.report(1, 1, tr("Import finished"))
    return report


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
    (the operations layer's, which gathers what changed). An import that at least doubles the workspace is
    built into a copy swapped in at the end, the old file becoming the backup (core.storage.copy_build).
    """
    # An import allocates millions of small objects that all live until the end: the cyclic garbage
    # collector would rescan them again and again (it doubled the time of a 100,000-row import).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _import_file(ws, path, options, progress=progress, cancel=cancel, dry_run=dry_run,
                            transaction=transaction or _own_transaction)
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
    from upr_desktop.core.storage import backups, copy_build

    options = options or ImportOptions()
    monitor = Monitor(progress, cancel)
    path = Path(path).expanduser()
    if not dry_run:
        ws.require_writable()  # refused before the file is read: nothing is written, no backup either
    saved_options = {"format": options.format, "country": options.country, "all_states": options.all_states,
                     "cycle": options.cycle, "session": options.session, "mapping": options.mapping,
                     "responses_on": options.responses_on.isoformat() if options.responses_on else None}
    home = ws.record().state_under_review
    sha256 = "" if dry_run else _sha256_or_empty(path)  # a file that cannot be read is refused by read_source, in its words
    if sha256:
        again = _same_file_again(ws, path, sha256, saved_options, home, transaction, monitor)
        if again is not None:
            return again
    # Imports after which nothing changed, made with these options: a file holding the same cells as one of them is
    # not compared row by row (_same_cells_again).
    earlier = [] if dry_run else _earlier_runs(ws, saved_options, home)
    # Else the workspace's side is read on a second thread while the file is read (the spreadsheet reader
    # and SQLite both release the GIL): a re-import of a big export compares against every row.
    # A workspace with imported recommendations has its side loaded beside the file's (prefetch): the file is read the
    # lean way then (a re-import of 100,000 rows: 259 -> 232 MB); into one with none, the faster way.
    with ws.session() as session:
        lean = compares_against_rows(session)
        session.rollback()
    prefetch = None if earlier else _Prefetch(ws)
    try:
        source = open_source(path, monitor, lean=lean)
        if earlier:  # the rows are read (and their cells digested) before any of them is compared
            cells = cells_digest(source)
            again = _same_cells_again(ws, path, cells, earlier, transaction, monitor) if cells else None
            if again is not None:
                return again
        prefetch = prefetch or _Prefetch(ws)
        parsed = parse_source(source, options, monitor)
        cells = None if dry_run else cells_digest(source)  # a sheet's digest was taken as its rows were read
        del source  # its cells (tens of MB for a large export) are not needed once read into records
        state = prefetch.result()
    finally:
        if prefetch is not None:
            prefetch.join()
    report = ImportReport(file=path.name, format=parsed.format, mapping=parsed.mapping, dry_run=dry_run,
                          encoding=parsed.encoding, headings=len(parsed.headings))
    kept = apply_filters(parsed, options, home, report)
    errors = parsed.errors
    with ws.session() as session:
        plan = plan_import(session, kept, parsed.format, monitor, state)
        in_copy = not dry_run and builds_most_of_the_table(session, plan)
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
    in_copy = in_copy and copy_build.can_build_in_copy(ws)
    if plan.changes_anything and not in_copy:
        taken = backups.backup(ws, reason="before-import")  # None: a server's, without pg_dump here (left out, logged)
        report.backup = str(taken) if taken is not None else None
    saved = report.as_dict()
    saved["errors"] = saved["errors"][:MAX_ERRORS_KEPT]
    saved.update(options=saved_options, home_state=home, app_version=__version__, cells=cells)
    counts = {"added": report.added, "updated": report.updated, "unchanged": report.unchanged, "skipped": report.skipped}
    sha256 = sha256 or _sha256(path)
    report.import_run_id, kept_as_backup = write_in_copy_or_in_place(
        ws, in_copy, transaction, monitor,
        lambda session, later: write_plan(session, plan, file_name=path.name, sha256=sha256, home_state=home, report=saved,
                                          counts=counts, monitor=monitor, responses_on=options.responses_on, later=later))
    if kept_as_backup is not None:
        report.backup = str(kept_as_backup)
    monitor.report(1, 1, tr("Import finished"))
    return report
