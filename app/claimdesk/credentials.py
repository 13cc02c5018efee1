"""Secrets live only in the operating system's keyring (Secret Service, macOS Keychain,
Windows Credential Locker), under one service name, keyed by profile and secret name.

There is no silent fallback: when no usable keyring exists, ``KeyringUnavailable`` says
what to install or unlock. A user may opt in to an encrypted file backend by setting
``PYTHON_KEYRING_BACKEND=keyrings.alt.file.EncryptedKeyring`` (after
``pip install keyrings.alt``); plain-text backends are refused even then."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable

import keyring
import keyring.backend
import keyring.errors

from claimdesk.domain.translation import translate
from claimdesk.redaction import register_secret

SERVICE = "ClaimDesk"
log = logging.getLogger("claimdesk.credentials")

_REFUSED_BACKENDS = ("PlaintextKeyring", "fail.Keyring", "null.Keyring", "ChainerBackend")


class KeyringUnavailable(Exception):
    """No keyring can hold secrets right now; ``str()`` says what to do."""


def _advice() -> str:
    if sys.platform.startswith("linux"):
        return translate(
            "Keyring",
            "Install and unlock a Secret Service keyring: on Debian or Ubuntu "
            "'sudo apt-get install gnome-keyring' and log in to a desktop session (or, on a "
            "server, run ClaimDesk inside 'dbus-run-session' after unlocking the keyring with "
            "'gnome-keyring-daemon --unlock'). Or opt in to an encrypted file: "
            "'pip install keyrings.alt' and set "
            "PYTHON_KEYRING_BACKEND=keyrings.alt.file.EncryptedKeyring.",
        )
    return translate(
        "Keyring", "Unlock the system keychain (macOS Keychain or Windows Credential Manager)."
    )


def _no_keyring(name: str) -> str:
    return translate("Keyring", "No usable keyring was found ({name}). {advice}").format(
        name=name, advice=_advice()
    )


def _effective(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
    """The backend that would really store a secret. keyring's chainer writes to its first
    (highest-priority) backend, which may be a plain-text file when no system keyring runs:
    resolving it here lets ``check`` refuse that instead of falling back silently."""
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        members: list[keyring.backend.KeyringBackend] = list(backend.backends)
        if members:
            return members[0]
    return backend


def _key(profile: str, name: str) -> str:
    return f"{profile}:{name}"


class SecretStore:
    """The keyring, checked once for a real, secure backend."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        if self._backend is None:
            self._backend = _effective(keyring.get_keyring())
        return self._backend

    def describe(self) -> str:
        return f"{type(self.backend).__module__}.{type(self.backend).__name__}"

    def check(self) -> None:
        """Raise KeyringUnavailable unless the backend can really keep secrets."""
        name = self.describe()
        if any(name.endswith(refused) for refused in _REFUSED_BACKENDS):
            raise KeyringUnavailable(_no_keyring(name))
        try:
            priority = self.backend.priority
        except Exception as error:  # backends report "not usable here" by raising
            raise KeyringUnavailable(
                translate("Keyring", "The keyring cannot be used: {error}. {advice}").format(
                    error=error, advice=_advice()
                )
            ) from None
        if priority <= 0:
            raise KeyringUnavailable(_no_keyring(name))

    def _call(self, action: str, fn: Callable[..., object], *args: str) -> object:
        # An audit event (PEP 578; never the secret): the UI tests fail a window that
        # waits on the keyring on the GUI thread (tests/helpers/gui_thread.py).
        sys.audit("claimdesk.keyring", action, args[1] if len(args) > 1 else "")
        self.check()
        try:
            return fn(*args)
        except keyring.errors.KeyringLocked:
            raise KeyringUnavailable(
                translate(
                    "Keyring",
                    "The keyring is locked, so the secret could not be used. Unlock it (log in "
                    "to the desktop, or 'gnome-keyring-daemon --unlock') and try again.",
                )
            ) from None
        except keyring.errors.PasswordDeleteError:
            raise
        except (keyring.errors.KeyringError, keyring.errors.InitError) as error:
            raise KeyringUnavailable(
                translate("Keyring", "The keyring refused: {error}. {advice}").format(
                    error=type(error).__name__, advice=_advice()
                )
            ) from None

    def get(self, profile: str, name: str) -> str | None:
        value = self._call("read", self.backend.get_password, SERVICE, _key(profile, name))
        secret = value if isinstance(value, str) else None
        register_secret(secret)
        return secret

    def set(self, profile: str, name: str, secret: str) -> None:
        register_secret(secret)
        self._call("stored", self.backend.set_password, SERVICE, _key(profile, name), secret)

    def delete(self, profile: str, name: str) -> None:
        try:
            self._call("deleted", self.backend.delete_password, SERVICE, _key(profile, name))
        except keyring.errors.PasswordDeleteError:
            log.debug("no secret %s for profile %s to delete", name, profile)

    def move(self, old: str, new: str, names: Iterable[str]) -> None:
        """Rename: copy each secret to the new profile name, then delete the old one."""
        for name in names:
            secret = self.get(old, name)
            if secret is not None:
                self.set(new, name, secret)
        for name in names:
            self.delete(old, name)
