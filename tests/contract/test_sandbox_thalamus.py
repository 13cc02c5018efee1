"""The sandbox's Thalamus emulation, over real loopback HTTP (seeds/thalamus-partner-sale.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import requests

from claimdesk.sandbox import demo_credentials as demo
from claimdesk.sandbox.thalamus_data import (
    NON_PARTNER_PASSWORD,
    NON_PARTNER_PRINCIPAL,
    OTHER_PARTNER_PASSWORD,
    OTHER_PARTNER_PRINCIPAL,
    OTHER_TOUCHPOINT,
    SESSION_COOKIE,
)

API = "/api/v4/partner"
SIGNIN = "/api/v4/signin"
HEADERS = {
    "Thalamus-Touchpoint": demo.THALAMUS_TOUCHPOINT,
    "Thalamus-Token": demo.THALAMUS_API_TOKEN,
}
QUERY = {"touchpoint": demo.THALAMUS_TOUCHPOINT, "token": demo.THALAMUS_API_TOKEN}
TODAY = dt.date.today()

# seeds/thalamus-partner-sale.md, "Typical Body Example", as written there.
SEED_BODY: dict[str, Any] = {
    "credentialPrincipal": "22222222",
    "partnerSkuCode": "pa6_termo",
    "quantity": 4,
    "amount": 43912.4,
    "saleDate": "2026-04-01",
    "transactionId": "TXN-2026-0001",
}


def typical_body(**changes: Any) -> dict[str, Any]:
    """The seed's body, its date moved to today only if the machine's clock is before it."""
    body = dict(SEED_BODY)
    if dt.date.fromisoformat(body["saleDate"]) > TODAY:
        body["saleDate"] = TODAY.isoformat()
    body.update(changes)
    return {key: value for key, value in body.items() if value is not None}


def partner_session(
    base: str,
    principal: str = demo.THALAMUS_PRINCIPAL,
    password: str = demo.THALAMUS_PASSWORD,
) -> requests.Session:
    session = requests.Session()
    session.headers.update(HEADERS)
    answer = session.post(
        f"{base}{SIGNIN}", json={"principal": principal, "password": password}, timeout=10
    )
    assert answer.status_code == 200, answer.text
    assert SESSION_COOKIE in session.cookies
    return session


def received(base: str) -> list[dict[str, Any]]:
    answer = requests.get(f"{base}/_sandbox/received", params={"platform": "thalamus"}, timeout=10)
    assert answer.status_code == 200
    items: list[dict[str, Any]] = answer.json()
    return items


def sessions(base: str) -> dict[str, int]:
    answer = requests.get(f"{base}/_sandbox/thalamus/sessions", timeout=10)
    assert answer.status_code == 200
    counts: dict[str, int] = answer.json()
    return counts


def expire(base: str) -> None:
    requests.post(f"{base}/_sandbox/thalamus/expire-sessions", timeout=10).raise_for_status()


@pytest.fixture
def partner(sandbox: str) -> requests.Session:
    return partner_session(sandbox)


# --- the seed's example and the sale ----------------------------------------------------------


def test_the_seeds_typical_body_is_accepted_as_written(
    sandbox: str, partner: requests.Session
) -> None:
    body = typical_body()
    answer = partner.post(f"{sandbox}{API}/sale", json=body, timeout=10)
    assert answer.status_code == 201
    assert answer.json() == {"message": "OK"}
    [stored] = received(sandbox)
    assert stored["sale"] == body
    assert stored["partner"] == demo.THALAMUS_PRINCIPAL
    assert stored["touchpoint"] == demo.THALAMUS_TOUCHPOINT
    # pa6_termo has the unit equivalence 1.5: 4 sold count as 6 units.
    assert stored["partner_sku"] == "pa6_termo"
    assert stored["units"] == "6.0"


def test_every_optional_field_is_accepted(sandbox: str, partner: requests.Session) -> None:
    descriptions = {f"description{n}": f"detail {n}" for n in range(1, 10)}
    body = typical_body(
        salesOrigin="STORE", currency="USD", vendorId=101, **descriptions, description10="x" * 255
    )
    answer = partner.post(f"{sandbox}{API}/sale", json=body, timeout=10)
    assert answer.status_code == 201, answer.text
    assert received(sandbox)[0]["sale"] == body


def test_the_legacy_way_names_the_product_by_key_and_code(
    sandbox: str, partner: requests.Session
) -> None:
    body = typical_body(partnerSkuCode=None, skuCodeKey="EAN", skuCode="7790009999990")
    answer = partner.post(f"{sandbox}{API}/sale", json=body, timeout=10)
    assert answer.status_code == 201, answer.text
    [stored] = received(sandbox)
    assert "units" not in stored  # the legacy way applies no equivalences


def test_a_transaction_id_is_not_deduplicated(sandbox: str, partner: requests.Session) -> None:
    """Assumed (the seed is silent): the same transactionId twice is two sales."""
    for _ in range(2):
        assert (
            partner.post(f"{sandbox}{API}/sale", json=typical_body(), timeout=10).status_code == 201
        )
    stored = received(sandbox)
    assert [s["sale"]["transactionId"] for s in stored] == ["TXN-2026-0001"] * 2
    assert stored[0]["id"] != stored[1]["id"]


def test_a_sale_dated_today_is_accepted(sandbox: str, partner: requests.Session) -> None:
    body = typical_body(saleDate=TODAY.isoformat())
    assert partner.post(f"{sandbox}{API}/sale", json=body, timeout=10).status_code == 201


# --- every error code of the seed's table -----------------------------------------------------

TOMORROW = (TODAY + dt.timedelta(days=1)).isoformat()

# (case, body or raw bytes, the errors object expected)
TABLE_CASES: list[tuple[str, Any, dict[str, str]]] = [
    ("InvalidPrincipal: another partner's customer", typical_body(credentialPrincipal="33333333"),
     {"credentialPrincipal": "InvalidPrincipal"}),
    ("InvalidPrincipal: no such party", typical_body(credentialPrincipal="99999999"),
     {"credentialPrincipal": "InvalidPrincipal"}),
    ("sku.missingData", typical_body(partnerSkuCode=None), {"partnerSkuCode": "sku.missingData"}),
    ("sku.cannotUseBoth", typical_body(skuCodeKey="EAN", skuCode="7790001000011"),
     {"partnerSkuCode": "sku.cannotUseBoth"}),
    ("sku.cannotUseBoth: one legacy field", typical_body(skuCode="7790001000011"),
     {"partnerSkuCode": "sku.cannotUseBoth"}),
    ("sku.requiredTogether: key alone", typical_body(partnerSkuCode=None, skuCodeKey="EAN"),
     {"skuCodeKey+skuCode": "sku.requiredTogether"}),
    ("sku.requiredTogether: code alone", typical_body(partnerSkuCode=None, skuCode="779"),
     {"skuCodeKey+skuCode": "sku.requiredTogether"}),
    ("code.notFound", typical_body(currency="ZZZ"), {"currency": "code.notFound"}),
    ("field.lengthExceeded", typical_body(description7="x" * 256),
     {"description7": "field.lengthExceeded"}),
    ("invalidId", typical_body(vendorId=999), {"vendorId": "invalidId"}),
    ("BeforeTodayRequired", typical_body(saleDate=TOMORROW), {"saleDate": "BeforeTodayRequired"}),
    ("field.invalid.format: dd/MM/yyyy", typical_body(saleDate="01/04/2026"),
     {"saleDate": "field.invalid.format"}),
    ("field.invalid.format: no zero padding", typical_body(saleDate="2026-4-1"),
     {"saleDate": "field.invalid.format"}),
    ("field.invalid.format: no such day", typical_body(saleDate="2026-02-30"),
     {"saleDate": "field.invalid.format"}),
    ("InvalidJson: not JSON", b'{"credentialPrincipal": "22222222",', {"body": "InvalidJson"}),
    ("InvalidJson: not an object", b"[]", {"body": "InvalidJson"}),
    ("InvalidJson: NaN", b'{"quantity": NaN}', {"body": "InvalidJson"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "errors"),
    [pytest.param(body, errors, id=case) for case, body, errors in TABLE_CASES],
)
def test_each_error_code_comes_with_its_field_and_nothing_is_stored(
    sandbox: str, partner: requests.Session, body: Any, errors: dict[str, str]
) -> None:
    if isinstance(body, bytes):
        answer = partner.post(
            f"{sandbox}{API}/sale",
            data=body,
            headers={"Content-Type": "application/json"},
            timeout=10,
        )
    else:
        answer = partner.post(f"{sandbox}{API}/sale", json=body, timeout=10)
    assert answer.status_code == 400
    assert answer.json() == {"errors": errors}
    assert received(sandbox) == []


def test_invalid_role_when_the_login_is_not_a_partner(sandbox: str) -> None:
    consumer = partner_session(sandbox, NON_PARTNER_PRINCIPAL, NON_PARTNER_PASSWORD)
    answer = consumer.post(f"{sandbox}{API}/sale", json=typical_body(), timeout=10)
    assert answer.status_code == 400
    assert answer.json() == {"errors": {"partner": "InvalidRoleForLoggedParty"}}
    skus = consumer.get(f"{sandbox}{API}/skus", timeout=10)
    assert skus.status_code == 400
    assert skus.json() == {"errors": {"partner": "InvalidRoleForLoggedParty"}}
    assert received(sandbox) == []


def test_several_problems_come_back_in_one_answer(sandbox: str, partner: requests.Session) -> None:
    body = typical_body(currency="ZZZ", vendorId=999, saleDate=TOMORROW, description2="y" * 300)
    answer = partner.post(f"{sandbox}{API}/sale", json=body, timeout=10)
    assert answer.status_code == 400
    assert answer.json() == {
        "errors": {
            "currency": "code.notFound",
            "vendorId": "invalidId",
            "saleDate": "BeforeTodayRequired",
            "description2": "field.lengthExceeded",
        }
    }


# Assumed where the seed is silent (the connector assumes the same).
ASSUMED_CASES: list[tuple[str, dict[str, Any], dict[str, str]]] = [
    ("missing customer", typical_body(credentialPrincipal=None),
     {"credentialPrincipal": "field.required"}),
    ("missing quantity", typical_body(quantity=None), {"quantity": "field.required"}),
    ("missing amount", typical_body(amount=None), {"amount": "field.required"}),
    ("missing date", typical_body(saleDate=None), {"saleDate": "field.required"}),
    ("missing transaction", typical_body(transactionId=None), {"transactionId": "field.required"}),
    ("blank transaction", typical_body(transactionId="  "), {"transactionId": "field.required"}),
    ("text quantity", typical_body(quantity="four"), {"quantity": "field.invalid.format"}),
    ("boolean amount", typical_body(amount=True), {"amount": "field.invalid.format"}),
    ("fractional vendor", typical_body(vendorId=1.5), {"vendorId": "field.invalid.format"}),
    ("number as customer", typical_body(credentialPrincipal=22222222),
     {"credentialPrincipal": "field.invalid.format"}),
    ("another partner's SKU", typical_body(partnerSkuCode="np_termo"),
     {"partnerSkuCode": "code.notFound"}),
    ("unknown legacy pair",
     typical_body(partnerSkuCode=None, skuCodeKey="EAN", skuCode="0000000000000"),
     {"skuCodeKey+skuCode": "code.notFound"}),
    ("lower-case currency", typical_body(currency="usd"), {"currency": "code.notFound"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "errors"),
    [pytest.param(body, errors, id=case) for case, body, errors in ASSUMED_CASES],
)
def test_assumed_codes(
    sandbox: str, partner: requests.Session, body: dict[str, Any], errors: dict[str, str]
) -> None:
    answer = partner.post(f"{sandbox}{API}/sale", json=body, timeout=10)
    assert answer.status_code == 400
    assert answer.json() == {"errors": errors}


def test_numbers_may_come_as_decimal_strings(sandbox: str, partner: requests.Session) -> None:
    body = typical_body(quantity="2.5", amount="100.10")
    assert partner.post(f"{sandbox}{API}/sale", json=body, timeout=10).status_code == 201
    assert received(sandbox)[0]["units"] == "3.75"


# --- the touchpoint, its token and the session ------------------------------------------------


def test_touchpoint_and_token_as_query_parameters(sandbox: str) -> None:
    session = requests.Session()  # no Thalamus headers at all
    login = session.post(
        f"{sandbox}{SIGNIN}",
        params=QUERY,
        json={"principal": demo.THALAMUS_PRINCIPAL, "password": demo.THALAMUS_PASSWORD},
        timeout=10,
    )
    assert login.status_code == 200
    sale = session.post(f"{sandbox}{API}/sale", params=QUERY, json=typical_body(), timeout=10)
    assert sale.status_code == 201
    assert session.get(f"{sandbox}{API}/skus", params=QUERY, timeout=10).status_code == 200
    assert len(received(sandbox)) == 1


def test_touchpoint_and_token_as_headers(sandbox: str, partner: requests.Session) -> None:
    assert "touchpoint" not in (partner.params or {})
    sale = partner.post(f"{sandbox}{API}/sale", json=typical_body(), timeout=10)
    assert sale.status_code == 201


@pytest.mark.parametrize(
    ("headers", "errors"),
    [
        pytest.param({}, {"touchpoint": "TouchpointCodeRequired", "token": "TokenRequired"},
                     id="neither"),
        pytest.param({"Thalamus-Token": demo.THALAMUS_API_TOKEN},
                     {"touchpoint": "TouchpointCodeRequired"}, id="no touchpoint"),
        pytest.param({"Thalamus-Touchpoint": "NOPE", "Thalamus-Token": demo.THALAMUS_API_TOKEN},
                     {"touchpoint": "InvalidTouchpointCode"}, id="unknown touchpoint"),
        pytest.param({"Thalamus-Touchpoint": demo.THALAMUS_TOUCHPOINT},
                     {"token": "TokenRequired"}, id="no token"),
        pytest.param({"Thalamus-Touchpoint": demo.THALAMUS_TOUCHPOINT, "Thalamus-Token": "wrong"},
                     {"token": "InvalidToken"}, id="wrong token"),
        pytest.param({"Thalamus-Touchpoint": OTHER_TOUCHPOINT,
                      "Thalamus-Token": demo.THALAMUS_API_TOKEN},
                     {"token": "InvalidToken"}, id="another touchpoint's token"),
    ],
)  # fmt: skip
def test_every_call_needs_the_touchpoint_and_its_token(
    sandbox: str, headers: dict[str, str], errors: dict[str, str]
) -> None:
    credentials = {"principal": demo.THALAMUS_PRINCIPAL, "password": demo.THALAMUS_PASSWORD}
    login = requests.post(f"{sandbox}{SIGNIN}", headers=headers, json=credentials, timeout=10)
    assert login.status_code == 400
    assert login.json() == {"errors": errors}
    assert SESSION_COOKIE not in login.cookies
    partner = partner_session(sandbox)
    partner.headers.clear()
    partner.headers.update(headers)
    sale = partner.post(f"{sandbox}{API}/sale", json=typical_body(), timeout=10)
    assert sale.status_code == 400
    assert sale.json() == {"errors": errors}
    assert received(sandbox) == []


def test_a_sale_without_a_session_is_401(sandbox: str) -> None:
    answer = requests.post(f"{sandbox}{API}/sale", headers=HEADERS, json=typical_body(), timeout=10)
    assert answer.status_code == 401
    assert answer.json() == {"errors": {"session": "Unauthorized"}}
    skus = requests.get(f"{sandbox}{API}/skus", headers=HEADERS, timeout=10)
    assert skus.status_code == 401
    assert received(sandbox) == []


@pytest.mark.parametrize(
    ("principal", "password", "status", "errors"),
    [
        pytest.param(demo.THALAMUS_PRINCIPAL, "wrong-password", 401,
                     {"credential": "InvalidCredentials"}, id="wrong password"),
        pytest.param("nobody", demo.THALAMUS_PASSWORD, 401,
                     {"credential": "InvalidCredentials"}, id="unknown principal"),
        pytest.param(demo.THALAMUS_PRINCIPAL, "abcd", 401,
                     {"credential": "InvalidCredentials"}, id="4 characters: checked"),
        pytest.param(demo.THALAMUS_PRINCIPAL, "x" * 100, 401,
                     {"credential": "InvalidCredentials"}, id="100 characters: checked"),
        pytest.param(demo.THALAMUS_PRINCIPAL, "abc", 400,
                     {"password": "field.invalid.format"}, id="3 characters"),
        pytest.param(demo.THALAMUS_PRINCIPAL, "x" * 101, 400,
                     {"password": "field.invalid.format"}, id="101 characters"),
        pytest.param(None, demo.THALAMUS_PASSWORD, 400,
                     {"principal": "field.required"}, id="no principal"),
        pytest.param(demo.THALAMUS_PRINCIPAL, None, 400,
                     {"password": "field.required"}, id="no password"),
    ],
)  # fmt: skip
def test_login_refusals(
    sandbox: str, principal: str | None, password: str | None, status: int, errors: dict[str, str]
) -> None:
    body = {k: v for k, v in {"principal": principal, "password": password}.items() if v}
    answer = requests.post(f"{sandbox}{SIGNIN}", headers=HEADERS, json=body, timeout=10)
    assert answer.status_code == status
    assert answer.json() == {"errors": errors}
    assert SESSION_COOKIE not in answer.cookies
    assert sessions(sandbox) == {"logins": 0, "live": 0}


def test_login_answers_200_and_sets_an_http_only_session_cookie(sandbox: str) -> None:
    answer = requests.post(
        f"{sandbox}{SIGNIN}",
        headers=HEADERS,
        json={"principal": demo.THALAMUS_PRINCIPAL, "password": demo.THALAMUS_PASSWORD},
        timeout=10,
    )
    assert answer.status_code == 200
    assert answer.json() == {}  # the body is not documented: nothing invented
    cookie = answer.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}=")
    assert "HttpOnly" in cookie
    assert sessions(sandbox) == {"logins": 1, "live": 1}


def test_login_with_a_live_session_is_refused(sandbox: str, partner: requests.Session) -> None:
    again = partner.post(
        f"{sandbox}{SIGNIN}",
        json={"principal": demo.THALAMUS_PRINCIPAL, "password": demo.THALAMUS_PASSWORD},
        timeout=10,
    )
    assert again.status_code == 400
    assert again.json() == {"errors": {"credential": "PartyAlreadyLoggedin"}}


def test_expired_sessions_are_refused_until_the_next_login(
    sandbox: str, partner: requests.Session
) -> None:
    assert partner.post(f"{sandbox}{API}/sale", json=typical_body(), timeout=10).status_code == 201
    expire(sandbox)
    assert sessions(sandbox) == {"logins": 1, "live": 0}
    refused = partner.post(f"{sandbox}{API}/sale", json=typical_body(), timeout=10)
    assert refused.status_code == 401
    # The dead cookie does not block a new login.
    login = partner.post(
        f"{sandbox}{SIGNIN}",
        json={"principal": demo.THALAMUS_PRINCIPAL, "password": demo.THALAMUS_PASSWORD},
        timeout=10,
    )
    assert login.status_code == 200
    assert partner.post(f"{sandbox}{API}/sale", json=typical_body(), timeout=10).status_code == 201
    assert len(received(sandbox)) == 2
    assert sessions(sandbox) == {"logins": 2, "live": 1}


def test_reset_ends_every_session(sandbox: str, partner: requests.Session) -> None:
    requests.post(f"{sandbox}/_sandbox/reset", timeout=10).raise_for_status()
    assert partner.get(f"{sandbox}{API}/skus", timeout=10).status_code == 401


def test_a_session_belongs_to_its_touchpoint(sandbox: str, partner: requests.Session) -> None:
    partner.headers.update(
        {"Thalamus-Touchpoint": OTHER_TOUCHPOINT, "Thalamus-Token": "callcenter-token"}
    )
    assert partner.get(f"{sandbox}{API}/skus", timeout=10).status_code == 401


# --- partner SKUs and DELETE ------------------------------------------------------------------


def test_partner_skus_are_listed_as_thalamus_documents_them(
    sandbox: str, partner: requests.Session
) -> None:
    answer = partner.get(f"{sandbox}{API}/skus", timeout=10)
    assert answer.status_code == 200
    skus = answer.json()["partnerSkus"]
    assert len(skus) >= 5
    termo = next(s for s in skus if s["code"] == "pa6_termo")
    assert termo == {
        "code": "pa6_termo",
        "name": "Termo PA6 1 L",
        "equivalenceType": 1,
        "equivalence": "1.5",
        "skuCodes": {"EAN": "7790001000011", "SAP": "TH-PA6-TERMO"},
    }
    assert all(s["equivalence"] == "1" for s in skus if s["equivalenceType"] != 1)


def test_each_partner_sees_its_own_skus(sandbox: str) -> None:
    north = partner_session(sandbox, OTHER_PARTNER_PRINCIPAL, OTHER_PARTNER_PASSWORD)
    codes = {s["code"] for s in north.get(f"{sandbox}{API}/skus", timeout=10).json()["partnerSkus"]}
    assert "np_termo" in codes
    assert "pa6_termo" not in codes
    sale = north.post(
        f"{sandbox}{API}/sale",
        json=typical_body(credentialPrincipal="33333333", partnerSkuCode="np_termo"),
        timeout=10,
    )
    assert sale.status_code == 201


def test_delete_a_sale(sandbox: str, partner: requests.Session) -> None:
    partner.post(f"{sandbox}{API}/sale", json=typical_body(), timeout=10).raise_for_status()
    partner.post(
        f"{sandbox}{API}/sale", json=typical_body(transactionId="TXN-2"), timeout=10
    ).raise_for_status()
    first, second = received(sandbox)
    north = partner_session(sandbox, OTHER_PARTNER_PRINCIPAL, OTHER_PARTNER_PASSWORD)
    not_theirs = north.delete(f"{sandbox}{API}/sale/{first['id']}", timeout=10)
    assert not_theirs.status_code == 400
    assert not_theirs.json() == {"errors": {"id": "invalidId"}}

    deleted = partner.delete(f"{sandbox}{API}/sale/{first['id']}", timeout=10)
    assert deleted.status_code == 200
    assert [s["id"] for s in received(sandbox)] == [second["id"]]
    again = partner.delete(f"{sandbox}{API}/sale/{first['id']}", timeout=10)
    assert again.status_code == 400
    assert again.json() == {"errors": {"id": "invalidId"}}
    assert partner.delete(f"{sandbox}{API}/sale/abc", timeout=10).status_code == 400


def test_delete_needs_a_session(sandbox: str, partner: requests.Session) -> None:
    partner.post(f"{sandbox}{API}/sale", json=typical_body(), timeout=10).raise_for_status()
    [sale] = received(sandbox)
    answer = requests.delete(f"{sandbox}{API}/sale/{sale['id']}", headers=HEADERS, timeout=10)
    assert answer.status_code == 401
    assert len(received(sandbox)) == 1


# --- faults -----------------------------------------------------------------------------------


def test_injected_faults_reach_thalamus_paths(sandbox: str, partner: requests.Session) -> None:
    requests.post(
        f"{sandbox}/_sandbox/faults",
        json={"platform": "thalamus", "method": "POST", "path": f"{API}/sale", "status": 503,
              "retry_after": 7},
        timeout=10,
    ).raise_for_status()  # fmt: skip
    failed = partner.post(f"{sandbox}{API}/sale", json=typical_body(), timeout=10)
    assert failed.status_code == 503
    assert failed.headers["retry-after"] == "7"
    assert received(sandbox) == []
    assert partner.post(f"{sandbox}{API}/sale", json=typical_body(), timeout=10).status_code == 201


def test_the_session_knob_is_not_subject_to_faults(sandbox: str) -> None:
    requests.post(
        f"{sandbox}/_sandbox/faults", json={"status": 500, "times": 0}, timeout=10
    ).raise_for_status()
    answer = requests.post(f"{sandbox}/_sandbox/thalamus/expire-sessions", timeout=10)
    assert answer.status_code == 200
    assert answer.json() == {"expired": 0}
