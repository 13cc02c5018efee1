"""``claimdesk returns`` on a file of returned claims, against the sandbox: requests of at
most 50 (counted in the sandbox's received log), exit statuses, columns by name or label."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import requests

from claimdesk.cli import main
from claimdesk.service.profiles import Profile, ProfileStore

TODAY = dt.date.today().isoformat()
AUTH = {"Authorization": "Token token=demo-key:demo-secret"}


@pytest.fixture
def profile(sandbox: str) -> str:
    ProfileStore().save(
        Profile(name="Acme", platform="myrewards", url=sandbox, api_key="demo-key"),
        {"secret_key": "demo-secret"},
    )
    return "Acme"


def claim(sandbox: str, quantity: int, *identifiers: str) -> None:
    """Claims of promotion 36 stored on the sandbox, one per returns identifier."""
    records = [
        {
            "sale_date": TODAY,
            "invoice_date": TODAY,
            "product_or_activity_ref": "BOIL-100",
            "quantity": quantity,
            "value_of_sale": 100,
            "username": "demo.rep",
            "returns_identifier": identifier,
        }
        for identifier in identifiers
    ]
    answer = requests.post(
        f"{sandbox}/api/v2/performance/promotions/36/data",
        json={"data": records},
        headers=AUTH,
        timeout=5,
    )
    assert answer.status_code == 201


def return_requests(sandbox: str) -> list[dict]:
    log = requests.get(
        f"{sandbox}/_sandbox/received", params={"platform": "myrewards"}, timeout=5
    ).json()
    return [r for r in log if "returns_data" in r]


def test_sixty_returns_go_in_requests_of_at_most_50(
    profile: str, sandbox: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claim(sandbox, 1, *(f"INV-{n}" for n in range(60)))
    path = tmp_path / "returns.csv"
    lines = ["username,returns_identifier,product_or_activity_ref,quantity"]
    lines += [f"demo.rep,INV-{n},BOIL-100,1" for n in range(60)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["returns", "--profile", profile, "--promotion", "36", str(path)])
    _out, err = capsys.readouterr()
    assert code == 0, err
    assert "60 accepted" in err
    assert [len(r["returns_data"]) for r in return_requests(sandbox)] == [50, 10]


def test_a_refused_row_is_named_and_exits_one(
    profile: str, sandbox: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claim(sandbox, 2, "INV-7")
    path = tmp_path / "returns.csv"
    path.write_text(
        "User ID;Returns identifier;Product or activity ref;Quantity\n"
        "170944;INV-7;BOIL-100;2\n"
        "170944;INV-NONE;BOIL-100;1\n",
        encoding="utf-8",
    )
    code = main(["returns", "--profile", profile, "--promotion", "36", str(path)])
    out, _err = capsys.readouterr()
    assert code == 1
    assert "row 3: rejected:" in out
    assert "returns_identifier value(s), for 2nd entry" in out
    assert [e["quantity"] for r in return_requests(sandbox) for e in r["returns_data"]] == [2]


@pytest.mark.parametrize(
    "args",
    [
        ["returns", "--profile", "Acme", "--promotion", "abc", "x.csv"],
        ["returns", "--profile", "Nobody", "--promotion", "36", "x.csv"],
        ["returns", "--profile", "Acme", "--promotion", "36", "/no/such/file.csv"],
        ["returns", "--profile", "Acme", "--promotion", "999", "x.csv"],
    ],
)
def test_usage_profile_connection_or_file_errors_exit_two(
    profile: str, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    assert "claimdesk returns:" in capsys.readouterr().err


def test_a_file_without_a_quantity_column_exits_two(
    profile: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "returns.csv"
    path.write_text("username,returns_identifier,product_or_activity_ref\na,b,c\n", "utf-8")
    assert main(["returns", "--profile", profile, "--promotion", "36", str(path)]) == 2
    assert "no column for Quantity" in capsys.readouterr().err


def test_a_dropped_answer_is_in_doubt_and_never_sent_again_blindly(
    profile: str, sandbox: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claim(sandbox, 2, "INV-9")
    requests.post(
        f"{sandbox}/_sandbox/faults",
        json={"platform": "myrewards", "path": "/api/v3/", "drop": "after_store", "times": 1},
        timeout=5,
    ).raise_for_status()
    path = tmp_path / "returns.csv"
    path.write_text(
        "username,returns_identifier,product_or_activity_ref,quantity\ndemo.rep,INV-9,BOIL-100,1\n",
        encoding="utf-8",
    )
    args = ["returns", "--profile", profile, "--promotion", "36", str(path)]
    assert main(args) == 1
    out, err = capsys.readouterr()
    assert "row 2: unknown:" in out
    assert "1 unknown" in err
    # The same file again: the return in doubt is named, not sent a second time.
    assert main(args) == 1
    assert "duplicate of claim #" in capsys.readouterr().err
    assert len(return_requests(sandbox)) == 1
