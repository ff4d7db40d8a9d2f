"""Help > About: the version, the GPL text and the notices of every library the app includes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from upr_desktop import __version__
from upr_desktop.ui.about import AboutDialog


def test_about_shows_version_licence_and_third_party_notices(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert any(__version__ in label.text() for label in dialog.findChildren(QLabel))
    assert not dialog.licence_view.toPlainText() and not dialog.notices_view.toPlainText()  # read when first shown
    dialog.tabs.setCurrentWidget(dialog.licence_view)
    licence = dialog.licence_view.toPlainText()
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 3, 29 June 2007" in licence
    dialog.tabs.setCurrentWidget(dialog.notices_view)
    notices = dialog.notices_view.toPlainText()
    for name in ("PySide6", "SQLAlchemy", "sqlcipher3", "openpyxl", "keyring", "Qt Charts", "SQLCipher", "OpenSSL"):
        assert name in notices, name
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices  # Qt's LGPL v3 text
    assert "Noto Sans Myanmar" in notices and "SIL OPEN FONT LICENSE Version 1.1" in notices  # the shipped fonts
    assert "Permission is hereby granted" in notices  # an MIT text from a dependency's own metadata


def test_help_about_opens_the_dialog(qtbot, monkeypatch, ctx) -> None:
    from upr_desktop.ui.main_window import MainWindow

    opened: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.actions_.actions["about"].trigger()
    assert len(opened) == 1
