"""Closed lists read back in any shipped language: the aliases come from the catalogues themselves."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from upr_desktop import i18n
from upr_desktop.core.domain import closed_lists

LISTS = (closed_lists.STATUSES, closed_lists.CONSULTATION_KINDS, closed_lists.ACTION_STATUSES,
         closed_lists.RESPONSES, closed_lists.ROLES)


@pytest.fixture
def clean_caches() -> Iterator[None]:
    def clear() -> None:
        i18n.shipped_languages.cache_clear()
        i18n.catalogue.cache_clear()
        closed_lists._lookup.cache_clear()
        closed_lists._own_words.cache_clear()

    clear()
    yield
    clear()


@pytest.mark.parametrize("language", i18n.shipped_languages())
@pytest.mark.parametrize("list_name", LISTS)
def test_every_label_of_every_shipped_language_reads_back(language: str, list_name: str) -> None:
    translator = i18n.translator_for(language)
    for choice in closed_lists.choices(list_name):
        shown = closed_lists.label(list_name, choice.code, translator)
        assert closed_lists.match(list_name, shown) == choice.code, (language, shown)
        assert closed_lists.match(list_name, f"  {shown.upper()} ") == choice.code


def test_labels_in_a_chosen_language() -> None:
    fr = i18n.translator_for("fr")
    assert closed_lists.label(closed_lists.STATUSES, "partially-implemented", fr) == "Partiellement mise en œuvre"
    assert closed_lists.label(closed_lists.ACTION_STATUSES, "done", i18n.translator_for("es")) == "Terminada"
    assert closed_lists.label(closed_lists.STATUSES, "partially-implemented") == "Partially implemented"
    assert closed_lists.match(closed_lists.STATUSES, "Pleinement mise en œuvre") == "fully-implemented"
    assert closed_lists.match(closed_lists.STATUSES, "Nothing like it") is None


THAI = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>Vocabulary</name>
    <message><source>Fully implemented</source><translation>ดำเนินการแล้วทั้งหมด</translation></message>
    <message><source>Not implemented</source><translation>Unknown</translation></message>
    <message><source>Meeting</source><translation>การประชุม</translation></message>
</context>
</TS>
"""


def test_a_new_catalogue_brings_its_labels_without_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_caches: None) -> None:
    for path in i18n.translations_dir().glob("*.ts"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "upr_desktop_th.ts").write_text(THAI, encoding="utf-8")
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert "th" in i18n.shipped_languages()
    assert closed_lists.match(closed_lists.STATUSES, "ดำเนินการแล้วทั้งหมด") == "fully-implemented"
    assert closed_lists.match(closed_lists.CONSULTATION_KINDS, "การประชุม") == "meeting"
    assert closed_lists.match(closed_lists.STATUSES, "Réunion") is None  # a kind, not a status
    # a translation that collides with another code's English label never takes it over
    assert closed_lists.match(closed_lists.STATUSES, "Unknown") == "unknown"
    assert closed_lists.match(closed_lists.STATUSES, "Non mise en œuvre") == "not-implemented"


def test_invisible_characters_do_not_count() -> None:
    """Zero-width spaces (word-break hints in Thai or Burmese text) and direction marks (Arabic) are not part of a label."""
    assert closed_lists.match(closed_lists.STATUSES, "\u200fFully implemented\u200e") == "fully-implemented"
    thai = closed_lists.label(closed_lists.STATUSES, "fully-implemented", i18n.translator_for("th"))
    assert closed_lists.match(closed_lists.STATUSES, thai[:3] + "\u200b" + thai[3:]) == "fully-implemented"
