"""Demo creation and reset times (target: reset < 3 s): median of 5 resets, plus a first build and a template build."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="upr-demo-bench-"))
    os.environ["UPR_DESKTOP_HOME"] = str(home)
    from upr_desktop.core.services import assessments
    from upr_desktop.demo import build_demo, content_hash, create_demo

    start = time.perf_counter()
    build_demo(home / "scratch.uprw").close()
    print(f"build from scratch (249 recs, deterministic)   {time.perf_counter() - start:6.2f} s")
    target = home / "demo.uprw"
    start = time.perf_counter()
    ws = create_demo(target)  # builds the template the first time, then copies it
    print(f"first create (builds the template)             {time.perf_counter() - start:6.2f} s")
    original = content_hash(ws)
    ws.close()
    times = []
    for i in range(5):
        with create_demo(target, reset=True) as ws, ws.transaction() as s:  # dirty it, as a workshop would, then reset
            assessments.record_assessment(s, ref=f"158.{i + 1}", group="JRC", status="unknown", assessed_on="2026-01-01")
        start = time.perf_counter()
        ws = create_demo(target, reset=True)
        times.append(time.perf_counter() - start)
        same = content_hash(ws) == original
        ws.close()
        assert same, "reset did not restore the demo exactly"
    print(f"reset (median of 5, content hash identical)    {statistics.median(times):6.3f} s   (min {min(times):.3f}, max {max(times):.3f})")


if __name__ == "__main__":
    main()
