"""A disabled button or menu item says why in its tooltip ("Select one row to edit"); once
enabled again it says what it does, as before.

Imported before the first frame: no ``Qt`` namespace (see main_window)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

_BASE_TIP = "enabledToolTip"  # what the control says when enabled (its tooltip at first use)
_BASE_STATUS = "enabledStatusTip"
WHY = "whyDisabled"  # the reason shown while disabled ("" when enabled); tests read it


def set_enabled_why(control: QWidget | QAction, why: str | None) -> None:
    """Enable ``control`` when ``why`` is None, else disable it and say ``why`` in its
    tooltip (and, for a menu item, in the status bar as it is hovered)."""
    if control.property(_BASE_TIP) is None:
        control.setProperty(_BASE_TIP, control.toolTip())
        control.setProperty(_BASE_STATUS, control.statusTip())
    control.setEnabled(why is None)
    control.setProperty(WHY, why or "")
    tip = why if why is not None else str(control.property(_BASE_TIP) or "")
    status = why if why is not None else str(control.property(_BASE_STATUS) or "")
    if isinstance(control, QAction) and not tip:
        tip = control.text().replace("&", "")  # the action's default tooltip
    control.setToolTip(tip)
    control.setStatusTip(status)


def set_enabled_tip(control: QWidget | QAction, tip: str) -> None:
    """Change what ``control`` says while enabled (shown at once when it is)."""
    control.setProperty(_BASE_TIP, tip)
    if isinstance(control, QAction):
        control.setProperty(_BASE_STATUS, tip)
    if not control.property(WHY):
        control.setToolTip(tip)
        if isinstance(control, QAction):
            control.setStatusTip(tip)
