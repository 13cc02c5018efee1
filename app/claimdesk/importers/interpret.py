"""Dates and numbers as people type them in spreadsheets, read once per column.

Choices: as typed, ignoring case ("bob" is Bob).

Dates: ISO (2026-04-03) always; numeric day/month/year in the order of the user's locale
(03/04/2026, 3.4.26, 03-04-2026); year/month/day with slashes; and Excel serial day
numbers (45385) that a CSV export of a date cell sometimes leaves behind. The order is
decided per column: a value that fits only one order (25/03/2026) settles it; when every
value fits both, the locale decides and the reading is marked ambiguous, so the window can
show "03/04/2026 read as 3 April 2026" and let the user switch.

Numbers: a decimal comma (1.234,56) or point (1,234.56), thousands separators (space,
no-break space, apostrophe, or the other mark) removed; "1,234" alone is ambiguous and the
locale decides.

A value that cannot be read is left as typed, so the form's rules report it with its row
and field; nothing here raises.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from claimdesk.domain.fields import Choice, FieldType, FormSchema
from claimdesk.domain.translation import translate
from claimdesk.domain.typed import (
    COMMA,
    DMY,
    ISO,
    MDY,
    NUMERIC,
    POINT,
    YMD,
    column_mark,
    default_decimal,
    default_order,
    fits,
    read_date,
    read_number,
)


def _order_words() -> dict[str, str]:
    return {
        DMY: translate("Import", "day first"),
        MDY: translate("Import", "month first"),
        YMD: translate("Import", "year first"),
    }


_SERIAL = re.compile(r"^\d{5}$")  # Excel day numbers from 1927 to 2173
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_GROUPING = re.compile(r"[\s\u00a0\u202f']")


@dataclass(frozen=True)
class Reading:
    """How one column was read, for the user to see and, when ambiguous, to change."""

    field: str
    kind: str  # "date" | "number"
    choice: str
    alternatives: tuple[str, ...]
    ambiguous: bool
    text: str


def _read_date(text: str, order: str) -> str | None:
    if _SERIAL.match(text):
        return (_EXCEL_EPOCH + dt.timedelta(days=int(text))).isoformat()
    return read_date(text, order)


def _date_column(
    name: str, label: str, texts: list[str], locale_name: str, override: str | None
) -> tuple[dict[str, str], Reading | None]:
    numeric = [t for t in texts if NUMERIC.match(t) and not ISO.match(t)]
    serial = any(_SERIAL.match(t) for t in texts)
    if not numeric and not serial:
        return {}, None
    fitting = [o for o in (DMY, MDY, YMD) if all(fits(t, o) for t in numeric)]
    preferred = default_order(locale_name)
    if override in (DMY, MDY, YMD):
        order, why = override, translate("Import", "as you chose")
    elif preferred in fitting:
        order = preferred
        why = translate("Import", "as in your locale {locale}").format(locale=locale_name)
    elif fitting:
        order, why = fitting[0], translate("Import", "the only order every value fits")
    else:
        order = preferred
        why = translate("Import", "as in your locale {locale}; some values fit no order").format(
            locale=locale_name
        )
    words = _order_words()[order]
    ambiguous = override is None and len(fitting) > 1
    rewritten = {t: iso for t in set(texts) if (iso := _read_date(t, order))}
    example = next((t for t in numeric if t in rewritten), None)
    if example is not None:
        when = dt.date.fromisoformat(rewritten[example])
        shown = f"{when.day} {when:%B %Y}"
        text = translate("Import", "{label}: {example} read as {shown} ({order}, {why})").format(
            label=label, example=example, shown=shown, order=words, why=why
        )
    elif numeric:
        text = translate(
            "Import", "{label}: {example} is no real date, whether day, month or year comes first"
        ).format(label=label, example=numeric[0])
    else:
        text = translate("Import", "{label}: spreadsheet day numbers read as dates").format(
            label=label
        )
    others = tuple(o for o in (DMY, MDY, YMD) if o != order and (o in fitting or not numeric))
    return rewritten, Reading(name, "date", order, others, ambiguous, text)


def _ambiguous_number(text: str) -> bool:
    """'1,234' or '1.234': a thousands group or three decimals, the locale decides."""
    cleaned = _GROUPING.sub("", text).lstrip("+-")
    return bool(re.fullmatch(r"\d{1,3}[.,]\d{3}", cleaned))


def _number_column(
    name: str, label: str, texts: list[str], locale_name: str, override: str | None
) -> tuple[dict[str, str], Reading | None]:
    marked = [t for t in texts if "," in t or "." in t]
    if not any("," in t for t in marked):
        return {}, None  # plain digits and decimal points: nothing to interpret
    evident = column_mark(marked)
    if override in (COMMA, POINT):
        mark, why = override, translate("Import", "as you chose")
    elif evident is not None:  # 676,06 or 1.234,5: only one mark fits the column
        mark, why = evident, translate("Import", "the only mark the values fit")
    else:
        mark = default_decimal(locale_name)
        why = translate("Import", "as in your locale {locale}").format(locale=locale_name)
    # A value's own evidence (1,5 or 1.234,5) wins; the column's mark reads the rest (1,234).
    rewritten = {t: n for t in set(marked) if (n := read_number(t, mark)) is not None}
    ambiguous = override is None and evident is None and any(_ambiguous_number(t) for t in marked)
    example = next((t for t in marked if t in rewritten), marked[0])
    mark_words = (
        translate("Import", "decimal comma")
        if mark == COMMA
        else translate("Import", "decimal point")
    )
    text = translate("Import", "{label}: {example} read as {shown} ({order}, {why})").format(
        label=label,
        example=example,
        shown=rewritten.get(example, example),
        order=mark_words,
        why=why,
    )
    other = (POINT,) if mark == COMMA else (COMMA,)
    return rewritten, Reading(name, "number", mark, other, ambiguous, text)


def _choice_column(choices: tuple[Choice, ...], texts: list[str]) -> dict[str, str]:
    """A choice as typed ignoring case and spaces around it ("bob" is Bob), by its value or
    its label; a text that fits no choice, or two, is left for the rules to report."""
    allowed = {c.value for c in choices}
    found: dict[str, set[str]] = {}
    for choice in choices:
        for said in (choice.value, choice.label):
            if said:
                found.setdefault(said.strip().casefold(), set()).add(choice.value)
    rewritten = {}
    for text in texts:
        if text in allowed:
            continue
        values = found.get(text.strip().casefold(), set())
        if len(values) == 1:
            rewritten[text] = next(iter(values))
    return rewritten


def interpret(
    records: list[dict[str, str]],
    schema: FormSchema,
    locale_name: str,
    overrides: Mapping[str, str] | None = None,
) -> tuple[list[dict[str, str]], list[Reading]]:
    """Records with dates rewritten as ISO and numbers with a decimal point; one Reading per
    date or number column that needed reading. The input is not changed."""
    overrides = overrides or {}
    readings: list[Reading] = []
    changes: dict[str, dict[str, str]] = {}
    for spec in schema:
        if spec.type is FieldType.CHOICE and spec.choices:
            texts = list(dict.fromkeys(t.strip() for r in records if (t := r.get(spec.name))))
            if rewritten_choices := _choice_column(spec.choices, texts):
                changes[spec.name] = rewritten_choices
            continue
        if spec.type is FieldType.DATE:
            reader = _date_column
        elif spec.type in (FieldType.NUMBER, FieldType.INTEGER):
            reader = _number_column
        else:
            continue
        # Each distinct text once, in order of first appearance: a column of 100,000 dates
        # holds a few hundred different ones.
        texts = list(dict.fromkeys(t.strip() for r in records if (t := r.get(spec.name))))
        if not texts:
            continue
        rewritten, reading = reader(
            spec.name, translate("Fields", spec.label), texts, locale_name, overrides.get(spec.name)
        )
        if reading is not None:
            readings.append(reading)
        if rewritten:
            changes[spec.name] = rewritten
    if not changes:
        return [dict(r) for r in records], readings
    out: list[dict[str, str]] = []
    for record in records:
        row = dict(record)
        for name, table in changes.items():
            value = row.get(name)
            if value:
                row[name] = table.get(value.strip(), value)
        out.append(row)
    return out, readings
