"""What the database side of a 100,000-recommendation import costs, next to the bare floor of sqlite3, in one run.

The replay is the importer itself, not a copy of its statements: the file is read and planned once (the real
readers, filters and ``plan_import``), then every run writes that plan into a fresh workspace through the real
``write_plan`` in the workspace's own transaction (the full-text and dashboard-count triggers and the plain indexes
set aside exactly as the importer sets them aside, the change log, the commit with the workspace's pragmas). The
baseline is measured alternately in the same run: Python's sqlite3 ``executemany`` of the very rows the import
stored (recommendations and theme links) into tables with no index, trigger or full-text index, plus the commit.
An earlier version of this script replayed its own copy of the statements and left migration 0006's
dashboard-count triggers firing on every row, which the importer sets aside (10.7 s instead of 2.75 s).

    python benchmarks/import_sqlite_floor.py [--rows 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def planned_records(rows: int) -> tuple[list, str, str]:
    """The records the importer keeps from the benchmark file (read once), its format and the home State."""
    from upr_desktop.importers.imported import ImportOptions, ImportReport
    from upr_desktop.importers.run import apply_filters, read_source

    source = OUT / f"upr_info_{rows}.xlsx"
    if not source.exists():
        subprocess.run([sys.executable, str(Path(__file__).with_name("import_100k.py")), "--rows", str(rows), "--runs", "1"], check=True)
    options = ImportOptions(all_states=True)
    parsed = read_source(source, options)
    report = ImportReport(file=source.name, format=parsed.format)
    kept = apply_filters(parsed, options, "Thailand", report)
    return kept, parsed.format, source.name


def importer_write(template: Path, work: Path, records: list, fmt: str, file_name: str) -> tuple[float, float, Path]:
    """Plan and write the import as import_file does: seconds to plan; seconds to write and commit (for an import that
    doubles the workspace, as here: copy, build in the copy, swap it in, the old file kept as the backup)."""
    from upr_desktop.core.storage.copy_build import can_build_in_copy
    from upr_desktop.core.storage.workspace_file import open_workspace
    from upr_desktop.importers.imported import Monitor
    from upr_desktop.importers.run import write_in_copy_or_in_place
    from upr_desktop.importers.write_plan import builds_most_of_the_table, plan_import, write_plan

    path = work / "import.uprw"
    shutil.copyfile(template, path)
    ws = open_workspace(path, check=False)
    try:
        start = time.perf_counter()
        with ws.session() as session:
            plan = plan_import(session, records, fmt, Monitor(), None)
            planned = time.perf_counter() - start
            in_copy = builds_most_of_the_table(session, plan)  # as import_file decides
            session.rollback()
        in_copy = in_copy and can_build_in_copy(ws)
        counts = {"added": len(plan.new), "updated": len(plan.updates), "unchanged": plan.unchanged, "skipped": 0}
        start = time.perf_counter()
        write_in_copy_or_in_place(ws, in_copy, lambda target: target.transaction(), Monitor(),
                                  lambda session, later: write_plan(session, plan, file_name=file_name, sha256="0" * 64, home_state="Thailand",
                                                                    report={}, counts=counts, monitor=Monitor(), later=later))
        written = time.perf_counter() - start
    finally:
        ws.close()
    return planned, written, path


def bare_write(work: Path, recs: list[tuple], links: list[tuple]) -> float:
    """The floor: the same rows into index-free, trigger-free tables through sqlite3 executemany, plus the commit."""
    path = work / "bare.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")  # what the workspace uses
        marks = ", ".join("?" * len(recs[0]))
        conn.execute(f"CREATE TABLE rec ({', '.join(f'c{i}' for i in range(len(recs[0])))})")
        conn.execute("CREATE TABLE link (recommendation_id INTEGER, theme_id INTEGER)")
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO rec VALUES ({marks})", recs)
        conn.executemany("INSERT INTO link VALUES (?, ?)", links)
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()
        path.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("UPR_DESKTOP_HOME", tempfile.mkdtemp(prefix="upr-bench-"))
    from upr_desktop.core.storage.workspace_file import create_workspace

    records, fmt, file_name = planned_records(args.rows)
    gc.disable()  # as import_file does
    plans, writes, bares = [], [], []
    with tempfile.TemporaryDirectory(prefix="upr-floor-") as tmp:
        work = Path(tmp)
        template = work / "template.uprw"
        create_workspace(template, name="Floor", country="Thailand").close()
        stored: tuple[list[tuple], list[tuple]] | None = None
        for _ in range(args.runs):
            planned, written, path = importer_write(template, work, records, fmt, file_name)
            plans.append(planned)
            writes.append(written)
            if stored is None:
                conn = sqlite3.connect(path)
                stored = (conn.execute("SELECT * FROM recommendation ORDER BY id").fetchall(),
                          conn.execute("SELECT recommendation_id, theme_id FROM recommendation_theme ORDER BY id").fetchall())
                conn.close()
            for leftover in work.glob("import.uprw*"):
                leftover.unlink()
            bares.append(bare_write(work, *stored))
    recs, links = stored
    bare, write, plan = statistics.median(bares), statistics.median(writes), statistics.median(plans)
    print(f"{len(recs):,} recommendations, {len(links):,} theme links; sqlite {sqlite3.sqlite_version};"
          f" medians of {args.runs}, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  bare executemany + commit (baseline)     {bare:5.2f} s")
    print(f"  importer's write (copy, write_plan, swap) {write:5.2f} s  = {write / bare:.1f} x the baseline")
    print(f"  importer's plan_import (before writing)  {plan:5.2f} s")


if __name__ == "__main__":
    main()
