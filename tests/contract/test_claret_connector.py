"""The Claret connector against the sandbox over real HTTP on loopback."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
import requests

from claimdesk.connectors.claret import (
    BetaNotConfirmed,
    ClaretConnector,
    ClaretCredentials,
    SalesCreated,
)
from claimdesk.connectors.http import HttpClient
from claimdesk.domain.claret import Sale, SalesRow
from claimdesk.errors import (
    AmbiguousOutcome,
    AuthError,
    PermanentError,
    RejectedError,
    TransientError,
)
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.sandbox.claret import SHORT_TOKEN_CALLS
from claimdesk.sandbox.claret_data import DEMO_EMAIL, DEMO_PASSWORD
from claimdesk.sandbox.variants import CLARET_SHORT_TOKENS
from tests.helpers.variants import use_variants

DEMO = ClaretCredentials(demo.CLARET_TENANT, demo.CLARET_TOKEN)
TODAY = dt.date.today()
EPOCH = dt.date(2000, 1, 1)
ALL_TIME = 36_000  # days from EPOCH: every demo record


class CountingClient(HttpClient):
    """Real HTTP; counts the requests, to see that pages are fetched only when needed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sent: list[tuple[str, dict[str, Any]]] = []

    def send(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        self.sent.append((method, dict(kwargs.get("params") or {})))
        return super().send(method, path, **kwargs)


def connector(
    url: str, credentials: ClaretCredentials = DEMO, headers: dict[str, str] | None = None
) -> ClaretConnector:
    http = CountingClient(
        url, credentials.headers() if headers is None else headers, sleep=lambda _s: None
    )
    return ClaretConnector(url, credentials, http=http)


def sent(claret: ClaretConnector) -> list[tuple[str, dict[str, Any]]]:
    assert isinstance(claret.http, CountingClient)
    return claret.http.sent


def received(url: str) -> list[dict[str, Any]]:
    answer = requests.get(f"{url}/_sandbox/received", params={"platform": "claret"}, timeout=5)
    answer.raise_for_status()
    items: list[dict[str, Any]] = answer.json()
    return items


def fault(url: str, **rule: object) -> None:
    requests.post(f"{url}/_sandbox/faults", json=rule, timeout=5).raise_for_status()


def row(**changes: Any) -> SalesRow:
    values: dict[str, Any] = {
        "item_name": "Claret Reserve 75cl",
        "customer_group_name": "Northern Retail",
        "sell_date": TODAY,
        "timing_interval_name": "Weekly",
        "quantity": 4,
    }
    values.update(changes)
    return SalesRow(**values)


# --- reading every page -----------------------------------------------------------------------


def test_sales_follows_every_page_of_more_than_5000_records(sandbox: str) -> None:
    claret = connector(sandbox)
    pages = list(claret.sales_pages("History", EPOCH, ALL_TIME))
    records = [sale for page in pages for sale in page.sales]

    assert len(pages) >= 6
    assert pages[0].total > 5_000
    assert len(records) == pages[0].total
    assert len({sale.id for sale in records}) == len(records)
    # The first request has no current_index; each next one passes the previous next_index.
    params = [p for _method, p in sent(claret)]
    assert "current_index" not in params[0]
    assert [p["current_index"] for p in params[1:]] == [page.next_index for page in pages[:-1]]
    assert pages[-1].next_index is None


def test_the_list_helper_and_the_iterator_agree(sandbox: str) -> None:
    claret = connector(sandbox)
    listed = claret.sales("History", EPOCH, ALL_TIME)
    iterated = list(claret.iter_sales("History", EPOCH, ALL_TIME))

    assert len(listed) > 5_000
    assert [s.id for s in listed] == [s.id for s in iterated]


def test_the_iterator_fetches_the_next_page_only_when_needed(sandbox: str) -> None:
    claret = connector(sandbox)
    records = claret.iter_sales("History", EPOCH, ALL_TIME)

    for _ in range(1000):
        next(records)
    assert len(sent(claret)) == 1
    next(records)
    assert len(sent(claret)) == 2


def test_sales_are_typed(sandbox: str) -> None:
    [first, *_] = connector(sandbox).sales("Forecast", EPOCH, ALL_TIME)

    assert isinstance(first, Sale)
    assert isinstance(first.sell_date, dt.date)
    assert isinstance(first.quantity, Decimal)
    assert first.sale_type_name == "Forecast"
    assert first.timing_interval_span == "Monthly"
    assert first.hierarchy == {}


def test_flattened_hierarchy_is_kept_on_each_sale(sandbox: str) -> None:
    sales = connector(sandbox).sales("Forecast", EPOCH, ALL_TIME, include_flattened_hierarchy=True)

    assert set(sales[0].hierarchy) == {
        "item_category",
        "item_family",
        "customer_region",
        "customer_channel",
    }


def test_a_bad_query_is_refused_with_the_parameter_named(sandbox: str) -> None:
    claret = connector(sandbox)
    with pytest.raises(RejectedError) as caught:
        claret.sales("Budget", EPOCH, 0)

    fields = {issue.field: issue.message for issue in caught.value.issues}
    assert fields == {
        "sale_type_name": "“Budget” is not a sale type of this Claret tenant",
        "duration": "must be from 1 to 36,600",
    }
    assert caught.value.status == 422


# --- auth ------------------------------------------------------------------------------------


def test_a_wrong_token_is_an_auth_error_without_the_token_in_it(sandbox: str) -> None:
    bad = ClaretCredentials(demo.CLARET_TENANT, "not-the-token-8812")
    with pytest.raises(AuthError) as caught:
        connector(sandbox, bad).sales("History", EPOCH, 10)

    assert caught.value.status == 401
    assert "token" in str(caught.value).casefold()
    assert "not-the-token-8812" not in str(caught.value)
    assert "not-the-token-8812" not in repr(caught.value.__dict__)


def test_the_connector_sends_the_bearer_token_and_the_ajax_header(sandbox: str) -> None:
    assert DEMO.headers() == {
        "Authorization": f"Bearer {demo.CLARET_TOKEN}",
        "X-Requested-With": "XMLHttpRequest",
    }
    # A client built without http= uses exactly these headers.
    claret = ClaretConnector(sandbox, ClaretCredentials(demo.CLARET_TENANT, "wrong-token-4"))
    with pytest.raises(AuthError) as caught:
        claret.sales("History", EPOCH, 10)
    assert caught.value.status == 401  # a JSON 401, not the HTML sign-in page


def test_an_html_redirect_instead_of_json_is_an_auth_error(sandbox: str) -> None:
    bad = ClaretCredentials(demo.CLARET_TENANT, "expired-token-77")
    without_header = {"Authorization": "Bearer expired-token-77"}
    claret = connector(sandbox, bad, headers=without_header)

    with pytest.raises(AuthError) as reading:
        claret.sales("History", EPOCH, 10)
    with pytest.raises(AuthError) as posting:
        claret.submit_sales("History", [row()], beta_confirmed=True)

    for caught in (reading, posting):
        assert "web page (or a redirect to one) instead of data" in str(caught.value)
        assert "expired-token-77" not in str(caught.value)
    assert received(sandbox) == []


def test_a_non_json_answer_to_a_read_is_an_auth_error(sandbox: str) -> None:
    fault(sandbox, platform="claret", method="GET", malformed=True)
    with pytest.raises(AuthError, match="web page") as caught:
        connector(sandbox).sales("History", EPOCH, 10)
    assert "The answer began: “" in str(caught.value)  # the first characters, quoted


def test_a_non_json_answer_to_a_post_is_an_unknown_outcome(sandbox: str) -> None:
    """Not an auth error: without a redirect, the server may have stored the sales."""
    fault(sandbox, platform="claret", method="POST", malformed=True)
    with pytest.raises(AmbiguousOutcome, match="unknown whether"):
        connector(sandbox).submit_sales("History", [row()], beta_confirmed=True)


def test_an_unknown_tenant_is_named(sandbox: str) -> None:
    claret = connector(sandbox, ClaretCredentials("acme", demo.CLARET_TOKEN))
    with pytest.raises(PermanentError, match="no tenant “acme”"):
        claret.sales("History", EPOCH, 10)


def test_a_token_from_email_and_password_reads_sales(sandbox: str) -> None:
    token = ClaretConnector.create_token(sandbox, demo.CLARET_TENANT, DEMO_EMAIL, DEMO_PASSWORD)

    claret = connector(sandbox, ClaretCredentials(demo.CLARET_TENANT, token))
    assert claret.sales("Forecast", EPOCH, ALL_TIME)


def test_a_wrong_password_is_an_auth_error_without_the_password(sandbox: str) -> None:
    with pytest.raises(AuthError) as caught:
        ClaretConnector.create_token(sandbox, demo.CLARET_TENANT, DEMO_EMAIL, "wrong-password-5150")
    assert f"sign-in of {DEMO_EMAIL}" in str(caught.value)
    assert "email and password" in str(caught.value)
    assert "wrong-password-5150" not in str(caught.value)


# --- the beta POST ---------------------------------------------------------------------------


def test_post_needs_the_beta_confirmed_and_sends_nothing_without_it(sandbox: str) -> None:
    claret = connector(sandbox)
    with pytest.raises(BetaNotConfirmed, match="beta"):
        claret.submit_sales("History", [row()], beta_confirmed=False)

    assert sent(claret) == []
    assert received(sandbox) == []


def test_an_accepted_sale_is_typed_received_and_listed(sandbox: str) -> None:
    claret = connector(sandbox)
    created = claret.submit_sales("History", [row(quantity=9)], beta_confirmed=True)

    assert isinstance(created, SalesCreated)
    [sale] = created.sales
    assert sale.quantity == Decimal(9)
    assert sale.item_name == "Claret Reserve 75cl"
    [item] = received(sandbox)
    assert item["arguments"] == {
        "sale_type_name": "History",
        "create_missing_item_customer_group": 0,
    }
    assert item["record"] == {
        "item_name": "Claret Reserve 75cl",
        "customer_group_name": "Northern Retail",
        "sell_date": TODAY.isoformat(),
        "timing_interval_name": "Weekly",
        "quantity": 9,
    }
    assert sale.id in {s.id for s in claret.sales("History", TODAY, 1)}


def test_an_unknown_item_is_refused_on_its_field_unless_creation_is_asked(sandbox: str) -> None:
    claret = connector(sandbox)
    with pytest.raises(RejectedError) as caught:
        claret.submit_sales("History", [row(item_name="Sauternes 37.5cl")], beta_confirmed=True)

    [issue] = caught.value.issues
    assert issue.field == "item_name"
    assert issue.code == "unknown_item"
    assert issue.message.startswith("“Sauternes 37.5cl” is not an item in Claret")
    assert caught.value.record_index == 0
    assert "Nothing was stored" in str(caught.value)
    assert received(sandbox) == []

    created = claret.submit_sales(
        "History",
        [row(item_name="Sauternes 37.5cl", customer_group_name="Duty Free")],
        create_missing=True,
        beta_confirmed=True,
    )
    assert created.created_items == ["Sauternes 37.5cl"]
    assert created.created_customer_groups == ["Duty Free"]
    assert received(sandbox)[0]["arguments"]["create_missing_item_customer_group"] == 1


def test_a_bad_row_in_a_batch_is_named_by_its_position(sandbox: str) -> None:
    claret = connector(sandbox)
    rows = [row(), row(timing_interval_name="Hourly"), row()]
    with pytest.raises(RejectedError) as caught:
        claret.submit_sales("History", rows, beta_confirmed=True)

    assert caught.value.record_index == 1
    [issue] = caught.value.issues
    assert issue.field == "timing_interval_name"
    assert issue.message.startswith("(row 2) “Hourly” is not a timing interval")
    assert received(sandbox) == []


def test_a_server_error_on_a_post_is_not_retried(sandbox: str) -> None:
    fault(sandbox, platform="claret", method="POST", status=503, times=1)
    claret = connector(sandbox)
    with pytest.raises(TransientError):
        claret.submit_sales("History", [row()], beta_confirmed=True)

    assert [method for method, _ in sent(claret)] == ["POST"]
    assert received(sandbox) == []


def test_a_server_error_on_a_read_is_retried(sandbox: str) -> None:
    fault(sandbox, platform="claret", method="GET", status=503, times=1)
    assert connector(sandbox).sales("Forecast", EPOCH, ALL_TIME)


def test_a_connection_dropped_after_storing_is_an_unknown_outcome(sandbox: str) -> None:
    fault(sandbox, platform="claret", method="POST", drop="after_store", times=1)
    with pytest.raises(AmbiguousOutcome):
        connector(sandbox).submit_sales("History", [row()], beta_confirmed=True)

    assert len(received(sandbox)) == 1  # stored once, never re-sent


def test_batches_are_bounded_before_anything_is_sent(sandbox: str) -> None:
    claret = connector(sandbox)
    with pytest.raises(ValueError, match="at most 1000"):
        claret.submit_sales("History", [row()] * 1001, beta_confirmed=True)
    with pytest.raises(ValueError, match="no sales rows"):
        claret.submit_sales("History", [], beta_confirmed=True)
    assert sent(claret) == []


# --- signing in with an email and password (every variant) ----------------------------------

SIGN_IN = ClaretCredentials(demo.CLARET_TENANT, email=DEMO_EMAIL, password=DEMO_PASSWORD)
TOKENS_CREATE = f"/{demo.CLARET_TENANT}/api/v1/tokens/create"


@pytest.fixture(params=["default", CLARET_SHORT_TOKENS])
def claret_sandbox(request: pytest.FixtureRequest, sandbox: str) -> str:
    """The sandbox as documented (tokens live long), then with tokens that expire after a
    few calls: the connector must work with either."""
    if request.param != "default":
        use_variants(sandbox, request.param)
    return sandbox


class PathClient(CountingClient):
    """Counts the requests with their paths (tokens/create besides the sales)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.paths: list[tuple[str, str, dict[str, Any]]] = []

    def send(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        self.paths.append((method, path, dict(kwargs.get("params") or {})))
        return super().send(method, path, **kwargs)


def signing_in(
    url: str, credentials: ClaretCredentials = SIGN_IN
) -> tuple[ClaretConnector, list[str], PathClient]:
    kept: list[str] = []
    http = PathClient(url, credentials.headers(), sleep=lambda _s: None)
    claret = ClaretConnector(url, credentials, http=http, keep_token=kept.append)
    return claret, kept, http


def sign_ins(http: PathClient) -> list[dict[str, Any]]:
    return [params for method, path, params in http.paths if path == TOKENS_CREATE]


def test_email_and_password_fetch_a_token_and_read_every_page(claret_sandbox: str) -> None:
    claret, kept, http = signing_in(claret_sandbox)

    pages = list(claret.sales_pages("History", EPOCH, ALL_TIME))

    expected = connector(claret_sandbox).sales("History", EPOCH, ALL_TIME)
    assert [s.id for page in pages for s in page.sales] == [s.id for s in expected]
    # The token comes first, from tokens/create with email and password as query parameters.
    assert http.paths[0] == (
        "POST",
        TOKENS_CREATE,
        {"email": DEMO_EMAIL, "password": DEMO_PASSWORD},
    )
    assert kept
    assert all(token.split("|")[0].isdigit() for token in kept)
    assert len(kept) == len(sign_ins(http))
    if len(pages) > SHORT_TOKEN_CALLS and variant_is_short(claret_sandbox):
        assert len(kept) > 1  # fetched again after each expiry, never given up


def variant_is_short(url: str) -> bool:
    answer = requests.get(f"{url}/_sandbox/variants", timeout=5)
    answer.raise_for_status()
    return CLARET_SHORT_TOKENS in answer.json()["active"]


def test_a_kept_token_is_used_first_and_fetched_again_once_when_refused(sandbox: str) -> None:
    stale = ClaretCredentials(
        demo.CLARET_TENANT, "1|stale-token-3141", email=DEMO_EMAIL, password=DEMO_PASSWORD
    )
    claret, kept, http = signing_in(sandbox, stale)

    assert claret.sales("Forecast", EPOCH, ALL_TIME)

    methods = [(method, path == TOKENS_CREATE) for method, path, _p in http.paths]
    assert methods[:3] == [("GET", False), ("POST", True), ("GET", False)]
    assert len(kept) == 1


def test_a_token_refused_again_after_a_new_one_names_the_email(sandbox: str) -> None:
    claret, kept, http = signing_in(sandbox)
    fault(sandbox, platform="claret", method="GET", status=401, times=0)

    with pytest.raises(AuthError) as caught:
        claret.sales("Forecast", EPOCH, ALL_TIME)

    assert caught.value.status == 401
    assert DEMO_EMAIL in str(caught.value)
    assert DEMO_PASSWORD not in str(caught.value)
    assert all(token not in str(caught.value) for token in kept)
    assert len(sign_ins(http)) == 2  # the first token, then once again: no loop


def test_a_connection_with_only_a_token_does_not_sign_in(sandbox: str) -> None:
    claret, kept, http = signing_in(
        sandbox, ClaretCredentials(demo.CLARET_TENANT, "expired-token-2718")
    )
    with pytest.raises(AuthError, match="API token of this connection"):
        claret.sales("Forecast", EPOCH, ALL_TIME)
    assert sign_ins(http) == []
    assert kept == []


def test_the_beta_post_signs_in_again_when_the_token_expires(claret_sandbox: str) -> None:
    claret, _kept, _http = signing_in(claret_sandbox)

    for quantity in range(1, SHORT_TOKEN_CALLS + 3):
        created = claret.submit_sales("History", [row(quantity=quantity)], beta_confirmed=True)
        assert len(created.sales) == 1

    stored = [item["record"]["quantity"] for item in received(claret_sandbox)]
    assert stored == list(range(1, SHORT_TOKEN_CALLS + 3))  # each once, none lost or doubled


def test_a_sign_in_for_an_unknown_tenant_names_the_tenant_setting(sandbox: str) -> None:
    claret, _kept, _http = signing_in(
        sandbox, ClaretCredentials("acme", email=DEMO_EMAIL, password=DEMO_PASSWORD)
    )
    with pytest.raises(PermanentError, match=r"no tenant “acme”.*Tenant setting"):
        claret.sales("Forecast", EPOCH, 10)
