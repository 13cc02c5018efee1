"""``claimdesk validate`` and ``submit`` on a file of claims, against the sandbox."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import requests

from claimdesk.cli import main
from claimdesk.service.profiles import Profile, ProfileStore

TODAY = dt.date.today().isoformat()


@pytest.fixture
def profile(sandbox: str) -> str:
    ProfileStore().save(
        Profile(name="Acme", platform="myrewards", url=sandbox, api_key="demo-key"),
        {"secret_key": "demo-secret"},
    )
    return "Acme"


def claims_file(tmp_path: Path, bad_quantity_rows: tuple[int, ...] = ()) -> Path:
    lines = ["Sale date;Invoice date;Product or Activity Ref;Quantity;Value of sale;Username"]
    for n in range(10):
        quantity = "0" if n in bad_quantity_rows else "2"
        lines.append(f"{TODAY};{TODAY};BOIL-100;{quantity};{100 + n};demo.rep")
    path = tmp_path / "claims.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_validate_names_each_bad_row_and_field(
    profile: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["validate", "--profile", profile, "--promotion", "36", str(claims_file(tmp_path, (2, 7)))]
    )
    out, err = capsys.readouterr()
    assert code == 1
    assert out.splitlines() == [
        "row 4, Quantity: must be a whole number from 1 to 1,000,000",
        "row 9, Quantity: must be a whole number from 1 to 1,000,000",
    ]
    assert "8 of 10 rows valid." in err


def test_submit_sends_the_valid_rows(
    profile: str, tmp_path: Path, sandbox: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["submit", "--profile", profile, "--promotion", "36", str(claims_file(tmp_path, (5,)))]
    )
    _out, err = capsys.readouterr()
    assert code == 1  # one row invalid
    assert "9 accepted, 0 rejected, 0 unknown, 0 queued to retry, 1 invalid not sent." in err
    stored = requests.get(
        f"{sandbox}/_sandbox/received", params={"platform": "myrewards"}, timeout=5
    ).json()
    assert sorted(r["record"]["value_of_sale"] for r in stored) == [
        100 + n for n in range(10) if n != 5
    ]


def test_all_valid_is_exit_zero(profile: str, tmp_path: Path) -> None:
    assert (
        main(["validate", "--profile", profile, "--promotion", "36", str(claims_file(tmp_path))])
        == 0
    )
    assert (
        main(["submit", "--profile", profile, "--promotion", "36", str(claims_file(tmp_path))]) == 0
    )


@pytest.mark.parametrize(
    ("args", "why"),
    [
        (["--profile", "Nobody", "--promotion", "36"], "no profile named 'Nobody'"),
        (["--profile", "Acme"], "say which promotion with --promotion"),
        (["--profile", "Acme", "--promotion", "999"], "promotion 999 is not offered"),
    ],
)
def test_usage_errors_exit_two(
    profile: str, tmp_path: Path, args: list[str], why: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", *args, str(claims_file(tmp_path))]) == 2
    assert why in capsys.readouterr().err


@pytest.mark.parametrize("command", ["validate", "submit"])
def test_a_promotion_that_takes_no_sales_data_is_refused(
    profile: str, tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main([command, "--profile", profile, "--promotion", "4", str(claims_file(tmp_path))])
    assert code == 2
    assert capsys.readouterr().err == (
        f"claimdesk {command}: promotion 4 (Installer Loyalty — #4) is not available: self "
        "claim promotions do not take sales data; only data upload promotions do\n"
    )


def test_a_file_without_needed_columns_exits_two(
    profile: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.csv"
    path.write_text("Colour,Size\nred,L\n", encoding="utf-8")
    assert main(["validate", "--profile", profile, "--promotion", "36", str(path)]) == 2
    assert "no column for Sale date" in capsys.readouterr().err


def test_ten_thousand_rows_with_three_percent_bad(
    profile: str, tmp_path: Path, sandbox: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's acceptance file: every valid row accepted, every bad row named."""
    lines = ["Sale date,Invoice date,Product or Activity Ref,Quantity,Value of sale,Username"]
    bad = set(range(7, 10_000, 33))  # 303 rows, about 3 %
    for n in range(10_000):
        sku = "NOPE-1" if n in bad else "BOIL-100"
        lines.append(f"{TODAY},{TODAY},{sku},2,{n},demo.rep")
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["submit", "--profile", profile, "--promotion", "36", str(path)])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"{10_000 - len(bad):,} accepted, 0 rejected" in err
    assert f"{len(bad)} invalid not sent" in err
    flagged = [line for line in out.splitlines() if "is not a reward point" in line]
    assert len(flagged) == len(bad)
    assert flagged[0].startswith("row 9, Product or Activity Ref:")  # row 1 is the header
    stored = requests.get(
        f"{sandbox}/_sandbox/received", params={"platform": "myrewards"}, timeout=30
    ).json()
    assert sorted(int(r["record"]["value_of_sale"]) for r in stored) == [
        n for n in range(10_000) if n not in bad
    ]


def received_values(sandbox: str) -> list[int]:
    stored = requests.get(
        f"{sandbox}/_sandbox/received", params={"platform": "myrewards"}, timeout=5
    ).json()
    return sorted(int(r["record"]["value_of_sale"]) for r in stored)


def test_the_same_file_twice_sends_nothing_the_second_time(
    profile: str, tmp_path: Path, sandbox: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(claims_file(tmp_path))
    assert main(["submit", "--profile", profile, "--promotion", "36", path]) == 0
    capsys.readouterr()
    assert main(["submit", "--profile", profile, "--promotion", "36", path]) == 1
    _out, err = capsys.readouterr()
    skipped = [line for line in err.splitlines() if "duplicate of claim #" in line]
    assert len(skipped) == 10
    assert skipped[0].startswith("row 2: duplicate of claim #1 (accepted); not sent")
    assert "0 accepted" in err
    assert "10 duplicates not sent" in err
    assert received_values(sandbox) == [100 + n for n in range(10)]  # each claim once
    # said so, the same file goes again
    assert (
        main(["submit", "--profile", profile, "--promotion", "36", "--allow-duplicates", path]) == 0
    )
    assert received_values(sandbox) == sorted(2 * [100 + n for n in range(10)])


def test_two_identical_rows_of_one_file_are_duplicates(
    profile: str, tmp_path: Path, sandbox: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = claims_file(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([*lines, lines[3]]) + "\n", encoding="utf-8")  # row 4 again
    assert main(["submit", "--profile", profile, "--promotion", "36", str(path)]) == 1
    err = capsys.readouterr().err
    assert "row 12: duplicate of row 4 of this file; not sent" in err
    assert received_values(sandbox) == [100 + n for n in range(10)]


def test_validate_reads_decimal_commas_under_an_english_locale(
    profile: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    """676,06 can only be a decimal comma: no --decimal-mark needed (issue 19)."""
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    lines = ["Sale date;Invoice date;Product or Activity Ref;Quantity;Value of sale;Username"]
    for n, value in enumerate(("676,06", "1250,50", "1.250,5", "12")):
        lines.append(f"{TODAY};{TODAY};BOIL-10{n % 3};2;{value};demo.rep")
    path = tmp_path / "commas.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["validate", "--profile", profile, "--promotion", "36", str(path)])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert out == ""
    assert "4 of 4 rows valid." in err


def test_an_ambiguous_column_follows_the_locale_or_decimal_mark(
    profile: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    lines = ["Sale date;Invoice date;Product or Activity Ref;Quantity;Value of sale;Username"]
    lines.append(f"{TODAY};{TODAY};BOIL-100;2;1,250;demo.rep")
    path = tmp_path / "thousands.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["validate", "--profile", profile, "--promotion", "36", str(path)]) == 0
    _out, err = capsys.readouterr()
    assert "say otherwise with --decimal-mark" in err
    assert "1250" in err
    asked = ["--promotion", "36", "--decimal-mark", "comma", str(path)]
    code = main(["validate", "--profile", profile, *asked])
    _out, err = capsys.readouterr()
    assert code == 0
    assert "say otherwise" not in err  # the user said how: nothing left to guess


def test_submit_writes_results_files_ready_to_fix_and_send_again(
    profile: str, tmp_path: Path, sandbox: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """--results DIR: the accepted rows with the platform's claim number and points, every
    other row with its reason in a Problem column (issue 20)."""
    import csv

    source = claims_file(tmp_path, (3,))
    out = tmp_path / "results"
    code = main(
        ["submit", "--profile", profile, "--promotion", "36", "--results", str(out), str(source)]
    )
    _out, err = capsys.readouterr()
    assert code == 1
    [accepted] = out.glob("claims-accepted-*.csv")
    [problems] = out.glob("claims-problems-*.csv")
    assert f"results: {accepted}" in err
    with accepted.open(encoding="utf-8-sig", newline="") as handle:
        good = list(csv.DictReader(handle))
    with problems.open(encoding="utf-8-sig", newline="") as handle:
        bad = list(csv.DictReader(handle))
    assert len(good) == 9
    received = requests.get(
        f"{sandbox}/_sandbox/received", params={"platform": "myrewards"}, timeout=5
    ).json()
    numbers = {str(claim["claims"][0]["claim"]["id"]) for claim in received}
    assert {row["Claim number"] for row in good} == numbers
    assert all(row["Points"].isdigit() for row in good)
    assert [row["Quantity"] for row in bad] == ["0"]
    assert bad[0]["Problem"].startswith("not sent, to correct: Quantity: must be a whole number")
    # Fixed in the problems file, it is accepted as it is.
    text = problems.read_text(encoding="utf-8-sig").replace(";0;", ";2;").replace(",0,", ",2,")
    problems.write_text(text, encoding="utf-8")
    assert main(["validate", "--profile", profile, "--promotion", "36", str(problems)]) == 0


def test_results_in_a_folder_that_cannot_be_written_stop_before_sending(
    profile: str, tmp_path: Path, sandbox: str, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    code = main(
        [
            "submit",
            "--profile",
            profile,
            "--promotion",
            "36",
            "--results",
            str(blocked),
            str(claims_file(tmp_path)),
        ]
    )
    _out, err = capsys.readouterr()
    assert code == 2
    assert f"--results {blocked}" in err
    assert requests.get(f"{sandbox}/_sandbox/received", timeout=5).json() == []
