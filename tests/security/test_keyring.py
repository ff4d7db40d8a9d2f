"""Keys in the keyring: the in-memory backend (remember/forget), refused backends, the prompt path."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from security.support import PASSPHRASE, populate
from upr_desktop.core.storage.workspace_file import create_workspace
from upr_desktop.errors import Cancelled, PassphraseRequired
from upr_desktop.exchange import signing
from upr_desktop.core.storage import sqlcipher as cipher
from upr_desktop.security import keystore, protect, unlock


@pytest.fixture
def encrypted_path(workspace_path: Path, key_material: bytes) -> Path:
    ws = create_workspace(workspace_path, name="Test Coalition", country="Thailand", key=key_material)
    populate(ws)
    ws.close()
    return workspace_path


@pytest.fixture
def fail_keyring() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


class _FakeAltKeyring(keyring.backend.KeyringBackend):
    """Stands in for keyrings.alt's EncryptedKeyring, which prompts on a terminal."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise AssertionError("a prompting backend must never be asked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("a prompting backend must never be asked")

    def delete_password(self, service: str, username: str) -> None:
        raise AssertionError("a prompting backend must never be asked")


_FakeAltKeyring.__module__ = "keyrings.alt.file"


def test_remember_open_and_forget(encrypted_path: Path, key_material: bytes, memory_keyring) -> None:
    assert keystore.status().usable
    assert unlock.open_remembered(encrypted_path) is None
    assert protect.remember_key(encrypted_path, key_material)
    name = keystore.workspace_entry(cipher.salt_of(key_material))
    assert (keystore.SERVICE, name) in memory_keyring.store
    assert PASSPHRASE not in str(memory_keyring.store)
    ws = unlock.open_protected(encrypted_path, interactive=False)
    try:
        assert ws.encrypted and ws.record().name == "Test Coalition"
        assert keystore.workspace_id_for(encrypted_path) == ws.uuid
    finally:
        ws.close()
    assert keystore.forget_workspace_key(encrypted_path)
    assert (keystore.SERVICE, name) not in memory_keyring.store
    with pytest.raises(PassphraseRequired, match="UPR_DESKTOP_PASSPHRASE"):
        unlock.open_protected(encrypted_path, interactive=False)


def test_forget_this_computer_removes_everything_stored(encrypted_path: Path, key_material: bytes, memory_keyring) -> None:
    protect.remember_key(encrypted_path, key_material)
    keystore.set_secret(keystore.signing_entry("some-workspace"), "ab" * 32)
    memory_keyring.store[("other-app", "x")] = "kept"
    removed = keystore.forget_this_computer()
    assert len(removed) == 2
    assert memory_keyring.store == {("other-app", "x"): "kept"}


def test_stale_remembered_key_falls_back_to_passphrase(encrypted_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wrong = cipher.derive_key("another passphrase", cipher.file_salt(encrypted_path) or b"")
    keystore.remember_workspace_key(wrong, "whatever")
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, PASSPHRASE)
    with unlock.open_protected(encrypted_path, interactive=False) as ws:
        assert ws.record().name == "Test Coalition"


def test_fail_backend_is_reported_and_prompt_is_used(encrypted_path: Path, fail_keyring: None) -> None:
    st = keystore.status()
    assert not st.usable and "no keyring service" in st.reason
    with pytest.raises(keystore.KeyringUnavailable):
        keystore.remember_workspace_key(cipher.new_key_material(PASSPHRASE), "x")
    assert keystore.get_secret("anything") is None
    with pytest.raises(PassphraseRequired, match="No key can be remembered here"):
        unlock.open_protected(encrypted_path, interactive=False)
    answers = iter([PASSPHRASE])
    with unlock.open_protected(encrypted_path, interactive=True, prompt=lambda _: next(answers)) as ws:
        assert ws.record().name == "Test Coalition"


def test_prompting_file_backend_is_never_used(encrypted_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(_FakeAltKeyring())
    try:
        st = keystore.status()
        assert not st.usable and "does not use it" in st.reason
        assert keystore.get_secret("x") is None
        assert not keystore.delete_secret("x")
        with pytest.raises(keystore.KeyringUnavailable):
            keystore.set_secret("x", "y")
        with pytest.raises(PassphraseRequired):
            unlock.open_protected(encrypted_path, interactive=False)
    finally:
        keyring.set_keyring(previous)


def test_wrong_then_right_passphrase_with_growing_delay(encrypted_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = encrypted_path.read_bytes()
    slept: list[float] = []
    delay = unlock.RetryDelay(sleep=slept.append)
    answers = iter(["nope one", "nope two", "nope three", PASSPHRASE])
    with unlock.open_protected(encrypted_path, interactive=True, prompt=lambda _: next(answers), delay=delay) as ws:
        assert ws.record().name == "Test Coalition"
    assert slept == [1.0, 2.0, 4.0]
    err = capsys.readouterr().err
    assert err.count("Wrong passphrase") == 3 and "nope" not in err
    assert encrypted_path.read_bytes() != b""  # opened fine afterwards (WAL may have changed the file)
    assert before[:16] == encrypted_path.read_bytes()[:16]


def test_delay_is_capped() -> None:
    delay = unlock.RetryDelay(sleep=lambda _: None)
    waits = [delay.failed() for _ in range(10)]
    assert waits[:4] == [1.0, 2.0, 4.0, 8.0] and max(waits) == unlock.MAX_DELAY_S


def test_empty_answer_cancels(encrypted_path: Path) -> None:
    with pytest.raises(Cancelled):
        unlock.open_protected(encrypted_path, interactive=True, prompt=lambda _: "")


def test_env_passphrase_wrong_fails_once(encrypted_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from upr_desktop.errors import WrongPassphrase

    monkeypatch.setenv(unlock.PASSPHRASE_ENV, "definitely wrong")
    with pytest.raises(WrongPassphrase):
        unlock.open_protected(encrypted_path, interactive=True, prompt=lambda _: pytest.fail("must not prompt"))


def test_signing_key_goes_through_keystore(workspace, memory_keyring) -> None:
    with workspace.transaction() as session:
        key = signing.get_or_create_key(session)
    assert key.where == "keyring"
    assert memory_keyring.store[(keystore.SERVICE, keystore.signing_entry(workspace.uuid))] == key.key.hex()
    assert keystore.signing_entry(workspace.uuid) in keystore.stored_entries()
    with workspace.session() as session:
        assert signing.find_key(session) == key


def test_signing_key_without_keyring_stays_in_workspace(workspace, fail_keyring: None) -> None:
    with workspace.transaction() as session:
        key = signing.get_or_create_key(session)
    assert key.where == "workspace" and key.notice
    with workspace.session() as session:
        assert signing.find_key(session).key == key.key  # type: ignore[union-attr]


def test_signing_key_never_asks_a_prompting_backend(workspace) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(_FakeAltKeyring())
    try:
        with workspace.transaction() as session:
            key = signing.get_or_create_key(session)
        assert key.where == "workspace"
    finally:
        keyring.set_keyring(previous)


@pytest.mark.parametrize("backend", ["none", "prompting file"])
def test_a_server_password_is_never_given_to_a_keyring_the_app_does_not_use(backend: str, monkeypatch: pytest.MonkeyPatch,
                                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Defect: ``server remember-password`` wrote to whatever keyring was installed (keyrings.alt's file, which prompts
    on a terminal) and stopped on an unexpected problem (NoKeyringError) when there was none."""
    monkeypatch.setenv("UPR_DESKTOP_NEW_PASSWORD", "the server password")
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring() if backend == "none" else _FakeAltKeyring())
    try:
        from upr_desktop.cli import main

        assert main(["--workspace", "postgresql://amina@db.example.org/coalition", "server", "remember-password"]) == 1
    finally:
        keyring.set_keyring(previous)
    err = capsys.readouterr().err
    assert "Cannot remember the server password on this computer" in err and "unexpected" not in err


def test_opening_a_server_never_asks_a_keyring_the_app_does_not_use(monkeypatch: pytest.MonkeyPatch) -> None:
    """Defect: the server password was read from whatever keyring was installed, so a keyrings.alt file that prompts
    on a terminal could hang the app while it opened a server workspace; the same rule as the keystore's now decides."""
    from upr_desktop.core.storage import server

    asked: list[str] = []

    class Prompting(_FakeAltKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            asked.append(username)  # the real one would wait here for a terminal nobody sees
            return "typed on a terminal"

    Prompting.__module__ = "keyrings.alt.file"
    monkeypatch.setenv(server.PASSWORD_ENV, "from the environment")
    address, _ = server.parse_location("postgresql://amina@db.example.org/coalition")
    previous = keyring.get_keyring()
    keyring.set_keyring(Prompting())
    try:
        assert server.password_for(address) == "from the environment"
    finally:
        keyring.set_keyring(previous)
    assert asked == []
