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


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (the child's own user + system, os.wait4) of one whole process."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


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
        times: dict[str, list[tuple[float, float]]] = {label: [] for label in commands}
        for _ in range(args.runs):
            for label, command in commands.items():
                times[label].append(timed(command, env))
    base = times["bare interpreter (baseline)"]
    bare, bare_cpu = statistics.median(w for w, _c in base), statistics.median(c for _w, c in base)
    print(f"median of {args.runs} whole processes (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores);"
          " wall, then process CPU (steadier on a shared machine):")
    for label, runs in times.items():
        wall, cpu = statistics.median(w for w, _c in runs), statistics.median(c for _w, c in runs)
        target = "  (target <= 0.30 s)" if "--version" in label else ""
        print(f"  {label:34s} {wall:6.3f} s {cpu:6.3f} s cpu  = {wall / bare:4.1f} x / {cpu / bare_cpu:4.1f} x the bare interpreter{target}")


if __name__ == "__main__":
    main()
