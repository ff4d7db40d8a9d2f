"""The app's log: a rotating file in the user log folder, with Python's fault handler writing into it.

Errors a person sees stay one line (the CLI's ``upr-desktop: error: ...``, a dialog in the app); the
traceback goes here, for whoever supports the installation. The command line and the app call
:func:`setup` once at start; modules log with ``logging.getLogger(__name__)``.

What is written: the command's name (never its arguments: they can hold names of people met),
errors with their tracebacks, and warnings from the libraries. Record contents are never logged.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TextIO

from upr_desktop import __version__
from upr_desktop.io import create_private_file, make_private_dir
from upr_desktop.paths import log_dir

FILE_NAME = "upr-desktop.log"
MAX_BYTES = 1_000_000
KEEP = 4  # upr-desktop.log.1 ... .4 besides the current file: 5 MB at most
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(__name__)


class _Handler(RotatingFileHandler):
    """Rotates the file, and moves the fault handler to the new one (the old stream is closed).

    Every file it opens is readable by its owner only, whatever the umask (see upr_desktop.io).
    """

    def _open(self) -> TextIO:  # type: ignore[override]
        create_private_file(Path(self.baseFilename))
        return super()._open()

    def doRollover(self) -> None:
        super().doRollover()
        if _faults is self and self.stream is not None:
            faulthandler.enable(file=self.stream)


_handler: _Handler | None = None
_faults: _Handler | None = None  # the handler whose file the fault handler writes to, when we enabled it


def log_file() -> Path:
    return log_dir() / FILE_NAME


def setup(role: str) -> Path | None:
    """Log to the rotating file in the user log folder; ``role`` ("app", "cli") says who started.

    Calling it again (another user data folder, as in tests) moves the log. When the folder cannot
    be written the program runs on without a log. A fault handler someone else enabled (``python -X
    faulthandler``, a test runner) is left where they pointed it.
    """
    global _handler, _faults
    path = log_file()
    if _handler is not None and _handler.baseFilename == os.path.abspath(path):
        return path
    try:
        make_private_dir(path.parent)
        handler = _Handler(path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    logging.getLogger("upr_desktop").setLevel(logging.INFO)
    logging.captureWarnings(True)
    if _faults is not None or not faulthandler.is_enabled():
        faulthandler.enable(file=_stream(handler))  # before the old file closes: a crash always has somewhere to go
        _faults = handler
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = handler
    log.info("UPR Desktop %s (%s) on Python %s, %s", __version__, role, platform.python_version(), platform.platform())
    return path


def _stream(handler: _Handler) -> TextIO:
    return handler.stream if handler.stream is not None else sys.stderr
