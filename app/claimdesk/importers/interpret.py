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

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from claimdesk.domain.fields import Choice, FieldType, FormSchema
from claimdesk.domain.translation import translate

DMY, MDY, YMD = "DMY", "MDY", "YMD"
COMMA, POINT = "decimal comma", "decimal point"


def _order_words() -> dict[str, str]:
    return {
        DMY: translate("Import", "day first"),
        MDY: translate("Import", "month first"),
        YMD: translate("Import", "year first"),
    }


# Locales that write the month first (CLDR short date patterns M/d/y).
_MONTH_FIRST = frozenset(
    {"en_US", "en_PH", "en_BZ", "en_AS", "en_GU", "en_MP", "en_PR", "en_UM", "en_VI", "es_US"}
)
# Languages whose decimal mark is a point (the rest of Europe and Latin America use a comma).
_DECIMAL_POINT = frozenset({"en", "ja", "zh", "ko", "he", "th", "hi", "ms", "fil", "ga", "mt"})
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{2,4})$")
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


def default_order(locale_name: str) -> str:
    return MDY if _base(locale_name) in _MONTH_FIRST else DMY


def default_decimal(locale_name: str) -> str:
    language = _base(locale_name).split("_")[0].lower()
    return POINT if language in _DECIMAL_POINT or not language else COMMA


def _base(locale_name: str) -> str:
    return locale_name.split(".")[0].split("@")[0].replace("-", "_")


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) <= 2 else year


def _make(year: int, month: int, day: int) -> dt.date | None:
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(max(year, 1), month)[1] and year:
        return dt.date(year, month, day)
    return None


def _fits(text: str, order: str) -> dt.date | None:
    match = _NUMERIC.match(text)
    if not match:
        return None
    a, b, c = match.groups()
    if order == YMD:
        return _make(int(a), int(b), int(c)) if len(a) == 4 else None
    if len(a) > 2:
        return None
    day, month = (int(a), int(b)) if order == DMY else (int(b), int(a))
    return _make(_year(c), month, day)


def _read_date(text: str, order: str) -> str | None:
    iso = _ISO.match(text)
    if iso:
        made = _make(*(int(g) for g in iso.groups()))
        return made.isoformat() if made else None
    if _SERIAL.match(text):
        return (_EXCEL_EPOCH + dt.timedelta(days=int(text))).isoformat()
    made = _fits(text, order)
    return made.isoformat() if made else None


def _date_column(
    name: str, label: str, texts: list[str], locale_name: str, override: str | None
) -> tuple[dict[str, str], Reading | None]:
    numeric = [t for t in texts if _NUMERIC.match(t) and not _ISO.match(t)]
    serial = any(_SERIAL.match(t) for t in texts)
    if not numeric and not serial:
        return {}, None
    fitting = [o for o in (DMY, MDY, YMD) if all(_fits(t, o) for t in numeric)]
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


def _read_number(text: str, mark: str) -> str | None:
    cleaned = _GROUPING.sub("", text)
    if cleaned.count(",") + cleaned.count(".") == 0:
        return None  # nothing to rewrite
    sign = ""
    if cleaned[:1] in "+-":
        sign, cleaned = cleaned[0], cleaned[1:]
    decimal = "," if mark == COMMA else "."
    group = "." if decimal == "," else ","
    if "," in cleaned and "." in cleaned:  # both marks: the last one is the decimal mark
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        group = "." if decimal == "," else ","
    whole, _, fraction = cleaned.rpartition(decimal) if decimal in cleaned else (cleaned, "", "")
    if decimal not in cleaned:
        whole, fraction = cleaned, ""
    parts = whole.split(group)
    if len(parts) > 1 and not (1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])):
        return None  # "1,23,4" is no number: leave it for the rules to report
    digits = "".join(parts)
    if not digits.isdigit() or (fraction and not fraction.isdigit()):
        return None
    return f"{sign}{digits}.{fraction}" if fraction else f"{sign}{digits}"


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
    mark = override if override in (COMMA, POINT) else default_decimal(locale_name)
    rewritten = {t: n for t in set(marked) if (n := _read_number(t, mark)) is not None}
    ambiguous = override is None and any(_ambiguous_number(t) for t in marked)
    example = next((t for t in marked if t in rewritten), marked[0])
    why = (
        translate("Import", "as you chose")
        if override in (COMMA, POINT)
        else translate("Import", "as in your locale {locale}").format(locale=locale_name)
    )
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
