"""Passphrase dialogs, the unlock hook, protect/change/unprotect from the Security menu, and auto-lock."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from upr_desktop.core.services import groups
from upr_desktop.core.storage.workspace_file import WorkspaceFile, create_workspace
from upr_desktop.errors import WrongPassphrase
from upr_desktop.core.storage import sqlcipher as cipher
from upr_desktop.security import keystore, live, unlock
from upr_desktop.ui.security.dialogs import NewPassphraseDialog, PassphraseDialog, inline_submit
from upr_desktop.ui.security.models import NewPassphraseModel, UnlockModel

PASSPHRASE = "mango sticky rice at dusk"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(cipher.PROFILES, 0, cipher.KdfProfile(0, 2**8, 8, 1))
    monkeypatch.setattr(cipher, "CURRENT_PROFILE", 0)


@pytest.fixture
def encrypted_path(workspace_path: Path) -> Path:
    ws = create_workspace(workspace_path, name="Test Coalition", country="Thailand", key=cipher.new_key_material(PASSPHRASE))
    with ws.transaction() as s:
        groups.add_group(s, name="Quokkaville Lawyers", acronym="QL")
    ws.close()
    return workspace_path


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_unlock_model_delays_after_wrong_passphrase() -> None:
    clock = Clock()

    def attempt(p: str) -> str:
        if p != "right":
            raise WrongPassphrase("Wrong passphrase")
        return "opened"

    model = UnlockModel(attempt, clock=clock)
    with pytest.raises(WrongPassphrase):
        model.attempt("nope")
    assert model.seconds_to_wait() == 1.0
    with pytest.raises(WrongPassphrase, match="Wait"):
        model.attempt("right")  # refused during the delay, even when right
    clock.now += 1.0
    with pytest.raises(WrongPassphrase):
        model.attempt("nope again")
    assert model.seconds_to_wait() == 2.0
    clock.now += 2.0
    assert model.attempt("right") == "opened"


def test_passphrase_dialog_wrong_then_right(qtbot, encrypted_path: Path) -> None:
    clock = Clock()
    model: UnlockModel[WorkspaceFile] = UnlockModel(lambda p: unlock.open_with_passphrase(encrypted_path, p), clock=clock)
    before = encrypted_path.read_bytes()
    dialog = PassphraseDialog(model, encrypted_path.name, submit=inline_submit)
    qtbot.addWidget(dialog)
    assert dialog.remember.isEnabled()
    opened: list[WorkspaceFile] = []
    dialog.unlocked.connect(opened.append)
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "Wrong passphrase" in dialog.message.text()
    assert not dialog.ok.isEnabled() and "Wait" in dialog.ok.text()
    assert dialog.passphrase.text() == ""
    assert encrypted_path.read_bytes() == before
    clock.now += 1.5
    dialog._update_wait()
    assert dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.remember.setChecked(True)
    dialog.on_remember = lambda ws: keystore.remember_workspace_key(ws.connector.key, ws.uuid)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].record().name == "Test Coalition"
    opened[0].close()
    assert keystore.workspace_key_for(encrypted_path) is not None


def test_remember_is_disabled_and_explained_without_keyring(qtbot, encrypted_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        model: UnlockModel[WorkspaceFile] = UnlockModel(lambda p: unlock.open_with_passphrase(encrypted_path, p))
        dialog = PassphraseDialog(model, encrypted_path.name, submit=inline_submit)
        qtbot.addWidget(dialog)
        assert not dialog.remember.isEnabled()
        assert "Cannot remember" in dialog.remember_note.text() and "no keyring service" in dialog.remember_note.text()
    finally:
        keyring.set_keyring(previous)


def test_unlock_hook_uses_remembered_key_or_asks(qtbot, encrypted_path: Path) -> None:
    from upr_desktop.ui.security import ask_to_open

    opened: list[WorkspaceFile] = []
    shown = ask_to_open(encrypted_path, None, opened.append, submit=inline_submit)
    assert len(shown) == 1 and not opened
    dialog = shown[0]
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.remember.setChecked(True)
    dialog.try_unlock()
    assert len(opened) == 1
    opened[0].close()
    again: list[WorkspaceFile] = []
    assert ask_to_open(encrypted_path, None, again.append, submit=inline_submit) == []  # remembered now
    assert len(again) == 1
    again[0].close()


def test_new_passphrase_dialog_validates(qtbot) -> None:
    dialog = NewPassphraseDialog(NewPassphraseModel(needs_current=True), "Change", "explanation")
    qtbot.addWidget(dialog)
    chosen: list[tuple[str, str, bool]] = []
    dialog.chosen.connect(lambda *a: chosen.append(a))
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.current, "old passphrase")
    qtbot.keyClicks(dialog.new, "short")
    assert not dialog.ok.isEnabled() and "at least" in dialog.message.text()
    dialog.new.setText("a longer passphrase")
    dialog.repeat.setText("a longer passphrasX")
    assert not dialog.ok.isEnabled() and "differ" in dialog.message.text()
    dialog.repeat.setText("a longer passphrase")
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert chosen == [("old passphrase", "a longer passphrase", False)]
    assert dialog.new.text() == ""


def test_autolock_fires_after_idle_and_activity_postpones_it(qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit

    from upr_desktop.ui.security.autolock import AutoLock

    lock = AutoLock(15, interval_ms=5000)
    try:
        assert lock.minutes == 15 and lock.enabled and lock.timer.isActive()
        fired: list[bool] = []
        lock.locked.connect(lambda: fired.append(True))
        field = QLineEdit()
        qtbot.addWidget(field)
        lock.timer.start(50)  # as if the idle time had nearly run out
        qtbot.keyClick(field, "a")  # real keyboard activity, seen by the app-wide event filter
        assert lock.timer.remainingTime() > 1000 and not fired
        lock.timer.start(30)
        qtbot.waitUntil(lambda: bool(fired), timeout=5000)
        assert lock.is_locked and len(fired) == 1
        qtbot.keyClick(field, "b")
        lock.poke()
        assert not lock.timer.isActive()  # stays locked until resumed
        lock.resume()
        assert lock.timer.isActive() and lock.timer.interval() == 5000
        lock.set_minutes(0)
        assert not lock.enabled and not lock.timer.isActive()
    finally:
        lock.stop()


@pytest.fixture
def encrypted_window(qtbot, encrypted_path: Path, runner):
    from upr_desktop.ui.hub import DataHub
    from upr_desktop.ui.main_window import MainWindow
    from upr_desktop.ui.worker import Operations
    from upr_desktop.ui.pages import AppContext
    from upr_desktop.ui.security import install
    from upr_desktop.ui.settings import SettingsStore

    ws = unlock.open_with_passphrase(encrypted_path, PASSPHRASE)
    store = SettingsStore()
    hub = DataHub()
    ctx = AppContext(ops=Operations(runner, ws, hub), hub=hub, store=store, workspace=ws)  # type: ignore[arg-type]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    actions = getattr(window, "security", None) or install(window)
    yield window, actions, ws
    actions.autolock.stop()
    ws.close()


def test_lock_hides_content_drops_key_and_comes_back(qtbot, encrypted_window) -> None:
    from upr_desktop.ui.security import LockScreen

    window, actions, ws = encrypted_window
    content = window.centralWidget()
    dialog = actions.lock()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert isinstance(window.centralWidget(), LockScreen) and not window.menuBar().isEnabled()
    assert live.is_locked(ws) and ws.connector.key is None
    dialog.model.clock = lambda: 10**9  # no waiting in the test
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    dialog.try_unlock()
    assert actions.is_locked and "Wrong passphrase" in dialog.message.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.model.not_before = 0
    dialog.try_unlock()
    assert not actions.is_locked and window.centralWidget() is content and window.menuBar().isEnabled()
    assert ws.encrypted and not live.is_locked(ws) and ws.record().name == "Test Coalition"


def test_security_menu_change_and_remove_passphrase(qtbot, encrypted_window) -> None:
    window, actions, ws = encrypted_window
    acts = window.actions_.actions
    assert not acts["protect"].isEnabled() and acts["change_passphrase"].isEnabled()
    dialog = actions.change_passphrase()
    qtbot.addWidget(dialog)
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText("papaya salad no chilli")
    dialog.repeat.setText("papaya salad no chilli")
    dialog.confirm()
    with pytest.raises(WrongPassphrase):
        cipher.connect(ws.path, cipher.derive_key(PASSPHRASE, cipher.file_salt(ws.path) or b"")).close()
    assert ws.record().name == "Test Coalition"
    dialog = actions.unprotect()
    qtbot.addWidget(dialog)
    dialog.current.setText("papaya salad no chilli")
    dialog.confirm()
    assert not cipher.is_encrypted(ws.path) and not ws.encrypted
    assert acts["protect"].isEnabled() and not acts["lock"].isEnabled()
    assert actions.lock() is None  # nothing to lock on a plain workspace
    dialog = actions.protect()
    qtbot.addWidget(dialog)
    dialog.new.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    dialog.confirm()
    assert cipher.is_encrypted(ws.path) and ws.encrypted and ws.record().name == "Test Coalition"


def test_thread_submit_calls_back_on_the_gui_thread(qtbot) -> None:
    import threading

    from upr_desktop.ui.security.dialogs import thread_submit

    seen: list[tuple[str, bool]] = []
    main = threading.get_ident()
    thread_submit(lambda: threading.get_ident() != main, lambda v: seen.append(("done", v and threading.get_ident() == main)), lambda e: seen.append(("error", False)))
    thread_submit(lambda: 1 / 0, lambda v: seen.append(("done", False)), lambda e: seen.append(("error", isinstance(e, ZeroDivisionError) and threading.get_ident() == main)))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert sorted(seen) == [("done", True), ("error", True)]
