"""Reading a big column: each distinct text is read once, and the answer is the same as for
the column's distinct values — every row rewritten, the first text of the file as the
example, an order that fits every value."""

from __future__ import annotations

from claimdesk.domain.fields import FieldSpec, FieldType, FormSchema
from claimdesk.importers.interpret import DMY, MDY, interpret

SCHEMA = FormSchema(
    "t",
    "T",
    (
        FieldSpec("day", "Sale date", FieldType.DATE),
        FieldSpec("value", "Value", FieldType.NUMBER),
    ),
)


def test_a_long_column_of_repeated_texts_reads_like_its_distinct_values() -> None:
    days = ["05/03/2026", "31/03/2026", " 05/03/2026 ", "01/04/2026"]
    values = ["1.234,50", "12,5", "7"]
    rows = [{"day": days[n % 4], "value": values[n % 3]} for n in range(30_000)]
    out, readings = interpret(rows, SCHEMA, "de_DE")
    assert len(out) == 30_000
    assert {r["day"] for r in out} == {"2026-03-05", "2026-03-31", "2026-04-01"}
    assert out[2]["day"] == "2026-03-05"  # padded copy read as the same date
    assert {r["value"] for r in out} == {"1234.50", "12.5", "7"}
    date, number = readings
    assert date.choice == DMY  # 31/03 fits no other order
    assert MDY not in date.alternatives
    assert not date.ambiguous
    assert date.text.startswith("Sale date: 05/03/2026 read as 5 March 2026")
    assert number.text.startswith("Value: 1.234,50 read as 1234.50")
    small, small_readings = interpret(rows[:4], SCHEMA, "de_DE")
    assert small_readings == readings
    assert small == out[:4]
