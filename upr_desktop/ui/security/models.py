"""What the security dialogs decide, without widgets: retries and delays, passphrase rules, keyring state."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication

from upr_desktop.errors import WrongPassphrase
from upr_desktop.operations.security import (
    MIN_PASSPHRASE,
    KeyringStatus,
    RetryDelay,
    keyring_status,
)

T = TypeVar("T")
translate = QCoreApplication.translate


@dataclass
class UnlockModel(Generic[T]):
    """One passphrase prompt: ``attempt(passphrase)`` opens (or unlocks) and returns the result.

    Unlimited retries; after each wrong passphrase the next try is refused for a growing delay.
    """

    attempt_fn: Callable[[str], T]
    clock: Callable[[], float] = time.monotonic
    delay: RetryDelay = field(default_factory=lambda: RetryDelay(sleep=lambda _s: None))
    keyring: KeyringStatus = field(default_factory=keyring_status)
    not_before: float = 0.0

    @property
    def can_remember(self) -> bool:
        return self.keyring.usable

    def remember_explanation(self) -> str:
        if self.keyring.usable:
            return translate("Security", "The key is kept in this computer's keyring; anyone using this computer account can open the workspace.")
        return translate("Security", "Cannot remember the passphrase on this computer: %1. You will be asked for it each time.").replace("%1", self.keyring.reason)

    def seconds_to_wait(self) -> float:
        return max(0.0, self.not_before - self.clock())

    def attempt(self, passphrase: str) -> T:
        """Raises WrongPassphrase (and starts the delay) when it does not fit."""
        if self.seconds_to_wait() > 0:
            raise WrongPassphrase(translate("Security", "Wait a moment before trying again."))
        try:
            return self.attempt_fn(passphrase)
        except WrongPassphrase:
            self.not_before = self.clock() + self.delay.failed()
            raise


@dataclass
class NewPassphraseModel:
    """Rules for choosing a passphrase (protect, change) or confirming the current one (unprotect)."""

    needs_current: bool = False
    needs_new: bool = True

    def problems(self, current: str, new: str, repeat: str) -> list[str]:
        found = []
        if self.needs_current and not current:
            found.append(translate("Security", "Enter the current passphrase."))
        if self.needs_new:
            if len(new) < MIN_PASSPHRASE:
                found.append(translate("Security", "The new passphrase needs at least %1 characters; a few unrelated words are best.").replace("%1", str(MIN_PASSPHRASE)))
            elif new != repeat:
                found.append(translate("Security", "The two new passphrases differ."))
            elif self.needs_current and new == current:
                found.append(translate("Security", "The new passphrase is the same as the current one."))
        return found
