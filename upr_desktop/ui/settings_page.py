"""The Settings page: language, text size, backup folder, auto-lock minutes, and whether keys can be remembered."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.errors import UserError
from upr_desktop.operations import security, workspace
from upr_desktop.ui.error_dialogs import show_user_error
from upr_desktop.ui.fitting import scrolling, wrapping_form
from upr_desktop.ui.pages import AppContext, Page
from upr_desktop.ui.settings import TEXT_SIZES
from upr_desktop.ui.translations import LANGUAGES

MAX_AUTO_LOCK = 480


def backup_folder_problem(folder: str) -> str | None:
    """Why ``folder`` cannot take backups ("missing" or "read-only"), or None when it can."""
    if not folder:
        return None
    path = Path(folder).expanduser()
    if not path.is_dir():
        return "missing"
    if not os.access(path, os.W_OK | os.X_OK):
        return "read-only"
    return None


class SettingsPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Same as the computer"), "")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.text_size_spin = QSpinBox()
        self.text_size_spin.setRange(*TEXT_SIZES)
        self.text_size_spin.setSuffix(self.tr(" pt"))
        self.backup_edit = QLineEdit()
        self.backup_edit.setPlaceholderText(self.tr("Next to the workspace file (default)"))
        self.browse_button = QPushButton(self.tr("&Browse..."))
        self.browse_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.browse_button.clicked.connect(self.browse_backup_folder)
        self.auto_lock_spin = QSpinBox()
        self.auto_lock_spin.setRange(0, MAX_AUTO_LOCK)
        self.auto_lock_spin.setSpecialValueText(self.tr("Never"))
        self.auto_lock_spin.setSuffix(self.tr(" minutes"))
        self.keyring_label = QLabel(self.tr("Checking the keyring..."))
        self.keyring_label.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.apply_button.clicked.connect(self.apply)
        self.revert_button.clicked.connect(self.load)

        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_edit, 1)
        backup_row.addWidget(self.browse_button)
        general = QGroupBox(self.tr("Display"))
        general_form = wrapping_form(QFormLayout(general))
        safety = QGroupBox(self.tr("Safety"))
        safety_form = wrapping_form(QFormLayout(safety))
        for form, text, widget, name, note in (
            (general_form, self.tr("&Language:"), self.language_combo, self.tr("Language"), self.language_note),
            (general_form, self.tr("&Text size:"), self.text_size_spin, self.tr("Text size in points"),
             self.tr("Ctrl+= and Ctrl+- change it from anywhere; Ctrl+0 goes back to normal.")),
            (safety_form, self.tr("Backup &folder:"), self.backup_edit, self.tr("Backup folder"),
             self.tr("Where automatic and manual backups go. Choose a folder on another disk to survive a disk failure.")),
            (safety_form, self.tr("Lock after &inactivity:"), self.auto_lock_spin, self.tr("Minutes before the workspace locks"),
             self.tr("A protected workspace locks itself after this many minutes without use.")),
        ):
            label = QLabel(text)  # not wrapped: "Taille du texte :" would leave its colon alone on a line; the field goes under it instead
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(label, backup_row if widget is self.backup_edit else widget)
            hint = note if isinstance(note, QLabel) else QLabel(note)
            hint.setWordWrap(True)
            form.addRow("", hint)
        safety_form.addRow(self.tr("Keyring:"), self.keyring_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        # The boxes scroll on a short screen (Burmese at projector size); the title and Apply stay in view.
        boxes = QWidget()
        box_column = QVBoxLayout(boxes)
        box_column.setContentsMargins(0, 0, 0, 0)
        box_column.addWidget(general)
        box_column.addWidget(safety)
        box_column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Settings</h2>")))
        layout.addWidget(scrolling(boxes), 1)
        layout.addLayout(buttons)
        self.language_combo.currentIndexChanged.connect(lambda _i: self._explain_language())
        self.language_combo.setMaximumWidth(360)
        self.text_size_spin.setMaximumWidth(140)
        self.auto_lock_spin.setMaximumWidth(180)
        self.backup_edit.setMaximumWidth(560)
        backup_row.addStretch(1)
        self.load()
        self.refresh_keyring()

    def activated(self) -> None:
        self.load()  # Ctrl+= / Ctrl+- may have changed the text size meanwhile
        self.refresh_keyring()

    # -- showing --------------------------------------------------------------------------
    def load(self) -> None:
        s = self.ctx.settings
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(s.language)))
        self.text_size_spin.setValue(s.text_size)
        self.backup_edit.setText(s.backup_folder)
        self.auto_lock_spin.setValue(s.auto_lock_minutes)
        self._explain_language()

    def _explain_language(self) -> None:
        if "reopen_window" in self.ctx.commands:
            text = self.tr("A new language applies when you press Apply: the window is rebuilt and your workspace stays open.")
        else:
            text = self.tr("A new language applies the next time UPR Desktop starts.")
        self.language_note.setText(text)

    def refresh_keyring(self) -> None:
        self.ctx.ops.call(security.keyring_status, on_done=self.show_keyring, key="settings-keyring")

    def show_keyring(self, status: security.KeyringStatus) -> None:
        if status.usable:
            text = self.tr("\u2714 Passphrases can be remembered on this computer (%1).").replace("%1", status.backend)
        else:
            text = self.tr("\u2716 Passphrases cannot be remembered on this computer: %1. You will type the passphrase when you open a protected workspace.").replace("%1", status.reason)
        self.keyring_label.setText(text)

    def browse_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_edit.text() or str(Path.home()))
        if folder:
            self.backup_edit.setText(folder)

    # -- applying -------------------------------------------------------------------------
    def apply(self) -> None:
        folder = self.backup_edit.text().strip()
        problem = backup_folder_problem(folder)
        if problem == "missing":
            show_user_error(self, self.tr("The backup folder %1 does not exist. Create it first or choose another folder.").replace("%1", folder))
            return
        if problem == "read-only":
            show_user_error(self, self.tr("UPR Desktop cannot write in the backup folder %1. Choose a folder you can write to.").replace("%1", folder))
            return
        language = self.language_combo.currentData()
        language_changed = language != self.ctx.settings.language
        try:
            s = self.ctx.store.update(
                language=language, text_size=self.text_size_spin.value(),
                backup_folder=str(Path(folder).expanduser()) if folder else "", auto_lock_minutes=self.auto_lock_spin.value(),
            )
        except UserError as exc:
            show_user_error(self, str(exc))
            return
        self.ctx.ops.write(workspace.use_settings, s)  # the open workspace: its next backup goes to the new folder
        font = QApplication.font()
        if font.pointSize() != s.text_size:
            font.setPointSize(s.text_size)
            QApplication.setFont(font)
        if language_changed and "reopen_window" in self.ctx.commands:
            self.ctx.status_message(self.tr("Settings saved; switching the language..."))
            QTimer.singleShot(0, lambda: self.ctx.run_command("reopen_window"))  # rebuilds this page too
        elif language_changed:
            self.ctx.status_message(self.tr("Settings saved. Restart UPR Desktop to see the new language."))
        else:
            self.ctx.status_message(self.tr("Settings saved."))
