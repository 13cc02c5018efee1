"""MyRewards returned claims against the sandbox over loopback HTTP: the documented endpoint
(at most 50 entries, the 400's words, a return matching a stored claim), the connector, and
the service's requests of at most 50 with a 400 refusing only the entries it names."""

from __future__ import annotations

import datetime as dt

import pytest
import requests

from claimdesk.connectors.http import HttpClient
from claimdesk.connectors.myrewards import MyRewardsConnector, MyRewardsCredentials
from claimdesk.domain.myrewards_returns import entry_issues, ordinal, returns_key
from claimdesk.errors import RejectedError
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.service.myrewards import MyRewardsService, ReturnsContext
from claimdesk.service.platform import AdminTool, Outcome, Target
from tests.helpers.variants import use_variants

DEMO = MyRewardsCredentials(demo.MYREWARDS_API_KEY, demo.MYREWARDS_SECRET_KEY)
TODAY = dt.date.today().isoformat()


def connector(url: str) -> MyRewardsConnector:
    http = HttpClient(url, {"Authorization": DEMO.header()}, sleep=lambda _s: None)
    return MyRewardsConnector(url, DEMO, http=http)


def received(url: str) -> list[dict]:
    answer = requests.get(f"{url}/_sandbox/received", params={"platform": "myrewards"}, timeout=5)
    answer.raise_for_status()
    return answer.json()


def return_requests(url: str) -> list[dict]:
    return [r for r in received(url) if "returns_data" in r]


def claim(identifier: str, reference: str = "BOIL-100", quantity: int = 3) -> dict[str, object]:
    return {
        "sale_date": TODAY,
        "invoice_date": TODAY,
        "product_or_activity_ref": reference,
        "quantity": quantity,
        "value_of_sale": 100,
        "username": "demo.rep",
        "returns_identifier": identifier,
    }


def entry(identifier: str, reference: str = "BOIL-100", quantity: int = 1) -> dict[str, object]:
    return {
        "username": "demo.rep",
        "returns_identifier": identifier,
        "product_or_activity_ref": reference,
        "quantity": quantity,
    }


def post(url: str, body: object, promotion: int = 36) -> requests.Response:
    return requests.post(
        f"{url}/api/v3/performance/promotions/{promotion}/returned_claims",
        json=body,
        headers={"Authorization": DEMO.header()},
        timeout=5,
    )


# --- the sandbox's endpoint, as documented ------------------------------------------------


def test_sandbox_returns_a_stored_claim_and_refuses_more_than_was_claimed(sandbox: str) -> None:
    use_variants(sandbox, "myrewards-returns")  # promotion 36's claims need an identifier
    connector(sandbox).submit_claims(36, [claim("INV-1", quantity=3)])
    assert post(sandbox, {"returns_data": [entry("INV-1", quantity=2)]}).status_code == 201
    refused = post(sandbox, {"returns_data": [entry("INV-1", quantity=2)]})
    assert refused.status_code == 400
    assert refused.json() == {"errors": ["please supply valid quantity value(s), for 1st entry"]}
    assert post(sandbox, {"returns_data": [entry("INV-1", quantity=1)]}).status_code == 201


def test_sandbox_words_each_refusal_as_the_docs_do(sandbox: str) -> None:
    connector(sandbox).submit_claims(36, [claim("INV-2")])
    entries = [
        entry("INV-2"),
        entry("INV-2", reference="BOIL-101"),  # the claim was for BOIL-100
        entry("NO-SUCH"),
        {**entry("INV-2"), "username": ""},
    ]
    answer = post(sandbox, {"returns_data": entries})
    assert answer.status_code == 400
    assert answer.json()["errors"] == [
        "please supply valid product_or_activity_ref value(s), for 2nd entry",
        "please supply valid returns_identifier value(s), for 3rd entry",
        "please supply valid username value(s), for 4th entry",
    ]
    # All or nothing: the valid 1st entry was not stored either.
    assert post(sandbox, {"returns_data": [entry("INV-2", quantity=3)]}).status_code == 201
    too_many = post(sandbox, {"returns_data": [entry("INV-2")] * 51})
    assert too_many.json() == {
        "errors": ["Number of return entries provided is above the max allowed of 50"]
    }
    for empty in ({"returns_data": []}, {}, []):
        assert post(sandbox, empty).json() == {"errors": ["No returns data was provided"]}


def test_ordinals_are_written_as_the_server_writes_them() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "23rd",
        "101st",
    ]


# --- the connector and the service ---------------------------------------------------------


def test_connector_reads_the_400_with_every_message(sandbox: str) -> None:
    with pytest.raises(RejectedError) as caught:
        connector(sandbox).submit_returns(36, [entry("NONE")])
    assert caught.value.status == 400
    assert [i.message for i in caught.value.issues] == [
        "please supply valid returns_identifier value(s), for 1st entry"
    ]


def test_service_offers_returns_and_puts_refusals_on_their_row_and_field(sandbox: str) -> None:
    service = MyRewardsService(connector(sandbox))
    assert AdminTool.RETURNS in service.capabilities.admin_tools
    connector(sandbox).submit_claims(36, [claim("INV-3", quantity=5)])
    form = service.load_form(Target(returns_key(36), ""))
    assert isinstance(form.context, ReturnsContext)
    assert form.schema.names == (
        "username",
        "user_id",
        "returns_identifier",
        "product_or_activity_ref",
        "quantity",
    )
    rows = [
        {"username": "demo.rep", "returns_identifier": "INV-3",
         "product_or_activity_ref": "BOIL-100", "quantity": "1"},
        {"username": "demo.rep", "returns_identifier": "INV-3",
         "product_or_activity_ref": "BOIL-999", "quantity": "1"},
        {"user_id": "170944", "returns_identifier": "INV-3",
         "product_or_activity_ref": "BOIL-100", "quantity": "2"},
        {"returns_identifier": "INV-3", "product_or_activity_ref": "BOIL-100", "quantity": "1"},
    ]  # fmt: skip
    results = service.submit_many(form, rows)
    assert [r.outcome for r in results] == [
        Outcome.ACCEPTED,
        Outcome.REJECTED,
        Outcome.ACCEPTED,
        Outcome.INVALID,  # neither a username nor a user ID: never sent
    ]
    assert [i.field for i in results[1].issues] == ["product_or_activity_ref"]
    assert "for 2nd entry" in results[1].issues[0].message
    assert [i.field for i in results[3].issues] == ["username"]
    # The refused request, then the others sent again without the refused one.
    sent = return_requests(sandbox)
    assert [len(r["returns_data"]) for r in sent] == [2]
    assert sum(e["quantity"] for e in sent[0]["returns_data"]) == 3


def test_service_splits_returns_into_requests_of_at_most_50(sandbox: str) -> None:
    service = MyRewardsService(connector(sandbox))
    connector(sandbox).submit_claims(36, [claim("INV-4", quantity=60)])
    form = service.load_form(Target(returns_key(36), ""))
    row = {
        "username": "demo.rep",
        "returns_identifier": "INV-4",
        "product_or_activity_ref": "BOIL-100",
        "quantity": "1",
    }
    results = service.submit_many(form, [row] * 60)
    assert {r.outcome for r in results} == {Outcome.ACCEPTED}
    assert [len(r["returns_data"]) for r in return_requests(sandbox)] == [50, 10]


def test_entry_messages_name_rows_and_fields() -> None:
    from claimdesk.domain.myrewards_returns import build_returns_schema

    schema = build_returns_schema(36, "Autumn Boiler Bonus")
    message = "please supply valid product_or_activity_ref value(s), for 1st entry"
    found = entry_issues(message, schema)
    assert [(n, i.field) for n, i in found] == [(0, "product_or_activity_ref")]
    several = entry_issues("please supply valid quantity values, for 2nd and 13th entries", schema)
    assert [(n, i.field) for n, i in several] == [(1, "quantity"), (12, "quantity")]
    assert entry_issues("No returns data was provided", schema) == []


def test_the_documented_400_refuses_the_entry_it_names_on_its_field() -> None:
    """The vendor's 400 (DESIGN.md's answer shapes), replayed through the connector's
    reader and the service's placing: the 1st entry is refused on its product, the
    messages about the whole request name no entry."""
    from claimdesk.connectors.myrewards import rejection
    from claimdesk.domain.myrewards_returns import build_returns_schema, returns_body
    from tests.helpers.vendor_examples import load

    (example,) = load("myrewards_returned_claims_400.json")
    assert returns_body(example.request_body["returns_data"]) == example.request_body
    refused = rejection(example.answer())
    assert refused.status == 400
    schema = build_returns_schema(36, "Autumn Boiler Bonus")
    named = [found for i in refused.issues for found in entry_issues(i.message, schema)]
    assert [(n, i.field) for n, i in named] == [(0, "product_or_activity_ref")]
    assert len(refused.issues) == 3


def test_a_documented_400_through_the_service_sends_the_other_entry_again(
    sandbox: str,
) -> None:
    """The 400 names the 1st entry only; the 2nd is sent again alone (a 400 stores nothing:
    the guess in ``MyRewardsService._submit_returns``) and is stored once."""
    service = MyRewardsService(connector(sandbox))
    connector(sandbox).submit_claims(36, [claim("INV-5", quantity=2)])
    form = service.load_form(Target(returns_key(36), ""))
    good = {"username": "demo.rep", "returns_identifier": "INV-5",
            "product_or_activity_ref": "BOIL-100", "quantity": "2"}  # fmt: skip
    bad = {**good, "returns_identifier": "INV-NONE"}
    results = service.submit_many(form, [bad, good])
    assert [r.outcome for r in results] == [Outcome.REJECTED, Outcome.ACCEPTED]
    assert [i.field for i in results[0].issues] == ["returns_identifier"]
    assert [len(r["returns_data"]) for r in return_requests(sandbox)] == [1]
