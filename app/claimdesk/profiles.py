"""Moved: connection profiles live in ``claimdesk.service.profiles``, next to the platform
registry that declares their settings. This name stays until every caller imports from
there (then it goes, and with it the upward import)."""

from claimdesk.service.profiles import (
    PLATFORM_NAMES,
    PLATFORMS,
    REQUIRED,
    SETTINGS,
    Profile,
    ProfileError,
    ProfileStore,
    SettingSpec,
    check_url,
    describe_validation,
    is_loopback,
    secret_names,
)

__all__ = [
    "PLATFORMS",
    "PLATFORM_NAMES",
    "REQUIRED",
    "SETTINGS",
    "Profile",
    "ProfileError",
    "ProfileStore",
    "SettingSpec",
    "check_url",
    "describe_validation",
    "is_loopback",
    "secret_names",
]
