"""Typed user settings (language, text size...) kept apart from window state (geometry, splitters)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from upr_desktop.paths import settings_file

MAX_RECENT = 8
DEFAULT_TEXT_SIZE = 10
TEXT_SIZES = (8, 20)  # the smallest and largest point size offered


@dataclass
class Settings:
    """What a person chose in Settings; read once at start, saved when changed."""

    language: str = ""  # "" = follow the system
    text_size: int = DEFAULT_TEXT_SIZE
    backup_folder: str = ""  # "" = next to the workspace
    auto_lock_minutes: int = 15  # 0 = never
    recent_workspaces: list[str] = field(default_factory=list)

    def remember(self, path: str | Path) -> None:
        """Put a workspace first in the recent list."""
        text = str(Path(path).expanduser().resolve())
        self.recent_workspaces = [text, *[p for p in self.recent_workspaces if p != text]][:MAX_RECENT]

    def forget(self, path: str | Path) -> None:
        text = str(Path(path).expanduser().resolve())
        self.recent_workspaces = [p for p in self.recent_workspaces if p != text]


def open_qsettings() -> QSettings:
    """The settings INI file in the app's settings folder (``UPR_DESKTOP_HOME`` in tests)."""
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


class SettingsStore:
    """Reads and writes :class:`Settings` (group "settings") and window state (group "window")."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or open_qsettings()

    def load(self) -> Settings:
        s = self.qsettings
        defaults = Settings()
        s.beginGroup("settings")
        try:
            recent = s.value("recent_workspaces", [])
            if isinstance(recent, str):
                recent = [recent] if recent else []
            return Settings(
                language=str(s.value("language", defaults.language) or ""),
                text_size=_clamp(_int(s.value("text_size"), DEFAULT_TEXT_SIZE), *TEXT_SIZES),
                backup_folder=str(s.value("backup_folder", "") or ""),
                auto_lock_minutes=max(0, _int(s.value("auto_lock_minutes"), defaults.auto_lock_minutes)),
                recent_workspaces=[str(p) for p in (recent or [])][:MAX_RECENT],
            )
        finally:
            s.endGroup()

    def save(self, settings: Settings) -> None:
        s = self.qsettings
        s.beginGroup("settings")
        for f in fields(settings):
            s.setValue(f.name, getattr(settings, f.name))
        s.endGroup()
        s.sync()

    # -- window state: geometry and splitter positions, never settings ----------------
    def window_state(self, name: str) -> QByteArray | None:
        value = self.qsettings.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def save_window_state(self, name: str, state: QByteArray) -> None:
        self.qsettings.setValue(f"window/{name}", state)


def _int(value: object, default: int) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))
