"""Keyring backends for tests: an in-memory one for fast unit tests, and the real Secret
Service (gnome-keyring), which ``make test`` starts in a private D-Bus session."""

from __future__ import annotations

import os

import keyring.backend
import pytest


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        import keyring.errors

        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError(username)
        del self.store[(service, username)]


def secret_service() -> keyring.backend.KeyringBackend:
    """The real Secret Service backend, or a failure that says how to get one."""
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    try:
        usable = backend.priority > 0
    except Exception as error:  # the backend says why it cannot run here
        usable, why = False, str(error)
    else:
        why = ""
    if not usable:
        pytest.fail(
            "The Secret Service keyring is not running "
            f"({why or 'not available'}). Run the tests with `make test`, which starts "
            "gnome-keyring in a private D-Bus session (DBUS_SESSION_BUS_ADDRESS="
            f"{os.environ.get('DBUS_SESSION_BUS_ADDRESS', 'unset')})."
        )
    return backend
