"""Issue 20's acceptance: a workbook as an office makes it (a merged title row above the
header, a note, "SKU", "Qty", "Value of sale (£)", "Customer", real Excel dates, a TOTAL row)
goes through ``claimdesk validate`` (a real process, a saved profile, the sandbox) and the
batch window with no column mapping; only the rows really wrong are named, by the row the
spreadsheet shows."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from claimdesk.connectors.myrewards import MyRewardsConnector, MyRewardsCredentials
from claimdesk.sandbox import demo_credentials as demo
from claimdesk.service.myrewards import MyRewardsService
from claimdesk.ui.batch_window import BatchWindow
from claimdesk.ui.main_window import MainWindow
from tests.helpers.cli import run
from tests.helpers.workbooks import office_csv, office_workbook

TODAY = dt.date.today()
SKIPPED = "Rows 1–3 skipped: title; row 15 skipped: blank; row 16 skipped: total"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "CLAIMDESK_HOME": str(tmp_path / "home")}


@pytest.fixture
def profile(
    sandbox: str, env: dict[str, str], real_keyring: keyring.backend.KeyringBackend
) -> Iterator[str]:
    name = f"office-{uuid.uuid4().hex[:8]}"
    added = run(
        "profiles", "add", name, "--platform", "myrewards", "--url", sandbox,
        "--api-key", "demo-key", "--secret-stdin", env=env, stdin="demo-secret\n", timeout=60,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    yield name
    run("profiles", "remove", name, env=env, timeout=60)


def validate(profile: str, path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run(
        "validate", "--profile", profile, "--promotion", "36", str(path), env=env, timeout=120
    )


def test_validate_passes_an_office_workbook_with_no_mapping(
    profile: str, env: dict[str, str], tmp_path: Path
) -> None:
    good = validate(profile, office_workbook(tmp_path / "good.xlsx", TODAY), env)
    assert good.returncode == 0, good.stdout + good.stderr
    assert good.stdout == ""
    assert f"note: {SKIPPED} (header: row 4)" in good.stderr
    assert "matches no field" not in good.stderr
    assert "10 of 10 rows valid." in good.stderr


def test_validate_names_only_the_wrong_rows_by_their_sheet_row(
    profile: str, env: dict[str, str], tmp_path: Path
) -> None:
    # Claims 2 and 6 are wrong: sheet rows 7 and 11 (title, note, blank row, header above).
    path = office_workbook(tmp_path / "bad.xlsx", TODAY, bad_quantity=(2,), unknown_sku=(6,))
    done = validate(profile, path, env)
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "row 7, Quantity: must be a whole number from 1 to 1,000,000"
    assert lines[1].startswith("row 11, Product or Activity Ref: ")
    assert len(lines) == 2
    assert "8 of 10 rows valid." in done.stderr


def test_validate_a_csv_with_a_title_line_and_a_total_line(
    profile: str, env: dict[str, str], tmp_path: Path
) -> None:
    done = validate(profile, office_csv(tmp_path / "c.csv", TODAY, count=4, bad_quantity=(1,)), env)
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == [
        "row 4, Quantity: must be a whole number from 1 to 1,000,000"
    ]
    assert "note: Row 1 skipped: title; row 7 skipped: total (header: row 2)" in done.stderr
    assert "3 of 4 rows valid." in done.stderr


# --- the window ---------------------------------------------------------------------------

DEMO = MyRewardsCredentials(demo.MYREWARDS_API_KEY, demo.MYREWARDS_SECRET_KEY)


@pytest.fixture
def batch(qtbot: QtBot, sandbox: str) -> BatchWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        window.use_service(MyRewardsService(MyRewardsConnector(sandbox, DEMO)), "test sandbox")
    qtbot.waitUntil(lambda: bool(window.outbox_sender.services), timeout=10_000)
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        window.select_promotion(36)
    opened = window.open_batch()
    assert isinstance(opened, BatchWindow)
    qtbot.addWidget(opened)
    opened.locale_name = "en_GB"
    return opened


def test_the_window_imports_the_workbook_with_no_mapping_and_shows_what_was_skipped(
    qtbot: QtBot, batch: BatchWindow, tmp_path: Path
) -> None:
    path = office_workbook(tmp_path / "office.xlsx", TODAY, bad_quantity=(2,))
    batch.show()
    with qtbot.waitSignal(batch.imported, timeout=20_000):
        batch.import_file(path)
    assert batch.mapping_dialog is None  # no question asked
    assert len(batch.model.rows) == 10
    assert batch.skipped.isVisible()
    assert batch.skipped.text() == SKIPPED
    assert batch.header_row.isVisible()
    assert batch.header_row.value() == 4
    assert batch.header_label.buddy() is batch.header_row  # Alt+H reaches it
    names = batch.model.names
    first = batch.model.rows[0]
    assert first[names.index("sale_date")] == TODAY.isoformat()
    assert first[names.index("customer_name")] == "Bob"  # typed "bob"
    assert first[names.index("value_of_sale")] == "100.5"
    assert sorted(batch.model.problem_rows()) == [2]  # the zero quantity only

    # The user says the header is row 5: the table is read again under it, and the
    # mapping is asked for (row 5 names no field); cancelling keeps the header row shown.
    batch.header_row.setFocus()
    batch.header_row.selectAll()
    qtbot.keyClicks(batch.header_row, "5")
    qtbot.keyClick(batch.header_row, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: batch.mapping_dialog is not None, timeout=10_000)
    dialog = batch.mapping_dialog
    assert dialog is not None
    assert dialog.header_row.value() == 5
    assert "Rows 1–4 skipped: title" in dialog.skipped.text()
    # Back to row 4 from the dialog: no dialog needed any more, the grid is read again.
    dialog.header_row.setValue(4)
    batch.mapping_dialog = None
    with qtbot.waitSignal(batch.imported, timeout=20_000):
        qtbot.mouseClick(dialog.use_header, Qt.MouseButton.LeftButton)
    assert batch.mapping_dialog is None
    assert len(batch.model.rows) == 10  # replaced, not added
    assert batch.header_row.value() == 4
    assert batch.skipped.text() == SKIPPED
