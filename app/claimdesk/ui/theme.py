"""Light or dark: the system's theme by default, or one the user picks (View → Theme), which
applies at once and is kept in the settings.

A picked theme is Qt's Fusion style with a light or dark palette (the same on every
system); following the system puts back the style and palette Qt started with."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from claimdesk.ui.style import stylesheet

SYSTEM, LIGHT, DARK = "", "light", "dark"
THEMES = (SYSTEM, LIGHT, DARK)

_started: dict[str, object] = {}  # the style name and palette Qt started with
_chosen = [SYSTEM]


def is_dark(app: QApplication) -> bool:
    """Whether the theme in use (the palette Qt has) is a dark one."""
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(app: QApplication) -> None:
    """The stylesheet's colours for the palette in use."""
    app.setStyleSheet(stylesheet(is_dark(app)))


def chosen_theme() -> str:
    return _chosen[0]


def use_theme(app: QApplication, theme: str) -> None:
    """Follow the system (``SYSTEM``, or anything unknown) or use ``LIGHT`` / ``DARK``."""
    theme = theme if theme in THEMES else SYSTEM
    if not _started:
        _started["style"] = app.style().name()
        _started["palette"] = QPalette(app.palette())
    _chosen[0] = theme
    if theme == SYSTEM:
        app.setStyle(str(_started["style"]))
        started = _started["palette"]
        assert isinstance(started, QPalette)
        app.setPalette(started)
    else:
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if theme == DARK else light_palette())
    apply_theme(app)


def on_system_scheme_changed(app: QApplication) -> None:
    """The system switched between light and dark: followed unless the user picked one."""
    if chosen_theme() == SYSTEM:
        apply_theme(app)


def light_palette() -> QPalette:
    """Fusion's own light palette."""
    from PySide6.QtWidgets import QStyleFactory

    fusion = QStyleFactory.create("Fusion")
    return fusion.standardPalette()


def dark_palette() -> QPalette:
    """A dark palette for Fusion, with readable disabled text and links."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, color in {
        role.Window: "#2b2b2e",
        role.WindowText: "#e8e8ea",
        role.Base: "#1e1e20",
        role.AlternateBase: "#262629",
        role.ToolTipBase: "#3a3a3e",
        role.ToolTipText: "#e8e8ea",
        role.PlaceholderText: "#9a9aa0",
        role.Text: "#e8e8ea",
        role.Button: "#35353a",
        role.ButtonText: "#e8e8ea",
        role.BrightText: "#ffffff",
        role.Light: "#4a4a50",
        role.Midlight: "#3f3f45",
        role.Mid: "#2f2f33",
        role.Dark: "#18181a",
        role.Shadow: "#000000",
        role.Highlight: "#3d7bd9",
        role.HighlightedText: "#ffffff",
        role.Link: "#8ab4f8",
    }.items():
        palette.setColor(r, QColor(color))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor("#7a7a80"))
    return palette
