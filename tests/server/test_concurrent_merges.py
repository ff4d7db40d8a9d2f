"""Two people merging returned workbooks into one server workspace at the same moment.

The advisory lock (raw.serialise "merge") makes the second wait for the first; both land, no row is
lost, and each person sees both merges in the history.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.exchange.conftest import seed
from tests.exchange.helpers import set_by_ref
from tests.server.test_several_people import _people
from upr_desktop.core.domain.models import Assessment
from upr_desktop.operations.workspace import open_workspace

# A PostgreSQL cluster is started for these (about 20 s in all), and two merge processes: CI runs them with the slow tests.
pytestmark = pytest.mark.slow

MERGE_LOCK = "SELECT pg_advisory_lock(hashtext('upr-desktop:merge'))"  # the key raw.serialise(session, "merge") takes


def _return(ws: Any, group: str, tmp: Path, edits: dict[str, tuple[str, str]]) -> Path:
    from upr_desktop.exchange.export import export_workbook

    exported = tmp / f"{group}.xlsx"
    export_workbook(ws, group=group, target=exported)
    wb = openpyxl.load_workbook(exported)
    for ref, (status, evidence) in edits.items():
        set_by_ref(wb, ref, "Status", status)
        set_by_ref(wb, ref, "Evidence", evidence)
    returned = tmp / f"{group}-return.xlsx"
    wb.save(returned)
    return returned


def test_two_merges_at_once_wait_for_each_other_and_both_land(pg_cluster: Any, pg_url: str, tmp_path: Path) -> None:
    with open_workspace(pg_url) as ws:
        seed(ws)
        returns = {
            "erin_t": _return(ws, "ACR", tmp_path, {"145.3": ("Partially implemented", "ACR: a decree"),
                                                    "145.5": ("Not implemented", "ACR: nothing yet")}),
            "finn_t": _return(ws, "WV", tmp_path, {"145.6": ("Fully implemented", "WV: the law passed"),
                                                   "145.4": ("Unknown", "WV: no news")}),
        }
        with ws.session() as s:
            before = s.scalar(select(func.count()).select_from(Assessment))
    urls = _people(pg_cluster, pg_url, *returns)
    database = pg_url.rsplit("/", 1)[1]
    root = str(Path(__file__).resolve().parents[2])
    # --trust-unsigned: the workbooks were signed with the key in this test's in-memory keyring, which the child
    # processes do not share (the signature itself is tested in tests/exchange).
    with pg_cluster.admin(database) as holder:
        holder.execute(MERGE_LOCK)  # a third merge "in progress": both must queue behind it
        procs = {name: subprocess.Popen([sys.executable, "-m", "upr_desktop", "--workspace", urls[name], "--json", "merge", str(path),
                                         "--trust-unsigned"],
                                        cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for name, path in returns.items()}
        waiting = 0
        deadline = time.monotonic() + 60
        while waiting < 2 and time.monotonic() < deadline:
            waiting = holder.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").fetchone()[0]
            time.sleep(0.2)
        assert waiting == 2, "both merges should be waiting for the merge lock"
        assert all(proc.poll() is None for proc in procs.values())
        holder.execute("SELECT pg_advisory_unlock(hashtext('upr-desktop:merge'))")
        results = {}
        for name, proc in procs.items():
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, (out, err)
            results[name] = json.loads(out)["files"][0]
    assert {r["status"] for r in results.values()} == {"merged"}
    with open_workspace(pg_url) as ws, ws.session() as s:
        assert s.scalar(select(func.count()).select_from(Assessment)) == before + 4  # every returned row, none lost
        evidence = set(s.scalars(select(Assessment.evidence)))
        assert {"ACR: a decree", "ACR: nothing yet", "WV: the law passed", "WV: no news"} <= evidence
    for name, url in urls.items():  # each person sees both merges
        listed = subprocess.run([sys.executable, "-m", "upr_desktop", "--workspace", url, "--json", "merges", "list"], cwd=root,
                                capture_output=True, text=True, timeout=120)
        assert listed.returncode == 0, listed.stderr
        merges = json.loads(listed.stdout)["merges"]
        assert len(merges) == 2, (name, merges)
