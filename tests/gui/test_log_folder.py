"""Help > Open log folder, and errors from the worker: one line on screen, the traceback in the log."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from upr_desktop.errors import UserError
from upr_desktop.paths import log_dir


@pytest.fixture
def window(qtbot: Any, ctx: Any) -> Any:
    from upr_desktop.ui.main_window import MainWindow

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    return main


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What the desktop was asked to open (a file manager would appear otherwise)."""
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def test_help_opens_the_log_folder(window: Any, opened: list[QUrl], shown_errors: list[tuple[str, str]],
                                   isolated_home: Path) -> None:
    action = window.actions_.actions["open_log_folder"]
    menus = [entry.menu() for entry in window.menuBar().actions() if entry.menu() is not None]
    assert [m for m in menus if action in m.actions()] == [m for m in menus if window.actions_.actions["about"] in m.actions()]
    action.trigger()
    assert [Path(url.toLocalFile()) for url in opened] == [log_dir()]
    assert log_dir().is_dir() and log_dir().is_relative_to(isolated_home)
    assert not shown_errors


def test_a_desktop_that_cannot_open_it_names_the_folder(window: Any, monkeypatch: pytest.MonkeyPatch,
                                                         shown_errors: list[tuple[str, str]]) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    window.run_command("open_log_folder")
    assert len(shown_errors) == 1 and str(log_dir()) in shown_errors[0][1]


def test_worker_errors_are_logged_with_their_traceback(ctx: Any, shown_errors: list[tuple[str, str]],
                                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="upr_desktop")

    def refused(_ws: object) -> None:
        raise UserError("Row 3: the date is wrong.")

    def broken(_ws: object) -> None:
        raise ZeroDivisionError("boom")

    ctx.ops.read(refused, on_done=lambda _r: None)
    ctx.ops.read(broken, on_done=lambda _r: None)
    assert shown_errors[0][1] == "Row 3: the date is wrong."  # one line on screen
    failures = [r for r in caplog.records if r.name == "upr_desktop.ui.worker"]
    assert [r.levelno for r in failures] == [logging.WARNING, logging.ERROR]
    assert all(r.exc_info and r.exc_info[2] is not None for r in failures)  # with the traceback
    assert "ZeroDivisionError: boom" in caplog.text and "Traceback (most recent call last)" in caplog.text
