"""How long the command line takes to answer: --version, --help and info on a 100,000-recommendation workspace.

Target (issue 19): ``upr-desktop --version`` <= 0.3 s. Each command runs as a whole process, the way a person or a
script starts it; the baseline is a bare interpreter (``python -c pass``) measured in the same run, alternating with
the commands so the machine's load touches them alike. Figures are medians; the ratio is to the bare interpreter.

    python benchmarks/cli_startup.py [--runs 7] [--rows 100000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    from scale_data import make_large_workspace

    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "UPR_DESKTOP_HOME": str(Path(tmp) / "home")}
        workspace = Path(tmp) / "large.uprw"
        make_large_workspace(workspace, args.rows)
        app = [sys.executable, "-m", "upr_desktop"]
        commands = {
            "bare interpreter (baseline)": [sys.executable, "-c", "pass"],
            "upr-desktop --version": [*app, "--version"],
            "upr-desktop --help": [*app, "--help"],
            "upr-desktop import --help": [*app, "import", "--help"],
            f"upr-desktop info ({args.rows:,} rows)": [*app, "--workspace", str(workspace), "info"],
        }
        times: dict[str, list[float]] = {label: [] for label in commands}
        for _ in range(args.runs):
            for label, command in commands.items():
                times[label].append(timed(command, env))
    bare = statistics.median(times["bare interpreter (baseline)"])
    print(f"median of {args.runs} whole processes (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):")
    for label, runs in times.items():
        median = statistics.median(runs)
        target = "  (target <= 0.30 s)" if "--version" in label else ""
        print(f"  {label:34s} {median:6.3f} s  = {median / bare:4.1f} x the bare interpreter{target}")


if __name__ == "__main__":
    main()
