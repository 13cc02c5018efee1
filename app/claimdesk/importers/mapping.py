"""Columns onto a form, as people write their headers, and the header row found.

A header matches a field (in this order; a field filled once, by the first column that
claims it):
1. the user's choice for this platform and target, remembered by the header's text;
2. the field's name or label, ignoring case, spacing, punctuation and a unit or currency in
   brackets ("Value of sale (£)" is Value of sale);
3. one of the field's synonyms (``FieldSpec.synonyms``, given by each platform's schema from
   domain/fields.COMMON_HEADERS: "Qty" is the quantity, "SKU" the product reference); a
   synonym of a date field ("Date") only when it is the file's only date column;
4. the user's choice remembered by position, when the header there is new (a column renamed
   in the same place next month) and the header once there is nowhere else in the file;
5. the start of exactly one field's label ("Customer" is Customer name).
What does not match is left for the user to map.

The header row is the row among the first ``HEADER_SCAN`` that matches the most fields (the
first such row): title, note and blank rows above it, and blank and total rows under the
data, are never claims (importers/table.Table.cut)."""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from claimdesk.domain.fields import FieldType, FormSchema
from claimdesk.importers.table import ImportError_, Table

log = logging.getLogger("claimdesk.importers")
_BRACKETS = re.compile(r"[\(\[\{][^\)\]\}]*[\)\]\}]")
_NOT_WORD = re.compile(r"[\W_]+")
HEADER_SCAN = 30  # Guess: a title block is never longer than this many rows


def words(text: str) -> list[str]:
    """The header's words, case folded, without punctuation or a bracketed unit."""
    return [w for w in _NOT_WORD.split(_BRACKETS.sub(" ", text).casefold()) if w]


def normal(text: str) -> str:
    return "".join(words(text))


def _whole(text: str) -> str:
    """The text's letters and digits, brackets' contents included."""
    return _NOT_WORD.sub("", text.casefold())


@dataclass(frozen=True)
class Mapping:
    """column index → field name; unmatched columns and unfilled fields named."""

    columns: dict[int, str]
    unmatched: tuple[str, ...]
    missing_required: tuple[str, ...]


class _Keys:
    """A schema's names, labels, synonyms and label words, made once per matching."""

    def __init__(self, schema: FormSchema) -> None:
        self.exact: dict[str, str] = {}
        self.synonyms: dict[str, str] = {}
        self.labels: list[tuple[list[str], str]] = []
        for spec in schema:
            for key in (normal(spec.name), normal(spec.label), _whole(spec.label)):
                if key:
                    self.exact.setdefault(key, spec.name)
            self.labels.append((words(spec.label), spec.name))
        for spec in schema:
            for synonym in spec.synonyms:
                key = normal(synonym)
                if key and key not in self.exact:
                    self.synonyms.setdefault(key, spec.name)
        self.dates = frozenset(s.name for s in schema if s.type is FieldType.DATE)

    def prefix(self, header: str) -> str | None:
        """The one field whose label starts with the header's words."""
        said = words(header)
        if not said:
            return None
        found = {
            name
            for label, name in self.labels
            if len(label) > len(said) and label[: len(said)] == said
        }
        return found.pop() if len(found) == 1 else None


Remembered = dict[str, str]  # header text → field name ("" for a column the user ignores)
Positions = Sequence[tuple[str, str]]  # (header text, field name) of each column, in order


def match_columns(
    table: Table,
    schema: FormSchema,
    remembered: Remembered | None = None,
    positions: Positions | None = None,
) -> Mapping:
    """``remembered`` (header → field, from an earlier import; "" for a column the user
    ignores) wins over guessing; ``positions`` (the earlier file's columns in order) fills
    a column whose header is new."""
    keys = _Keys(schema)
    headers = table.headers
    remembered = remembered or {}
    by_text = {normal(h): f for h, f in remembered.items() if normal(h)}
    columns: dict[int, str] = {}
    ignored: set[int] = set()
    taken: set[str] = set()

    def claim(index: int, field: str | None) -> None:
        if field is None or index in columns or index in ignored:
            return
        if field == "":
            ignored.add(index)
        elif field in schema and field not in taken:
            columns[index] = field
            taken.add(field)

    filled = [(i, h) for i, h in enumerate(headers) if h]
    for index, header in filled:
        claim(index, remembered[header] if header in remembered else by_text.get(normal(header)))
    for index, header in filled:
        claim(index, keys.exact.get(normal(header)) or keys.exact.get(_whole(header)))
    date_columns = sum(1 for i, h in filled if "date" in words(h) or columns.get(i) in keys.dates)
    for index, header in filled:
        field = keys.synonyms.get(normal(header))
        if field in keys.dates and date_columns != 1 and words(header) == ["date"]:
            continue  # "Date" beside another date column: which date is it?
        claim(index, field)
    if positions:
        # Guess: a column is "renamed in the same place" when the header once there is
        # nowhere in this file; a header that moved is matched by its text instead.
        present = {normal(h) for h in headers}
        for index, _header in filled:
            if index < len(positions) and index not in columns:
                before, field = positions[index]
                if normal(before) not in present:
                    claim(index, field)
    for index, header in filled:
        claim(index, keys.prefix(header))
    unmatched = tuple(h for i, h in filled if i not in columns and i not in ignored)
    missing = tuple(s.label for s in schema if s.required and s.name not in taken)
    return Mapping(columns, unmatched, missing)


def find_header(table: Table, schema: FormSchema, remembered: Remembered | None = None) -> Table:
    """The table under the row (among the first ``HEADER_SCAN`` with text) whose cells
    match the most fields by text; the table as it is when no row matches better."""
    # Guess: the header is the row naming the most fields (the first of equals); a title
    # or a note names none, a data row hardly ever one.
    best, best_score = table.header_row, -1
    with_text = (n for n, row in enumerate(table.sheet, start=1) if any(row))
    for number in islice(with_text, HEADER_SCAN):
        row = Table(table.sheet[number - 1], [])
        score = len(match_columns(row, schema, remembered).columns)
        if score > best_score:
            best, best_score = number, score
    if best == table.header_row or best_score <= 0:
        return table
    try:
        return table.cut(best)
    except ImportError_:
        return table  # nothing under that row: the first row stays the header


def records(table: Table, mapping: Mapping) -> list[dict[str, str]]:
    """Each row as field → text, ready for the same checks as the form."""
    return [{field: row[index] for index, field in mapping.columns.items()} for row in table.rows]


MAPPINGS_FILE = "column-mappings.json"


def _mappings_path() -> Path:
    from claimdesk.paths import config_dir

    return config_dir() / MAPPINGS_FILE


def _load_all() -> dict[str, object]:
    path = _mappings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("ignoring the remembered column mappings in %s: %s", path, error)
        return {}
    return data if isinstance(data, dict) else {}


def remembered_columns(platform: str, target_key: str) -> list[tuple[str, str]]:
    """(header, field name) of each column of the file the user last mapped for this
    platform's target, in the file's order ("" for a column ignored); [] when not known
    (or kept by an older ClaimDesk, by header only).

    Kept as ``{"columns": [[header, field], …]}``."""
    value = _load_all().get(f"{platform}/{target_key}")
    if isinstance(value, dict) and isinstance(value.get("columns"), list):
        return [
            (str(pair[0]), str(pair[1]))
            for pair in value["columns"]
            if isinstance(pair, list) and len(pair) == 2
        ]
    return []


def remembered_mapping(platform: str, target_key: str) -> dict[str, str]:
    """header → field name, as the user last mapped this platform's target (an older
    ClaimDesk kept {header: field})."""
    value = _load_all().get(f"{platform}/{target_key}")
    if isinstance(value, dict) and "columns" not in value:
        return {str(h): str(f) for h, f in value.items()}
    return {h: f for h, f in remembered_columns(platform, target_key) if h}


def remember_mapping(
    platform: str, target_key: str, header_to_field: dict[str, str] | Positions
) -> None:
    """Keep the user's choice for the next file, by header and by position (written
    atomically; a failure is logged, never in the user's way)."""
    pairs = (
        list(header_to_field.items())
        if isinstance(header_to_field, dict)
        else list(header_to_field)
    )
    data = _load_all()
    data[f"{platform}/{target_key}"] = {"columns": [[h, f] for h, f in pairs]}
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
