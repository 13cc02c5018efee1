"""The MyRewards connector against the sandbox over real HTTP on loopback."""

from __future__ import annotations

import logging

import pytest
import requests

from claimdesk.connectors.http import HttpClient
from claimdesk.connectors.myrewards import MyRewardsConnector, MyRewardsCredentials
from claimdesk.errors import (
    AmbiguousOutcome,
    AuthError,
    PermanentError,
    RateLimited,
    RejectedError,
    TransientError,
)
from claimdesk.sandbox import demo_credentials as demo

DEMO = MyRewardsCredentials(demo.MYREWARDS_API_KEY, demo.MYREWARDS_SECRET_KEY)


def connector(url: str, credentials: MyRewardsCredentials = DEMO) -> MyRewardsConnector:
    http = HttpClient(url, {"Authorization": credentials.header()}, sleep=lambda _s: None)
    return MyRewardsConnector(url, credentials, http=http)


def received(url: str) -> list[dict]:
    answer = requests.get(f"{url}/_sandbox/received", params={"platform": "myrewards"}, timeout=5)
    answer.raise_for_status()
    return answer.json()


def fault(url: str, **rule: object) -> None:
    requests.post(f"{url}/_sandbox/faults", json=rule, timeout=5).raise_for_status()


def good_record(**changes: object) -> dict[str, object]:
    return {
        "sale_date": "2026-11-20",
        "invoice_date": "2026-11-20",
        "customer_name": "Bob",
        "product_or_activity_ref": "BOIL-100",
        "quantity": 2,
        "value_of_sale": 1250.5,
        "username": "demo.rep",
        **changes,
    }


def test_wrong_secret_is_an_auth_error_without_the_secret_in_it(sandbox: str) -> None:
    bad = MyRewardsCredentials(demo.MYREWARDS_API_KEY, "not-the-secret-4411")
    with pytest.raises(AuthError) as caught:
        connector(sandbox, bad).promotions()
    assert caught.value.status == 401
    assert "not-the-secret-4411" not in str(caught.value)
    assert "not-the-secret-4411" not in repr(caught.value.__dict__)


def test_promotions_and_promotion_36_fields_are_typed(sandbox: str) -> None:
    mr = connector(sandbox)
    promotions = {p.id: p for p in mr.promotions()}
    assert {4, 36} <= set(promotions)
    fields = mr.data_fields(36)
    assert [f.name for f in fields] == [
        "customer_name",
        "invoice_date",
        "product_or_activity_ref",
        "quantity",
        "value_of_sale",
        "username",
    ]
    assert fields[0].answer_list == ("Bob", "Harry", "Suzy")


def test_reward_points_follow_every_page(sandbox: str) -> None:
    pages = list(connector(sandbox).reward_point_pages(4))
    assert len(pages) >= 3
    assert all(len(page) == 100 for page in pages[:-1])
    points = [rp for page in pages for rp in page]
    assert len(points) >= 250
    assert len({rp.id for rp in points}) == len(points)
    p1 = next(rp for rp in points if rp.reference == "p1")
    assert (p1.id, p1.quantity, p1.user_groups) == (166, 1, (350, 355))
    assert str(p1.sale_date_to) == "2022-12-31"


def test_unknown_promotion_is_a_permanent_error(sandbox: str) -> None:
    with pytest.raises(PermanentError, match="404"):
        connector(sandbox).data_fields(999_999)


def test_claims_are_stored_and_earn_points(sandbox: str) -> None:
    result = connector(sandbox).submit_claims(36, [good_record()])
    assert len(result.results) == 1
    assert result.results[0].created
    assert result.results[0].points > 0
    stored = received(sandbox)
    assert [r["record"]["product_or_activity_ref"] for r in stored] == ["BOIL-100"]


def test_batch_is_all_or_nothing_and_names_the_record_and_field(sandbox: str) -> None:
    batch = [good_record(), good_record(), good_record(quantity="two")]
    with pytest.raises(RejectedError) as caught:
        connector(sandbox).submit_claims(36, batch)
    error = caught.value
    assert error.record_index == 2
    assert [i.field for i in error.issues] == ["quantity"]
    assert "Record 3 was refused" in str(error)
    assert received(sandbox) == []


def test_unknown_user_is_accepted_by_http_but_earns_nothing(sandbox: str) -> None:
    result = connector(sandbox).submit_claims(36, [good_record(username="nobody.here")])
    [(index, reasons)] = result.unearned()
    assert index == 0
    assert "User not found" in reasons
    assert result.results[0].points == 0


def test_reward_point_create_and_patch(sandbox: str) -> None:
    mr = connector(sandbox)
    created = mr.create_reward_point(
        4,
        {
            "reference": "NEW-1",
            "quantity": 2,
            "points_per_quantity": 5,
            "date_from": "2026-01-01",
            "date_to": "2026-12-31",
            "active": True,
            "user_group_ids": [350],
        },
    )
    assert (created.reference, created.quantity, created.active) == ("NEW-1", 2, True)
    updated = mr.update_reward_point(4, created.id, {"points_per_quantity": 9})
    assert updated.points_per_quantity == 9
    assert updated.quantity == 2  # untouched by the PATCH
    assert updated.updated_at is not None
    assert created.updated_at is not None
    assert updated.updated_at > created.updated_at
    assert any(rp.id == created.id and rp.points_per_quantity == 9 for rp in mr.reward_points(4))


def test_reward_point_validation_errors_name_fields(sandbox: str) -> None:
    with pytest.raises(RejectedError) as caught:
        connector(sandbox).create_reward_point(
            4,
            {
                "reference": "BAD-1",
                "quantity": 1,
                "points_per_quantity": 5,
                "date_from": "2026-12-31",
                "date_to": "2026-01-01",
            },
        )
    assert "date_to" in {i.field for i in caught.value.issues}


def test_rate_limit_on_a_get_is_retried_honouring_retry_after(sandbox: str) -> None:
    fault(sandbox, platform="myrewards", method="GET", status=429, retry_after=2, times=1)
    waits: list[float] = []
    url = sandbox
    http = HttpClient(url, {"Authorization": DEMO.header()}, sleep=waits.append)
    promotions = MyRewardsConnector(url, DEMO, http=http).promotions()
    assert promotions
    assert waits == [2.0]


def test_rate_limit_on_a_claim_post_is_not_retried(sandbox: str) -> None:
    fault(sandbox, platform="myrewards", method="POST", status=429, retry_after=3, times=1)
    with pytest.raises(RateLimited) as caught:
        connector(sandbox).submit_claims(36, [good_record()])
    assert caught.value.retry_after == 3
    assert received(sandbox) == []


def test_server_error_is_transient(sandbox: str) -> None:
    fault(sandbox, platform="myrewards", method="POST", status=503, times=1)
    with pytest.raises(TransientError, match="503"):
        connector(sandbox).submit_claims(36, [good_record()])


def test_malformed_answer_is_reported_not_crashed_on(sandbox: str) -> None:
    fault(sandbox, platform="myrewards", method="GET", malformed=True, times=0)
    with pytest.raises(PermanentError, match="could not be read"):
        connector(sandbox).promotions()


def test_malformed_answer_to_a_claim_is_an_ambiguous_outcome(sandbox: str) -> None:
    fault(sandbox, platform="myrewards", method="POST", malformed=True, times=1)
    with pytest.raises(AmbiguousOutcome):
        connector(sandbox).submit_claims(36, [good_record()])


def test_connection_dropped_after_store_is_ambiguous_never_success(sandbox: str) -> None:
    fault(sandbox, platform="myrewards", method="POST", drop="after_store", times=1)
    with pytest.raises(AmbiguousOutcome, match="may or may not"):
        connector(sandbox).submit_claims(36, [good_record()])
    assert len(received(sandbox)) == 1


def test_connection_dropped_on_a_get_is_transient(sandbox: str) -> None:
    fault(sandbox, platform="myrewards", method="GET", drop="before_store", times=0)
    with pytest.raises(TransientError):
        connector(sandbox).promotions()


def test_unreachable_server_says_nothing_was_sent() -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(TransientError, match="nothing was sent"):
        connector(f"http://127.0.0.1:{port}").submit_claims(36, [good_record()])


def test_secrets_never_reach_the_log(sandbox: str, caplog: pytest.LogCaptureFixture) -> None:
    from claimdesk.redaction import RedactingFilter

    secret = "s3cret-for-log-test"
    caplog.handler.addFilter(RedactingFilter())
    caplog.set_level(logging.DEBUG)
    creds = MyRewardsCredentials(demo.MYREWARDS_API_KEY, secret)
    with pytest.raises(AuthError):
        connector(sandbox, creds).promotions()
    logging.getLogger("claimdesk.test").info("header was Token token=key:%s", secret)
    assert caplog.records
    assert secret not in caplog.text
