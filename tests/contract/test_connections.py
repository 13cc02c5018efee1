"""A saved profile of each platform opens and reaches the sandbox with its secrets."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.service.connections import check_connection
from claimdesk.service.platform import Target
from claimdesk.service.profiles import Profile, ProfileStore
from claimdesk.service.workspace import Workspace


@pytest.mark.parametrize(
    ("settings", "secrets", "found"),
    [
        (
            {"platform": "myrewards", "api_key": "demo-key"},
            {"secret_key": "demo-secret"},
            "3 take sales data",
        ),
        (
            {"platform": "claret", "tenant": "demo"},
            {"token": "demo-claret-token"},
            "The API token was accepted. May read sales of tenant “demo”",
        ),
        (
            {"platform": "peak", "solution": "QP_OOTB", "prefix": "QP_", "suffix": "_OOTB"},
            {"token": "demo-peak-token"},
            "Dry run of 1 row validated (nothing stored).",
        ),
        (
            {"platform": "thalamus", "touchpoint": "DESKTOP", "user": "demo-partner"},
            {"password": "demo-password", "api_token": "demo-thalamus-token"},
            "Partner SKUs readable: 6",
        ),
    ],
)
def test_each_platform_opens_from_a_profile(
    sandbox: str, tmp_path: Path, settings: dict[str, str], secrets: dict[str, str], found: str
) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    profile = Profile(name="P", url=sandbox, **settings)  # type: ignore[arg-type]
    store.save(profile, secrets)
    assert found in check_connection(profile, store)
    connection = Workspace(store=store).open_profile("P")
    [target, *_] = connection.service.targets()
    form = connection.service.load_form(Target(target.key, target.name))
    assert len(form.schema) > 0
    connection.service.close()


def test_a_thalamus_transaction_id_is_remembered_across_runs(sandbox: str, tmp_path: Path) -> None:
    import datetime as dt

    from claimdesk.service.platform import Outcome

    store = ProfileStore(tmp_path / "profiles.json")
    profile = Profile(
        name="T", platform="thalamus", url=sandbox, touchpoint="DESKTOP", user="demo-partner"
    )
    store.save(profile, {"password": "demo-password", "api_token": "demo-thalamus-token"})
    sale = {
        "credentialPrincipal": "22222222",
        "partnerSkuCode": "pa6_termo",
        "quantity": "4",
        "amount": "43912.4",
        "saleDate": dt.date.today().isoformat(),
        "transactionId": "TXN-REMEMBERED-1",
    }
    first = Workspace(store=store).open_profile("T").service
    form = first.load_form(first.targets()[0])
    assert first.submit(form, sale).outcome is Outcome.ACCEPTED
    first.close()
    restarted = Workspace(store=store).open_profile("T").service  # a new run of ClaimDesk
    again = restarted.submit(restarted.load_form(restarted.targets()[0]), sale)
    assert again.outcome is Outcome.INVALID
    assert [i.field for i in again.issues] == ["transactionId"]
    restarted.close()
