"""Reward points as an admin edits them (seeds/myrewards-reward-points.md): the fields of the
create / update bodies as a ``FormSchema`` (so the dialog, the CSV importer's column mapping
and the command line share one definition), the local rules of DESIGN.md, and the PATCH body
of only the changed fields."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from claimdesk.domain.fields import (
    PRODUCT_HEADERS,
    QUANTITY_HEADERS,
    FieldSpec,
    FieldType,
    FormSchema,
)
from claimdesk.domain.issues import Issue
from claimdesk.domain.myrewards import RewardPoint
from claimdesk.domain.translation import QT_TRANSLATE_NOOP, translate
from claimdesk.domain.validation import check_values

REFERENCE = "reference"
QUANTITY = "quantity"
POINTS = "points_per_quantity"
DATE_FROM = "date_from"
DATE_TO = "date_to"
USER_GROUPS = "user_group_ids"
ACTIVE = "active"

REQUIRED_ON_CREATE = (REFERENCE, QUANTITY, POINTS, DATE_FROM, DATE_TO)
UPDATABLE = (USER_GROUPS, QUANTITY, POINTS, DATE_FROM, DATE_TO, ACTIVE)
MAX_WHOLE = 2**31 - 1  # the platform's integer columns
MAX_REFERENCE = 255  # assumed, as other text columns

_FIELDS = (
    FieldSpec(
        REFERENCE,
        QT_TRANSLATE_NOOP("Fields", "Reference"),
        FieldType.TEXT,
        position=0,
        max_length=MAX_REFERENCE,
        synonyms=PRODUCT_HEADERS,
        help=QT_TRANSLATE_NOOP(
            "Fields", "The performance product's ref (SKU) that claims are made against."
        ),
    ),
    FieldSpec(
        QUANTITY,
        QT_TRANSLATE_NOOP("Fields", "Quantity"),
        FieldType.INTEGER,
        position=1,
        synonyms=QUANTITY_HEADERS,
        min_value=1,
        max_value=MAX_WHOLE,
        help=QT_TRANSLATE_NOOP(
            "Fields",
            "Units that must be claimed to earn the points; 1 when the promotion has returns.",
        ),
    ),
    FieldSpec(
        POINTS,
        QT_TRANSLATE_NOOP("Fields", "Points per quantity"),
        FieldType.INTEGER,
        position=2,
        min_value=1,
        max_value=MAX_WHOLE,
        help=QT_TRANSLATE_NOOP("Fields", "Points awarded for each quantity claimed."),
    ),
    FieldSpec(
        DATE_FROM,
        QT_TRANSLATE_NOOP("Fields", "Date from"),
        FieldType.DATE,
        position=3,
        # Guess: the words offices write for a validity period, as claims' synonyms.
        synonyms=("Start date", "Valid from", "From", "Starts"),
        help=QT_TRANSLATE_NOOP("Fields", "First eligible sale day."),
    ),
    FieldSpec(
        DATE_TO,
        QT_TRANSLATE_NOOP("Fields", "Date to"),
        FieldType.DATE,
        position=4,
        synonyms=("End date", "Valid to", "Valid until", "To", "Until", "Ends"),
        help=QT_TRANSLATE_NOOP("Fields", "Last eligible sale day."),
    ),
    FieldSpec(
        USER_GROUPS,
        QT_TRANSLATE_NOOP("Fields", "User group ids"),
        FieldType.TEXT,
        position=5,
        help=QT_TRANSLATE_NOOP(
            "Fields",
            "Ids of the user groups that may claim it, separated by commas; empty for all.",
        ),
    ),
    FieldSpec(
        ACTIVE,
        QT_TRANSLATE_NOOP("Fields", "Active"),
        FieldType.BOOLEAN,
        position=6,
        help=QT_TRANSLATE_NOOP("Fields", "Whether it can be claimed."),
    ),
)
_GROUP_SPLIT = re.compile(r"[\s,;|]+")


def reward_point_schema(*, creating: bool) -> FormSchema:
    """Create: the five required fields marked so; update: every field optional."""
    fields = tuple(
        FieldSpec(
            s.name,
            s.label,
            s.type,
            required=creating and s.name in REQUIRED_ON_CREATE,
            position=s.position,
            min_value=s.min_value,
            max_value=s.max_value,
            max_length=s.max_length,
            help=s.help,
            synonyms=s.synonyms,
        )
        for s in _FIELDS
        if creating or s.name != REFERENCE
    )
    key = "myrewards:reward_point:" + ("create" if creating else "update")
    return FormSchema(key=key, title=translate("RewardPoints", "Reward point"), fields=fields)


CREATE_SCHEMA = reward_point_schema(creating=True)
UPDATE_SCHEMA = reward_point_schema(creating=False)
LABELS = {s.name: s.label for s in _FIELDS}


def parse_user_groups(raw: object) -> tuple[tuple[int, ...] | None, Issue | None]:
    """ "350, 355" (or a list) → (350, 355); blank → None (not given)."""
    if raw is None:
        return None, None
    items: list[object]
    if isinstance(raw, list | tuple):
        items = list(raw)
    elif isinstance(raw, str):
        text = raw.strip().strip("[]").strip()
        if not text:
            return None, None
        items = [t for t in _GROUP_SPLIT.split(text) if t]
    else:
        items = [raw]
    numbers: list[int] = []
    for item in items:
        if isinstance(item, bool):
            number = None
        elif isinstance(item, int):
            number = item
        elif isinstance(item, str) and item.strip().isdigit():
            number = int(item.strip())
        else:
            number = None
        if number is None or not 1 <= number <= MAX_WHOLE:
            return None, Issue(
                USER_GROUPS,
                "not_group_ids",
                translate(
                    "RewardPoints",
                    "must be a list of user group ids (whole numbers ≥ 1), not “{item}”",
                ).format(item=item),
            )
        numbers.append(number)
    return tuple(sorted(set(numbers))), None


@dataclass(frozen=True)
class RewardPointCheck:
    """The issues, and the JSON body to send when there are none."""

    issues: tuple[Issue, ...]
    body: dict[str, Any]

    @property
    def ok(self) -> bool:
        return not self.issues


def _given(raw: Mapping[str, object], name: str) -> bool:
    value = raw.get(name)
    return value is not None and not (isinstance(value, str) and not value.strip())


def check_reward_point(
    raw: Mapping[str, object],
    *,
    returns_enabled: bool,
    current: RewardPoint | None = None,
) -> RewardPointCheck:
    """DESIGN.md's rules for a new reward point (``current`` None) or for changes to
    ``current``: required fields on create, positive whole numbers, ``date_from ≤ date_to``
    (an update is checked against the record's other date), quantity 1 when the promotion
    has returns enabled, user group ids a list of ids. Only given fields go into the body."""
    creating = current is None
    schema = CREATE_SCHEMA if creating else UPDATE_SCHEMA
    text_values = {k: v for k, v in raw.items() if k != USER_GROUPS}
    checked = check_values(schema, text_values)
    issues = list(checked.issues)
    values: dict[str, Any] = {k: v for k, v in checked.values.items() if v is not None}
    if (
        current is not None
        and _given(raw, REFERENCE)
        and str(raw[REFERENCE]).strip() != current.reference
    ):
        issues.append(
            Issue(
                REFERENCE,
                "read_only",
                translate("RewardPoints", "cannot be changed on an existing one"),
            )
        )

    groups, group_issue = parse_user_groups(raw.get(USER_GROUPS))
    if group_issue:
        issues.append(group_issue)
    elif groups is not None:
        values[USER_GROUPS] = list(groups)
    elif USER_GROUPS in raw and not creating and raw.get(USER_GROUPS) is not None:
        values[USER_GROUPS] = []  # emptied on purpose: open to every group

    if not creating:
        for name in REQUIRED_ON_CREATE[1:]:
            if name in raw and not _given(raw, name):
                issues.append(
                    Issue(
                        name,
                        "required",
                        translate("RewardPoints", "is required; it cannot be emptied"),
                    )
                )
    failed = {i.field for i in issues}
    quantity = values.get(QUANTITY)
    if returns_enabled and isinstance(quantity, int) and quantity != 1:
        issues.append(
            Issue(
                QUANTITY,
                "returns_quantity",
                translate("RewardPoints", "must be 1 because the promotion accepts returns"),
            )
        )
    start = values.get(DATE_FROM, current.sale_date_from if current else None)
    end = values.get(DATE_TO, current.sale_date_to if current else None)
    if (
        DATE_FROM not in failed
        and DATE_TO not in failed
        and isinstance(start, dt.date)
        and isinstance(end, dt.date)
        and start > end
    ):
        issues.append(
            Issue(
                DATE_TO,
                "dates_reversed",
                translate(
                    "RewardPoints", "must be on or after the date from ({start}), not {end}"
                ).format(start=start.isoformat(), end=end.isoformat()),
            )
        )
    order = {name: i for i, name in enumerate(LABELS)}
    issues.sort(key=lambda i: order.get(i.field or "", len(order)))
    body = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in values.items()}
    return RewardPointCheck(tuple(issues), body if not issues else {})


def current_values(rp: RewardPoint) -> dict[str, Any]:
    """The record's values under the update body's keys, as JSON would carry them."""
    return {
        QUANTITY: rp.quantity,
        POINTS: rp.points_per_quantity,
        DATE_FROM: rp.sale_date_from.isoformat() if rp.sale_date_from else None,
        DATE_TO: rp.sale_date_to.isoformat() if rp.sale_date_to else None,
        USER_GROUPS: sorted(rp.user_groups),
        ACTIVE: rp.active,
    }


def text_values(rp: RewardPoint) -> dict[str, str]:
    """The record's values as a person types them in the form (and as undo sends them back)."""
    values = current_values(rp)
    text = {k: ("" if v is None else str(v)) for k, v in values.items()}
    text[USER_GROUPS] = ", ".join(str(g) for g in values[USER_GROUPS])
    text[ACTIVE] = "1" if rp.active else "0"
    return text


def changed_fields(current: RewardPoint, body: Mapping[str, Any]) -> dict[str, Any]:
    """The part of an update body that differs from ``current``: a PATCH sends only these."""
    now = current_values(current)
    changes: dict[str, Any] = {}
    for key, value in body.items():
        if key not in UPDATABLE:
            continue
        compared = sorted(value) if key == USER_GROUPS else value
        if now.get(key) != compared:
            changes[key] = value
    return changes


def differences(mine: RewardPoint, theirs: RewardPoint) -> list[str]:
    """What another edit changed between two versions of one record, in words."""
    before, after = current_values(mine), current_values(theirs)
    lines = []
    for key in UPDATABLE:
        if before[key] != after[key]:
            label = translate("Fields", LABELS[key])
            lines.append(f"{label}: {_shown(before[key])} → {_shown(after[key])}")
    return lines


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return translate("RewardPoints", "yes") if value else translate("RewardPoints", "no")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or translate("RewardPoints", "all groups")
    return str(value)
