"""Validate 100,000 MyRewards claim rows (promotion 36 of the demo data: its six data fields
and reward points) with ``claimdesk.service.checking.check_rows`` — the grid's and the
command line's path, every local rule included — against raw pydantic: a model of the same
fields with plain types (date, int, Decimal, str), ``TypeAdapter(list[Model]).validate_python``
on the same rows, in one process. Target: ≤ 1.5×.

    python -m tests.benchmarks.bench_validate [--quick]
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from decimal import Decimal
from typing import Any

from pydantic import ConfigDict, TypeAdapter, create_model

from claimdesk.domain.fields import FieldType, FormSchema
from tests.benchmarks.common import Row, best, main

PLAIN_TYPES: dict[FieldType, Any] = {
    FieldType.TEXT: str,
    FieldType.CHOICE: str,
    FieldType.DATE: dt.date,
    FieldType.NUMBER: Decimal,
    FieldType.INTEGER: int,
    FieldType.BOOLEAN: bool,
    FieldType.TIMESTAMP: dt.datetime,
}


def plain_adapter(schema: FormSchema) -> TypeAdapter[Any]:
    """The bare baseline: the schema's fields as plain pydantic types, nothing more."""
    definitions: dict[str, Any] = {}
    for spec in schema:
        kind = PLAIN_TYPES[spec.type]
        definitions[spec.name] = (kind, ...) if spec.required else (kind | None, None)
    model = create_model("Plain", __config__=ConfigDict(str_strip_whitespace=True), **definitions)
    return TypeAdapter(list[model])  # type: ignore[valid-type]


def demo_form() -> tuple[Any, Any]:
    """The service and loaded form of promotion 36, fetched once from the sandbox."""
    from claimdesk.sandbox.server import SandboxServer
    from claimdesk.service.workspace import training_connection

    with SandboxServer() as server:
        connection = training_connection(server.base_url, "myrewards")
        service = connection.service
        target = next(t for t in service.targets() if t.key == "36")
        form = service.load_form(target)
    return service, form


def rows(form: Any, count: int) -> list[dict[str, str]]:
    """Valid rows of the demo promotion, every 100th with two broken cells."""
    today = dt.date.today()
    references = [
        rp.reference
        for rp in form.context.reward_points
        if rp.active
        and (rp.sale_date_from or today) <= today <= (rp.sale_date_to or today)
        and rp.quantity == 1
    ]
    made = []
    for n in range(count):
        row = {
            "sale_date": (today - dt.timedelta(days=n % 20)).isoformat(),
            "product_or_activity_ref": references[n % len(references)],
            "quantity": str(1 + n % 4),
            "username": "demo.rep",
        }
        for spec in form.schema:
            if spec.name in row:
                continue
            if spec.type is FieldType.DATE:
                row[spec.name] = today.isoformat()
            elif spec.type is FieldType.CHOICE:
                row[spec.name] = spec.choice_values[n % len(spec.choice_values)]
            elif spec.type in (FieldType.NUMBER, FieldType.INTEGER):
                row[spec.name] = str(100 + n % 900)
            elif spec.name != "user_id":
                row[spec.name] = f"INV-{n:06}"
        if n % 100 == 99:
            row["quantity"], row["sale_date"] = "0", "31/02/2026"
        made.append(row)
    return made


def measure(quick: bool) -> list[Row]:
    from claimdesk.service.checking import check_rows

    count = 2_000 if quick else 100_000
    runs = 1 if quick else 5
    service, form = demo_form()
    data = rows(form, count)
    adapter = plain_adapter(form.schema)
    check_rows(service, form, data[:100])  # warm: the validator is built once per schema
    ours, bare = [], []
    for _ in range(runs):
        started = time.perf_counter()
        with contextlib.suppress(ValueError):  # the broken rows fail here too, work done
            adapter.validate_python(data)
        bare.append(time.perf_counter() - started)
        started = time.perf_counter()
        checks = check_rows(service, form, data)
        ours.append(time.perf_counter() - started)
        assert sum(1 for c in checks if not c.ok) == count // 100
    return [
        Row(
            f"validate {count:,} claim rows",
            best(ours),
            "s",
            best(bare),
            "pydantic TypeAdapter(list[Model])",
            max_ratio=1.5,
            note=f"check_rows on MyRewards promotion 36 ({len(form.schema)} fields; every "
            "rule: types, required, username or user ID, reward point active and in its "
            "dates, quantity, estimated points; 1 row in 100 broken) against a plain pydantic "
            f"model of the same fields on the same rows; fastest of {runs} runs each.",
        )
    ]


if __name__ == "__main__":
    raise SystemExit(main(measure))
