"""Integrity you can trust: every page read, and everything the app itself stores verified and named.

``PRAGMA quick_check`` (run at every open) proves the file's structure; a byte flipped inside a value
passes it, and then a list that is no longer JSON made ``recommendations list``, ``export-json``,
``export-workbook`` and ``report`` crash, and a flipped id went unnoticed. :func:`check_workspace`
reads every page and index (``PRAGMA integrity_check``, foreign keys), then every stored value the
way the app will read it (JSON lists and objects, dates, ids, booleans, numbers, UTF-8 text), the
change log against the records it describes (the id each record was created with), and the
full-text index against the recommendations (FTS5 ``integrity-check``). A damaged record is named
("recommendation 145.2 (row 17): ..."), and its row is listed so that everything else can still be
read and exported (``export-json --salvage``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from upr_desktop.i18n import tr

if TYPE_CHECKING:
    from upr_desktop.core.storage.workspace_file import WorkspaceFile

Progress = Callable[[int, int, str], None]
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_INDEX_ROW = re.compile(r"row (\d+) missing from index (\S+)")
_CHUNK = 2_000
# Columns naming a record for people, in order of preference.
_LABELS = ("ref", "acronym", "name", "label", "file_name", "government_body", "description", "code")
def _entity(table: str) -> str:
    """A table's records as people name them."""
    return {
        "recommendation": tr("recommendation"), "member_group": tr("member group"), "assessment": tr("assessment"),
        "assignment": tr("assignment"), "consultation": tr("consultation"), "follow_up_action": tr("follow-up action"),
        "theme": tr("theme"), "merge_batch": tr("merge"), "import_run": tr("import"), "operation": tr("change"),
        "change_log": tr("change-log entry"), "workspace": tr("workspace record"),
    }.get(table, table)


@dataclass
class IntegrityReport:
    """What :func:`check_workspace` found; ``damaged`` lists unreadable rows by table."""

    problems: list[str] = field(default_factory=list)
    damaged: dict[str, set[int]] = field(default_factory=dict)
    unreadable_tables: set[str] = field(default_factory=set)  # tables whose pages cannot all be read
    rows_checked: int = 0
    search_index_ok: bool | None = None  # None: not checked (a read-only file)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, table: str, row_id: int | None, problem: str) -> None:
        self.problems.append(problem)
        if row_id is not None:
            self.damaged.setdefault(table, set()).add(row_id)


def check_workspace(ws: WorkspaceFile, *, progress: Progress | None = None) -> IntegrityReport:
    """Read and verify everything in the workspace; never raises for damage, it reports it."""
    if ws.is_server:
        return ws.check_in_sql()  # type: ignore[attr-defined, no-any-return]
    report = IntegrityReport()
    conn = ws.connector.connect(ws.path)
    try:
        conn.text_factory = bytes  # text is decoded here, so that a value that is not UTF-8 is named, not fatal
        _structure(conn, report)
        _values(conn, report, progress)
        _change_log(conn, report)
        _search_index(conn, report, read_only=ws.read_only is not None)
    finally:
        conn.close()
    return report


def _label(conn: Any, table: str, row_id: int) -> str:
    """'recommendation 145.2 (row 17)', or 'row 17 of recommendation' when nothing names it."""
    name = _entity(table)
    try:
        columns = [r[1].decode() if isinstance(r[1], bytes) else r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        shown = next((c for c in _LABELS if c in columns), None)
        if table in ("assessment", "assignment") and "recommendation_id" in columns:
            row = conn.execute(f'SELECT r.ref FROM "{table}" t JOIN recommendation r ON r.id = t.recommendation_id WHERE t.id = ?', (row_id,)).fetchone()
            if row and row[0]:
                return tr("{entity} of recommendation {ref} (row {row})", entity=name, ref=_text(row[0])[:60], row=row_id)
        if shown:
            row = conn.execute(f'SELECT "{shown}" FROM "{table}" WHERE rowid = ?', (row_id,)).fetchone()
            if row and row[0] not in (None, b""):
                return tr("{entity} {name} (row {row})", entity=name, name=_text(row[0])[:60], row=row_id)
    except Exception:  # noqa: BLE001, S110 - the name is a courtesy; the row number always stands
        pass
    return tr("row {row} of {table}", row=row_id, table=table)


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


# -- pages, indexes, foreign keys ----------------------------------------------------------------
def _structure(conn: Any, report: IntegrityReport) -> None:
    try:
        rows = [_text(r[0]) for r in conn.execute("PRAGMA integrity_check(100)")]
    except Exception as exc:  # noqa: BLE001 - a file too damaged for SQLite to walk
        report.problems.append(tr("The file's pages cannot be read: {reason}", reason=exc))
        return
    if rows == ["ok"]:
        pass
    else:
        index_table = {_text(r[0]): _text(r[1]) for r in conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'")}
        for line in rows:
            found = _INDEX_ROW.search(line)
            if found and found[2] in index_table:
                table, row_id = index_table[found[2]], int(found[1])
                report.add(table, row_id, tr("{record}: its row and the index {index} disagree (a stored value was changed outside the app, or damaged).",
                                             record=_label(conn, table, row_id), index=found[2]))
            else:
                report.problems.append(tr("The file's structure: {detail}", detail=line))
    try:
        for row in conn.execute("PRAGMA foreign_key_check"):
            table, row_id, parent = _text(row[0]), row[1], _text(row[2])
            report.add(table, row_id, tr("{record} refers to a {parent} that does not exist.", record=_label(conn, table, row_id), parent=_entity(parent)))
    except Exception as exc:  # noqa: BLE001
        report.problems.append(tr("The links between records cannot be checked: {reason}", reason=exc))


# -- every stored value --------------------------------------------------------------------------
def _check_text(value: Any) -> str | None:
    if isinstance(value, bytes):
        try:
            value.decode("utf-8")
        except UnicodeDecodeError:
            return tr("it is not readable text")
        return None
    return None if value is None else tr("it is not text")


def _json_checker(kind: type | None) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if value is None or value == b"":
            return None
        if not isinstance(value, bytes):
            return tr("it is not JSON text")
        try:
            parsed = json.loads(value.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return tr("it is not valid JSON")
        if kind is not None and not isinstance(parsed, kind):
            return tr("it is not a JSON {kind}", kind="list" if kind is list else "object")
        return None

    return check


def _date_checker(parse: Callable[[str], Any]) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, bytes):
            return tr("it is not a date")
        try:
            parse(value.decode("ascii"))
        except (UnicodeDecodeError, ValueError):
            return tr("'{value}' is not a date", value=value[:30].decode("ascii", "replace"))
        return None

    return check


def _check_uuid(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, bytes) or not _UUID.fullmatch(value.decode("ascii", "replace")):
        return tr("'{value}' is not an id", value=_text(value)[:40])
    return None


def _check_int(value: Any) -> str | None:
    return None if value is None or isinstance(value, int) else tr("it is not a whole number")


def _check_bool(value: Any) -> str | None:
    return None if value in (None, 0, 1) else tr("it is neither yes nor no")


def _checkers(table: Any) -> list[tuple[str, Callable[[Any], str | None]]]:
    """How each column's values must look, from the models' own types."""
    from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text

    from upr_desktop.core.domain.models.base import JSONDict, JSONList

    found = []
    for column in table.columns:
        kind = column.type
        name = column.name
        if isinstance(kind, JSONList):
            check = _json_checker(list)
        elif isinstance(kind, JSONDict):
            check = _json_checker(dict)
        elif table.name == "change_log" and name in ("old_value", "new_value"):
            check = _json_checker(None)
        elif isinstance(kind, DateTime):
            check = _date_checker(datetime.fromisoformat)
        elif isinstance(kind, Date):
            check = _date_checker(date.fromisoformat)
        elif isinstance(kind, Boolean):
            check = _check_bool
        elif isinstance(kind, Integer):
            check = _check_int
        elif isinstance(kind, String | Text) and (name == "uuid" or name.endswith("_uuid") or name == "export_id"):
            check = _check_uuid
        elif isinstance(kind, String | Text):
            check = _check_text
        else:
            continue
        found.append((name, check))
    return found


def _values(conn: Any, report: IntegrityReport, progress: Progress | None) -> None:
    from upr_desktop.core.domain.models import Base

    tables = list(Base.metadata.sorted_tables)
    for number, table in enumerate(tables):
        if progress:
            progress(number, len(tables), tr("Checking {table}", table=table.name))
        checkers = _checkers(table)
        names = ", ".join(f'"{n}"' for n, _check in checkers)
        try:
            last = conn.execute(f'SELECT max(rowid) FROM "{table.name}"').fetchone()[0] or 0
        except Exception as exc:  # noqa: BLE001
            report.unreadable_tables.add(table.name)
            report.problems.append(tr("The table {table} cannot be read: {reason}", table=table.name, reason=exc))
            continue
        start = 0
        while start <= last:
            _scan(conn, report, table.name, names, checkers, start, min(start + _CHUNK - 1, last))
            start += _CHUNK
    if progress:
        progress(len(tables), len(tables), tr("Checking the change log"))


def _scan(conn: Any, report: IntegrityReport, table: str, names: str, checkers: list[tuple[str, Callable[[Any], str | None]]],
          low: int, high: int) -> None:
    """Check rows ``low``..``high``; a range whose pages cannot be read is split until the bad rows are found."""
    try:
        rows = conn.execute(f'SELECT rowid, {names} FROM "{table}" WHERE rowid BETWEEN ? AND ?', (low, high)).fetchall()
    except Exception as exc:  # noqa: BLE001 - damaged pages under this range
        if high - low < 1:
            report.unreadable_tables.add(table)
            report.add(table, low, tr("row {row} of {table} cannot be read at all: {reason}", row=low, table=table, reason=exc))
            return
        middle = (low + high) // 2
        _scan(conn, report, table, names, checkers, low, middle)
        _scan(conn, report, table, names, checkers, middle + 1, high)
        return
    report.rows_checked += len(rows)
    for row in rows:
        for (column, check), value in zip(checkers, row[1:], strict=True):
            problem = check(value)
            if problem is not None:
                report.add(table, row[0], tr("{record}: the stored {column} cannot be read: {problem}.",
                                             record=_label(conn, table, row[0]), column=column, problem=problem))


# -- the change log against the records -----------------------------------------------------------
def _change_log(conn: Any, report: IntegrityReport) -> None:
    """Each record still has the id the change log says it was last written with."""
    from upr_desktop.core.domain.models import Base

    for table in Base.metadata.sorted_tables:
        if "uuid" not in table.c or table.name in ("workspace",):
            continue
        query = (
            f'SELECT t.id, c.entity_uuid, t.uuid FROM change_log c '
            f'JOIN (SELECT entity_id, max(id) AS last FROM change_log WHERE entity = ? AND entity_uuid IS NOT NULL GROUP BY entity_id) l ON l.last = c.id '
            f'JOIN "{table.name}" t ON t.id = c.entity_id WHERE t.uuid IS NOT c.entity_uuid'
        )
        try:
            rows = conn.execute(query, (table.name,)).fetchall()
        except Exception as exc:  # noqa: BLE001
            report.problems.append(tr("The change log cannot be compared with {table}: {reason}", table=table.name, reason=exc))
            continue
        for row_id, logged, stored in rows:
            report.add(table.name, row_id, tr("{record}: its id is {stored} but the change log recorded {logged}; the id was changed outside the app (or damaged).",
                                              record=_label(conn, table.name, row_id), stored=_text(stored)[:40], logged=_text(logged)))


# -- the full-text index --------------------------------------------------------------------------
def _search_index(conn: Any, report: IntegrityReport, *, read_only: bool) -> None:
    if read_only:
        return  # FTS5's check is an INSERT: it needs a file that can be written, even though it changes nothing
    try:
        conn.execute("SAVEPOINT upr_fts_check")
        try:
            conn.execute("INSERT INTO recommendation_fts(recommendation_fts, rank) VALUES ('integrity-check', 1)")
            report.search_index_ok = True
        finally:
            conn.execute("ROLLBACK TO upr_fts_check")
            conn.execute("RELEASE upr_fts_check")
    except Exception as exc:  # noqa: BLE001 - SQLITE_CORRUPT_VTAB: the index and the rows differ
        report.search_index_ok = False
        report.problems.append(tr("The search index does not match the recommendations ({reason}); searches may miss or show the wrong ones. "
                                  "Rebuild it with: upr-desktop check --rebuild-search-index", reason=exc))


def rebuild_search_index(ws: WorkspaceFile) -> None:
    """Rebuild the full-text index from the recommendations themselves (nothing else is touched)."""
    if ws.is_server:
        return ws.rebuild_search_column()  # type: ignore[attr-defined, no-any-return]
    ws.require_writable()
    conn = ws.connector.connect(ws.path)
    try:
        conn.execute("INSERT INTO recommendation_fts(recommendation_fts) VALUES ('rebuild')")
        conn.commit()
    finally:
        conn.close()


def copies_at_risk(ws: WorkspaceFile) -> list[str]:
    """Copies of a protected workspace that are not protected (left by an older version killed mid-way)."""
    from upr_desktop.core.storage import key_change
    from upr_desktop.core.storage.sqlcipher import file_salt

    if file_salt(ws.path) is None:
        return []
    copies = key_change.copies_of(ws.path, ws.settings.backup_path())
    return [tr("{copy} is not protected by a passphrase while the workspace is: run `upr-desktop protect` to protect it too.", copy=copy)
            for copy in [*copies.backups, *copies.aside] if file_salt(copy) is None]
