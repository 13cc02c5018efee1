"""DESIGN.md's local rules for reward points (admin), one test per rule, and the PATCH body
of only the changed fields."""

from __future__ import annotations

import datetime as dt

import pytest

from claimdesk.domain.myrewards import RewardPoint
from claimdesk.domain.reward_points import (
    changed_fields,
    check_reward_point,
    differences,
    parse_user_groups,
)

GOOD = {
    "reference": "p9",
    "quantity": "2",
    "points_per_quantity": "5",
    "date_from": "2026-01-01",
    "date_to": "2026-12-31",
}
CURRENT = RewardPoint(
    id=166,
    promotion_id=4,
    name="product 1",
    reference="p1",
    active=True,
    quantity=1,
    points_per_quantity=1,
    sale_date_from=dt.date(2013, 2, 1),
    sale_date_to=dt.date(2022, 12, 31),
    user_groups=(350, 355),
    updated_at=dt.datetime(2017, 6, 27, 10, 58, 31, tzinfo=dt.UTC),
)


def fields_of(raw: dict[str, object], **kw: object) -> dict[str, str]:
    checked = check_reward_point(raw, **kw)  # type: ignore[arg-type]
    return {str(i.field): i.message for i in checked.issues}


def test_a_good_reward_point_gives_the_seed_body() -> None:
    checked = check_reward_point(
        {**GOOD, "user_group_ids": "355, 350", "active": "1"}, returns_enabled=False
    )
    assert checked.ok
    assert checked.body == {
        "reference": "p9",
        "quantity": 2,
        "points_per_quantity": 5,
        "date_from": "2026-01-01",
        "date_to": "2026-12-31",
        "user_group_ids": [350, 355],
        "active": True,
    }


@pytest.mark.parametrize(
    "missing", ["reference", "quantity", "points_per_quantity", "date_from", "date_to"]
)
def test_each_required_field_on_create(missing: str) -> None:
    raw = {**GOOD, missing: "  "}
    assert fields_of(raw, returns_enabled=False) == {missing: "is required"}


def test_optional_fields_may_be_left_out_on_create() -> None:
    checked = check_reward_point(GOOD, returns_enabled=False)
    assert checked.ok
    assert "active" not in checked.body
    assert "user_group_ids" not in checked.body


def test_date_from_after_date_to_is_refused_on_date_to() -> None:
    issues = fields_of({**GOOD, "date_from": "2026-12-31", "date_to": "2026-01-01"},
                       returns_enabled=False)  # fmt: skip
    assert issues == {"date_to": "must be on or after the date from (2026-12-31), not 2026-01-01"}


def test_the_same_day_is_a_valid_window() -> None:
    assert check_reward_point(
        {**GOOD, "date_from": "2026-05-05", "date_to": "2026-05-05"}, returns_enabled=False
    ).ok


def test_an_update_of_one_date_is_checked_against_the_record_s_other_date() -> None:
    # CURRENT's window ends 2022-12-31: moving its start to 2023 would reverse it.
    issues = fields_of({"date_from": "2023-01-01"}, returns_enabled=False, current=CURRENT)
    assert set(issues) == {"date_to"}


@pytest.mark.parametrize("field", ["quantity", "points_per_quantity"])
@pytest.mark.parametrize("value", ["0", "-3", "1.5", "two"])
def test_numbers_must_be_positive_whole_numbers(field: str, value: str) -> None:
    issues = fields_of({**GOOD, field: value}, returns_enabled=False)
    assert list(issues) == [field]
    assert "whole number" in issues[field]


def test_dates_must_be_dates() -> None:
    issues = fields_of({**GOOD, "date_from": "31/12/2026"}, returns_enabled=False)
    assert list(issues) == ["date_from"]


def test_quantity_must_be_1_when_the_promotion_has_returns_enabled() -> None:
    assert fields_of(GOOD, returns_enabled=True) == {
        "quantity": "must be 1 because the promotion accepts returns"
    }
    assert check_reward_point({**GOOD, "quantity": "1"}, returns_enabled=True).ok
    assert not check_reward_point({"quantity": "3"}, returns_enabled=True, current=CURRENT).ok


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("350, 355", (350, 355)),
        ("355;350 350", (350, 355)),
        ("[350,355]", (350, 355)),
        ([355, 350], (350, 355)),
        ("", None),
        (None, None),
    ],
)
def test_user_group_ids_are_read_as_a_list(raw: object, expected: object) -> None:
    groups, issue = parse_user_groups(raw)
    assert issue is None
    assert groups == expected


@pytest.mark.parametrize("raw", ["350, abc", "0", "3.5", [350, "x"], [True]])
def test_user_group_ids_must_be_ids(raw: object) -> None:
    issues = fields_of({**GOOD, "user_group_ids": raw}, returns_enabled=False)
    assert list(issues) == ["user_group_ids"]


def test_an_update_never_changes_the_reference() -> None:
    issues = fields_of({"reference": "p2"}, returns_enabled=False, current=CURRENT)
    assert issues == {"reference": "cannot be changed on an existing one"}


def test_an_update_cannot_empty_a_required_field() -> None:
    issues = fields_of({"quantity": ""}, returns_enabled=False, current=CURRENT)
    assert issues == {"quantity": "is required; it cannot be emptied"}


def test_every_problem_is_reported_at_once_in_field_order() -> None:
    checked = check_reward_point(
        {"quantity": "0", "date_to": "x", "user_group_ids": "a"}, returns_enabled=False
    )
    assert [i.field for i in checked.issues] == [
        "reference", "quantity", "points_per_quantity", "date_from", "date_to", "user_group_ids",
    ]  # fmt: skip
    assert checked.body == {}


def test_patch_body_holds_only_the_changed_fields() -> None:
    edited = {
        "quantity": "1",
        "points_per_quantity": "4",
        "date_from": "2013-02-01",
        "date_to": "2022-12-31",
        "user_group_ids": "355, 350",
        "active": "0",
    }
    checked = check_reward_point(edited, returns_enabled=False, current=CURRENT)
    assert changed_fields(CURRENT, checked.body) == {"points_per_quantity": 4, "active": False}


def test_emptying_user_groups_opens_it_to_everyone() -> None:
    checked = check_reward_point({"user_group_ids": ""}, returns_enabled=False, current=CURRENT)
    assert changed_fields(CURRENT, checked.body) == {"user_group_ids": []}


def test_differences_name_what_another_edit_changed() -> None:
    theirs = CURRENT.model_copy(update={"quantity": 3, "active": False})
    assert differences(CURRENT, theirs) == ["Quantity: 1 → 3", "Active: yes → no"]
