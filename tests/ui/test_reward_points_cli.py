"""``claimdesk reward-points`` and ``claimdesk sales`` against the sandbox."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
import requests

from claimdesk.cli import main
from claimdesk.sandbox.demo_data import TRADE_COUNTER_SIZE
from claimdesk.service.profiles import Profile, ProfileStore

START = (dt.date.today() - dt.timedelta(days=3000)).isoformat()  # to ~650 days ahead


@pytest.fixture
def profile(sandbox: str) -> str:
    store = ProfileStore()
    store.save(
        Profile(name="Acme", platform="myrewards", url=sandbox, api_key="demo-key"),
        {"secret_key": "demo-secret"},
    )
    store.save(
        Profile(name="Plan", platform="claret", url=sandbox, tenant="demo"),
        {"token": "demo-claret-token"},
    )
    return "Acme"


def listed(sandbox: str, promotion: int) -> list[dict[str, object]]:
    items, page = [], 1
    while True:
        answer = requests.get(
            f"{sandbox}/api/v2/performance/promotions/{promotion}/reward_points",
            params={"page": page},
            headers={"Authorization": "Token token=demo-key:demo-secret"},
            timeout=5,
        ).json()
        items += answer
        if len(answer) < 100:
            return items
        page += 1


def test_list_csv_has_every_reward_point_of_every_page(
    profile: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["reward-points", "list", "--profile", profile, "--promotion", "52"])
    out, err = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert len(rows) == TRADE_COUNTER_SIZE
    assert rows[0]["reference"] == "TC-00000"
    assert f"{TRADE_COUNTER_SIZE:,} reward points in promotion 52." in err


def test_list_json_is_the_platform_s_records(
    profile: str, sandbox: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["reward-points", "list", "--profile", profile, "--promotion", "4", "--format", "json"]
    )
    out, _err = capsys.readouterr()
    assert code == 0
    records = json.loads(out)
    assert [r["id"] for r in records] == [r["id"] for r in listed(sandbox, 4)]
    assert records[0]["reference"] == "p1"
    assert records[0]["user_groups"] == [350, 355]


def test_create_from_options(
    profile: str, sandbox: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main([
        "reward-points", "create", "--profile", profile, "--promotion", "4",
        "--reference", "ACC-901", "--quantity", "2", "--points", "5",
        "--date-from", "2026-01-01", "--date-to", "2026-12-31",
        "--user-groups", "355,350", "--active",
    ])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    created = json.loads(out)
    assert created["reference"] == "ACC-901"
    assert created["user_groups"] == [350, 355]
    assert any(r["reference"] == "ACC-901" and r["active"] for r in listed(sandbox, 4))


def test_create_names_each_broken_rule_and_sends_nothing(
    profile: str, sandbox: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = len(listed(sandbox, 12))
    code = main([
        "reward-points", "create", "--profile", profile, "--promotion", "12",
        "--reference", "SHOW-900", "--quantity", "2", "--points", "0",
        "--date-from", "2026-12-31", "--date-to", "2026-01-01",
    ])  # fmt: skip
    out, _err = capsys.readouterr()
    assert code == 1
    assert out.splitlines() == [  # no returns flag in the list: the quantity is the server's
        "Points per quantity: must be a whole number from 1 to 2,147,483,647",
        "Date to: must be on or after the date from (2026-12-31), not 2026-01-01",
    ]
    assert len(listed(sandbox, 12)) == before


def test_create_from_a_file_reports_each_row(
    profile: str, sandbox: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new.csv"
    path.write_text(
        "reference,quantity,points_per_quantity,date_from,date_to,user_group_ids,active\n"
        "F-1,1,10,2026-01-01,2026-12-31,,true\n"
        "F-2,0,10,2026-01-01,2026-12-31,,true\n"
        'F-3,1,10,2026-01-01,2026-12-31,"350,355",false\n',
        encoding="utf-8",
    )
    code = main(["reward-points", "create", "--profile", profile, "--promotion", "4",
                 "--file", str(path)])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 1
    assert out.splitlines() == ["row 3, Quantity: must be a whole number from 1 to 2,147,483,647"]
    assert "2 of 3 reward points created." in err
    made = {r["reference"]: r for r in listed(sandbox, 4) if str(r["reference"]).startswith("F-")}
    assert set(made) == {"F-1", "F-3"}
    assert made["F-3"]["user_groups"] == [350, 355]
    assert made["F-3"]["active"] is False


def test_update_sends_only_the_given_changes(
    profile: str, sandbox: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["reward-points", "update", "166", "--profile", profile, "--promotion", "4",
                 "--points", "8", "--inactive"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    record = json.loads(out)
    assert (record["points_per_quantity"], record["active"]) == (8, False)
    assert record["user_groups"] == [350, 355]
    assert record["quantity"] == 1


def test_update_checks_the_dates_against_the_stored_record(
    profile: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # p1's window ends 2022-12-31.
    code = main(["reward-points", "update", "166", "--profile", profile, "--promotion", "4",
                 "--date-from", "2024-01-01"])  # fmt: skip
    out, _err = capsys.readouterr()
    assert code == 1
    assert out.startswith("Date to: must be on or after the date from (2024-01-01)")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["update", "424242", "--promotion", "4", "--quantity", "2"], "has no reward point 424242"),
        (["update", "166", "--promotion", "4"], "say what to change"),
        (["list", "--promotion", "999"], "promotion 999 is not offered"),
    ],
)
def test_usage_errors_exit_2(
    profile: str, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["reward-points", args[0], "--profile", profile, *args[1:]])
    _out, err = capsys.readouterr()
    assert code == 2
    assert message in err


def test_a_profile_of_another_platform_is_refused(
    profile: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["reward-points", "list", "--profile", "Plan", "--promotion", "4"]) == 2
    assert "profile Plan offers no reward points (Claret)" in capsys.readouterr().err


# --- sales ------------------------------------------------------------------------------------


def test_sales_csv_follows_every_page_past_5000_records(
    profile: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["sales", "--profile", "Plan", "--sale-type", "History", "--start", START,
                 "--days", "3650"])  # fmt: skip
    out, err = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert len(rows) > 5_000
    assert len({r["id"] for r in rows}) == len(rows)
    assert f"{len(rows):,} records" in err


def test_sales_json_with_the_flattened_hierarchy(
    profile: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["sales", "--profile", "Plan", "--sale-type", "Forecast", "--start",
                 START, "--days", "3650", "--flattened", "--format", "json"])  # fmt: skip
    out, _err = capsys.readouterr()
    records = json.loads(out)
    assert code == 0
    assert records
    assert {"item_category", "customer_region"} <= set(records[0])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--start", "2026-13-01", "--days", "7"], "--start: must be a date"),
        (["--start", "2026-01-01", "--days", "0"], "--days: must be a whole number of days"),
    ],
)
def test_sales_usage_errors_exit_2(
    profile: str, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sales", "--profile", "Plan", "--sale-type", "History", *args]) == 2
    assert message in capsys.readouterr().err


def test_an_unknown_sale_type_is_named(profile: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["sales", "--profile", "Plan", "--sale-type", "Budget", "--start", "2026-01-01",
                 "--days", "7"])  # fmt: skip
    assert code == 2
    assert "sale type" in capsys.readouterr().err.lower()
