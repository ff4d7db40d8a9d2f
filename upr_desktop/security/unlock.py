"""Opening protected workspaces: finding the key (keyring or passphrase)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from upr_desktop.core.workspace import WorkspaceFile
from upr_desktop.errors import PassphraseRequired
from upr_desktop.i18n import tr


def open_protected(path: Path, *, interactive: bool, **kwargs: Any) -> WorkspaceFile:
    """Encrypted workspaces arrive with the security work; until then they cannot be opened."""
    raise PassphraseRequired(tr("The workspace {path} is protected by a passphrase, and this version cannot open protected workspaces.", path=path))
