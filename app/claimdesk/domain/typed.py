"""Dates and numbers as people type them: one reader for the claim form, the batch grid's
cells, pasted rows and imported files (importers/interpret.py reads whole columns with it).

Dates: ISO (2026-11-20) always; numeric day/month/year in the order of the user's locale
(20/11/2026, 20.11.26, 11/20/2026 in the US); `today` / `t` (and the Spanish `hoy`); `+N` /
`-N` days from today. Numbers: the decimal mark the value itself shows (a comma followed by
one or two, or four or more, digits can only be decimal; `1.234,5` and `1,234.5` settle it
too), else the locale's; grouping by the other mark, spaces or apostrophes.

Everything returns the value as the platform wants it (ISO date, decimal point, no grouping)
or None when it cannot be read, so the rules report the typed text; nothing here raises.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Mapping

from claimdesk.domain.fields import FieldType, FormSchema

DMY, MDY, YMD = "DMY", "MDY", "YMD"
COMMA, POINT = "decimal comma", "decimal point"

# Locales that write the month first (CLDR short date patterns M/d/y).
_MONTH_FIRST = frozenset(
    {"en_US", "en_PH", "en_BZ", "en_AS", "en_GU", "en_MP", "en_PR", "en_UM", "en_VI", "es_US"}
)
# Languages whose decimal mark is a point (the rest of Europe and Latin America use a comma).
_DECIMAL_POINT = frozenset({"en", "ja", "zh", "ko", "he", "th", "hi", "ms", "fil", "ga", "mt"})
ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
NUMERIC = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{2,4})$")
_RELATIVE = re.compile(r"^([+-])\s*(\d{1,4})$")
_TODAY_WORDS = frozenset({"today", "t", "hoy"})
_GROUPING = re.compile(r"[\s\u00a0\u202f']")


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


def make_date(year: int, month: int, day: int) -> dt.date | None:
    if 1 <= month <= 12 and year and 1 <= day <= calendar.monthrange(max(year, 1), month)[1]:
        return dt.date(year, month, day)
    return None


def fits(text: str, order: str) -> dt.date | None:
    """The date `text` (numeric, day/month/year in some order) is in `order`, or None."""
    match = NUMERIC.match(text)
    if not match:
        return None
    a, b, c = match.groups()
    if order == YMD:
        return make_date(int(a), int(b), int(c)) if len(a) == 4 else None
    if len(a) > 2:
        return None
    day, month = (int(a), int(b)) if order == DMY else (int(b), int(a))
    return make_date(_year(c), month, day)


def read_date(text: str, order: str, today: dt.date | None = None) -> str | None:
    """`text` as an ISO date: ISO, numeric in `order`, a word for today, ±N days."""
    text = text.strip()
    iso = ISO.match(text)
    if iso:
        made = make_date(*(int(g) for g in iso.groups()))
        return made.isoformat() if made else None
    if today is not None:
        if text.casefold() in _TODAY_WORDS:
            return today.isoformat()
        relative = _RELATIVE.match(text)
        if relative:
            days = int(relative.group(2)) * (-1 if relative.group(1) == "-" else 1)
            return (today + dt.timedelta(days=days)).isoformat()
    made = fits(text, order)
    return made.isoformat() if made else None


def evident_mark(text: str) -> str | None:
    """The decimal mark `text` can only have been written with, or None when it could be
    either (`1,234`) or shows none."""
    cleaned = _GROUPING.sub("", text).lstrip("+-")
    if "," in cleaned and "." in cleaned:
        return COMMA if cleaned.rfind(",") > cleaned.rfind(".") else POINT
    for mark, name in ((",", COMMA), (".", POINT)):
        if cleaned.count(mark) == 1:
            after = cleaned.rpartition(mark)[2]
            if after.isdigit() and len(after) != 3:
                return name
        elif cleaned.count(mark) > 1:  # 1.234.567: only grouping repeats
            return POINT if mark == "," else COMMA
    return None


def column_mark(texts: Iterable[str]) -> str | None:
    """The decimal mark a column's values show, when they show one and agree."""
    marks = {m for t in texts if (m := evident_mark(t))}
    return marks.pop() if len(marks) == 1 else None


def read_number(text: str, mark: str) -> str | None:
    """`text` with a decimal point and no grouping, read with decimal `mark` (unless the
    value shows the other one); None when it is no number written that way."""
    cleaned = _GROUPING.sub("", text.strip())
    if not cleaned:
        return None
    sign = ""
    if cleaned[:1] in "+-":
        sign, cleaned = cleaned[0], cleaned[1:]
    mark = evident_mark(cleaned) or mark
    decimal = "," if mark == COMMA else "."
    group = "." if decimal == "," else ","
    whole, _, fraction = cleaned.rpartition(decimal) if decimal in cleaned else (cleaned, "", "")
    parts = whole.split(group)
    if len(parts) > 1 and not (1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])):
        return None  # "1,23,4" is no number: leave it for the rules to report
    digits = "".join(parts)
    if not digits.isdigit() or (fraction and not fraction.isdigit()):
        return None
    return f"{sign}{digits}.{fraction}" if fraction else f"{sign}{digits}"


def read_value(
    kind: FieldType, text: str, locale_name: str, today: dt.date | None = None
) -> str | None:
    """One typed value (a form field, a grid cell) as the platform wants it, or None when
    there is nothing to rewrite or it cannot be read."""
    if kind is FieldType.DATE:
        read = read_date(text, default_order(locale_name), today)
    elif kind in (FieldType.NUMBER, FieldType.INTEGER):
        read = read_number(text, default_decimal(locale_name))
    else:
        return None
    return read if read is not None and read != text else None


def read_typed(
    schema: FormSchema,
    values: Mapping[str, str],
    locale_name: str,
    today: dt.date | None = None,
) -> dict[str, str]:
    """`values` with every date and number field read (`read_value`); others as typed."""
    out = dict(values)
    for spec in schema:
        text = values.get(spec.name)
        if text and (read := read_value(spec.type, text, locale_name, today)) is not None:
            out[spec.name] = read
    return out
