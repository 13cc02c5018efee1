"""A Spanish, a British and an American rep type dates and amounts as they write them
(issue 19): the form reads each the way its user types, shows it back in the user's format,
and the platform receives ISO dates and decimal points."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from claimdesk.service.platform import Outcome
from tests.helpers.window import stored
from tests.ui.test_keyboard import CTRL, keyboard_window, press

TODAY = dt.date.today()


@pytest.fixture
def locale_of(request: pytest.FixtureRequest) -> Iterator[str]:
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(previous)


REPS = [
    # locale, the date as typed, the amount as typed, the amount shown back
    ("es_ES", TODAY.strftime("%d/%m/%Y"), "1250,50", "1250,50"),
    ("es_ES", "hoy", "1.250,50", "1250,50"),
    ("en_GB", TODAY.strftime("%d/%m/%Y"), "1,250.50", "1250.50"),
    ("en_US", TODAY.strftime("%m/%d/%Y"), "1,250.50", "1250.50"),
    ("en_US", "t", "1250.5", ""),
]


@pytest.mark.parametrize(
    ("locale_of", "date", "amount", "shown_amount"),
    REPS,
    indirect=["locale_of"],
)
def test_each_rep_types_as_they_write(
    qtbot: QtBot,
    sandbox: str,
    tmp_path: Path,
    locale_of: str,
    date: str,
    amount: str,
    shown_amount: str,
) -> None:
    window = keyboard_window(qtbot, sandbox)
    form = window.form
    assert form is not None
    placeholder = form.rows["sale_date"].editor.focus_widget()
    assert isinstance(placeholder, QLineEdit)
    assert placeholder.placeholderText().startswith(
        "MM/DD/YYYY" if locale_of == "en_US" else "DD/MM/YYYY"
    )
    form.set_values(
        {
            "sale_date": date,
            "invoice_date": date,
            "product_or_activity_ref": "BOIL-100",
            "quantity": "2",
            "value_of_sale": amount,
            "username": "demo.rep",
        }
    )
    window.revalidate()
    reading = form.rows["sale_date"].editor.findChild(QLabel, "reading")
    assert reading is not None
    assert reading.isVisible()
    assert reading.text() == "→ " + QLocale().toString(TODAY, "d MMM yyyy")
    shown = form.rows["value_of_sale"].editor.findChild(QLabel, "reading")
    if shown_amount:
        assert shown is not None
        assert shown.text().replace(".", "").replace(",", "") == "→ 125050"
    assert form.visible_error("sale_date") == ""
    assert form.visible_error("value_of_sale") == ""
    window.grab().save(str(tmp_path / f"typed-{locale_of}.png"))
    with qtbot.waitSignal(window.submitted, timeout=15_000) as sent:
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert sent.args[0].outcome is Outcome.ACCEPTED, sent.args[0].message
    [claim] = stored(sandbox)
    assert claim["record"]["sale_date"] == TODAY.isoformat()
    assert claim["record"]["invoice_date"] == TODAY.isoformat()
    assert claim["record"]["value_of_sale"] == 1250.5
