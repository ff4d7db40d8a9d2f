"""100,000 recommendations on a PostgreSQL server, beside the same on a workspace file, in one run.

Figures (issue 16's targets): a search keystroke -> the first page of rows <= 150 ms (beside the rest of
the ids that follow it, and the bare full-text query of every match as a baseline); the import
<= 2x the SQLite import of the same file; 10 writers x 200 assessments at once with nothing lost
and no deadlock. A throwaway cluster is started like the tests' (tests/pg.py) unless --server
names yours (a role that may CREATE DATABASE). Each import runs once per engine in this process (--imports N:
N times each, alternately, medians) after a warm-up of the importer on 1,000 rows (the file is read by the same
code on both sides); the server's bulk write is broken down by step (importers/server_bulk.stages).

    python benchmarks/postgres_100k.py [--rows 100000] [--imports 1] [--writers 10] [--each 200] [--server URL]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

KEYSTROKES = ["t", "to", "tor", "tort", "tortu", "torture", "c", "ch", "chi", "chil", "child", "children", "tra", "traffick",
              "jud", "judiciary", "hum", "human rights", "rati", "ratify optional"]
WRITER = """
import sys, time
from upr_desktop.operations.workspace import open_workspace
from upr_desktop.core.services import assessments
url, who, each, refs = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].split(",")
with open_workspace(url) as ws:
    start = time.perf_counter()
    for i in range(each):
        with ws.transaction() as s:
            assessments.record_assessment(s, ref=refs[i % len(refs)], group="ACR", status="partially-implemented",
                                          evidence=who + " " + str(i), assessed_on="2026-01-01")
    print(time.perf_counter() - start)
"""


def _import(location: str, path: Path) -> float:
    from upr_desktop.importers.imported import ImportOptions
    from upr_desktop.operations import importing
    from upr_desktop.operations.workspace import create_workspace

    with create_workspace(location, name="Bench", country="Thailand") as ws:
        start = time.perf_counter()
        report = importing.import_file(ws, path, ImportOptions(all_states=True)).result
        took = time.perf_counter() - start
        assert report.added > 0, report
    return took


def _keystrokes(location: str) -> dict[str, list[float]]:
    """The Recommendations table's path for one keystroke (operations.table_start: the first page of rows, on a
    server a broad search's first page alone), then the rest of the ids the table asks for next (table_ids), beside
    the bare full-text query that returns every match's id (the baseline: what any search must at least cost)."""
    from upr_desktop.core.read.recommendation_list import fts_query
    from upr_desktop.core.read.table_order import raw_ids
    from upr_desktop.core.read.table_page import RecommendationFilter
    from upr_desktop.core.storage import engine_sql
    from upr_desktop.operations import recommendations as ops
    from upr_desktop.operations.workspace import open_workspace

    times: dict[str, list[float]] = {"first page": [], "every id": [], "bare query": [], "first page alone": []}
    with open_workspace(location) as ws:
        ops.table_ids(ws, RecommendationFilter())  # the order cached, as the app's idle warm-up does
        for typed in KEYSTROKES:
            flt = RecommendationFilter(search=typed)
            start = time.perf_counter()
            ids, rows, complete = ops.table_start(ws, flt, first_page=100)  # as the table asks (PAGE_SIZE)
            times["first page"].append((time.perf_counter() - start) * 1000)
            times["first page alone"].append(0.0 if complete else 1.0)
            start = time.perf_counter()
            every, _rows = ops.table_ids(ws, flt)
            times["every id"].append((time.perf_counter() - start) * 1000)
            assert every[: len(ids)] == ids and (not complete or every == ids) and rows, typed
            with ws.session() as s:
                start = time.perf_counter()
                bare = raw_ids(s, engine_sql.FTS_IDS[engine_sql.name(s)], (fts_query(typed),))
                times["bare query"].append((time.perf_counter() - start) * 1000)
            assert len(bare) == len(every), typed
    return times


def _writers(url: str, writers: int, each: int) -> tuple[float, int, int]:
    from sqlalchemy import func, select

    from upr_desktop.core.domain.models import Assessment, Recommendation
    from upr_desktop.core.services import groups
    from upr_desktop.operations.workspace import open_workspace

    with open_workspace(url) as ws:
        with ws.transaction() as s:
            groups.add_group(s, name="Action for Children's Rights", acronym="ACR")
        with ws.session() as s:
            refs = list(s.scalars(select(Recommendation.ref).order_by(Recommendation.id).limit(50)))
            before = s.scalar(select(func.count()).select_from(Assessment)) or 0
    start = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, url, f"w{n}", str(each), ",".join(refs)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for n in range(writers)]
    failed = 0
    for proc in procs:
        _out, err = proc.communicate()
        if proc.returncode != 0:
            failed += 1
            print("\n".join(err.strip().splitlines()[-4:]) if err.strip() else "writer failed", file=sys.stderr)
    took = time.perf_counter() - start
    with open_workspace(url) as ws, ws.session() as s:
        after = s.scalar(select(func.count()).select_from(Assessment)) or 0
    return took, after - before, failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--imports", type=int, default=1, help="imports per engine, alternately (medians printed)")
    parser.add_argument("--writers", type=int, default=10)
    parser.add_argument("--each", type=int, default=200)
    parser.add_argument("--server", help="postgresql://ROLE@HOST/postgres (default: a throwaway cluster)")
    args = parser.parse_args()
    from import_100k import OUT, generate

    from tests import pg

    path = OUT / f"upr_info_{args.rows}.xlsx"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        generate(path, args.rows)
    warm = OUT / "upr_info_1000.xlsx"
    if not warm.exists():
        generate(warm, 1000)
    cluster = pg.OwnServer(args.server) if args.server else pg.start_cluster()
    os.environ.setdefault("UPR_DESKTOP_HOME", tempfile.mkdtemp(prefix="upr-bench-home-"))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            _import(str(Path(tmp) / "warm.uprw"), warm)
            _import(cluster.url(cluster.new_database()), warm)
            from upr_desktop.importers import server_bulk

            sqlite_runs: list[float] = []
            pg_runs: list[float] = []
            stage_runs: list[dict[str, float]] = []
            for run in range(args.imports):  # alternately, each into a new workspace; the last ones are searched
                file_location = str(Path(tmp) / f"bench{run}.uprw")
                server_location = cluster.url(cluster.new_database())
                sqlite_runs.append(_import(file_location, path))
                pg_runs.append(_import(server_location, path))
                stage_runs.append(dict(server_bulk.stages))
            sqlite_import, pg_import = statistics.median(sqlite_runs), statistics.median(pg_runs)
            pg_stages = {k: statistics.median(r.get(k, 0.0) for r in stage_runs) for k in stage_runs[-1]}
            sqlite_keys = _keystrokes(file_location)
            pg_keys = _keystrokes(server_location)
            took, added, failed = _writers(server_location, args.writers, args.each)
    finally:
        cluster.stop()
    load = os.getloadavg()[0]
    print(f"\n{args.rows:,} recommendations (load average {load:.1f} on {os.cpu_count()} cores)")
    print(f"  import        SQLite {sqlite_import:6.2f} s | PostgreSQL {pg_import:6.2f} s = {pg_import / sqlite_import:.2f} x (target <= 2 x)"
          + (f"  (medians of {args.imports}: SQLite " + " ".join(f"{t:.2f}" for t in sqlite_runs) + ", PostgreSQL "
             + " ".join(f"{t:.2f}" for t in pg_runs) + ")" if args.imports > 1 else ""))
    print("  PostgreSQL's bulk write (importers/server_bulk.py, medians), s: " + ", ".join(f"{k} {v:.2f}" for k, v in pg_stages.items())
          + f"; the rest (reading the file, planning, backup, commit) {pg_import - sum(pg_stages.values()):.2f}")
    for name, keys in (("SQLite", sqlite_keys), ("PostgreSQL", pg_keys)):
        print(f"  {name}: {int(sum(keys['first page alone']))} of {len(KEYSTROKES)} keystrokes answered with their first page alone; "
              "first page ms: " + " ".join(f"{t:.0f}" for t in keys["first page"]))
    for what in ("first page", "every id", "bare query"):
        sq, pq = statistics.median(sqlite_keys[what]), statistics.median(pg_keys[what])
        print(f"  keystroke, {what:10}: SQLite median {sq:6.1f} ms (max {max(sqlite_keys[what]):6.1f}) | PostgreSQL median "
              f"{pq:6.1f} ms (max {max(pg_keys[what]):6.1f}) = {pq / sq:.2f} x" + ("  (target <= 150 ms)" if what == "first page" else ""))
    wanted = args.writers * args.each
    print(f"  {args.writers} writers x {args.each} assessments at once on PostgreSQL: {added} of {wanted} kept, {failed} writers failed, "
          f"{took:.1f} s ({wanted / took:.0f} assessments/s)")


if __name__ == "__main__":
    main()
