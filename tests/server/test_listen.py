"""Changes by others reach an open window within 2 s (LISTEN/NOTIFY)."""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.exchange.conftest import seed
from upr_desktop.core.services import recommendations
from upr_desktop.operations.workspace import open_workspace
from upr_desktop.operations import server as server_ops

# A PostgreSQL cluster is started for these (about 20 s in all): CI runs them with the slow tests, so
# that the README's command stays under 4 minutes.
pytestmark = pytest.mark.slow


def test_a_change_committed_elsewhere_is_announced_within_two_seconds(pg_cluster: Any, pg_url: str) -> None:
    with open_workspace(pg_url) as ws:
        seed(ws)
        listener = server_ops.listen_for_changes(ws)
        try:
            assert listener.wait(0.05) == []
            import subprocess
            import sys

            started = time.monotonic()
            code = ("import sys\nfrom upr_desktop.operations.workspace import open_workspace\n"
                    "from upr_desktop.core.services import recommendations\n"
                    "with open_workspace(sys.argv[1]) as ws, ws.transaction() as s:\n"
                    "    recommendations.update_recommendation(s, '145.1', text='Changed elsewhere')\n")
            writer = subprocess.Popen([sys.executable, "-c", code, pg_url])
            changes: list[dict[str, Any]] = []
            while not changes and time.monotonic() - started < 15:
                changes = listener.wait(0.5)
            committed_by = writer.wait(30)
            assert committed_by == 0 and changes and changes[0]["kind"] == "local"
            with ws.transaction() as s:  # this program's own change is not announced to itself
                recommendations.update_recommendation(s, "145.2", text="Changed here")
            assert listener.wait(0.5) == []
        finally:
            listener.close()


def test_the_window_refreshes_when_someone_else_changes_the_workspace(qtbot: Any, pg_url: str, monkeypatch: Any) -> None:
    from upr_desktop.core.storage import server
    from upr_desktop.ui.hub import DataHub
    from upr_desktop.ui.server_watch import watch

    own = server.PROCESS_TOKEN
    monkeypatch.setattr(server, "PROCESS_TOKEN", "another-program")  # the other window's connections say so
    other = open_workspace(pg_url)
    seed(other)
    monkeypatch.setattr(server, "PROCESS_TOKEN", own)
    with open_workspace(pg_url) as ws:
        hub = DataHub()
        seen: list[Any] = []
        hub.data_changed.connect(seen.append)
        thread = watch(ws, hub, None)  # type: ignore[arg-type]
        assert thread is not None
        try:
            qtbot.wait(700)  # listening
            with other.transaction() as s:
                recommendations.update_recommendation(s, "145.3", text="From the other window")
            qtbot.waitUntil(lambda: bool(seen), timeout=2000)
        finally:
            thread.stop()
            other.close()
