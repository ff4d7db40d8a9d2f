"""A progress dialog with Cancel for long work running on the database worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from upr_desktop.ui.worker import BackgroundRunner, Job

SHOW_AFTER_MS = 400  # short work finishes before the dialog would flash up


class ProgressDialog(QProgressDialog):
    """Shows what long work reports; Cancel asks the work to stop at its next progress call."""

    def __init__(self, title: str, *, cancellable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)  # busy indicator until the work says how much there is
        self.setMinimumWidth(420)
        self.setAccessibleName(title)
        if cancellable:
            self.setCancelButtonText(self.tr("Cancel"))
        else:
            self.setCancelButton(None)  # type: ignore[arg-type]
        self._job: Job | None = None
        self._done = False

    def follow(self, runner: BackgroundRunner, job: Job) -> None:
        """Mirror ``job``'s progress; Cancel asks it to stop."""
        self._job = job
        runner.progressed.connect(self._progressed)
        self.canceled.connect(self._cancel)
        if not self._done:
            self.setValue(0)  # starts the minimum-duration timer

    def _progressed(self, job: object, done: int, total: int, message: str) -> None:
        if job is not self._job or self._done:
            return
        if total > 0:
            if self.maximum() != total:
                self.setRange(0, total)
            self.setValue(min(done, total))
        if message:
            self.setLabelText(message)

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.progress.cancel()
            self.setLabelText(self.tr("Stopping..."))

    def finish(self) -> None:
        self._done = True
        self.reset()
        self.hide()
        self.deleteLater()
