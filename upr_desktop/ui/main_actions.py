"""The main window's menus and shortcuts; each action calls a named command, so pages can supply them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

translate = QCoreApplication.translate


class MainActions(QObject):
    """Builds the menu bar. ``trigger(name)`` is called with the action's command name."""

    def __init__(self, window: QMainWindow, trigger: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.trigger = trigger
        self.actions: dict[str, QAction] = {}
        bar = window.menuBar()

        file_menu = bar.addMenu(translate("MainActions", "&File"))
        self._add(file_menu, "new_workspace", translate("MainActions", "&New workspace..."), QKeySequence.StandardKey.New)
        self._add(file_menu, "open_workspace", translate("MainActions", "&Open workspace..."), QKeySequence.StandardKey.Open)
        self._add(file_menu, "close_workspace", translate("MainActions", "&Close workspace"), "Ctrl+Shift+W")
        file_menu.addSeparator()
        self._add(file_menu, "import", translate("MainActions", "&Import recommendations..."), "Ctrl+I")
        self._add(file_menu, "export", translate("MainActions", "&Export workbooks for groups..."), "Ctrl+E")
        self._add(file_menu, "merge", translate("MainActions", "&Merge returned workbooks..."), "Ctrl+M")
        file_menu.addSeparator()
        self._add(file_menu, "backup", translate("MainActions", "&Back up now"), "Ctrl+B")
        file_menu.addSeparator()
        self._add(file_menu, "quit", translate("MainActions", "&Quit"), QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(translate("MainActions", "&Edit"))
        self.edit_menu = edit_menu
        self._add(edit_menu, "undo", translate("MainActions", "&Undo"), "Ctrl+Z")
        self._add(edit_menu, "redo", translate("MainActions", "&Redo"), "Ctrl+Shift+Z")
        edit_menu.addSeparator()
        self._add(edit_menu, "find", translate("MainActions", "&Find..."), "Ctrl+F")

        view_menu = bar.addMenu(translate("MainActions", "&View"))
        self._add(view_menu, "text_larger", translate("MainActions", "&Larger text"), "Ctrl+=")
        self.actions["text_larger"].setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self._add(view_menu, "text_smaller", translate("MainActions", "&Smaller text"), "Ctrl+-")
        self._add(view_menu, "text_normal", translate("MainActions", "&Normal text size"), "Ctrl+0")
        view_menu.addSeparator()
        self._add(view_menu, "presentation", translate("MainActions", "&Presentation mode"), "F11").setCheckable(True)
        self.go_menu = bar.addMenu(translate("MainActions", "&Go"))

        help_menu = bar.addMenu(translate("MainActions", "&Help"))
        self._add(help_menu, "open_log_folder", translate("MainActions", "Open &log folder"))
        help_menu.addSeparator()
        self._add(help_menu, "about", translate("MainActions", "&About UPR Desktop"))

    def _add(self, menu: QMenu, name: str, text: str, shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, n=name: self.trigger(n))
        menu.addAction(action)
        self.window.addAction(action)  # shortcuts work even when the menu bar is hidden
        self.actions[name] = action
        return action

    def add_page(self, index: int, title: str, go: Callable[[int], None]) -> QAction:
        """A Go menu entry for a page, with Ctrl+1..9."""
        action = QAction(title, self.window)
        if index < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.triggered.connect(lambda _checked=False, i=index: go(i))
        self.go_menu.addAction(action)
        self.window.addAction(action)
        return action

    def set_undo_text(self, undo_label: str | None, redo_label: str | None) -> None:
        undo, redo = self.actions["undo"], self.actions["redo"]
        undo.setEnabled(undo_label is not None)
        redo.setEnabled(redo_label is not None)
        # "&" in a label would become a keyboard mnemonic: double it.
        undo.setText(translate("MainActions", "&Undo %1").replace("%1", undo_label.replace("&", "&&")) if undo_label else translate("MainActions", "&Undo"))
        redo.setText(translate("MainActions", "&Redo %1").replace("%1", redo_label.replace("&", "&&")) if redo_label else translate("MainActions", "&Redo"))
