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
from pydantic_core import PydanticCustomError, SchemaValidator
from pydantic_core import ValidationError as CoreValidationError
from pydantic_core import core_schema as cs

from claimdesk.domain.fields import FieldSpec, FieldType, FormSchema
from claimdesk.domain.issues import Issue
from claimdesk.domain.translation import Count, translate

DEFAULT_MAX_TEXT = 255
MAX_DIGITS = 30  # longer numbers are typing accidents, not sales
MAX_MAGNITUDE = Decimal(10) ** 15
# Assumption (no platform documents a precision; Thalamus and MyRewards only say "Decimal"
# / number): at most 15 significant digits, what every JSON reader that parses numbers as
# doubles keeps exactly. A longer number is refused with a field message rather than sent
# rounded (a 29-digit 999999999999999.99999999999999 went out as 1e15).
MAX_SIGNIFICANT = 15

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
        translate(
            "Validation",
            "must be a real date, such as 2026-03-31 or the day, month and year in your "
            "usual order",
        ),
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
    if number != number.to_integral_value() and not _exact_as_json(number):
        raise _fail(
            "too_precise",
            translate(
                "Validation", "has too many digits: at most {digits} significant digits"
            ).format(digits=MAX_SIGNIFICANT),
        )
    return number


def _exact_as_json(number: Decimal) -> bool:
    """At most ``MAX_SIGNIFICANT`` digits, and the float JSON carries gives them back (not
    so for the tiniest, subnormal numbers)."""
    digits = "".join(map(str, number.as_tuple().digits)).strip("0")
    return len(digits) <= MAX_SIGNIFICANT and Decimal(repr(float(number))) == number


def json_number(value: Decimal) -> int | float:
    """A checked decimal as the JSON number the platforms expect, without losing a digit:
    whole numbers as ints; others as the float whose shortest repr (what ``json`` writes)
    is exactly the decimal's digits, which holds for the ≤ 15 significant digits
    ``_to_decimal`` lets through. Raises ValueError rather than send a rounded amount."""
    if value == value.to_integral_value():
        return int(value)
    approximate = float(value)
    if Decimal(repr(approximate)) != value:
        raise ValueError(f"{value} cannot be sent exactly as a JSON number")
    return approximate


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
    """Parse every field of ``raw`` against ``schema``. Unknown keys are ignored.

    Most rows are plain text that is already right ("2026-11-20", "12", "1250.50"): a
    validator compiled into pydantic-core takes those whole, with no Python per field
    (``_fast_validator``). Anything it does not take, the per-field parsers above read,
    and they alone word the problems; both give the same values
    (tests/unit/test_validation_fast.py).
    """
    values = fast_values(schema, raw)
    if values is None:
        return _check_slowly(schema, raw)
    return CheckedValues(values, ())


_last_fast: tuple[FormSchema, SchemaValidator] | None = None


def fast_values(schema: FormSchema, raw: Mapping[str, object]) -> dict[str, Value] | None:
    """The typed values of a row whose every cell is written plainly and breaks no rule of
    its field; None for any other row (``check_values`` then says what is wrong)."""
    global _last_fast
    last = _last_fast  # the schema of the row before, nearly always (one batch, one form)
    if last is not None and last[0] is schema:
        validator = last[1]
    else:
        validator = _fast_validator(schema)
        _last_fast = (schema, validator)
    try:
        values: dict[str, Value] = validator.validate_python(raw)
    except CoreValidationError:
        return None
    return values


def _check_slowly(schema: FormSchema, raw: Mapping[str, object]) -> CheckedValues:
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


# --- the fast path: what the parsers above accept, in its plainest spelling ------------------
# Each pattern admits only text that the field's parser reads the same way (no surrounding
# spaces, ASCII digits, no exponent, …), so a value the fast validator takes equals the
# parser's; everything else goes to the parser. A blank optional cell is None, as there.

_EDGE = r"[^\s\x1c-\x1f\x85\xa0]"  # neither end may be something str.strip() removes
_DAY = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
_CLOCK = r"([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
_ZONE = r"(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])"
_BOOLEAN_WORDS = ("1", "0", "true", "false", "yes", "no", "y", "n", "on", "off")


def _fast_field(spec: FieldSpec) -> cs.CoreSchema:
    bounds = {"ge": spec.min_value, "le": spec.max_value}
    if spec.type is FieldType.TEXT:
        limit = spec.max_length or DEFAULT_MAX_TEXT
        return cs.str_schema(pattern=rf"(?s)^{_EDGE}(.*{_EDGE})?$", max_length=limit)
    if spec.type is FieldType.CHOICE:
        plain = [c for c in spec.choice_values if c and c == c.strip()]
        return cs.literal_schema(plain) if plain else cs.none_schema()
    if spec.type is FieldType.DATE:
        return cs.chain_schema([cs.str_schema(pattern=f"^{_DAY}$"), cs.date_schema()])
    if spec.type is FieldType.NUMBER:
        text = cs.str_schema(pattern=r"^-?[0-9]{1,15}(\.[0-9]{1,14})?$", max_length=MAX_DIGITS)
        return cs.chain_schema([text, cs.decimal_schema(**bounds)])  # type: ignore[arg-type]
    if spec.type is FieldType.INTEGER:
        text = cs.str_schema(pattern=r"^-?[0-9]{1,15}$")
        return cs.chain_schema([text, cs.int_schema(**bounds)])  # type: ignore[arg-type]
    if spec.type is FieldType.BOOLEAN:
        words = cs.str_schema(pattern="^(" + "|".join(_BOOLEAN_WORDS) + ")$")
        return cs.chain_schema([words, cs.bool_schema()])
    if spec.type is FieldType.TIMESTAMP:
        text = cs.str_schema(pattern=f"^{_DAY}T{_CLOCK}{_ZONE}$")
        return cs.chain_schema([text, cs.datetime_schema(tz_constraint="aware")])
    raise AssertionError(spec.type)


def _blank(_text: str) -> None:
    return None


_BLANK = cs.chain_schema([cs.literal_schema([""]), cs.no_info_plain_validator_function(_blank)])


@lru_cache(maxsize=64)
def _fast_validator(schema: FormSchema) -> SchemaValidator:
    fields = {}
    for spec in schema:
        field = _fast_field(spec)
        if not spec.required:  # absent, None or "": None, like the parsers
            either = cs.union_schema([_BLANK, field], mode="left_to_right")
            field = cs.with_default_schema(cs.nullable_schema(either), default=None)
        fields[spec.name] = cs.typed_dict_field(field, required=spec.required)
    return SchemaValidator(cs.typed_dict_schema(fields, extra_behavior="ignore"))


def _parse_alone(schema: FormSchema, name: str, raw: object) -> Value:
    spec = schema.get(name)
    assert spec is not None
    parser = _PARSERS[spec.type][1](spec)
    value: Value = parser(raw)
    return value
