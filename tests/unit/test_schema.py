"""Building the claim form from a promotion's data fields."""

from __future__ import annotations

import pytest

from claimdesk.domain.fields import FieldSpec, FieldType, FormSchema
from claimdesk.domain.myrewards import DataField, Promotion, build_claim_schema
from tests.unit.myrewards_fixtures import (
    PROMOTION_36,
    REWARD_POINTS,
    TODAY,
    data_fields_36,
)


def schema_36() -> FormSchema:
    return build_claim_schema(PROMOTION_36, data_fields_36(), REWARD_POINTS, today=TODAY)


def test_promotion_36_merges_standard_attributes_without_showing_a_field_twice() -> None:
    schema = schema_36()
    assert schema.names == (
        "sale_date",
        "customer_name",
        "invoice_date",
        "product_or_activity_ref",
        "quantity",
        "value_of_sale",
        "username",
        "returns_identifier",
    )
    returns = schema.get("returns_identifier")
    assert returns is not None
    assert not returns.required  # offered, optional


def test_the_four_data_field_types_map_to_field_types() -> None:
    schema = schema_36()
    assert schema.get("customer_name").type is FieldType.CHOICE  # type: ignore[union-attr]
    assert schema.get("invoice_date").type is FieldType.DATE  # type: ignore[union-attr]
    assert schema.get("value_of_sale").type is FieldType.NUMBER  # type: ignore[union-attr]
    # A data field named like a standard attribute keeps the standard meaning.
    assert schema.get("quantity").type is FieldType.INTEGER  # type: ignore[union-attr]
    assert schema.get("product_or_activity_ref").type is FieldType.TEXT  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "answers",
    [
        "Bob\r\nHarry\r\nSuzy",
        "Bob\nHarry\nSuzy",
        "Bob\rHarry\rSuzy",
        "Bob\r\n\r\nHarry\r\nSuzy\r\n",
    ],
)
def test_list_values_answers_split_on_any_line_break(answers: str) -> None:
    field = DataField(
        name="customer_name", label="Customer", field_type="list_values", answers=answers
    )
    schema = build_claim_schema(PROMOTION_36, [field], today=TODAY)
    assert schema.get("customer_name").choice_values == ("Bob", "Harry", "Suzy")  # type: ignore[union-attr]


def test_labels_mandatory_and_positions_come_from_the_promotion() -> None:
    schema = schema_36()
    ref = schema.get("product_or_activity_ref")
    assert ref is not None
    assert ref.label == "Product or Activity Ref"
    assert ref.required
    customer = schema.get("customer_name")
    assert customer is not None
    assert not customer.required
    assert customer.label == "Customer name"


def test_user_id_is_offered_only_when_username_is_not_mandatory() -> None:
    assert "user_id" not in schema_36()
    plain = build_claim_schema(Promotion(id=4, name="P4"), [], today=TODAY)
    assert {"username", "user_id"} <= set(plain.names)
    assert not plain.get("username").required  # type: ignore[union-attr]


def test_sku_suggestions_are_the_active_references_usable_today() -> None:
    sku = schema_36().get("product_or_activity_ref")
    assert sku is not None
    assert [c.value for c in sku.suggestions] == ["BOIL-100", "BOIL-120"]
    assert sku.suggestions[0].display == "BOIL-100 — Product BOIL-100"


def test_a_promotion_known_to_need_returns_requires_a_returns_identifier() -> None:
    schema = build_claim_schema(Promotion(id=12, name="R"), [], today=TODAY, returns_required=True)
    returns = schema.get("returns_identifier")
    assert returns is not None
    assert returns.required


def test_promotions_read_from_the_server_have_no_returns_flag() -> None:
    promotion = Promotion.model_validate({"id": 1, "name": "P", "returns_enabled": True})
    assert not promotion.returns_enabled  # an invented key is not believed
    assert "returns_enabled" not in promotion.model_dump()


def test_a_schema_refuses_two_fields_with_one_name() -> None:
    with pytest.raises(ValueError, match="appear twice: a"):
        FormSchema("k", "t", (FieldSpec("a", "A"), FieldSpec("a", "A again")))


def test_unknown_data_field_type_is_refused_with_its_name() -> None:
    with pytest.raises(ValueError, match="field_type"):
        DataField.model_validate({"name": "x", "label": "X", "field_type": "checkbox"})


def test_only_data_upload_promotions_take_sales_data() -> None:
    def reason(kind: str | None) -> str:
        return Promotion(id=1, name="P", promotion_type=kind).unavailable_reason()

    assert reason("data_upload") == ""
    assert reason("self_claim") == (
        "self claim promotions do not take sales data; only data upload promotions do"
    )
    assert reason("allocated_claims").startswith("allocated claims promotions do not")
    assert reason("something_new").startswith("something_new promotions do not")
    assert reason(None) == ""  # Guess: untyped is offered; the server's refusal speaks
