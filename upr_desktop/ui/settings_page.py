"""The Settings page: language, text size, backup folder, auto-lock, and whether a keyring works."""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.ui.pages import AppContext, Page
from upr_desktop.ui.settings import TEXT_SIZES
from upr_desktop.ui.translations import LANGUAGES


def keyring_description() -> tuple[bool, str]:
    """Whether the system keyring can hold passphrases, and its name (Qt-free check, no secrets read)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        return not isinstance(backend, fail.Keyring), type(backend).__name__
    except Exception as exc:  # noqa: BLE001 - any failure means "no keyring"
        return False, type(exc).__name__


class SettingsPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        settings = ctx.settings
        outer = QVBoxLayout(self)
        heading = QLabel("<h2>" + self.tr("Settings") + "</h2>")
        outer.addWidget(heading)
        form = QFormLayout()
        outer.addLayout(form)

        self.language = QComboBox()
        self.language.addItem(self.tr("As the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(self.tr("Language"))
        self.language_note = QLabel(self.tr("A new language applies when the window is reopened; your work stays open."))
        self.language_note.setWordWrap(True)
        self.reopen_button = QPushButton(self.tr("&Reopen the window now"))
        self.reopen_button.setEnabled(False)
        self.reopen_button.clicked.connect(lambda: ctx.run_command("reopen_window"))
        self.language.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self._label(self.tr("&Language:"), self.language), self.language)
        form.addRow("", self.language_note)
        form.addRow("", self.reopen_button)

        self.text_size = QSpinBox()
        self.text_size.setRange(*TEXT_SIZES)
        self.text_size.setSuffix(self.tr(" pt"))
        self.text_size.setValue(settings.text_size)
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.text_size.valueChanged.connect(self._text_size_chosen)
        form.addRow(self._label(self.tr("&Text size:"), self.text_size), self.text_size)

        self.backup_folder = QLineEdit(settings.backup_folder)
        self.backup_folder.setPlaceholderText(self.tr("A \"backups\" folder next to the workspace"))
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        self.backup_folder.editingFinished.connect(self._backup_folder_chosen)
        browse = QPushButton(self.tr("C&hoose..."))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.backup_folder, 1)
        row.addWidget(browse)
        form.addRow(self._label(self.tr("&Backups go to:"), self.backup_folder), row)

        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.auto_lock.setAccessibleName(self.tr("Lock a protected workspace after this many idle minutes"))
        self.auto_lock.valueChanged.connect(self._auto_lock_chosen)
        form.addRow(self._label(self.tr("Lock after &idle:"), self.auto_lock), self.auto_lock)

        works, backend = keyring_description()
        if works:
            text = self.tr("The system keyring (%1) can remember passphrases.").replace("%1", backend)
        else:
            text = self.tr("\u26A0 No system keyring is available: you will type the passphrase each time you open a protected workspace.")
        self.keyring_label = QLabel(text)
        self.keyring_label.setWordWrap(True)
        form.addRow(self.tr("Keyring:"), self.keyring_label)
        outer.addStretch(1)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _save(self) -> None:
        self.ctx.store.save(self.ctx.settings)

    def _language_chosen(self) -> None:
        self.ctx.settings.language = str(self.language.currentData() or "")
        self._save()
        self.reopen_button.setEnabled(True)

    def _text_size_chosen(self, size: int) -> None:
        from PySide6.QtWidgets import QApplication

        self.ctx.settings.text_size = size
        self._save()
        font = QApplication.font()
        font.setPointSize(size)
        QApplication.setFont(font)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where backups go"), self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)
            self._backup_folder_chosen()

    def _backup_folder_chosen(self) -> None:
        folder = self.backup_folder.text().strip()
        self.ctx.settings.backup_folder = folder
        self._save()
        if folder:
            os.environ["UPR_DESKTOP_BACKUP_DIR"] = folder
        else:
            os.environ.pop("UPR_DESKTOP_BACKUP_DIR", None)

    def _auto_lock_chosen(self, minutes: int) -> None:
        self.ctx.settings.auto_lock_minutes = minutes
        self._save()
