"""Changes made by others on a server workspace, as they commit (PostgreSQL LISTEN/NOTIFY).

One connection of its own listens on the channel the ``operation`` trigger announces every change
on (server_schema.NOTIFY); :meth:`ChangeListener.wait` returns the changes other programs committed
since the last call, waiting at most ``timeout`` seconds for the first one. This program's own
changes (its PROCESS_TOKEN) are left out: its windows already refresh after their own writes.
"""

from __future__ import annotations

import json
from typing import Any

from upr_desktop.core.storage import server
from upr_desktop.core.storage.server_schema import NOTIFY_CHANNEL


class ChangeListener:
    def __init__(self, ws: Any) -> None:
        address = ws.address
        self._conn = server.connect(address, server.password_for(address), autocommit=True)
        self._conn.execute(f"LISTEN {NOTIFY_CHANNEL}")

    def wait(self, timeout: float = 1.0) -> list[dict[str, Any]]:
        """Changes committed by other programs, waiting up to ``timeout`` s for the first (then taking what else arrived)."""
        found: list[dict[str, Any]] = []
        for note in self._conn.notifies(timeout=timeout, stop_after=1):
            found.append(json.loads(note.payload))
        if found:  # take what came with it without waiting again
            found.extend(json.loads(n.payload) for n in self._conn.notifies(timeout=0.05))
        return [change for change in found if change.get("from") != server.PROCESS_TOKEN]

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ChangeListener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
