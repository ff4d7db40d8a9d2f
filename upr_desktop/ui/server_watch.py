"""Changes others make on a shared server workspace reach the open window within a second or two.

A thread of its own waits on the server's change announcements (LISTEN/NOTIFY, through
operations.server.listen_for_changes) and tells the data hub, which refreshes every page as after
one's own write. A lost connection is tried again every few seconds; a workspace file has no watch.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from upr_desktop.operations import server as server_ops

log = logging.getLogger(__name__)
RETRY_S = 3


class ServerWatch(QThread):
    changed = Signal(object)  # [{"actor", "kind"}, ...] committed by others

    def __init__(self, workspace: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

    def run(self) -> None:
        listener = None
        while not self.isInterruptionRequested():
            try:
                if listener is None:
                    listener = server_ops.listen_for_changes(self.workspace)
                changes = listener.wait(0.5)
            except Exception as exc:  # noqa: BLE001 - the server went away: try again, the window keeps working
                log.warning("listening for changes on the server failed: %s", exc)
                if listener is not None:
                    try:
                        listener.close()
                    except Exception:  # noqa: BLE001, S110 - already gone
                        pass
                listener = None
                for _ in range(RETRY_S * 10):  # in steps: closing the window must not wait out the pause (stop waits 3 s)
                    if self.isInterruptionRequested():
                        break
                    self.msleep(100)
                continue
            if changes:
                self.changed.emit(changes)
        if listener is not None:
            listener.close()

    def stop(self) -> None:
        self.requestInterruption()
        self.wait(3000)


def watch(workspace: Any, hub: Any, parent: QObject) -> ServerWatch | None:
    """Start watching a server workspace (None for a file): others' changes refresh every page."""
    if not getattr(workspace, "is_server", False):
        return None
    from upr_desktop.ui.hub import ALL

    thread = ServerWatch(workspace, parent)
    thread.changed.connect(lambda _changes: hub.notify((ALL,)))
    thread.start()
    return thread
