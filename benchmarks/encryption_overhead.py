"""Encryption overhead: import and full-text search on 100,000 recommendations, encrypted vs plain.

Target (issue 6): an encrypted workspace costs at most 20% more time than a plain one (ratio <= 1.2x)
for the import of a 100,000-row UPR Info workbook (through ``upr_desktop.importers``) and for
searches on the resulting workspace. Plain and encrypted runs alternate within one benchmark run so machine
noise hits both alike; each measurement runs in a fresh subprocess (import, then searches and
opening on the imported workspace); figures are medians. The one-off key derivation (scrypt, paid once per
opening with a passphrase, never with a remembered key) is reported separately.

    python benchmarks/encryption_overhead.py [--rows N] [--runs 3] [--search-repeats 15]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
SEARCHES = [
    "torture", "death penalty", "journalists", "migrant workers", "birth registration",
    "judiciary", "trafficking", "Paris Principles", "disabilities", "gender-based violence",
]


def _workbook(rows: int) -> Path:
    """The UPR Info-style workbook the import benchmark also uses (generated once, cached in out/)."""
    spec = importlib.util.spec_from_file_location("import_100k", HERE / "import_100k.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = OUT / f"upr_info_{rows}.xlsx"
    if not path.exists():
        module.generate(path, rows)
    return path


def _import(workbook: Path, folder: Path, key: bytes | None) -> tuple[float, Path]:
    from upr_desktop import importers
    from upr_desktop.core.storage.workspace_file import create_workspace

    path = folder / ("encrypted.uprw" if key else "plain.uprw")
    ws = create_workspace(path, name="Benchmark", country="Thailand", key=key)
    try:
        start = time.perf_counter()
        report = importers.import_file(ws, workbook, importers.ImportOptions(all_states=True))
        elapsed = time.perf_counter() - start
    finally:
        ws.close()
    assert report.added > 0, report
    return elapsed, path


def _search_times(path: Path, key: bytes | None, repeats: int) -> dict[str, float]:
    """Median seconds per search (count of matches + the first page of 50 rows) on a warm workspace."""
    from sqlalchemy import func, select

    from upr_desktop.core.read import recommendation_list as queries
    from upr_desktop.core.storage.workspace_file import open_workspace

    medians: dict[str, float] = {}
    with open_workspace(path, key=key) as ws, ws.session() as session:
        for term in SEARCHES:
            samples = []
            for _ in range(repeats):
                start = time.perf_counter()
                ids = queries.filtered_ids(queries.RecommendationFilter(search=term)).subquery()
                count = session.scalar(select(func.count()).select_from(ids))
                rows = queries.recommendation_rows(session, search=term, limit=50)
                samples.append(time.perf_counter() - start)
            assert count is not None and count >= len(rows)
            medians[term] = statistics.median(samples)
    return medians


def _open_time(path: Path, key: bytes | None, repeats: int = 5) -> float:
    from upr_desktop.core.storage.workspace_file import open_workspace

    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        open_workspace(path, key=key).close()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def child(kind: str, workbook: Path, repeats: int) -> None:
    """One measurement in a fresh process (no cache, memory or GC state carried between runs)."""
    from upr_desktop.core.storage import sqlcipher as cipher

    material = os.urandom(cipher.KEY_BYTES) + cipher.new_salt() if kind == "encrypted" else None
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["UPR_DESKTOP_BACKUP_DIR"] = str(Path(tmp) / "backups")
        elapsed, path = _import(workbook, Path(tmp), material)
        searches = _search_times(path, material, repeats)
        opened = _open_time(path, material)
        size = path.stat().st_size
    print(json.dumps({"import": elapsed, "search": searches, "open": opened, "size": size}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="imports of each kind (alternating)")
    parser.add_argument("--search-repeats", type=int, default=15)
    parser.add_argument("--child", nargs=2, metavar=("KIND", "WORKBOOK"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE.parent))
    if args.child:
        child(args.child[0], Path(args.child[1]), args.search_repeats)
        return
    from upr_desktop.core.storage import sqlcipher as cipher

    workbook = _workbook(args.rows)
    start = time.perf_counter()
    cipher.new_key_material("benchmark passphrase, not a secret")
    kdf = time.perf_counter() - start

    imports: dict[str, list[float]] = {"plain": [], "encrypted": []}
    searches: dict[str, list[dict[str, float]]] = {"plain": [], "encrypted": []}
    opens: dict[str, list[float]] = {"plain": [], "encrypted": []}
    sizes: dict[str, int] = {}
    for run in range(args.runs):
        order = ["plain", "encrypted"] if run % 2 == 0 else ["encrypted", "plain"]
        for kind in order:
            done = subprocess.run(
                [sys.executable, __file__, "--child", kind, str(workbook), "--search-repeats", str(args.search_repeats)],
                capture_output=True, text=True, check=False,
            )
            if done.returncode != 0:
                sys.exit(f"{kind} run failed:\n{done.stderr}")
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            imports[kind].append(figures["import"])
            searches[kind].append(figures["search"])
            opens[kind].append(figures["open"])
            sizes[kind] = figures["size"]
            print(f"run {run + 1} {kind:9}: import {figures['import']:6.2f} s | search (sum of medians over {len(SEARCHES)} terms) "
                  f"{sum(figures['search'].values()) * 1000:7.1f} ms | open {figures['open'] * 1000:6.1f} ms", flush=True)

    def med_search(kind: str) -> dict[str, float]:
        return {t: statistics.median(run[t] for run in searches[kind]) for t in SEARCHES}

    imp = {k: statistics.median(v) for k, v in imports.items()}
    srch = {k: med_search(k) for k in searches}
    total = {k: sum(v.values()) for k, v in srch.items()}
    opn = {k: statistics.median(v) for k, v in opens.items()}
    print(f"\n{args.rows:,} recommendations, medians of {args.runs} runs (search: median of {args.search_repeats} per term):")
    print(f"{'':24}{'plain':>12}{'encrypted':>12}{'ratio':>8}")
    print(f"{'import':24}{imp['plain']:11.2f}s{imp['encrypted']:11.2f}s{imp['encrypted'] / imp['plain']:7.2f}x   (target <= 1.20x)")
    print(f"{'search, all terms':24}{total['plain'] * 1000:10.1f}ms{total['encrypted'] * 1000:10.1f}ms{total['encrypted'] / total['plain']:7.2f}x   (target <= 1.20x)")
    for term in SEARCHES:
        p, e = srch["plain"][term], srch["encrypted"][term]
        print(f"{'  ' + term:24}{p * 1000:10.2f}ms{e * 1000:10.2f}ms{e / p:7.2f}x")
    print(f"{'open (checks, no KDF)':24}{opn['plain'] * 1000:10.1f}ms{opn['encrypted'] * 1000:10.1f}ms{opn['encrypted'] / opn['plain']:7.2f}x")
    print(f"{'file size':24}{sizes['plain'] / 2**20:10.1f}MB{sizes['encrypted'] / 2**20:10.1f}MB")
    print(f"key derivation from a passphrase (scrypt N=2^17, r=8, p=1), once per unlock: {kdf:.2f} s")


if __name__ == "__main__":
    main()
