"""The id sequences on a server: raised past ids written by hand, never lowered (several writers at once)."""

from __future__ import annotations

from typing import Any

import pytest

# A PostgreSQL cluster is started for these (about 20 s in all): CI runs them with the slow tests.
pytestmark = pytest.mark.slow


def test_a_sequence_follows_ids_written_by_hand_and_is_never_lowered(pg_cluster: Any, pg_url: str) -> None:
    database = pg_url.rsplit("/", 1)[1]
    with pg_cluster.admin(database) as conn:
        seq = conn.execute("SELECT pg_get_serial_sequence('theme', 'id')").fetchone()[0]
        conn.execute("INSERT INTO theme (id, name) VALUES (500, 'Written by hand')")  # as an import or an undo writes ids
        assert conn.execute("INSERT INTO theme (name) VALUES ('Next') RETURNING id").fetchone()[0] == 501
        conn.execute(f"SELECT setval('{seq}', 900)")  # writers elsewhere took ids up to 900 meanwhile
        conn.execute("INSERT INTO theme (id, name) VALUES (600, 'Behind the sequence')")
        assert conn.execute(f"SELECT last_value FROM {seq}").fetchone()[0] == 900  # not taken back to 600
        assert conn.execute("INSERT INTO theme (name) VALUES ('After') RETURNING id").fetchone()[0] == 901


def test_a_fresh_sequence_is_raised_past_the_first_id_written_by_hand(pg_cluster: Any, pg_url: str) -> None:
    database = pg_url.rsplit("/", 1)[1]
    with pg_cluster.admin(database) as conn:
        assert conn.execute("SELECT count(*) FROM sdg_target").fetchone()[0] == 0
        conn.execute("INSERT INTO sdg_target (id, code) VALUES (1, '5.2')")  # the sequence has never been used
        assert conn.execute("INSERT INTO sdg_target (code) VALUES ('5.3') RETURNING id").fetchone()[0] == 2
