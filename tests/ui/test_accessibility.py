"""Every field the forms are built with has an accessible name and description, errors
are announced and marked by a sign and words (not colour alone), and the window's main
controls are named for screen readers."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from claimdesk.domain import claret, peak, thalamus
from claimdesk.domain.fields import Choice, FieldSpec, FieldType, FormSchema
from claimdesk.domain.issues import Issue
from claimdesk.ui.claim_form import ClaimForm
from claimdesk.ui.main_window import MainWindow

EVERY_TYPE = FormSchema(
    "test:types",
    "Every field type",
    tuple(
        FieldSpec(
            f"f_{kind.value}",
            f"Field {kind.value}",
            kind,
            required=n % 2 == 0,
            position=n,
            choices=(Choice("a"), Choice("b")) if kind is FieldType.CHOICE else (),
            help=f"Help for {kind.value}",
        )
        for n, kind in enumerate(FieldType)
    ),
)
SCHEMAS = {
    "every type": EVERY_TYPE,
    "thalamus": thalamus.build_sale_schema("DESKTOP"),
    "claret": claret.build_sales_schema(),
    "peak": peak.build_schema("QP_SALE_EXTRA_OOTB", [Choice("P1", "Boiler")], [Choice("L1")]),
}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_each_dynamic_field_widget_has_an_accessible_name(qtbot: QtBot, name: str) -> None:
    schema = SCHEMAS[name]
    form = ClaimForm(schema)
    qtbot.addWidget(form)
    assert len(form.rows) == len(schema)
    for spec in schema:
        row = form.rows[spec.name]
        widget = row.editor.focus_widget()
        assert widget.accessibleName() == spec.label, spec.name
        assert widget.accessibleDescription() == spec.help, spec.name
        # The visible label is the field's buddy: Alt+letter and screen readers find it.
        assert row.label.buddy() is widget
        assert row.error.accessibleName() == f"Problem with {spec.label}"


def test_an_error_is_said_in_words_and_announced_with_its_field(qtbot: QtBot) -> None:
    form = ClaimForm(EVERY_TYPE)
    qtbot.addWidget(form)
    form.show()
    form.show_issues([Issue("f_integer", "too_small", "must be at least 1")], all_fields=True)
    row = form.rows["f_integer"]
    assert row.error.isVisible()
    assert row.error.text() == "⚠ must be at least 1"  # a sign and words, not only red
    assert row.error.accessibleDescription() == "must be at least 1"
    widget = row.editor.focus_widget()
    assert widget.accessibleName() == "Field integer"
    assert widget.accessibleDescription() == "Error: must be at least 1"
    assert widget.property("invalid") is True
    form.show_issues([], all_fields=True)
    assert widget.accessibleDescription() == "Help for integer"
    assert widget.property("invalid") is False


def test_what_the_status_bar_is_told_before_the_first_frame_is_kept(qtbot: QtBot) -> None:
    """Outbox counts and the connection state can arrive before the icons are drawn (after
    the first frame): they are shown, not dropped."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.badge.show_counts({"queued": 2, "unknown": 1})
    window.bar.set_state("✔ Connected")
    assert not window.setup_finished
    window.show()
    qtbot.waitUntil(lambda: window.setup_finished)
    assert window.badge.accessibleName() == "Outbox: 2 waiting · 1 to check · 0 refused"
    assert window.badge.text() == "Outbox"
    assert window.connection_state.text() == "✔ Connected"
    assert not window.badge.icon().isNull()


def test_the_window_names_its_controls(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.setup_finished)  # after the first frame
    for widget in (window.connection_box, window.target_box, window.points_label):
        assert widget.accessibleName()
    assert window.connection_state.accessibleName() == "Connection state"
    window.show_banner("error", "The server is busy")
    assert window.banner.accessibleName() == "Error"
    assert window.banner.accessibleDescription() == "The server is busy"
    assert window.banner.text().startswith("✖")
    # Every button says what it does in words and has an icon beside them.
    for button in (window.submit_button, window.clear_button, window.batch_button):
        assert button.text()
        assert not button.icon().isNull()
