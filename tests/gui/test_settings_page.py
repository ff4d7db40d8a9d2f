"""Settings page: language (and whether it needs a restart), text size, backup folder, auto-lock, keyring status."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from upr_desktop.operations import workspace
from upr_desktop.ui.settings import SettingsStore


def make_page(qtbot, ctx):
    from upr_desktop.ui.settings_page import SettingsPage

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    return page


def test_change_settings_and_apply(qtbot, ctx, shown_errors, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("UPR_DESKTOP_BACKUP_DIR", raising=False)
    font_before = QApplication.font()
    page = make_page(qtbot, ctx)
    assert "next time" in page.language_note.text()  # no window to rebuild here: says a restart is needed
    page.language_combo.setCurrentIndex(page.language_combo.findData("fr"))
    page.text_size_spin.setValue(14)
    page.backup_edit.setText(str(tmp_path))
    page.auto_lock_spin.setValue(5)
    messages: list[str] = []
    ctx.status_message = messages.append
    try:
        page.apply_button.click()
        assert not shown_errors
        saved = SettingsStore().load()
        assert (saved.language, saved.text_size, saved.backup_folder, saved.auto_lock_minutes) == ("fr", 14, str(tmp_path), 5)
        assert ctx.settings.language == "fr"
        # the chosen folder reaches the open workspace as an argument, never through the environment
        assert "UPR_DESKTOP_BACKUP_DIR" not in os.environ
        assert ctx.workspace.settings.backup_path() == tmp_path
        taken = workspace.backup(ctx.workspace).result
        assert taken.parent == tmp_path
        assert QApplication.font().pointSize() == 14
        assert "Restart" in messages[-1]
    finally:
        QApplication.setFont(font_before)


def test_language_switch_rebuilds_the_window_when_the_shell_can(qtbot, ctx, shown_errors) -> None:
    rebuilt: list[bool] = []
    ctx.commands["reopen_window"] = lambda: rebuilt.append(True)
    page = make_page(qtbot, ctx)
    assert "window is rebuilt" in page.language_note.text()
    page.language_combo.setCurrentIndex(page.language_combo.findData("es"))
    page.apply_button.click()
    qtbot.waitUntil(lambda: rebuilt == [True])
    assert SettingsStore().load().language == "es"


def test_auto_lock_never_and_revert(qtbot, ctx, shown_errors) -> None:
    page = make_page(qtbot, ctx)
    page.auto_lock_spin.setValue(0)
    assert page.auto_lock_spin.text() == "Never"
    page.revert_button.click()
    assert page.auto_lock_spin.value() == ctx.settings.auto_lock_minutes == 15
    page.auto_lock_spin.setValue(0)
    page.apply_button.click()
    assert SettingsStore().load().auto_lock_minutes == 0


def test_a_missing_backup_folder_is_refused_and_nothing_is_saved(qtbot, ctx, shown_errors, tmp_path: Path) -> None:
    page = make_page(qtbot, ctx)
    page.text_size_spin.setValue(12)
    page.backup_edit.setText(str(tmp_path / "nowhere"))
    page.apply_button.click()
    assert shown_errors and "does not exist" in shown_errors[-1][1] and "nowhere" in shown_errors[-1][1]
    saved = SettingsStore().load()
    assert (saved.text_size, saved.backup_folder) == (10, "")
    assert ctx.settings.text_size == 10


def test_keyring_status_is_reported(qtbot, ctx, shown_errors, monkeypatch) -> None:
    page = make_page(qtbot, ctx)
    assert page.keyring_label.text().startswith("\u2714")  # the tests' in-memory keyring is usable
    monkeypatch.setenv("UPR_DESKTOP_NO_KEYRING", "1")
    page.activated()
    text = page.keyring_label.text()
    assert text.startswith("\u2716") and "UPR_DESKTOP_NO_KEYRING" in text and "type the passphrase" in text


def test_settings_kept_in_qsettings_by_an_older_version_move_to_settings_json_once(qapp, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from upr_desktop.settings import load_settings, settings_path

    ini = tmp_path / "old.ini"
    old = QSettings(str(ini), QSettings.Format.IniFormat)
    old.beginGroup("settings")
    for key, value in {"language": "fr", "text_size": 13, "backup_folder": str(tmp_path), "auto_lock_minutes": 5,
                       "recent_workspaces": [str(tmp_path / "a.uprw"), str(tmp_path / "b.uprw")]}.items():
        old.setValue(key, value)
    old.endGroup()
    old.setValue("window/main_geometry", b"geometry")
    old.sync()
    assert not settings_path().exists()

    store = SettingsStore(QSettings(str(ini), QSettings.Format.IniFormat))
    moved = load_settings()  # what the command line now reads too
    assert (moved.language, moved.text_size, moved.backup_folder, moved.auto_lock_minutes) == ("fr", 13, str(tmp_path), 5)
    assert store.settings == moved
    assert store.recent_workspaces() == [str(tmp_path / "a.uprw"), str(tmp_path / "b.uprw")]
    after = QSettings(str(ini), QSettings.Format.IniFormat)
    assert "settings" not in after.childGroups()  # QSettings keeps only window state and recent workspaces
    assert after.value("window/main_geometry") is not None

    store.update(language="es")  # a change made later is not overwritten by the old values
    again = SettingsStore(QSettings(str(ini), QSettings.Format.IniFormat))
    assert again.settings.language == "es" and load_settings().language == "es"


def test_text_size_shortcut_saves_to_the_settings_file(qtbot, ctx) -> None:
    from upr_desktop.settings import load_settings
    from upr_desktop.ui.main_window import MainWindow

    font_before = QApplication.font()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        window.run_command("text_larger")
        assert ctx.settings.text_size == 11 and load_settings().text_size == 11
    finally:
        QApplication.setFont(font_before)
