"""Open a saved profile as a ready ``Connection``: its settings, its secrets from the
keyring (held in memory only), the platform's connector and service."""

from __future__ import annotations

from collections.abc import Callable

from claimdesk.domain.translation import translate
from claimdesk.profiles import PLATFORM_NAMES, Profile, ProfileError, ProfileStore
from claimdesk.service.platform import PlatformService
from claimdesk.service.training import Connection


def _myrewards(profile: Profile, secrets: dict[str, str]) -> PlatformService:
    from claimdesk.connectors.myrewards import MyRewardsConnector, MyRewardsCredentials
    from claimdesk.service.myrewards import MyRewardsService

    credentials = MyRewardsCredentials(profile.api_key, secrets["secret_key"])
    return MyRewardsService(MyRewardsConnector(profile.url, credentials))


def _claret(profile: Profile, secrets: dict[str, str]) -> PlatformService:
    from claimdesk.service.claret import open_service

    return open_service(profile.url, profile.tenant, secrets["token"])


def _peak(profile: Profile, secrets: dict[str, str]) -> PlatformService:
    from claimdesk.service.peak import open_service

    return open_service(
        profile.url, secrets["token"], profile.solution, profile.prefix, profile.suffix
    )


def _thalamus(profile: Profile, secrets: dict[str, str]) -> PlatformService:
    from claimdesk.paths import data_dir
    from claimdesk.service.thalamus import open_service
    from claimdesk.storage.database import DB_FILE, Database
    from claimdesk.storage.sent_ids import StoredSentTransactions

    service = open_service(profile.url, profile.touchpoint, profile.user, secrets)
    # Thalamus keeps every transactionId: remember the ones sent across runs.
    service.sent = StoredSentTransactions(Database(data_dir() / DB_FILE), profile.name)
    return service


OPENERS: dict[str, Callable[[Profile, dict[str, str]], PlatformService]] = {
    "thalamus": _thalamus,
    "peak": _peak,
    "myrewards": _myrewards,
    "claret": _claret,
}


def open_connection(profile: Profile, store: ProfileStore) -> Connection:
    """Raises ProfileError or KeyringUnavailable with a sentence for the user."""
    secrets = store.secrets_of(profile)
    service = OPENERS[profile.platform](profile, secrets)
    description = translate("Service", "{platform} at {url}").format(
        platform=PLATFORM_NAMES[profile.platform], url=profile.url
    )
    return Connection(profile.name, service, description)


def check_connection(
    profile: Profile, store: ProfileStore, secrets: dict[str, str] | None = None
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
    service = OPENERS[profile.platform](profile, {**stored, **given})
    try:
        targets = service.targets()
    finally:
        service.close()
    return translate("Service", "Connected to {platform}: {count} {noun}(s) found.").format(
        platform=PLATFORM_NAMES[profile.platform],
        count=len(targets),
        noun=translate("Service", service.target_noun).lower(),
    )
