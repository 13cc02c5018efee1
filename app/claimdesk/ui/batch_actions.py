"""The batch window's commands: its toolbar and keys (import, paste a table, add, duplicate
and delete rows, undo, copy and paste cells, export the problems, send). Their strings keep
the batch window's translation context."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from claimdesk.ui.why_disabled import set_enabled_why

if TYPE_CHECKING:
    from claimdesk.service.batch import Duplicate
    from claimdesk.ui.batch_window import BatchWindow

translate = QCoreApplication.translate
Keys = QKeySequence | QKeySequence.StandardKey | str | None


class BatchActions:
    """Made once by the window; the window enables and disables them while it sends."""

    def __init__(self, window: BatchWindow) -> None:
        self.window = window
        bar = QToolBar(translate("BatchWindow", "Batch"), window)
        bar.setObjectName("batchToolbar")
        bar.setMovable(False)
        window.addToolBar(bar)
        std = QKeySequence.StandardKey
        act = self._action
        self.import_action = act(
            translate("BatchWindow", "&Import file…"),
            "Ctrl+O",
            window.choose_file,
            translate("BatchWindow", "Import CSV or XLSX"),
        )
        self.paste_table_action = act(
            translate("BatchWindow", "Paste &table"),
            "Ctrl+Shift+V",
            window.paste_table,
            translate("BatchWindow", "Import cells copied from a spreadsheet, header row included"),
        )
        self.add_action = act(
            translate("BatchWindow", "&Add row"),
            "Ctrl+N",
            window.add_row,
            translate("BatchWindow", "Add an empty row"),
        )
        self.duplicate_action = act(
            translate("BatchWindow", "&Duplicate"),
            "Ctrl+Shift+D",  # Ctrl+D is fill down, as in a spreadsheet
            window.duplicate_rows,
            translate("BatchWindow", "Copy the selected rows"),
        )
        self.fill_action = act(
            translate("BatchWindow", "&Fill down"),
            "Ctrl+D",
            window.fill_down,
            translate(
                "BatchWindow",
                "Copy the cell above into the selected cells (several rows selected: the top one)",
            ),
        )
        self.today_action = act(
            translate("BatchWindow", "&Today's date"),
            "Ctrl+;",
            window.put_today,
            translate("BatchWindow", "Put today's date in the selected date cells"),
        )
        # Also while a cell is being typed in (its editor is the grid's child).
        window.removeAction(self.today_action)
        self.today_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.view.addAction(self.today_action)
        self.delete_action = act(
            translate("BatchWindow", "Delete rows"),
            "Ctrl+Del",
            window.delete_rows,
            translate("BatchWindow", "Delete the selected rows"),
        )
        stack = window.model.undo_stack
        self.undo_action = stack.createUndoAction(window, translate("BatchWindow", "&Undo"))
        self.undo_action.setShortcut(QKeySequence(std.Undo))
        self.redo_action = stack.createRedoAction(window, translate("BatchWindow", "&Redo"))
        self.redo_action.setShortcut(QKeySequence(std.Redo))
        window.addAction(self.undo_action)
        window.addAction(self.redo_action)
        self._editing = True
        stack.canUndoChanged.connect(lambda _can: self.explain_undo())
        stack.canRedoChanged.connect(lambda _can: self.explain_undo())
        self.explain_undo()
        self.copy_action = act(
            translate("BatchWindow", "&Copy"),
            std.Copy,
            window.copy_cells,
            translate("BatchWindow", "Copy cells as text"),
        )
        self.paste_action = act(
            translate("BatchWindow", "&Paste"),
            std.Paste,
            window.paste_cells,
            translate("BatchWindow", "Paste cells here"),
        )
        self.clear_action = act(
            translate("BatchWindow", "Clear cells"),
            std.Delete,
            window.clear_cells,
            translate("BatchWindow", "Empty the selected cells"),
        )
        self.export_action = act(
            translate("BatchWindow", "&Export problems…"),
            "Ctrl+E",
            window.choose_export,
            translate("BatchWindow", "Save rows with problems, with the reason, to CSV or XLSX"),
        )
        self.results_action = act(
            translate("BatchWindow", "Export &results…"),
            None,
            window.choose_results,
            translate(
                "BatchWindow",
                "After a send: two files, the accepted rows with their claim numbers and points, "
                "and every other row with its reason",
            ),
        )
        set_enabled_why(
            self.results_action,
            translate("BatchWindow", "Send the rows first: the results are the platform's answers"),
        )
        self.send_action = act(
            translate("BatchWindow", "Send"),
            "Ctrl+Return",
            window.send_valid_rows,
            translate("BatchWindow", "Send valid rows"),
        )
        for shared in (self.copy_action, self.paste_action, self.clear_action):
            # Keys a cell editor also uses: only while the grid itself has the focus.
            window.removeAction(shared)
            shared.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            window.view.addAction(shared)
        for item in (
            self.import_action,
            self.paste_table_action,
            None,
            self.add_action,
            self.duplicate_action,
            self.delete_action,
            self.fill_action,
            None,
            self.undo_action,
            self.redo_action,
            None,
            self.export_action,
            self.results_action,
        ):
            if item is None:
                bar.addSeparator()
            else:
                bar.addAction(item)

    def _action(self, text: str, keys: Keys, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self.window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{tip} ({action.shortcut().toString()})" if keys else tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def set_editing(self, enabled: bool) -> None:
        """Off while a send runs: the worker reads the rows."""
        for action in (
            self.import_action,
            self.paste_table_action,
            self.add_action,
            self.duplicate_action,
            self.delete_action,
            self.fill_action,
            self.today_action,
            self.paste_action,
            self.clear_action,
            self.send_action,
        ):
            set_enabled_why(action, None if enabled else self._busy())
        self._editing = enabled
        self.explain_undo()

    def _busy(self) -> str:
        return translate("BatchWindow", "Wait until the sending is over")

    def explain_undo(self) -> None:
        """Undo and Redo: enabled when the grid has something to undo (redo), else why not."""
        from shiboken6 import isValid

        stack = self.window.model.undo_stack
        if not (isValid(stack) and isValid(self.undo_action) and isValid(self.redo_action)):
            return  # the window is being deleted: the stack says it can no longer undo
        busy = None if self._editing else self._busy()
        nothing = translate("BatchWindow", "Nothing to undo")
        set_enabled_why(self.undo_action, busy or (None if stack.canUndo() else nothing))
        nothing = translate("BatchWindow", "Nothing to redo")
        set_enabled_why(self.redo_action, busy or (None if stack.canRedo() else nothing))


def ask_send_duplicates(
    window: BatchWindow, duplicates: dict[int, Duplicate], rows: list[int]
) -> bool:
    """The claim form's question, once for the batch: how many rows were already queued or
    sent (or repeat an earlier row), the first few named; True to send them again."""
    from PySide6.QtWidgets import QMessageBox

    from claimdesk.domain.translation import Count
    from claimdesk.ui.i18n import local_datetime, state_name

    model = window.model

    def name(row: int) -> str:
        """The row as the user finds it: its spreadsheet row, or a row added here."""
        number = model.numbers[row]
        if number is None:
            return translate("BatchWindow", "a new row (grid line {line})").format(line=row + 1)
        return translate("BatchWindow", "row {row}").format(row=number)

    lines = []
    for duplicate in list(duplicates.values())[:5]:
        row = name(rows[duplicate.row])
        if duplicate.claim is not None:
            lines.append(
                translate("BatchWindow", "• {row}: claim #{id}, {state}, entered {when}").format(
                    row=row,
                    id=duplicate.claim.id,
                    state=state_name(duplicate.claim.state.value),
                    when=local_datetime(duplicate.claim.created_at),
                )
            )
        else:
            earlier = name(rows[duplicate.same_row or 0])
            lines.append(
                translate("BatchWindow", "• {row}: the same as {earlier}").format(
                    row=row, earlier=earlier
                )
            )
    if len(duplicates) > len(lines):
        lines.append(
            translate("BatchWindow", "…and {n:,} more").format(
                n=Count(len(duplicates) - len(lines))
            )
        )
    answer = QMessageBox.question(
        window,
        translate("BatchWindow", "Same claims again?"),
        translate(
            "BatchWindow",
            "{n:,} rows were already sent or queued, or repeat an earlier row:\n{lines}\n\n"
            "Send them again? (No sends only the new rows.)",
        ).format(n=Count(len(duplicates)), lines="\n".join(lines)),
    )
    return answer == QMessageBox.StandardButton.Yes
