"""Errors shown to people: a readable message for UserError, a copyable report for anything else."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from upr_desktop import __version__
from upr_desktop.errors import Cancelled
from upr_desktop.failures import explain

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


def crash_report(exc: BaseException) -> str:
    """Everything a developer needs, nothing from the workspace beyond the traceback."""
    lines = [
        f"UPR Desktop {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"PySide6 {pyside_version}",
        "",
        *traceback.format_exception(type(exc), exc, exc.__traceback__),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    """An unexpected error: says the data is safe, and offers the report to copy."""

    def __init__(self, exc: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ErrorDialogs", "Something went wrong"))
        self.report = crash_report(exc)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate("ErrorDialogs", 
                "UPR Desktop hit an unexpected problem. The change in progress was not saved; "
                "everything saved before is intact. Please copy this report and send it to whoever "
                "supports your coalition's installation."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(self.report)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("ErrorDialogs", "Error report"))
        self.text.setMinimumSize(560, 220)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(translate("ErrorDialogs", "Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)


def present(parent: QWidget | None, title: str, message: str, error: BaseException | None = None) -> None:
    """Put an error in front of the person: the message in a box, or for an unexpected ``error`` its report.

    Every error dialog opens here (tests replace this function to collect them instead).
    """
    if error is not None:
        CrashDialog(error, parent).exec()
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def show_user_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    present(parent, title or translate("ErrorDialogs", "Cannot do that"), message)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show any error from the core: UserError readably, Cancelled not at all, the rest as a report."""
    if isinstance(exc, Cancelled):
        return
    known = explain(exc)  # UserError, or a full or read-only disk, a denied folder, a damaged file
    if known is not None:
        show_user_error(parent, known.message)
        return
    present(parent, translate("ErrorDialogs", "Something went wrong"), crash_report(exc), exc)


def install_excepthook() -> None:
    """Exceptions escaping a slot become a dialog instead of a silent log line or an abort."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if QApplication.instance() is None or issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        log.error("Unexpected error in the window", exc_info=(kind, exc, tb))
        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
