"""Does overlapping Python's row building with SQLite's writing on a second core shorten a 100,000-row import?

The importer's bulk step (write_plan._NewRows.insert, run in the copy being built through apsw) builds the insert
tuples and the dashboard tally in Python, then SQLite inserts the rows and their links, fills the full-text index,
writes the change log and builds the plain indexes. apsw and sqlite3 release the GIL around every SQLite call, so a
writer thread could run the SQL while the main thread builds the next chunk. Variants, each writing the same plan
into a fresh copy of the same workspace through the real ``write_in_copy_or_in_place``/``write_plan``, alternated
in one run (medians; wall and process CPU, all threads):

- ``serial``: the importer as it is (executemany per chunk on the main thread; FTS, change log, indexes at the end);
- ``thread-executemany``: the same statements run by a writer thread fed chunk by chunk from a queue: every row's
  bind needs the GIL back, so the writer waits for the main thread at each row (GIL convoy);
- ``thread-executemany-fine``: the same with the interpreter's switch interval at 0.2 ms instead of 5 ms (the writer,
  back from SQLite, gets the GIL sooner);
- ``json-serial``: each chunk handed to SQLite as one JSON text (``INSERT ... SELECT ... FROM json_each(?)``: one
  statement per chunk, no Python call per row), full text and change log per chunk, on the main thread;
- ``json-thread``: the same statements on a writer thread: while SQLite parses, inserts and indexes a chunk (GIL
  released for the whole statement) the main thread builds the next one;
- ``thread-fts``: the rows and links inserted by the main thread (executemany, as now), each chunk's full text and
  change log (single statements, GIL released throughout) by a writer thread while the main thread builds the next
  chunk; one lock keeps the two off the connection at the same time; ``thread-fts-fine``: the same with a 0.2 ms
  switch interval (the writer waits up to 5 ms for the GIL at each statement's start and end otherwise);
- ``process``: the whole bulk transaction run by a child process (its own interpreter, its own GIL) on its own apsw
  connection to the copy, fed pickled chunks through a pipe while the main process builds the next one (the
  bulk steps' few queries answered back; the child's CPU is counted too).

Each variant's result is checked against the serial one (rows but their UUIDs and times, links, change log entries,
dashboard counts, full-text hits), so a faster variant cannot be a different import. The baseline is the bare
python-calamine read of the same file, measured in the same run.

    python benchmarks/import_overlap.py [--rows 100000] [--runs 3] [--variants serial,thread-fts]

Measured 2026-12-02 (2 cores; the first line says how much of a second core was free), medians of 3, write only
(copy, write_plan, bulk step, swap; the whole import is ~2 s more), same result for every variant:
    82% of a second core free:  serial 2.67 s wall / 2.59 s CPU; thread-executemany 2.87 / 2.79 (main thread 1.47);
                                thread-fts 2.65 / 2.69 (main 2.15); process 2.72 / 2.98 (main 0.88)
    loaded machine:             serial 2.31 / 2.20; thread-executemany 2.41 / 2.32; thread-fts 2.49 / 2.40;
                                process 2.69 / 2.61; json-thread 3.58 / 3.53
No variant gains: what runs without the GIL in the bulk step is the full text and the change log (~0.45 s CPU); the
index builds (~0.5 s) come after the last row with no Python work left to overlap, and the rows' executemany takes
the GIL back for every row (in a writer thread, each row waits for the main thread to let go of it: a convoy). The
child process needs ~0.5 s more CPU to unpickle what it is sent than the main process saves, and is then the
critical path; json_each costs ~1.3 s more CPU for SQLite to parse what Python's binding did in 0.13 s. The most
any overlap could take off the critical path is ~0.45 s of a ~4.3 s import (~10%), before the threads' own cost
(+0.1-0.2 s CPU measured): the importer stays on one thread.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import queue
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_sqlite_floor import OUT, planned_records  # noqa: E402

LOCK = threading.Lock  # the lock that keeps the threads off the connection at the same time (replaceable to trace waits)
VARIANTS = ("serial", "thread-executemany", "thread-executemany-fine", "json-serial", "json-thread", "process", "thread-fts", "thread-fts-fine")


class _Writer:
    """Runs (sql, params) items on ``cur`` on its own thread (or inline); the first error is raised back to the caller."""

    def __init__(self, cur: Any, threaded: bool) -> None:
        self.cur = cur
        self.error: BaseException | None = None
        self.threaded = threaded
        if threaded:
            self.jobs: queue.Queue = queue.Queue(maxsize=3)
            self.thread = threading.Thread(target=self._run, name="bulk-writer", daemon=True)
            self.thread.start()

    def _run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            if self.error is not None:
                continue  # drain: the producer is told at its next put
            try:
                job(self.cur)
            except BaseException as exc:  # noqa: BLE001 - handed back to the producing thread
                self.error = exc

    def put(self, job: Any) -> None:
        if not self.threaded:
            job(self.cur)
            return
        if self.error is not None:
            raise self.error
        self.jobs.put(job)

    def finish(self) -> None:
        if self.threaded:
            self.jobs.put(None)
            self.thread.join()
            if self.error is not None:
                raise self.error


def overlapped_insert(self: Any, cur: Any, *, threaded: bool, as_json: bool) -> None:
    """write_plan._NewRows.insert, with the SQL of each chunk run by a _Writer (same rows, links, log, counts)."""
    from upr_desktop.core.read import figure_tally
    from upr_desktop.core.storage.index_pause import drop_secondary_indexes
    from upr_desktop.importers import bulk
    from upr_desktop.importers.write_plan import _INSERT_COLUMNS, _LINKS

    start = self.start
    trigger_sql, index_sql = bulk.suspend_fts_trigger(cur)
    tally_triggers = bulk.set_aside_triggers(cur, figure_tally.INSERT_TRIGGERS)
    tally = figure_tally.NewRecommendations(cur)
    tally_add = tally.add
    deferred = drop_secondary_indexes(cur, ["recommendation", *(t for _k, t, *_ in _LINKS)])
    fts_table = bulk._FTS_TARGET.match(index_sql)[1]
    had = cur.execute(f"SELECT v FROM {fts_table}_config WHERE k = 'hashsize'").fetchone()
    cur.execute(f"INSERT INTO {fts_table}({fts_table}, rank) VALUES ('hashsize', ?)", (bulk.BULK_FTS_HASHSIZE,))
    cols = ", ".join(_INSERT_COLUMNS)
    if as_json:
        insert_sql = f"INSERT INTO recommendation ({cols}) SELECT {', '.join(f'value->>{i}' for i in range(len(_INSERT_COLUMNS)))} FROM json_each(?)"
        link_sql = {kind: f"INSERT INTO {table} (recommendation_id, {col}) SELECT value->>0, value->>1 FROM json_each(?)" for kind, table, col, *_ in _LINKS}
    else:
        insert_sql = f"INSERT INTO recommendation ({cols}) VALUES ({', '.join('?' for _ in _INSERT_COLUMNS)})"
        link_sql = {kind: f"INSERT INTO {table} (recommendation_id, {col}) VALUES (?, ?)" for kind, table, col, *_ in _LINKS}
    fts_chunk_sql = index_sql.replace("WHERE id >= ?", "WHERE id BETWEEN ? AND ?")
    operation_id, at_sql, actor, source = self.operation
    log_sql = ("INSERT INTO change_log (operation_id, at, actor, source, entity, entity_id, entity_uuid, op, field, old_value, new_value) "
               "SELECT ?, ?, ?, ?, 'recommendation', id, uuid, 'create', NULL, NULL, "
               "json_object('ref', ref, 'source_key', source_key, 'source_format', source_format) "
               "FROM recommendation WHERE id BETWEEN ? AND ? ORDER BY id")
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode
    writer = _Writer(cur, threaded)
    tail_only = threaded and not as_json and getattr(self, "tail_only", False)
    lock = LOCK()

    def chunk_job(rows: Any, links: dict, first: int, last: int) -> Any:
        def run(c: Any) -> None:
            if tail_only:
                with lock:
                    c.execute(fts_chunk_sql, (first, last))
                    c.execute(log_sql, (operation_id, at_sql, actor, source, first, last))
                return
            if isinstance(c, RemoteCursor):
                c.executemany(insert_sql, rows)
                for kind, pairs in links.items():
                    if pairs:
                        c.executemany(link_sql[kind], pairs)
                c.execute_later(fts_chunk_sql, (first, last))
                c.execute_later(log_sql, (operation_id, at_sql, actor, source, first, last))
                return
            if as_json:
                c.execute(insert_sql, (rows,))
                for kind, pairs in links.items():
                    if pairs:
                        c.execute(link_sql[kind], (pairs,))
            else:
                c.executemany(insert_sql, rows)
                for kind, pairs in links.items():
                    if pairs:
                        c.executemany(link_sql[kind], pairs)
            c.execute(fts_chunk_sql, (first, last))
            c.execute(log_sql, (operation_id, at_sql, actor, source, first, last))
        return run

    try:
        for chunk_start, chunk_end, rows, link_rows in self.rows_by_chunk(tally_add):
            if as_json:
                job = chunk_job(dumps(rows), {k: dumps(v) if v else "" for k, v in link_rows.items()}, start + chunk_start, start + chunk_end - 1)
            else:
                job = chunk_job(rows, link_rows, start + chunk_start, start + chunk_end - 1)
            if tail_only:
                with lock:
                    cur.executemany(insert_sql, rows)
                    for kind, pairs in link_rows.items():
                        if pairs:
                            cur.executemany(link_sql[kind], pairs)
            writer.put(job)
    finally:
        writer.finish()
    cur.execute(f"INSERT INTO {fts_table}({fts_table}, rank) VALUES ('hashsize', ?)", (had[0] if had else bulk.FTS_DEFAULT_HASHSIZE,))
    if had is None:
        cur.execute(f"DELETE FROM {fts_table}_config WHERE k = 'hashsize'")
    cur.execute(trigger_sql)
    tally.write(cur)
    for sql in tally_triggers:
        cur.execute(sql)
    for sql in deferred:
        cur.execute(sql)


CHILD = r"""
import pickle, sys, apsw
inp, out = sys.stdin.buffer, sys.stdout.buffer
conn = apsw.Connection(sys.argv[1], flags=apsw.SQLITE_OPEN_READWRITE)
cur = conn.cursor()
failed = None
while True:
    try:
        kind, sql, params = pickle.load(inp)
    except EOFError:
        break
    if failed is not None:
        if kind == "q":
            pickle.dump(("error", failed), out); out.flush()
        continue
    try:
        if kind == "m":
            cur.executemany(sql, params)
        elif kind == "x":
            cur.execute(sql, params)
        else:
            pickle.dump(("ok", cur.execute(sql, params).fetchall()), out); out.flush()
    except BaseException as exc:
        failed = f"{type(exc).__name__}: {exc}"
        if kind == "q":
            pickle.dump(("error", failed), out); out.flush()
conn.close()
sys.exit(1 if failed else 0)
"""


class _Rows(list):
    def fetchone(self) -> Any:
        return self[0] if self else None

    def fetchall(self) -> list:
        return list(self)


class RemoteCursor:
    """A cursor whose statements run in a child process: queries wait for their rows, writes are sent and not waited for."""

    def __init__(self, path: Path) -> None:
        import pickle
        import subprocess

        self._dump = pickle.dump
        self._load = pickle.load
        self.proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def _send(self, kind: str, sql: str, params: Any) -> None:
        self._dump((kind, sql, params), self.proc.stdin, protocol=5)

    def execute(self, sql: str, params: Any = ()) -> _Rows:
        self._send("q", sql, params)
        self.proc.stdin.flush()
        status, rows = self._load(self.proc.stdout)
        if status != "ok":
            raise RuntimeError(rows)
        return _Rows(rows)

    def execute_later(self, sql: str, params: Any = ()) -> None:
        self._send("x", sql, params)

    def executemany(self, sql: str, rows: Any) -> None:
        self._send("m", sql, rows)

    def close(self) -> None:
        self.proc.stdin.close()
        if self.proc.wait() != 0:
            raise RuntimeError("the bulk writer failed")


def run_in_child(copy: Any, steps: list) -> None:
    """copy_build.run_in_bulk, with every statement run by a child process on its own connection to the copy."""
    from upr_desktop.core.storage.copy_build import BULK_CACHE_KIB
    from upr_desktop.core.storage.workspace_file import BUSY_TIMEOUT_MS

    cur = RemoteCursor(copy.path)
    for pragma in (f"busy_timeout={BUSY_TIMEOUT_MS}", "foreign_keys=ON", "journal_mode=OFF", "synchronous=OFF",
                   "temp_store=MEMORY", f"cache_size=-{BULK_CACHE_KIB}"):
        cur.execute(f"PRAGMA {pragma}")
    cur.execute("BEGIN IMMEDIATE")
    for step in steps:
        step(cur)
    cur.execute("COMMIT")
    cur.close()


def run_variant(variant: str, template: Path, work: Path, records: list, fmt: str, file_name: str) -> tuple[float, float, float, Path]:
    """Write the plan into a copy of the template with ``variant``'s bulk step: (wall s, CPU s of the write, all threads and the
    child, CPU s of the main thread alone, the file). With a free second core, the wall can approach the main thread's CPU."""
    from upr_desktop.core.storage.copy_build import can_build_in_copy
    from upr_desktop.core.storage.workspace_file import open_workspace
    from upr_desktop.importers import write_plan as wp
    from upr_desktop.importers.imported import Monitor
    from upr_desktop.importers.run import write_in_copy_or_in_place

    from upr_desktop.core.storage import copy_build

    original, switch, bulk_runner = wp._NewRows.insert, sys.getswitchinterval(), copy_build.run_in_bulk
    if variant == "process":
        copy_build.run_in_bulk = run_in_child
    if variant.endswith("-fine"):
        sys.setswitchinterval(0.0002)
    if variant != "serial":
        threaded = "thread" in variant  # the process variant: statements sent to the child as they come
        as_json = variant.startswith("json")
        tail_only = variant.startswith("thread-fts")

        def insert(self: Any, cur: Any) -> None:
            self.tail_only = tail_only
            overlapped_insert(self, cur, threaded=threaded, as_json=as_json)
        wp._NewRows.insert = insert
    path = work / f"{variant}.uprw"
    shutil.copyfile(template, path)
    ws = open_workspace(path, check=False)
    try:
        with ws.session() as session:
            plan = wp.plan_import(session, records, fmt, Monitor(), None)
            in_copy = wp.builds_most_of_the_table(session, plan) and can_build_in_copy(ws)
            session.rollback()
        counts = {"added": len(plan.new), "updated": len(plan.updates), "unchanged": plan.unchanged, "skipped": 0}
        import resource

        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall, cpu, main_cpu = time.perf_counter(), time.process_time() + children.ru_utime + children.ru_stime, time.thread_time()
        write_in_copy_or_in_place(ws, in_copy, lambda target: target.transaction(), Monitor(),
                                  lambda session, later: wp.write_plan(session, plan, file_name=file_name, sha256="0" * 64, home_state="Thailand",
                                                                       report={}, counts=counts, monitor=Monitor(), later=later))
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall, cpu = time.perf_counter() - wall, time.process_time() + children.ru_utime + children.ru_stime - cpu
        main_cpu = time.thread_time() - main_cpu
    finally:
        wp._NewRows.insert = original
        copy_build.run_in_bulk = bulk_runner
        sys.setswitchinterval(switch)
        ws.close()
    return wall, cpu, main_cpu, path


def fingerprint(path: Path) -> dict[str, Any]:
    """What must be the same whichever way the rows were written."""
    conn = sqlite3.connect(path)
    try:
        rec_cols = [r[1] for r in conn.execute("PRAGMA table_info(recommendation)") if r[1] not in ("uuid", "created_at", "updated_at")]
        out: dict[str, Any] = {
            "recommendations": hash(tuple(conn.execute(f"SELECT {', '.join(rec_cols)} FROM recommendation ORDER BY id"))),
            "change_log": hash(tuple(conn.execute("SELECT entity_id, op, new_value FROM change_log ORDER BY id"))),
            "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
            "indexes": sorted(conn.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')")),
        }
        for table in ("recommendation_theme", "recommendation_sdg", "recommendation_affected_group"):
            out[table] = hash(tuple(conn.execute(f"SELECT recommendation_id, {'theme_id' if 'theme' in table else 'sdg_id' if 'sdg' in table else 'affected_group_id'} FROM {table} ORDER BY id")))
        tally = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name LIKE 'figure_tally%'")]
        for table in tally:
            out[table] = sorted(conn.execute(f"SELECT * FROM {table}"))
        for word in ("education", "women", "torture", "climate", "child*"):
            out[f"fts:{word}"] = conn.execute("SELECT count(*) FROM recommendation_fts WHERE recommendation_fts MATCH ?", (word,)).fetchone()[0]
        out["fts_integrity"] = conn.execute("INSERT INTO recommendation_fts(recommendation_fts, rank) VALUES ('integrity-check', 1)").rowcount
        return out
    finally:
        conn.close()


def bare_read(source: Path) -> float:
    """CPU seconds of a bare python-calamine read of every cell of the file (the import's baseline), in a child process."""
    code = ("import time, python_calamine as c\nt=time.process_time()\nwb=c.CalamineWorkbook.from_path(%r)\n"
            "[wb.get_sheet_by_name(n).to_python() for n in wb.sheet_names]\nprint(time.process_time()-t)") % str(source)
    import subprocess
    return float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)


def _burn(_: object) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(3_000_000):
        total += i
    return time.perf_counter() - start


def second_core() -> float:
    """How much of a second core two CPU-bound processes find now: 100% on an idle two-core machine, 0% when others use it."""
    import multiprocessing

    alone = _burn(None)
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_burn, [None, None])  # started
        start = time.perf_counter()
        pool.map(_burn, [None, None], chunksize=1)
        both = time.perf_counter() - start
    return max(0.0, min(1.0, 2 * alone / both - 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--variants", default="serial,thread-executemany,thread-fts,thread-fts-fine,process",
                        help=f"comma-separated, among {', '.join(VARIANTS)}")
    args = parser.parse_args()
    variants = args.variants.split(",")
    os.environ.setdefault("UPR_DESKTOP_HOME", tempfile.mkdtemp(prefix="upr-bench-"))
    from upr_desktop.core.storage.workspace_file import create_workspace

    records, fmt, file_name = planned_records(args.rows)
    gc.disable()  # as import_file does
    walls: dict[str, list[float]] = {v: [] for v in variants}
    cpus: dict[str, list[float]] = {v: [] for v in variants}
    mains: dict[str, list[float]] = {v: [] for v in variants}
    spare: list[float] = []
    reads: list[float] = []
    same: dict[str, bool] = {}
    with tempfile.TemporaryDirectory(prefix="upr-overlap-") as tmp:
        work = Path(tmp)
        template = work / "template.uprw"
        create_workspace(template, name="Overlap", country="Thailand").close()
        reference = None
        for _ in range(args.runs):
            reads.append(bare_read(OUT / f"upr_info_{args.rows}.xlsx"))
            spare.append(second_core())
            for variant in variants:
                wall, cpu, main_cpu, path = run_variant(variant, template, work, records, fmt, file_name)
                walls[variant].append(wall)
                cpus[variant].append(cpu)
                mains[variant].append(main_cpu)
                if variant not in same:
                    found = fingerprint(path)
                    reference = reference or found
                    same[variant] = found == reference
                for leftover in work.glob(f"{variant}.uprw*"):
                    leftover.unlink()
                for leftover in work.glob("backups"):
                    shutil.rmtree(leftover, ignore_errors=True)
                gc.collect()
    read = statistics.median(reads)
    print(f"{args.rows:,} rows; medians of {args.runs}, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
          f" (a second process got {statistics.median(spare):.0%} of a second core); bare python-calamine read {read:.2f} s CPU (baseline)")
    base_wall, base_cpu = statistics.median(walls[variants[0]]), statistics.median(cpus[variants[0]])
    for variant in variants:
        wall, cpu, main_cpu = statistics.median(walls[variant]), statistics.median(cpus[variant]), statistics.median(mains[variant])
        print(f"  {variant:24s} write wall {wall:5.2f} s ({wall / read:4.2f}x read, {wall / base_wall:4.2f}x {variants[0]})"
              f"   CPU {cpu:5.2f} s ({cpu / base_cpu:4.2f}x), main thread {main_cpu:5.2f} s   same result: {same[variant]}")


if __name__ == "__main__":
    main()
