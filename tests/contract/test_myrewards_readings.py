"""MyRewards as the vendor documents it (issue 17), against the sandbox's default reading and
the variant myrewards-returns, over real loopback HTTP, with a real SQLite data folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import requests

from claimdesk.connectors.http import HttpClient
from claimdesk.connectors.myrewards import MyRewardsConnector, MyRewardsCredentials
from claimdesk.errors import AuthError, PermanentError, TransientError
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.service.myrewards import MyRewardsService, ReturnsRequired
from claimdesk.service.platform import Outcome, Target
from claimdesk.storage.catalog import Catalog
from claimdesk.storage.database import Database
from tests.helpers.variants import use_variants

DEMO = MyRewardsCredentials(demo.MYREWARDS_API_KEY, demo.MYREWARDS_SECRET_KEY)
TODAY = dt.date.today().isoformat()
READINGS = [pytest.param((), id="default"), pytest.param(("myrewards-returns",), id="returns")]


def service(
    url: str, folder: Path | None = None, credentials: MyRewardsCredentials = DEMO
) -> MyRewardsService:
    http = HttpClient(url, {"Authorization": credentials.header()}, sleep=lambda _s: None)
    returns = ReturnsRequired()
    if folder is not None:
        returns = ReturnsRequired(Catalog(Database(folder / "claimdesk.sqlite3")), "Acme")
    return MyRewardsService(
        MyRewardsConnector(url, credentials, http=http), returns_required=returns
    )


def claim(**changes: str) -> dict[str, str]:
    values = {
        "sale_date": TODAY,
        "invoice_date": TODAY,
        "product_or_activity_ref": "BOIL-100",
        "quantity": "1",
        "value_of_sale": "100",
        "username": "demo.rep",
    }
    values.update(changes)
    return values


def fault(url: str, **rule: object) -> None:
    requests.post(f"{url}/_sandbox/faults", json=rule, timeout=5).raise_for_status()


@pytest.mark.parametrize("variants", READINGS)
def test_a_claim_is_sent_whichever_reading_the_server_follows(
    sandbox: str, tmp_path: Path, variants: tuple[str, ...]
) -> None:
    use_variants(sandbox, *variants)
    svc = service(sandbox, tmp_path)
    changed: list[str] = []
    svc.watch_forms(changed.append)
    form = svc.load_form(Target("36", "Autumn Boiler Bonus"))
    assert not form.schema.get("returns_identifier").required  # type: ignore[union-attr]
    changed.clear()  # loading put the reward points in the shared cache

    first = svc.submit(form, claim())

    if not variants:
        assert first.outcome is Outcome.ACCEPTED, first.message
        assert changed == []
        return
    # The server asks for a returns identifier, as it would say it: on the field.
    assert first.outcome is Outcome.REJECTED
    assert [(i.field, i.message) for i in first.issues] == [
        ("returns_identifier", "Please complete this field")
    ]
    assert changed == ["36"]  # open forms are told to rebuild
    refreshed = svc.refreshed_form(form)
    assert refreshed is not None
    assert refreshed.schema.get("returns_identifier").required  # type: ignore[union-attr]
    missing = svc.check(refreshed, claim())
    assert [(i.field, i.message) for i in missing.issues] == [  # now caught locally
        ("returns_identifier", "Please complete this field")
    ]
    again = svc.submit(refreshed, claim(returns_identifier="RET-77"))
    assert again.outcome is Outcome.ACCEPTED, again.message

    # Remembered across runs: a new service on the same data folder knows it.
    next_run = service(sandbox, tmp_path)
    later = next_run.load_form(Target("36", "Autumn Boiler Bonus"))
    assert later.schema.get("returns_identifier").required  # type: ignore[union-attr]
    assert next_run.check(later, claim()).issues[0].message == "Please complete this field"
    # ... and only for that promotion and connection.
    assert (
        not service(sandbox)
        .load_form(Target("36", "x"))
        .schema.get(  # type: ignore[union-attr]
            "returns_identifier"
        )
        .required
    )


def test_several_claims_one_without_a_returns_identifier(sandbox: str) -> None:
    use_variants(sandbox, "myrewards-returns")
    svc = service(sandbox)
    form = svc.load_form(Target("36", "Autumn Boiler Bonus"))
    rows = [claim(returns_identifier="R1"), claim(), claim(returns_identifier="R3")]

    results = svc.submit_many(form, rows)

    assert [r.outcome for r in results] == [Outcome.ACCEPTED, Outcome.REJECTED, Outcome.ACCEPTED]
    assert results[1].issues[0].field == "returns_identifier"


def test_a_quantity_below_the_reward_points_is_sent_and_counts(sandbox: str) -> None:
    svc = service(sandbox)
    form = svc.load_form(Target("36", "Autumn Boiler Bonus"))
    one = claim(product_or_activity_ref="BOIL-110")  # quantity 2 earns

    checked = svc.check(form, one)
    first = svc.submit(form, one)
    second = svc.submit(form, one)

    assert checked.ok
    assert checked.estimated_points == 0
    assert checked.points_note == "counts toward the minimum of 2; earns 0 points until reached"
    assert first.outcome is Outcome.ACCEPTED
    assert first.points == 0
    assert second.points is not None
    assert second.points > 0  # the unit that reaches the minimum earns


def test_only_data_upload_promotions_take_claims(sandbox: str) -> None:
    svc = service(sandbox)
    targets = {t.key: t for t in svc.targets()}
    assert targets["36"].unavailable == ""
    assert targets["4"].unavailable == (
        "self claim promotions do not take sales data; only data upload promotions do"
    )
    assert "not available: self claim promotions" in targets["4"].display
    # Those that take sales data come first.
    keys = list(targets)
    assert all(targets[k].unavailable == "" for k in keys[: keys.index("4")])
    with pytest.raises(PermanentError, match=r"Installer Loyalty \(#4\) is not available"):
        svc.load_form(Target("4", "Installer Loyalty"))


def test_the_probe_says_what_it_proved(sandbox: str) -> None:
    proved = service(sandbox).probe().proved
    assert proved == (
        "MyRewards accepted the API key and secret key.",
        "May read promotions: 6 found, 3 take sales data.",
    )
    alone = MyRewardsCredentials(demo.MYREWARDS_API_KEY)
    assert alone.header() == "Token token=demo-key"
    assert service(sandbox, credentials=alone).probe().proved[0] == (
        "MyRewards accepted the API key (no secret key)."
    )


@pytest.mark.parametrize(
    ("path", "permission"),
    [
        ("/api/v2/performance/promotions", "GET promotions"),
        ("/api/v2/performance/promotions/36/data_fields", "GET data fields"),
        ("/api/v2/performance/promotions/36/reward_points", "GET reward points"),
    ],
)
def test_a_403_on_a_read_names_the_missing_permission(
    sandbox: str, path: str, permission: str
) -> None:
    svc = service(sandbox)
    svc.targets()
    fault(sandbox, path=path, method="GET", status=403, message="Forbidden")
    with pytest.raises(AuthError) as caught:
        svc.load_form(Target("36", "x")) if "36" in path else svc.probe()
    assert str(caught.value) == (
        f"MyRewards accepted the API key but it lacks the “{permission}” permission "
        "(HTTP 403). Ask the MyRewards administrator to grant it to this API key."
    )


def test_a_wrong_secret_names_myrewards_and_the_credentials(sandbox: str) -> None:
    wrong = MyRewardsCredentials(demo.MYREWARDS_API_KEY, "not-it-5521")
    with pytest.raises(AuthError) as caught:
        service(sandbox, credentials=wrong).probe()
    assert str(caught.value) == (
        "MyRewards refused the API key and secret key (HTTP 401). Check the connection's "
        "API key and secret key."
    )
    alone = MyRewardsCredentials("other-key")
    with pytest.raises(AuthError, match=r"refused the API key \(this connection has no secret"):
        service(sandbox, credentials=alone).probe()


def test_a_wrong_address_and_an_unreadable_answer_are_said(sandbox: str) -> None:
    with pytest.raises(PermanentError, match="MyRewards answered “not found” \\(HTTP 404\\)"):
        service(sandbox + "/elsewhere").probe()
    fault(sandbox, path="/api/v2/performance/promotions", malformed=True)
    with pytest.raises(PermanentError) as caught:
        service(sandbox).probe()
    text = str(caught.value)
    assert text.startswith("MyRewards' answer to the promotions request could not be read")
    assert "The answer began: “<!DOCTYPE html>" in text
    quoted = text.split("The answer began: “", 1)[1]
    assert len(quoted) <= 300 + 1  # the first 300 characters, and the closing quote


def test_a_timeout_names_myrewards(sandbox: str) -> None:
    http = HttpClient(
        sandbox,
        {"Authorization": DEMO.header()},
        sleep=lambda _s: None,
        timeout=(2.0, 0.5),
    )
    svc = MyRewardsService(MyRewardsConnector(sandbox, DEMO, http=http))
    fault(sandbox, path="/api/v2/performance/promotions", latency_ms=3000, times=0)
    with pytest.raises(TransientError, match=r"^MyRewards: .* did not answer in time"):
        svc.probe()


def test_the_probe_never_passes_on_the_offline_copy(sandbox: str, tmp_path: Path) -> None:
    from claimdesk.storage.catalog import ResponseCatalog

    cache = ResponseCatalog(Catalog(Database(tmp_path / "c.sqlite3")))
    http = HttpClient(sandbox, {"Authorization": DEMO.header()}, sleep=lambda _s: None, cache=cache)
    svc = MyRewardsService(MyRewardsConnector(sandbox, DEMO, http=http))
    assert svc.probe().proved  # online: the answer is kept
    fault(sandbox, platform="myrewards", status=503, times=0)
    with pytest.raises(TransientError, match="only the copy of its promotions kept"):
        svc.probe()
