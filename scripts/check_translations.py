"""Check every shipped catalogue (upr_desktop/resources/translations/upr_desktop_XX.ts, and qtbase_XX.ts, our catalogue
of Qt's own strings for a language Qt has none for) for what breaks a translation.

For each language, every message must be finished (no "unfinished", "vanished" or empty translation) and keep
what the program relies on:
- the placeholders of its source, exactly: ``%1``... (QString.arg/replace) and ``{name}``/``{seconds:.0f}``
  (str.format), else a value is lost or str.format raises;
- the HTML tags, the line breaks and the leading/trailing spaces (prompts, suffixes such as " pt");
- a keyboard mnemonic (``&``) when the source has one, exactly one, on a key people can press: in a
  language written in another script (Thai, Burmese, Arabic...) the mnemonic is a Latin letter in
  parentheses, Qt's convention for such languages ("บันทึก (&S)"), since a Latin keyboard shortcut
  cannot reach a Thai letter;
- every plural (numerus) form Qt's rule for the language has (Thai and Burmese one, French two, Arabic
  six), each non-empty, each with the source's placeholders; ``%n`` may only be left out of a form that
  stands for a single count (Arabic's forms for 0, 1 and 2: "لا توصيات", "توصية واحدة", "توصيتان").

Usage: python scripts/check_translations.py [LANG ...]   (default: every catalogue found)
Prints a line per language (entries, plural entries, problems) and each problem; exits 1 if there is any.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the checkout's i18n (the plural rules), not an installed copy

from upr_desktop.i18n import plural_form

TRANSLATIONS = ROOT / "upr_desktop" / "resources" / "translations"
CATALOGUE = re.compile(r"^(upr_desktop|qtbase)_([A-Za-z]{2,3}(?:_[A-Za-z0-9]{2,4})?)\.ts$")
PLACEHOLDER = re.compile(r"%L?\d+|%L?n|\{[^{}]*\}")
MARKUP = re.compile(r"</?[A-Za-z][^>]*>")
MNEMONIC = re.compile(r"&(?!&)(\S)")  # "& " (Business & Human rights) is a word, not a shortcut
COUNTS = range(1001)  # enough to meet every form of every plural rule Qt has


@dataclass
class Report:
    language: str
    name: str = ""  # how the report is headed: the language, or "qtbase_th" for a catalogue of Qt's strings
    entries: int = 0
    plurals: int = 0
    identical: int = 0  # translations equal to their source (names, formats, "UPR Desktop %1"): told, not failed
    problems: list[str] = field(default_factory=list)


def placeholders(text: str) -> Counter[str]:
    """The text's placeholders; ``%Ln`` (the count in the locale's digits) stands for the source's ``%n``."""
    return Counter("%n" if p == "%Ln" else p for p in PLACEHOLDER.findall(text))


def mnemonics(text: str) -> list[str]:
    return MNEMONIC.findall(text.replace("&&", ""))


def is_latin(ch: str) -> bool:
    return ch.isascii() or unicodedata.name(ch, "").startswith("LATIN")


def writes_in_another_script(texts: list[str]) -> bool:
    """True when most letters of the language's translations are not Latin (Thai, Burmese, Arabic...)."""
    letters = [ch for text in texts for ch in PLACEHOLDER.sub("", MARKUP.sub("", text)) if ch.isalpha()]
    return bool(letters) and sum(not is_latin(ch) for ch in letters) > len(letters) / 2


def single_count_forms(language: str) -> set[int]:
    """The plural forms that stand for one count only (Arabic: 0, 1 and 2), which may spell the number out."""
    counts = Counter(plural_form(language, n) for n in COUNTS)
    return {form for form, seen in counts.items() if seen == 1}


def check_text(where: str, source: str, text: str, *, optional_n: bool = False) -> list[str]:
    problems = []
    wanted, found = placeholders(source), placeholders(text)
    if optional_n:
        wanted.pop("%n", None)
        found.pop("%n", None)
    if wanted != found:
        problems.append(f"{where}: placeholders {sorted(found.elements())} instead of {sorted(wanted.elements())}")
    if Counter(MARKUP.findall(source)) != Counter(MARKUP.findall(text)):
        problems.append(f"{where}: HTML tags differ from the source")
    if source.count("\n") != text.count("\n"):
        problems.append(f"{where}: {text.count(chr(10))} line breaks instead of {source.count(chr(10))}")
    if source[:1] == " " and text[:1] != " " or source[-1:] == " " and text[-1:] != " ":
        problems.append(f"{where}: the source's leading/trailing space is lost")
    return problems


def check_mnemonic(where: str, source: str, text: str, *, latin_keys: bool) -> list[str]:
    wanted, found = mnemonics(source), mnemonics(text)
    if len(found) != len(wanted):
        return [f"{where}: {len(found)} mnemonics (&) instead of {len(wanted)}"]
    if latin_keys and found and not (found[0].isascii() and found[0].isalnum()) and found[0] != wanted[0]:
        return [f"{where}: the mnemonic &{found[0]} cannot be typed on a Latin keyboard; append ' (&{wanted[0].upper()})' instead"]
    return []


def check_catalogue(path: Path, language: str, name: str = "") -> Report:
    report = Report(language, name or language)
    root = ElementTree.parse(path).getroot()
    messages = [(context.findtext("name") or "", message) for context in root.iter("context") for message in context.iter("message")]
    texts = [t.text or "" for _, m in messages for t in [m.find("translation")] if t is not None]
    texts += [f.text or "" for _, m in messages for f in m.iter("numerusform")]
    latin_keys = writes_in_another_script(texts)
    forms_wanted = len({plural_form(language, n) for n in COUNTS})
    single = single_count_forms(language)
    for context, message in messages:
        report.entries += 1
        source = message.findtext("source") or ""
        where = f"{language} [{context}] {source[:60]!r}"
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            report.problems.append(f"{where}: not translated")
            continue
        if message.get("numerus") == "yes":
            report.plurals += 1
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if len(forms) != forms_wanted or not all(f.strip() for f in forms):
                filled = sum(bool(f.strip()) for f in forms)
                report.problems.append(f"{where}: {filled} plural forms filled of the {forms_wanted} Qt uses for {language}")
                continue
            for index, form in enumerate(forms):
                form_where = f"{where} form {index}"
                report.problems += check_text(form_where, source, form, optional_n=index in single)
                report.problems += check_mnemonic(form_where, source, form, latin_keys=latin_keys)
            continue
        text = translation.text or ""
        if not text.strip():
            report.problems.append(f"{where}: empty translation")
            continue
        report.identical += text == source
        report.problems += check_text(where, source, text)
        report.problems += check_mnemonic(where, source, text, latin_keys=latin_keys)
    return report


def catalogues(languages: list[str]) -> list[tuple[str, str, Path]]:
    """(name, language, path) of every catalogue found, or of those of ``languages``."""
    found = [(m.group(2) if m.group(1) == "upr_desktop" else path.stem, m.group(2), path)
             for path in sorted(TRANSLATIONS.glob("*.ts")) if (m := CATALOGUE.match(path.name))]
    missing = [lang for lang in languages if lang not in {language for _n, language, _p in found}]
    if missing:
        shipped = ", ".join(sorted({language for _n, language, _p in found}))
        raise SystemExit(f"no catalogue for {', '.join(missing)} in {TRANSLATIONS}; shipped: {shipped}")
    return [entry for entry in found if not languages or entry[1] in languages]


def main(argv: list[str]) -> int:
    reports = [check_catalogue(path, language, name) for name, language, path in catalogues(argv)]
    for report in reports:
        print(f"{report.name}: {report.entries} entries ({report.plurals} with plural forms), "
              f"{report.identical} identical to English, {len(report.problems)} problems")
        for problem in report.problems:
            print(f"  {problem}")
    return 1 if any(report.problems for report in reports) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
