"""Claret emulator (routes, checks and demo data live in sandbox/claret*.py)."""

from typing import Any

from fastapi import APIRouter

router = APIRouter()


def fresh_data() -> Any:
    """Claret's demo data, new on every start and reset."""
    return None
