"""The layer rules themselves are import-linter contracts in pyproject.toml, run by
``make lint`` (``lint-imports``). This test keeps them whole: every room of the package is
named by the layers contract, so a new folder or module cannot slip past the rules."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "app" / "claimdesk"
# Modules every layer may use, below all contracts' concerns (start-up helpers).
UNLAYERED = {"__init__", "app_logging", "licences", "settings"}


def contracts() -> list[dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    found: list[dict[str, object]] = config["tool"]["importlinter"]["contracts"]
    return found


def layered_names() -> set[str]:
    (layers,) = [c for c in contracts() if c["type"] == "layers"]
    names: set[str] = set()
    for layer in layers["layers"]:  # type: ignore[union-attr]
        names.update(part.strip().removeprefix("claimdesk.") for part in str(layer).split("|"))
    return names


def test_every_room_of_the_package_is_in_the_layers_contract() -> None:
    rooms = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    rooms |= {p.stem for p in PACKAGE.glob("*.py")}
    assert rooms - UNLAYERED - layered_names() == set()


def test_the_thin_top_contract_covers_the_windows_and_the_commands() -> None:
    (thin,) = [c for c in contracts() if c.get("id") == "thin-top"]
    assert set(thin["source_modules"]) == {"claimdesk.ui", "claimdesk.cli"}  # type: ignore[arg-type]
    for lower in ("connectors", "storage", "importers", "sandbox"):
        assert f"claimdesk.{lower}" in thin["forbidden_modules"]  # type: ignore[operator]
