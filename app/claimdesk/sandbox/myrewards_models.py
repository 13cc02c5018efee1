"""MyRewards records held by the sandbox, and their JSON shapes as in the seeds."""

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

PromotionStatus = Literal["not_active", "active", "archived"]
PromotionType = Literal["self_claim", "data_upload", "allocated_claims"]
FieldType = Literal["list_values", "date", "free_text", "numeric"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def timestamp(moment: datetime) -> str:
    """Timestamps as MyRewards writes them: 2017-06-27T10:58:31.000+01:00."""
    return moment.isoformat(timespec="milliseconds")


def now() -> datetime:
    return datetime.now(UTC)


def later_than(previous: datetime) -> datetime:
    """The current time, or one millisecond after `previous` if the clock has not moved on
    (timestamps are written with millisecond precision and must strictly increase)."""
    current = now()
    step = timedelta(milliseconds=1)
    return current if current >= previous + step else previous + step


@dataclass
class Promotion:
    id: int
    name: str
    start_date: date
    end_date: date
    close_date: date
    status: PromotionStatus
    promotion_type: PromotionType
    # Not part of the API (the docs' promotions carry no returns flag): whether the
    # promotion's claims need a returns_identifier, which only a refusal reveals.
    returns_enabled: bool
    points_remaining: int  # the programme's budget; not part of the API

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "start_date": self.start_date.isoformat(),
            "end_date": self.end_date.isoformat(),
            "close_date": self.close_date.isoformat(),
            "status": self.status,
            "promotion_type": self.promotion_type,
        }


@dataclass(frozen=True)
class DataField:
    id: int
    promotion_id: int
    name: str
    label: str
    mandatory: bool
    field_type: FieldType
    answers: str | None
    created_at: str
    updated_at: str
    position: int

    def answer_list(self) -> list[str]:
        if not self.answers:
            return []
        return [answer for answer in _LINE_BREAK.split(self.answers) if answer]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "promotion_id": self.promotion_id,
            "name": self.name,
            "label": self.label,
            "mandatory": self.mandatory,
            "field_type": self.field_type,
            "answers": self.answers,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "position": self.position,
        }


@dataclass
class RewardPoint:
    id: int
    promotion_id: int
    name: str
    reference: str
    active: bool
    quantity: int
    points_per_quantity: int
    sale_date_from: date
    sale_date_to: date
    user_groups: list[int]
    created_at: datetime
    updated_at: datetime

    def applies_to(self, reference: str, sale_date: date, user_group: int) -> bool:
        """Whether a sale of `reference` on `sale_date` by a member of `user_group` may claim
        this reward point (before the quantity is considered)."""
        return (
            self.active
            and self.reference == reference
            and self.sale_date_from <= sale_date <= self.sale_date_to
            and (not self.user_groups or user_group in self.user_groups)
        )

    def points_for(self, quantity: int) -> int:
        return (quantity // self.quantity) * self.points_per_quantity

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "promotion_id": self.promotion_id,
            "name": self.name,
            "type": "product",
            "reference": self.reference,
            "active": self.active,
            "quantity": self.quantity,
            "points_per_quantity": self.points_per_quantity,
            "sale_date_from": self.sale_date_from.isoformat(),
            "sale_date_to": self.sale_date_to.isoformat(),
            "user_groups": list(self.user_groups),
            "created_at": timestamp(self.created_at),
            "updated_at": timestamp(self.updated_at),
        }


@dataclass(frozen=True)
class User:
    id: int
    username: str
    email: str
    user_group: int


@dataclass
class StoredClaim:
    """A claim the sandbox created, as returned claims must match it (not part of any
    answer): its user, product, returns identifier, and units claimed and returned."""

    id: int
    promotion_id: int
    user_id: int
    reference: str
    returns_identifier: str
    quantity: int
    returned: int = 0


@dataclass
class MyRewardsData:
    """Everything the MyRewards emulation knows; rebuilt from demo data on reset."""

    promotions: dict[int, Promotion]
    data_fields: dict[int, list[DataField]]  # by promotion id, in position order
    reward_points: dict[int, RewardPoint]  # by reward point id
    users: list[User]
    products: dict[str, str]  # reference -> product name
    next_reward_point_id: int
    next_claim_id: int
    # Units claimed so far by (reward point id, user id): a claim below a reward point's
    # quantity is created with 0 points and counts toward the next (the vendor's docs).
    # Guess: the count is kept per reward point and user (the docs say "the same product
    # and user"), and a remainder carries over past each reached quantity.
    accumulated: dict[tuple[int, int], int] = field(default_factory=dict)
    claims: list[StoredClaim] = field(default_factory=list)  # created, oldest first
    _users_by_id: dict[int, User] = field(init=False, repr=False)
    _users_by_login: dict[str, User] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._users_by_id = {user.id: user for user in self.users}
        self._users_by_login = {}
        for user in self.users:
            self._users_by_login[user.username.casefold()] = user
            self._users_by_login[user.email.casefold()] = user

    def user_by_id(self, user_id: int) -> User | None:
        return self._users_by_id.get(user_id)

    def user_by_login(self, username_or_email: str) -> User | None:
        return self._users_by_login.get(username_or_email.strip().casefold())

    def reward_points_of(self, promotion_id: int) -> list[RewardPoint]:
        """The promotion's reward points ordered by id."""
        points = (rp for rp in self.reward_points.values() if rp.promotion_id == promotion_id)
        return sorted(points, key=lambda rp: rp.id)
