"""Issue 19, items 4 and 5, in a real window against the real sandbox: the Today list, the
outbox's plain-word views, and a status line that says what really happened to the claims
(faults injected with ``POST /_sandbox/faults``)."""

from __future__ import annotations

import datetime as dt

import requests
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimdesk.service.outbox import State
from claimdesk.service.platform import Outcome
from claimdesk.ui.main_window import MainWindow
from claimdesk.ui.outbox_view import OutboxDialog
from tests.ui.test_claim_window import fill_valid, open_window, outbox_claims, submit, type_into
from tests.ui.test_outbox_view import fault


def window_on_36(qtbot: QtBot, url: str) -> MainWindow:
    window = open_window(qtbot, url)
    with qtbot.waitSignal(window.form_ready, timeout=15_000):
        window.select_promotion(36)
    qtbot.waitUntil(lambda: window.setup_finished)  # the Today list and status line are made
    return window


def clear_faults(url: str) -> None:
    requests.delete(f"{url}/_sandbox/faults", timeout=5).raise_for_status()


def send_one(qtbot: QtBot, window: MainWindow, value: str) -> None:
    qtbot.mouseClick(window.clear_button, Qt.MouseButton.LeftButton)
    fill_valid(qtbot, window)
    type_into(qtbot, window, "value_of_sale", value)
    submit(qtbot, window)


def claim_of(window: MainWindow, value: str):
    return next(c for c in outbox_claims(window) if c.values["value_of_sale"] == value)


def today_cells(window: MainWindow) -> dict[str, tuple[str, ...]]:
    """The Today list's rows by their value column."""
    return {row.value: row.cells() for row in window.today.model.rows}


# --- item 4: Today ---------------------------------------------------------------------------


def test_today_lists_the_day_s_claims_with_the_platform_s_number_copy_and_correct(
    qtbot: QtBot, sandbox: str
) -> None:
    window = window_on_36(qtbot, sandbox)
    today = window.today
    assert today.isVisible()
    assert today.empty_label.text() == "Nothing entered today yet."
    send_one(qtbot, window, "1250.50")  # accepted
    fault(sandbox, status=422, times=1)
    send_one(qtbot, window, "11")  # refused
    fault(sandbox, status=503, retry_after=300, times=1)
    send_one(qtbot, window, "13")  # waiting
    qtbot.waitUntil(
        lambda: [r.state for r in today.model.rows] == ["Waiting", "Refused", "Sent"],
        timeout=10_000,
    )
    assert today.toggle.text() == "To&day (3)"
    assert window.minimumSizeHint().width() <= 680  # half a 1366-pixel screen, rows shown
    qtbot.waitUntil(lambda: window.badge.text() == "Outbox · 1 refused", timeout=10_000)

    accepted = claim_of(window, "1250.50")
    assert accepted.remote_ids  # the platform's claim number
    cells = today_cells(window)
    shown = QLocale().toString(1250.5, "f", 2)  # as the user writes it: 1,250.50 here
    time, product, quantity, value, points, number, state = cells[shown]
    local = accepted.created_at.astimezone()
    assert time == local.strftime("%H:%M")
    assert (product, quantity, value) == ("BOIL-100", "3", shown)
    assert points == str(accepted.points)
    assert number == accepted.remote_ids  # the platform's, never ClaimDesk's #id
    assert state == "Sent"
    assert cells["11"][-1] == "Refused"
    assert cells["13"][-1] == "Waiting"
    assert cells["13"][5] == f"#{claim_of(window, '13').id}"  # no platform number yet

    # Keyboard: Tab from the form's Submit reaches the list; Ctrl+C copies a row as text.
    window.activateWindow()
    window.submit_button.setFocus()
    for _ in range(5):
        if window.focusWidget() is today.table:
            break
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is today.table
    row = next(i for i, r in enumerate(today.model.rows) if r.value == shown)
    today.select(row)
    with qtbot.waitSignal(today.copied) as copied:
        qtbot.keyClick(today.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = copied.args[0]
    assert QApplication.clipboard().text() == text
    assert f"Claim no.: {accepted.remote_ids}" in text
    assert "Product: BOIL-100" in text
    assert "State: Sent" in text
    assert f"#{accepted.id}" not in text
    assert not today.correct_button.isEnabled()  # only a refused claim is corrected

    # Correct: the refused claim back in the form (Enter on its row), sent again as itself.
    refused = claim_of(window, "11")
    today.select(next(i for i, r in enumerate(today.model.rows) if r.value == "11"))
    assert today.correct_button.isEnabled()
    qtbot.keyClick(today.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.claim_page.editing_claim == refused.id, timeout=5_000)
    assert window.form is not None
    assert window.form.values()["value_of_sale"] == "11"
    type_into(qtbot, window, "value_of_sale", "12")
    assert submit(qtbot, window).outcome is Outcome.ACCEPTED
    qtbot.waitUntil(lambda: today_cells(window).get("12", ("",))[-1] == "Sent", timeout=10_000)
    assert len(today.model.rows) == 3  # the same claim, corrected: not a fourth


def test_today_follows_the_background_sender(qtbot: QtBot, sandbox: str) -> None:
    """A claim queued by a 503 shows as waiting, then as sent with the platform's number
    once the sender gets it through, without anything being clicked."""
    window = window_on_36(qtbot, sandbox)
    fault(sandbox, status=503, retry_after=1, times=1)
    send_one(qtbot, window, "13")
    qtbot.waitUntil(lambda: today_cells(window).get("13", ("",))[-1] == "Waiting", timeout=10_000)
    qtbot.waitUntil(lambda: today_cells(window)["13"][-1] == "Sent", timeout=20_000)
    claim = claim_of(window, "13")
    assert today_cells(window)["13"][5] == claim.remote_ids


def test_the_outbox_opens_on_plain_word_views_with_sentences(qtbot: QtBot, sandbox: str) -> None:
    window = window_on_36(qtbot, sandbox)
    window.open_outbox()
    dialog = window.outbox_dialog
    assert isinstance(dialog, OutboxDialog)
    tabs = [dialog.view_tabs.tabText(i) for i in range(dialog.view_tabs.count())]
    assert tabs[:4] == ["Waiting", "Check needed", "Refused", "Sent"]
    qtbot.waitUntil(lambda: dialog.empty_label.isVisible())
    assert dialog.view_tabs.tabText(dialog.view_tabs.currentIndex()) == "Sent"
    assert dialog.empty_label.text() == "Nothing sent in these dates yet."
    dialog.view_tabs.setCurrentIndex(0)
    qtbot.waitUntil(
        lambda: dialog.empty_label.text() == "Nothing waiting: every claim has been sent."
    )
    dialog.close()

    # The line breaks after the platform stored the claim: it needs checking.
    fault(sandbox, drop="after_store", times=1)
    send_one(qtbot, window, "12")
    qtbot.waitUntil(lambda: window.outbox_sender.counts.get(State.UNKNOWN) == 1, timeout=10_000)
    assert "needs a look in the outbox" in window.banner.text()
    window.open_outbox()
    dialog = window.outbox_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.view_tabs.tabText(dialog.view_tabs.currentIndex()) == "Check needed"
    assert dialog.hint_label.isVisible()
    assert "Look for each one on the platform" in dialog.hint_label.text()
    assert not dialog.empty_label.isVisible()
    with qtbot.waitSignal(dialog.details_shown, timeout=5_000):
        dialog.table.selectRow(0)
    assert dialog.retry_button.text() == "Send &again"
    assert dialog.accept_button.text() == "It was &stored"
    details = dialog.details.toPlainText()
    assert "Value of sale: 12" in details  # the form's label
    assert "value_of_sale" not in details  # never the platform's field name
    assert "Check needed" in details
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: claim_of(window, "12").state is State.ACCEPTED, timeout=5_000)
    # The form's "needs a look" banner is no longer true: it goes.
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.empty_label.isVisible())
    assert dialog.empty_label.text() == (
        "Nothing to check: the platform answered every claim sent."
    )


# --- item 5: a truthful status -----------------------------------------------------------------


def test_the_status_says_offline_while_sends_fail_and_all_sent_once_they_go(
    qtbot: QtBot, sandbox: str
) -> None:
    window = window_on_36(qtbot, sandbox)
    line = window.status_line
    assert window.connection_state.text() == "✔ Connected"
    fault(sandbox, status=503, times=0)  # every send: the platform cannot take it now
    send_one(qtbot, window, "21")
    send_one(qtbot, window, "22")
    qtbot.waitUntil(lambda: line.text() == "Offline — 2 waiting", timeout=10_000)
    assert window.connection_state.text() != "✔ Connected"
    assert "Offline" in window.connection_state.text()
    assert line.send_now_button.isVisible()
    assert "Queued as claim #" in window.banner.text()

    clear_faults(sandbox)
    with qtbot.waitSignal(line.notice, timeout=20_000) as notice:
        qtbot.mouseClick(line.send_now_button, Qt.MouseButton.LeftButton)
    points = sum(claim_of(window, v).points or 0 for v in ("21", "22"))
    assert points > 0
    assert notice.args[0] == f"2 claims sent, +{points} points"
    assert line.text() == notice.args[0]  # the line says it for a moment
    qtbot.waitUntil(lambda: line.state_text().startswith("All sent at "), timeout=10_000)
    assert line.label.toolTip() == line.state_text()
    assert window.connection_state.text() == "✔ Connected"
    assert not window.banner.isVisible()  # the "Queued…" banner is no longer true
    assert not line.send_now_button.isVisible()


def test_offline_from_saved_data_becomes_connected_once_claims_go(
    qtbot: QtBot, sandbox: str
) -> None:
    """The form came from the saved answers (the platform away); once the platform takes
    the claims, the window no longer says it is offline."""
    window = window_on_36(qtbot, sandbox)
    fault(sandbox, method="GET", drop="before_store", times=0)  # no answer: saved data
    fault(sandbox, status=503, times=0)
    with qtbot.waitSignal(window.form_ready, timeout=20_000):
        window.reload()
    assert "Offline" in window.connection_state.text()
    send_one(qtbot, window, "31")
    qtbot.waitUntil(lambda: window.status_line.text() == "Offline — 1 waiting", timeout=10_000)
    clear_faults(sandbox)
    qtbot.mouseClick(window.status_line.send_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.status_line.state_text().startswith("All sent at "), timeout=20_000
    )
    assert window.connection_state.text() == "✔ Connected"


def test_a_claim_in_doubt_is_counted_to_check(qtbot: QtBot, sandbox: str) -> None:
    window = window_on_36(qtbot, sandbox)
    fault(sandbox, drop="after_store", times=1)
    send_one(qtbot, window, "41")
    qtbot.waitUntil(lambda: window.status_line.text() == "1 to check", timeout=10_000)


def test_quitting_with_claims_waiting_or_rows_unsent_asks_first(qtbot: QtBot, sandbox: str) -> None:
    window = window_on_36(qtbot, sandbox)
    asked: list[str] = []
    answers = [False, False, True]

    def confirm(text: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    window.confirm_quit = confirm  # type: ignore[method-assign]
    fault(sandbox, status=503, retry_after=300, times=1)
    send_one(qtbot, window, "51")
    qtbot.waitUntil(lambda: window.status_line.text() == "Offline — 1 waiting", timeout=10_000)
    assert not window.quit()
    assert window.isVisible()
    assert asked == [
        "1 claim is still waiting to be sent. It will be sent the next time ClaimDesk "
        "starts. Quit anyway?"
    ]
    # A batch grid with rows typed but not sent is said too.
    batch = window.open_batch()
    batch.model.add_rows(0, [["2026-11-20", "2026-11-20", "Bob", "BOIL-100", "1", "5", "u"]])
    assert not window.quit()
    assert asked[-1].endswith("The batch grid has 1 row not sent; it is not kept. Quit anyway?")
    assert window.quit()
    assert not window.isVisible()


def test_quitting_with_nothing_waiting_asks_nothing(qtbot: QtBot, sandbox: str) -> None:
    window = window_on_36(qtbot, sandbox)
    send_one(qtbot, window, "61")
    window.confirm_quit = lambda text: pytest_fail(text)  # type: ignore[method-assign]
    assert window.quit()


def pytest_fail(text: str) -> bool:
    raise AssertionError(f"asked: {text}")


def test_status_line_words_when_nothing_happened_yet(qtbot: QtBot, sandbox: str) -> None:
    window = window_on_36(qtbot, sandbox)
    assert window.status_line.text() == "Nothing waiting"
    assert not window.status_line.send_now_button.isVisible()
    assert dt.date.today()  # the Today list is today's: nothing yet
    assert window.today.model.rows == []
