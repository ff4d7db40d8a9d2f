"""Auto-lock: after a configurable idle time, hide the window's content and drop the workspace key."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
}


class AutoLock(QObject):
    """Emits ``locked`` once no keyboard/mouse activity was seen for ``minutes`` (0 = never).

    Watches the whole application through an event filter; :meth:`resume` restarts the watch after
    the person has unlocked again.
    """

    locked = Signal()

    def __init__(self, minutes: int = 15, parent: QObject | None = None, *, interval_ms: int | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._expired)
        self.is_locked = False
        self._interval_override = interval_ms
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def enabled(self) -> bool:
        return self.interval_ms > 0 and self.minutes > 0

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, int(minutes))
        self.interval_ms = self._interval_override if self._interval_override is not None else self.minutes * 60_000
        self.timer.setInterval(self.interval_ms)
        self.poke()

    def poke(self) -> None:
        """Activity: start the idle count again."""
        if self.is_locked:
            return
        if self.enabled:
            self.timer.start(self.interval_ms)
        else:
            self.timer.stop()

    def lock_now(self) -> None:
        if not self.is_locked:
            self._expired()

    def resume(self) -> None:
        self.is_locked = False
        self.poke()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _expired(self) -> None:
        self.timer.stop()
        self.is_locked = True
        self.locked.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and not self.is_locked and self.enabled:
            self.timer.start(self.interval_ms)
        return False
