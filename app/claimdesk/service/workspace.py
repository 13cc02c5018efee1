"""The composition root, without Qt: what a window or a command works with. It opens the
saved profiles and training mode's sandbox, owns the connections (each tied to its profile:
an edited profile or secret replaces its connection on the next ``open_profiles``), the
outboxes, drafts, the Thalamus sent-ID store and the offline response cache.

Every method that reads the disk, the keyring or the network blocks: a window calls it on a
worker. Only this module imports the sandbox.

Two of everything on disk: the user's file (profiles) and training mode's, so practice never
mixes with real claims."""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from claimdesk.credentials import KeyringUnavailable
from claimdesk.service.connections import Connection, check_connection
from claimdesk.service.connections import open_profile as _open
from claimdesk.service.outbox import OutboxService
from claimdesk.service.platforms import PLATFORMS
from claimdesk.service.profiles import Profile, ProfileError, ProfileStore
from claimdesk.storage.database import DB_FILE, Database
from claimdesk.storage.drafts import Draft, Drafts, GridDraft
from claimdesk.storage.outbox import Outbox

if TYPE_CHECKING:
    from claimdesk.sandbox.server import SandboxServer

log = logging.getLogger("claimdesk.service")

TRAINING_DB_FILE = "training.sqlite3"

__all__ = [
    "TRAINING_DB_FILE",
    "Draft",
    "Workspace",
    "WorkspaceDrafts",
    "run_sandbox_foreground",
    "sandbox_variants",
    "training_connection",
    "training_connections",
]


def training_profiles(base_url: str) -> list[tuple[Profile, dict[str, str]]]:
    """Training mode's profile of each platform, and its secrets (held in memory only)."""
    from claimdesk.sandbox.demo_credentials import TRAINING_PROFILES

    return [
        (Profile.training(key, base_url, settings), dict(secrets))
        for key, (settings, secrets) in TRAINING_PROFILES.items()
        if key in PLATFORMS
    ]


def training_connections(base_url: str) -> list[Connection]:
    """One connection per platform to a sandbox at ``base_url``, with its demo credentials,
    opened by the same path as a saved profile (Thalamus's sent IDs kept in memory)."""
    return [
        _open(profile, secrets, training=True) for profile, secrets in training_profiles(base_url)
    ]


def training_connection(base_url: str, platform: str) -> Connection:
    """One platform's training connection (tests, benchmarks)."""
    for profile, secrets in training_profiles(base_url):
        if profile.platform == platform:
            return _open(profile, secrets, training=True)
    raise KeyError(platform)


def run_sandbox_foreground(
    host: str, port: int, faults: list[str] | None = None, variants: Sequence[str] = ()
) -> int:
    """``claimdesk sandbox``: the platforms' emulator in this process until Ctrl+C."""
    from claimdesk.sandbox.server import run_foreground

    return int(run_foreground(host, port, faults, variants))


def sandbox_variants() -> dict[str, str]:
    """The documented readings the sandbox can follow one at a time: name → what it does."""
    from claimdesk.sandbox.variants import VARIANTS

    return dict(VARIANTS)


@dataclass(frozen=True)
class _Opened:
    """A saved profile's connection and what it was opened with."""

    profile: Profile
    secrets: Mapping[str, str]
    connection: Connection

    def serves(self, profile: Profile, secrets: Mapping[str, str]) -> bool:
        """Whether the connection still is what the profile asks for (its confirmation of
        Claret's caution aside: that changes no request)."""
        # Only the secrets the profile asks for: a token a service fetched and kept
        # (Claret's) changes no setting, and replacing the connection would close it.
        asked = PLATFORMS[profile.platform].secrets_for(profile.settings)
        return (
            self.profile.platform == profile.platform
            and self.profile.url == profile.url
            and self.profile.settings == profile.settings
            and {k: self.secrets.get(k) for k in asked} == {k: secrets.get(k) for k in asked}
        )


class WorkspaceDrafts:
    """What the user was typing, per connection and target, in the connection's own file
    (training mode's drafts stay with training mode). Every call blocks on SQLite."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def _of(self, connection: Connection) -> Drafts:
        return Drafts(self._workspace.database(training=connection.profile is None))

    def save(self, connection: Connection, key: str, values: Mapping[str, str]) -> None:
        self._of(connection).save(connection.name, key, values)

    def get(self, connection: Connection, key: str) -> Draft | None:
        return self._of(connection).get(connection.name, key)

    def delete(self, connection: Connection, key: str) -> None:
        self._of(connection).delete(connection.name, key)

    # A batch grid's unsent rows (storage/drafts.py: save_grid).
    def save_grid(
        self,
        connection: Connection,
        key: str,
        names: Sequence[str],
        rows: Sequence[list[str]],
        numbers: Sequence[int | None],
    ) -> None:
        self._of(connection).save_grid(connection.name, key, names, rows, numbers)

    def get_grid(self, connection: Connection, key: str) -> GridDraft | None:
        return self._of(connection).get_grid(connection.name, key)

    def delete_grid(self, connection: Connection, key: str) -> None:
        self._of(connection).delete_grid(connection.name, key)


class Workspace:
    """Thread-safe: connections may be looked up from any thread while profiles reopen."""

    def __init__(self, data_folder: Path | None = None, store: ProfileStore | None = None) -> None:
        self._data_folder = data_folder
        self.store = store if store is not None else ProfileStore()
        self._lock = threading.RLock()
        self._starting = threading.Lock()
        self._opened: dict[str, _Opened] = {}  # profile name -> its open connection
        self._training: list[Connection] = []
        self._added: list[Connection] = []
        self._sandbox: SandboxServer | None = None
        self._databases: dict[bool, Database] = {}  # training? -> its file
        self._outboxes: dict[bool, OutboxService] = {}
        self._drafts = WorkspaceDrafts(self)

    @property
    def data_folder(self) -> Path:
        if self._data_folder is None:
            from claimdesk.paths import data_dir

            self._data_folder = data_dir()
        return self._data_folder

    # --- connections ------------------------------------------------------------------

    def open_profiles(self) -> tuple[list[Connection], list[str]]:
        """Every saved profile as a connection, and a sentence for each that could not
        open. A connection whose profile and secrets are unchanged is kept (the same
        object); one whose settings or secrets changed is replaced, so an edited secret
        takes effect at once; those of removed profiles are closed. Raises ProfileError
        when profiles.json cannot be read."""
        profiles = self.store.list()
        read: list[tuple[Profile, dict[str, str]]] = []
        problems: list[str] = []
        keyring_down = False
        for profile in profiles:
            try:
                read.append((profile, self.store.secrets_of(profile)))
            except KeyringUnavailable as error:
                problems = [str(error)]
                keyring_down = True
                break
            except ProfileError as error:
                problems.append(f"{profile.name}: {error}.")
        database = self.database(training=False)
        replaced: list[str] = []
        with self._lock:
            opened: dict[str, _Opened] = {}
            for profile, secrets in read:
                old = self._opened.get(profile.name)
                if old is not None and old.serves(profile, secrets):
                    opened[profile.name] = _Opened(profile, old.secrets, old.connection)
                else:
                    connection = _open(
                        profile, secrets, database=database, keyring=self.store.secrets
                    )
                    opened[profile.name] = _Opened(profile, secrets, connection)
                    if old is not None:  # settings or secrets edited: try held claims again
                        replaced.append(profile.name)
            if keyring_down:  # secrets unreadable now: keep what still opens with the old ones
                names = {p.name for p in profiles}
                for name, old in self._opened.items():
                    if name in names and name not in opened:
                        opened[name] = old
            closing = [
                old.connection
                for name, old in self._opened.items()
                if opened.get(name) is None or opened[name].connection is not old.connection
            ]
            self._opened = {p.name: opened[p.name] for p in profiles if p.name in opened}
            connections = [o.connection for o in self._opened.values()]
        for connection in closing:
            connection.service.close()
        if replaced:
            outbox = self.outbox().outbox
            for name in replaced:
                outbox.release_held(name)
        return connections, problems

    def open_profile(self, name: str) -> Connection:
        """One saved profile's connection (the open one while its profile and secrets are
        unchanged), for a command that needs only that one. Raises ProfileError or
        KeyringUnavailable with a sentence."""
        profile = self.store.get(name)
        secrets = self.store.secrets_of(profile)
        database = self.database(training=False)
        with self._lock:
            old = self._opened.get(name)
            if old is not None and old.serves(profile, secrets):
                return old.connection
            connection = _open(profile, secrets, database=database, keyring=self.store.secrets)
            self._opened[name] = _Opened(profile, secrets, connection)
        if old is not None:
            old.connection.service.close()
        return connection

    def start_training(self) -> list[Connection]:
        """Start the sandbox on a free loopback port (once) and open one training
        connection per platform to it."""
        with self._starting:  # one start at a time; lookups meanwhile are not held up
            if self._sandbox is None:
                from claimdesk.sandbox.server import SandboxServer

                server = SandboxServer()
                server.start()
                with self._lock:
                    self._sandbox = server
            if not self._training:
                opened = training_connections(self._sandbox.base_url)
                with self._lock:
                    self._training = opened
            with self._lock:
                return list(self._training)

    @property
    def training_url(self) -> str | None:
        sandbox = self._sandbox
        return sandbox.base_url if sandbox is not None else None

    @property
    def connections(self) -> list[Connection]:
        """Training mode's connections (when started) first, then the saved profiles'."""
        with self._lock:
            return [
                *self._training,
                *(o.connection for o in self._opened.values()),
                *self._added,
            ]

    def add_connection(self, connection: Connection) -> None:
        """A connection opened elsewhere (a test's service, a command's --url): offered by
        ``connection(name)`` (so the outbox sends its claims) and closed by ``close()``."""
        with self._lock:
            if all(c is not connection for c in self._added):
                self._added.append(connection)

    def connection(self, name: str) -> Connection | None:
        """The open connection of that name (from any thread)."""
        for connection in self.connections:
            if connection.name == name:
                return connection
        return None

    # --- files ------------------------------------------------------------------------

    def database(self, *, training: bool = False) -> Database:
        """The user's SQLite file, or training mode's (opened on first use)."""
        with self._lock:
            database = self._databases.get(training)
            if database is None:
                name = TRAINING_DB_FILE if training else DB_FILE
                database = Database(self.data_folder / name)
                self._databases[training] = database
            return database

    def outbox(self, *, training: bool = False) -> OutboxService:
        """The user's outbox, or training mode's; opened once. Claims a crash left
        ``sending`` are the caller's to ``recover()`` (once, at start-up)."""
        with self._lock:
            service = self._outboxes.get(training)
            if service is None:
                service = OutboxService(Outbox(self.database(training=training)), self.connection)
                service.outbox.database.connect()  # opens the file and brings it up to date
                self._outboxes[training] = service
            return service

    def outbox_for(self, connection: Connection) -> OutboxService:
        """The outbox a connection's claims go to: training mode's for its connections."""
        return self.outbox(training=connection.profile is None)

    def drafts(self) -> WorkspaceDrafts:
        return self._drafts

    def install_response_cache(self) -> None:
        """Keep every GET answer for offline use (once per process; the files open
        lazily): the sandbox's answers in training mode's file, the rest in the user's."""
        from claimdesk.connectors import http
        from claimdesk.storage.catalog import Catalog, ResponseCatalog, SplitCache

        if http.current_response_cache() is not None:
            return
        http.set_response_cache(
            SplitCache(
                ResponseCatalog(Catalog(self.database(training=False))),
                ResponseCatalog(Catalog(self.database(training=True))),
            )
        )

    # --- profiles (for the profiles dialog and the command line) ----------------------

    def profiles(self) -> list[Profile]:
        return self.store.list()

    def profile(self, name: str) -> Profile:
        return self.store.get(name)

    def save_profile(
        self,
        profile: Profile,
        secrets: Mapping[str, str] | None = None,
        *,
        replacing: str | None = None,
    ) -> None:
        """Add or update a profile (empty secrets keep the stored ones); its connection
        changes on the next ``open_profiles``."""
        self.store.save(profile, dict(secrets or {}), replacing=replacing)

    def release_held(self, connection_name: str) -> int:
        """The connection's claims a refused login (401, 403) held back are due now: its
        profile was saved on purpose (the platform's side may be what was fixed, such as a
        permission granted, with the same secret). Returns how many."""
        return self.outbox().outbox.release_held(connection_name)

    def remove_profile(self, name: str) -> None:
        self.store.remove(name)

    def check_connection(self, profile: Profile, secrets: Mapping[str, str] | None = None) -> str:
        """A real call with these settings (unsaved secrets too); the sentence found."""
        return check_connection(profile, self.store, secrets)

    def remember_confirmation(self, connection_name: str) -> None:
        """Keep a profile's confirmation of its platform's caution (Claret's beta POST)
        across runs; training connections have nothing to keep."""
        connection = self.connection(connection_name)
        if connection is None or connection.profile is None:
            return
        profile = self.store.get(connection.profile)
        confirmed = profile.model_copy(update={"beta_confirmed": True})
        self.store.save(confirmed)
        with self._lock:
            old = self._opened.get(profile.name)
            if old is not None:
                self._opened[profile.name] = _Opened(confirmed, old.secrets, old.connection)

    # --- the end ----------------------------------------------------------------------

    def close(self) -> None:
        """Close every connection, stop the sandbox, close this thread's files."""
        with self._lock:
            connections = [
                *self._training,
                *(o.connection for o in self._opened.values()),
                *self._added,
            ]
            self._training, self._opened, self._added = [], {}, []
            sandbox, self._sandbox = self._sandbox, None
            databases = list(self._databases.values())
        for connection in connections:
            connection.service.close()
        if sandbox is not None:
            sandbox.stop()
        for database in databases:
            database.close()
