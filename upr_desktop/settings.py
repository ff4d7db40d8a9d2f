"""What a person chose in Settings, declared once and read alike by the command line and the app.

Kept as JSON in the user configuration folder (``UPR_DESKTOP_HOME`` holds it in tests and portable
installs). Window geometry and the recent-files list are not settings: the app keeps them in
QSettings. Settings reach the core as arguments (an open workspace carries them), never through
environment variables; ``UPR_DESKTOP_BACKUP_DIR`` is read here once, at the edge, for scripts.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from upr_desktop.errors import UserError
from upr_desktop.i18n import tr
from upr_desktop.io import write_text_atomic
from upr_desktop.paths import config_dir

FILE_NAME = "settings.json"
BACKUP_DIR_ENV = "UPR_DESKTOP_BACKUP_DIR"
DEFAULT_TEXT_SIZE = 10
TEXT_SIZES = (8, 20)  # the smallest and largest point size offered
DEFAULT_AUTO_LOCK_MINUTES = 15


@dataclass(frozen=True)
class Settings:
    """Typed settings with their defaults; unknown or malformed stored values fall back to these."""

    language: str = ""  # "" = follow the system
    text_size: int = DEFAULT_TEXT_SIZE
    backup_folder: str = ""  # "" = a "backups" folder beside the workspace
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES  # 0 = never
    # The day the demo coalition is shown as of: "" = its own situation day (the demo's dates are
    # written relative to it), otherwise an ISO date a trainer chose.
    demo_as_of: str = ""

    def backup_path(self) -> Path | None:
        return Path(self.backup_folder).expanduser() if self.backup_folder else None

    def demo_as_of_date(self) -> date | None:
        try:
            return date.fromisoformat(self.demo_as_of) if self.demo_as_of else None
        except ValueError:
            return None

    def with_changes(self, **changes: Any) -> Settings:
        return _clean(replace(self, **changes))


def settings_path() -> Path:
    return config_dir() / FILE_NAME


def settings_problem(path: Path | None = None) -> str | None:
    """Why the saved settings file cannot be read, or None (also when there is none: defaults are no problem).

    :func:`load_settings` then uses the defaults; this says so, so that a damaged file is not taken for
    "no settings" without a word (backups would go beside the workspace, not to the folder chosen).
    """
    target = path or settings_path()
    try:
        text = target.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        return str(getattr(exc, "strerror", None) or exc)
    try:
        raw = json.loads(text)
    except ValueError as exc:
        return str(exc)
    return None if isinstance(raw, dict) else tr("it does not hold settings")


def load_settings(path: Path | None = None, *, environ: dict[str, str] | None = None) -> Settings:
    """The saved settings (defaults when none were saved or the file cannot be read)."""
    env = os.environ if environ is None else environ
    target = path or settings_path()
    stored: dict[str, Any] = {}
    try:
        raw = json.loads(target.read_text(encoding="utf-8"))
        if isinstance(raw, dict):
            stored = raw
    except (OSError, ValueError):
        pass
    known = {f.name: f for f in fields(Settings)}
    values: dict[str, Any] = {}
    for name, value in stored.items():
        field = known.get(name)
        if field is None:
            continue
        default = getattr(Settings(), name)
        if isinstance(default, int) and not isinstance(value, bool):
            try:
                values[name] = int(value)
            except (TypeError, ValueError):
                continue
        elif isinstance(default, str) and isinstance(value, str):
            values[name] = value
    settings = _clean(Settings(**values))
    if env.get(BACKUP_DIR_ENV):
        settings = replace(settings, backup_folder=env[BACKUP_DIR_ENV])
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    target = path or settings_path()
    text = json.dumps(asdict(_clean(settings)), ensure_ascii=False, indent=2)
    try:
        return write_text_atomic(target, text + "\n")
    except UserError as exc:
        raise UserError(tr("Your settings could not be saved: {reason}", reason=exc)) from None


def _clean(settings: Settings) -> Settings:
    low, high = TEXT_SIZES
    return replace(
        settings,
        text_size=max(low, min(high, settings.text_size)),
        auto_lock_minutes=max(0, settings.auto_lock_minutes),
        language=settings.language.strip(),
        backup_folder=settings.backup_folder.strip(),
        demo_as_of=settings.demo_as_of.strip() if settings.demo_as_of_date() else "",
    )
