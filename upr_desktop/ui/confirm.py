"""Asking before a destructive step: one window-modal box, Cancel by default, the action named on its button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_destructive(
    parent: QWidget, *, title: str, text: str, details: str, action: str, on_confirm: Callable[[], None],
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> QMessageBox:
    """Open (not exec) the box; ``on_confirm`` runs only when the person presses ``action``.

    Returned so tests (and the caller) can reach its buttons; it deletes itself when closed.
    """
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(details)
    confirm = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    confirm.clicked.connect(lambda _checked=False: on_confirm())
    box.finished.connect(lambda _result: box.deleteLater())
    box.open()
    return box
