"""Open a profile as a ready ``Connection``: its settings, its secrets (from the keyring,
held in memory only), the platform's service from the registry. Saved profiles and training
mode's profiles take this one path."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimdesk.domain.translation import translate
from claimdesk.service.platform import PlatformService
from claimdesk.service.platforms import PLATFORM_NAMES, OpenContext, entry
from claimdesk.service.profiles import Profile, ProfileError, ProfileStore

if TYPE_CHECKING:
    from claimdesk.credentials import SecretStore
    from claimdesk.storage.database import Database


@dataclass(frozen=True)
class Connection:
    """A named, ready service: a connection profile once opened, or a training one."""

    name: str
    service: PlatformService
    description: str = ""
    profile: str | None = None  # the saved profile behind it; None in training mode
    confirmed: bool = False  # the platform's caution was confirmed (Claret's beta POST)


def open_profile(
    profile: Profile,
    secrets: Mapping[str, str],
    *,
    database: Database | None = None,
    training: bool = False,
    keyring: SecretStore | None = None,
) -> Connection:
    """The profile's connection (no request is made). ``database`` keeps what must outlive
    the run (Thalamus's sent transaction IDs); ``keyring`` keeps secrets the service fetches
    (Claret's token); ``training``: a profile of training mode, described as the sandbox and
    tied to no saved profile."""
    platform = entry(profile.platform)
    service = platform.open(
        profile.url, profile.settings, secrets, OpenContext(profile.name, database, keyring)
    )
    if training:
        description = translate("Service", platform.training_description).format(url=profile.url)
        return Connection(profile.name, service, description)
    description = translate("Service", "{platform} at {url}").format(
        platform=platform.name, url=profile.url
    )
    return Connection(
        profile.name,
        service,
        description,
        profile=profile.name,
        confirmed=profile.beta_confirmed,
    )


def check_connection(
    profile: Profile, store: ProfileStore, secrets: Mapping[str, str] | None = None
) -> str:
    """A real call to the platform; returns what was found, raises what went wrong.

    ``secrets`` lets the profiles dialog test values not saved yet (empty ones are read
    from the keyring)."""
    stored = {}
    given = {k: v for k, v in (secrets or {}).items() if v}
    try:
        stored = store.secrets_of(profile)
    except ProfileError:  # a secret not stored yet: fine when the dialog gives it
        if not given:
            raise
    service = entry(profile.platform).open(profile.url, profile.settings, {**stored, **given})
    try:
        probe = service.probe()
    finally:
        service.close()
    saved = next((p for p in store.list() if p.name == profile.name), None)
    if probe.learned and saved is not None and saved.platform == profile.platform:
        settings = {**saved.settings, **probe.learned}
        if settings != saved.settings:  # what the test found out is kept with the profile
            store.save(saved.model_copy(update={"settings": settings}))
    return " ".join(
        (
            translate("Service", "Connected to {platform}.").format(
                platform=PLATFORM_NAMES[profile.platform]
            ),
            *probe.proved,
        )
    )
