"""Every page and dialog fits a 1024×600 netbook, and presentation mode (F11) a 1366×768 projector, in every shipped language.

One main window per language over the demo coalition: each page is shown (its first row selected, every tab
opened) and the window's minimum size is read; then the same in presentation mode. A form that scrolls must not
need a horizontal scroll bar at those sizes. Every dialog of ``upr_desktop/ui`` is built and measured too; a new
dialog class without a line in ``_dialogs`` fails the test, so none is left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import upr_desktop
from upr_desktop.ui.translations import LANGUAGES

# Burmese (the widest and tallest lines) runs in the main suite; the other five languages with the slow tests.
EVERY_LANGUAGE = [code if code == "my" else pytest.param(code, marks=pytest.mark.slow) for code in LANGUAGES]

UI = Path(upr_desktop.__file__).parent / "ui"
DIALOG_CLASS = re.compile(r"^class (\w+)\((?:QDialog|QProgressDialog)\)", re.MULTILINE)


def _smallest() -> Any:
    from upr_desktop.ui.fitting import SMALLEST_SCREEN

    return SMALLEST_SCREEN


def _projector() -> Any:
    from upr_desktop.ui.fitting import PRESENTATION_SCREEN

    return PRESENTATION_SCREEN


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    from upr_desktop.ui.translations import Translations

    translations = Translations(qapp)
    translations.apply(request.param)
    yield request.param
    translations.apply("en")


def _settle(app: Any) -> None:
    for _ in range(3):
        app.processEvents()


def _too_big(what: str, size: Any, limit: Any) -> list[str]:
    if size.width() > limit.width() or size.height() > limit.height():
        return [f"{what} needs {size.width()}×{size.height()}, more than {limit.width()}×{limit.height()}"]
    return []


def _scrolls_sideways(page: Any) -> list[str]:
    """A form in a scroll area may scroll down on a short screen, never sideways."""
    from PySide6.QtWidgets import QScrollArea

    problems = []
    for area in page.findChildren(QScrollArea):
        content = area.widget()
        if area.isVisible() and content is not None and content.minimumSizeHint().width() > area.viewport().width():
            problems.append(f"{type(content).__name__} in a scroll area needs {content.minimumSizeHint().width()} px, "
                            f"has {area.viewport().width()}")
    return problems


def _walk_pages(window: Any, limit: Any, where: str) -> list[str]:
    """Show every page and every tab in it; what does the window need then?"""
    from PySide6.QtWidgets import QApplication, QTabWidget

    from upr_desktop.ui.page_registry import PAGES

    app = QApplication.instance()
    problems: list[str] = []
    for index, spec in enumerate(PAGES):
        window.show_page(index)
        page = window.page(index)
        table = getattr(page, "table", None)
        if table is not None and table.model().rowCount():
            table.selectRow(0)  # the detail pane fills in
        _settle(app)
        for tab_widget in page.findChildren(QTabWidget):  # a hidden tab's minimum is not measured until shown
            for tab in range(tab_widget.count()):
                tab_widget.setCurrentIndex(tab)
                _settle(app)
                problems += _too_big(f"{where}: {spec.key}, tab {tab_widget.tabText(tab)!r}", window.minimumSizeHint(), limit)
            tab_widget.setCurrentIndex(0)
        _settle(app)
        problems += _too_big(f"{where}: {spec.key}", window.minimumSizeHint(), limit)
        window.resize(limit)
        _settle(app)
        problems += [f"{where}: {spec.key}: {p}" for p in _scrolls_sideways(page)]
    return problems


def _main_window(ctx: Any, qtbot: Any) -> Any:
    from upr_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.resize(_smallest())
    window.show()
    return window


def _dispose(widget: Any) -> None:
    """Delete it now: a window left behind keeps its timers, and every later test's event loop pays for them."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    widget.hide()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _check_window(ctx: Any, qtbot: Any, *, presentation: bool) -> list[str]:
    from upr_desktop.ui import presentation_style

    window = _main_window(ctx, qtbot)
    try:
        problems = _walk_pages(window, _smallest(), "1024×600")
        if presentation:
            presentation_style.apply_style(window, True)  # what F11 does, without taking the test's screen
            try:
                problems += _walk_pages(window, _projector(), "presentation 1366×768")
            finally:
                presentation_style.apply_style(window, False)
    finally:
        _dispose(window)
    return problems


@pytest.mark.parametrize("language", EVERY_LANGUAGE, indirect=True)
def test_every_page_fits_in_every_language(language: str, demo_ctx: Any, qtbot: Any) -> None:
    problems = _check_window(demo_ctx, qtbot, presentation=True)
    assert not problems, f"{language}:\n" + "\n".join(problems)


# -- dialogs ----------------------------------------------------------------------------------------
GROUPS = ["WRN", "CF", "Thai Network of Human Rights Defenders and Community Organisations"]
THEMES = ["Women's rights", "Rights of the child", "Freedom of expression, assembly and association"]


def _dialogs(ctx: Any) -> dict[str, Callable[[], Any]]:
    from upr_desktop.operations.importing import MappingView
    from upr_desktop.security.keystore import KeyringStatus
    from upr_desktop.ui.about import AboutDialog
    from upr_desktop.ui.actions.dialog import ActionDialog
    from upr_desktop.ui.error_dialogs import CrashDialog
    from upr_desktop.ui.exchange.history_panel import ExplanationDialog
    from upr_desktop.ui.groups.dialog import GroupDialog
    from upr_desktop.ui.importing.dialog import ImportDialog
    from upr_desktop.ui.importing.mapping import MappingDialog, MappingModel
    from upr_desktop.ui.progress_dialog import ProgressDialog
    from upr_desktop.ui.recommendations.dialogs import (
        AssessmentDialog,
        AssessmentForm,
        AssignDialog,
        ThemesDialog,
    )
    from upr_desktop.ui.recommendations.recommended_before import ConfirmAboveDialog
    from upr_desktop.ui.security.dialogs import NewPassphraseDialog, PassphraseDialog
    from upr_desktop.ui.security.models import NewPassphraseModel, UnlockModel
    from upr_desktop.ui.welcome import NewWorkspaceDialog, WelcomeWindow

    no_keyring = KeyringStatus(False, "fail", "no keyring on this computer (the test's)")
    headers = ["Recommendation", "Recommending State", "UPR position", "Issue / theme", "Paragraph number", "Notes"]
    mapping = MappingView("Recommendations", headers, ["text", "recommending_states", "response", "themes", "ref", None],
                          ["name", "synonym", "synonym", "synonym", "synonym", ""])
    lines = ["Status of 115.4 set to Partially implemented by WRN (merged from WRN's return of 2 Oct 2025)."] * 12
    return {
        "AboutDialog": lambda: AboutDialog(),
        "ActionDialog": lambda: ActionDialog(None, GROUPS, consultation="Ministry of Justice, 2025-09-19"),
        "CrashDialog": lambda: CrashDialog(RuntimeError("an unexpected problem, with a long message " * 4)),
        "ExplanationDialog": lambda: ExplanationDialog("Merge of WRN's return", lines),
        "GroupDialog": lambda: GroupDialog(),
        "ImportDialog": lambda: ImportDialog(ctx),
        "MappingDialog": lambda: MappingDialog(MappingModel(mapping), "Thailand UPR 3rd cycle matrix (final).xlsx"),
        "ProgressDialog": lambda: ProgressDialog("Merging the returned workbooks"),
        "AssessmentDialog": lambda: AssessmentDialog(AssessmentForm(ref="115.4"), GROUPS),
        "AssignDialog": lambda: AssignDialog(3, GROUPS),
        "ThemesDialog": lambda: ThemesDialog(3, THEMES),
        "ConfirmAboveDialog": lambda: ConfirmAboveDialog(ctx, 2),
        "NewWorkspaceDialog": lambda: NewWorkspaceDialog(),
        "WelcomeWindow": lambda: WelcomeWindow(["/home/trainer/Documents/Thai CSO Coalition for the UPR, 3rd cycle.uprw"] * 5),
        "PassphraseDialog": lambda: PassphraseDialog(UnlockModel(lambda _p: None, keyring=no_keyring), "coalition.uprw",
                                                     submit=lambda fn, done: None),
        "NewPassphraseDialog": lambda: NewPassphraseDialog(NewPassphraseModel(needs_current=True), "Change passphrase",
                                                           "Choose a passphrase of at least 10 characters. " * 3,
                                                           can_remember=False, remember_note=no_keyring.reason),
    }


def _dialog_classes() -> set[str]:
    return {name for path in UI.rglob("*.py") for name in DIALOG_CLASS.findall(path.read_text(encoding="utf-8"))}


def _check_dialogs(ctx: Any, qtbot: Any, limit: Any) -> list[str]:
    from PySide6.QtWidgets import QApplication

    problems = []
    for name, make in _dialogs(ctx).items():
        dialog = make()
        dialog.show()
        _settle(QApplication.instance())
        size = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        problems += _too_big(name, size, limit)
        _dispose(dialog)
    return problems


WINDOWS = {"WelcomeWindow"}  # the first window of all, before any workspace: walked with the dialogs


def test_every_dialog_is_walked(ctx: Any) -> None:
    assert _dialog_classes() | WINDOWS == set(_dialogs(ctx)), "give every dialog of upr_desktop/ui a line in _dialogs"


@pytest.mark.parametrize("language", EVERY_LANGUAGE, indirect=True)
def test_every_dialog_fits_in_every_language(language: str, ctx: Any, qtbot: Any) -> None:
    from upr_desktop.ui import presentation_style

    problems = _check_dialogs(ctx, qtbot, _smallest())
    window = _main_window(ctx, qtbot)
    presentation_style.apply_style(window, True)
    try:
        problems += [f"presentation: {p}" for p in _check_dialogs(ctx, qtbot, _projector())]
    finally:
        presentation_style.apply_style(window, False)
        _dispose(window)
    assert not problems, f"{language}:\n" + "\n".join(problems)
