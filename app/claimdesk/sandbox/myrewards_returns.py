"""MyRewards returned claims (DESIGN.md "MyRewards, more"):
POST /api/v3/performance/promotions/{id}/returned_claims with
{"returns_data": [{user_id|username, returns_identifier, product_or_activity_ref, quantity}]},
at most 50 entries; 201, or 400 {"errors": [...]} in the documented words.

A return must match a claim the sandbox created: the same returns identifier, user and
product, and no more units than that claim (those claims, together) has left unreturned.
Claims carry an identifier where the promotion asks for one: promotion 12 "Spring Showroom
Push" always, promotion 36 under the variant myrewards-returns (and any claim sent with
one)."""

import json
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from .errors import SandboxError
from .json_values import int_or_digits, is_blank
from .myrewards import require_api_key
from .myrewards_models import MyRewardsData, Promotion, StoredClaim, User
from .platforms import MYREWARDS
from .state import sandbox_state

MAX_ENTRIES = 50
# The documented messages, word for word.
TOO_MANY = f"Number of return entries provided is above the max allowed of {MAX_ENTRIES}"
NO_DATA = "No returns data was provided"


def invalid(field: str, number: int) -> str:
    """ "please supply valid product_or_activity_ref value(s), for 1st entry" (number 1-based)."""
    return f"please supply valid {field} value(s), for {ordinal(number)} entry"


def ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


router = APIRouter(prefix="/api/v3/performance", dependencies=[Depends(require_api_key)])


def _entries(raw: bytes) -> list[Any]:
    try:
        body = json.loads(raw) if raw.strip() else None
    except ValueError:
        body = None
    entries = body.get("returns_data") if isinstance(body, dict) else None
    if not isinstance(entries, list) or not entries:
        raise SandboxError(400, [NO_DATA])
    if len(entries) > MAX_ENTRIES:
        raise SandboxError(400, [TOO_MANY])
    return entries


def _user(data: MyRewardsData, entry: dict[str, Any]) -> tuple[User | None, str]:
    """The entry's user and the field that names it."""
    user_id, username = entry.get("user_id"), entry.get("username")
    if not is_blank(user_id):
        number = int_or_digits(user_id)
        return (data.user_by_id(number) if number is not None else None), "user_id"
    if isinstance(username, str) and username.strip():
        return data.user_by_login(username), "username"
    return None, "username"


def check_returns(
    data: MyRewardsData, promotion: Promotion, entries: list[Any]
) -> list[tuple[StoredClaim, int]]:
    """Every entry checked (all-or-nothing): the claims and units to return, or a 400 with
    one message per refused entry and field. Guess: the docs print the messages but not
    which rules the server applies; these are the rules a return plainly needs."""
    errors: list[str] = []
    taken: dict[int, int] = {}  # claim id -> units returned by earlier entries of this request
    plan: list[tuple[StoredClaim, int]] = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            errors.append(invalid("returns_data", number))
            continue
        user, user_field = _user(data, entry)
        identifier = entry.get("returns_identifier")
        reference = entry.get("product_or_activity_ref")
        quantity = int_or_digits(entry.get("quantity"))
        bad = []
        if user is None:
            bad.append(user_field)
        if not isinstance(identifier, str) or not identifier.strip():
            bad.append("returns_identifier")
        if not isinstance(reference, str) or not reference.strip():
            bad.append("product_or_activity_ref")
        if quantity is None or quantity < 1:
            bad.append("quantity")
        if bad:
            errors += [invalid(field, number) for field in bad]
            continue
        assert user is not None
        assert quantity is not None
        assert isinstance(identifier, str)
        assert isinstance(reference, str)
        same = [
            c
            for c in data.claims
            if c.promotion_id == promotion.id
            and c.user_id == user.id
            and c.returns_identifier == identifier.strip()
        ]
        if not same:
            errors.append(invalid("returns_identifier", number))
            continue
        claims = [c for c in same if c.reference == reference.strip()]
        if not claims:
            errors.append(invalid("product_or_activity_ref", number))
            continue
        left = sum(c.quantity - c.returned - taken.get(c.id, 0) for c in claims)
        if quantity > left:
            errors.append(invalid("quantity", number))
            continue
        for claim in claims:  # oldest first
            units = min(quantity, claim.quantity - claim.returned - taken.get(claim.id, 0))
            if units > 0:
                taken[claim.id] = taken.get(claim.id, 0) + units
                plan.append((claim, units))
                quantity -= units
    if errors:
        raise SandboxError(400, errors)
    return plan


@router.post("/promotions/{promotion_id}/returned_claims")
async def create_returned_claims(request: Request, promotion_id: str) -> Response:
    state = sandbox_state(request)
    data = state.myrewards
    number = int_or_digits(promotion_id)
    promotion = data.promotions.get(number) if number is not None else None
    if promotion is None:
        raise SandboxError(404, ["Promotion not found"])
    entries = _entries(await request.body())
    plan = check_returns(data, promotion, entries)
    for claim, units in plan:
        claim.returned += units
    state.record_received(MYREWARDS, {"promotion_id": promotion.id, "returns_data": entries})
    # Guess: the docs print no body for the 201; the sandbox sends none.
    return Response(status_code=201)
