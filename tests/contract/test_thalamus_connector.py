"""The Thalamus connector and service against the sandbox over real HTTP on loopback."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal
from typing import Any

import pytest
import requests

from claimdesk.connectors.http import make_session
from claimdesk.connectors.thalamus import ThalamusConnector, ThalamusCredentials, sale_rejection
from claimdesk.domain.thalamus import (
    BOTH_MESSAGE,
    CODE_ALONE_MESSAGE,
    DATE_FORMAT_MESSAGE,
    FUTURE_MESSAGE,
    JSON_MESSAGE,
    KEY_ALONE_MESSAGE,
    MAYBE_SENT_MESSAGE,
    MISSING_MESSAGE,
    PRINCIPAL_MESSAGE,
    ROLE_MESSAGE,
    SENT_MESSAGE,
    TOO_LONG_MESSAGE,
    VENDOR_MESSAGE,
    PartnerSku,
)
from claimdesk.errors import AmbiguousOutcome, AuthError, RejectedError, TransientError
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.sandbox.thalamus_data import NON_PARTNER_PASSWORD, NON_PARTNER_PRINCIPAL
from claimdesk.service.platform import LoadedForm, Outcome, SubmitResult
from claimdesk.service.thalamus import CANCELLED_MESSAGE, ThalamusService
from claimdesk.service.workspace import training_connection

DEMO = ThalamusCredentials(
    demo.THALAMUS_TOUCHPOINT,
    demo.THALAMUS_API_TOKEN,
    demo.THALAMUS_PRINCIPAL,
    demo.THALAMUS_PASSWORD,
)
TODAY = dt.date.today()
API = "/api/v4/partner"
SIGNIN = "/api/v4/signin"


def connector(
    url: str, credentials: ThalamusCredentials = DEMO, **kwargs: Any
) -> ThalamusConnector:
    return ThalamusConnector(url, credentials, sleep=lambda _s: None, **kwargs)


def received(url: str) -> list[dict[str, Any]]:
    answer = requests.get(f"{url}/_sandbox/received", params={"platform": "thalamus"}, timeout=5)
    answer.raise_for_status()
    items: list[dict[str, Any]] = answer.json()
    return items


def logins(url: str) -> int:
    answer = requests.get(f"{url}/_sandbox/thalamus/sessions", timeout=5)
    answer.raise_for_status()
    count: int = answer.json()["logins"]
    return count


def expire(url: str) -> None:
    requests.post(f"{url}/_sandbox/thalamus/expire-sessions", timeout=5).raise_for_status()


def fault(url: str, **rule: object) -> None:
    requests.post(f"{url}/_sandbox/faults", json=rule, timeout=5).raise_for_status()


def body(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "credentialPrincipal": "22222222",
        "partnerSkuCode": "pa6_termo",
        "quantity": 4,
        "amount": 43912.4,
        "saleDate": "2026-04-01" if dt.date(2026, 4, 1) <= TODAY else TODAY.isoformat(),
        "transactionId": "TXN-2026-0001",
        **changes,
    }
    return {k: v for k, v in record.items() if v is not None}


# --- login and session ----------------------------------------------------------------------


def test_partner_skus_are_typed(sandbox: str) -> None:
    skus = {s.code: s for s in connector(sandbox).partner_skus()}
    termo = skus["pa6_termo"]
    assert isinstance(termo, PartnerSku)
    assert termo.equivalence == Decimal("1.5")
    assert termo.equivalence_type == 1
    assert termo.sku_codes == {"EAN": "7790001000011", "SAP": "TH-PA6-TERMO"}
    assert logins(sandbox) == 1


def test_the_seeds_body_is_stored_once(sandbox: str) -> None:
    created = connector(sandbox).create_sale(body())
    assert created.message == "OK"
    [stored] = received(sandbox)
    assert stored["sale"] == body()


def test_credentials_go_as_headers_never_in_the_url(sandbox: str) -> None:
    seen: list[requests.PreparedRequest] = []
    session = make_session()
    session.hooks["response"].append(lambda r, *_a, **_k: seen.append(r.request))
    thalamus = connector(sandbox, session=session)
    thalamus.create_sale(body())
    assert [r.path_url for r in seen] == [SIGNIN, f"{API}/sale"]
    for request in seen:
        assert request.headers["Thalamus-Touchpoint"] == demo.THALAMUS_TOUCHPOINT
        assert request.headers["Thalamus-Token"] == demo.THALAMUS_API_TOKEN
        assert "token" not in (request.url or "")
    assert "JSESSIONID=" in seen[1].headers["Cookie"]  # the session cookie goes with the sale


def test_an_ended_session_is_renewed_once_and_the_sale_repeated(sandbox: str) -> None:
    thalamus = connector(sandbox)
    thalamus.create_sale(body(transactionId="T-1"))
    expire(sandbox)
    thalamus.create_sale(body(transactionId="T-2"))
    assert [s["sale"]["transactionId"] for s in received(sandbox)] == ["T-1", "T-2"]
    assert logins(sandbox) == 2
    assert thalamus.logins == 2


def test_a_second_401_after_the_new_login_is_an_auth_error(sandbox: str) -> None:
    thalamus = connector(sandbox)
    thalamus.ensure_login()
    fault(sandbox, platform="thalamus", path=f"{API}/sale", status=401, times=2)
    with pytest.raises(AuthError) as caught:
        thalamus.create_sale(body())
    assert caught.value.status == 401
    assert "Nothing was stored" in str(caught.value)
    assert logins(sandbox) == 2  # the first login and exactly one more
    assert received(sandbox) == []


def test_one_401_is_followed_by_one_login_and_the_call_repeated(sandbox: str) -> None:
    thalamus = connector(sandbox)
    thalamus.ensure_login()
    fault(sandbox, platform="thalamus", path=f"{API}/skus", status=401, times=1)
    assert thalamus.partner_skus()
    assert logins(sandbox) == 2


def test_wrong_password_is_an_auth_error_without_the_secret(sandbox: str) -> None:
    bad = ThalamusCredentials(
        demo.THALAMUS_TOUCHPOINT, demo.THALAMUS_API_TOKEN, demo.THALAMUS_PRINCIPAL, "not-it-4411"
    )
    with pytest.raises(AuthError) as caught:
        connector(sandbox, bad).create_sale(body())
    assert caught.value.status == 401
    assert demo.THALAMUS_PRINCIPAL in str(caught.value)
    assert "not-it-4411" not in str(caught.value)
    assert "not-it-4411" not in repr(bad)
    assert received(sandbox) == []


@pytest.mark.parametrize(
    ("touchpoint", "token", "says"),
    [
        ("NOPE", demo.THALAMUS_API_TOKEN, "does not know the touchpoint “NOPE”"),
        (demo.THALAMUS_TOUCHPOINT, "wrong-token-9931", "refused the touchpoint's API token"),
    ],
)
def test_wrong_touchpoint_or_token_is_an_auth_error(
    sandbox: str, touchpoint: str, token: str, says: str
) -> None:
    bad = ThalamusCredentials(touchpoint, token, demo.THALAMUS_PRINCIPAL, demo.THALAMUS_PASSWORD)
    with pytest.raises(AuthError) as caught:
        connector(sandbox, bad).partner_skus()
    assert says in str(caught.value)
    assert "wrong-token-9931" not in str(caught.value)


@pytest.mark.parametrize("password", ["abc", "x" * 101])
def test_a_password_outside_4_to_100_characters_is_not_sent(sandbox: str, password: str) -> None:
    bad = ThalamusCredentials(
        demo.THALAMUS_TOUCHPOINT, demo.THALAMUS_API_TOKEN, demo.THALAMUS_PRINCIPAL, password
    )
    with pytest.raises(AuthError, match="4 to 100 characters"):
        connector(sandbox, bad).ensure_login()
    assert logins(sandbox) == 0


# --- every documented error code, mapped to its form field -----------------------------------

TOMORROW = (TODAY + dt.timedelta(days=1)).isoformat()

# (case, body sent, form field, code, sentence)
CODE_CASES: list[tuple[str, dict[str, Any], str, str, str]] = [
    ("InvalidPrincipal", body(credentialPrincipal="33333333"), "credentialPrincipal",
     "InvalidPrincipal", PRINCIPAL_MESSAGE),
    ("sku.missingData", body(partnerSkuCode=None), "partnerSkuCode", "sku.missingData",
     MISSING_MESSAGE),
    ("sku.cannotUseBoth", body(skuCodeKey="EAN", skuCode="7790001000011"), "partnerSkuCode",
     "sku.cannotUseBoth", BOTH_MESSAGE),
    ("sku.requiredTogether: key alone", body(partnerSkuCode=None, skuCodeKey="EAN"), "skuCode",
     "sku.requiredTogether", CODE_ALONE_MESSAGE),
    ("sku.requiredTogether: code alone", body(partnerSkuCode=None, skuCode="7790001000011"),
     "skuCodeKey", "sku.requiredTogether", KEY_ALONE_MESSAGE),
    ("code.notFound", body(currency="ZZZ"), "currency", "code.notFound",
     "is not a currency code Thalamus knows (ISO 4217, for example USD)"),
    ("field.lengthExceeded", body(description4="z" * 256), "description4",
     "field.lengthExceeded", TOO_LONG_MESSAGE),
    ("invalidId", body(vendorId=999), "vendorId", "invalidId", VENDOR_MESSAGE),
    ("BeforeTodayRequired", body(saleDate=TOMORROW), "saleDate", "BeforeTodayRequired",
     FUTURE_MESSAGE),
    ("field.invalid.format", body(saleDate="01/04/2026"), "saleDate", "field.invalid.format",
     DATE_FORMAT_MESSAGE),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sent", "field", "code", "message"),
    [pytest.param(*case[1:], id=case[0]) for case in CODE_CASES],
)
def test_each_error_code_lands_on_its_field_with_a_sentence(
    sandbox: str, sent: dict[str, Any], field: str, code: str, message: str
) -> None:
    with pytest.raises(RejectedError) as caught:
        connector(sandbox).create_sale(sent)
    error = caught.value
    assert error.status == 400
    assert [(i.field, i.code, i.message) for i in error.issues] == [(field, code, message)]
    assert message in str(error)
    assert "Nothing was stored" in str(error)
    assert received(sandbox) == []


def test_invalid_role_lands_on_partner(sandbox: str) -> None:
    consumer = ThalamusCredentials(
        demo.THALAMUS_TOUCHPOINT,
        demo.THALAMUS_API_TOKEN,
        NON_PARTNER_PRINCIPAL,
        NON_PARTNER_PASSWORD,
    )
    with pytest.raises(RejectedError) as caught:
        connector(sandbox, consumer).create_sale(body())
    [issue] = caught.value.issues
    assert (issue.field, issue.code, issue.message) == (
        "partner",
        "InvalidRoleForLoggedParty",
        ROLE_MESSAGE,
    )
    with pytest.raises(RejectedError, match="not a partner"):
        connector(sandbox, consumer).partner_skus()


def test_invalid_json_is_a_record_level_issue(sandbox: str) -> None:
    # The connector always sends valid JSON, so the sandbox's answer to a malformed body is
    # fetched by hand and read by the connector's parser.
    session = requests.Session()
    session.headers.update(
        {"Thalamus-Touchpoint": DEMO.touchpoint, "Thalamus-Token": DEMO.api_token}
    )
    session.post(
        f"{sandbox}{SIGNIN}",
        json={"principal": DEMO.principal, "password": DEMO.password},
        timeout=5,
    ).raise_for_status()
    answer = session.post(
        f"{sandbox}{API}/sale",
        data=b"{not json",
        headers={"Content-Type": "application/json"},
        timeout=5,
    )
    assert answer.status_code == 400
    error = sale_rejection({})(answer)
    assert [(i.field, i.code, i.message) for i in error.issues] == [
        (None, "InvalidJson", JSON_MESSAGE)
    ]


def test_several_codes_in_one_answer_each_land_on_their_field(sandbox: str) -> None:
    with pytest.raises(RejectedError) as caught:
        connector(sandbox).create_sale(body(currency="ZZZ", vendorId=999, description9="q" * 300))
    assert {i.field for i in caught.value.issues} == {"currency", "vendorId", "description9"}


# --- what the sale POST must never do ---------------------------------------------------------


def test_a_5xx_is_not_retried(sandbox: str) -> None:
    fault(sandbox, platform="thalamus", path=f"{API}/sale", status=503, times=1)
    thalamus = connector(sandbox)
    with pytest.raises(TransientError):
        thalamus.create_sale(body())
    assert received(sandbox) == []  # a retry would have stored it


def test_a_connection_dropped_after_storing_is_ambiguous(sandbox: str) -> None:
    thalamus = connector(sandbox)
    thalamus.ensure_login()
    fault(sandbox, platform="thalamus", path=f"{API}/sale", drop="after_store", times=1)
    with pytest.raises(AmbiguousOutcome):
        thalamus.create_sale(body())
    assert len(received(sandbox)) == 1


def test_a_200_proxy_page_is_ambiguous(sandbox: str) -> None:
    thalamus = connector(sandbox)
    thalamus.ensure_login()
    fault(sandbox, platform="thalamus", path=f"{API}/sale", malformed=True, times=1)
    with pytest.raises(AmbiguousOutcome, match="instead of 201"):
        thalamus.create_sale(body())


def test_delete_a_sale(sandbox: str) -> None:
    thalamus = connector(sandbox)
    thalamus.create_sale(body())
    [stored] = received(sandbox)
    thalamus.delete_sale(stored["id"])
    assert received(sandbox) == []
    with pytest.raises(RejectedError):
        thalamus.delete_sale(stored["id"])


# --- the service: one sale --------------------------------------------------------------------


@pytest.fixture
def service(sandbox: str) -> ThalamusService:
    return ThalamusService(connector(sandbox))


@pytest.fixture
def form(service: ThalamusService) -> LoadedForm:
    [target] = service.targets()
    return service.load_form(target)


def entered(**changes: str) -> dict[str, str]:
    return {
        "credentialPrincipal": "22222222",
        "saleDate": TODAY.isoformat(),
        "partnerSkuCode": "pa6_cafe",
        "quantity": "2",
        "amount": "1250.50",
        "currency": "usd",
        **changes,
    }


def test_the_touchpoint_is_the_one_target_and_skus_are_suggested(
    service: ThalamusService, form: LoadedForm
) -> None:
    assert [t.key for t in service.targets()] == [demo.THALAMUS_TOUCHPOINT]
    spec = form.schema.get("partnerSkuCode")
    assert spec is not None
    assert "pa6_termo" in {c.value for c in spec.suggestions}
    assert form.sticky_fields == ("credentialPrincipal", "saleDate", "currency", "salesOrigin")


def test_a_blank_transaction_id_is_generated(
    sandbox: str, service: ThalamusService, form: LoadedForm
) -> None:
    result = service.submit(form, entered())
    assert result.outcome is Outcome.ACCEPTED, result.message
    [transaction_id] = result.claim_ids
    assert transaction_id.startswith("CD-")
    assert len(transaction_id) == len("CD-") + 36
    [stored] = received(sandbox)
    assert stored["sale"] == {
        "credentialPrincipal": "22222222",
        "saleDate": TODAY.isoformat(),
        "partnerSkuCode": "pa6_cafe",
        "quantity": 2,
        "amount": 1250.5,
        "currency": "USD",
        "transactionId": transaction_id,
    }
    second = service.submit(form, entered())
    assert second.claim_ids != result.claim_ids


def test_a_typed_transaction_id_sent_before_is_flagged(
    sandbox: str, service: ThalamusService, form: LoadedForm
) -> None:
    assert service.submit(form, entered(transactionId="INV-7")).outcome is Outcome.ACCEPTED
    again = service.submit(form, entered(transactionId="INV-7"))
    assert again.outcome is Outcome.INVALID
    assert [(i.field, i.message) for i in again.issues] == [("transactionId", SENT_MESSAGE)]
    assert len(received(sandbox)) == 1


def test_a_refused_sale_leaves_its_transaction_id_free(
    sandbox: str, service: ThalamusService, form: LoadedForm
) -> None:
    refused = service.submit(form, entered(transactionId="INV-8", credentialPrincipal="33333333"))
    assert refused.outcome is Outcome.REJECTED
    assert [i.field for i in refused.issues] == ["credentialPrincipal"]
    fixed = service.submit(form, entered(transactionId="INV-8"))
    assert fixed.outcome is Outcome.ACCEPTED, fixed.message


def test_an_unknown_outcome_marks_the_transaction_id_as_maybe_sent(
    sandbox: str, service: ThalamusService, form: LoadedForm
) -> None:
    fault(sandbox, platform="thalamus", path=f"{API}/sale", drop="after_store", times=1)
    unknown = service.submit(form, entered(transactionId="INV-9"))
    assert unknown.outcome is Outcome.UNKNOWN
    assert "INV-9" in unknown.message
    again = service.check(form, entered(transactionId="INV-9"))
    assert [(i.field, i.message) for i in again.issues] == [("transactionId", MAYBE_SENT_MESSAGE)]


def test_the_non_partner_refusal_is_shown_as_a_record_level_issue(sandbox: str) -> None:
    consumer = ThalamusCredentials(
        demo.THALAMUS_TOUCHPOINT,
        demo.THALAMUS_API_TOKEN,
        NON_PARTNER_PRINCIPAL,
        NON_PARTNER_PASSWORD,
    )
    service = ThalamusService(connector(sandbox, consumer))
    from claimdesk.domain.thalamus import build_sale_schema
    from claimdesk.service.platform import Target

    form = LoadedForm(Target("DESKTOP", "x"), build_sale_schema("DESKTOP"))
    result = service.submit(form, entered())
    assert result.outcome is Outcome.REJECTED
    [issue] = result.issues
    assert issue.field is None
    assert issue.code == "InvalidRoleForLoggedParty"
    assert "Partner login" in issue.message


def test_training_connection(sandbox: str) -> None:
    connection = training_connection(sandbox, "thalamus")
    assert connection.name == "Training · Thalamus"
    assert connection.service.platform == "thalamus"
    assert [t.key for t in connection.service.targets()] == ["DESKTOP"]
    connection.service.close()


# --- the service: many sales --------------------------------------------------------------------


def rows(count: int, prefix: str = "B") -> list[dict[str, str]]:
    return [
        entered(transactionId=f"{prefix}-{i:04d}", amount=f"{i}.25", quantity=str(1 + i % 5))
        for i in range(count)
    ]


def test_200_sales_are_each_stored_once_in_order_of_results(
    sandbox: str, service: ThalamusService, form: LoadedForm
) -> None:
    seen: list[tuple[int, int]] = []
    results = service.submit_many(form, rows(200), progress=lambda d, t: seen.append((d, t)))
    assert len(results) == 200
    assert all(r.outcome is Outcome.ACCEPTED for r in results), {r.message for r in results}
    assert [r.claim_ids[0] for r in results] == [f"B-{i:04d}" for i in range(200)]
    stored = [s["sale"]["transactionId"] for s in received(sandbox)]
    assert sorted(stored) == [f"B-{i:04d}" for i in range(200)]  # each exactly once
    assert [d for d, _t in seen] == list(range(1, 201))
    assert {t for _d, t in seen} == {200}
    assert logins(sandbox) == 1


def test_cancel_stops_starting_new_sales(
    sandbox: str, service: ThalamusService, form: LoadedForm
) -> None:
    cancel = threading.Event()
    fault(sandbox, platform="thalamus", path=f"{API}/sale", latency_ms=20, times=0)

    def progress(done: int, _total: int) -> None:
        if done >= 20:
            cancel.set()

    results = service.submit_many(form, rows(200), progress=progress, cancel=cancel, workers=4)
    assert len(results) == 200
    accepted = [r for r in results if r.outcome is Outcome.ACCEPTED]
    not_sent = [r for r in results if r.message == CANCELLED_MESSAGE]
    assert len(accepted) + len(not_sent) == 200
    assert 20 <= len(accepted) <= 20 + 2 * 4  # the ones already under way finish
    assert all(r.outcome is Outcome.FAILED and r.retryable for r in not_sent)
    stored = {s["sale"]["transactionId"] for s in received(sandbox)}
    assert stored == {r.claim_ids[0] for r in accepted}
    # The IDs of the sales not sent stay free for the next try.
    index = next(i for i, r in enumerate(results) if r.message == CANCELLED_MESSAGE)
    assert service.check(form, rows(200)[index]).ok


def test_a_session_ending_mid_batch_is_renewed_once(
    sandbox: str, service: ThalamusService, form: LoadedForm
) -> None:
    def progress(done: int, _total: int) -> None:
        if done in (50, 120):
            expire(sandbox)

    results = service.submit_many(form, rows(200, "S"), progress=progress)
    assert all(r.outcome is Outcome.ACCEPTED for r in results), {r.message for r in results}
    assert len(received(sandbox)) == 200
    assert logins(sandbox) == 3  # the first, and one after each expiry, however many threads met it


def test_bad_rows_are_reported_and_not_sent(
    sandbox: str, service: ThalamusService, form: LoadedForm
) -> None:
    batch = rows(5)
    batch[1] = {**batch[1], "saleDate": TOMORROW}
    batch[3] = {**batch[3], "transactionId": batch[0]["transactionId"]}
    batch[4] = {**batch[4], "credentialPrincipal": "33333333"}
    results: list[SubmitResult] = service.submit_many(form, batch)
    assert [r.outcome for r in results] == [
        Outcome.ACCEPTED,
        Outcome.INVALID,
        Outcome.ACCEPTED,
        Outcome.INVALID,
        Outcome.REJECTED,
    ]
    assert [i.field for i in results[1].issues] == ["saleDate"]
    assert "row 1" in results[3].issues[0].message
    assert [i.code for i in results[4].issues] == ["InvalidPrincipal"]
    assert len(received(sandbox)) == 2
