"""The batch grid's cell editors, as the claim form offers them: a drop-down of the
choices for a choice column, and the form's reference completion (ReferenceCompleter) in a
column with suggestions (the product reference). Other cells get Qt's line editor."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from claimdesk.domain.fields import FieldSpec, FieldType
from claimdesk.ui.batch_model import STATUS, BatchModel
from claimdesk.ui.field_widgets import ReferenceCompleter

Index = QModelIndex | QPersistentModelIndex


class CellEditors(QStyledItemDelegate):
    """One delegate for the whole grid; picks the editor by the column's field."""

    def __init__(self, model: BatchModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model
        # One completer per column, made on first use and kept: a catalogue of thousands
        # of references is not listed again for every edit.
        self._completers: dict[int, ReferenceCompleter] = {}

    def spec(self, index: Index) -> FieldSpec | None:
        column = index.column()
        if column == STATUS or column > len(self.model.names):
            return None
        return self.model.schema.get(self.model.names[column - 1])

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spec = self.spec(index)
        if spec is not None and spec.type is FieldType.CHOICE and spec.choices:
            combo = QComboBox(parent)
            combo.setAccessibleName(self.model.labels[index.column() - 1])
            combo.addItem("", "")  # blank: the cell may be emptied
            for choice in spec.choices:
                combo.addItem(choice.display, choice.value)
            return combo
        editor = super().createEditor(parent, option, index)
        if spec is not None and spec.suggestions and isinstance(editor, QLineEdit):
            completer = self._completers.get(index.column())
            if completer is None:
                completer = ReferenceCompleter(spec.suggestions, self.parent())  # type: ignore[arg-type]
                self._completers[index.column()] = completer
            editor.setCompleter(completer)
            # Enter on the completer's list reaches the editor past the delegate's own key
            # handling: the picked reference is kept and the editor closed, in one press.
            editor.returnPressed.connect(lambda: self._done(editor))
        return editor

    def _done(self, editor: QLineEdit) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            text = str(index.data(Qt.ItemDataRole.EditRole) or "")
            found = editor.findData(text)
            if found < 0:  # a value outside the list (from a file): kept, shown as it is
                editor.addItem(text, text)
                found = editor.count() - 1
            editor.setCurrentIndex(found)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def completer(self, column: int) -> ReferenceCompleter | None:
        """The completer of a model column, once an editor has used it."""
        return self._completers.get(column)
