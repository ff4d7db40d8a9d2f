"""Several people on one server workspace: who did what, undo of one's own change, two processes writing at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.exchange.conftest import seed
from upr_desktop.core.domain.models import Assessment, ChangeLog, Operation
from upr_desktop.core.services import changelog, recommendations
from upr_desktop.operations.workspace import open_workspace
from upr_desktop.errors import UserError

# A PostgreSQL cluster is started for these (about 20 s in all): CI runs them with the slow tests, so
# that the README's command stays under 4 minutes.
pytestmark = pytest.mark.slow

WRITER = """
import sys
from upr_desktop.operations.workspace import open_workspace
from upr_desktop.core.services import assessments

with open_workspace(sys.argv[1]) as ws:
    for i in range(int(sys.argv[3])):
        with ws.transaction() as s:
            assessments.record_assessment(s, ref="145." + str(1 + i % 5), group="ACR", status="unknown",
                                          evidence=sys.argv[2] + " " + str(i), assessed_on="2025-01-01")
"""


def _people(pg_cluster: Any, url: str, *names: str) -> dict[str, str]:
    database = url.rsplit("/", 1)[1]
    with pg_cluster.admin(database) as conn:
        for name in names:
            conn.execute(f"CREATE ROLE {name} LOGIN")
            conn.execute(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {name}")
            conn.execute(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {name}")
    return {name: pg_cluster.url(database, name) for name in names}


def test_undo_takes_back_only_your_own_change_and_names_who_changed_it_since(pg_cluster: Any, pg_url: str) -> None:
    with open_workspace(pg_url) as ws:
        seed(ws)
    urls = _people(pg_cluster, pg_url, "alice_t", "bob_t")
    with open_workspace(urls["alice_t"]) as alice, open_workspace(urls["bob_t"]) as bob:
        with alice.transaction() as s:
            recommendations.update_recommendation(s, "145.1", text="Alice's wording")
        with bob.transaction() as s:
            recommendations.update_recommendation(s, "145.2", text="Bob's wording")
        with alice.session() as s:  # the change log says who: the database role
            actors = dict(s.execute(select(ChangeLog.entity_id, ChangeLog.actor).where(ChangeLog.field == "text")).all())
            assert sorted(actors.values()) == ["alice_t", "bob_t"]
            assert changelog.can_undo(s) == "Edit recommendation 145.1"  # Alice's, though Bob's is newer
        with bob.transaction() as s:  # Bob now changes the very field Alice changed
            recommendations.update_recommendation(s, "145.1", text="Bob's correction")
        with pytest.raises(UserError, match="bob_t"), alice.transaction() as s:
            changelog.undo_last(s)
        with bob.transaction() as s:
            assert changelog.undo_last(s).label == "Edit recommendation 145.1"  # Bob's own last change
        with bob.session() as s:
            assert s.scalar(select(func.count()).select_from(Operation).where(Operation.state == "undone")) == 1


@pytest.mark.slow  # about 6 s: two writer processes
def test_two_processes_writing_at_once_lose_nothing(pg_cluster: Any, pg_url: str, tmp_path: Path) -> None:
    with open_workspace(pg_url) as ws:
        seed(ws)
        with ws.session() as s:
            before = s.scalar(select(func.count()).select_from(Assessment))
    urls = _people(pg_cluster, pg_url, "carol_t", "dan_t")
    root = str(Path(__file__).resolve().parents[2])
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, url, name, "25"], cwd=root, stderr=subprocess.PIPE, text=True)
             for name, url in urls.items()]
    for proc in procs:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with open_workspace(pg_url) as ws, ws.session() as s:
        assert s.scalar(select(func.count()).select_from(Assessment)) == before + 50
        by = dict(s.execute(select(Assessment.recorded_by, func.count()).group_by(Assessment.recorded_by)).all())
        per_actor = dict(s.execute(select(Operation.actor, func.count()).group_by(Operation.actor)).all())
        assert per_actor["carol_t"] == 25 and per_actor["dan_t"] == 25, (by, per_actor)
        # the derived status followed every write
        assert s.execute(select(func.count()).select_from(Assessment).where(Assessment.evidence.like("carol_t %"))).scalar() == 25
