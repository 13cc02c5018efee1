"""The keyring: a real backend or a clear refusal, never a silent plain-text fallback."""

from __future__ import annotations

import uuid

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail

from claimdesk.credentials import KeyringUnavailable, SecretStore


class LockedKeyring(keyring.backend.KeyringBackend):
    priority = 5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


def test_no_backend_says_what_to_install() -> None:
    store = SecretStore(fail.Keyring())
    with pytest.raises(KeyringUnavailable, match="gnome-keyring"):
        store.set("p", "secret_key", "x")


def test_plain_text_backend_is_refused_even_if_configured() -> None:
    from keyrings.alt.file import PlaintextKeyring  # type: ignore[import-not-found]

    with pytest.raises(KeyringUnavailable, match="No usable keyring"):
        SecretStore(PlaintextKeyring()).check()


def test_locked_keyring_says_unlock() -> None:
    with pytest.raises(KeyringUnavailable, match=r"locked.*Unlock it"):
        SecretStore(LockedKeyring()).get("p", "secret_key")


def test_real_secret_service_round_trip(real_keyring: keyring.backend.KeyringBackend) -> None:
    from keyring.backends import SecretService

    assert isinstance(real_keyring, SecretService.Keyring)
    store = SecretStore()
    assert store.describe() == "keyring.backends.SecretService.Keyring"
    profile = f"test-{uuid.uuid4()}"
    store.set(profile, "token", "real-secret-value")
    assert store.get(profile, "token") == "real-secret-value"
    store.move(profile, profile + "-renamed", ["token"])
    assert store.get(profile, "token") is None
    assert store.get(profile + "-renamed", "token") == "real-secret-value"
    store.delete(profile + "-renamed", "token")
    assert store.get(profile + "-renamed", "token") is None


def test_a_chain_that_would_write_plain_text_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """keyring's chainer with no system keyring running ends at keyrings.alt's plain-text
    file: ClaimDesk must refuse it rather than fall back silently."""
    from keyring.backends.chainer import ChainerBackend
    from keyrings.alt.file import PlaintextKeyring  # type: ignore[import-not-found]

    monkeypatch.setattr(ChainerBackend, "backends", [PlaintextKeyring()])
    keyring.set_keyring(ChainerBackend())
    store = SecretStore()
    with pytest.raises(KeyringUnavailable, match="PlaintextKeyring"):
        store.set("p", "secret_key", "must-not-be-written")
