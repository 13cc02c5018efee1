"""Thalamus's own examples (seeds/thalamus-partner-sale.md and DESIGN.md's facts), kept in
tests/contract/vendor_examples/thalamus_*.json, replayed through the connector's builders and
parsers: what ClaimDesk sends is what the vendor prints, and what the vendor prints as an
answer is read as the vendor means it."""

from __future__ import annotations

import base64
import datetime as dt
from decimal import Decimal

import pytest

from claimdesk.connectors.thalamus import (
    API,
    DEFAULT_LOGIN_PATH,
    ThalamusCredentials,
    basic_authorization,
    check_login_answer,
    login_body,
    parse_partner_skus,
    parse_sale_created,
    sale_rejection,
)
from claimdesk.domain.thalamus import (
    BOTH_MESSAGE,
    LEGACY_PAIR,
    PARTNER_SKU,
    SKU_CODE,
    SKU_KEY,
    build_sale_schema,
    check_sale,
    sale_body,
)
from tests.helpers.vendor_examples import VendorExample, load

EXAMPLES = load("thalamus_*.json")
BY_NAME = {example.name: example for example in EXAMPLES}
ERRORS = [e for e in EXAMPLES if e.name.startswith("thalamus_error_")]
SEED_SALE = BY_NAME["thalamus_sale_typical_body"]
# The examples the tests below replay one by one (the error table's rows go through one
# parametrized test).
REPLAYED = {
    "thalamus_sale_typical_body",
    "thalamus_error_object",
    "thalamus_signin",
    "thalamus_partner_skus",
}


def example(name: str) -> VendorExample:
    assert name in REPLAYED
    return BY_NAME[name]


@pytest.mark.parametrize("found", EXAMPLES, ids=lambda e: e.name)
def test_every_example_names_its_source(found: VendorExample) -> None:
    assert found.source.startswith(("seeds/thalamus-partner-sale.md, '", "DESIGN.md, ")), (
        found.source
    )
    assert found.request is not None or found.response is not None


def test_the_seeds_sale_body_is_what_the_form_sends() -> None:
    seed = example("thalamus_sale_typical_body")
    assert seed.request is not None
    assert (seed.request["method"], seed.request["path"]) == ("POST", f"{API}/sale")
    schema = build_sale_schema("DESKTOP")
    typed = {name: str(value) for name, value in seed.request_body.items()}  # as a user types
    checked = check_sale(schema, typed, today=dt.date(2026, 4, 1))
    assert checked.ok, checked.issues
    assert sale_body(schema, checked.values) == seed.request_body
    assert parse_sale_created(seed.answer()).message == "OK"


def test_thalamus_error_object_lands_on_its_field() -> None:
    printed = example("thalamus_error_object")
    error = sale_rejection(SEED_SALE.request_body)(printed.answer())
    assert error.status == 400
    assert [(i.field, i.code, i.message) for i in error.issues] == [
        (PARTNER_SKU, "sku.cannotUseBoth", BOTH_MESSAGE)
    ]
    assert "Nothing was stored" in error.message


@pytest.mark.parametrize("printed", ERRORS, ids=lambda e: e.name)
def test_each_documented_error_code_has_a_field_and_a_sentence(printed: VendorExample) -> None:
    [(field, code)] = printed.response_body["errors"].items()
    error = sale_rejection(SEED_SALE.request_body)(printed.answer())
    [issue] = error.issues
    assert issue.code == code
    assert "(code " not in issue.message  # a sentence of its own, not the generic one
    if code == "InvalidJson":
        assert issue.field is None  # the body as a whole
    elif field == LEGACY_PAIR:
        assert issue.field in (SKU_KEY, SKU_CODE)
    else:
        assert issue.field == field


def test_the_login_body_and_basic_auth_are_the_documented_ones() -> None:
    printed = example("thalamus_signin")
    assert printed.request is not None
    assert (printed.request["method"], printed.request["path"]) == ("POST", DEFAULT_LOGIN_PATH)
    body = printed.request_body
    credentials = ThalamusCredentials("DESKTOP", "token", body["principal"], body["password"])
    assert login_body(credentials) == body
    scheme, token = basic_authorization(body["principal"], body["password"]).split(" ")
    assert scheme == "Basic"
    assert base64.b64decode(token).decode() == f"{body['principal']}:{body['password']}"
    check_login_answer(printed.answer(), DEFAULT_LOGIN_PATH)  # 200, no documented body: fine


def test_the_partner_sku_list_is_read_and_offered() -> None:
    printed = example("thalamus_partner_skus")
    assert printed.request is not None
    assert (printed.request["method"], printed.request["path"]) == ("GET", f"{API}/skus")
    [sku] = parse_partner_skus(printed.answer())
    assert (sku.code, sku.equivalence_type, sku.equivalence) == ("pa6_termo", 1, Decimal("1.5"))
    assert sku.sku_codes == {"EAN": "7790001000011"}
    schema = build_sale_schema("DESKTOP", [sku])
    spec = schema.get(PARTNER_SKU)
    assert spec is not None
    assert [c.value for c in spec.suggestions] == ["pa6_termo"]


def test_every_example_file_is_replayed() -> None:
    """No file is forgotten: each is one of the above, or a row of the error table."""
    assert set(BY_NAME) == REPLAYED | {e.name for e in ERRORS}
