"""The platforms ClaimDesk knows, one entry each: its name, the settings a connection
profile asks for (from which the profile model, the profiles dialog and the options of
``claimdesk profiles add`` are made), and how a profile's settings and secrets open its
service. Adding a platform is its own modules (connector, domain, service, sandbox) and one
entry in ``REGISTRY``; nothing else names a platform.

Importing this module is cheap: each platform's service is imported when it is opened."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimdesk.domain.translation import QT_TRANSLATE_NOOP

log = logging.getLogger("claimdesk.service")

if TYPE_CHECKING:
    from claimdesk.credentials import SecretStore
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
    choices: tuple[str, ...] = ()  # the only values allowed (empty: any text)
    # The value of a profile that leaves it blank or predates it (the profiles dialog shows
    # it as the field's placeholder).
    default: str = ""
    # A secret that may be empty (Thalamus's passwordless touchpoints, MyRewards' key without
    # a secret key): nothing is kept in the keyring for it then, and a profile reads it as "".
    may_be_empty: bool = False
    # A secret asked for only when the setting ``when`` is filled in, or only when the
    # setting ``unless`` is empty (Claret: the password with an email, else a token).
    when: str = ""
    unless: str = ""

    def applies(self, settings: Mapping[str, str]) -> bool:
        """Whether a profile with these settings asks for this secret."""
        if self.when and not settings.get(self.when, "").strip():
            return False
        return not (self.unless and settings.get(self.unless, "").strip())

    @property
    def option(self) -> str:
        return self.flag or "--" + self.name.replace("_", "-")


@dataclass(frozen=True)
class OpenContext:
    """Where an opened service may keep what must outlive the run: ``database`` (None in
    training mode: memory only) and the connection's name as its key there."""

    connection: str = ""
    database: Database | None = None
    # The keyring holding the connection's secrets (None in training mode and for unsaved
    # profiles): where a service may keep a secret it fetched (Claret's token).
    keyring: SecretStore | None = None


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

    def secrets_for(self, settings: Mapping[str, str]) -> tuple[str, ...]:
        """The secrets a profile with these settings asks for (and must have)."""
        return tuple(s.name for s in self.settings if s.secret and s.applies(settings))

    @property
    def setting_names(self) -> tuple[str, ...]:
        """The non-secret settings, kept in the profile."""
        return tuple(s.name for s in self.settings if not s.secret)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.settings if s.required)

    @property
    def secrets_may_be_empty(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.settings if s.secret and s.may_be_empty)

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

    email = settings.get("email", "").strip()
    keep_token = None
    if email and context.keyring is not None and context.connection:
        # The token fetched with the email and password is kept in the keyring, in the
        # profile's "token" secret (which a profile with an email does not ask for).
        keyring, connection = context.keyring, context.connection

        def keep_token(token: str) -> None:
            from claimdesk.credentials import KeyringUnavailable

            try:
                keyring.set(connection, "token", token)
            except KeyringUnavailable as error:  # the token still serves this run
                log.warning("Claret token not kept in the keyring: %s", error)

    used_sale_types = None
    if context.database is not None and context.connection:
        from claimdesk.service.claret import sale_types_sent

        database, name = context.database, context.connection

        def used_sale_types() -> list[str]:
            return sale_types_sent(database, name)

    return open_service(
        url,
        settings["tenant"],
        secrets.get("token", ""),
        email=email,
        password=secrets.get("password", ""),
        keep_token=keep_token,
        used_sale_types=used_sale_types,
    )


def _open_peak(
    url: str, settings: Mapping[str, str], secrets: Mapping[str, str], context: OpenContext
) -> PlatformService:
    from claimdesk.service.peak import open_service

    earlier = None
    if context.database is not None:
        from claimdesk.storage.earlier_values import EarlierValues

        # The form suggests the products and locations of this connection's earlier rows.
        earlier = EarlierValues(context.database, context.connection, "peak")
    return open_service(
        url,
        secrets["token"],
        settings["solution"],
        settings.get("prefix", ""),
        settings.get("suffix", ""),
        settings.get("ingest_path") or "auto",
        earlier,
    )


def _open_thalamus(
    url: str, settings: Mapping[str, str], secrets: Mapping[str, str], context: OpenContext
) -> PlatformService:
    from claimdesk.service.thalamus import open_service

    service = open_service(
        url,
        settings["touchpoint"],
        settings["user"],
        secrets,
        login_path=settings.get("login_path", ""),  # profiles saved before it: the default
    )
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
                may_be_empty=True,
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
                help=QT_TRANSLATE_NOOP(
                    "Profiles",
                    "The tenant name in Claret's URLs (plan.claret.app/TENANT/…), e.g. demo.",
                ),
                required=True,
                cli_help="Claret tenant (the name in plan.claret.app/TENANT/...)",
            ),
            SettingSpec(
                "email",
                QT_TRANSLATE_NOOP("Profiles", "Sign-in email"),
                help=QT_TRANSLATE_NOOP(
                    "Profiles",
                    "The email you sign in to Claret with. ClaimDesk then asks Claret for a "
                    "token with your password, and for a new one when it expires. Leave empty "
                    "to use an API token instead.",
                ),
                cli_help="Claret sign-in email; the secret read is then the password "
                "(without it, an API token)",
            ),
            SettingSpec(
                "password",
                QT_TRANSLATE_NOOP("Profiles", "Password (with an email)"),
                secret=True,
                help=QT_TRANSLATE_NOOP(
                    "Profiles", "Your Claret password; asked for only with a sign-in email."
                ),
                when="email",
            ),
            SettingSpec(
                "token",
                QT_TRANSLATE_NOOP("Profiles", "API token (without an email)"),
                secret=True,
                help=QT_TRANSLATE_NOOP(
                    "Profiles",
                    "A Claret API token you already have; asked for only without a sign-in "
                    "email. It is not renewed when it expires.",
                ),
                unless="email",
            ),
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
                "ingest_path",
                QT_TRANSLATE_NOOP("Profiles", "Upload path"),
                help=QT_TRANSLATE_NOOP(
                    "Profiles",
                    "auto: Test connection (or the first send) finds it; objects: "
                    "/api/v2/objects/…; ingest: /api/v2/ingest/object/…",
                ),
                cli_help="Peak upload path: auto (found by a dry run, the default), objects "
                "(/api/v2/objects/NAME) or ingest (/api/v2/ingest/object/NAME)",
                choices=("auto", "objects", "ingest"),
                default="auto",
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
            SettingSpec(
                "login_path",
                QT_TRANSLATE_NOOP("Profiles", "Login path"),
                help=QT_TRANSLATE_NOOP(
                    "Profiles",
                    "Where the partner logs in; leave empty for the documented /api/v4/signin.",
                ),
                cli_help="Thalamus login path (default /api/v4/signin)",
                default="/api/v4/signin",
            ),
            SettingSpec(
                "password",
                QT_TRANSLATE_NOOP("Profiles", "Partner password"),
                secret=True,
                help=QT_TRANSLATE_NOOP(
                    "Profiles", "Leave empty for a touchpoint that needs no password."
                ),
                may_be_empty=True,
            ),
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


def setting_choices(name: str) -> tuple[str, ...]:
    """The values a setting allows, for its command-line option (empty: any text)."""
    for platform in REGISTRY:
        for spec in platform.settings:
            if spec.name == name and spec.choices:
                return spec.choices
    return ()


def _in_sentence(label: str) -> str:
    """ "Secret key" -> "secret key"; "API token" stays."""
    return label if label[:2].isupper() else label[:1].lower() + label[1:]


def secret_order() -> str:
    """The order ``--secret-stdin`` reads the secrets in, platform by platform."""
    parts = []
    for platform in REGISTRY:
        names = [
            _in_sentence(s.label) + (" (an empty line for none)" if s.may_be_empty else "")
            for s in platform.settings
            if s.secret
        ]
        if any(s.when or s.unless for s in platform.settings if s.secret):
            parts.append(f"{platform.name}: {' or '.join(names)}")  # only the one that applies
        elif names:
            parts.append(f"{platform.name}: {', then '.join(names)}")
    return "; ".join(parts)
