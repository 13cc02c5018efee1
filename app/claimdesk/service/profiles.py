"""Connection profiles: the non-secret settings of each connection, validated with pydantic
against the platform's entry in ``service/platforms.py`` and kept as JSON in the user's
config folder. Secrets go to ``credentials.SecretStore``.

On disk a profile is flat (``{"name", "platform", "url", "api_key", …, "beta_confirmed"}``),
as it always was; in memory its platform's settings are one mapping, ``settings``."""

from __future__ import annotations

import ipaddress
import json
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    ValidationError,
    field_validator,
    model_serializer,
    model_validator,
)
from pydantic_core import PydanticCustomError

from claimdesk.credentials import KeyringUnavailable, SecretStore
from claimdesk.domain.translation import QT_TRANSLATE_NOOP, translate
from claimdesk.paths import config_dir
from claimdesk.service.platforms import (
    PLATFORM_KEYS,
    PLATFORM_NAMES,
    REQUIRED,
    SETTINGS,
    SettingSpec,
    entry,
)

__all__ = [
    "PLATFORMS",
    "PLATFORM_NAMES",
    "REQUIRED",
    "SETTINGS",
    "KeyringUnavailable",
    "Profile",
    "ProfileError",
    "ProfileStore",
    "SettingSpec",
    "check_url",
    "describe_validation",
    "is_loopback",
    "secret_names",
    "validation_problems",
]
TRAINING_PREFIX = "Training ·"

PLATFORMS: tuple[str, ...] = PLATFORM_KEYS


def secret_names(platform: str) -> tuple[str, ...]:
    return entry(platform).secret_names


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
    if not text:
        raise ValueError(
            translate(
                "Profiles", "enter the platform's web address, such as https://platform.example.com"
            )
        )
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
    platform: str
    url: str
    # The platform's non-secret settings (its entry's ``setting_names``).
    settings: dict[str, str] = Field(default_factory=dict)
    # Claret's POST is beta: the user confirmed its warning once for this profile.
    beta_confirmed: bool = False

    @model_validator(mode="before")
    @classmethod
    def _flat(cls, data: Any) -> Any:
        """Settings given flat (profiles.json, ``Profile(api_key=…)``) go in ``settings``."""
        if not isinstance(data, Mapping):
            return data
        own = {k: v for k, v in data.items() if k in cls.model_fields}
        flat = {k: v for k, v in data.items() if k not in cls.model_fields}
        if flat:
            own["settings"] = {**dict(own.get("settings") or {}), **flat}
        return own

    @model_serializer(mode="wrap")
    def _flatten(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        settings = data.pop("settings", {}) or {}
        confirmed = data.pop("beta_confirmed", False)
        return {**data, **settings, "beta_confirmed": confirmed}

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if any(c in value for c in "/\\:\n\t"):
            raise ValueError(translate("Profiles", "must not contain / \\ : or a line break"))
        if value.startswith(TRAINING_PREFIX):
            raise ValueError(
                translate(
                    "Profiles",
                    "must not begin with “{prefix}”, which marks training mode's connections",
                ).format(prefix=TRAINING_PREFIX)
            )
        return value

    @field_validator("platform")
    @classmethod
    def _platform(cls, value: str) -> str:
        if value not in PLATFORM_NAMES:
            # Like pydantic's own messages (a Literal's, before), for scripts: not translated.
            raise ValueError(f"must be one of {', '.join(PLATFORMS)}")
        return value

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        return check_url(value)

    @model_validator(mode="after")
    def _platform_settings(self) -> Profile:
        platform = entry(self.platform)
        known = {s.name for specs in SETTINGS.values() for s in specs if not s.secret}
        unknown = sorted(set(self.settings) - known)
        if unknown:
            raise ValueError(f"unknown settings: {', '.join(unknown)}")  # as pydantic's: English
        # Settings of another platform do not apply.
        specs = {s.name: s for s in platform.settings}
        # A setting left blank (or one the profile predates) takes its default.
        self.settings = {
            name: self.settings.get(name, "") or specs[name].default
            for name in platform.setting_names
        }
        for name, value in self.settings.items():
            allowed = specs[name].choices
            if allowed and value not in allowed:
                raise _setting_error(
                    name,
                    translate("Profiles", "{setting}: must be one of: {choices}.").format(
                        setting=translate("Profiles", specs[name].label),
                        choices=", ".join(allowed),
                    ),
                )
        missing = [
            s
            for s in platform.settings
            if s.name in REQUIRED[self.platform] and not self.settings.get(s.name)
        ]
        if missing:
            # One sentence per setting, each naming it by its label ("Tenant: Claret needs it.")
            raise _setting_error(
                missing[0].name,
                " ".join(
                    translate("Profiles", "{setting}: {platform} needs it.").format(
                        setting=translate("Profiles", s.label),
                        platform=PLATFORM_NAMES[self.platform],
                    )
                    for s in missing
                ),
            )
        return self

    def setting(self, name: str) -> str:
        return self.settings.get(name, "")

    @classmethod
    def training(cls, platform: str, url: str, settings: Mapping[str, str]) -> Profile:
        """Training mode's profile of a platform, named "Training · <platform>": a name no
        saved profile may take."""
        profile = cls(name="training", platform=platform, url=url, settings=dict(settings))
        return profile.model_copy(update={"name": f"{TRAINING_PREFIX} {PLATFORM_NAMES[platform]}"})


class ProfileError(Exception):
    """A profile could not be saved or found; ``str()`` says why."""


def _setting_error(setting: str, sentence: str) -> PydanticCustomError:
    """A whole-profile error about one setting: ``sentence`` already names it by its label;
    ``setting`` says which (for the dialog, which puts the cursor there)."""
    return PydanticCustomError(
        "profile_setting", "{sentence}", {"sentence": sentence, "field": setting}
    )


# The labels of a profile's own fields, as the profiles dialog shows them ("Profiles").
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Profiles", "Name"),
    "platform": QT_TRANSLATE_NOOP("Profiles", "Platform"),
    "url": QT_TRANSLATE_NOOP("Profiles", "Address"),
    "settings": QT_TRANSLATE_NOOP("Profiles", "Settings"),
    "beta_confirmed": QT_TRANSLATE_NOOP("Profiles", "Beta confirmed"),
}


def _label(loc: tuple[int | str, ...]) -> str:
    """The field at ``loc`` by the label a person sees (a setting by its own label)."""
    if len(loc) >= 2 and loc[0] == "settings":
        spec = next((s for specs in SETTINGS.values() for s in specs if s.name == loc[1]), None)
        if spec is not None:
            return translate("Profiles", spec.label)
        return str(loc[1])
    field = str(loc[0]) if loc else ""
    return translate("Profiles", FIELD_LABELS[field]) if field in FIELD_LABELS else field


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def validation_problems(error: ValidationError) -> list[tuple[str, str]]:
    """Each problem of a profile as (field, sentence): the field is "name", "platform",
    "url" or a setting's name ("" when none is to blame); the sentence names it by its label
    ("Give the connection a name.", "Address: must use https:// for …"), never pydantic's
    own wording."""
    problems: list[tuple[str, str]] = []
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        kind = item["type"]
        context = item.get("ctx") or {}
        field = str(loc[1] if len(loc) >= 2 and loc[0] == "settings" else loc[0] if loc else "")
        label = _label(loc)
        if kind == "profile_setting":
            problems.append((str(context.get("field", "")), str(context["sentence"])))
            continue
        if kind == "string_too_short" and field == "name":
            text = translate("Profiles", "Give the connection a name.")
        elif kind == "string_too_long":
            text = translate("Profiles", "{field}: at most {count} characters.").format(
                field=label, count=context.get("max_length", "?")
            )
        elif kind == "missing":
            text = translate("Profiles", "{field}: missing.").format(field=label)
        elif kind == "value_error":  # our validators' own words (translated where written)
            message = str(item["msg"]).removeprefix("Value error, ")
            text = _sentence(f"{label}: {message}" if label else message)
        else:  # pydantic's wording (a hand-edited profiles.json): not shown as such
            text = translate("Profiles", "{field}: not a valid value.").format(field=label)
        problems.append((field, text))
    return problems


def describe_validation(error: ValidationError) -> str:
    """Every problem of a profile, as sentences that name the fields by their labels."""
    return " ".join(sentence for _field, sentence in validation_problems(error))


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
        may_be_empty = entry(profile.platform).secrets_may_be_empty
        needed = entry(profile.platform).secrets_for(profile.settings)
        missing = [n for n in needed if n not in given and n not in may_be_empty]
        if existing is not None and existing.platform == profile.platform:
            # Kept from before, unless the settings now ask for one they did not (Claret: an
            # email added, so a password) and the keyring does not hold it.
            before = entry(existing.platform).secrets_for(existing.settings)
            missing = [
                n for n in missing if n not in before and not self.secrets.get(existing.name, n)
            ]
        if missing:
            text = (
                translate("Profiles", "a new {platform} profile needs its secrets: {names}")
                if existing is None or existing.platform != profile.platform
                else translate(
                    "Profiles", "with these settings, the {platform} profile needs: {names}"
                )
            )
            raise ProfileError(
                text.format(platform=PLATFORM_NAMES[profile.platform], names=", ".join(missing))
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
        changed = existing is None or existing.settings != profile.settings or bool(given)
        for name in secret_names(profile.platform):
            if changed and name not in needed and name not in given:
                # Not asked for with these settings: a stale one must not be used (Claret's
                # token kept from an earlier email and password is fetched again).
                self.secrets.delete(profile.name, name)
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
        may_be_empty = entry(profile.platform).secrets_may_be_empty
        needed = entry(profile.platform).secrets_for(profile.settings)
        for name in secret_names(profile.platform):
            value = self.secrets.get(profile.name, name)
            if not value and name in may_be_empty:
                value = ""
            elif not value and name not in needed:
                continue  # not asked for (Claret's token, when fetched with an email)
            elif not value:
                raise ProfileError(
                    translate(
                        "Profiles",
                        "the keyring holds no {secret} for profile {name}; edit the profile and "
                        "enter it again",
                    ).format(secret=name.replace("_", " "), name=repr(profile.name))
                )
            found[name] = value
        return found
