"""The Thalamus connector and service against each documented reading of the session
(DESIGN.md: log in at POST /api/v4/signin, keep the cookies AND send Basic principal:password on
every later call): by default the sandbox accepts either, `thalamus-cookie-session` only the
cookie, `thalamus-basic-session` only Basic (and sets no cookie). "Test connection" (probe)
and its messages for what goes wrong."""

from __future__ import annotations

import base64
from typing import Any

import pytest
import requests

from claimdesk.connectors.http import make_session
from claimdesk.connectors.thalamus import ThalamusConnector, ThalamusCredentials, sale_rejection
from claimdesk.errors import AuthError, PermanentError, TransientError
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.sandbox.thalamus_data import (
    PASSWORDLESS_TOUCHPOINT,
    PASSWORDLESS_TOUCHPOINT_TOKEN,
    SESSION_COOKIE,
)
from claimdesk.sandbox.variants import THALAMUS_BASIC_SESSION, THALAMUS_COOKIE_SESSION
from claimdesk.service.platform import Outcome, Target
from claimdesk.service.thalamus import ThalamusService
from tests.helpers.claims import thalamus_sale
from tests.helpers.variants import use_variants

DEMO = ThalamusCredentials(
    demo.THALAMUS_TOUCHPOINT,
    demo.THALAMUS_API_TOKEN,
    demo.THALAMUS_PRINCIPAL,
    demo.THALAMUS_PASSWORD,
)
PASSWORDLESS = ThalamusCredentials(
    PASSWORDLESS_TOUCHPOINT, PASSWORDLESS_TOUCHPOINT_TOKEN, demo.THALAMUS_PRINCIPAL, ""
)
SIGNIN = "/api/v4/signin"
API = "/api/v4/partner"
READINGS = [
    pytest.param((), id="default"),
    pytest.param((THALAMUS_COOKIE_SESSION,), id="cookie-session"),
    pytest.param((THALAMUS_BASIC_SESSION,), id="basic-session"),
]


def basic(principal: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{principal}:{password}".encode()).decode()


def watched(
    url: str, credentials: ThalamusCredentials = DEMO, **kwargs: Any
) -> tuple[ThalamusConnector, list[requests.Response]]:
    """A connector whose every answer (and so its request) is kept for inspection."""
    seen: list[requests.Response] = []
    session = make_session()
    session.hooks["response"].append(lambda r, *_a, **_k: seen.append(r))
    return ThalamusConnector(
        url, credentials, session=session, sleep=lambda _s: None, **kwargs
    ), seen


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


def service(connector: ThalamusConnector) -> ThalamusService:
    return ThalamusService(connector)


# --- the login and every later call --------------------------------------------------------


@pytest.mark.parametrize("variants", READINGS)
def test_login_at_signin_then_basic_on_every_later_call(
    sandbox: str, variants: tuple[str, ...]
) -> None:
    use_variants(sandbox, *variants)
    connector, seen = watched(sandbox)
    sales = service(connector)
    form = sales.load_form(Target(demo.THALAMUS_TOUCHPOINT, "x"))
    result = sales.submit(form, thalamus_sale())
    assert result.outcome is Outcome.ACCEPTED, result.message
    assert [r.request.path_url for r in seen] == [SIGNIN, f"{API}/skus", f"{API}/sale"]
    login, *later = (r.request for r in seen)
    assert login.body is not None
    assert b'"principal": "demo-partner"' in login.body  # type: ignore[operator]
    assert "Authorization" not in login.headers
    for request in later:
        assert request.headers["Authorization"] == basic("demo-partner", "demo-password")
        assert request.headers["Thalamus-Touchpoint"] == demo.THALAMUS_TOUCHPOINT
        assert request.headers["Thalamus-Token"] == demo.THALAMUS_API_TOKEN
    sets_cookie = SESSION_COOKIE in seen[0].cookies
    assert sets_cookie is (THALAMUS_BASIC_SESSION not in variants)
    if sets_cookie:
        assert f"{SESSION_COOKIE}=" in later[-1].headers["Cookie"]
    [stored] = received(sandbox)
    assert stored["partner"] == demo.THALAMUS_PRINCIPAL


@pytest.mark.parametrize("variants", READINGS)
def test_an_ended_session_is_renewed_once_and_the_sale_sent(
    sandbox: str, variants: tuple[str, ...]
) -> None:
    use_variants(sandbox, *variants)
    connector, _seen = watched(sandbox)
    connector.create_sale({**thalamus_sale(transactionId="S-1"), "quantity": 4, "amount": 10})
    expire(sandbox)
    connector.create_sale({**thalamus_sale(transactionId="S-2"), "quantity": 4, "amount": 10})
    assert [s["sale"]["transactionId"] for s in received(sandbox)] == ["S-1", "S-2"]
    assert logins(sandbox) == 2
    assert connector.logins == 2


@pytest.mark.parametrize("variants", READINGS)
def test_a_batch_logs_in_once_for_all_its_senders(sandbox: str, variants: tuple[str, ...]) -> None:
    use_variants(sandbox, *variants)
    connector, seen = watched(sandbox)
    sales = service(connector)
    form = sales.load_form(Target(demo.THALAMUS_TOUCHPOINT, "x"))
    results = sales.submit_many(form, [thalamus_sale() for _ in range(40)])
    assert {r.outcome for r in results} == {Outcome.ACCEPTED}
    assert logins(sandbox) == 1
    # One request per sale and nothing more: the login and the SKU list, then the sales.
    assert len(seen) == 2 + 40


@pytest.mark.parametrize("variants", READINGS)
def test_a_second_401_after_the_new_login_is_a_clear_auth_error(
    sandbox: str, variants: tuple[str, ...]
) -> None:
    use_variants(sandbox, *variants)
    connector, _seen = watched(sandbox)
    connector.ensure_login()
    fault(sandbox, platform="thalamus", path=f"{API}/sale", status=401, times=2)
    with pytest.raises(AuthError) as caught:
        connector.create_sale({**thalamus_sale(transactionId="S-1"), "quantity": 4, "amount": 1})
    assert caught.value.status == 401
    assert "Thalamus" in str(caught.value)
    assert "demo-partner" in str(caught.value)
    assert "Nothing was stored" in str(caught.value)
    assert "demo-password" not in str(caught.value)
    assert logins(sandbox) == 2
    assert received(sandbox) == []


@pytest.mark.parametrize("variants", READINGS)
def test_a_touchpoint_that_needs_no_password(sandbox: str, variants: tuple[str, ...]) -> None:
    use_variants(sandbox, *variants)
    connector, seen = watched(sandbox, PASSWORDLESS)
    connector.create_sale({**thalamus_sale(transactionId="K-1"), "quantity": 4, "amount": 1})
    assert seen[0].request.body is not None
    assert b'"password": ""' in seen[0].request.body  # type: ignore[operator]
    assert seen[1].request.headers["Authorization"] == basic("demo-partner", "")
    [stored] = received(sandbox)
    assert stored["touchpoint"] == PASSWORDLESS_TOUCHPOINT


# --- "Test connection" ---------------------------------------------------------------------


@pytest.mark.parametrize("variants", READINGS)
def test_the_probe_says_what_it_proved(sandbox: str, variants: tuple[str, ...]) -> None:
    use_variants(sandbox, *variants)
    connector, seen = watched(sandbox)
    probe = service(connector).probe()
    assert probe.proved == (
        "Signed in as demo-partner at touchpoint DESKTOP (/api/v4/signin).",
        "Partner SKUs readable: 6 found.",
    )
    assert [r.request.path_url for r in seen] == [SIGNIN, f"{API}/skus"]
    assert probe.learned == {}


def test_the_probe_logs_in_afresh_even_with_a_live_session(sandbox: str) -> None:
    connector, _seen = watched(sandbox)
    connector.ensure_login()
    service(connector).probe()
    assert logins(sandbox) == 2


def test_a_login_path_the_server_lacks_names_the_setting(sandbox: str) -> None:
    connector, _seen = watched(sandbox, login_path="/api/v4/partner/login")
    with pytest.raises(PermanentError) as caught:
        service(connector).probe()
    message = str(caught.value)
    assert caught.value.status == 404
    assert "Thalamus has no login at" in message
    assert "/api/v4/partner/login" in message
    assert "Login path" in message
    assert "/api/v4/signin" in message


def test_a_wrong_password_names_the_principal_not_the_secret(sandbox: str) -> None:
    bad = ThalamusCredentials(
        demo.THALAMUS_TOUCHPOINT, demo.THALAMUS_API_TOKEN, demo.THALAMUS_PRINCIPAL, "wrong-7731"
    )
    connector, _seen = watched(sandbox, bad)
    with pytest.raises(AuthError) as caught:
        service(connector).probe()
    assert caught.value.status == 401
    assert "Thalamus refused the partner login of “demo-partner”" in str(caught.value)
    assert "wrong-7731" not in str(caught.value)


def test_a_403_at_login_names_the_partner_and_touchpoint(sandbox: str) -> None:
    fault(sandbox, platform="thalamus", path=SIGNIN, status=403)
    connector, _seen = watched(sandbox)
    with pytest.raises(AuthError) as caught:
        service(connector).probe()
    assert caught.value.status == 403
    assert "“demo-partner”" in str(caught.value)
    assert "“DESKTOP”" in str(caught.value)
    assert "HTTP 403" in str(caught.value)


def test_a_web_page_at_the_login_path_is_quoted(sandbox: str) -> None:
    fault(sandbox, platform="thalamus", path=SIGNIN, malformed=True)
    connector, _seen = watched(sandbox)
    with pytest.raises(PermanentError) as caught:
        service(connector).probe()
    message = str(caught.value)
    assert "not JSON" in message
    assert "Login path" in message
    assert "“<!DOCTYPE html><html><head><title>Service unavailable</title>" in message


def test_an_unreadable_sku_list_is_quoted(sandbox: str) -> None:
    fault(sandbox, platform="thalamus", path=f"{API}/skus", malformed=True)
    connector, _seen = watched(sandbox)
    with pytest.raises(PermanentError) as caught:
        service(connector).probe()
    message = str(caught.value)
    assert "Thalamus's list of partner SKUs could not be read" in message
    assert "“<!DOCTYPE html>" in message
    quote = message[message.index("“") + 1 : message.rindex("”")]
    assert len(quote) <= 301  # 300 characters, and "…" when cut


def test_a_long_unreadable_refusal_is_quoted_to_300_characters() -> None:
    answer = requests.Response()
    answer.status_code = 400
    answer._content = ("<html>" + "x" * 1000 + "</html>").encode()
    answer.headers["Content-Type"] = "text/html"
    message = str(sale_rejection({})(answer))
    assert "Thalamus refused the request (HTTP 400)" in message
    quote = message[message.index("“") + 1 : message.rindex("”")]
    assert quote == "<html>" + "x" * 294 + "…"


def test_a_login_that_times_out_names_thalamus_and_the_principal(sandbox: str) -> None:
    fault(sandbox, platform="thalamus", path=SIGNIN, latency_ms=3000, times=0)
    connector, _seen = watched(sandbox, timeout=(5.0, 0.3))
    try:
        with pytest.raises(TransientError) as caught:
            service(connector).probe()
    finally:
        requests.delete(f"{sandbox}/_sandbox/faults", timeout=5).raise_for_status()
    message = str(caught.value)
    assert message.startswith("Thalamus, partner login of “demo-partner” at touchpoint “DESKTOP”")
    assert "did not answer in time" in message


@pytest.mark.parametrize("status", [403, 404])
def test_a_sku_list_not_offered_still_signs_in_and_the_form_opens(
    sandbox: str, status: int
) -> None:
    fault(sandbox, platform="thalamus", path=f"{API}/skus", status=status, times=2)
    connector, _seen = watched(sandbox)
    sales = service(connector)
    probe = sales.probe()
    assert probe.proved[0].startswith("Signed in as demo-partner")
    assert f"HTTP {status}" in probe.proved[1]
    assert probe.proved[1].startswith("No partner SKU list:")
    form = sales.load_form(Target(demo.THALAMUS_TOUCHPOINT, "x"))
    assert f"HTTP {status}" in form.summary
    assert sales.submit(form, thalamus_sale()).outcome is Outcome.ACCEPTED


# --- the sandbox's readings, seen from outside -----------------------------------------------


def _signed_in(sandbox: str) -> requests.Response:
    answer = requests.post(
        f"{sandbox}{SIGNIN}",
        headers={
            "Thalamus-Touchpoint": demo.THALAMUS_TOUCHPOINT,
            "Thalamus-Token": demo.THALAMUS_API_TOKEN,
        },
        json={"principal": demo.THALAMUS_PRINCIPAL, "password": demo.THALAMUS_PASSWORD},
        timeout=5,
    )
    assert answer.status_code == 200, answer.text
    return answer


def _skus(sandbox: str, **kwargs: Any) -> requests.Response:
    headers = {
        "Thalamus-Touchpoint": demo.THALAMUS_TOUCHPOINT,
        "Thalamus-Token": demo.THALAMUS_API_TOKEN,
        **kwargs.pop("headers", {}),
    }
    return requests.get(f"{sandbox}{API}/skus", headers=headers, timeout=5, **kwargs)


@pytest.mark.parametrize(
    ("variants", "cookie_alone", "basic_alone"),
    [
        pytest.param((), 200, 200, id="default"),
        pytest.param((THALAMUS_COOKIE_SESSION,), 200, 401, id="cookie-session"),
        pytest.param((THALAMUS_BASIC_SESSION,), None, 200, id="basic-session"),
    ],
)
def test_each_reading_accepts_its_own_session(
    sandbox: str, variants: tuple[str, ...], cookie_alone: int | None, basic_alone: int
) -> None:
    use_variants(sandbox, *variants)
    login = _signed_in(sandbox)
    if cookie_alone is None:
        assert SESSION_COOKIE not in login.cookies  # Basic only: no cookie is set
    else:
        assert _skus(sandbox, cookies=login.cookies).status_code == cookie_alone
    auth = {"Authorization": basic(demo.THALAMUS_PRINCIPAL, demo.THALAMUS_PASSWORD)}
    answer = _skus(sandbox, headers=auth)
    assert answer.status_code == basic_alone
    if basic_alone == 401:
        assert answer.json() == {"errors": {"session": "Unauthorized"}}


@pytest.mark.parametrize("variants", [(), (THALAMUS_BASIC_SESSION,)], ids=["default", "basic"])
def test_basic_needs_a_login_and_the_right_password(
    sandbox: str, variants: tuple[str, ...]
) -> None:
    use_variants(sandbox, *variants)
    good = {"Authorization": basic(demo.THALAMUS_PRINCIPAL, demo.THALAMUS_PASSWORD)}
    assert _skus(sandbox, headers=good).status_code == 401  # no login yet: no session
    _signed_in(sandbox)
    wrong = {"Authorization": basic(demo.THALAMUS_PRINCIPAL, "not-the-password")}
    refused = _skus(sandbox, headers=wrong)
    assert refused.status_code == 401
    assert refused.json() == {"errors": {"credential": "InvalidCredentials"}}
    assert _skus(sandbox, headers=good).status_code == 200
    expire(sandbox)
    assert _skus(sandbox, headers=good).status_code == 401


def test_the_invented_login_path_is_gone(sandbox: str) -> None:
    answer = requests.post(
        f"{sandbox}{API}/login",
        headers={
            "Thalamus-Touchpoint": demo.THALAMUS_TOUCHPOINT,
            "Thalamus-Token": demo.THALAMUS_API_TOKEN,
        },
        json={"principal": demo.THALAMUS_PRINCIPAL, "password": demo.THALAMUS_PASSWORD},
        timeout=5,
    )
    assert answer.status_code == 404


@pytest.mark.parametrize(
    ("body", "status"),
    [
        pytest.param({"principal": demo.THALAMUS_PRINCIPAL}, 200, id="no password"),
        pytest.param({"principal": demo.THALAMUS_PRINCIPAL, "password": ""}, 200, id="empty"),
        pytest.param(
            {"principal": demo.THALAMUS_PRINCIPAL, "password": demo.THALAMUS_PASSWORD},
            200,
            id="its own password",
        ),
        pytest.param(
            {"principal": demo.THALAMUS_PRINCIPAL, "password": "wrong-pw"}, 401, id="wrong"
        ),
        pytest.param({"principal": "nobody", "password": ""}, 401, id="unknown principal"),
    ],
)
def test_a_passwordless_touchpoint_logs_in_a_known_principal(
    sandbox: str, body: dict[str, str], status: int
) -> None:
    headers = {
        "Thalamus-Touchpoint": PASSWORDLESS_TOUCHPOINT,
        "Thalamus-Token": PASSWORDLESS_TOUCHPOINT_TOKEN,
    }
    answer = requests.post(f"{sandbox}{SIGNIN}", headers=headers, json=body, timeout=5)
    assert answer.status_code == status, answer.text
