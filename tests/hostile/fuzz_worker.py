"""Reads files as the app would, one per line of standard input, in a process limited to 500 MB.

Started by tests/hostile/test_fuzz.py with RLIMIT_AS set. Each input line is JSON
``{"kind": "import" | "return", "path": "..."}``; each answer line is JSON ``{"status": "ok" |
"refused" | "error", "message": ..., "maxrss_kb": ...}``: "ok" the file was read (an import parsed,
a return read), "refused" a UserError with its message, "error" anything else with its traceback.
If a reader aborts the process (a Rust allocation failure, a segfault), the test sees the pipe close.
"""

from __future__ import annotations

import json
import resource
import sys
import traceback


def main() -> None:
    import os

    # Answers go to the original standard output; anything a library prints goes to standard error.
    answers = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    from upr_desktop.errors import UserError
    from upr_desktop.exchange.workbook_reader import read_return
    from upr_desktop.importers.imported import ImportOptions
    from upr_desktop.importers.run import read_source

    for line in sys.stdin:
        request = json.loads(line)
        try:
            if request["kind"] == "import":
                read_source(request["path"], ImportOptions())
            else:
                read_return(request["path"])
            answer = {"status": "ok", "message": None}
        except UserError as exc:
            answer = {"status": "refused", "message": str(exc)}
        except BaseException:  # noqa: BLE001 - reported to the test, which fails on it
            answer = {"status": "error", "message": traceback.format_exc()}
        answer["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps(answer), file=answers, flush=True)


if __name__ == "__main__":
    main()
