"""Help > About: version, licence, and the notices of every library the app ships with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from upr_desktop import __version__, licences


class AboutDialog(QDialog):
    """Three tabs: about the app, its licence (GPL v3 text) and the third-party notices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About UPR Desktop"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_page(), self.tr("&About"))
        self.licence_view = self._text_view(self.tr("Licence of UPR Desktop"))
        self.notices_view = self._text_view(self.tr("Licences of the software UPR Desktop includes"))
        self.tabs.addTab(self.licence_view, self.tr("&Licence"))
        self.tabs.addTab(self.notices_view, self.tr("&Third-party software"))
        self.tabs.currentChanged.connect(self._fill)  # the texts are read when first shown
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = QPushButton(self.tr("About &Qt"))
        buttons.addButton(about_qt, QDialogButtonBox.ButtonRole.ActionRole)
        about_qt.clicked.connect(lambda: QApplication.aboutQt())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(720, 500)

    def _about_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        icon = QLabel()
        app = QApplication.instance()
        if isinstance(app, QApplication) and not app.windowIcon().isNull():
            icon.setPixmap(app.windowIcon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel("<h2>" + self.tr("UPR Desktop %1").replace("%1", __version__) + "</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            "<p>" + self.tr("Follow up on Universal Periodic Review recommendations as a coalition, offline.") + "</p><p>"
            + self.tr("Copyright © UPR Desktop contributors.") + "</p><p>"
            + self.tr("UPR Desktop is free software: you can redistribute it and modify it under the terms of the "
                      "GNU General Public License, version 3 or (at your option) any later version. It comes with "
                      "no warranty. The Licence tab has the full text; the Third-party software tab lists the "
                      "libraries it includes and their licences.") + "</p>"
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(icon)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addStretch(1)
        return page

    def _text_view(self, name: str) -> QPlainTextEdit:
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setAccessibleName(name)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        return view

    def _fill(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self.licence_view and not self.licence_view.toPlainText():
            self.licence_view.setPlainText(licences.app_licence_text())
        elif page is self.notices_view and not self.notices_view.toPlainText():
            self.notices_view.setPlainText(licences.third_party_notices())
