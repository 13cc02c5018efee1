"""Promotion 36 exactly as the seed defines it, and reward points for the rules."""

from __future__ import annotations

import datetime as dt

from claimdesk.domain.myrewards import DataField, Promotion, RewardPoint

TODAY = dt.date(2026, 11, 22)

SEED_FIELDS_36 = [
    {
        "id": 468,
        "promotion_id": 36,
        "name": "customer_name",
        "label": "Customer name",
        "mandatory": False,
        "field_type": "list_values",
        "answers": "Bob\r\nHarry\r\nSuzy",
        "created_at": "2018-01-10T08:50:50.000+00:00",
        "updated_at": "2018-01-26T12:51:15.000+00:00",
        "position": 0,
    },
    {
        "id": 464,
        "promotion_id": 36,
        "name": "invoice_date",
        "label": "Invoice date",
        "mandatory": True,
        "field_type": "date",
        "answers": "",
        "position": 1,
    },
    {
        "id": 465,
        "promotion_id": 36,
        "name": "product_or_activity_ref",
        "label": "Product or Activity Ref",
        "mandatory": True,
        "field_type": "free_text",
        "answers": None,
        "position": 2,
    },
    {
        "id": 466,
        "promotion_id": 36,
        "name": "quantity",
        "label": "Quantity",
        "mandatory": True,
        "field_type": "numeric",
        "answers": None,
        "position": 3,
    },
    {
        "id": 567,
        "promotion_id": 36,
        "name": "value_of_sale",
        "label": "Value of sale",
        "mandatory": True,
        "field_type": "numeric",
        "answers": "",
        "position": 4,
    },
    {
        "id": 467,
        "promotion_id": 36,
        "name": "username",
        "label": "Username",
        "mandatory": True,
        "field_type": "free_text",
        "answers": None,
        "position": 5,
    },
]

PROMOTION_36 = Promotion(id=36, name="Autumn Boiler Bonus", status="active")


def data_fields_36() -> list[DataField]:
    return [DataField.model_validate(f) for f in SEED_FIELDS_36]


def reward_point(reference: str, **changes: object) -> RewardPoint:
    base: dict[str, object] = {
        "id": abs(hash(reference)) % 100_000,
        "promotion_id": 36,
        "name": f"Product {reference}",
        "reference": reference,
        "active": True,
        "quantity": 1,
        "points_per_quantity": 10,
        "sale_date_from": TODAY - dt.timedelta(days=100),
        "sale_date_to": TODAY + dt.timedelta(days=100),
        "user_groups": [],
    }
    base.update(changes)
    return RewardPoint.model_validate(base)


REWARD_POINTS = [
    reward_point("BOIL-100", points_per_quantity=25),
    reward_point("BOIL-120", quantity=2, points_per_quantity=40),
    reward_point("OLD-1", sale_date_from=dt.date(2020, 1, 1), sale_date_to=dt.date(2020, 12, 31)),
    reward_point("OFF-1", active=False),
]


def valid_claim() -> dict[str, str]:
    return {
        "sale_date": "2026-11-20",
        "customer_name": "Bob",
        "invoice_date": "2026-11-20",
        "product_or_activity_ref": "BOIL-100",
        "quantity": "3",
        "value_of_sale": "1250.50",
        "username": "demo.rep",
    }
