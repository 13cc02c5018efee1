"""One import pipeline for the batch window and ``claimdesk validate`` / ``submit``: a CSV,
XLSX or pasted table read; its columns matched to the form's fields (the user's last
choice for this platform and target first); dates and numbers read as the user writes
them; every row checked with the form's rules.

Every step may touch the disk or walk 100,000 rows: the window runs them on a worker, the
command line in order. Nothing here knows Qt."""

from __future__ import annotations

import zipfile
from collections.abc import Mapping as MappingOf
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimdesk.domain.checks import ClaimCheck
from claimdesk.domain.fields import FieldType, FormSchema
from claimdesk.domain.typed import COMMA, POINT
from claimdesk.importers.delimited import read_pasted
from claimdesk.importers.export import REASON, export_rows
from claimdesk.importers.interpret import Reading, interpret
from claimdesk.importers.mapping import (
    Mapping,
    find_header,
    mapping_from_choice,
    match_columns,
    records,
    remember_mapping,
    remembered_columns,
    remembered_mapping,
)
from claimdesk.importers.table import ImportError_, Table, skipped_text
from claimdesk.importers.xlsx import read_file, sheet_names
from claimdesk.service.checking import check_rows
from claimdesk.service.platform import LoadedForm, PlatformService

__all__ = [
    "DATE_ORDERS",
    "ImportProblem",
    "Mapping",
    "Matched",
    "Prepared",
    "Reading",
    "Table",
    "batch_rules",
    "check",
    "chosen_mapping",
    "date_overrides",
    "export_problems",
    "match",
    "prepare",
    "read",
    "read_text",
    "remember_choice",
    "sheets",
    "skipped",
]

# A file that cannot be read or written as a table; ``str()`` is a sentence for the user.
ImportProblem = ImportError_
DATE_ORDERS = ("DMY", "MDY", "YMD")


@dataclass(frozen=True)
class Matched:
    """A table read and its columns matched; ``mapping.unmatched`` or
    ``mapping.missing_required`` mean the user should look at the mapping."""

    table: Table
    mapping: Mapping

    @property
    def needs_choice(self) -> bool:
        return bool(self.mapping.unmatched or self.mapping.missing_required)


@dataclass
class Prepared:
    """Rows as field → text, dates and numbers read, each row's check."""

    values: list[dict[str, str]]
    readings: list[Reading]
    checks: list[ClaimCheck]


def sheets(path: Path) -> list[str]:
    """The sheet names of a workbook; [] when it cannot be opened (reading it says why)."""
    try:
        return sheet_names(path)
    except (ImportError_, OSError, zipfile.BadZipFile, KeyError, ValueError):
        return []  # the read that follows names the problem


def read(path: Path, sheet: str | None = None) -> Table:
    """CSV / TXT / TSV or XLSX. Raises ImportProblem."""
    return read_file(path, sheet)


def read_text(text: str) -> Table:
    """Cells pasted from a spreadsheet, header row included. Raises ImportProblem."""
    return read_pasted(text)


def _key(service: Any, form: LoadedForm) -> tuple[str, str]:
    return str(service.platform), form.target.key


def match(service: Any, form: LoadedForm, table: Table, header_row: int | None = None) -> Matched:
    """The header row found (or the one the user chose: a sheet row number) and the columns
    matched by name, label, synonym or the start of a label, the user's remembered choice
    first. Raises ImportProblem when nothing is under the chosen row."""
    key = _key(service, form)
    columns = remembered_columns(*key)
    # The Problem column of our own files to correct is not a field: such a file, fixed,
    # imports again without a question.
    remembered = {REASON: "", **remembered_mapping(*key)}
    if header_row is not None:
        table = table.cut(header_row)
    else:
        table = find_header(table, form.schema, remembered)
    return Matched(table, match_columns(table, form.schema, remembered, columns))


def skipped(table: Table) -> str:
    """ "Rows 1–2 skipped: title; row 14 skipped: total", or "" when every row is a claim."""
    return skipped_text(table.skipped)


def chosen_mapping(form: LoadedForm, table: Table, chosen: MappingOf[int, str]) -> Mapping:
    """The mapping of the user's choice (column index → field name)."""
    return mapping_from_choice(table, form.schema, dict(chosen))


def remember_choice(
    service: Any, form: LoadedForm, table: Table, chosen: MappingOf[int, str]
) -> None:
    """Keeps the user's choice for the next file of this platform and target, by header and
    by position (columns left out are remembered as ignored); written to disk, a failure
    only logged."""
    remember_mapping(
        *_key(service, form), [(h, chosen.get(i, "")) for i, h in enumerate(table.headers)]
    )


def number_overrides(schema: FormSchema, mark: str | None) -> dict[str, str]:
    """One decimal mark ("comma" or "point") for every number field of the form."""
    if mark not in ("comma", "point"):
        return {}
    chosen = COMMA if mark == "comma" else POINT
    return {
        spec.name: chosen for spec in schema if spec.type in (FieldType.NUMBER, FieldType.INTEGER)
    }


def date_overrides(schema: FormSchema, order: str | None) -> dict[str, str]:
    """One date order (DMY, MDY, YMD) for every date field of the form."""
    if not order:
        return {}
    return {spec.name: order for spec in schema if spec.type is FieldType.DATE}


def check(
    service: Any, form: LoadedForm, rows: Sequence[MappingOf[str, object]]
) -> list[ClaimCheck]:
    """Each row's check, with the platform's rules across rows where it has them."""
    return check_rows(service, form, rows)


def batch_rules(service: PlatformService) -> bool:
    """Whether the platform checks rules across rows (then an edit rechecks every row)."""
    return service.capabilities.batch_rules


def prepare(
    service: Any,
    form: LoadedForm,
    table: Table,
    mapping: Mapping,
    locale_name: str,
    overrides: MappingOf[str, str] | None = None,
) -> Prepared:
    """Rows as the form's fields, dates and numbers read, each row checked."""
    values, readings = interpret(records(table, mapping), form.schema, locale_name, overrides)
    return Prepared(values, readings, check(service, form, values))


def export_problems(
    path: Path, schema: FormSchema, rows: list[list[str]], reasons: list[str]
) -> None:
    """Rows to correct with the reason beside each, under the schema's own labels (as on
    import, whatever the user's language). Raises ImportProblem."""
    export_rows(path, [spec.label for spec in schema], rows, reasons)
