"""Settings → "Record network traffic for troubleshooting": off by default; switched on,
this process traces from then on and the file keeps when it was switched on; 24 hours
later it is off again (the dialog's clock is driven by the test, nothing sleeps)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from claimdesk.app_logging import TRACE_ENV, http_trace_on, set_http_trace, set_http_trace_until
from claimdesk.settings import load_settings
from claimdesk.ui.settings_dialog import SettingsDialog


@pytest.fixture(autouse=True)
def trace_off(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(TRACE_ENV, raising=False)
    yield
    set_http_trace(False)
    set_http_trace_until(None)


def opened(qtbot: QtBot, now: dt.datetime) -> SettingsDialog:
    dialog = SettingsDialog(clock=lambda: now)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.settings is not None, timeout=5_000)
    return dialog


def test_the_trace_switch_is_kept_and_turns_itself_off_after_a_day(qtbot: QtBot) -> None:
    monday = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
    dialog = opened(qtbot, monday)
    assert dialog.trace_box.text() == "Record network traffic for troubleshooting"
    assert not dialog.trace_box.isChecked()  # off by default
    assert "24 hours" in dialog.trace_note.text()
    dialog.trace_box.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.accept()
    assert load_settings().trace_since == "2026-12-07T09:00:00+00:00"
    assert http_trace_on(now=monday + dt.timedelta(hours=1))  # this process, at once

    later = opened(qtbot, monday + dt.timedelta(hours=23))
    assert later.trace_box.isChecked()
    assert "On until" in later.trace_note.text()

    next_day = opened(qtbot, monday + dt.timedelta(hours=24))
    assert not next_day.trace_box.isChecked()
    assert not http_trace_on(now=monday + dt.timedelta(hours=24))
    with qtbot.waitSignal(next_day.saved, timeout=5_000):
        next_day.accept()
    assert load_settings().trace_since == ""
    assert not http_trace_on(now=monday + dt.timedelta(hours=1))
