"""The one import pipeline (service/batch_import.py) that the batch window and
``claimdesk validate`` / ``submit`` share: a file read, its columns matched and the user's
choice remembered per platform and target, dates read, every row checked."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from claimdesk.domain.checks import ClaimCheck
from claimdesk.domain.fields import FieldSpec, FieldType, FormSchema
from claimdesk.domain.validation import check_values
from claimdesk.service import batch_import
from claimdesk.service.platform import LoadedForm, ServiceBase, Target

SCHEMA = FormSchema(
    "spring",
    "Spring",
    (
        FieldSpec("sale_date", "Sale date", FieldType.DATE, required=True),
        FieldSpec("quantity", "Quantity", FieldType.INTEGER, required=True, min_value=1),
        FieldSpec("user", "Username", FieldType.TEXT),
    ),
)
FORM = LoadedForm(Target("7", "Spring"), SCHEMA)


class RowRules(ServiceBase):
    """A platform service as far as the pipeline uses one: its name and its row rules (the
    rest from the services' shared base)."""

    platform = "testing"

    def check(self, form: LoadedForm, values: Mapping[str, object]) -> ClaimCheck:
        checked = check_values(form.schema, values)
        return ClaimCheck(checked.issues, checked.values)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_file_is_read_matched_interpreted_and_checked(tmp_path: Path) -> None:
    path = write(tmp_path / "c.csv", "Sale date;Quantity;Username\n25/03/2026;2;ann\n1/4/2026;0;\n")
    matched = batch_import.match(RowRules(), FORM, batch_import.read(path))
    assert not matched.needs_choice
    done = batch_import.prepare(RowRules(), FORM, matched.table, matched.mapping, "en_GB")
    assert [row["sale_date"] for row in done.values] == ["2026-03-25", "2026-04-01"]
    assert [check.ok for check in done.checks] == [True, False]
    assert [i.field for i in done.checks[1].issues] == ["quantity"]
    assert [reading.field for reading in done.readings] == ["sale_date"]


def test_the_user_s_mapping_is_remembered_for_the_next_file(tmp_path: Path) -> None:
    path = write(tmp_path / "odd.csv", "Sold on,Qty,Notes\n2026-03-25,2,x\n")
    service = RowRules()
    first = batch_import.match(service, FORM, batch_import.read(path))
    assert first.needs_choice
    assert set(first.mapping.missing_required) == {"Sale date", "Quantity"}
    chosen = {0: "sale_date", 1: "quantity"}
    mapping = batch_import.chosen_mapping(FORM, first.table, chosen)
    batch_import.remember_choice(service, FORM, first.table, chosen)
    again = batch_import.match(service, FORM, batch_import.read(path))
    assert not again.mapping.missing_required
    assert again.mapping.columns == mapping.columns == chosen
    assert again.mapping.unmatched == ()  # "Notes" was left out: remembered as ignored
    other = LoadedForm(Target("8", "Autumn"), SCHEMA)
    assert batch_import.match(service, other, first.table).needs_choice  # per target


def test_a_date_order_applies_to_every_date_field() -> None:
    assert batch_import.date_overrides(SCHEMA, "MDY") == {"sale_date": "MDY"}
    assert batch_import.date_overrides(SCHEMA, None) == {}


def test_a_file_that_is_no_table_is_one_import_problem(tmp_path: Path) -> None:
    path = tmp_path / "junk.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    assert batch_import.sheets(path) == []
    with pytest.raises(batch_import.ImportProblem, match="not a readable XLSX workbook"):
        batch_import.read(path)
    with pytest.raises(batch_import.ImportProblem, match="no table"):
        batch_import.read_text("\n\n")


def test_a_file_to_correct_imports_again_without_a_question(tmp_path: Path) -> None:
    """The rows written to correct (with their Problem column), once fixed, are read again
    with no mapping to choose: the Problem column is left out."""
    path = tmp_path / "to-correct.csv"
    batch_import.export_problems(
        path, SCHEMA, [["0", "25/03/2026", "ann"]], ["Quantity: must be at least 1"]
    )
    matched = batch_import.match(RowRules(), FORM, batch_import.read(path))
    assert not matched.needs_choice
    assert matched.mapping.columns == {0: "quantity", 1: "sale_date", 2: "user"}
    assert matched.table.headers[-1] == "Problem"
