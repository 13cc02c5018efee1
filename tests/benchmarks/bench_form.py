"""Render a 200-field form (``ClaimForm`` from a ``FormSchema``) against building the same
widgets by hand (a label, the editor, a hidden problem label per field, in a QFormLayout),
both shown and laid out, in one process. ClaimForm builds a long form progressively (the
first rows at once, the rest in later event-loop turns), so three rows: the form usable
(its first rows shown and laid out) ≤ 50 ms; the whole form ≤ 1.5× the hand-built one; and
the longest event-loop turn while the rest is built ≤ 50 ms.

    python -m tests.benchmarks.bench_form [--quick]
"""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.domain.fields import Choice, FieldSpec, FieldType, FormSchema
from tests.benchmarks.common import Row, best, main

KINDS = (
    FieldType.TEXT,
    FieldType.NUMBER,
    FieldType.INTEGER,
    FieldType.CHOICE,
    FieldType.DATE,
    FieldType.BOOLEAN,
    FieldType.TIMESTAMP,
)
CHOICES = tuple(Choice(f"c{n}", f"Choice {n}") for n in range(6))


def schema(count: int) -> FormSchema:
    specs = []
    for n in range(count):
        kind = KINDS[n % len(KINDS)]
        specs.append(
            FieldSpec(
                f"field_{n:03}",
                f"Field number {n + 1}",
                kind,
                required=n % 3 == 0,
                position=n,
                choices=CHOICES if kind is FieldType.CHOICE else (),
                help=f"Help for field {n + 1}",
            )
        )
    return FormSchema("bench", "Bench form", tuple(specs))


def by_hand(form: FormSchema) -> QWidget:
    """What a programmer would write for this one form, with no schema in between."""
    page = QWidget()
    outer = QVBoxLayout(page)
    grid = QFormLayout()
    outer.addLayout(grid)
    for spec in form:
        label = QLabel(spec.label + (" *" if spec.required else ""), page)
        column = QWidget(page)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        editor = QWidget(column)
        row = QHBoxLayout(editor)
        row.setContentsMargins(0, 0, 0, 0)
        focus: QWidget
        if spec.type is FieldType.CHOICE:
            combo = QComboBox(editor)
            combo.addItem("— choose —", "")
            for choice in spec.choices:
                combo.addItem(choice.display, choice.value)
            focus = combo
            row.addWidget(combo)
        elif spec.type is FieldType.BOOLEAN:
            focus = QCheckBox(spec.help, editor)
            row.addWidget(focus)
        else:
            line = QLineEdit(editor)
            focus = line
            row.addWidget(line)
            if spec.type is FieldType.DATE:
                button = QToolButton(editor)
                button.setArrowType(Qt.ArrowType.DownArrow)
                row.addWidget(button)
        row.addStretch(1)
        focus.setToolTip(spec.help)
        label.setBuddy(focus)
        error = QLabel(column)
        error.setWordWrap(True)
        error.setVisible(False)
        column_layout.addWidget(editor)
        column_layout.addWidget(error)
        grid.addRow(label, column)
    return page


def shown(make: object, form: FormSchema) -> float:
    """Seconds from nothing to the form shown in a scroll area and laid out."""
    app = QApplication.instance()
    assert app is not None
    started = time.perf_counter()
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(make(form))  # type: ignore[operator]
    area.resize(880, 720)
    area.show()
    app.processEvents()
    elapsed = time.perf_counter() - started
    gone(area)
    return elapsed


def gone(area: QScrollArea) -> None:
    """Close and delete ``area`` now: a deletion left to a later event loop would be timed
    there (deleting 200 rows takes tens of milliseconds)."""
    app = QApplication.instance()
    assert app is not None
    area.close()
    area.deleteLater()
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def progressive(form: FormSchema) -> tuple[float, float, float]:
    """ClaimForm in a scroll area: seconds to usable (built, shown, and one pass of the event
    loop: its first rows laid out and painted — the pass may also run the first later turn),
    seconds to the whole form built and laid out, and the longest event-loop turn in between
    (the gap between two beats of a 0 ms timer: what a key press would wait)."""
    from claimdesk.ui.claim_form import ClaimForm

    app = QApplication.instance()
    assert app is not None
    started = time.perf_counter()
    area = QScrollArea()
    area.setWidgetResizable(True)
    claim_form = ClaimForm(form)
    area.setWidget(claim_form)
    area.resize(880, 720)
    area.show()
    app.processEvents()
    usable = time.perf_counter() - started
    beats = [time.perf_counter()]
    loop = QEventLoop()
    heart = QTimer()
    heart.setInterval(0)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))
    claim_form.completed.connect(lambda: QTimer.singleShot(0, loop.quit))  # laid out, then stop
    if not claim_form.complete:
        heart.start()
        loop.exec()
        heart.stop()
    app.processEvents()
    beats.append(time.perf_counter())
    whole = time.perf_counter() - started
    assert claim_form.complete
    longest = max(b - a for a, b in itertools.pairwise(beats))
    gone(area)
    return usable, whole, longest


def measure(quick: bool) -> list[Row]:
    from claimdesk.ui.claim_form import ClaimForm

    _app = QApplication.instance() or QApplication([])
    count = 20 if quick else 200
    runs = 1 if quick else 15
    form = schema(count)
    shown(by_hand, form)  # warm up: first-use costs (fonts, styles) for neither side
    shown(ClaimForm, form)
    progressive(form)
    usable, whole, turns, bare = [], [], [], []
    for _ in range(runs):
        bare.append(shown(by_hand, form))
        first, complete, longest = progressive(form)
        usable.append(first)
        whole.append(complete)
        turns.append(longest)
    how = (
        f"fastest of {runs} runs each, offscreen, interleaved with the hand-built form "
        "(built, put in a scroll area of 880×720, shown and laid out in one pass)"
    )
    return [
        Row(
            f"render a {count}-field form",
            best(usable) * 1000,
            "ms",
            best(bare) * 1000,
            "the same widgets built by hand, whole",
            limit=50,
            note=f"ClaimForm from a FormSchema of {count} fields (text, numbers, choices, "
            "dates, yes/no, timestamps; a third required) in a scroll area: time from "
            "constructing it to usable — its first rows (more than the window shows) built, "
            "shown, laid out and painted in one pass of the event loop, which may include the "
            "first turn of building the rest. The rest is built in later turns (next rows). "
            f"Against the hand-built whole form; {how}.",
        ),
        Row(
            f"render a {count}-field form: all fields",
            best(whole) * 1000,
            "ms",
            best(bare) * 1000,
            "the same widgets built by hand",
            max_ratio=1.5,
            note="The same run: time from constructing ClaimForm to its last row built and "
            f"laid out, the event loop running freely in between; {how}.",
        ),
        Row(
            f"render a {count}-field form: longest turn",
            best(turns) * 1000,
            "ms",
            limit=50,
            note="The same run: the longest event-loop turn while the rest of the form is "
            "built (the gap between two beats of a 0 ms timer, i.e. how long a key press "
            f"could wait); fastest of {runs} runs' longest turns, the slowest run's: "
            f"{max(turns) * 1000:.0f} ms.",
        ),
    ]


if __name__ == "__main__":
    raise SystemExit(main(measure))
