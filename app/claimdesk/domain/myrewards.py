"""MyRewards performance: promotions, data fields and reward points as typed models, the
claim form built from them, the local rules of DESIGN.md, and the estimated points."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import replace
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from claimdesk.domain.checks import ClaimCheck, in_form_order
from claimdesk.domain.fields import (
    PRODUCT_HEADERS,
    QUANTITY_HEADERS,
    SALE_DATE_HEADERS,
    Choice,
    FieldSpec,
    FieldType,
    FormSchema,
)
from claimdesk.domain.issues import Issue
from claimdesk.domain.translation import QT_TRANSLATE_NOOP, translate
from claimdesk.domain.validation import Value, check_values, fast_values, json_number

PLATFORM = "myrewards"
DATA_UPLOAD = "data_upload"
_PROMOTION_TYPE_NAMES = {
    "self_claim": QT_TRANSLATE_NOOP("MyRewards", "self claim"),
    "allocated_claims": QT_TRANSLATE_NOOP("MyRewards", "allocated claims"),
}


class Promotion(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    id: int
    name: str
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    close_date: dt.date | None = None
    status: Literal["not_active", "active", "archived"] | str = "active"
    promotion_type: str | None = None
    # The vendor's list answer has no returns flag (DESIGN.md, "MyRewards, more"): this is
    # only ever what ClaimDesk has learnt, never read from the server.
    returns_enabled: bool = Field(
        default=False, exclude=True, validation_alias="claimdesk_learnt_returns_enabled"
    )

    @property
    def takes_sales_data(self) -> bool:
        """Sales data may be sent to ``data_upload`` promotions only (DESIGN.md)."""
        return self.promotion_type == DATA_UPLOAD

    def unavailable_reason(self) -> str:
        """Why claims cannot be entered for this promotion, or "" when they can."""
        if self.takes_sales_data:
            return ""
        if self.promotion_type is None:
            # Guess: a promotion whose type the server does not give (the docs say it always
            # does) is offered; should it take no sales data, the server's refusal speaks.
            return ""
        return translate(
            "MyRewards",
            "{kind} promotions do not take sales data; only data upload promotions do",
        ).format(kind=_promotion_type_name(self.promotion_type))


def _promotion_type_name(promotion_type: str) -> str:
    name = _PROMOTION_TYPE_NAMES.get(promotion_type)
    return translate("MyRewards", name) if name else promotion_type


DataFieldType = Literal["list_values", "date", "free_text", "numeric"]


class DataField(BaseModel):
    """One custom data field of a promotion, as the platform defines it."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: int | None = None
    promotion_id: int | None = None
    name: str
    label: str
    mandatory: bool = False
    field_type: DataFieldType
    answers: str | None = None
    position: int = 0

    @property
    def answer_list(self) -> tuple[str, ...]:
        """``answers`` is one string with one choice per line (CR/LF, LF or CR)."""
        return tuple(a.strip() for a in (self.answers or "").splitlines() if a.strip())


class RewardPoint(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    id: int
    promotion_id: int | None = None
    name: str = ""
    type: str = "product"
    reference: str
    active: bool = False
    quantity: int = Field(ge=1)
    points_per_quantity: int = Field(ge=0)
    sale_date_from: dt.date | None = None
    sale_date_to: dt.date | None = None
    user_groups: tuple[int, ...] = ()
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    @field_validator("user_groups", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return () if value is None else value

    def covers(self, sale_date: dt.date) -> bool:
        after_start = self.sale_date_from is None or self.sale_date_from <= sale_date
        before_end = self.sale_date_to is None or sale_date <= self.sale_date_to
        return after_start and before_end

    def window_text(self) -> str:
        start = (
            self.sale_date_from.isoformat()
            if self.sale_date_from
            else translate("MyRewards", "the start")
        )
        end = (
            self.sale_date_to.isoformat()
            if self.sale_date_to
            else translate("MyRewards", "no end date")
        )
        return translate("MyRewards", "{start} to {end}").format(start=start, end=end)


# --- the claim form ---------------------------------------------------------------------

_FIELD_TYPES: dict[str, FieldType] = {
    "list_values": FieldType.CHOICE,
    "date": FieldType.DATE,
    "free_text": FieldType.TEXT,
    "numeric": FieldType.NUMBER,
}

SALE_DATE = "sale_date"
SKU = "product_or_activity_ref"
QUANTITY = "quantity"
USERNAME = "username"
USER_ID = "user_id"
RETURNS_IDENTIFIER = "returns_identifier"
MAX_QUANTITY = 1_000_000  # a claim of a million units is a typing slip, not a sale
MAX_USER_ID = 2**31 - 1

# Standard attributes of every claim, before the promotion's own fields (which have
# positions 0, 1, ...). A data field with one of these names is the same key: it keeps
# the standard meaning and type, and takes the promotion's label, order and mandatory flag.
_STANDARD: tuple[FieldSpec, ...] = (
    FieldSpec(
        SALE_DATE,
        QT_TRANSLATE_NOOP("Fields", "Sale date"),
        FieldType.DATE,
        required=True,
        position=-5,
        help=QT_TRANSLATE_NOOP("Fields", "The day of the sale, YYYY-MM-DD."),
        synonyms=SALE_DATE_HEADERS,
    ),
    FieldSpec(
        SKU,
        QT_TRANSLATE_NOOP("Fields", "Product or activity ref"),
        FieldType.TEXT,
        required=True,
        position=-4,
        help=QT_TRANSLATE_NOOP(
            "Fields", "The reward point reference (SKU) the sale claims against."
        ),
        synonyms=PRODUCT_HEADERS,
    ),
    FieldSpec(
        QUANTITY,
        QT_TRANSLATE_NOOP("Fields", "Quantity"),
        FieldType.INTEGER,
        required=True,
        position=-3,
        min_value=1,
        max_value=MAX_QUANTITY,
        help=QT_TRANSLATE_NOOP("Fields", "Units sold, a whole number."),
        synonyms=QUANTITY_HEADERS,
    ),
    FieldSpec(
        USERNAME,
        QT_TRANSLATE_NOOP("Fields", "Username"),
        FieldType.TEXT,
        position=-2,
        help=QT_TRANSLATE_NOOP("Fields", "Username or email of the person earning the points."),
    ),
    FieldSpec(
        USER_ID,
        QT_TRANSLATE_NOOP("Fields", "User ID"),
        FieldType.INTEGER,
        position=-1,
        min_value=1,
        max_value=MAX_USER_ID,
        help=QT_TRANSLATE_NOOP("Fields", "MyRewards user ID, instead of a username."),
    ),
)
_STANDARD_BY_NAME = {f.name: f for f in _STANDARD}


def _custom_spec(field: DataField) -> FieldSpec:
    field_type = _FIELD_TYPES[field.field_type]
    return FieldSpec(
        name=field.name,
        label=field.label.strip() or field.name,
        type=field_type,
        required=field.mandatory,
        position=field.position,
        choices=tuple(Choice(a) for a in field.answer_list)
        if field_type is FieldType.CHOICE
        else (),
    )


def _merged_spec(standard: FieldSpec, field: DataField) -> FieldSpec:
    return replace(
        standard,
        label=field.label.strip() or standard.label,
        required=standard.required or field.mandatory,
        position=field.position,
    )


def sku_suggestions(reward_points: Iterable[RewardPoint], on: dt.date) -> tuple[Choice, ...]:
    """References a rep can claim today, for the SKU picker."""
    usable = {rp.reference: rp.name for rp in reward_points if rp.active and rp.covers(on)}
    return tuple(Choice(ref, name) for ref, name in sorted(usable.items()))


def build_claim_schema(
    promotion: Promotion,
    data_fields: Sequence[DataField],
    reward_points: Iterable[RewardPoint] = (),
    today: dt.date | None = None,
    *,
    returns_required: bool = False,
) -> FormSchema:
    """The standard attributes merged with the promotion's data fields by ``name``.

    The list of promotions says nothing of returns, so every form offers an optional
    "Returns identifier"; it is required once the server has refused one of the
    promotion's claims for the lack of it (``returns_required``, remembered by the
    service)."""
    today = today or dt.date.today()
    by_name: dict[str, FieldSpec] = dict(_STANDARD_BY_NAME)
    for field in data_fields:
        standard = _STANDARD_BY_NAME.get(field.name)
        by_name[field.name] = _merged_spec(standard, field) if standard else _custom_spec(field)
    if by_name[USERNAME].required:
        # The promotion insists on a username: a user ID could not stand in for it.
        del by_name[USER_ID]
    required = returns_required or promotion.returns_enabled
    if RETURNS_IDENTIFIER in by_name:  # the promotion defines it: its definition, and ours
        by_name[RETURNS_IDENTIFIER] = replace(
            by_name[RETURNS_IDENTIFIER], required=by_name[RETURNS_IDENTIFIER].required or required
        )
    else:
        by_name[RETURNS_IDENTIFIER] = FieldSpec(
            RETURNS_IDENTIFIER,
            QT_TRANSLATE_NOOP("Fields", "Returns identifier"),
            FieldType.TEXT,
            required=required,
            position=10_000,
            help=QT_TRANSLATE_NOOP(
                "Fields", "Required: the platform asked for it on this promotion's claims."
            )
            if required
            else QT_TRANSLATE_NOOP(
                "Fields",
                "Only for promotions with returns enabled; ClaimDesk makes it required once "
                "the platform asks for it.",
            ),
        )
    by_name[SKU] = replace(by_name[SKU], suggestions=sku_suggestions(reward_points, today))
    return FormSchema(
        key=f"{PLATFORM}:{promotion.id}", title=promotion.name, fields=tuple(by_name.values())
    )


# --- rules and points -------------------------------------------------------------------


def estimate_points(quantity: int, reward_point: RewardPoint) -> int:
    """⌊quantity ÷ reward point quantity⌋ × points per quantity (DESIGN.md's local rules);
    earlier units of the same product and user may add to it on the platform."""
    return (quantity // reward_point.quantity) * reward_point.points_per_quantity


class RewardPointIndex:
    """Reward points of one promotion by reference (several may share one, with other windows)."""

    MEMO_LIMIT = 50_000

    def __init__(self, reward_points: Iterable[RewardPoint]) -> None:
        self._by_ref: dict[str, list[RewardPoint]] = {}
        for rp in reward_points:
            self._by_ref.setdefault(rp.reference.casefold(), []).append(rp)
        # A batch repeats the same few references and dates: each pair is looked up once.
        self._memo: dict[tuple[str, dt.date | None], tuple[RewardPoint | None, Issue | None]]
        self._memo = {}
        self._notes: dict[int, tuple[str, ...]] = {}

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_ref.values())

    def candidates(self, reference: str) -> list[RewardPoint]:
        return self._by_ref.get(reference.strip().casefold(), [])

    def usable(
        self, reference: str, sale_date: dt.date | None
    ) -> tuple[RewardPoint | None, Issue | None]:
        """The reward point a claim of ``reference`` on ``sale_date`` earns by, or why none."""
        key = (reference, sale_date)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= self.MEMO_LIMIT:
                self._memo.clear()
            found = self._memo[key] = _check_sku(reference, sale_date, self)
        return found

    def notes(self, reward_point: RewardPoint) -> tuple[str, ...]:
        """What the form shows beside a claim of ``reward_point``."""
        found = self._notes.get(reward_point.id)
        if found is None:
            found = self._notes[reward_point.id] = (
                translate(
                    "MyRewards", "{reference}: {name} — {points} points per {quantity}"
                ).format(
                    reference=reward_point.reference,
                    name=reward_point.name,
                    points=reward_point.points_per_quantity,
                    quantity=reward_point.quantity,
                ),
            )
        return found


def _check_sku(
    reference: str, sale_date: dt.date | None, index: RewardPointIndex
) -> tuple[RewardPoint | None, Issue | None]:
    found = index.candidates(reference)
    if not found:
        return None, Issue(
            SKU,
            "unknown_sku",
            translate("MyRewards", "“{reference}” is not a reward point of this promotion").format(
                reference=reference
            ),
        )
    active = [rp for rp in found if rp.active]
    if not active:
        return None, Issue(
            SKU,
            "inactive_sku",
            translate("MyRewards", "reward point “{reference}” is not active").format(
                reference=reference
            ),
        )
    if sale_date is None:
        return active[0], None
    usable = [rp for rp in active if rp.covers(sale_date)]
    if not usable:
        windows = "; ".join(rp.window_text() for rp in active)
        return None, Issue(
            SKU,
            "sku_out_of_window",
            translate(
                "MyRewards",
                "reward point “{reference}” only counts sales dated {windows}, not {date}",
            ).format(reference=reference, windows=windows, date=sale_date.isoformat()),
        )
    return usable[0], None


_NONE_FAILED: frozenset[str | None] = frozenset()


def user_issue(values: Mapping[str, Value], failed: Set[str | None]) -> Issue | None:
    """A claim or a return names its user by username or user ID: the issue when it has
    neither (and neither failed its own rule already), else None."""
    if USERNAME in failed or USER_ID in failed or values.get(USERNAME) or values.get(USER_ID):
        return None
    return Issue(USERNAME, "user_missing", translate("MyRewards", "enter a username or a user ID"))


def check_claim(
    schema: FormSchema,
    raw: Mapping[str, object],
    reward_points: RewardPointIndex,
) -> ClaimCheck:
    """Every MyRewards rule that can be checked before sending, as field-level issues."""
    fast = fast_values(schema, raw)
    if fast is None:
        parsed = check_values(schema, raw)
        issues, values = list(parsed.issues), parsed.values
    else:
        issues, values = [], fast
    failed = {i.field for i in issues} if issues else _NONE_FAILED

    sale_date = values.get(SALE_DATE)
    missing_user = user_issue(values, failed)
    if missing_user is not None:
        issues.append(missing_user)

    reward_point: RewardPoint | None = None
    reference = values.get(SKU)
    if isinstance(reference, str):
        when = sale_date if isinstance(sale_date, dt.date) and SALE_DATE not in failed else None
        reward_point, sku_issue = reward_points.usable(reference, when)
        if sku_issue:
            issues.append(sku_issue)

    quantity = values.get(QUANTITY)
    points: int | None = None
    points_note = ""
    if reward_point is not None and isinstance(quantity, int):
        # Below the reward point's quantity is valid: the platform accumulates a user's
        # units of a product, and the unit that reaches the minimum earns (the vendor's docs).
        points = estimate_points(quantity, reward_point)
        points_note = quantity_note(quantity, reward_point)
    notes = reward_points.notes(reward_point) if reward_point is not None else ()
    if points_note:
        notes = (points_note, *notes)
    return ClaimCheck(in_form_order(issues, schema.names), values, points, notes, points_note)


def quantity_note(quantity: int, reward_point: RewardPoint) -> str:
    """What the estimate cannot know: the user's earlier units of the same product count
    toward the reward point's quantity (only where that quantity is above 1)."""
    if reward_point.quantity <= 1:
        return ""
    if quantity < reward_point.quantity:
        return translate(
            "MyRewards", "counts toward the minimum of {minimum}; earns 0 points until reached"
        ).format(minimum=reward_point.quantity)
    return translate("MyRewards", "earlier units of the same product and user may add to it")


def claim_payload(schema: FormSchema, values: Mapping[str, Value]) -> dict[str, Any]:
    """The JSON record the platform expects: standard attributes and data fields by name,
    dates as YYYY-MM-DD, numbers as JSON numbers, absent optional fields left out."""
    record: dict[str, Any] = {}
    for name in schema.names:
        value = values.get(name)
        if value is None:
            continue
        if isinstance(value, dt.date):
            record[name] = value.isoformat()
        elif isinstance(value, Decimal):
            record[name] = json_number(value)
        else:
            record[name] = value
    return record


# The platform's per-record messages (201 answers) name no field; these say which one.
_SERVER_MESSAGE_FIELDS = {
    "user not found": USERNAME,
    "product not found": SKU,
    "no reward points found": SKU,
}


def field_of_server_message(message: str, schema: FormSchema) -> str | None:
    field = _SERVER_MESSAGE_FIELDS.get(message.strip().rstrip(".").casefold())
    if field == USERNAME and USERNAME not in schema:
        return USER_ID
    return field


_VALIDATION_FAILED = "validation failed:"


def _field_by_name_or_label(schema: FormSchema) -> dict[str, str]:
    """Every field's name and label (casefolded) -> its name; standard attributes too,
    under their platform names and ClaimDesk's labels."""
    found: dict[str, str] = {}
    for spec in schema.fields:
        found.setdefault(spec.name.casefold(), spec.name)
        found.setdefault(spec.label.casefold(), spec.name)
        found.setdefault(translate("Fields", spec.label).casefold(), spec.name)
        found.setdefault(spec.name.replace("_", " ").casefold(), spec.name)
    return found


def _split_prefix(text: str, fields: Mapping[str, str]) -> tuple[str, str] | None:
    """(field, message) when ``text`` starts with a field's name or label: "Label: msg"
    (the docs' 422 example) or, in a Rails full message, "Label msg"."""
    head, colon, rest = text.partition(":")
    if colon and head.strip().casefold() in fields and rest.strip():
        return fields[head.strip().casefold()], rest.strip()
    folded = text.casefold()
    for key in sorted(fields, key=len, reverse=True):
        if folded.startswith(key + " ") and len(text) > len(key) + 1:
            return fields[key], text[len(key) + 1 :].strip()
    return None


def place_server_issues(issues: Iterable[Issue], schema: FormSchema) -> tuple[Issue, ...]:
    """The server's messages put on the form's fields, by a field's name or label.

    The platform writes "<Label>: <message>" (the docs' 422 example), "<name>: <message>",
    ``{"error": {"<name>": [...]}}`` (read by the connector into issues with a field), or
    "Validation failed: <Label> <message>, …" (a Java SDK's tests; Guess: Rails' way of
    joining full messages with ", "). A message that names no field of the form stays on
    the record."""
    fields = _field_by_name_or_label(schema)
    placed: list[Issue] = []
    for issue in issues:
        if issue.field is not None:
            name = fields.get(issue.field.casefold()) or fields.get(
                issue.field.replace("_", " ").casefold()
            )
            if name is not None:
                placed.append(Issue(name, issue.code, issue.message))
                continue
            text = f"{issue.field}: {issue.message}"
        else:
            text = issue.message.strip()
        if text.casefold().startswith(_VALIDATION_FAILED):
            body = text[len(_VALIDATION_FAILED) :].strip()
            parts = [p.strip() for p in body.split(", ") if p.strip()]
            split = [_split_prefix(p, fields) for p in parts]
            if parts and all(s is not None for s in split):
                placed.extend(Issue(s[0], issue.code, s[1]) for s in split if s is not None)
                continue
            found = _split_prefix(body, fields)
        else:
            found = _split_prefix(text, fields) if ":" in text else None
        if found is not None:
            placed.append(Issue(found[0], issue.code, found[1]))
        else:
            placed.append(Issue(field_of_server_message(text, schema), issue.code, text))
    return tuple(placed)
