"""MyRewards reward points: reading the create / update bodies and applying them."""

from dataclasses import replace
from typing import Any

from .errors import SandboxError
from .json_values import is_blank, iso_date, json_int
from .myrewards_models import MyRewardsData, Promotion, RewardPoint, later_than, now

_REQUIRED_ON_CREATE = ("reference", "quantity", "points_per_quantity", "date_from", "date_to")
_UPDATABLE = ("user_group_ids", "quantity", "points_per_quantity", "date_from", "date_to", "active")
# body key -> RewardPoint attribute
_ATTRIBUTES = {
    "reference": "reference",
    "user_group_ids": "user_groups",
    "quantity": "quantity",
    "points_per_quantity": "points_per_quantity",
    "date_from": "sale_date_from",
    "date_to": "sale_date_to",
    "active": "active",
}


def create_reward_point(data: MyRewardsData, promotion: Promotion, body: object) -> RewardPoint:
    values = _read(body, promotion, current=None)
    moment = now()
    reference = values["reference"]
    reward_point = RewardPoint(
        id=data.next_reward_point_id,
        promotion_id=promotion.id,
        name=data.products.setdefault(reference, reference),
        reference=reference,
        active=values.get("active", False),
        quantity=values["quantity"],
        points_per_quantity=values["points_per_quantity"],
        sale_date_from=values["sale_date_from"],
        sale_date_to=values["sale_date_to"],
        user_groups=values.get("user_groups", []),
        created_at=moment,
        updated_at=moment,
    )
    data.next_reward_point_id += 1
    data.reward_points[reward_point.id] = reward_point
    return reward_point


def update_reward_point(
    data: MyRewardsData, promotion: Promotion, reward_point: RewardPoint, body: object
) -> RewardPoint:
    values = _read(body, promotion, current=reward_point)
    updated = replace(reward_point, **values, updated_at=later_than(reward_point.updated_at))
    data.reward_points[updated.id] = updated
    return updated


def _read(body: object, promotion: Promotion, current: RewardPoint | None) -> dict[str, Any]:
    """The body's values keyed by RewardPoint attribute, for a new reward point (`current`
    None) or an update of `current`; 422 listing every problem."""
    creating = current is None
    if not isinstance(body, dict):
        raise SandboxError(422, ["body: must be a JSON object"])
    errors: list[str] = []
    values: dict[str, Any] = {}
    allowed = _ATTRIBUTES if creating else _UPDATABLE
    for key in body:
        if key == "reference" and not creating:
            errors.append("reference: cannot be changed")
        elif key not in allowed:
            errors.append(f"{key}: is not a reward point attribute")

    for key in _ATTRIBUTES:
        if key not in allowed:
            continue
        if key not in body or (creating and body[key] is None):
            if creating and key in _REQUIRED_ON_CREATE:
                errors.append(f"{key}: can't be blank")
            continue
        value, message = _value(key, body[key], promotion)
        if message:
            errors.append(f"{key}: {message}")
        else:
            values[_ATTRIBUTES[key]] = value

    date_from = values.get("sale_date_from", current.sale_date_from if current else None)
    date_to = values.get("sale_date_to", current.sale_date_to if current else None)
    if date_from and date_to and date_from > date_to:
        errors.append("date_to: must be on or after date_from")
    if errors:
        raise SandboxError(422, errors)
    return values


def _value(key: str, raw: object, promotion: Promotion) -> tuple[Any, str | None]:
    """The value of one body key, or the problem with it."""
    if key == "reference":
        if is_blank(raw) or not isinstance(raw, str):
            return None, "can't be blank" if is_blank(raw) else "must be text"
        return raw.strip(), None
    if key in ("quantity", "points_per_quantity"):
        number = json_int(raw)
        if number is None or number < 1:
            return None, "must be a positive whole number"
        if key == "quantity" and promotion.returns_enabled and number != 1:
            return None, "must be 1 when returns are enabled on the promotion"
        return number, None
    if key in ("date_from", "date_to"):
        day = iso_date(raw)
        return (day, None) if day else (None, "must be a date (YYYY-MM-DD)")
    if key == "user_group_ids":
        if not isinstance(raw, list) or any(json_int(item) is None for item in raw):
            return None, "must be a list of whole numbers"
        return sorted(set(raw)), None
    if key == "active":
        return (raw, None) if isinstance(raw, bool) else (None, "must be true or false")
    raise AssertionError(key)
