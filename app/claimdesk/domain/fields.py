"""Field definitions as data: every form, grid column, import mapping and validator
is derived from a ``FormSchema``; adding a platform adds a schema, never a widget."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum


class FieldType(StrEnum):
    TEXT = "text"
    CHOICE = "choice"  # closed list: the answer must be one of ``choices``
    DATE = "date"  # YYYY-MM-DD
    NUMBER = "number"  # a finite decimal number
    INTEGER = "integer"  # a whole number
    BOOLEAN = "boolean"  # yes / no
    TIMESTAMP = "timestamp"  # ISO 8601 date and time with a zone


# The one table of headers offices write for the same thing on every platform; each
# platform's schema builder gives the fitting list to its own field (FieldSpec.synonyms).
# Guess: the words in common use; a platform adds its own where it needs more.
QUANTITY_HEADERS = ("Qty", "Units", "Quantity sold", "No of units", "Number of units")
PRODUCT_HEADERS = (
    "SKU",
    "Ref",
    "Reference",
    "Product code",
    "Product ref",
    "Product reference",
    "Item code",
    "Part number",
)
# A bare "Date" is the sale date only when the file has no other date column.
SALE_DATE_HEADERS = ("Date", "Date of sale", "Sales date")


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    label: str = ""

    @property
    def display(self) -> str:
        return (
            f"{self.value} — {self.label}"
            if self.label and self.label != self.value
            else self.value
        )


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    label: str
    type: FieldType = FieldType.TEXT
    required: bool = False
    position: float = 0.0
    choices: tuple[Choice, ...] = ()
    # Open suggestions (typed values outside them are allowed and checked by rules).
    suggestions: tuple[Choice, ...] = ()
    min_value: int | None = None
    max_value: int | None = None
    max_length: int | None = None
    help: str = ""
    # Headers people write for this field in a spreadsheet besides its name and label
    # ("Qty"), matched ignoring case, spacing and punctuation (importers/mapping.py).
    synonyms: tuple[str, ...] = ()

    @property
    def choice_values(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.choices)


@dataclass(frozen=True)
class FormSchema:
    """An ordered set of fields, keyed by name; order is by ``position``, then name."""

    key: str
    title: str
    fields: tuple[FieldSpec, ...] = ()
    _by_name: dict[str, FieldSpec] = field(init=False, repr=False, compare=False)
    _names: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _hash: int = field(init=False, repr=False, compare=False)

    def __hash__(self) -> int:
        # Cached: validators are cached per schema, and a schema with thousands of
        # suggestions is hashed on every check otherwise.
        return self._hash

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.fields, key=lambda f: (f.position, f.name)))
        names = [f.name for f in ordered]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"field names appear twice: {', '.join(duplicates)}")
        object.__setattr__(self, "fields", ordered)
        object.__setattr__(self, "_by_name", {f.name: f for f in ordered})
        object.__setattr__(self, "_names", tuple(names))
        object.__setattr__(self, "_hash", hash((self.key, self.title, ordered)))

    def __iter__(self) -> Iterator[FieldSpec]:
        return iter(self.fields)

    def __len__(self) -> int:
        return len(self.fields)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def get(self, name: str) -> FieldSpec | None:
        return self._by_name.get(name)

    def label_of(self, name: str | None) -> str:
        spec = self._by_name.get(name) if name else None
        return spec.label if spec else (name or "")

    @property
    def names(self) -> tuple[str, ...]:
        return self._names  # asked for on every row checked: made once

    def with_fields(self, fields: Iterable[FieldSpec]) -> FormSchema:
        return FormSchema(key=self.key, title=self.title, fields=tuple(fields))
