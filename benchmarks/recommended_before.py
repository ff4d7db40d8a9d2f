""""Recommended before" at scale: suggestions for 300 x 300 recommendations, and for one State across ~100,000.

Targets (issue 17): 300 x 300 in at most 1 s; one State across ~100,000 recommendations in at most 10 s.
The texts are the demo review's composed recommendations (topics worded the way UPR recommendations
are) with each one's words shuffled a little per cycle, as a State's recommendations are reworded from
one review to the next. Up to 300 x 400 pairs every pair is compared (recommended_before.every_pair);
past that, each recommendation's candidates are the earlier ones sharing the most of its words.
Baselines, measured in the same run: every pair compared with rapidfuzz's token-set ratio in a plain
Python loop (300 x 300), and every earlier recommendation compared for each target (100,000; timed on
10 targets and scaled to 300).

Recall at scale: the 171 pairs judged by hand (tests/data/recommended_before) with ~33,000 composed
earlier recommendations added to each of their three States, so the candidate search runs among ~100,000
as it would for a large State, measured against comparing every pair on the labelled rows alone.

    python benchmarks/recommended_before.py [N]      (N earlier recommendations of the one State, default 99,700)
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path


def _texts(rng: random.Random) -> list[str]:
    from upr_desktop.demo.recommendations import compose_recommendations

    texts: list[str] = []
    for seed in range(8):
        texts += [s.text for s in compose_recommendations(random.Random(seed))]
    rng.shuffle(texts)
    return texts


def _reworded(rng: random.Random, text: str) -> str:
    words = text.split()
    if len(words) > 6:
        i = rng.randrange(1, len(words) - 2)
        words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def _workspace(path: Path, later: int, earlier: int, rng: random.Random) -> Path:
    from upr_desktop.core.domain import vocab
    from upr_desktop.core.storage.workspace_file import create_workspace

    create_workspace(path, name="Benchmark", country="Thailand", cycles=[1, 2, 3, 4]).close()
    texts = _texts(rng)
    states = vocab.member_states()
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA synchronous=OFF")
    now = "2026-01-01 00:00:00"
    rows = []
    for i in range(1, earlier + later + 1):
        is_later = i > earlier
        cycle = 4 if is_later else 1 + i % 3
        base = texts[i % len(texts)] if not is_later else texts[rng.randrange(len(texts))]
        rows.append((i, str(uuid.uuid4()), f"{cycle}-{i}", f"bench:{i}", _reworded(rng, base), "Thailand",
                     json.dumps([rng.choice(states)]), "supported", cycle * 10, cycle, now, now, 0))
    with conn:
        conn.executemany(
            "INSERT INTO recommendation (id, uuid, ref, source_key, text, state_under_review, recommending_states, response, "
            "session, cycle, created_at, updated_at, confidential) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        conn.execute("INSERT INTO theme (id, name) VALUES (1, 'Women''s rights'), (2, 'Justice'), (3, 'Labour')")
        conn.executemany("INSERT INTO recommendation_theme (recommendation_id, theme_id) VALUES (?, ?)",
                         [(i, 1 + i % 3) for i in range(1, earlier + later + 1)])
    conn.close()
    return path


def _median(fn, runs: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _baseline_pairs(later: list[str], earlier: list[str]) -> int:
    from rapidfuzz import fuzz

    kept = 0
    for a in later:
        for b in earlier:
            if fuzz.token_set_ratio(a, b) >= 60:
                kept += 1
    return kept


def main() -> None:
    big = int(sys.argv[1]) if len(sys.argv) > 1 else 99_700
    home = Path(tempfile.mkdtemp(prefix="upr-before-bench-"))
    os.environ["UPR_DESKTOP_HOME"] = str(home)
    from sqlalchemy import select

    from upr_desktop.core.domain import recommendation_similarity as similar
    from upr_desktop.core.domain.models import Recommendation
    from upr_desktop.core.read import recommended_before
    from upr_desktop.core.storage.workspace_file import open_workspace

    print(f"load average {os.getloadavg()[0]:.2f}")
    small = _workspace(home / "small.uprw", 300, 300, random.Random(1))
    ws = open_workspace(small)
    with ws.session() as s:
        rows = s.execute(select(Recommendation.cycle, Recommendation.text)).all()
        later = [t for c, t in rows if c == 4]
        earlier = [t for c, t in rows if c != 4]
        ours, found = _median(lambda: recommended_before.suggest(s, cycle=4), 5)
        base, _ = _median(lambda: _baseline_pairs(later, earlier), 1)
    ws.close()
    print(f"300 x 300        suggest {ours * 1000:7.0f} ms (median of 5, {len(found)} suggestions, every pair)   "  # type: ignore[arg-type]
          f"baseline: every pair, token-set ratio in Python {base * 1000:7.0f} ms   ratio {base / ours:.1f}x   target <= 1000 ms")
    line = _workspace(home / "line.uprw", 300, 400, random.Random(3))
    ws = open_workspace(line)
    with ws.session() as s:
        ours, found = _median(lambda: recommended_before.suggest(s, cycle=4), 3)
    ws.close()
    assert recommended_before.every_pair(300, 400) and not recommended_before.every_pair(300, 401)
    print(f"300 x 400        suggest {ours * 1000:7.0f} ms (median of 3, {len(found)} suggestions, every pair: the most it does)   "  # type: ignore[arg-type]
          f"target <= 1000 ms")

    start = time.perf_counter()
    large = _workspace(home / "large.uprw", 300, big, random.Random(2))
    print(f"generated {big + 300:,} recommendations of one State in {time.perf_counter() - start:.1f} s")
    ws = open_workspace(large)
    with ws.session() as s:
        ours, found = _median(lambda: recommended_before.suggest(s, cycle=4), 3)
        pool = [similar.words(t) for (t,) in s.execute(select(Recommendation.text).where(Recommendation.cycle < 4)).all()]
        targets = [similar.words(t) for (t,) in s.execute(select(Recommendation.text).where(Recommendation.cycle == 4)).all()]
        start = time.perf_counter()
        for t in targets[:10]:
            similar.close_ones(t, pool, 0.47)
        base = (time.perf_counter() - start) / 10 * len(targets)
    ws.close()
    print(f"300 x {big:,}  suggest {ours:7.2f} s  (median of 3, {len(found)} suggestions, {recommended_before.CANDIDATES} candidates each "  # type: ignore[arg-type]
          f"from shared words)   baseline: every earlier one compared {base:7.2f} s (10 targets, scaled)   ratio {base / ours:.1f}x   "
          f"target <= 10 s")
    _recall_at_scale(home, big)


def _recall_at_scale(home: Path, big: int) -> None:
    import csv

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the labelled pairs and their evaluation live with the tests
    from tests.core.test_recommended_before import DATA, evaluate
    from upr_desktop.core.read import recommended_before
    from upr_desktop.core.storage.workspace_file import create_workspace, open_workspace
    from upr_desktop.importers import ImportOptions, import_file

    with open(DATA / "upr-info-two-cycles.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    path = home / "labelled.uprw"
    create_workspace(path, name="Labelled", country="Norway", cycles=[1, 2]).close()
    ws = open_workspace(path)
    import_file(ws, DATA / "upr-info-two-cycles.csv", ImportOptions(all_states=True))
    alone = evaluate(ws, rows)
    ws.close()
    rng = random.Random(4)
    texts = _texts(rng)
    conn = sqlite3.connect(str(path))
    first = conn.execute("SELECT max(id) FROM recommendation").fetchone()[0] + 1
    now = "2026-01-01 00:00:00"
    added = [(first + i, str(uuid.uuid4()), f"decoy-{i}", f"decoy:{i}", _reworded(rng, texts[i % len(texts)]), state, '["France"]',
              "supported", 6, 1, now, now, 0)
             for i, state in enumerate(("Albania", "Norway", "Portugal") * (big // 3))]
    with conn:
        conn.executemany(
            "INSERT INTO recommendation (id, uuid, ref, source_key, text, state_under_review, recommending_states, response, "
            "session, cycle, created_at, updated_at, confidential) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", added)
    conn.close()
    ws = open_workspace(path)
    start = time.perf_counter()
    among = evaluate(ws, rows)
    took = time.perf_counter() - start
    ws.close()
    assert not recommended_before.every_pair(157, 106 + len(added) // 3)
    for name, (precision, recall, tp, fp, fn, _found) in (("labelled rows alone, every pair", alone),
                                                           (f"among {len(added) // 3:,} more per State, candidates", among)):
        print(f"labelled pairs, {name:45s} precision {precision:.2f}  recall {recall:.2f}  ({tp} hits, {fp} wrong, {fn} missed)")
    print(f"  ({took:.1f} s for the three States' {sum(1 for r in rows[1:] if r[10] == '19')} recommendations of cycle 2)")


if __name__ == "__main__":
    main()
