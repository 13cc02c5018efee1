"""The platform registry: every platform declared once, and what is made from it."""

from __future__ import annotations

import ast
from pathlib import Path

from claimdesk.cli.main import build_parser
from claimdesk.service.platform import Capabilities, PlatformService
from claimdesk.service.platforms import (
    PLATFORM_NAMES,
    PLATFORMS,
    REGISTRY,
    REQUIRED,
    SETTINGS,
    cli_settings,
    secret_order,
)

APP = Path(__file__).resolve().parents[2] / "app" / "claimdesk"


def test_the_derived_tables_come_from_the_entries() -> None:
    assert list(PLATFORM_NAMES) == ["myrewards", "claret", "peak", "thalamus"]
    assert PLATFORM_NAMES["thalamus"] == "Thalamus"
    assert REQUIRED["thalamus"] == ("touchpoint", "user")
    assert [s.name for s in SETTINGS["peak"]] == [
        "solution",
        "prefix",
        "suffix",
        "ingest_path",
        "token",
    ]


def test_profiles_add_offers_every_setting_and_reads_secrets_in_registry_order() -> None:
    options = {option for option, _dest, _help in cli_settings()}
    assert options == {
        "--api-key",
        "--tenant",
        "--email",
        "--solution",
        "--prefix",
        "--suffix",
        "--ingest-path",
        "--touchpoint",
        "--user",
        "--login-path",
    }
    args = build_parser().parse_args(
        ["profiles", "add", "X", "--platform", "peak", "--url", "https://p.io", "--solution", "S"]
    )
    assert (args.platform, args.solution, args.api_key) == ("peak", "S", "")
    assert args.ingest_path == ""  # not given: the profile's default (auto)


def test_a_claret_profile_asks_for_the_password_with_an_email_else_a_token() -> None:
    claret = PLATFORMS["claret"]
    assert claret.secrets_for({"tenant": "t", "email": "a@b.example"}) == ("password",)
    assert claret.secrets_for({"tenant": "t", "email": "  "}) == ("token",)
    assert claret.secrets_for({"tenant": "t"}) == ("token",)  # a profile of before
    assert PLATFORMS["thalamus"].secrets_for({}) == ("password", "api_token")
    assert secret_order() == (
        "MyRewards: secret key (an empty line for none); Claret: password (with an email) or "
        "API token (without an "
        "email); Peak: personal access token; "
        "Thalamus: partner password (an empty line for none), then touchpoint API token"
    )


def test_each_entry_opens_a_service_that_declares_its_capabilities() -> None:
    secrets = {"secret_key": "s", "token": "t", "password": "p", "api_token": "a"}
    for entry in REGISTRY:
        settings = {s.name: s.default or "x" for s in entry.settings if not s.secret}
        service = entry.open("https://platform.example.com", settings, secrets)
        try:
            assert isinstance(service, PlatformService)
            assert service.platform == entry.key
            assert isinstance(service.capabilities, Capabilities)
            assert service.served_from_cache() is None
        finally:
            service.close()


def test_no_platform_is_named_outside_the_registry_and_its_own_modules() -> None:
    """``platform == "peak"``-style branches are what the registry replaced."""
    keys = set(PLATFORM_NAMES)
    found = []
    for folder in ("service", "cli", "ui"):
        for path in (APP / folder).rglob("*.py"):
            if path.stem in keys or path.name in ("platforms.py", "resources_rc.py"):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Compare):
                    names = [
                        c.value
                        for c in [node.left, *node.comparators]
                        if isinstance(c, ast.Constant)
                    ]
                    if keys & set(names):
                        found.append(f"{path.relative_to(APP)}:{node.lineno}")
    assert found == []


def test_no_caller_guesses_what_a_service_can_do() -> None:
    """Capabilities are declared (``Capabilities``, the protocol's members): no hasattr."""
    found = [
        f"{path.relative_to(APP)}:{node.lineno}"
        for folder in ("service", "cli", "ui")
        for path in (APP / folder).rglob("*.py")
        if path.name != "resources_rc.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "hasattr"
    ]
    assert found == []
