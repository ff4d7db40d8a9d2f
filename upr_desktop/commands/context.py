"""What every CLI command gets: the parsed arguments, the workspace, and output helpers."""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from pathlib import Path
from typing import Any

from upr_desktop.core.storage.workspace_file import WorkspaceFile, open_workspace
from upr_desktop.errors import PassphraseRequired
from upr_desktop.paths import default_workspace_path
from upr_desktop.settings import Settings, load_settings


class CommandContext:
    def __init__(self, args: Namespace) -> None:
        self.args = args
        self.json = bool(getattr(args, "json", False))
        self.settings: Settings = load_settings()

    def workspace_path(self) -> Path:
        given = getattr(self.args, "workspace", None)
        return Path(given).expanduser().resolve() if given else default_workspace_path()

    def open(self, **kwargs: Any) -> WorkspaceFile:
        """Open the workspace, asking for the passphrase when it is protected."""
        path = self.workspace_path()
        kwargs.setdefault("settings", self.settings)
        try:
            return open_workspace(path, **kwargs)
        except PassphraseRequired:
            from upr_desktop.security import unlock

            return unlock.open_protected(path, interactive=sys.stdin.isatty() and not self.json, **kwargs)

    # -- output ------------------------------------------------------------------------
    def emit(self, data: Any, text: str | None = None) -> None:
        """Print JSON with --json, otherwise the human text (or a readable rendering of the data)."""
        if self.json:
            print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        elif text is not None:
            print(text)
        else:
            print(json.dumps(data, ensure_ascii=False, indent=2, default=str))

    def say(self, text: str) -> None:
        """Progress and notes for people: stderr, so --json output stays parseable."""
        print(text, file=sys.stderr)

    def fail(self, message: str) -> None:
        if self.json:
            print(json.dumps({"error": message}, ensure_ascii=False))
        print(f"upr-desktop: error: {message}", file=sys.stderr)
