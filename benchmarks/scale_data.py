"""A realistic large workspace for benchmarks: N recommendations with themes, assignments, assessments, consultations."""

from __future__ import annotations

import json
import random
import sqlite3
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

from upr_desktop.core.domain import vocab
from upr_desktop.core.storage.workspace_file import create_workspace
from upr_desktop.demo.recommendations import compose_recommendations

STATUSES = ("not-implemented", "partially-implemented", "fully-implemented", "unknown")
BODIES = ("Ministry of Justice", "Ministry of Foreign Affairs", "Rights and Liberties Protection Department",
          "Ministry of Labour", "Ministry of Interior", "Ministry of Education", "Ministry of Public Health")


def make_large_workspace(path: Path, n: int = 100_000, *, seed: int = 7, today: date = date(2026, 3, 31)) -> Path:
    """Create ``path`` holding ``n`` recommendations and about as many assignments and assessments."""
    rng = random.Random(seed)
    ws = create_workspace(path, name="Benchmark coalition", country="Thailand", cycles=[1, 2, 3, 4])
    ws.close()
    texts = [s.text for s in compose_recommendations(random.Random(seed))]
    states = vocab.member_states()
    issues = vocab.upr_info_issues()
    now = datetime(2026, 1, 1).isoformat(" ")
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    with conn:
        conn.executemany("INSERT INTO theme (id, name) VALUES (?, ?)", list(enumerate(issues, start=1)))
        conn.executemany(
            "INSERT INTO member_group (id, uuid, name, acronym, region, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [(i, str(uuid.uuid4()), f"Member group {i}", f"G{i:02d}", "Region", now) for i in range(1, 21)],
        )
        sur = [rng.choice(states) for _ in range(60)]
        recs = []
        for i in range(1, n + 1):
            recs.append((
                i, str(uuid.uuid4()), f"{100 + i // 300}.{i % 300 + 1}", f"bench:{i}", rng.choice(texts) + f" ({i})",
                sur[i % len(sur)], json.dumps(rng.sample(states, rng.choice((1, 1, 1, 2)))),
                "supported" if rng.random() < 0.72 else "noted", rng.randint(1, 5), 30 + i % 10, 3, now, now, 0,
            ))
        conn.executemany(
            "INSERT INTO recommendation (id, uuid, ref, source_key, text, state_under_review, recommending_states, response, "
            "action_category, session, cycle, created_at, updated_at, confidential) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            recs,
        )
        links = {(i, rng.randint(1, len(issues))) for i in range(1, n + 1) for _ in range(rng.choice((1, 2, 2, 3)))}
        conn.executemany("INSERT INTO recommendation_theme (recommendation_id, theme_id) VALUES (?, ?)", sorted(links))
        assignments = []
        for i in range(1, n + 1):
            if rng.random() < 0.85:
                groups = rng.sample(range(1, 21), rng.choice((1, 1, 2)))
                for k, g in enumerate(groups):
                    assignments.append((str(uuid.uuid4()), i, g, "lead" if k == 0 and rng.random() < 0.9 else "support", now))
        conn.executemany(
            "INSERT INTO assignment (uuid, recommendation_id, group_id, role, created_at) VALUES (?, ?, ?, ?, ?)", assignments
        )
        assessments = []
        for i in range(1, n + 1):
            for _ in range(rng.choice((0, 1, 1, 2))):
                when = today - timedelta(days=rng.randint(0, 720))
                assessments.append((str(uuid.uuid4()), i, rng.randint(1, 20), rng.choice(STATUSES), when.isoformat(),
                                    "Evidence from field monitoring.", 0, now))
        conn.executemany(
            "INSERT INTO assessment (uuid, recommendation_id, group_id, status, assessed_on, evidence, confidential, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", assessments,
        )
        for c in range(1, 501):
            held = today - timedelta(days=rng.randint(0, 720))
            conn.execute(
                "INSERT INTO consultation (id, uuid, held_on, government_body, kind, group_id, confidential, created_at) "
                "VALUES (?, ?, ?, ?, 'meeting', ?, 0, ?)", (c, str(uuid.uuid4()), held.isoformat(), rng.choice(BODIES), rng.randint(1, 20), now),
            )
            conn.executemany(
                "INSERT OR IGNORE INTO consultation_recommendation (consultation_id, recommendation_id) VALUES (?, ?)",
                [(c, rng.randint(1, n)) for _ in range(5)],
            )
        for a in range(1, 1001):
            due = today + timedelta(days=rng.randint(-300, 300))
            conn.execute(
                "INSERT INTO follow_up_action (id, uuid, description, group_id, due_date, status, confidential, created_at) "
                "VALUES (?, ?, 'Follow up', ?, ?, ?, 0, ?)",
                (a, str(uuid.uuid4()), rng.randint(1, 20), due.isoformat(), rng.choice(("open", "in-progress", "done")), now),
            )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    conn.close()
    return path
