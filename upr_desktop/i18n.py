"""Translation for the Qt-free packages: the ``tr`` hook, and catalogues read from the shipped .ts files.

Messages are written as whole sentences with named placeholders so a translator
sees the full sentence: ``tr("Row {row}: {reason}", row=3, reason=...)``.
The GUI installs a translator with :func:`install_translator` (it routes the
lookup through Qt's catalogue); headless use keeps the English text.

Some text must be rendered in a language other than the app's own, without Qt: an exchange
workbook goes out in the language of the member group that receives it, and the CLI never
loads Qt. :func:`translator_for` reads the shipped catalogue ``upr_desktop_XX.ts`` for a
language (any such file found is a shipped language) and renders messages from it, numerus
(plural) entries included, by Qt's own plural rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from defusedxml import ElementTree

from upr_desktop.errors import UserError
from upr_desktop.paths import resource_folder

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

CATALOGUE = "upr_desktop"
SOURCE_LANGUAGE = "en"
# The context of messages written in the Qt-free packages (scripts/extract_core_strings.py).
CONTEXT = "upr_desktop"

_translate: Callable[[str, str], str] = lambda context, text: text
_translate_count: Callable[[str, str, int], str] | None = None
_language = SOURCE_LANGUAGE


def install_translator(translate: Callable[[str, str], str], language: str = SOURCE_LANGUAGE,
                       translate_count: Callable[[str, str, int], str] | None = None) -> None:
    """Route :func:`tr` through ``translate``, which renders messages in ``language``; :func:`trn` through
    ``translate_count`` (context, text, n -> the numerus form with ``%n`` filled in), or else through the
    shipped catalogue of ``language``."""
    global _translate, _translate_count, _language
    _translate = translate
    _translate_count = translate_count
    _language = language


def installed_translator() -> tuple[Callable[[str, str], str], str, Callable[[str, str, int], str] | None]:
    """What :func:`install_translator` was given last, to put it back (a command run in-process, a test)."""
    return _translate, _language, _translate_count


def current_language() -> str:
    """The language :func:`tr` renders messages in ("en" until a translator is installed)."""
    return _language


def right_to_left(language: str | None = None) -> bool:
    """True for a language written right to left (the current one by default)."""
    return (language or _language).replace("-", "_").split("_")[0] in RIGHT_TO_LEFT


def tr(text: str, context: str = CONTEXT, /, **values: object) -> str:
    translated = _translate(context, text)
    return translated.format(**values) if values else translated


def trn(text: str, n: int, context: str = CONTEXT, /, **values: object) -> str:
    """A message with a count, in its plural form for ``n`` ("%n recommendations" -> "1 recommendation")."""
    if _translate_count is not None:
        translated = _translate_count(context, text, n)
    else:
        translated = catalogue(_language).translate(context, text, n)
    return translated.format(**values) if values else translated


def tr_noop(text: str) -> str:
    """Marks a message for the catalogue where it is defined (a constant); translate it when shown."""
    return text


# -- catalogues of the shipped languages ---------------------------------------------------------
_FILE = re.compile(rf"^{CATALOGUE}_([A-Za-z]{{2,3}}(?:_[A-Za-z0-9]{{2,4}})?)\.ts$")


def translations_dir() -> Traversable:
    """The shipped catalogues' folder (listed, not opened: it may be inside a zipped install)."""
    return resource_folder("translations")


@cache
def shipped_languages() -> tuple[str, ...]:
    """English (the source) and every language whose catalogue ``upr_desktop_XX.ts`` is shipped."""
    found = set()
    folder = translations_dir()
    if folder.is_dir():
        for entry in folder.iterdir():
            m = _FILE.match(entry.name)
            if m:
                found.add(m.group(1))
    found.discard(SOURCE_LANGUAGE)
    return (SOURCE_LANGUAGE, *sorted(found))


def normalise_language(code: str | None) -> str:
    """'fr-FR', 'fr_fr' or 'FR' -> the shipped language it names ('fr'); UserError when none is shipped."""
    text = (code or "").strip().replace("-", "_")
    if not text:
        return SOURCE_LANGUAGE
    lang, _, region = text.partition("_")
    shipped = shipped_languages()
    candidates = [f"{lang.lower()}_{region.upper()}"] if region else []
    candidates.append(lang.lower())
    for candidate in candidates:
        if candidate in shipped:
            return candidate
    raise UserError(tr("'{code}' is not a language this app ships; use one of: {languages}.", code=code, languages=", ".join(shipped)))


# Qt's plural rules (qtbase, qtranslator.cpp), by language: the index of the numerus form for n.
# Forms are listed in the .ts in this order; lupdate writes as many as the language has.
def _one_form(n: int) -> int:
    return 0


def _english_style(n: int) -> int:
    return 0 if n == 1 else 1


def _french_style(n: int) -> int:
    return 0 if n <= 1 else 1


def _arabic(n: int) -> int:
    if n in (0, 1, 2):
        return n
    if 3 <= n % 100 <= 10:
        return 3
    return 4 if 11 <= n % 100 <= 99 else 5


def _slavic_east(n: int) -> int:  # Russian, Ukrainian, Belarusian, Serbian, Croatian, Bosnian
    if n % 10 == 1 and n % 100 != 11:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2


def _polish(n: int) -> int:
    if n == 1:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2


def _czech_style(n: int) -> int:  # Czech, Slovak
    if n == 1:
        return 0
    return 1 if 2 <= n <= 4 else 2


_PLURAL_RULES: dict[str, Callable[[int], int]] = {
    **{lang: _one_form for lang in ("th", "my", "zh", "ja", "ko", "vi", "id", "ms", "lo", "km", "bo", "dz", "jv", "su", "tr", "fa", "ka")},
    **{lang: _french_style for lang in ("fr", "ff", "hy", "kab", "ln", "mg", "oc", "pt_BR", "ti", "tl", "wa")},
    **{lang: _slavic_east for lang in ("ru", "uk", "be", "sr", "hr", "bs")},
    **{lang: _czech_style for lang in ("cs", "sk")},
    "ar": _arabic,
    "pl": _polish,
}


def plural_form(language: str, n: int) -> int:
    """Which numerus form (0-based) Qt uses for ``n`` in ``language``; English's rule by default."""
    rule = _PLURAL_RULES.get(language) or _PLURAL_RULES.get(language.split("_")[0], _english_style)
    return rule(abs(n))


@dataclass(frozen=True)
class Catalogue:
    """One language's finished translations: (context, source) -> text, or the numerus forms."""

    language: str
    messages: dict[tuple[str, str], str | tuple[str, ...]] = field(default_factory=dict)

    def translate(self, context: str, text: str, n: int | None = None) -> str:
        found = self.messages.get((context, text))
        if found is None:
            translated = text
        elif isinstance(found, tuple):
            index = plural_form(self.language, n if n is not None else 1)
            translated = found[min(index, len(found) - 1)]
        else:
            translated = found
        # %Ln: the count in the locale's digits (Arabic-Indic, Burmese) where Qt shows it; plain digits here
        return translated.replace("%Ln", str(n)).replace("%n", str(n)) if n is not None else translated


def _finished(element: object) -> bool:
    kind = getattr(element, "get", lambda _k: None)("type")
    return kind not in ("unfinished", "obsolete", "vanished")


def read_catalogue(path: Traversable, language: str) -> Catalogue:
    """The finished messages of one .ts file (unfinished, obsolete and empty ones fall back to English)."""
    root = ElementTree.fromstring(path.read_bytes())
    messages: dict[tuple[str, str], str | tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if not source or translation is None or not _finished(translation):
                continue
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                if forms and all(forms):
                    messages[(name, source)] = forms
            elif translation.text:
                messages[(name, source)] = translation.text
    return Catalogue(language, messages)


@cache
def catalogue(language: str) -> Catalogue:
    """The shipped catalogue of ``language``, read once (English's holds only the plural forms of counts)."""
    path = translations_dir().joinpath(f"{CATALOGUE}_{language}.ts")
    if language == SOURCE_LANGUAGE and not path.is_file():
        return Catalogue(language)
    return read_catalogue(path, language)


# Languages written right to left (a workbook in one of them shows its sheets right to left).
RIGHT_TO_LEFT = frozenset({"ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"})


@dataclass(frozen=True)
class Translator:
    """Renders messages in one language, whatever language the app itself is showing."""

    language: str
    catalogue: Catalogue

    @property
    def right_to_left(self) -> bool:
        return right_to_left(self.language)

    def tr(self, text: str, context: str = CONTEXT, /, **values: object) -> str:
        translated = self.catalogue.translate(context, text)
        return translated.format(**values) if values else translated

    def trn(self, text: str, n: int, context: str = CONTEXT, /, **values: object) -> str:
        """A message with a count: its numerus form for ``n``, with ``%n`` replaced by ``n``."""
        translated = self.catalogue.translate(context, text, n)
        return translated.format(**values) if values else translated


def translator_for(code: str | None) -> Translator:
    """A translator for a shipped language ('fr', 'es-ES'...); UserError for one not shipped."""
    language = normalise_language(code)
    return Translator(language, catalogue(language))
