"""Peak emulator (routes, checks and demo data live in sandbox/peak*.py)."""

from typing import Any

from fastapi import APIRouter

router = APIRouter()


def fresh_data() -> Any:
    """Peak's demo data, new on every start and reset."""
    return None
