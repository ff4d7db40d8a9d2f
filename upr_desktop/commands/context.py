"""What every CLI command gets: the parsed arguments, the workspace, and output helpers."""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from upr_desktop.errors import PassphraseRequired
from upr_desktop.operations import workspace
from upr_desktop.paths import default_workspace_path
from upr_desktop.settings import Settings, load_settings

if TYPE_CHECKING:
    from upr_desktop.operations.base import WorkspaceFile


class CommandContext:
    def __init__(self, args: Namespace) -> None:
        self.args = args
        self.json = bool(getattr(args, "json", False))
        self.settings: Settings = load_settings()  # the same settings the app saves (the backup folder...)

    def workspace_path(self) -> Path:
        given = getattr(self.args, "workspace", None)
        return Path(given).expanduser().resolve() if given else default_workspace_path()

    def open(self, **kwargs: Any) -> WorkspaceFile:
        """Open the workspace, asking for the passphrase when it is protected."""
        path = self.workspace_path()
        kwargs.setdefault("settings", self.settings)
        try:
            return workspace.open_workspace(path, **kwargs)
        except PassphraseRequired:  # the keyring and SQLCipher are loaded only for protected files
            from upr_desktop.operations import security

            return security.open_protected(path, interactive=self.interactive(), **kwargs)

    def interactive(self) -> bool:
        """Whether a person is at a terminal to type a passphrase or a confirmation."""
        return sys.stdin.isatty() and not self.json

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
