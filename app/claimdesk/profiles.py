"""Connection profiles: the non-secret settings of each connection, validated with pydantic
and kept as JSON in the user's config folder. Secrets go to ``credentials.SecretStore``."""

from __future__ import annotations

import ipaddress
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from claimdesk.credentials import SecretStore
from claimdesk.domain.translation import QT_TRANSLATE_NOOP, translate
from claimdesk.paths import config_dir

Platform = Literal["myrewards", "claret", "peak", "thalamus"]
PLATFORMS: tuple[Platform, ...] = ("myrewards", "claret", "peak", "thalamus")
PLATFORM_NAMES = {
    "myrewards": "MyRewards",
    "claret": "Claret",
    "peak": "Peak",
    "thalamus": "Thalamus",
}


@dataclass(frozen=True)
class SettingSpec:
    name: str
    label: str
    secret: bool = False
    help: str = ""


# Per platform: the settings a profile asks for, in order; secrets marked. The order of
# the secrets is the order ``--secret-stdin`` reads them in.
SETTINGS: dict[str, tuple[SettingSpec, ...]] = {
    "myrewards": (
        SettingSpec(
            "api_key",
            QT_TRANSLATE_NOOP("Profiles", "API key"),
            help=QT_TRANSLATE_NOOP("Profiles", "The MyRewards API key (not secret)."),
        ),
        SettingSpec("secret_key", QT_TRANSLATE_NOOP("Profiles", "Secret key"), secret=True),
    ),
    "claret": (
        SettingSpec(
            "tenant",
            QT_TRANSLATE_NOOP("Profiles", "Tenant"),
            help=QT_TRANSLATE_NOOP("Profiles", "The tenant name in Claret's URLs, e.g. demo."),
        ),
        SettingSpec("token", QT_TRANSLATE_NOOP("Profiles", "API token"), secret=True),
    ),
    "peak": (
        SettingSpec(
            "solution",
            QT_TRANSLATE_NOOP("Profiles", "Solution name"),
            help=QT_TRANSLATE_NOOP("Profiles", "solutionName, e.g. QP_OOTB."),
        ),
        SettingSpec(
            "prefix",
            QT_TRANSLATE_NOOP("Profiles", "Object prefix"),
            help=QT_TRANSLATE_NOOP("Profiles", "e.g. QP_"),
        ),
        SettingSpec(
            "suffix",
            QT_TRANSLATE_NOOP("Profiles", "Object suffix"),
            help=QT_TRANSLATE_NOOP("Profiles", "e.g. _OOTB"),
        ),
        SettingSpec("token", QT_TRANSLATE_NOOP("Profiles", "Personal access token"), secret=True),
    ),
    "thalamus": (
        SettingSpec(
            "touchpoint",
            QT_TRANSLATE_NOOP("Profiles", "Touchpoint code"),
            help=QT_TRANSLATE_NOOP("Profiles", "e.g. DESKTOP"),
        ),
        SettingSpec(
            "user",
            QT_TRANSLATE_NOOP("Profiles", "Partner principal"),
            help=QT_TRANSLATE_NOOP("Profiles", "The partner's login."),
        ),
        SettingSpec("password", QT_TRANSLATE_NOOP("Profiles", "Partner password"), secret=True),
        SettingSpec(
            "api_token", QT_TRANSLATE_NOOP("Profiles", "Touchpoint API token"), secret=True
        ),
    ),
}
REQUIRED = {
    "myrewards": ("api_key",),
    "claret": ("tenant",),
    "peak": ("solution",),
    "thalamus": ("touchpoint", "user"),
}


def secret_names(platform: str) -> tuple[str, ...]:
    return tuple(s.name for s in SETTINGS[platform] if s.secret)


def is_loopback(host: str) -> bool:
    if host.casefold() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """``https://`` everywhere; ``http://`` only to this computer (the sandbox)."""
    text = url.strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(
            translate("Profiles", "must be a web address such as https://platform.example.com")
        )
    if parts.username or parts.password:
        raise ValueError(
            translate(
                "Profiles", "must not contain a user name or password; secrets go in the keyring"
            )
        )
    if parts.query or parts.fragment:
        raise ValueError(translate("Profiles", "must not contain ? or # parts"))
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ValueError(
            translate(
                "Profiles",
                "must use https:// for {host}; plain http:// is allowed only for this "
                "computer (127.0.0.1, localhost), where the training sandbox runs",
            ).format(host=parts.hostname)
        )
    return text


class Profile(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=60)
    platform: Platform
    url: str
    api_key: str = ""
    tenant: str = ""
    solution: str = ""
    prefix: str = ""
    suffix: str = ""
    touchpoint: str = ""
    user: str = ""
    # Claret's POST is beta: the user confirmed its warning once for this profile.
    beta_confirmed: bool = False

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if any(c in value for c in "/\\:\n\t") or value.startswith("Training ·"):
            raise ValueError(translate("Profiles", "must not contain / \\ : or a line break"))
        return value

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        return check_url(value)

    @model_validator(mode="after")
    def _platform_settings(self) -> Profile:
        missing = [
            translate("Profiles", s.label)
            for s in SETTINGS[self.platform]
            if s.name in REQUIRED[self.platform] and not getattr(self, s.name)
        ]
        if missing:
            raise ValueError(
                translate("Profiles", "{platform} needs: {settings}").format(
                    platform=PLATFORM_NAMES[self.platform], settings=", ".join(missing)
                )
            )
        used = {s.name for s in SETTINGS[self.platform]}
        for other in ("api_key", "tenant", "solution", "prefix", "suffix", "touchpoint", "user"):
            if other not in used and getattr(self, other):
                setattr(self, other, "")  # settings of another platform do not apply
        return self


class ProfileError(Exception):
    """A profile could not be saved or found; ``str()`` says why."""


def describe_validation(error: ValidationError) -> str:
    parts = []
    for item in error.errors(include_url=False):
        where = ".".join(str(p) for p in item["loc"])
        message = str(item["msg"]).removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)


class ProfileStore:
    """profiles.json in the config folder, written atomically; secrets in the keyring."""

    def __init__(self, path: Path | None = None, secrets: SecretStore | None = None) -> None:
        self.path = path or config_dir() / "profiles.json"
        self.secrets = secrets or SecretStore()

    def _read(self) -> list[Profile]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as error:
            raise ProfileError(
                translate("Profiles", "{path} could not be read: {error}").format(
                    path=self.path, error=error
                )
            ) from None
        items = raw.get("profiles", []) if isinstance(raw, dict) else []
        profiles = []
        for item in items:
            try:
                profiles.append(Profile.model_validate(item))
            except ValidationError as error:
                name = item.get("name", "?") if isinstance(item, dict) else "?"
                raise ProfileError(
                    translate("Profiles", "profile {name} in {path} is invalid: {why}").format(
                        name=repr(name), path=self.path, why=describe_validation(error)
                    )
                ) from None
        return profiles

    def _write(self, profiles: list[Profile]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = {"version": 1, "profiles": [p.model_dump() for p in profiles]}
        handle, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".profiles.", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(body, out, indent=2)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def list(self) -> list[Profile]:
        return sorted(self._read(), key=lambda p: p.name.casefold())

    def __iter__(self) -> Iterator[Profile]:
        return iter(self.list())

    def get(self, name: str) -> Profile:
        for profile in self._read():
            if profile.name == name:
                return profile
        raise ProfileError(
            translate("Profiles", "there is no profile named {name}").format(name=repr(name))
        )

    def save(
        self,
        profile: Profile,
        secrets: dict[str, str] | None = None,
        *,
        replacing: str | None = None,
    ) -> None:
        """Add or update ``profile`` (renaming ``replacing`` if given). Empty secrets keep
        what the keyring holds; a rename moves the secrets to the new name."""
        profiles = self._read()
        old_name = replacing or profile.name
        existing = next((p for p in profiles if p.name == old_name), None)
        if replacing and existing is None:
            raise ProfileError(
                translate("Profiles", "there is no profile named {name}").format(
                    name=repr(replacing)
                )
            )
        if profile.name != old_name and any(p.name == profile.name for p in profiles):
            raise ProfileError(
                translate("Profiles", "a profile named {name} already exists").format(
                    name=repr(profile.name)
                )
            )
        given = {k: v for k, v in (secrets or {}).items() if v}
        unknown = set(given) - set(secret_names(profile.platform))
        if unknown:
            raise ProfileError(
                translate("Profiles", "{platform} has no secret {names}").format(
                    platform=PLATFORM_NAMES[profile.platform], names=", ".join(sorted(unknown))
                )
            )
        if existing is None or existing.platform != profile.platform:
            missing = [n for n in secret_names(profile.platform) if n not in given]
            if missing:
                raise ProfileError(
                    translate(
                        "Profiles", "a new {platform} profile needs its secrets: {names}"
                    ).format(platform=PLATFORM_NAMES[profile.platform], names=", ".join(missing))
                )
        # Secrets first: a profile on disk always has its secrets in the keyring.
        if existing is not None and existing.name != profile.name:
            self.secrets.move(existing.name, profile.name, secret_names(existing.platform))
        if existing is not None and existing.platform != profile.platform:
            for name in secret_names(existing.platform):
                if name not in secret_names(profile.platform):
                    self.secrets.delete(profile.name, name)
        for name, value in given.items():
            self.secrets.set(profile.name, name, value)
        kept = [p for p in profiles if p.name != old_name]
        self._write([*kept, profile])

    def remove(self, name: str) -> None:
        profile = self.get(name)
        for secret in secret_names(profile.platform):
            self.secrets.delete(name, secret)
        self._write([p for p in self._read() if p.name != name])

    def secrets_of(self, profile: Profile) -> dict[str, str]:
        """The profile's secrets from the keyring; ProfileError names any that is missing."""
        found: dict[str, str] = {}
        for name in secret_names(profile.platform):
            value = self.secrets.get(profile.name, name)
            if not value:
                raise ProfileError(
                    translate(
                        "Profiles",
                        "the keyring holds no {secret} for profile {name}; edit the profile and "
                        "enter it again",
                    ).format(secret=name.replace("_", " "), name=repr(profile.name))
                )
            found[name] = value
        return found
