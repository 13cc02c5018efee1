"""The outcome of the local rules for one claim, the same shape on every platform."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimdesk.domain.issues import Issue
from claimdesk.domain.validation import Value


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    issues: tuple[Issue, ...]
    values: dict[str, Value]
    # What the claim should earn, where the platform has points (MyRewards); else None.
    estimated_points: int | None = None
    # Facts worth showing beside the form, e.g. "Creates items that Claret lacks".
    notes: tuple[str, ...] = field(default=())
    # Said beside the estimated points, e.g. MyRewards' "counts toward the minimum of 2".
    points_note: str = ""

    @property
    def ok(self) -> bool:
        return not self.issues

    def issues_for(self, name: str) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.field == name)


def in_form_order(issues: list[Issue], names: tuple[str, ...]) -> tuple[Issue, ...]:
    """Issues sorted as the form shows its fields; record-level issues last."""
    if not issues:  # most rows: nothing to sort
        return ()
    order = {name: i for i, name in enumerate(names)}
    return tuple(sorted(issues, key=lambda i: order.get(i.field or "", len(order))))
