"""Many rows checked at once with the same rules as the form: each row's own rules, then
the rules that look across rows (Peak: a primary key repeated within one batch)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from claimdesk.domain.checks import ClaimCheck
from claimdesk.service.platform import LoadedForm, PlatformService


def check_rows(
    service: PlatformService, form: LoadedForm, rows: Sequence[Mapping[str, object]]
) -> list[ClaimCheck]:
    """One check per row, in order: the same answers as ``service.check`` row by row, plus
    any batch-level issue the platform knows (``capabilities.batch_rules``)."""
    return service.check_rows(form, rows)
