"""The shell: welcome -> new workspace -> main window; pages, undo labels, status bar, errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from upr_desktop.errors import UserError
from upr_desktop.ui.page_registry import PAGES
from upr_desktop.ui.settings import SettingsStore


def make_controller(runner: object):
    from upr_desktop.ui.controller import AppController
    from upr_desktop.ui.translations import Translations

    store = SettingsStore()
    return AppController(runner, store, Translations(QApplication.instance()))  # type: ignore[arg-type]


def test_welcome_creates_a_workspace_and_opens_it(qtbot, runner, tmp_path: Path, shown_errors) -> None:
    controller = make_controller(runner)
    controller.start(None)
    welcome = controller.welcome
    assert welcome is not None and welcome.isVisible()
    from upr_desktop.ui.welcome import NewWorkspaceDialog

    dialog = NewWorkspaceDialog(welcome)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Thai UPR Coalition")
    dialog.state_combo.setEditText("thailand")
    dialog.path_edit.setText(str(tmp_path / "thai.uprw"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.form.problems
    assert dialog.form.state_under_review == "Thailand"
    welcome.create_requested.emit(dialog.form)
    assert controller.main is not None and controller.workspace is not None
    assert controller.workspace.record().name == "Thai UPR Coalition"
    assert str(tmp_path / "thai.uprw") in controller.store.recent_workspaces()[0]
    assert SettingsStore().recent_workspaces() == controller.store.recent_workspaces()
    assert "Thai UPR Coalition" in controller.main.status.workspace_label.text()
    assert not shown_errors
    controller.shutdown()


def test_new_workspace_form_explains_what_is_missing(qapp, tmp_path: Path) -> None:
    from upr_desktop.ui.welcome import NewWorkspaceForm

    existing = tmp_path / "taken.uprw"
    existing.write_bytes(b"x")
    form = NewWorkspaceForm(name=" ", state_under_review="Atlantis", path=str(existing))
    assert not form.validate()
    assert len(form.problems) == 3
    assert any("Atlantis" not in p and "UN member" in p for p in form.problems)


def test_opening_a_missing_workspace_shows_a_readable_error(qtbot, runner, tmp_path: Path, shown_errors) -> None:
    controller = make_controller(runner)
    controller.start(str(tmp_path / "nowhere.uprw"))
    assert controller.main is None and controller.welcome is not None
    assert len(shown_errors) == 1
    assert "No workspace at" in shown_errors[0][1]
    assert "Traceback" not in shown_errors[0][1]
    controller.shutdown()


def test_every_page_builds(qtbot, ctx) -> None:
    from upr_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    for index, spec in enumerate(PAGES):
        window.show_page(index)
        page = window.current_page()
        assert window.sidebar.currentRow() == index
        assert type(page).__name__ == spec.target.partition(":")[2]  # the page itself, built the first time it is shown


def test_unexpected_error_gets_a_copyable_report_and_user_error_does_not(qtbot, ctx, shown_errors) -> None:
    from upr_desktop.ui.error_dialogs import CrashDialog

    def broken(_workspace):
        raise ZeroDivisionError("boom")

    def refused(_workspace):
        raise UserError("Row 3: the date is wrong.")

    ctx.ops.read(broken, on_done=lambda _r: None)
    ctx.ops.read(refused, on_done=lambda _r: None)
    assert "ZeroDivisionError: boom" in shown_errors[0][1]
    assert shown_errors[1][1] == "Row 3: the date is wrong."
    dialog = CrashDialog(ZeroDivisionError("boom"))
    qtbot.addWidget(dialog)
    dialog.copy_report()
    assert "ZeroDivisionError" in QApplication.clipboard().text()


def test_a_failed_write_rolls_back_and_notifies_nobody(qtbot, ctx, shown_errors) -> None:
    from upr_desktop.core.services import groups
    from upr_desktop.operations.base import writing

    seen: list[object] = []
    ctx.hub.data_changed.connect(seen.append)

    def half_then_fail(workspace):
        with writing(workspace) as w:
            groups.add_group(w.session, name="Half", acronym="HALF")
            raise UserError("stop")

    ctx.ops.write(half_then_fail)
    assert seen == []
    with ctx.workspace.session() as s:
        assert [g.acronym for g in groups.list_groups(s)] == ["CF", "WRN"]


def test_orm_objects_may_not_cross_to_the_gui(qtbot, ctx, shown_errors) -> None:
    from upr_desktop.core.services import groups

    def orm_rows(workspace):
        with workspace.session() as s:
            return groups.list_groups(s)

    ctx.ops.read(orm_rows, on_done=lambda _r: None)
    assert "ORM object" in shown_errors[0][1]


def test_a_superseded_job_is_dropped_but_the_runner_becomes_idle(qapp) -> None:
    from tests.gui.held import Held
    from upr_desktop.ui.worker import BackgroundRunner

    executor = Held()
    runner = BackgroundRunner(executor)
    results: list[str] = []
    runner.submit(lambda: "old", results.append, key="search")
    runner.submit(lambda: "new", results.append, key="search")
    assert runner.busy
    from upr_desktop.ui.worker import _execute

    for job, relay in executor.jobs:
        _execute(job, relay)
    assert results == ["new"]
    assert not runner.busy


def test_back_up_now_tells_the_status_bar_through_its_outcome(qtbot, ctx, shown_errors) -> None:
    from upr_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.status.backup_label.text() == "No backup yet"
    seen: list[frozenset[str]] = []
    ctx.hub.data_changed.connect(seen.append)
    window.actions_.actions["backup"].trigger()
    assert not shown_errors
    assert seen == [frozenset({"workspace"})]  # the workspace file changed; no page of records reloads
    assert window.statusBar().currentMessage().startswith("Backed up to ")
    made = Path(window.statusBar().currentMessage().removeprefix("Backed up to "))
    assert made.is_file() and made.parent == ctx.workspace.path.parent / "backups"
    assert window.status.backup_label.text().startswith("Last backup: ")


def test_undo_and_redo_labels_follow_every_change(qtbot, ctx, shown_errors) -> None:
    from upr_desktop.operations import assignments
    from upr_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    undo, redo = window.actions_.actions["undo"], window.actions_.actions["redo"]
    assert undo.text() == "&Undo Assign 1 recommendation to WRN" and not redo.isEnabled()
    ctx.ops.write(assignments.assign, "CF", refs=["115.3"])
    assert undo.text() == "&Undo Assign 1 recommendation to CF"
    ctx.ops.write(assignments.assign, "WRN", refs=["115.2"])  # already so: no row changes, yet a step for Undo
    assert undo.text() == "&Undo Assign 1 recommendation to WRN"
    window.run_command("undo")
    assert window.statusBar().currentMessage() == "Undone: Assign 1 recommendation to WRN"
    assert undo.text() == "&Undo Assign 1 recommendation to CF"
    assert redo.isEnabled() and redo.text() == "&Redo Assign 1 recommendation to WRN"
    window.run_command("redo")
    assert window.statusBar().currentMessage() == "Redone: Assign 1 recommendation to WRN"
    assert not redo.isEnabled() and not shown_errors
