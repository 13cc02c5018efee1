"""The platforms ClaimDesk knows, one entry each: its name, the settings a connection
profile asks for (from which the profile model, the profiles dialog and the options of
``claimdesk profiles add`` are made), and how a profile's settings and secrets open its
service. Adding a platform is its own modules (connector, domain, service, sandbox) and one
entry in ``REGISTRY``; nothing else names a platform.

Importing this module is cheap: each platform's service is imported when it is opened."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimdesk.domain.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from claimdesk.service.platform import PlatformService
    from claimdesk.storage.database import Database


@dataclass(frozen=True)
class SettingSpec:
    """One setting of a connection profile. Labels and help are translated in the
    "Profiles" context; a secret is kept only in the keyring, never on disk."""

    name: str
    label: str
    secret: bool = False
    help: str = ""
    required: bool = False
    flag: str = ""  # the option of `claimdesk profiles add` (default: --name-with-dashes)
    cli_help: str = ""  # that option's help (default: the platform's name and the label)
    optional: bool = False  # a secret that may be empty (MyRewards' secret key)

    @property
    def option(self) -> str:
        return self.flag or "--" + self.name.replace("_", "-")


@dataclass(frozen=True)
class OpenContext:
    """Where an opened service may keep what must outlive the run: ``database`` (None in
    training mode: memory only) and the connection's name as its key there."""

    connection: str = ""
    database: Database | None = None


Opener = Callable[[str, Mapping[str, str], Mapping[str, str], OpenContext], "PlatformService"]


@dataclass(frozen=True)
class PlatformEntry:
    key: str  # "myrewards": stored in profiles.json and the outbox
    name: str  # "MyRewards"
    settings: tuple[SettingSpec, ...]  # in order; the secrets' order is --secret-stdin's
    opener: Opener
    # The connection's description in training mode ("Service" context; {url}).
    training_description: str

    @property
    def secret_names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.settings if s.secret)

    @property
    def required_secrets(self) -> tuple[str, ...]:
        """The secrets a profile cannot do without (an optional one may be empty)."""
        return tuple(s.name for s in self.settings if s.secret and not s.optional)

    @property
    def setting_names(self) -> tuple[str, ...]:
        """The non-secret settings, kept in the profile."""
        return tuple(s.name for s in self.settings if not s.secret)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.settings if s.required)

    def open(
        self,
        url: str,
        settings: Mapping[str, str],
        secrets: Mapping[str, str],
        context: OpenContext | None = None,
    ) -> PlatformService:
        """The platform's service for these settings and secrets (no request is made)."""
        return self.opener(url, settings, secrets, context or OpenContext())


# --- openers: each imports its platform's service only when a connection opens ----------


def _open_myrewards(
    url: str, settings: Mapping[str, str], secrets: Mapping[str, str], context: OpenContext
) -> PlatformService:
    from claimdesk.connectors.myrewards import MyRewardsConnector, MyRewardsCredentials
    from claimdesk.service.myrewards import MyRewardsService, ReturnsRequired

    credentials = MyRewardsCredentials(settings["api_key"], secrets.get("secret_key", ""))
    returns = ReturnsRequired()
    if context.database is not None:
        from claimdesk.storage.catalog import Catalog

        # Which promotions require a returns identifier is learnt from refusals only:
        # remembered in the data folder across runs.
        returns = ReturnsRequired(Catalog(context.database), context.connection)
    return MyRewardsService(MyRewardsConnector(url, credentials), returns_required=returns)


def _open_claret(
    url: str, settings: Mapping[str, str], secrets: Mapping[str, str], context: OpenContext
) -> PlatformService:
    from claimdesk.service.claret import open_service

    return open_service(url, settings["tenant"], secrets["token"])


def _open_peak(
    url: str, settings: Mapping[str, str], secrets: Mapping[str, str], context: OpenContext
) -> PlatformService:
    from claimdesk.service.peak import open_service

    return open_service(
        url,
        secrets["token"],
        settings["solution"],
        settings.get("prefix", ""),
        settings.get("suffix", ""),
    )


def _open_thalamus(
    url: str, settings: Mapping[str, str], secrets: Mapping[str, str], context: OpenContext
) -> PlatformService:
    from claimdesk.service.thalamus import open_service

    service = open_service(url, settings["touchpoint"], settings["user"], secrets)
    if context.database is not None:
        from claimdesk.storage.sent_ids import StoredSentTransactions

        # Thalamus keeps every transactionId: remember the ones sent across runs.
        service.sent = StoredSentTransactions(context.database, context.connection)
    return service


REGISTRY: tuple[PlatformEntry, ...] = (
    PlatformEntry(
        "myrewards",
        "MyRewards",
        (
            SettingSpec(
                "api_key",
                QT_TRANSLATE_NOOP("Profiles", "API key"),
                help=QT_TRANSLATE_NOOP("Profiles", "The MyRewards API key (not secret)."),
                required=True,
                cli_help="MyRewards API key (not secret)",
            ),
            SettingSpec(
                "secret_key",
                QT_TRANSLATE_NOOP("Profiles", "Secret key"),
                secret=True,
                optional=True,
                help=QT_TRANSLATE_NOOP(
                    "Profiles", "Leave empty if your MyRewards API key has no secret key."
                ),
            ),
        ),
        _open_myrewards,
        QT_TRANSLATE_NOOP("Service", "MyRewards, sandbox at {url}"),
    ),
    PlatformEntry(
        "claret",
        "Claret",
        (
            SettingSpec(
                "tenant",
                QT_TRANSLATE_NOOP("Profiles", "Tenant"),
                help=QT_TRANSLATE_NOOP("Profiles", "The tenant name in Claret's URLs, e.g. demo."),
                required=True,
                cli_help="Claret tenant",
            ),
            SettingSpec("token", QT_TRANSLATE_NOOP("Profiles", "API token"), secret=True),
        ),
        _open_claret,
        QT_TRANSLATE_NOOP("Service", "Claret (sales upload in beta), sandbox at {url}"),
    ),
    PlatformEntry(
        "peak",
        "Peak",
        (
            SettingSpec(
                "solution",
                QT_TRANSLATE_NOOP("Profiles", "Solution name"),
                help=QT_TRANSLATE_NOOP("Profiles", "solutionName, e.g. QP_OOTB."),
                required=True,
                cli_help="Peak solutionName",
            ),
            SettingSpec(
                "prefix",
                QT_TRANSLATE_NOOP("Profiles", "Object prefix"),
                help=QT_TRANSLATE_NOOP("Profiles", "e.g. QP_"),
                cli_help="Peak object prefix",
            ),
            SettingSpec(
                "suffix",
                QT_TRANSLATE_NOOP("Profiles", "Object suffix"),
                help=QT_TRANSLATE_NOOP("Profiles", "e.g. _OOTB"),
                cli_help="Peak object suffix",
            ),
            SettingSpec(
                "token", QT_TRANSLATE_NOOP("Profiles", "Personal access token"), secret=True
            ),
        ),
        _open_peak,
        QT_TRANSLATE_NOOP("Service", "Peak, sandbox at {url}"),
    ),
    PlatformEntry(
        "thalamus",
        "Thalamus",
        (
            SettingSpec(
                "touchpoint",
                QT_TRANSLATE_NOOP("Profiles", "Touchpoint code"),
                help=QT_TRANSLATE_NOOP("Profiles", "e.g. DESKTOP"),
                required=True,
                cli_help="Thalamus touchpoint code",
            ),
            SettingSpec(
                "user",
                QT_TRANSLATE_NOOP("Profiles", "Partner principal"),
                help=QT_TRANSLATE_NOOP("Profiles", "The partner's login."),
                required=True,
                cli_help="Thalamus partner principal",
            ),
            SettingSpec("password", QT_TRANSLATE_NOOP("Profiles", "Partner password"), secret=True),
            SettingSpec(
                "api_token", QT_TRANSLATE_NOOP("Profiles", "Touchpoint API token"), secret=True
            ),
        ),
        _open_thalamus,
        QT_TRANSLATE_NOOP("Service", "Thalamus, sandbox at {url}"),
    ),
)

PLATFORMS: dict[str, PlatformEntry] = {entry.key: entry for entry in REGISTRY}
PLATFORM_KEYS: tuple[str, ...] = tuple(PLATFORMS)
PLATFORM_NAMES: dict[str, str] = {entry.key: entry.name for entry in REGISTRY}
SETTINGS: dict[str, tuple[SettingSpec, ...]] = {entry.key: entry.settings for entry in REGISTRY}
REQUIRED: dict[str, tuple[str, ...]] = {entry.key: entry.required for entry in REGISTRY}


def entry(platform: str) -> PlatformEntry:
    """The platform's entry; KeyError for a platform ClaimDesk does not know."""
    return PLATFORMS[platform]


def cli_settings() -> list[tuple[str, str, str]]:
    """(option, dest, help) of every non-secret setting, once per name, in registry order:
    the options of ``claimdesk profiles add``."""
    seen: dict[str, tuple[str, str, list[str]]] = {}
    for platform in REGISTRY:
        for spec in platform.settings:
            if spec.secret:
                continue
            text = spec.cli_help or f"{platform.name} {spec.label.lower()}"
            if spec.name in seen:
                seen[spec.name][2].append(text)
            else:
                seen[spec.name] = (spec.option, spec.name, [text])
    return [(option, dest, "; ".join(texts)) for option, dest, texts in seen.values()]


def _in_sentence(label: str) -> str:
    """ "Secret key" -> "secret key"; "API token" stays."""
    return label if label[:2].isupper() else label[:1].lower() + label[1:]


def secret_order() -> str:
    """The order ``--secret-stdin`` reads the secrets in, platform by platform."""
    parts = []
    for platform in REGISTRY:
        names = [_in_sentence(s.label) for s in platform.settings if s.secret]
        if names:
            parts.append(f"{platform.name}: {', then '.join(names)}")
    return "; ".join(parts)
