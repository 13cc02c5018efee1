"""Reward points admin against the sandbox over real HTTP: every operation of
seeds/myrewards-reward-points.md through the service, paging past 1,000 reward points, and
the stale-data check."""

from __future__ import annotations

import datetime as dt

import pytest
import requests

from claimdesk.connectors.http import HttpClient
from claimdesk.connectors.myrewards import MyRewardsConnector, MyRewardsCredentials
from claimdesk.domain.myrewards import Promotion
from claimdesk.errors import RejectedError
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.sandbox.demo_data import TRADE_COUNTER_SIZE
from claimdesk.service.reward_points import RewardPointCache, RewardPointsService

DEMO = MyRewardsCredentials(demo.MYREWARDS_API_KEY, demo.MYREWARDS_SECRET_KEY)
BIG = 52  # Trade Counter Catalogue


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def connector(url: str) -> MyRewardsConnector:
    http = HttpClient(url, {"Authorization": DEMO.header()}, sleep=lambda _s: None)
    return MyRewardsConnector(url, DEMO, http=http)


def service(url: str, clock: Clock | None = None) -> RewardPointsService:
    return RewardPointsService(connector(url), now=clock or Clock())


def promotion(svc: RewardPointsService, promotion_id: int) -> Promotion:
    found = svc.promotion(promotion_id)
    assert found is not None
    return found


def good(reference: str = "ACC-900", **changes: object) -> dict[str, object]:
    return {
        "reference": reference,
        "quantity": "2",
        "points_per_quantity": "5",
        "date_from": "2026-01-01",
        "date_to": "2026-12-31",
        "user_group_ids": "355, 350",
        "active": "1",
        **changes,
    }


def patch_directly(url: str, promotion_id: int, rp_id: int, body: dict[str, object]) -> None:
    """Another admin's edit, made behind the window's back."""
    requests.patch(
        f"{url}/api/v2/performance/promotions/{promotion_id}/reward_points/{rp_id}",
        json=body,
        headers={"Authorization": DEMO.header()},
        timeout=5,
    ).raise_for_status()


# --- listing ----------------------------------------------------------------------------------


def test_every_page_of_more_than_1000_reward_points(sandbox: str) -> None:
    svc = service(sandbox)
    pages = list(svc.pages(BIG))
    items = [rp for page in pages for rp in page]

    assert TRADE_COUNTER_SIZE > 1_000
    assert len(items) == TRADE_COUNTER_SIZE
    assert len(pages) == -(-TRADE_COUNTER_SIZE // 100)
    assert all(len(page) == 100 for page in pages[:-1])
    assert len({rp.id for rp in items}) == len(items)
    assert {rp.promotion_id for rp in items} == {BIG}


def test_a_list_of_exactly_whole_pages_stops_on_the_empty_page(sandbox: str) -> None:
    svc = service(sandbox)
    promo = promotion(svc, 12)
    before = sum(len(p) for p in svc.pages(12))
    for n in range(100 - before % 100):
        assert svc.create(promo, good(f"X-{n}", quantity="1")).ok
    items, _fetched = svc.all(12)
    assert len(items) % 100 == 0
    assert len(items) >= 100


def test_all_fills_the_shared_cache(sandbox: str) -> None:
    heard: list[int] = []
    cache = RewardPointCache()
    cache.listen(heard.append)
    svc = RewardPointsService(connector(sandbox), cache=cache, now=Clock())
    items, fetched = svc.all(4)
    assert cache.get(4) == (tuple(items), fetched)
    assert heard == [4]


def test_promotions_include_every_status_active_first(sandbox: str) -> None:
    statuses = [p.status for p in service(sandbox).promotions()]
    assert statuses == sorted(statuses, key=["active", "not_active", "archived"].index)
    assert "archived" in statuses


# --- create -------------------------------------------------------------------------------------


def test_create_sends_the_seed_body_and_the_record_is_listed(sandbox: str) -> None:
    svc = service(sandbox)
    saved = svc.create(promotion(svc, 4), good())

    assert saved.ok
    rp = saved.reward_point
    assert rp is not None
    assert (rp.reference, rp.quantity, rp.points_per_quantity) == ("ACC-900", 2, 5)
    assert rp.user_groups == (350, 355)
    assert rp.active is True
    assert rp.sale_date_from == dt.date(2026, 1, 1)
    assert svc.find(4, rp.id) == rp


def test_a_locally_invalid_create_sends_nothing(sandbox: str) -> None:
    svc = service(sandbox)
    before = len(svc.all(4)[0])
    saved = svc.create(promotion(svc, 4), good(date_from="2027-01-01"))
    assert not saved.ok
    assert not saved.sent
    assert [i.field for i in saved.issues] == ["date_to"]
    assert len(svc.all(4)[0]) == before


def test_the_returns_rule_is_the_servers_refusal_on_the_field(sandbox: str) -> None:
    # The promotions list has no returns flag (DESIGN.md): the server's refusal speaks.
    svc = service(sandbox)
    saved = svc.create(promotion(svc, 12), good())
    assert [i.field for i in saved.issues] == ["quantity"]
    assert svc.create(promotion(svc, 12), good(quantity="1")).ok


def test_a_server_refusal_names_the_field(sandbox: str) -> None:
    svc = service(sandbox)
    saved = svc.create(promotion(svc, 4), good(reference=" "))  # caught locally
    assert [i.field for i in saved.issues] == ["reference"]
    # One the local rules cannot know: the sandbox refuses an unknown body key.
    with pytest.raises(RejectedError) as caught:
        svc.connector.create_reward_point(4, {**svc_body(), "colour": "red"})
    assert [i.field for i in caught.value.issues] == ["colour"]


def svc_body() -> dict[str, object]:
    return {
        "reference": "p1",
        "quantity": 1,
        "points_per_quantity": 1,
        "date_from": "2026-01-01",
        "date_to": "2026-02-01",
    }


def test_rows_are_created_in_order_and_bad_rows_are_named_and_not_sent(sandbox: str) -> None:
    svc = service(sandbox)
    rows = [good("R-1"), good("R-2", quantity="0"), good("R-3", date_to="")]
    results = svc.create_rows(promotion(svc, 4), rows)

    assert [r.row for r in results] == [2, 3, 4]
    assert [r.saved.ok for r in results] == [True, False, False]
    assert [i.field for i in results[1].saved.issues] == ["quantity"]
    assert [i.field for i in results[2].saved.issues] == ["date_to"]
    references = {rp.reference for rp in svc.all(4)[0]}
    assert "R-1" in references
    assert not {"R-2", "R-3"} & references


# --- update -------------------------------------------------------------------------------------


def test_update_patches_only_the_changed_fields(sandbox: str) -> None:
    clock = Clock()
    svc = service(sandbox, clock)
    items, fetched = svc.all(4)
    p2 = next(rp for rp in items if rp.reference == "p2")
    sent: list[dict[str, object]] = []
    original = svc.connector.update_reward_point

    def spy(promotion_id: int, rp_id: int, changes: dict[str, object]):  # type: ignore[no-untyped-def]
        sent.append(dict(changes))
        return original(promotion_id, rp_id, changes)

    svc.connector.update_reward_point = spy  # type: ignore[method-assign]
    form = {
        "quantity": "1",
        "points_per_quantity": "7",
        "date_from": "2016-12-18",
        "date_to": "2026-11-19",
        "user_group_ids": "",
        "active": "1",
    }
    saved = svc.update(promotion(svc, 4), p2, form, fetched_at=fetched)

    assert saved.ok
    assert sent == [{"points_per_quantity": 7}]
    assert saved.reward_point is not None
    assert saved.reward_point.points_per_quantity == 7
    assert saved.reward_point.updated_at != p2.updated_at


def test_nothing_changed_sends_nothing(sandbox: str) -> None:
    svc = service(sandbox)
    items, fetched = svc.all(4)
    saved = svc.update(promotion(svc, 4), items[0], {"quantity": "1"}, fetched_at=fetched)
    assert saved.ok
    assert not saved.sent


def test_an_edit_on_stale_data_reports_the_server_s_change_and_sends_nothing(
    sandbox: str,
) -> None:
    clock = Clock()
    svc = service(sandbox, clock)
    items, fetched = svc.all(4)
    p3 = next(rp for rp in items if rp.reference == "p3")
    patch_directly(sandbox, 4, p3.id, {"quantity": 4})  # someone else, meanwhile
    clock.now += dt.timedelta(minutes=10)

    saved = svc.update(promotion(svc, 4), p3, {"points_per_quantity": "9"}, fetched_at=fetched)

    assert not saved.ok
    assert not saved.sent
    assert saved.conflict is not None
    assert saved.conflict.quantity == 4
    assert "Quantity: 1 → 4" in saved.message
    assert svc.find(4, p3.id).points_per_quantity == 1  # type: ignore[union-attr]
    # Asked again on the server's version, the edit goes through and keeps their change.
    again = svc.update(
        promotion(svc, 4), saved.conflict, {"points_per_quantity": "9"}, overwrite=True
    )
    assert again.ok
    assert (again.reward_point.quantity, again.reward_point.points_per_quantity) == (4, 9)  # type: ignore[union-attr]


def test_an_edit_on_fresh_data_is_sent_without_a_second_look(sandbox: str) -> None:
    clock = Clock()
    svc = service(sandbox, clock)
    items, fetched = svc.all(4)
    p3 = next(rp for rp in items if rp.reference == "p3")
    clock.now += dt.timedelta(minutes=1)
    saved = svc.update(promotion(svc, 4), p3, {"points_per_quantity": "2"}, fetched_at=fetched)
    assert saved.ok


def test_stale_but_unchanged_on_the_server_is_sent(sandbox: str) -> None:
    clock = Clock()
    svc = service(sandbox, clock)
    items, fetched = svc.all(4)
    clock.now += dt.timedelta(hours=2)
    saved = svc.update(promotion(svc, 4), items[1], {"active": "0"}, fetched_at=fetched)
    assert saved.ok


def test_update_of_a_record_gone_from_the_server_says_so(sandbox: str) -> None:
    svc = service(sandbox)
    items, _ = svc.all(4)
    ghost = items[0].model_copy(update={"id": 999_999})
    saved = svc.update(promotion(svc, 4), ghost, {"quantity": "3"}, fetched_at=None)
    assert not saved.ok
    assert "no longer" in saved.message


def test_set_active_changes_several_and_leaves_the_others(sandbox: str) -> None:
    svc = service(sandbox)
    items, _ = svc.all(4)
    inactive = [rp for rp in items if not rp.active][:3]
    already = [rp for rp in items if rp.active][:1]
    results = svc.set_active(promotion(svc, 4), inactive + already, True)

    assert all(r.ok for r in results)
    assert [r.sent for r in results] == [True, True, True, False]
    now = {rp.id: rp.active for rp in svc.all(4)[0]}
    assert all(now[rp.id] for rp in inactive)
    activated = [r.reward_point for r in results[:3] if r.reward_point is not None]
    back = svc.set_active(promotion(svc, 4), activated, False)
    assert all(r.ok and r.sent for r in back)
    assert not any({rp.id: rp.active for rp in svc.all(4)[0]}[rp.id] for rp in inactive)


def test_the_cache_follows_creates_and_updates(sandbox: str) -> None:
    svc = service(sandbox)
    items, _ = svc.all(4)
    created = svc.create(promotion(svc, 4), good("C-1")).reward_point
    assert created is not None
    cached = svc.cache.get(4)
    assert cached is not None
    assert cached[0][-1] == created
    svc.update(promotion(svc, 4), items[0], {"quantity": "5"}, overwrite=True)
    cached = svc.cache.get(4)
    assert cached is not None
    assert cached[0][0].quantity == 5
