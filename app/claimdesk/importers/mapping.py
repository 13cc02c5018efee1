"""Columns onto a form: each header matched to a field by name or label, ignoring case,
spaces, dashes and underscores; what does not match is left for the user to map."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimdesk.domain.fields import FormSchema
from claimdesk.importers.table import Table

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
    """``remembered`` (header → field, from an earlier import) wins over guessing."""
    by_key: dict[str, str] = {}
    for spec in schema:
        by_key.setdefault(normal(spec.name), spec.name)
        by_key.setdefault(normal(spec.label), spec.name)
    columns: dict[int, str] = {}
    unmatched: list[str] = []
    taken: set[str] = set()
    for index, header in enumerate(table.headers):
        field = (remembered or {}).get(header) or by_key.get(normal(header))
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
