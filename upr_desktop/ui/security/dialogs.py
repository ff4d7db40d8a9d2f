"""Passphrase dialogs: unlock (with "remember on this computer"), and choose/change/confirm a passphrase."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.errors import UserError, WrongPassphrase
from upr_desktop.ui.security.models import NewPassphraseModel, UnlockModel

# submit(work, on_done, on_error): run ``work`` off the GUI thread, call back on it.
Submit = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None]


class _Relay(QObject):
    done = Signal(object, object)  # callback, value


def thread_submit(work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
    """A one-off worker thread for key derivation and opening when no database runner is at hand."""
    relay = _Relay()
    relay.done.connect(lambda callback, value: callback(value), Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            value = work()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI
            relay.done.emit(on_error, exc)
            return
        relay.done.emit(on_done, value)

    _keep.add(relay)
    relay.done.connect(lambda *_: _keep.discard(relay))
    threading.Thread(target=run, daemon=True, name="upr-unlock").start()


_keep: set[_Relay] = set()


def inline_submit(work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
    try:
        value = work()
    except BaseException as exc:  # noqa: BLE001 - handed to the GUI
        on_error(exc)
        return
    on_done(value)


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class PassphraseDialog(QDialog):
    """Asks the passphrase of a protected workspace; ``unlocked`` carries what the attempt returned."""

    unlocked = Signal(object)

    def __init__(
        self,
        model: UnlockModel[Any],
        workspace_name: str,
        parent: QWidget | None = None,
        *,
        submit: Submit = thread_submit,
        offer_remember: bool = True,
        on_remember: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.submit = submit
        self.on_remember = on_remember
        self.setWindowTitle(self.tr("Protected workspace"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("%1 is protected by a passphrase. Enter it to continue.").replace("%1", workspace_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.passphrase = _password_field(self.tr("Passphrase"))
        layout.addWidget(self.passphrase)
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        self.remember.setVisible(offer_remember)
        self.remember.setEnabled(model.can_remember)
        self.remember_note = QLabel(model.remember_explanation())
        self.remember_note.setWordWrap(True)
        self.remember_note.setVisible(offer_remember)
        self.remember.setToolTip(model.remember_explanation())
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_note)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Unlock"))
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update_wait)
        self.busy = False

    def try_unlock(self) -> None:
        if self.busy or self.model.seconds_to_wait() > 0:
            return
        text = self.passphrase.text()
        if not text:
            self.message.setText(self.tr("Enter the passphrase."))
            return
        remember = self.remember.isChecked() and self.remember.isEnabled()
        self.busy = True
        self.ok.setEnabled(False)
        self.message.setText(self.tr("Checking…"))

        def work() -> Any:
            result = self.model.attempt(text)
            if remember and self.on_remember is not None:
                self.on_remember(result)
            return result

        self.submit(work, self._succeeded, self._failed)

    def _succeeded(self, result: Any) -> None:
        self.busy = False
        self.passphrase.clear()
        self.message.setText("")
        self.unlocked.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.passphrase.clear()
        self.passphrase.setFocus()
        if isinstance(exc, WrongPassphrase):
            self.message.setText(self.tr("Wrong passphrase. Try again."))
            self._update_wait()
            self._tick.start()
        else:
            self.ok.setEnabled(True)
            self.message.setText(str(exc) if isinstance(exc, UserError) else self.tr("Could not open the workspace: %1").replace("%1", type(exc).__name__))

    def _update_wait(self) -> None:
        left = self.model.seconds_to_wait()
        if left > 0:
            self.ok.setEnabled(False)
            self.ok.setText(self.tr("Wait %1 s").replace("%1", str(int(left + 0.999))))
        else:
            self._tick.stop()
            self.ok.setEnabled(True)
            self.ok.setText(self.tr("Unlock"))


class NewPassphraseDialog(QDialog):
    """Choose a passphrase (protect), change it (current + new), or confirm it (unprotect)."""

    chosen = Signal(str, str, bool)  # current, new, remember

    def __init__(self, model: NewPassphraseModel, title: str, explanation: str, parent: QWidget | None = None, *, can_remember: bool = True, remember_note: str = "") -> None:
        super().__init__(parent)
        self.model = model
        self.setWindowTitle(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.current = _password_field(self.tr("Current passphrase"))
        self.new = _password_field(self.tr("New passphrase"))
        self.repeat = _password_field(self.tr("Repeat the new passphrase"))
        if model.needs_current:
            form.addRow(self.tr("Current passphrase:"), self.current)
        if model.needs_new:
            form.addRow(self.tr("New passphrase:"), self.new)
            form.addRow(self.tr("Repeat it:"), self.repeat)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        self.remember.setEnabled(can_remember)
        self.remember.setVisible(model.needs_new)
        layout.addWidget(self.remember)
        if remember_note:
            note = QLabel(remember_note)
            note.setWordWrap(True)
            note.setVisible(model.needs_new)
            layout.addWidget(note)
        if model.needs_new:
            warning = QLabel(self.tr("Nobody can recover the data if this passphrase is forgotten. Write it down and keep it somewhere safe."))
            warning.setWordWrap(True)
            layout.addWidget(warning)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.current, self.new, self.repeat):
            field.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        problems = self.model.problems(self.current.text(), self.new.text(), self.repeat.text())
        self.ok.setEnabled(not problems)
        self.message.setText(problems[0] if problems else "")

    def confirm(self) -> None:
        if self.model.problems(self.current.text(), self.new.text(), self.repeat.text()):
            return
        self.chosen.emit(self.current.text(), self.new.text(), self.remember.isChecked() and self.remember.isEnabled())
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self.accept()
