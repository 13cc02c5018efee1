"""Columns onto a form: each header matched to a field by name or label, ignoring case,
spaces, dashes and underscores; what does not match is left for the user to map."""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from claimdesk.domain.fields import FormSchema
from claimdesk.importers.table import Table

log = logging.getLogger("claimdesk.importers")
_NOISE = re.compile(r"[\s_\-.:*]+")


def normal(text: str) -> str:
    return _NOISE.sub("", text).casefold()


@dataclass(frozen=True)
class Mapping:
    """column index → field name; unmatched columns and unfilled fields named."""

    columns: dict[int, str]
    unmatched: tuple[str, ...]
    missing_required: tuple[str, ...]


def match_columns(
    table: Table, schema: FormSchema, remembered: dict[str, str] | None = None
) -> Mapping:
    """``remembered`` (header → field, from an earlier import; "" for a column the user
    ignores) wins over guessing."""
    by_key: dict[str, str] = {}
    for spec in schema:
        by_key.setdefault(normal(spec.name), spec.name)
        by_key.setdefault(normal(spec.label), spec.name)
    columns: dict[int, str] = {}
    unmatched: list[str] = []
    taken: set[str] = set()
    remembered = remembered or {}
    for index, header in enumerate(table.headers):
        if remembered.get(header) == "":
            continue  # the user chose to ignore this column
        field = remembered.get(header) or by_key.get(normal(header))
        if field and field in schema and field not in taken:
            columns[index] = field
            taken.add(field)
        elif header:
            unmatched.append(header)
    missing = tuple(s.label for s in schema if s.required and s.name not in taken)
    return Mapping(columns, tuple(unmatched), missing)


def records(table: Table, mapping: Mapping) -> list[dict[str, str]]:
    """Each row as field → text, ready for the same checks as the form."""
    return [{field: row[index] for index, field in mapping.columns.items()} for row in table.rows]


MAPPINGS_FILE = "column-mappings.json"


def _mappings_path() -> Path:
    from claimdesk.paths import config_dir

    return config_dir() / MAPPINGS_FILE


def _load_all() -> dict[str, dict[str, str]]:
    path = _mappings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("ignoring the remembered column mappings in %s: %s", path, error)
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        key: {str(h): str(f) for h, f in value.items()}
        for key, value in data.items()
        if isinstance(value, dict)
    }


def remembered_mapping(platform: str, target_key: str) -> dict[str, str]:
    """header → field name, as the user last mapped this platform's target."""
    return _load_all().get(f"{platform}/{target_key}", {})


def remember_mapping(platform: str, target_key: str, header_to_field: dict[str, str]) -> None:
    """Keep the user's choice for the next file (written atomically; a failure is logged,
    never in the user's way)."""
    data = _load_all()
    data[f"{platform}/{target_key}"] = dict(header_to_field)
    path = _mappings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".mappings-")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1)
        os.replace(temp, path)
    except OSError as error:
        log.warning("could not remember the column mapping: %s", error)


def mapping_from_choice(table: Table, schema: FormSchema, chosen: dict[int, str]) -> Mapping:
    """The Mapping for columns the user assigned (column index → field name)."""
    taken = set(chosen.values())
    unmatched = tuple(h for i, h in enumerate(table.headers) if i not in chosen and h)
    missing = tuple(s.label for s in schema if s.required and s.name not in taken)
    return Mapping(dict(chosen), unmatched, missing)
