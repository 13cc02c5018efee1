"""Drafts and the outbox view in a real window against the sandbox."""

from __future__ import annotations

import csv
from pathlib import Path

import requests
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from claimdesk.service.outbox import State
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.outbox_view import OutboxDialog
from tests.ui.test_claim_window import (
    fill_valid,
    line,
    open_window,
    outbox_claims,
    submit,
    type_into,
)


def fault(url: str, **rule: object) -> None:
    requests.post(
        f"{url}/_sandbox/faults",
        json={"platform": "myrewards", "method": "POST", **rule},
        timeout=5,
    ).raise_for_status()


def window_on_36(qtbot: QtBot, url: str) -> MainWindow:
    window = open_window(qtbot, url)
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        window.select_promotion(36)
    return window


def test_typing_is_kept_as_a_draft_and_offered_back_after_a_restart(
    qtbot: QtBot, sandbox: str
) -> None:
    window = window_on_36(qtbot, sandbox)
    type_into(qtbot, window, "product_or_activity_ref", "BOIL-104")
    type_into(qtbot, window, "quantity", "7")
    outbox = next(iter(window.outbox_sender.services.values()))
    from claimdesk.storage.drafts import Drafts

    service = window.outbox_sender.service_for(window.connection_by_name("MyRewards"))
    assert service is not None
    drafts = Drafts(service.outbox.database)
    qtbot.waitUntil(
        lambda: (
            (d := drafts.get(window.connection_by_name("MyRewards").name, "36")) is not None
            and d.values.get("quantity") == "7"
        ),
        timeout=5_000,
    )
    assert outbox is not None
    # The process dies; a new window opens on the same data folder.
    window.hide()
    again = window_on_36(qtbot, sandbox)
    assert line(again, "product_or_activity_ref").text() == "BOIL-104"
    assert line(again, "quantity").text() == "7"
    assert "Restored the claim you were entering" in again.banner.text()
    # Sending it removes the draft.
    fill_valid(qtbot, again)
    assert submit(qtbot, again).outcome.value == "accepted"
    qtbot.waitUntil(lambda: drafts.get("MyRewards", "36") is None, timeout=5_000)


def test_outbox_view_filters_acts_and_exports(qtbot: QtBot, sandbox: str, tmp_path: Path) -> None:
    window = window_on_36(qtbot, sandbox)
    # 1 accepted, 1 rejected (the platform refuses it), 1 unknown (the line broke after
    # the server stored it), 1 queued (the server asked to wait five minutes).
    fill_valid(qtbot, window)
    submit(qtbot, window)
    for rule, value in (
        ({"status": 422, "times": 1}, "11"),
        ({"drop": "after_store", "times": 1}, "12"),
        ({"status": 503, "retry_after": 300, "times": 1}, "13"),
    ):
        fault(sandbox, **rule)
        qtbot.mouseClick(window.clear_button, Qt.MouseButton.LeftButton)
        fill_valid(qtbot, window)
        type_into(qtbot, window, "value_of_sale", value)
        submit(qtbot, window)
    states = {c.values["value_of_sale"]: c.state for c in outbox_claims(window)}
    assert states == {
        "1250.50": State.ACCEPTED,
        "11": State.REJECTED,
        "12": State.UNKNOWN,
        "13": State.QUEUED,
    }
    qtbot.waitUntil(
        lambda: "1 waiting · 1 to check · 1 refused" in window.badge.accessibleName(),
        timeout=10_000,
    )

    window.open_outbox()
    dialog = window.outbox_dialog
    assert isinstance(dialog, OutboxDialog)
    # The outbox is read on a worker: the list shows what it holds once read.
    # It opens on what needs the rep first: the claim to check (views in plain words).
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.state_box.currentData() == "unknown"
    dialog.state_box.setCurrentIndex(dialog.state_box.findData("queued"))  # Waiting
    qtbot.waitUntil(lambda: [c.values["value_of_sale"] for c in dialog.model.claims] == ["13"])
    dialog.state_box.setCurrentIndex(dialog.state_box.findData(""))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4)
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("thalamus"))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    dialog.platform_box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4)

    def select(value: str) -> None:
        row = next(
            i for i, c in enumerate(dialog.model.claims) if c.values["value_of_sale"] == value
        )
        with qtbot.waitSignal(dialog.details_shown, timeout=5_000):
            dialog.table.selectRow(row)

    def state_of(value: str) -> State:
        return next(c.state for c in outbox_claims(window) if c.values["value_of_sale"] == value)

    select("12")
    assert "Attempts:" in dialog.details.toPlainText()
    assert "unknown" in dialog.details.toPlainText()
    assert dialog.accept_button.isEnabled()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state_of("12") is State.ACCEPTED, timeout=5_000)
    select("13")
    dialog.confirm_discard = lambda _claim: True  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state_of("13") is State.DISCARDED, timeout=5_000)
    qtbot.waitUntil(lambda: {c.state for c in dialog.model.claims} >= {State.DISCARDED})

    exported = tmp_path / "outbox.csv"
    with qtbot.waitSignal(dialog.exported, timeout=5_000) as blocker:
        assert dialog.export(exported) == 4  # written on a worker
    assert blocker.args == [4]
    rows = list(csv.DictReader(exported.open(encoding="utf-8-sig")))
    assert {r["State"] for r in rows} == {"Sent", "Refused", "Discarded"}
    assert next(r for r in rows if r["State"] == "Refused")["Reasons"]
    # The form's labels head the values' columns, never the platform's field names.
    assert "Value of sale" in rows[0]
    assert not any("_" in name for name in rows[0])
    sent = next(r for r in rows if r["State"] == "Sent" and r["Value of sale"] == "1250.50")
    accepted = next(c for c in outbox_claims(window) if c.values["value_of_sale"] == "1250.50")
    assert sent["Claim no."] == accepted.remote_ids  # the platform's number

    # Correct and resend the rejected one: the same claim, a new attempt.
    select("11")
    rejected_id = dialog.selected().id  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.claim_page.editing_claim == rejected_id, timeout=5_000)
    assert line(window, "value_of_sale").text() == "11"
    result = submit(qtbot, window)
    assert result.outcome.value == "accepted"
    resent = next(c for c in outbox_claims(window) if c.id == rejected_id)
    assert resent.state is State.ACCEPTED
    assert resent.attempt_count == 2


def test_the_same_claim_again_asks_first(qtbot: QtBot, sandbox: str) -> None:
    window = window_on_36(qtbot, sandbox)
    fill_valid(qtbot, window)
    submit(qtbot, window)
    asked: list[object] = []
    window.confirm_duplicate = lambda queued: asked.append(queued) or False  # type: ignore[method-assign]
    fill_valid(qtbot, window)
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "already in the outbox" in window.banner.text()
    assert len(outbox_claims(window)) == 1
    window.confirm_duplicate = lambda queued: True  # type: ignore[method-assign]
    assert submit(qtbot, window).outcome.value == "accepted"
    assert len(outbox_claims(window)) == 2
