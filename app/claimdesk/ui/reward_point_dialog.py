"""Create or edit one reward point: the fields rendered from the reward point schema by the
claim form's own renderer, each rule of DESIGN.md shown under its field as the user types;
Save hands the values to the window, which sends them and reports back here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from claimdesk.domain.reward_points import (
    CREATE_SCHEMA,
    UPDATE_SCHEMA,
    check_reward_point,
    text_values,
)
from claimdesk.ui.claim_form import ClaimForm
from claimdesk.ui.why_disabled import set_enabled_why

if TYPE_CHECKING:
    from claimdesk.domain.issues import Issue
    from claimdesk.domain.myrewards import Promotion, RewardPoint
    from claimdesk.service.reward_points import Saved


def form_text(rp: RewardPoint) -> dict[str, str]:
    return text_values(rp)


class RewardPointDialog(QDialog):
    """``save_requested(dict)`` with the form's text; the window answers ``show_saved``."""

    save_requested = Signal(dict)

    def __init__(
        self, promotion: Promotion, current: RewardPoint | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.promotion, self.current = promotion, current
        creating = current is None
        self.setWindowTitle(
            self.tr("New reward point")
            if creating
            else self.tr("Edit reward point {ref}").format(ref=current.reference)  # type: ignore[union-attr]
        )
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setWordWrap(True)
        if creating:
            intro.setText(
                self.tr("Promotion: {name} (#{id})").format(name=promotion.name, id=promotion.id)
            )
        else:
            assert current is not None
            intro.setText(
                self.tr(
                    "{name} — id {id}, promotion {promotion}. Only the fields you change are sent."
                ).format(name=current.name, id=current.id, promotion=promotion.id)
            )
        layout.addWidget(intro)
        if promotion.returns_enabled:
            note = QLabel(
                self.tr("This promotion accepts returns, so the quantity must be 1."), self
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.form = ClaimForm(CREATE_SCHEMA if creating else UPDATE_SCHEMA, self)
        if current is not None:
            self.form.set_values(form_text(current))
        elif promotion.returns_enabled:
            self.form.set_values({"quantity": "1"})
        layout.addWidget(self.form)
        self.message = QLabel(self)
        self.message.setObjectName("banner")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self.check)
        self.form.field_left.connect(lambda _name: self.check())
        self.resize(600, self.sizeHint().height())

    def check(self, *, all_fields: bool = False) -> tuple[Issue, ...]:
        checked = check_reward_point(
            self.form.values(),
            returns_enabled=self.promotion.returns_enabled,
            current=self.current,
        )
        self.form.show_issues(checked.issues, all_fields=all_fields)
        self._fit()
        return checked.issues

    def _fit(self) -> None:
        """Grow to show every message under its field (they appear and go as one types)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        wanted = self.sizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def save(self) -> None:
        self.form.touch_all()
        if self.check(all_fields=True):
            self.show_message("error", self.tr("Correct the fields shown, then save again."))
            return
        set_enabled_why(self.save_button, self.tr("Saving…"))
        self.show_message("info", self.tr("Saving…"))
        self.save_requested.emit(self.form.values())

    def show_message(self, kind: str, text: str) -> None:
        self.message.setProperty("kind", kind)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(True)

    def show_saved(self, saved: Saved) -> None:
        """The server's answer: close on success, else show the problem and stay open."""
        set_enabled_why(self.save_button, None)
        if saved.ok:
            self.accept()
            return
        self.form.show_issues(saved.issues, all_fields=True)
        self.show_message("error", saved.message)
        self._fit()


def rows_dialog(parent: QWidget, title: str, lines: list[str]) -> QDialog:
    """The rows of a file that were not created, each with its reason (opened by the
    caller); its title keeps the reward points window's translation context."""
    box = QDialog(parent)
    box.setWindowTitle(QCoreApplication.translate("RewardPointsWindow", "Rows not created"))
    layout = QVBoxLayout(box)
    layout.addWidget(QLabel(title, box))
    text = QPlainTextEdit("\n".join(lines), box)
    text.setReadOnly(True)
    layout.addWidget(text)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, box)
    close.rejected.connect(box.reject)
    layout.addWidget(close)
    box.resize(640, 360)
    return box
