"""Claret's requests and answers as the vendor prints them (tests/contract/vendor_examples/
claret_*.json, each naming its source), replayed through the connector's builders and
parsers: a loopback server answers each example's request with the example's answer, and
only when the connector's request is the example's (method, path, query, headers, body).

The vendor's server is the one boundary the tests cannot run, so its printed answers stand in
for it here; the sandbox is checked against the same answers' shape."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests

from claimdesk.connectors.claret import (
    ClaretConnector,
    ClaretCredentials,
    SalesPage,
    sales_query,
    token_from,
    token_request,
)
from claimdesk.domain.claret import SalesRow, sales_body
from claimdesk.errors import AuthError
from claimdesk.sandbox.demo_credentials import CLARET_TENANT, CLARET_TOKEN

EXAMPLES = Path(__file__).parent / "vendor_examples"


# --- the examples (an inline loader; tests/helpers/vendor_examples.py is the shared one) ----


def load(name: str) -> dict[str, Any]:
    example: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text("utf-8"))
    assert set(example) == {"source", "request", "response", "status"}, name
    assert example["source"].strip(), f"{name} names no source"
    return example


def all_claret() -> list[str]:
    return sorted(p.stem for p in EXAMPLES.glob("claret_*.json"))


def query_of(request: dict[str, Any]) -> dict[str, str]:
    """The example's query as it goes over the wire: every value a string."""
    return {key: str(value) for key, value in (request.get("query") or {}).items()}


# --- a loopback server that answers only the examples' requests -----------------------------


class Replay:
    def __init__(self, names: list[str]) -> None:
        self.examples = [load(name) for name in names]
        self.unmatched: list[str] = []
        self.served: list[str] = []


def _handler(replay: Replay) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            url = urlsplit(self.path)
            query = dict(parse_qsl(url.query, keep_blank_values=True))
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            body = json.loads(raw) if raw else None
            for example in replay.examples:
                request = example["request"]
                if (
                    request["method"] == self.command
                    and request["path"] == url.path
                    and query_of(request) == query
                    and all(self.headers.get(k) == v for k, v in request["headers"].items())
                    and request["body"] == body
                ):
                    return self._send(example)
            replay.unmatched.append(f"{self.command} {self.path} {body}")
            self.send_response(599)
            self.end_headers()
            return None

        def _send(self, example: dict[str, Any]) -> None:
            replay.served.append(example["source"])
            answer = example["response"]
            payload = (answer if isinstance(answer, str) else json.dumps(answer)).encode()
            self.send_response(example["status"] or 200)
            kind = "text/html" if isinstance(answer, str) else "application/json"
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = _answer  # noqa: N815 (http.server's names)

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            return

    return Handler


@pytest.fixture
def replay(request: pytest.FixtureRequest) -> Iterator[tuple[str, Replay]]:
    names: list[str] = request.param
    state = Replay(names)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", state
    finally:
        server.shutdown()
        server.server_close()


# --- every example file ---------------------------------------------------------------------


def test_every_claret_example_names_its_source_and_has_the_shape() -> None:
    names = all_claret()
    assert {
        "claret_token_create",
        "claret_sales_get_first_page",
        "claret_sales_get_last_page",
        "claret_sales_post",
        "claret_expired_token_redirect",
    } <= set(names)
    for name in names:
        example = load(name)
        assert example["request"]["path"].startswith(f"/{CLARET_TENANT}/api/v1/")
        assert example["request"]["headers"]  # every Claret call carries its headers


# --- builders ---------------------------------------------------------------------------------


def test_the_sign_in_request_is_the_examples() -> None:
    request = load("claret_token_create")["request"]
    query = request["query"]
    assert token_request(CLARET_TENANT, query["email"], query["password"]) == (
        request["method"],
        request["path"],
        query,
    )


def test_the_sales_queries_are_the_examples() -> None:
    first = load("claret_sales_get_first_page")["request"]["query"]
    last = load("claret_sales_get_last_page")["request"]["query"]
    start = dt.date.fromisoformat(first["start_date"])
    assert sales_query(first["sale_type_name"], start, first["duration"]) == first
    built = sales_query(
        last["sale_type_name"], start, last["duration"], current_index=last["current_index"]
    )
    assert built == last


def test_the_post_body_is_the_examples() -> None:
    body = load("claret_sales_post")["request"]["body"]
    rows = [SalesRow.model_validate(row) for row in body["content"]]
    built = sales_body(
        body["arguments"]["sale_type_name"],
        rows,
        body["arguments"]["create_missing_item_customer_group"] == 1,
    )
    assert built == body


# --- parsers ----------------------------------------------------------------------------------


def test_the_token_answer_is_read() -> None:
    answer = load("claret_token_create")["response"]
    assert token_from(answer) == answer["token"]
    assert token_from({}) is None


def test_the_pages_are_read_with_decimal_quantities() -> None:
    first = SalesPage.model_validate(load("claret_sales_get_first_page")["response"])
    last = SalesPage.model_validate(load("claret_sales_get_last_page")["response"])
    assert first.next_index == 1000
    assert last.next_index is None
    assert [s.quantity for s in first.sales] == [Decimal("12.00"), Decimal("7.5")]
    assert first.sales[0].sell_date == dt.date(2024, 1, 1)


# --- replayed through the connector -----------------------------------------------------------


@pytest.mark.parametrize(
    "replay",
    [["claret_token_create", "claret_sales_get_first_page", "claret_sales_get_last_page"]],
    indirect=True,
)
def test_sign_in_and_paging_replayed(replay: tuple[str, Replay]) -> None:
    url, state = replay
    query = load("claret_token_create")["request"]["query"]
    credentials = ClaretCredentials(CLARET_TENANT, email=query["email"], password=query["password"])
    first = load("claret_sales_get_first_page")["request"]["query"]
    claret = ClaretConnector(url, credentials)

    pages = list(
        claret.sales_pages(
            first["sale_type_name"], dt.date.fromisoformat(first["start_date"]), first["duration"]
        )
    )
    claret.close()

    assert state.unmatched == []
    assert len(state.served) == 3  # the token, then the two pages in order
    assert [s.id for page in pages for s in page.sales] == [1, 2, 1001, 1002]


@pytest.mark.parametrize("replay", [["claret_expired_token_redirect"]], indirect=True)
def test_the_html_redirect_of_an_expired_token_is_an_auth_error(
    replay: tuple[str, Replay],
) -> None:
    url, state = replay
    request = load("claret_expired_token_redirect")["request"]
    token = request["headers"]["Authorization"].removeprefix("Bearer ")
    claret = ClaretConnector(url, ClaretCredentials(CLARET_TENANT, token))
    query = request["query"]

    with pytest.raises(AuthError) as caught:
        claret.sales(
            query["sale_type_name"], dt.date.fromisoformat(query["start_date"]), query["duration"]
        )
    claret.close()

    assert state.unmatched == []
    assert caught.value.status == 302
    assert "API token of this connection" in str(caught.value)


# --- the sandbox answers in the examples' shape -----------------------------------------------


def test_the_sandbox_pages_have_the_examples_fields(sandbox: str) -> None:
    example = load("claret_sales_get_first_page")
    query = {**example["request"]["query"], "start_date": "2000-01-01", "duration": 36_000}
    answer = requests.get(
        f"{sandbox}{example['request']['path']}",
        params=query,
        headers={"Authorization": f"Bearer {CLARET_TOKEN}", "X-Requested-With": "XMLHttpRequest"},
        timeout=10,
    ).json()
    assert set(answer) == set(example["response"])
    assert set(answer["sales"][0]) == set(example["response"]["sales"][0])
    assert isinstance(answer["next_index"], int)
