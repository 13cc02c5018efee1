"""Every Thalamus local rule, as the field-level issue a rep would see, and each of Thalamus's
error codes as the sentence on its form field."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdesk.domain.checks import ClaimCheck
from claimdesk.domain.fields import FieldType
from claimdesk.domain.thalamus import (
    BOTH_MESSAGE,
    CODE_ALONE_MESSAGE,
    CURRENCY_MESSAGE,
    DESCRIPTIONS,
    FUTURE_MESSAGE,
    JSON_MESSAGE,
    KEY_ALONE_MESSAGE,
    MAYBE_SENT_MESSAGE,
    MISSING_MESSAGE,
    SENT_MESSAGE,
    PartnerSku,
    PartnerSkuList,
    SentState,
    build_sale_schema,
    check_sale,
    currencies,
    new_transaction_id,
    sale_body,
    server_issue,
    server_issues,
)

TODAY = dt.date(2026, 11, 20)
SKUS = PartnerSkuList.model_validate(
    {
        "partnerSkus": [
            {"code": "pa6_termo", "name": "Termo PA6 1 L", "equivalenceType": 1,
             "equivalence": "1.5", "skuCodes": {"EAN": "7790001000011", "SAP": "TH-PA6-TERMO"}},
            {"code": "pa6_cafe", "name": "Café PA6 500 g", "equivalenceType": 2,
             "equivalence": "1", "skuCodes": {"EAN": "7790001000028"}},
        ]
    }
).partner_skus  # fmt: skip
BY_CODE = {s.code: s for s in SKUS}
SCHEMA = build_sale_schema("DESKTOP", SKUS)


def valid_sale() -> dict[str, str]:
    return {
        "credentialPrincipal": "22222222",
        "saleDate": "2026-04-01",
        "partnerSkuCode": "pa6_termo",
        "quantity": "4",
        "amount": "43912.4",
        "transactionId": "TXN-2026-0001",
    }


def check(
    sent: dict[str, SentState] | None = None, skus: bool = True, **changes: str | None
) -> ClaimCheck:
    values: dict[str, str | None] = {**valid_sale(), **changes}
    known = sent or {}
    return check_sale(SCHEMA, values, today=TODAY, skus=BY_CODE if skus else None, sent=known.get)


def issues(result: ClaimCheck) -> list[tuple[str | None, str]]:
    return [(i.field, i.message) for i in result.issues]


# --- the form -------------------------------------------------------------------------------


def test_the_form_has_every_field_of_the_body_with_labels_and_types() -> None:
    assert SCHEMA.names == (
        "credentialPrincipal",
        "saleDate",
        "partnerSkuCode",
        "skuCodeKey",
        "skuCode",
        "quantity",
        "amount",
        "currency",
        "transactionId",
        "salesOrigin",
        "vendorId",
        *DESCRIPTIONS,
    )
    spec = {f.name: f for f in SCHEMA}
    assert spec["credentialPrincipal"].label == "Customer (credential principal)"
    assert spec["partnerSkuCode"].label == "Partner SKU code"
    assert spec["skuCodeKey"].label == "Legacy SKU key"
    assert spec["description10"].label == "Description 10"
    assert spec["quantity"].type is FieldType.NUMBER
    assert spec["amount"].type is FieldType.NUMBER
    assert spec["saleDate"].type is FieldType.DATE
    assert spec["vendorId"].type is FieldType.INTEGER
    assert all(spec[d].max_length == 255 for d in DESCRIPTIONS)
    required = {f.name for f in SCHEMA if f.required}
    assert required == {"credentialPrincipal", "saleDate", "quantity", "amount"}


def test_suggestions_come_from_the_partner_skus_and_iso_currencies() -> None:
    spec = {f.name: f for f in SCHEMA}
    assert [c.value for c in spec["partnerSkuCode"].suggestions] == ["pa6_cafe", "pa6_termo"]
    assert [c.value for c in spec["skuCodeKey"].suggestions] == ["EAN", "SAP"]
    currency_codes = {c.value for c in spec["currency"].suggestions}
    assert {"USD", "EUR", "ARS"} <= currency_codes
    assert len(currency_codes) == len(currencies()) > 150


def test_partner_sku_reads_thalamus_json() -> None:
    termo = BY_CODE["pa6_termo"]
    assert termo.equivalence == Decimal("1.5")
    assert termo.sku_codes["SAP"] == "TH-PA6-TERMO"
    assert termo.describe() == "pa6_termo: Termo PA6 1 L — equivalence, 1 counts as 1.5 units"
    assert BY_CODE["pa6_cafe"].describe() == "pa6_cafe: Café PA6 500 g — unit, 1 per unit"


# --- the rules -----------------------------------------------------------------------------


def test_the_seeds_typical_sale_has_no_issues() -> None:
    result = check()
    assert result.issues == ()
    assert result.values["quantity"] == Decimal(4)
    assert result.notes == (BY_CODE["pa6_termo"].describe(),)


@pytest.mark.parametrize("field", ["credentialPrincipal", "saleDate", "quantity", "amount"])
@pytest.mark.parametrize("blank", [None, "", "   "])
def test_required_fields(field: str, blank: str | None) -> None:
    assert issues(check(**{field: blank})) == [(field, "is required")]


def test_a_blank_transaction_id_is_allowed_because_it_is_generated() -> None:
    assert check(transactionId="").ok
    assert new_transaction_id(lambda: "0b7c") == "CD-0b7c"


def test_strings_are_trimmed() -> None:
    result = check(credentialPrincipal="  22222222 ", transactionId=" T-1 ")
    assert result.values["credentialPrincipal"] == "22222222"
    assert result.values["transactionId"] == "T-1"


PRESENT = {"partnerSkuCode": "pa6_termo", "skuCodeKey": "EAN", "skuCode": "7790001000011"}


def expected_sku_issues(partner: bool, key: bool, code: bool) -> list[tuple[str, str]]:
    if partner and (key or code):
        return [("partnerSkuCode", BOTH_MESSAGE)]
    if not (partner or key or code):
        return [("partnerSkuCode", MISSING_MESSAGE)]
    if key and not code and not partner:
        return [("skuCode", CODE_ALONE_MESSAGE)]
    if code and not key and not partner:
        return [("skuCodeKey", KEY_ALONE_MESSAGE)]
    return []


@pytest.mark.parametrize(
    ("partner", "key", "code"), list(itertools.product([False, True], repeat=3))
)
def test_sku_partner_code_or_legacy_pair_never_both_never_neither_never_half(
    partner: bool, key: bool, code: bool
) -> None:
    changes = {
        "partnerSkuCode": PRESENT["partnerSkuCode"] if partner else None,
        "skuCodeKey": PRESENT["skuCodeKey"] if key else None,
        "skuCode": PRESENT["skuCode"] if code else None,
    }
    assert issues(check(**changes)) == expected_sku_issues(partner, key, code)


def test_legacy_pair_alone_notes_that_no_equivalence_applies() -> None:
    result = check(partnerSkuCode=None, skuCodeKey="EAN", skuCode="7790009999990")
    assert result.ok
    assert result.notes == ("Legacy SKU: Thalamus applies no unit equivalences to the quantity.",)


def test_a_too_long_legacy_field_still_counts_as_present() -> None:
    result = check(partnerSkuCode=None, skuCodeKey="EAN", skuCode="9" * 300)
    assert [f for f, _m in issues(result)] == ["skuCode"]  # too long, not "missing"


def test_an_unknown_partner_sku_is_flagged_when_the_list_is_known() -> None:
    assert issues(check(partnerSkuCode="pa6_nope")) == [
        ("partnerSkuCode", "“pa6_nope” is not one of this partner's SKUs")
    ]
    assert check(partnerSkuCode="pa6_nope", skus=False).ok


def test_sale_date_today_or_earlier() -> None:
    assert check(saleDate=TODAY.isoformat()).ok
    assert check(saleDate="2020-01-31").ok
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    assert issues(check(saleDate=tomorrow)) == [("saleDate", FUTURE_MESSAGE)]


@pytest.mark.parametrize("text", ["01/04/2026", "2026-4-1", "2026-02-30", "yesterday", "20260401"])
def test_sale_date_is_yyyy_mm_dd(text: str) -> None:
    [(field, message)] = issues(check(saleDate=text))
    assert field == "saleDate"
    assert "2026-03-31" in message


@pytest.mark.parametrize("code", ["USD", "EUR", "ARS", "BRL", "JPY"])
def test_currency_is_an_iso_4217_code(code: str) -> None:
    result = check(currency=code)
    assert result.ok
    assert result.values["currency"] == code


def test_currency_is_written_in_capitals_when_typed_in_lower_case() -> None:
    result = check(currency="eur")
    assert result.ok
    assert sale_body(SCHEMA, result.values)["currency"] == "EUR"


@pytest.mark.parametrize("code", ["ZZZ", "US", "DOLLAR", "U$S", "€"])
def test_currency_not_iso(code: str) -> None:
    assert issues(check(currency=code)) == [("currency", CURRENCY_MESSAGE)]


@given(st.text(alphabet=st.characters(min_codepoint=65, max_codepoint=90), min_size=3, max_size=3))
def test_currency_accepted_exactly_when_iso_knows_it(code: str) -> None:
    assert check(currency=code).ok == (code in currencies())


@pytest.mark.parametrize(
    ("text", "ok"),
    [("101", True), ("1", True), ("0", False), ("-3", False), ("1.5", False), ("abc", False),
     ("12.0", True)],
)  # fmt: skip
def test_vendor_id_is_a_whole_number(text: str, ok: bool) -> None:
    result = check(vendorId=text)
    assert result.ok == ok
    if not ok:
        assert [f for f, _m in issues(result)] == ["vendorId"]


@pytest.mark.parametrize("field", ["quantity", "amount"])
@pytest.mark.parametrize("text", ["abc", "NaN", "Infinity", "-inf", "1,5", "1e999"])
def test_quantity_and_amount_are_finite_decimals(field: str, text: str) -> None:
    assert [f for f, _m in issues(check(**{field: text}))] == [field]


@pytest.mark.parametrize("text", ["0.5", "12", "1250.50", "1e3"])
def test_quantity_and_amount_accept_decimals(text: str) -> None:
    assert check(quantity=text, amount=text).ok


@pytest.mark.parametrize("field", DESCRIPTIONS)
def test_each_description_holds_at_most_255_characters(field: str) -> None:
    assert check(**{field: "d" * 255}).ok
    [(name, message)] = issues(check(**{field: "d" * 256}))
    assert name == field
    assert message == "must be at most 255 characters (it has 256)"


def test_a_transaction_id_sent_before_is_flagged() -> None:
    sent: dict[str, SentState] = {"TXN-2026-0001": "accepted", "TXN-2": "unknown"}
    assert issues(check(sent=sent)) == [("transactionId", SENT_MESSAGE)]
    assert issues(check(sent=sent, transactionId="TXN-2")) == [
        ("transactionId", MAYBE_SENT_MESSAGE)
    ]
    assert check(sent=sent, transactionId="TXN-3").ok


def test_issues_come_in_form_order() -> None:
    result = check(vendorId="x", currency="ZZZ", credentialPrincipal="", saleDate="2999-01-01")
    assert [f for f, _m in issues(result)] == [
        "credentialPrincipal",
        "saleDate",
        "currency",
        "vendorId",
    ]


# --- the body ------------------------------------------------------------------------------


def test_the_body_of_the_seeds_example() -> None:
    result = check()
    assert sale_body(SCHEMA, result.values) == {
        "credentialPrincipal": "22222222",
        "saleDate": "2026-04-01",
        "partnerSkuCode": "pa6_termo",
        "quantity": 4,
        "amount": 43912.4,
        "transactionId": "TXN-2026-0001",
    }


def test_optional_fields_are_sent_typed_and_blanks_left_out() -> None:
    result = check(vendorId="101", description3="note", salesOrigin="WEB", currency="", skuCode="")
    body = sale_body(SCHEMA, result.values)
    assert body["vendorId"] == 101
    assert body["description3"] == "note"
    assert body["salesOrigin"] == "WEB"
    assert "currency" not in body
    assert "skuCode" not in body
    assert "description1" not in body


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_amounts_with_cents_reach_the_body_exactly(amount: Decimal) -> None:
    result = check(amount=str(amount))
    assert result.ok
    sent = sale_body(SCHEMA, result.values)["amount"]
    assert Decimal(repr(sent)) == amount


# --- Thalamus's codes as sentences on form fields ---------------------------------------------


@pytest.mark.parametrize(
    ("field", "code", "sent", "form_field", "says"),
    [
        ("partner", "InvalidRoleForLoggedParty", {}, "partner", "not a partner"),
        ("credentialPrincipal", "InvalidPrincipal", {}, "credentialPrincipal",
         "is not a customer of this partner"),
        ("partnerSkuCode", "sku.missingData", {}, "partnerSkuCode", MISSING_MESSAGE),
        ("partnerSkuCode", "sku.cannotUseBoth", {}, "partnerSkuCode", BOTH_MESSAGE),
        ("skuCodeKey+skuCode", "sku.requiredTogether", {"skuCode": "1"}, "skuCodeKey",
         KEY_ALONE_MESSAGE),
        ("skuCodeKey+skuCode", "sku.requiredTogether", {"skuCodeKey": "EAN"}, "skuCode",
         CODE_ALONE_MESSAGE),
        ("skuCodeKey+skuCode", "code.notFound", {"skuCodeKey": "EAN", "skuCode": "1"}, "skuCode",
         "is not a SKU Thalamus knows under this legacy SKU key"),
        ("currency", "code.notFound", {}, "currency", "is not a currency code Thalamus knows"),
        ("partnerSkuCode", "code.notFound", {}, "partnerSkuCode", "is not one of this partner's"),
        ("description6", "field.lengthExceeded", {}, "description6", "at most 255 characters"),
        ("vendorId", "invalidId", {}, "vendorId", "is not a vendor Thalamus knows"),
        ("saleDate", "BeforeTodayRequired", {}, "saleDate", FUTURE_MESSAGE),
        ("saleDate", "field.invalid.format", {}, "saleDate", "2026-03-31"),
        ("quantity", "field.invalid.format", {}, "quantity", "is not in the format"),
        ("amount", "field.required", {}, "amount", "is required"),
        ("body", "InvalidJson", {}, None, JSON_MESSAGE),
        ("quantity", "SomethingNew", {}, "quantity", "code SomethingNew"),
    ],
)  # fmt: skip
def test_each_code_maps_to_its_field_and_a_sentence(
    field: str, code: str, sent: dict[str, str], form_field: str | None, says: str
) -> None:
    issue = server_issue(field, code, sent)
    assert issue.field == form_field
    assert issue.code == code
    assert says in issue.message


def test_the_errors_object_and_other_shapes() -> None:
    assert [
        i.field for i in server_issues({"currency": "code.notFound", "vendorId": "invalidId"}, {})
    ] == [
        "currency",
        "vendorId",
    ]
    [issue] = server_issues(["Injected fault"], {})
    assert (issue.field, issue.message) == (None, "Injected fault")
    assert server_issues(None, {}) == ()


def test_partner_sku_without_optional_keys() -> None:
    sku = PartnerSku.model_validate({"code": "x"})
    assert sku.sku_codes == {}
    assert sku.describe() == "x: x — unit, 1 per unit"


# --- bad input (issue 16, point 8) -----------------------------------------------------------


@pytest.mark.parametrize("text", ["0", "-3", "-0.5"])
def test_quantity_must_be_more_than_zero(text: str) -> None:
    assert issues(check(quantity=text)) == [("quantity", "must be more than 0")]


def test_amount_must_not_be_negative() -> None:
    assert issues(check(amount="-0.01")) == [("amount", "must be 0 or more")]
    assert check(amount="0").ok


@pytest.mark.parametrize("text", ["1999-12-31", "0001-01-01"])
def test_sale_date_from_2000(text: str) -> None:
    assert issues(check(saleDate=text)) == [("saleDate", "must be 2000-01-01 or later")]
    assert check(saleDate="2000-01-01").ok


def test_an_amount_of_29_digits_is_refused_not_rounded() -> None:
    assert issues(check(amount="99999999999999.999999999999999")) == [
        ("amount", "has too many digits: at most 15 significant digits")
    ]


@pytest.mark.parametrize("text", ["12.34", "0.1", "43912.4", "123456789012.345"])
def test_an_amount_goes_out_with_exactly_its_digits(text: str) -> None:
    import json

    result = check(amount=text)
    assert result.ok
    assert f'"amount": {text},' in json.dumps(sale_body(SCHEMA, result.values))
