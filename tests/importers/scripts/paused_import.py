"""Import a file as the command line does, pausing once the rows are being written: paused_import.py WORKSPACE FILE MARKER.

The kill -9 test runs this in a child process; when the import reports "Adding recommendations" (the copy it builds
into exists and is being written), MARKER is written and the child waits to be killed. The pause is the progress
callback every caller can pass: nothing in the product waits for a test.
"""

import sys
import time
from pathlib import Path

from upr_desktop.importers import ImportOptions
from upr_desktop.operations import importing, workspace


def main() -> None:
    ws_path, source, marker = sys.argv[1:4]

    def pause(done: int, _total: int, stage: str) -> None:
        if stage == "Adding recommendations" and done > 0:
            Path(marker).write_text(stage)
            time.sleep(60)

    with workspace.open_workspace(ws_path) as ws:
        importing.import_file(ws, source, ImportOptions(all_states=True), progress=pause)


if __name__ == "__main__":
    main()
