"""Which SQLite connection builds a 100,000-recommendation import into the copy fastest: Python's sqlite3, sqlcipher3
(no key: plain SQLite, but the newer SQLite it bundles) or apsw (a newer bundled SQLite, not a DB-API module).

The rows are the ones the real importer stores (read, planned and written once through ``write_plan``); each run then
writes exactly the importer's bulk statements into a fresh copy of an empty workspace, with the copy's pragmas
(journal and sync off, ``core.storage.copy_build``): full-text and count triggers and plain indexes set aside,
``executemany`` of the recommendations and their theme links in 5,000-row chunks, the full-text index in one
``INSERT ... SELECT``, the change log from the inserted rows, indexes and triggers back, commit. Same SQL, same
rows: only the connection differs. Runs alternate between drivers; medians of --runs; wall and process CPU. Every
file built is then opened by Python's sqlite3 and must pass ``PRAGMA integrity_check``.

    python benchmarks/bulk_connection.py [--rows 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _connect(driver: str, path: Path) -> Any:
    if driver == "sqlite3":
        return sqlite3.connect(path, isolation_level=None)
    if driver == "sqlcipher3 (no key)":
        import sqlcipher3

        return sqlcipher3.connect(str(path), isolation_level=None)
    import apsw

    return apsw.Connection(str(path))


def _version(driver: str) -> str:
    if driver == "sqlite3":
        return sqlite3.sqlite_version
    if driver == "sqlcipher3 (no key)":
        import sqlcipher3

        return sqlcipher3.sqlite_version
    import apsw

    return apsw.sqlite_lib_version()


def build(driver: str, template: Path, target: Path, recs: list[tuple], links: dict[str, list[tuple]]) -> tuple[float, float]:
    from upr_desktop.core.read import figure_tally
    from upr_desktop.core.storage.index_pause import drop_secondary_indexes
    from upr_desktop.importers.bulk import set_aside_triggers, suspend_fts_trigger

    shutil.copyfile(template, target)
    wall, cpu = time.perf_counter(), time.process_time()
    conn = _connect(driver, target)
    cur = conn.cursor()
    for pragma in ("journal_mode=OFF", "synchronous=OFF", "foreign_keys=ON", "temp_store=MEMORY", "cache_size=-65536"):
        cur.execute(f"PRAGMA {pragma}")
    cur.execute("BEGIN")
    cur.execute("INSERT INTO operation (at, actor, source, kind, label, state) VALUES ('2026-01-01', 'b', 'import:x', 'import', 'x', 'done')")
    operation = conn.last_insert_rowid() if driver == "apsw" else cur.lastrowid
    trigger_sql, index_sql = suspend_fts_trigger(cur)  # type: ignore[misc]
    tally = set_aside_triggers(cur, figure_tally.INSERT_TRIGGERS)
    deferred = drop_secondary_indexes(cur, ["recommendation", *links])
    marks = ", ".join("?" * len(recs[0]))
    for start in range(0, len(recs), 5_000):
        cur.executemany(f"INSERT INTO recommendation VALUES ({marks})", recs[start : start + 5_000])
        for table, pairs in links.items():
            chunk = [p for p in pairs if start < p[0] <= start + 5_000]
            if chunk:
                cur.executemany(f"INSERT INTO {table} (recommendation_id, {'theme_id' if table.endswith('theme') else 'sdg_id' if table.endswith('sdg') else 'affected_group_id'}) VALUES (?, ?)", chunk)
    cur.execute(index_sql, (1,))
    cur.execute(trigger_sql)
    for sql in tally:
        cur.execute(sql)
    cur.execute("INSERT INTO change_log (operation_id, at, actor, source, entity, entity_id, entity_uuid, op, field, old_value, new_value) "
                "SELECT ?, '2026-01-01', 'b', 'import:x', 'recommendation', id, uuid, 'create', NULL, NULL, "
                "json_object('ref', ref, 'source_key', source_key, 'source_format', source_format) FROM recommendation ORDER BY id", (operation,))
    for sql in deferred:
        cur.execute(sql)
    cur.execute("COMMIT")
    cur.execute("PRAGMA journal_mode=WAL")
    conn.close()
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("UPR_DESKTOP_HOME", tempfile.mkdtemp(prefix="upr-bench-"))
    from import_sqlite_floor import importer_write, planned_records

    from upr_desktop.core.storage.workspace_file import create_workspace

    drivers = ["sqlite3", "sqlcipher3 (no key)"]
    try:
        import apsw  # noqa: F401

        drivers.append("apsw")
    except ImportError:
        print("apsw is not installed: measuring sqlite3 and sqlcipher3 only")
    records, fmt, file_name = planned_records(args.rows)
    gc.disable()
    figures: dict[str, list[tuple[float, float]]] = {d: [] for d in drivers}
    with tempfile.TemporaryDirectory(prefix="upr-bulk-") as tmp:
        work = Path(tmp)
        template = work / "template.uprw"
        create_workspace(template, name="Bulk", country="Thailand").close()
        _plan, _write, built = importer_write(template, work, records, fmt, file_name)
        conn = sqlite3.connect(built)
        recs = conn.execute("SELECT * FROM recommendation ORDER BY id").fetchall()
        links = {t: conn.execute(f"SELECT recommendation_id, {c} FROM {t} ORDER BY id").fetchall()
                 for t, c in (("recommendation_theme", "theme_id"), ("recommendation_sdg", "sdg_id"),
                              ("recommendation_affected_group", "affected_group_id"))}
        targets = conn.execute("SELECT * FROM theme").fetchall()
        conn.close()
        conn = sqlite3.connect(template)  # the themes the links point to, as the importer creates them first
        conn.executemany(f"INSERT INTO theme VALUES ({', '.join('?' * len(targets[0]))})", targets)
        conn.commit()
        conn.close()
        for _run in range(args.runs):
            for driver in drivers:
                target = work / f"{driver.split()[0]}.uprw"
                figures[driver].append(build(driver, template, target, recs, links))
                check = sqlite3.connect(target)
                verdict = check.execute("PRAGMA integrity_check").fetchall()
                count = check.execute("SELECT count(*) FROM recommendation_fts WHERE recommendation_fts MATCH 'torture'").fetchone()[0]
                check.close()
                assert verdict == [("ok",)] and count, (driver, verdict, count)
                target.unlink()
    base_wall = statistics.median(w for w, _c in figures["sqlite3"])
    base_cpu = statistics.median(c for _w, c in figures["sqlite3"])
    print(f"{len(recs):,} recommendations, {sum(map(len, links.values())):,} links; medians of {args.runs}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  {'connection':22s} {'SQLite':>8s} {'wall':>7s} {'cpu':>7s}  x sqlite3 (wall / cpu)")
    for driver in drivers:
        wall = statistics.median(w for w, _c in figures[driver])
        cpu = statistics.median(c for _w, c in figures[driver])
        print(f"  {driver:22s} {_version(driver):>8s} {wall:6.2f}s {cpu:6.2f}s  {wall / base_wall:5.2f}x / {cpu / base_cpu:4.2f}x"
              + ("  (baseline)" if driver == "sqlite3" else "") + "  integrity_check under sqlite3: ok")


if __name__ == "__main__":
    main()
