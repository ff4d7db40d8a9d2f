"""Interface language: Qt translators for our catalogue and Qt's own, locale, layout direction."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from upr_desktop import i18n
from upr_desktop.paths import resource
from upr_desktop.ui.fonts import use_fonts_for

CATALOGUE = "upr_desktop"
# Languages with a complete catalogue, by code, named in their own language.
LANGUAGES: dict[str, str] = {
    "en": "English", "fr": "Français", "es": "Español", "th": "ไทย", "my": "မြန်မာ", "ar": "العربية",
}


def catalogue_path(code: str) -> str:
    return str(resource("translations", f"{CATALOGUE}_{code}.qm"))


def qt_supplement_path(code: str) -> str:
    """Our catalogue of Qt's own strings (buttons, context menus, file dialog) for a language Qt has none for."""
    return str(resource("translations", f"qtbase_{code}.qm"))


def system_language() -> str:
    return QLocale.system().name().split("_")[0]


class Translations:
    """Installs the translators for one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, code: str | None) -> str:
        """Switch to ``code`` ("" or None = the system's); returns the language actually used."""
        code = (code or system_language() or "en").replace("-", "_")
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        base = code.split("_")[0]
        locale = QLocale(code)
        ours = QTranslator(self.app)  # English's catalogue holds the plural forms of counts ("1 recommendation")
        if ours.load(catalogue_path(base)):
            self.app.installTranslator(ours)
            self._installed.append(ours)
        if base != "en":
            qt_own = QTranslator(self.app)
            if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self.app.installTranslator(qt_own)
                self._installed.append(qt_own)
            # Ours, asked first: all of Qt's strings the app shows in Thai and Burmese (Qt has no catalogue for them),
            # and what Qt's own leaves in English in French, Spanish and Arabic (the file dialog's "&Look in:").
            supplement = QTranslator(self.app)
            if supplement.load(qt_supplement_path(base)):
                self.app.installTranslator(supplement)
                self._installed.append(supplement)
        QLocale.setDefault(locale)
        if isinstance(self.app, QApplication):
            rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
            self.app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
            use_fonts_for(self.app, base)  # the shipped Thai, Burmese and Arabic fonts, this language's script first
        # Messages from the Qt-free packages are looked up in the same catalogue.
        i18n.install_translator(lambda context, text: QCoreApplication.translate(context, text), base,
                                lambda context, text, n: QCoreApplication.translate(context, text, "", n))
        self.language = base
        return base


_CLDR_FIELD = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*")


def _qt_pattern(cldr: str) -> str:
    """A CLDR date pattern ("MMM d, y") as a Qt one ("MMM d, yyyy"): the letters that differ, translated."""
    def field(m: re.Match[str]) -> str:
        text, letter = m.group(0), m.group(1)
        if letter is None:
            return text  # a quoted literal means the same in both
        if letter in "yYu":
            return "yy" if len(text) == 2 else "yyyy"
        if letter in "ML":
            return "M" * min(len(text), 4)
        if letter in "Ec":
            return "dddd" if len(text) >= 4 else "ddd"
        if letter == "d":
            return text[:2]
        return ""  # eras, quarters...: not in the patterns used here
    return _CLDR_FIELD.sub(field, cldr).strip()


@cache
def date_pattern(locale_name: str, width: str = "medium") -> str:
    """The date pattern CLDR gives a locale ("medium": 5 Apr 2026, 5 avr. 2026; "short" with a 4-digit year for editing)."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_date_format

    try:
        cldr = get_date_format(width, locale=Locale.parse(locale_name or "en"))
    except (UnknownLocaleError, ValueError):
        cldr = get_date_format(width, locale="en")
    pattern = _qt_pattern(str(cldr.pattern))
    return pattern.replace("yyyy", "yy").replace("yy", "yyyy") if width == "short" else pattern


def date_edit_format() -> str:
    """How date fields show and take a date: the chosen locale's short order, with the whole year (04/05/2026)."""
    return date_pattern(QLocale().name(), "short")


def format_date(value: object, fmt: QLocale.FormatType | str | None = None) -> str:
    """A date (datetime.date or ISO text) the way the chosen locale writes it: 5 Apr 2026, 5 avr. 2026, ٥ أبريل ٢٠٢٦.

    The one way dates are written in the app (never ISO, never the ambiguous 12/1/26); ``fmt`` is a Qt
    format or pattern for the rare place that needs another. Workbooks and the command line keep ISO."""
    from datetime import date, datetime

    from PySide6.QtCore import QDate

    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        locale = QLocale()
        return locale.toString(QDate(value.year, value.month, value.day), fmt if fmt is not None else date_pattern(locale.name()))
    return str(value)


def format_date_time(value: object, *, utc: bool = True) -> str:
    """A moment as the chosen locale writes a date and a time; stored moments are UTC (``utc``) and shown in local time."""
    from datetime import datetime, timezone

    from PySide6.QtCore import QTime

    if isinstance(value, str) and len(value) > 10:
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        return format_date(value)
    local = (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).astimezone() if utc else value
    time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{format_date(local.date())} {time}"


def format_number(value: int) -> str:
    return QLocale().toString(value)


def format_percent(part: float, whole: float) -> str:
    """``part`` of ``whole`` as a whole percentage in the locale's digits and sign (73%, ٧٣٪); "–" of nothing."""
    if not whole:
        return "–"
    locale = QLocale()
    return locale.toString(round(100 * part / whole)) + locale.percent()
