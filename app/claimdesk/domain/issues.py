"""A broken rule is a value, rendered the same way by the form, the grid and the CLI."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem with one field (or with the whole record when ``field`` is None).

    ``message`` is written to follow the field's label: "Quantity" + "must be a whole
    number ≥ 1".
    """

    field: str | None
    code: str
    message: str

    def describe(self, label: str | None = None) -> str:
        """A sentence that names the field, for places that show issues out of context."""
        if self.field is None:
            return self.message
        return f"{label or self.field}: {self.message}"
