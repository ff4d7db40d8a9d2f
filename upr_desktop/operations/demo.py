"""The demo coalition for trainers: create it, put it back exactly as it was, write the workshop's returns."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from upr_desktop.paths import demo_workspace_path
from upr_desktop.settings import Settings

if TYPE_CHECKING:
    from upr_desktop.core.storage.workspace_file import WorkspaceFile
    from upr_desktop.demo.scenario import Scenario

__all__ = ["create_demo", "demo_workspace_path", "write_scenario"]


def create_demo(path: str | Path | None = None, *, reset: bool = False, settings: Settings | None = None) -> WorkspaceFile:
    """The demo workspace (its own file, never a coalition's), created or with ``reset`` put back; returned open."""
    from upr_desktop.demo import create_demo as create

    return create(path, reset=reset, settings=settings or Settings())


def write_scenario(ws: WorkspaceFile, folder: str | Path, *, say: Callable[[str], None] = print) -> Scenario:
    """The workshop's four returned workbooks in ``folder``, with what merging each one gives."""
    from upr_desktop.demo.scenario import write_scenario as write

    return write(ws, Path(folder), say=say)
