"""Import in the GUI: the import dialog behind Ctrl+I, and files dropped on the main window.

``install(window)`` registers ``ctx.commands["import"]`` and makes the main window accept drops of
xlsx/xls/ods/csv/docx/json files (the Exchange page takes drops itself, as returns to merge).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from upr_desktop.operations.importing import ACCEPTED
from upr_desktop.ui.importing.drops import dropped_paths

if TYPE_CHECKING:
    from upr_desktop.ui.importing.dialog import ImportDialog
    from upr_desktop.ui.main_window import MainWindow


class ImportLauncher(QObject):
    """Opens (or reuses) the import dialog; handles drops on the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ImportDialog | None = None
        window.ctx.commands["import"] = self.open
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def open(self, paths: list[str] | None = None) -> ImportDialog:
        from upr_desktop.ui.importing.dialog import ImportDialog

        if self.dialog is None or not self.dialog.isVisible():
            if self.dialog is not None:
                self.dialog.deleteLater()
            self.dialog = ImportDialog(self.window.ctx, self.window)
        self.dialog.show()
        self.dialog.raise_()
        if paths:
            self.dialog.add_files(list(paths))
        elif self.dialog.current_path() is None:
            self.dialog.choose_files()
        return self.dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDragEnterEvent | QDropEvent):
            if dropped_paths(event.mimeData(), ACCEPTED):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = dropped_paths(event.mimeData(), ACCEPTED)
            if paths:
                event.acceptProposedAction()
                self.open(paths)
                return True
        return False


def install(window: MainWindow) -> ImportLauncher:
    launcher = ImportLauncher(window)
    window.import_launcher = launcher  # type: ignore[attr-defined]
    return launcher
