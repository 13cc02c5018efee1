"""The batch grid's data: rows of text cells in the form's field order, the problems of
each cell (from the form's own rules, or from the server), and every change as an undoable
command.

Kept cheap for 100,000 rows: cells are lists of str, problems a dict keyed by (row, field
column), and ``data()`` does a list index and a dict lookup. Column 0 is the row's status;
columns 1… are the form's fields.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette, QUndoCommand, QUndoStack

from claimdesk.domain.checks import ClaimCheck
from claimdesk.domain.fields import FieldType, FormSchema
from claimdesk.domain.issues import Issue
from claimdesk.domain.typed import read_value
from claimdesk.ui.i18n import field_text, state_name

Index = QModelIndex | QPersistentModelIndex
Checker = Callable[[list[dict[str, str]]], list[ClaimCheck]]
STATUS = 0
# Backgrounds for light and dark themes (the text colour is the palette's in both).
_BAD = {False: QBrush(QColor("#fdecea")), True: QBrush(QColor("#4a1f1c"))}
_DONE = {False: QBrush(QColor("#e6f4ea")), True: QBrush(QColor("#1e3a25"))}


_MARK = "⚠ "  # problems are marked in text too, not by colour alone


@dataclass(frozen=True)
class Fix:
    """An edit that fixed a cell (``old`` → ``new`` in field column ``column``) whose
    ``problem`` other cells share with the same text; ``after``: the undo stack's index
    right after it (the offer lasts while nothing else changed)."""

    column: int
    old: str
    new: str
    problem: str
    rows: list[int]
    after: int


@dataclass
class Problems:
    """What is wrong, found by a check: per cell (row, field column) and per row."""

    cells: dict[tuple[int, int], str] = field(default_factory=dict)
    rows: dict[int, str] = field(default_factory=dict)  # record-level, no one field


def problems_of(checks: Sequence[ClaimCheck], names: Sequence[str], first_row: int = 0) -> Problems:
    """Issues of ``checks`` (rows ``first_row``…) as cell and row messages."""
    column = {name: i for i, name in enumerate(names)}
    found = Problems()
    for offset, check in enumerate(checks):
        if check.ok:
            continue
        row = first_row + offset
        for issue in check.issues:
            col = column.get(issue.field or "")
            if col is None:
                found.rows[row] = "; ".join(filter(None, (found.rows.get(row), issue.message)))
            else:
                found.cells.setdefault((row, col), issue.message)
    return found


class BatchModel(QAbstractTableModel):
    """Rows of a batch; editable; every change goes through ``undo_stack``."""

    def __init__(self, schema: FormSchema, checker: Checker, batch_rules: bool = False) -> None:
        super().__init__()
        self.schema = schema
        self.names = list(schema.names)
        self.labels = [field_text(spec.label) for spec in schema]
        # Looked up once: data() runs for every visible cell on every repaint.
        self._ready, self._blank, self._status = (
            QCoreApplication.translate("BatchModel", "ready"),
            QCoreApplication.translate("BatchModel", "(blank)"),
            QCoreApplication.translate("BatchModel", "Status"),
        )
        self._accepted = "✓ " + state_name("accepted")
        self._to_fix = QCoreApplication.translate("BatchModel", "{count} to fix")
        self._problem = QCoreApplication.translate("BatchModel", "Problem: {problem}")
        self._points = QCoreApplication.translate("BatchModel", "{points} points")
        dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self._bad, self._done = _BAD[dark], _DONE[dark]
        self.checker = checker
        self.batch_rules = batch_rules  # rules across rows (Peak keys): recheck all on edit
        self.rows: list[list[str]] = []
        # Each row's number in the spreadsheet it came from (as the user sees it there);
        # None for a row added here (added, duplicated, pasted past the end).
        self.numbers: list[int | None] = []
        self._new = QCoreApplication.translate("BatchModel", "new")
        self.problems = Problems()
        self.outcome: dict[int, tuple[str, str]] = {}  # row → (state, message) from sending
        self.claimed: dict[int, tuple[str, int | None]] = {}  # row → (claim number, points)
        self.undo_stack = QUndoStack(self)
        self.locked = False  # while sending: no edits
        self.fix: Fix | None = None  # the last edit's fix, to offer for the same problems

    # --- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.names) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.row_label(section)
        return self._status if section == STATUS else self.labels[section - 1]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != STATUS and not self.locked:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, col = index.row(), index.column()
        if col == STATUS:
            return self._status_data(row, role)
        problem = self.problems.cells.get((row, col - 1))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            text = self.rows[row][col - 1]
            if problem and role == Qt.ItemDataRole.DisplayRole:
                return _MARK + (text or self._blank)
            return text
        if problem is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.labels[col - 1]}: {problem}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._bad
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._problem.format(problem=problem)
        return None

    def _status_data(self, row: int, role: int) -> Any:
        state, message = self.outcome.get(row, ("", ""))
        problems = self.problem_count(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if state:
                if state == "accepted":
                    number, points = self.claimed.get(row, ("", None))
                    parts = [self._accepted]
                    if number:
                        parts.append(f"#{number}")
                    if points is not None:
                        parts.append(self._points.format(points=points))
                    return " · ".join(parts)
                return _MARK + state_name(state)
            return _MARK + self._to_fix.format(count=problems) if problems else self._ready
        if role == Qt.ItemDataRole.ToolTipRole:
            return message or self.problems.rows.get(row) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if state == "accepted":
                return self._done
            return self._bad if problems or state else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() == STATUS or self.locked:
            return False
        row, col = index.row(), index.column() - 1
        new = self.read(col, str(value).strip())
        old = self.rows[row][col]
        if old == new:
            return False
        problem = self.problems.cells.get((row, col))
        change = [(row, col, old, new)]
        self.undo_stack.push(
            SetCells(self, change, QCoreApplication.translate("BatchModel", "Edit cell"))
        )
        self.fix = None
        if problem is not None and self.problems.cells.get((row, col)) != problem:
            same = self.same_problems(col, old, problem)
            if same:
                self.fix = Fix(col, old, new, problem, same, self.undo_stack.index())
        return True

    def columns_of(self, kind: FieldType) -> list[int]:
        """The field columns (0-based) of fields of type ``kind``."""
        specs = [self.schema.get(name) for name in self.names]
        return [i for i, spec in enumerate(specs) if spec is not None and spec.type is kind]

    def same_problems(self, col: int, text: str, problem: str) -> list[int]:
        """Rows whose cell in field column ``col`` holds ``text`` with ``problem``: one
        pass over the problems, not over 100,000 rows."""
        rows = self.rows
        return sorted(
            r
            for (r, c), message in self.problems.cells.items()
            if c == col and message == problem and rows[r][col] == text
        )

    def fix_offer(self) -> Fix | None:
        """The last edit's fix, while it is the last change and its cells still wait."""
        fix = self.fix
        if fix is None or fix.after != self.undo_stack.index():
            return None
        return fix

    def apply_fix(self) -> int:
        """The last fix to the other cells with the same value and problem, as one undo
        step; how many cells changed."""
        fix = self.fix_offer()
        self.fix = None
        if fix is None:
            return 0
        changes = [
            (r, fix.column, fix.old, fix.new)
            for r in self.same_problems(fix.column, fix.old, fix.problem)
        ]
        if changes:
            text = QCoreApplication.translate("BatchModel", "Apply fix to {n} cells")
            self.undo_stack.push(SetCells(self, changes, text.format(n=len(changes))))
        return len(changes)

    def fill(self, pairs: Iterable[tuple[int, int, int]]) -> int:
        """Fill down: (from row, to row, model column) copied as one undo step."""
        changes = [
            (dst, col - 1, self.rows[dst][col - 1], self.rows[src][col - 1])
            for src, dst, col in pairs
            if col != STATUS and self.rows[dst][col - 1] != self.rows[src][col - 1]
        ]
        if changes:
            text = QCoreApplication.translate("BatchModel", "Fill down")
            self.undo_stack.push(SetCells(self, changes, text))
        return len(changes)

    def put_today(self, cells: Iterable[tuple[int, int]], today: dt.date) -> int:
        """Today's date in the date cells among ``cells`` (row, model column); how many
        date cells there were."""
        columns = {i + 1 for i in self.columns_of(FieldType.DATE)}
        chosen = [(r, c - 1) for r, c in cells if c in columns]
        changes = [
            (r, c, self.rows[r][c], new)
            for r, c in chosen
            if self.rows[r][c] != (new := self.read(c, today.isoformat()))
        ]
        if changes:
            text = QCoreApplication.translate("BatchModel", "Today's date")
            self.undo_stack.push(SetCells(self, changes, text))
        return len(chosen)

    def read(self, col: int, text: str) -> str:
        """A typed or pasted cell read as the claim form reads it (20/11/2026, 1.250,50,
        today: domain/typed.py), as the platform wants it; unreadable text stays as typed,
        for the rules to report."""
        spec = self.schema.get(self.names[col])
        if spec is None or not text:
            return text
        read = read_value(spec.type, text, QLocale().name(), dt.date.today())
        return text if read is None else read

    # --- queries ----------------------------------------------------------------------

    def row_label(self, row: int) -> str:
        """The row's number in its spreadsheet, or "new" for a row added here."""
        number = self.numbers[row] if 0 <= row < len(self.numbers) else None
        return self._new if number is None else str(number)

    def unsent_rows(self) -> list[int]:
        """Rows that are not in the outbox: never sent, or refused, withdrawn or skipped
        when sent (accepted, queued and unknown rows are the outbox's now)."""
        # Guess: a row whose claim is unknown (sent, no answer) is the outbox's to settle,
        # not work to keep; withdrawn (cancelled) and skipped duplicates are kept.
        kept = ("accepted", "queued", "unknown")
        outcome = self.outcome
        return [r for r in range(len(self.rows)) if r not in outcome or outcome[r][0] not in kept]

    def snapshot(self) -> tuple[list[list[str]], list[int | None]]:
        """The unsent rows and their numbers, safe to read on another thread while the
        grid is edited: a row's list is replaced on edit, never changed in place."""
        if not self.outcome:
            return list(self.rows), list(self.numbers)
        chosen = self.unsent_rows()
        return [self.rows[r] for r in chosen], [self.numbers[r] for r in chosen]

    def problem_count(self, row: int) -> int:
        return sum(1 for c in range(len(self.names)) if (row, c) in self.problems.cells) + (
            1 if row in self.problems.rows else 0
        )

    def has_problem(self, row: int) -> bool:
        state = self.outcome.get(row, ("", ""))[0]
        return bool(self.problem_count(row)) or state not in ("", "accepted")

    def record(self, row: int) -> dict[str, str]:
        return dict(zip(self.names, self.rows[row], strict=True))

    def problem_list(self, limit: int) -> list[tuple[int, int, str]]:
        """(row, column of the model, message), in row then column order, at most ``limit``."""
        found = [(r, c + 1, f"{self.labels[c]}: {m}") for (r, c), m in self.problems.cells.items()]
        found += [(r, STATUS, m) for r, m in self.problems.rows.items()]
        found += [
            (r, STATUS, f"{state_name(state)}: {message}")
            for r, (state, message) in self.outcome.items()
            if state not in ("accepted", "")
        ]
        found.sort()
        return found[:limit]

    def problem_total(self) -> int:
        rejected = sum(1 for s, _ in self.outcome.values() if s not in ("accepted", ""))
        return len(self.problems.cells) + len(self.problems.rows) + rejected

    def problem_rows(self) -> set[int]:
        """Rows with a broken rule: one pass over the problems, not one look per cell of
        every row (100,000 rows)."""
        found = {r for r, _c in self.problems.cells}
        found.update(self.problems.rows)
        return found

    def sendable_rows(self) -> list[int]:
        """Rows with no problem that have not been accepted already."""
        skip = self.problem_rows()
        skip.update(r for r, (state, _m) in self.outcome.items() if state == "accepted")
        return [r for r in range(len(self.rows)) if r not in skip]

    def sendable_count(self) -> int:
        """How many rows ``sendable_rows`` would give, without listing 100,000 of them."""
        skip = self.problem_rows()
        skip.update(r for r, (state, _m) in self.outcome.items() if state == "accepted")
        return len(self.rows) - sum(1 for r in skip if 0 <= r < len(self.rows))

    # --- loading and checking ---------------------------------------------------------

    def load(
        self,
        rows: list[list[str]],
        problems: Problems,
        numbers: Sequence[int | None] | None = None,
    ) -> None:
        """Replace everything (a fresh import); not undoable, the stack starts again.
        ``numbers``: each row's spreadsheet row (None: none)."""
        self.beginResetModel()
        self.rows, self.problems, self.outcome = rows, problems, {}
        self.numbers = list(numbers) if numbers is not None else [None] * len(rows)
        self.claimed = {}
        self.endResetModel()
        self.undo_stack.clear()

    def recheck(self, rows: Iterable[int]) -> None:
        """Run the form's rules again on ``rows`` (on every row when rules span rows)."""
        wanted = range(len(self.rows)) if self.batch_rules else sorted(set(rows))
        wanted = [r for r in wanted if 0 <= r < len(self.rows)]
        if not wanted:
            return
        checks = self.checker([self.record(r) for r in wanted])
        cells, per_row = self.problems.cells, self.problems.rows
        for row, check in zip(wanted, checks, strict=True):
            for c in range(len(self.names)):
                cells.pop((row, c), None)
            per_row.pop(row, None)
            found = problems_of([check], self.names, row)
            cells.update(found.cells)
            per_row.update(found.rows)
        self._changed(wanted[0], wanted[-1])

    def set_outcomes(self, outcomes: dict[int, tuple[str, str]], problems: Problems) -> None:
        """Results of sending: each row's state, and the server's reasons on its cells."""
        self.outcome.update(outcomes)
        self.problems.cells.update(problems.cells)
        self.problems.rows.update(problems.rows)
        if self.rows:
            self._changed(0, len(self.rows) - 1)

    def set_sent(
        self,
        sent: Iterable[tuple[int, str, str, Sequence[Issue]]],
        claimed: dict[int, tuple[str, int | None]] | None = None,
    ) -> None:
        """Each sent row's (row, state, message, issues): the server's refusals and the
        rules it broke are marked on their cells; ``claimed``: row → the platform's claim
        number and points, shown beside an accepted row's state."""
        self.claimed.update(claimed or {})
        outcomes: dict[int, tuple[str, str]] = {}
        refused = Problems()
        for row, state, message, issues in sent:
            outcomes[row] = (state, message)
            if state in ("rejected", "invalid") and issues:
                found = problems_of([ClaimCheck(tuple(issues), {})], self.names, row)
                refused.cells.update(found.cells)
        self.set_outcomes(outcomes, refused)

    def _changed(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.names)))

    # --- changes (called by the undo commands) -----------------------------------------

    def _apply_cells(self, changes: Sequence[tuple[int, int, str]]) -> None:
        touched: set[int] = set()
        for row, col, text in changes:
            if row not in touched:
                # A new list, not the old one changed: a draft being saved on a worker
                # keeps reading the old one (snapshot()).
                self.rows[row] = list(self.rows[row])
            self.rows[row][col] = text
            self.outcome.pop(row, None)  # changed content: its old send result no longer applies
            touched.add(row)
        self.recheck(touched)

    def _insert(
        self, at: int, rows: list[list[str]], numbers: Sequence[int | None] | None = None
    ) -> None:
        self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
        self.rows[at:at] = [list(r) for r in rows]
        self.numbers[at:at] = list(numbers) if numbers is not None else [None] * len(rows)
        self._shift(at, len(rows))
        self.endInsertRows()
        self.recheck(range(at, at + len(rows)))

    def _remove(self, rows: Sequence[int]) -> None:
        for row in sorted(rows, reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            del self.numbers[row]
            self._shift(row + 1, -1, dropped=row)
            self.endRemoveRows()
        if self.batch_rules:
            self.recheck(())

    def _shift(self, start: int, by: int, dropped: int | None = None) -> None:
        """Renumber the problems and outcomes of rows at and after ``start``."""

        def moved(row: int) -> int:
            return row + by if row >= start else row

        self.problems.cells = {
            (moved(r), c): m for (r, c), m in self.problems.cells.items() if r != dropped
        }
        self.problems.rows = {moved(r): m for r, m in self.problems.rows.items() if r != dropped}
        self.outcome = {moved(r): o for r, o in self.outcome.items() if r != dropped}
        self.claimed = {moved(r): c for r, c in self.claimed.items() if r != dropped}

    # --- user actions (undoable) --------------------------------------------------------

    def add_rows(
        self,
        at: int,
        rows: list[list[str]],
        text: str = "",
        numbers: Sequence[int | None] | None = None,
    ) -> None:
        """``numbers``: the rows' spreadsheet rows when they were imported (else none)."""
        text = text or QCoreApplication.translate("BatchModel", "Add row")
        width = len(self.names)
        fitted = [(list(r) + [""] * width)[:width] for r in rows]
        self.undo_stack.push(InsertRows(self, at, fitted, text, numbers))

    def remove_rows(self, rows: Iterable[int]) -> None:
        chosen = sorted(set(rows))
        if chosen:
            self.undo_stack.push(RemoveRows(self, chosen))

    def duplicate_rows(self, rows: Iterable[int]) -> None:
        chosen = sorted(set(rows))
        if chosen:
            copies = [list(self.rows[r]) for r in chosen]
            self.add_rows(
                chosen[-1] + 1, copies, QCoreApplication.translate("BatchModel", "Duplicate rows")
            )

    def paste(self, top: int, left_column: int, block: list[list[str]]) -> None:
        """Cells from a spreadsheet at (top, left_column of the model), rows added at the
        end when the block runs past it; one undo step. Status column is skipped."""
        left = max(left_column, 1) - 1
        width = len(self.names) - left
        if width <= 0 or not block:
            return
        self.undo_stack.beginMacro("Paste")
        extra = top + len(block) - len(self.rows)
        if extra > 0:
            self.add_rows(len(self.rows), [[] for _ in range(extra)], "Paste")
        changes = []
        for offset, line in enumerate(block):
            row = top + offset
            for col_offset, text in enumerate(line[:width]):
                col = left + col_offset
                new = self.read(col, text.strip())
                if self.rows[row][col] != new:
                    changes.append((row, col, self.rows[row][col], new))
        if changes:
            self.undo_stack.push(SetCells(self, changes, "Paste"))
        self.undo_stack.endMacro()

    def copy_text(self, cells: Iterable[tuple[int, int]]) -> str:
        """The cells' rows × columns as tab-separated text, as a spreadsheet copies them."""
        cells = list(cells)
        rows = sorted({row for row, _column in cells})
        columns = sorted({column for _row, column in cells})
        out = io.StringIO()
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        for row in rows:
            writer.writerow(
                [
                    self.rows[row][c - 1] if c != STATUS else self.data(self.index(row, c))
                    for c in columns
                ]
            )
        return out.getvalue()

    def problem_reasons(self, rows: Iterable[int]) -> list[str]:
        """Each row's broken rules and, when sent and not accepted, what the server said."""
        reasons = []
        for row in rows:
            parts = [
                f"{self.labels[c]}: {m}"
                for c in range(len(self.names))
                if (m := self.problems.cells.get((row, c)))
            ]
            if row in self.problems.rows:
                parts.append(self.problems.rows[row])
            state, message = self.outcome.get(row, ("", ""))
            if state and state != "accepted":
                parts.append(f"{state_name(state)}: {message}")
            reasons.append("; ".join(parts))
        return reasons

    def clear_cells(self, cells: Iterable[tuple[int, int]]) -> None:
        changes = [
            (r, c - 1, self.rows[r][c - 1], "")
            for r, c in cells
            if c != STATUS and self.rows[r][c - 1]
        ]
        if changes:
            self.undo_stack.push(
                SetCells(self, changes, QCoreApplication.translate("BatchModel", "Clear cells"))
            )


class SetCells(QUndoCommand):
    def __init__(
        self, model: BatchModel, changes: list[tuple[int, int, str, str]], text: str
    ) -> None:
        super().__init__(text)
        self.model, self.changes = model, changes

    def redo(self) -> None:
        self.model._apply_cells([(r, c, new) for r, c, _old, new in self.changes])

    def undo(self) -> None:
        self.model._apply_cells([(r, c, old) for r, c, old, _new in self.changes])


class InsertRows(QUndoCommand):
    def __init__(
        self,
        model: BatchModel,
        at: int,
        rows: list[list[str]],
        text: str,
        numbers: Sequence[int | None] | None = None,
    ) -> None:
        super().__init__(text)
        self.model, self.at, self.rows, self.numbers = model, at, rows, numbers

    def redo(self) -> None:
        self.model._insert(self.at, self.rows, self.numbers)

    def undo(self) -> None:
        self.model._remove(range(self.at, self.at + len(self.rows)))


class RemoveRows(QUndoCommand):
    def __init__(self, model: BatchModel, rows: list[int]) -> None:
        count = len(rows)
        super().__init__(
            QCoreApplication.translate("BatchModel", "Delete 1 row")
            if count == 1
            else QCoreApplication.translate("BatchModel", "Delete {count} rows").format(count=count)
        )
        self.model = model
        self.removed = [
            (r, list(model.rows[r]), model.numbers[r], model.outcome.get(r)) for r in rows
        ]

    def redo(self) -> None:
        self.model._remove([r for r, _cells, _n, _o in self.removed])

    def undo(self) -> None:
        for row, cells, number, outcome in self.removed:  # ascending: each lands where it was
            self.model._insert(row, [cells], [number])
            if outcome is not None:
                self.model.outcome[row] = outcome
