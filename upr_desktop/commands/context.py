"""What every CLI command gets: the parsed arguments, the workspace, and output helpers."""

from __future__ import annotations

import json
import os
import sys
from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from upr_desktop.commands.lazy import lazy_module
from upr_desktop.errors import PassphraseRequired
from upr_desktop.i18n import tr
from upr_desktop.operations.server import is_server_location  # light: no SQLAlchemy
from upr_desktop.paths import default_workspace_path
from upr_desktop.settings import Settings, load_settings, settings_path, settings_problem

if TYPE_CHECKING:
    from upr_desktop.operations import workspace
    from upr_desktop.operations.base import WorkspaceFile
else:
    workspace = lazy_module("upr_desktop.operations.workspace")


class CommandContext:
    def __init__(self, args: Namespace) -> None:
        self.args = args
        self.json = bool(getattr(args, "json", False))
        self.settings: Settings = load_settings()  # the same settings the app saves (the backup folder...)
        problem = settings_problem()
        if problem:
            self.say(tr("Note: your settings ({path}) could not be read ({reason}); the defaults are used (the backup folder too). "
                        "Choose your settings again in the app, or correct the file.", path=settings_path(), reason=problem))
        self._told_read_only = False
        self._stretch_ahead()

    def _stretch_ahead(self) -> None:
        """With $UPR_DESKTOP_PASSPHRASE, the passphrase stretched over a protected workspace's salt on a thread while
        the command starts up (core/storage/key_ahead.py); nothing for a server."""
        given = getattr(self.args, "workspace", None)
        if given and is_server_location(given):
            return
        from upr_desktop.operations.passphrase_ahead import stretch_ahead

        stretch_ahead(self.workspace_path())

    def workspace_path(self) -> Path:
        given = getattr(self.args, "workspace", None)
        if given and is_server_location(given):
            return given  # type: ignore[no-any-return]  # a server's URL (postgresql://...) stays as typed
        return Path(given).expanduser().resolve() if given else default_workspace_path()

    def open(self, **kwargs: Any) -> WorkspaceFile:
        """Open the workspace, asking for the passphrase when it is protected."""
        path = self.workspace_path()
        kwargs.setdefault("settings", self.settings)
        try:
            ws = workspace.open_workspace(path, **kwargs)
        except PassphraseRequired:  # the keyring and SQLCipher are loaded only for protected files
            from upr_desktop.operations import security

            ws = security.open_protected(path, interactive=self.interactive(), **kwargs)
        if ws.resumed:
            self.say(ws.resumed)  # an interrupted change of passphrase was finished or undone
        if ws.read_only and not self._told_read_only:
            self._told_read_only = True
            self.say(tr("Note: {path} can only be read ({reason}); it was opened for reading only.", path=path, reason=ws.read_only))
        return ws

    def note_cycle(self, ws: WorkspaceFile) -> None:
        """With ``--cycle N`` for a cycle the workspace does not hold, say so (the lists are empty, not wrong)."""
        cycle = getattr(self.args, "cycle", None)
        if cycle is None:
            return
        from upr_desktop.operations import recommended_before

        held = recommended_before.cycles(ws)
        if cycle not in held:
            self.say(tr("Note: this workspace holds no recommendation of UPR cycle {cycle} (it holds: {held}).",
                        cycle=cycle, held=", ".join(str(c) for c in held) or "-"))

    def interactive(self) -> bool:
        """Whether a person is at a terminal to type a passphrase or a confirmation."""
        return sys.stdin.isatty() and not self.json

    # -- output ------------------------------------------------------------------------
    def emit(self, data: Any, text: str | None = None) -> None:
        """Print JSON with --json, otherwise the human text (or a readable rendering of the data)."""
        if self.json or text is None:
            text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
        write_line(sys.stdout, text)

    def say(self, text: str) -> None:
        """Progress and notes for people: stderr, so --json output stays parseable."""
        write_line(sys.stderr, text)

    def fail(self, message: str) -> None:
        if self.json:
            write_line(sys.stdout, json.dumps({"error": message}, ensure_ascii=False))
        write_line(sys.stderr, f"upr-desktop: error: {message}")


# -- a reader that stops reading (upr-desktop ... | head) -------------------------------------
def write_line(stream: Any, text: str) -> None:
    """Print a line; when the reader has gone, drop it and all later output: the command still finishes
    its work (and commits it), then exits quietly."""
    try:
        print(text, file=stream)
    except BrokenPipeError:
        discard(stream)


def flush_output() -> None:
    """Flush what is still buffered before the command returns (quietly, when the reader has gone)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BrokenPipeError:
            discard(stream)


def discard(stream: Any) -> None:
    """Point a stream whose reader has gone at the null device, so nothing more fails, at exit either."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):  # not a file (tests capture output in memory)
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)
