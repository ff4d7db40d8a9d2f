"""Merge a returned workbook as the app and the command line do, pausing just before the commit.

The kill -9 test runs this in a child process: paused_merge.py WORKSPACE RETURN MARKER. When the
merge is written but not committed, MARKER receives the files' statuses and the child waits to be killed.
"""

import sys
import time
from pathlib import Path

from upr_desktop.operations import exchange, workspace


def main() -> None:
    ws_path, returned, marker = sys.argv[1:4]

    def pause(plans: list) -> None:
        Path(marker).write_text(" ".join(p.status for p in plans))
        time.sleep(60)

    with workspace.open_workspace(ws_path) as ws:
        exchange.merge(ws, [returned], before_commit=pause)


if __name__ == "__main__":
    main()
