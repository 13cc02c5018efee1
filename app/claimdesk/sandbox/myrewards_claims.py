"""MyRewards claims (POST /promotions/{id}/data): validation, matching, points and budget.

The batch is all-or-nothing: an invalid record, or a batch the programme's points cannot cover,
answers 422 and stores nothing. A valid record whose user, product or reward point is not found
is not invalid; it gets a claim with null values and per-claim errors.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from .errors import SandboxError
from .json_values import int_or_digits, is_blank, is_number, iso_date
from .myrewards_models import DataField, MyRewardsData, Promotion, RewardPoint, StoredClaim, User

STANDARD_ATTRIBUTES = frozenset(
    {"sale_date", "product_or_activity_ref", "quantity", "username", "user_id"}
)
INVALID_QUANTITY = "quantity: Please select a valid quantity."
NO_REWARD_POINTS = "No reward points found"
PRODUCT_NOT_FOUND = "Product not found"
USER_NOT_FOUND = "User not found"
NOT_ENOUGH_POINTS = "Programme does not have enough points"
NOT_AN_ARRAY = "data: expected an array of claim records"
# As the docs' 422 example words a missing field: its label, then "Please complete this
# field". Guess: the label of returns_identifier, which no document prints.
RETURNS_IDENTIFIER_MISSING = "Returns identifier: Please complete this field"


@dataclass(frozen=True)
class _Claim:
    """A valid record, read."""

    sale_date: date
    reference: str
    quantity: int
    username: str | None
    user_id: int | None


@dataclass(frozen=True)
class _Outcome:
    record: dict[str, Any]
    points: int | None  # None: no claim is created
    errors: list[str]
    claim: _Claim | None = None
    user_id: int | None = None


def records_of(body: object) -> list[object]:
    """The claim records of a body that is a bare array or {"data": [...]}."""
    if isinstance(body, dict) and "data" in body:
        body = body["data"]
    if not isinstance(body, list):
        raise SandboxError(422, [NOT_AN_ARRAY])
    return body


def submit_claims(
    data: MyRewardsData,
    promotion: Promotion,
    records: list[object],
    returns_required: bool | None = None,
) -> list[dict[str, Any]]:
    """Check the whole batch, then store it; returns one {record, claims} per record.
    `returns_required` (default: the promotion's own setting) asks every record for a
    returns_identifier."""
    if returns_required is None:
        returns_required = promotion.returns_enabled
    if promotion.status != "active":
        raise SandboxError(422, ["Promotion is not active"])
    # Guess: what the server says to sales data for a promotion that is not data_upload is
    # not documented; the sandbox stores it (ClaimDesk never sends it: see domain rules).
    fields = data.data_fields.get(promotion.id, [])
    by_reference: dict[str, list[RewardPoint]] = defaultdict(list)
    for rp in data.reward_points_of(promotion.id):
        by_reference[rp.reference].append(rp)

    outcomes: list[_Outcome] = []
    points_total = 0
    totals: dict[tuple[int, int], int] = {}  # this batch's accumulation, kept if it is stored
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise _invalid(index, ["data: each claim record must be an object"])
        claim, errors = _read(record, fields, returns_required)
        if claim is None:
            raise _invalid(index, errors)
        outcome = _match(data, by_reference, record, claim, totals)
        points_total += outcome.points or 0
        if points_total > promotion.points_remaining:
            raise _invalid(index, [NOT_ENOUGH_POINTS])
        outcomes.append(outcome)

    promotion.points_remaining -= points_total
    data.accumulated.update(totals)
    return [_store(data, outcome, promotion.id) for outcome in outcomes]


def _invalid(index: int, errors: list[str]) -> SandboxError:
    return SandboxError(422, errors, {"index_of_failed_data": index})


def _read(
    record: dict[str, Any], fields: list[DataField], returns_enabled: bool
) -> tuple[_Claim | None, list[str]]:
    errors: dict[str, str] = {}  # field -> message; one message per field

    sale_date = iso_date(record.get("sale_date"))
    if is_blank(record.get("sale_date")):
        errors["sale_date"] = "sale_date: can't be blank"
    elif sale_date is None:
        errors["sale_date"] = "sale_date: must be a date (YYYY-MM-DD)"

    reference = record.get("product_or_activity_ref")
    if is_blank(reference):
        errors["product_or_activity_ref"] = "product_or_activity_ref: can't be blank"
    elif not isinstance(reference, str):
        errors["product_or_activity_ref"] = "product_or_activity_ref: must be text"

    quantity = int_or_digits(record.get("quantity"))
    if quantity is None or quantity < 1:
        errors["quantity"] = INVALID_QUANTITY

    username, user_id = record.get("username"), record.get("user_id")
    if is_blank(username) and is_blank(user_id):
        errors["username"] = "username: username or user_id must be supplied"
    if not is_blank(username) and not isinstance(username, str):
        errors["username"] = "username: must be text"
    parsed_user_id = None if is_blank(user_id) else int_or_digits(user_id)
    if not is_blank(user_id) and parsed_user_id is None:
        errors["user_id"] = "user_id: must be a whole number"

    for data_field in fields:
        message = _data_field_error(data_field, record.get(data_field.name))
        if message and data_field.name not in errors:
            errors[data_field.name] = f"{data_field.name}: {message}"

    if returns_enabled and is_blank(record.get("returns_identifier")):
        errors["returns_identifier"] = RETURNS_IDENTIFIER_MISSING

    if errors:
        return None, list(errors.values())
    assert sale_date is not None
    assert quantity is not None
    assert isinstance(reference, str)
    return _Claim(
        sale_date=sale_date,
        reference=reference.strip(),
        quantity=quantity,
        username=username.strip() if isinstance(username, str) and username.strip() else None,
        user_id=parsed_user_id,
    ), []


def _data_field_error(data_field: DataField, value: object) -> str | None:
    if is_blank(value):
        return "can't be blank" if data_field.mandatory else None
    if data_field.name in STANDARD_ATTRIBUTES:
        return None  # read with the standard attributes' own rules
    match data_field.field_type:
        case "list_values":
            answers = data_field.answer_list()
            if value not in answers:
                return "must be one of " + ", ".join(answers)
        case "date":
            if iso_date(value) is None:
                return "must be a date (YYYY-MM-DD)"
        case "numeric":
            if not is_number(value):
                return "is not a number"
        case "free_text":
            if isinstance(value, bool) or not isinstance(value, str | int | float):
                return "must be text"
    return None


def _find_user(data: MyRewardsData, claim: _Claim) -> User | None:
    """By user_id when given, else by username or e-mail; when both are given they must agree."""
    if claim.user_id is not None:
        user = data.user_by_id(claim.user_id)
        if user and claim.username is not None and data.user_by_login(claim.username) != user:
            return None
        return user
    assert claim.username is not None
    return data.user_by_login(claim.username)


def _match(
    data: MyRewardsData,
    by_reference: dict[str, list[RewardPoint]],
    record: dict[str, Any],
    claim: _Claim,
    totals: dict[tuple[int, int], int],
) -> _Outcome:
    """The claim's outcome. A quantity below the reward point's is no error: the units
    accumulate per reward point and user, and the claim that reaches the quantity earns
    (the vendor's docs: with a minimum of 2, a claim of 1 is created with 0 points)."""
    user = _find_user(data, claim)
    reward_point = None
    if user is not None:
        candidates = [
            rp
            for rp in by_reference.get(claim.reference, [])
            if rp.applies_to(claim.reference, claim.sale_date, user.user_group)
        ]
        reward_point = candidates[0] if candidates else None

    errors = []
    if reward_point is None:
        errors.append(NO_REWARD_POINTS)
    if claim.reference not in data.products:
        errors.append(PRODUCT_NOT_FOUND)
    if user is None:
        errors.append(USER_NOT_FOUND)
    points = None
    if reward_point is not None and user is not None and not errors:
        key = (reward_point.id, user.id)
        before = totals.get(key, data.accumulated.get(key, 0))
        totals[key] = before + claim.quantity
        points = reward_point.points_for(before + claim.quantity) - reward_point.points_for(before)
    return _Outcome(record, points, errors, claim, user.id if user is not None else None)


def _store(data: MyRewardsData, outcome: _Outcome, promotion_id: int) -> dict[str, Any]:
    if outcome.points is None:
        claim: dict[str, Any] = {"id": None, "state": None, "points": None}
    else:
        claim = {"id": data.next_claim_id, "state": "approved", "points": outcome.points}
        identifier = outcome.record.get("returns_identifier")
        if outcome.claim is not None and outcome.user_id is not None:
            data.claims.append(
                StoredClaim(
                    data.next_claim_id,
                    promotion_id,
                    outcome.user_id,
                    outcome.claim.reference,
                    str(identifier).strip() if identifier is not None else "",
                    outcome.claim.quantity,
                )
            )
        data.next_claim_id += 1
    return {"record": outcome.record, "claims": [{"claim": claim, "errors": outcome.errors}]}
