"""Undo an import of 100,000 recommendations (imports undo): time against the import itself, in the same run.

Each run, in a fresh subprocess: create a workspace, import the generated UPR Info export
(--all-states), then list, show and undo that import (blockers checked, a backup first, the rows
removed in chunked DELETEs with one bulk log entry per table), and check the workspace is empty
again. Figures are medians; the import in the same process is the baseline.

    python benchmarks/import_undo_100k.py [--rows N] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_100k import OUT, generate  # noqa: E402

_CHILD = r"""
import json, os, sys, time
from pathlib import Path
from upr_desktop.core.storage.workspace_file import create_workspace
from upr_desktop.importers import ImportOptions, import_file
from upr_desktop.operations import importing
ws = create_workspace(Path(sys.argv[2]), name="Benchmark", country="Thailand")
try:
    start = time.perf_counter()
    report = import_file(ws, sys.argv[1], ImportOptions(all_states=True))
    imported = time.perf_counter() - start
    start = time.perf_counter()
    detail = importing.show_import(ws, report.import_run_id)
    shown = time.perf_counter() - start
    start = time.perf_counter()
    importing.undo_import(ws, report.import_run_id)
    undone = time.perf_counter() - start
    with ws.session() as s:
        from sqlalchemy import func, select
        from upr_desktop.core.domain.models import Recommendation
        left = s.scalar(select(func.count()).select_from(Recommendation))
finally:
    ws.close()
print(json.dumps({"import": imported, "show": shown, "undo": undone, "added": report.added, "listed": len(detail.added), "left": left}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    path = OUT / f"upr_info_{args.rows}.xlsx"
    if not path.exists():
        generate(path, args.rows)
    runs = []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "UPR_DESKTOP_BACKUP_DIR": str(Path(tmp) / "backups")}
            done = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(Path(tmp) / "bench.uprw")],
                                  capture_output=True, text=True, check=False, env=env)
        if done.returncode != 0:
            sys.exit(f"run failed:\n{done.stderr}")
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        assert figures["left"] == 0 and figures["listed"] == figures["added"], figures
        runs.append(figures)
        print(f"run {run + 1}: import {figures['import']:.2f} s ({figures['added']} added) | show {figures['show']:.2f} s | "
              f"undo {figures['undo']:.2f} s (workspace empty again)")
    med = {k: statistics.median(r[k] for r in runs) for k in ("import", "show", "undo")}
    print(f"\n{args.rows:,} rows, median of {args.runs} (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):")
    print(f"  import (baseline)  {med['import']:6.2f} s")
    print(f"  imports show       {med['show']:6.2f} s = {med['show'] / med['import']:.2f} x the import")
    print(f"  imports undo       {med['undo']:6.2f} s = {med['undo'] / med['import']:.2f} x the import (backup, blockers, delete, log)")


if __name__ == "__main__":
    start = time.perf_counter()
    main()
    print(f"  (benchmark wall time {time.perf_counter() - start:.0f} s)")
