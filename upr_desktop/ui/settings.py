"""The app's side of settings: what a person chose (kept Qt-free in ``upr_desktop.settings``, the same file
the command line reads), and what is only the app's own (QSettings: window geometry, recent workspaces)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from upr_desktop.errors import UserError
from upr_desktop.paths import settings_file
from upr_desktop.settings import (
    DEFAULT_TEXT_SIZE,
    TEXT_SIZES,
    Settings,
    load_settings,
    save_settings,
    settings_path,
)

MAX_RECENT = 8
RECENT_KEY = "recent/workspaces"
OLD_GROUP = "settings"  # where versions before settings.json kept the settings in QSettings

__all__ = ["DEFAULT_TEXT_SIZE", "MAX_RECENT", "TEXT_SIZES", "Settings", "SettingsStore", "open_qsettings"]


def open_qsettings() -> QSettings:
    """The app's own INI file (window state, recent workspaces) in the settings folder (``UPR_DESKTOP_HOME`` in tests)."""
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


class SettingsStore:
    """The settings in force (:attr:`settings`, saved to settings.json), the recent workspaces and window state.

    The first time it meets settings an older version kept in QSettings, it moves them into
    settings.json (unless that file exists already) and the recent list into its own key, once.
    """

    def __init__(self, qsettings: QSettings | None = None, path: Path | None = None) -> None:
        self.qsettings = qsettings or open_qsettings()
        self.path = path or settings_path()
        self.settings = self.load()

    # -- settings -------------------------------------------------------------------------
    def load(self) -> Settings:
        self._migrate()
        self.settings = load_settings(self.path)
        return self.settings

    def save(self, settings: Settings) -> Settings:
        """Save and use ``settings``; UserError (nothing changed) when the file cannot be written."""
        save_settings(settings, self.path)
        self.settings = settings.with_changes()
        return self.settings

    def update(self, **changes: Any) -> Settings:
        return self.save(self.settings.with_changes(**changes))

    def use_for_now(self, **changes: Any) -> Settings:
        """Change the settings in force without saving them (``--lang`` on the command line)."""
        self.settings = self.settings.with_changes(**changes)
        return self.settings

    # -- recent workspaces ----------------------------------------------------------------
    def recent_workspaces(self) -> list[str]:
        return _paths(self.qsettings.value(RECENT_KEY, []))

    def remember(self, path: str | Path) -> None:
        """Put a workspace first in the recent list."""
        text = str(Path(path).expanduser().resolve())
        self._set_recent([text, *[p for p in self.recent_workspaces() if p != text]])

    def forget(self, path: str | Path) -> None:
        text = str(Path(path).expanduser().resolve())
        self._set_recent([p for p in self.recent_workspaces() if p != text])

    def _set_recent(self, paths: list[str]) -> None:
        self.qsettings.setValue(RECENT_KEY, paths[:MAX_RECENT])
        self.qsettings.sync()

    # -- window state: geometry and splitter positions, never settings ----------------
    def window_state(self, name: str) -> QByteArray | None:
        value = self.qsettings.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def save_window_state(self, name: str, state: QByteArray) -> None:
        self.qsettings.setValue(f"window/{name}", state)

    # -- the one-time move out of QSettings -------------------------------------------
    def _migrate(self) -> None:
        q = self.qsettings
        if OLD_GROUP not in q.childGroups():
            return
        q.beginGroup(OLD_GROUP)
        try:
            old = {key: q.value(key) for key in q.childKeys()}
        finally:
            q.endGroup()
        if not self.path.exists():
            defaults = Settings()
            moved = defaults.with_changes(
                language=str(old.get("language") or ""),
                text_size=_int(old.get("text_size"), defaults.text_size),
                backup_folder=str(old.get("backup_folder") or ""),
                auto_lock_minutes=_int(old.get("auto_lock_minutes"), defaults.auto_lock_minutes),
            )
            try:
                save_settings(moved, self.path)
            except UserError:
                return  # the settings folder cannot be written: try again next time, lose nothing
        if not q.contains(RECENT_KEY) and old.get("recent_workspaces"):
            q.setValue(RECENT_KEY, _paths(old["recent_workspaces"])[:MAX_RECENT])
        q.remove(OLD_GROUP)
        q.sync()


def _paths(value: object) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    return [str(p) for p in (value or []) if p]  # type: ignore[union-attr]


def _int(value: object, default: int) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default
