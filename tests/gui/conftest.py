"""GUI fixtures: the database worker runs inline, dialogs are recorded instead of shown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from upr_desktop.core.services import assignments, groups, recommendations
from upr_desktop.core.storage.workspace_file import WorkspaceFile


@pytest.fixture(autouse=True)
def in_english(qapp: object) -> Iterator[None]:
    """English as the app starts in it: its catalogue gives counts their plural forms ("1 recommendation").

    The windows a test made and left behind are deleted when it ends. A page or dialog held only by its own
    signal connections lives until Python's cycle collector happens to run: 3,500 widgets after 30 tests,
    and each later change of language, font or direction (this fixture's, every test) went to all of them,
    two to five seconds of every test's setup and teardown."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication
    from shiboken6 import getCppPointer

    from upr_desktop.ui.translations import Translations

    app = QApplication.instance()
    before = {getCppPointer(w)[0] for w in app.topLevelWidgets()}  # type: ignore[union-attr]
    translations = Translations(app)  # type: ignore[arg-type]
    translations.apply("en")
    yield
    for widget in app.topLevelWidgets():  # type: ignore[union-attr]
        if getCppPointer(widget)[0] not in before:
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for translator in translations._installed:  # noqa: SLF001 - leave the application as the test found it
        app.removeTranslator(translator)  # type: ignore[union-attr]


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Error dialogs land in this list, (title, message or crash report), instead of blocking the test on a modal box."""
    from upr_desktop.ui import error_dialogs

    shown: list[tuple[str, str]] = []

    def collect(_parent: object, title: str, message: str, error: BaseException | None = None) -> None:
        shown.append((title, message))

    monkeypatch.setattr(error_dialogs, "present", collect)
    return shown


@pytest.fixture
def runner(qapp: object) -> Iterator[object]:
    from upr_desktop.ui.worker import BackgroundRunner, InlineExecutor

    background = BackgroundRunner(InlineExecutor())
    yield background
    background.shutdown()


@pytest.fixture
def seeded(workspace: WorkspaceFile) -> WorkspaceFile:
    """A small coalition: two groups, five recommendations, one assigned."""
    with workspace.transaction() as s:
        groups.add_group(s, name="Women's Rights Network", acronym="WRN")
        groups.add_group(s, name="Children First", acronym="CF")
        texts = [
            ("115.1", "Ratify the Optional Protocol to the Convention against Torture", "noted", ["France"], ["Torture"]),
            ("115.2", "Strengthen measures against domestic violence and protect women", "supported", ["Sweden", "Chile"], ["Women"]),
            ("115.3", "Guarantee free primary education for all children, including migrants", "supported", ["Brazil"], ["Education"]),
            ("115.4", "Abolish the death penalty", "noted", ["Germany", "France"], ["Death penalty"]),
            ("115.5", "Protect human rights defenders and journalists", "partially-supported", ["Norway"], ["Civic space"]),
        ]
        for ref, text, response, states, themes in texts:
            recommendations.add_recommendation(s, ref=ref, text=text, response=response, recommending_states=states, themes=themes, cycle=3)
        recs = assignments.select_recommendations(s, refs=["115.2"])
        assignments.assign(s, "WRN", recs)
    return workspace


@pytest.fixture
def ctx(seeded: WorkspaceFile, runner: object) -> Iterator[object]:
    from upr_desktop.ui.hub import DataHub
    from upr_desktop.ui.pages import AppContext
    from upr_desktop.ui.settings import SettingsStore
    from upr_desktop.ui.worker import Operations

    store = SettingsStore()
    hub = DataHub()
    context = AppContext(ops=Operations(runner, seeded, hub), hub=hub, store=store, workspace=seeded)  # type: ignore[arg-type]
    yield context
    context.stop_idle_work()  # the app-wide idle queue outlives pages: stop it as closing the workspace does


@pytest.fixture
def demo_ctx(demo_ws: WorkspaceFile, runner: object) -> Iterator[object]:
    """The app's context over a fresh copy of the demo coalition."""
    from upr_desktop.ui.hub import DataHub
    from upr_desktop.ui.pages import AppContext
    from upr_desktop.ui.settings import SettingsStore
    from upr_desktop.ui.worker import Operations

    store = SettingsStore()
    hub = DataHub()
    context = AppContext(ops=Operations(runner, demo_ws, hub), hub=hub, store=store, workspace=demo_ws)  # type: ignore[arg-type]
    yield context
    context.stop_idle_work()  # as the controller does on closing: no idle step of this test runs during the next one
