"""A merge killed mid-transaction (kill -9) leaves the workspace as before, and can be retried."""

from __future__ import annotations

import pytest

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from tests.exchange.helpers import edited, merge_one, set_by_ref
from upr_desktop.core.domain.models import Assessment, MergeBatch
from upr_desktop.core.storage.workspace_file import open_workspace


@pytest.mark.needs_file  # a killed writer and the file it leaves
def test_kill_during_merge(seeded, tmp_path: Path) -> None:
    import keyring
    from keyring.backends import fail

    from upr_desktop.exchange.export import export_workbook

    keyring.set_keyring(fail.Keyring())  # the key goes in the workspace, so the child process finds it
    exported = tmp_path / "ACR.xlsx"
    export_workbook(seeded, group="ACR", target=exported)
    path = edited(exported, tmp_path / "r.xlsx", lambda wb: set_by_ref(wb, "145.1", "Status", "Fully implemented"))
    ws_path = seeded.path
    with seeded.session() as s:
        before = s.scalar(select(func.count(Assessment.id)))
    seeded.close()
    marker = tmp_path / "paused"
    script = Path(__file__).parent / "scripts" / "paused_merge.py"  # the pause point is injected, not in the product
    proc = subprocess.Popen([sys.executable, str(script), str(ws_path), str(path), str(marker)],
                            env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the merge never reached its pause"
        time.sleep(0.05)
    time.sleep(0.1)
    assert marker.read_text() == "merged"  # the child had written the merge, not yet committed
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    with open_workspace(ws_path) as ws:
        with ws.session() as s:
            assert s.scalar(select(func.count(Assessment.id))) == before
            assert s.scalar(select(func.count(MergeBatch.id))) == 0
        plan = merge_one(ws, path)
        assert plan.status == "merged" and plan.added == 1
