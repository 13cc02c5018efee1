"""``claimdesk profiles …``: add, list, remove and test connection profiles."""

from __future__ import annotations

import argparse
import getpass
import sys

from pydantic import ValidationError

from claimdesk.errors import ClaimDeskError
from claimdesk.service.platforms import PLATFORM_NAMES, SETTINGS
from claimdesk.service.profiles import (
    KeyringUnavailable,
    Profile,
    ProfileError,
    describe_validation,
)
from claimdesk.service.workspace import Workspace

OK, FAILED, USAGE = 0, 1, 2


def _read_secrets(platform: str, settings: dict[str, str], from_stdin: bool) -> dict[str, str]:
    """The secrets these settings ask for (Claret: the password with --email, else a token)."""
    secrets: dict[str, str] = {}
    for spec in (s for s in SETTINGS[platform] if s.secret and s.applies(settings)):
        if from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise ProfileError(f"standard input ended before the {spec.label.lower()}")
            value = line.rstrip("\r\n")
        else:
            value = getpass.getpass(f"{spec.label}: ")
        if not value.strip() and spec.may_be_empty:
            value = ""  # a touchpoint that needs no password, a key without a secret key
        elif not value.strip():
            raise ProfileError(f"the {spec.label.lower()} is empty")
        secrets[spec.name] = value
    return secrets


def _add(args: argparse.Namespace, workspace: Workspace) -> int:
    # The options were made from the same specs (cli/main.py), one per setting name.
    settings = {s.name: vars(args)[s.name] for s in SETTINGS[args.platform] if not s.secret}
    try:
        profile = Profile(name=args.name, platform=args.platform, url=args.url, settings=settings)
    except ValidationError as error:
        print(f"claimdesk profiles add: {describe_validation(error)}", file=sys.stderr)
        return USAGE
    if any(p.name == profile.name for p in workspace.profiles()):
        print(
            f"claimdesk profiles add: a profile named {profile.name!r} already exists; "
            "remove it first or choose another name",
            file=sys.stderr,
        )
        return USAGE
    store = workspace.store
    store.secrets.check()  # before asking for secrets that could not be kept
    workspace.save_profile(
        profile, _read_secrets(profile.platform, profile.settings, args.secret_stdin)
    )
    print(
        f"Added profile {profile.name!r} ({PLATFORM_NAMES[profile.platform]}, {profile.url}); "
        f"its secrets are in the keyring ({store.secrets.describe()})."
    )
    return OK


def _list(workspace: Workspace) -> int:
    profiles = workspace.profiles()
    if not profiles:
        print("No profiles yet. Add one with: claimdesk profiles add NAME --platform … --url …")
        return OK
    for profile in profiles:
        settings = ", ".join(
            f"{s.label.lower()} {profile.setting(s.name)}"
            for s in SETTINGS[profile.platform]
            if not s.secret and profile.setting(s.name)
        )
        print(f"{profile.name}\t{PLATFORM_NAMES[profile.platform]}\t{profile.url}\t{settings}")
    return OK


def _test(name: str, workspace: Workspace) -> int:
    profile = workspace.profile(name)
    try:
        print(workspace.check_connection(profile))
    except ClaimDeskError as error:
        print(f"Connection test failed: {error}", file=sys.stderr)
        return FAILED
    return OK


def run_profiles(args: argparse.Namespace, workspace: Workspace | None = None) -> int:
    owned = workspace is None
    workspace = workspace or Workspace()
    try:
        if args.action == "add":
            return _add(args, workspace)
        if args.action == "list":
            return _list(workspace)
        if args.action == "remove":
            workspace.remove_profile(args.name)
            print(f"Removed profile {args.name!r} and its secrets.")
            return OK
        return _test(args.name, workspace)
    except (ProfileError, KeyringUnavailable) as error:
        print(f"claimdesk profiles {args.action}: {error}", file=sys.stderr)
        return USAGE if isinstance(error, ProfileError) else FAILED
    finally:
        if owned:
            workspace.close()
