"""Turn raw text (from a form, a grid cell or a file) into typed values with a pydantic
model built from a ``FormSchema``; every failure becomes an ``Issue`` with a plain message."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError, create_model
from pydantic_core import PydanticCustomError

from claimdesk.domain.fields import FieldSpec, FieldType, FormSchema
from claimdesk.domain.issues import Issue
from claimdesk.domain.translation import Count, translate

DEFAULT_MAX_TEXT = 255
MAX_DIGITS = 30  # longer numbers are typing accidents, not sales
MAX_MAGNITUDE = Decimal(10) ** 15

Value = str | int | bool | Decimal | dt.date | dt.datetime | None

_TRUE = frozenset({"1", "true", "yes", "y", "on"})
_FALSE = frozenset({"0", "false", "no", "n", "off"})


def _fail(code: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(code, message)


def _clean(raw: object) -> object:
    """Trim text; treat blank as absent."""
    if isinstance(raw, str):
        raw = raw.strip()
        return raw or None
    return raw


def _parse_text(spec: FieldSpec) -> Callable[[object], str | None]:
    limit = spec.max_length or DEFAULT_MAX_TEXT

    def parse(raw: object) -> str | None:
        value = _clean(raw)
        if value is None:
            return None
        text = str(value)
        if len(text) > limit:
            raise _fail(
                "too_long",
                translate(
                    "Validation", "must be at most {limit} characters (it has {length})"
                ).format(limit=limit, length=len(text)),
            )
        return text

    return parse


def _parse_choice(spec: FieldSpec) -> Callable[[object], str | None]:
    allowed = spec.choice_values

    def parse(raw: object) -> str | None:
        value = _clean(raw)
        if value is None:
            return None
        text = str(value)
        if text not in allowed:
            raise _fail(
                "not_a_choice",
                translate("Validation", "must be one of: {choices}").format(
                    choices=", ".join(allowed)
                ),
            )
        return text

    return parse


def _parse_date(spec: FieldSpec) -> Callable[[object], dt.date | None]:
    def parse(raw: object) -> dt.date | None:
        value = _clean(raw)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value)) if len(str(value)) == 10 else _bad_date()
        except ValueError:
            return _bad_date()

    return parse


def _parse_timestamp(spec: FieldSpec) -> Callable[[object], dt.datetime | None]:
    def parse(raw: object) -> dt.datetime | None:
        message = translate(
            "Validation", "must be a date and time with its zone, for example 2025-01-28T14:30:00Z"
        )
        value = _clean(raw)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            stamp = value
        else:
            text = str(value)
            if len(text) < 16 or text[10] not in "Tt":
                raise _fail("not_a_timestamp", message)
            try:
                stamp = dt.datetime.fromisoformat(text)
            except ValueError:
                raise _fail("not_a_timestamp", message) from None
        if stamp.tzinfo is None:
            raise _fail(
                "timestamp_without_zone",
                translate(
                    "Validation", "needs its time zone, for example 2025-01-28T14:30:00Z or +01:00"
                ),
            )
        return stamp

    return parse


def _parse_boolean(spec: FieldSpec) -> Callable[[object], bool | None]:
    def parse(raw: object) -> bool | None:
        value = _clean(raw)
        if value is None or isinstance(value, bool):
            return value
        text = str(value).casefold()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise _fail("not_a_boolean", translate("Validation", "must be yes or no (1 or 0)"))

    return parse


def _bad_date() -> dt.date:
    raise _fail(
        "not_a_date",
        translate("Validation", "must be a date written YYYY-MM-DD, for example 2026-03-31"),
    )


def _to_decimal(value: object) -> Decimal:
    if isinstance(value, bool):
        raise InvalidOperation
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail("not_finite", translate("Validation", "must be a finite number"))
        return Decimal(repr(value))
    text = str(value).replace(" ", "").replace("\u00a0", "")
    if len(text) > MAX_DIGITS:
        raise _fail(
            "too_large",
            translate("Validation", "is too long a number (at most {digits} characters)").format(
                digits=MAX_DIGITS
            ),
        )
    number = Decimal(text)
    if not number.is_finite():
        raise _fail("not_finite", translate("Validation", "must be a finite number"))
    if abs(number) >= MAX_MAGNITUDE:
        raise _fail(
            "too_large",
            translate("Validation", "is too large a number (at most 15 digits before the point)"),
        )
    return number


def _parse_number(spec: FieldSpec) -> Callable[[object], Decimal | None]:
    def parse(raw: object) -> Decimal | None:
        value = _clean(raw)
        if value is None:
            return None
        try:
            number = _to_decimal(value)
        except InvalidOperation:
            raise _fail(
                "not_a_number", translate("Validation", "must be a number, for example 1250.50")
            ) from None
        _check_bounds(spec, number, "")
        return number

    return parse


def _parse_integer(spec: FieldSpec) -> Callable[[object], int | None]:
    def parse(raw: object) -> int | None:
        value = _clean(raw)
        if value is None:
            return None
        expected = _whole_number_message(spec)
        try:
            number = _to_decimal(value)
        except InvalidOperation:
            raise _fail("not_a_whole_number", expected) from None
        if number != number.to_integral_value():
            raise _fail("not_a_whole_number", expected)
        _check_bounds(spec, number, expected)
        return int(number)

    return parse


def _whole_number_message(spec: FieldSpec) -> str:
    if spec.min_value is not None and spec.max_value is not None:
        return translate("Validation", "must be a whole number from {low:,} to {high:,}").format(
            low=Count(spec.min_value), high=Count(spec.max_value)
        )
    if spec.min_value is not None:
        return translate("Validation", "must be a whole number ≥ {low:,}").format(
            low=Count(spec.min_value)
        )
    return translate("Validation", "must be a whole number")


def _check_bounds(spec: FieldSpec, number: Decimal, message: str) -> None:
    if spec.min_value is not None and number < spec.min_value:
        raise _fail(
            "too_small",
            message or translate("Validation", "must be at least {low}").format(low=spec.min_value),
        )
    if spec.max_value is not None and number > spec.max_value:
        raise _fail(
            "too_large",
            message
            or translate("Validation", "must be at most {high}").format(high=spec.max_value),
        )


_PARSERS: dict[FieldType, tuple[Any, Callable[[FieldSpec], Callable[[object], Any]]]] = {
    FieldType.TEXT: (str, _parse_text),
    FieldType.CHOICE: (str, _parse_choice),
    FieldType.DATE: (dt.date, _parse_date),
    FieldType.NUMBER: (Decimal, _parse_number),
    FieldType.INTEGER: (int, _parse_integer),
    FieldType.BOOLEAN: (bool, _parse_boolean),
    FieldType.TIMESTAMP: (dt.datetime, _parse_timestamp),
}


def _required(value: object) -> object:
    if value is None:
        raise _fail("required", translate("Validation", "is required"))
    return value


def build_model(schema: FormSchema) -> type[BaseModel]:
    """A pydantic model whose fields are the schema's, each parsing raw text."""
    return _build_model_cached(schema)


@lru_cache(maxsize=64)
def _build_model_cached(schema: FormSchema) -> type[BaseModel]:
    definitions: dict[str, Any] = {}
    for spec in schema:
        python_type, parser_factory = _PARSERS[spec.type]
        validators: list[Any] = [BeforeValidator(parser_factory(spec))]
        if spec.required:
            # Runs after the parser (Before validators run last-to-first), so blank
            # text that parsed to None is reported as missing.
            validators.insert(0, BeforeValidator(_required))
        annotated = Annotated[python_type | None, *validators]  # type: ignore[valid-type]
        definitions[spec.name] = (annotated, None)
    model: type[BaseModel] = create_model(
        "Record_" + "".join(c if c.isalnum() else "_" for c in schema.key),
        __config__=ConfigDict(extra="ignore", frozen=True),
        **definitions,
    )
    return model


@dataclass(frozen=True, slots=True)
class CheckedValues:
    """Typed values of the fields that parsed, and the issues of those that did not."""

    values: dict[str, Value]
    issues: tuple[Issue, ...]

    @property
    def ok(self) -> bool:
        return not self.issues


def check_values(schema: FormSchema, raw: Mapping[str, object]) -> CheckedValues:
    """Parse every field of ``raw`` against ``schema``. Unknown keys are ignored."""
    model = build_model(schema)
    data = {name: raw.get(name) for name in schema.names}
    try:
        record = model.model_validate(data)
    except ValidationError as error:
        issues: list[Issue] = []
        failed: set[str] = set()
        for item in error.errors(include_url=False, include_input=False):
            name = str(item["loc"][0]) if item["loc"] else None
            if name is not None:
                failed.add(name)
            issues.append(Issue(name, item["type"], item["msg"]))
        # Fields that did parse are still worth having (cross-field rules use them).
        partial = {n: _parse_alone(schema, n, data[n]) for n in schema.names if n not in failed}
        return CheckedValues(partial, tuple(issues))
    return CheckedValues(dict(record), ())


def _parse_alone(schema: FormSchema, name: str, raw: object) -> Value:
    spec = schema.get(name)
    assert spec is not None
    parser = _PARSERS[spec.type][1](spec)
    value: Value = parser(raw)
    return value
