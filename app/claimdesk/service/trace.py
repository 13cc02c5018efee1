"""Before anything of a troubleshooting kind is written (the HTTP trace, a problem report),
every stored secret of every profile is registered with the redaction, so that it is
blanked wherever it turns up — even a profile's secret that this run never used."""

from __future__ import annotations

import logging

from claimdesk.credentials import KeyringUnavailable
from claimdesk.service.profiles import ProfileError, ProfileStore, secret_names

log = logging.getLogger("claimdesk.service")


def register_stored_secrets(store: ProfileStore | None = None) -> int:
    """Read (and so register) every secret the keyring holds for the saved profiles; how
    many were found. A keyring that cannot be read holds nothing this run can send."""
    store = store if store is not None else ProfileStore()
    found = 0
    try:
        profiles = store.list()
    except ProfileError as error:
        log.warning("profiles not read for the redaction: %s", error)
        return 0
    for profile in profiles:
        for name in secret_names(profile.platform):
            try:
                # SecretStore.get registers what it reads with the redaction.
                if store.secrets.get(profile.name, name):
                    found += 1
            except KeyringUnavailable as error:
                log.warning("the keyring could not be read for the redaction: %s", error)
                return found
    return found
