"""Many rows checked at once with the same rules as the form: each row's own rules, then
the rules that look across rows (Peak: a primary key repeated within one batch)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from claimdesk.domain.checks import ClaimCheck
from claimdesk.service.platform import LoadedForm


def check_rows(
    service: Any, form: LoadedForm, rows: Sequence[Mapping[str, object]]
) -> list[ClaimCheck]:
    """One check per row, in order: the same answers as ``service.check`` row by row, plus
    any batch-level issue the platform's service knows (its own ``check_rows``)."""
    batch = getattr(service, "check_rows", None)
    if batch is not None:
        checks: list[ClaimCheck] = batch(form, rows)
        return checks
    check = service.check
    return [check(form, row) for row in rows]
