"""MyRewards returned claims in the windows, against the sandbox: "Return…" from a claim's
history in the outbox, and the Returns window's grid with a file of returns."""

from __future__ import annotations

from pathlib import Path

import requests
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from claimdesk.service.outbox import State
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.outbox_view import OutboxDialog
from claimdesk.ui.returns_window import ReturnsWindow
from tests.ui.test_claim_window import fill_valid, open_window, outbox_claims, submit, type_into


def window_on_36(qtbot: QtBot, url: str) -> MainWindow:
    window = open_window(qtbot, url)
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        window.select_promotion(36)
    return window


def returns_received(url: str) -> list[dict]:
    log = requests.get(f"{url}/_sandbox/received", params={"platform": "myrewards"}, timeout=5)
    return [e for r in log.json() if "returns_data" in r for e in r["returns_data"]]


def test_a_claim_is_returned_from_its_history(qtbot: QtBot, sandbox: str) -> None:
    window = window_on_36(qtbot, sandbox)
    fill_valid(qtbot, window)  # 3 of BOIL-100 for demo.rep
    type_into(qtbot, window, "returns_identifier", "INV-UI-1")
    assert submit(qtbot, window).outcome.value == "accepted"
    fill_valid(qtbot, window)  # a claim without a returns identifier: nothing to return
    type_into(qtbot, window, "value_of_sale", "99")
    assert submit(qtbot, window).outcome.value == "accepted"

    window.open_outbox()
    dialog = window.outbox_dialog
    assert isinstance(dialog, OutboxDialog)
    dialog.state_box.setCurrentIndex(dialog.state_box.findData(""))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)

    def select(identifier: str) -> None:
        row = next(
            i
            for i, c in enumerate(dialog.model.claims)
            if c.values.get("returns_identifier", "") == identifier
            and not c.target_key.endswith("/returns")
        )
        dialog.table.clearSelection()
        with qtbot.waitSignal(dialog.details_shown, timeout=5_000):
            dialog.table.selectRow(row)

    select("")
    assert not dialog.return_button.isEnabled()
    select("INV-UI-1")
    assert dialog.return_button.isEnabled()
    offered: list[int] = []
    dialog.ask_return_quantity = lambda _c, left: offered.append(left) or min(2, left)  # type: ignore[method-assign]
    dialog.confirm_return = lambda _c, _q: True  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.returned, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    queued, sent = blocker.args[0]
    assert queued.claim_id is not None
    assert sent.claim.state is State.ACCEPTED
    assert offered == [3]  # at most what was claimed
    assert returns_received(sandbox) == [
        {
            "username": "demo.rep",
            "returns_identifier": "INV-UI-1",
            "product_or_activity_ref": "BOIL-100",
            "quantity": 2,
        }
    ]
    # The claim's history shows the return and its outcome.
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    select("INV-UI-1")
    qtbot.waitUntil(lambda: "returned — accepted" in dialog.details.toPlainText())
    details = dialog.details.toPlainText()
    assert "Returns:" in details
    assert f"#{queued.claim_id}" in details
    assert "2 returned — accepted" in details
    # A second return offers what is left.
    with qtbot.waitSignal(dialog.returned, timeout=10_000):
        qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    assert offered == [3, 1]
    returns = [c for c in outbox_claims(window) if c.target_key == "36/returns"]
    assert sorted(c.values["quantity"] for c in returns) == ["1", "2"]
    assert {c.state for c in returns} == {State.ACCEPTED}


def test_the_returns_window_sends_a_file_and_marks_the_refused_cell(
    qtbot: QtBot, sandbox: str, tmp_path: Path
) -> None:
    window = window_on_36(qtbot, sandbox)
    fill_valid(qtbot, window)
    type_into(qtbot, window, "returns_identifier", "INV-UI-2")
    assert submit(qtbot, window).outcome.value == "accepted"
    assert window.menus.returns.isEnabled()
    window.menus.returns.trigger()  # Tools → Returns…: MainWindow.open_returns
    qtbot.waitUntil(lambda: getattr(window, "returns_window", None) is not None, timeout=10_000)
    returns = window.returns_window
    assert isinstance(returns, ReturnsWindow)
    assert tuple(returns.model.names) == (
        "username",
        "user_id",
        "returns_identifier",
        "product_or_activity_ref",
        "quantity",
    )
    assert returns.windowTitle().startswith("Returns — Autumn Boiler Bonus — #36")
    path = tmp_path / "returns.csv"
    path.write_text(
        "Username,Returns identifier,Product or activity ref,Quantity\n"
        "demo.rep,INV-UI-2,BOIL-100,1\n"
        "demo.rep,INV-UI-2,BOIL-101,1\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(returns.imported, timeout=20_000):
        returns.import_file(path)
    with qtbot.waitSignal(returns.sent, timeout=60_000) as blocker:
        qtbot.mouseClick(returns.send_button, Qt.MouseButton.LeftButton)
    report = blocker.args[0]
    assert report.counts["accepted"] == 1
    assert report.counts["rejected"] == 1
    product = returns.model.names.index("product_or_activity_ref")
    assert (1, product) in returns.model.problems.cells
    assert "for 2nd entry" in str(returns.model.problems.cells[(1, product)])
    assert [e["product_or_activity_ref"] for e in returns_received(sandbox)] == ["BOIL-100"]


def test_returns_are_offered_only_where_the_platform_has_them() -> None:
    from claimdesk.service.claret import ClaretService
    from claimdesk.service.myrewards import MyRewardsService
    from claimdesk.service.peak import PeakService
    from claimdesk.service.platform import AdminTool
    from claimdesk.service.thalamus import ThalamusService

    assert AdminTool.RETURNS in MyRewardsService.capabilities.admin_tools
    for other in (ClaretService, PeakService, ThalamusService):
        assert AdminTool.RETURNS not in other.capabilities.admin_tools


def test_a_claim_is_returned_from_the_today_list(qtbot: QtBot, sandbox: str) -> None:
    """Return… in Today, under the form: the same question of how many, the same send."""
    window = window_on_36(qtbot, sandbox)
    qtbot.waitUntil(lambda: window.today is not None, timeout=10_000)
    today = window.today
    fill_valid(qtbot, window)  # 3 of BOIL-100 for demo.rep
    type_into(qtbot, window, "returns_identifier", "INV-TODAY-1")
    assert submit(qtbot, window).outcome.value == "accepted"
    qtbot.waitUntil(
        lambda: [r.claim.state for r in today.model.rows] == [State.ACCEPTED], timeout=10_000
    )
    assert not today.return_button.isEnabled()  # nothing chosen yet: it says why
    assert today.return_button.toolTip()
    today.select(0)
    assert today.return_button.isEnabled()
    offered: list[int] = []
    today.ask_return_quantity = lambda _c, left: offered.append(left) or 1  # type: ignore[method-assign]
    today.confirm_return = lambda _c, _q: True  # type: ignore[method-assign]
    with qtbot.waitSignal(today.returned, timeout=10_000) as blocker:
        qtbot.mouseClick(today.return_button, Qt.MouseButton.LeftButton)
    _queued, sent = blocker.args[0]
    assert sent.claim.state is State.ACCEPTED
    assert offered == [3]
    assert returns_received(sandbox) == [
        {
            "username": "demo.rep",
            "returns_identifier": "INV-TODAY-1",
            "product_or_activity_ref": "BOIL-100",
            "quantity": 1,
        }
    ]
