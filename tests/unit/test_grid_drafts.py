"""A batch grid's draft in the data folder's SQLite: every row back, in order, with its
spreadsheet row number, beside the claim form's drafts and not among them."""

from __future__ import annotations

from pathlib import Path

from claimdesk.storage.database import Database
from claimdesk.storage.drafts import Drafts


def test_a_grid_of_100000_rows_comes_back_whole_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "claimdesk.sqlite3"
    rows = [
        [f"2026-11-{n % 28 + 1:02d}", "Bob", f"BOIL-{n % 300}", "2", "€1,5"] for n in range(100_000)
    ]
    rows[7][1] = 'Zoë "quoted"\nline'  # any text survives
    numbers: list[int | None] = list(range(3, 100_003))
    numbers[-1] = None  # a row typed in the grid
    names = ["sale_date", "customer_name", "ref", "quantity", "value"]
    Drafts(Database(path)).save("shop", "36", {"ref": "BOIL-100"})  # the form's own draft
    Drafts(Database(path)).save_grid("shop", "36", names, rows, numbers)

    again = Drafts(Database(path))  # as after a restart
    kept = again.get_grid("shop", "36")
    assert kept is not None
    assert kept.names == names
    assert kept.rows == rows
    assert kept.numbers == numbers
    assert again.get_grid("shop", "other") is None
    assert again.get_grid("other shop", "36") is None
    # The form's draft is untouched and is the only one listed.
    assert [d.values for d in again.all()] == [{"ref": "BOIL-100"}]
    form = again.get("shop", "36")
    assert form is not None
    assert form.values == {"ref": "BOIL-100"}


def test_no_rows_or_deleting_forgets_the_grid_and_only_it(tmp_path: Path) -> None:
    drafts = Drafts(Database(tmp_path / "d.sqlite3"))
    drafts.save("shop", "36", {"ref": "BOIL-100"})
    drafts.save_grid("shop", "36", ["a"], [["x"]], [2])
    drafts.save_grid("shop", "36", ["a"], [], [])
    assert drafts.get_grid("shop", "36") is None
    drafts.save_grid("shop", "36", ["a"], [["x"]], [2])
    drafts.delete_grid("shop", "36")
    assert drafts.get_grid("shop", "36") is None
    assert drafts.get("shop", "36") is not None
