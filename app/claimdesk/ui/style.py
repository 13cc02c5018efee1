"""The app's stylesheet: states are shown by text and icon first, colour second. Two sets
of colours, picked from the palette's window colour, so that the system's dark theme gets
readable banners and error text too; everything else is the platform's own palette."""

from __future__ import annotations

_LIGHT = {
    "error_text": "#b3261e",
    "success": ("#e6f4ea", "#1e4620", "#81c995"),
    "error": ("#fdecea", "#611a15", "#f28b82"),
    "warning": ("#fff4e5", "#663c00", "#fdd663"),
    "info": ("#e8f0fe", "#174ea6", "#aecbfa"),
}
_DARK = {
    "error_text": "#f2b8b5",
    "success": ("#1e3a25", "#c4eed0", "#4f8a5b"),
    "error": ("#4a1f1c", "#f9dedc", "#b3261e"),
    "warning": ("#45320f", "#ffe0a6", "#a07b24"),
    "info": ("#1b2d4f", "#d3e3fd", "#4a6ea8"),
}


def stylesheet(dark: bool = False) -> str:
    c = _DARK if dark else _LIGHT
    banners = "\n".join(
        f'QLabel#banner[kind="{kind}"] {{ background: {bg}; color: {fg}; border: 1px solid {bd}; }}'
        for kind in ("success", "error", "warning", "info")
        for bg, fg, bd in [c[kind]]
    )
    wbg, wfg, wbd = c["warning"]
    return f"""
QLabel[role="fieldError"] {{ color: {c["error_text"]}; font-weight: 600; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{
    border: 2px solid {c["error_text"]}; border-radius: 3px; padding: 1px 3px;
}}
QToolButton#calendarButton::menu-indicator {{ image: none; width: 0; }}
QLabel#banner {{ border-radius: 4px; padding: 8px 10px; }}
{banners}
QLabel#requiredLegend {{ color: palette(placeholder-text); margin-top: 6px; }}
QLabel#points {{ font-size: 13pt; font-weight: 600; }}
QLabel#emptyState {{ font-size: 12pt; qproperty-alignment: AlignCenter; }}
QLabel#emptyTitle {{ font-size: 18pt; font-weight: 600; qproperty-alignment: AlignCenter; }}
QLabel#emptyIcon {{ qproperty-alignment: AlignCenter; }}
QLabel#trainingBadge {{ background: {wbg}; color: {wfg}; border: 1px solid {wbd};
    border-radius: 3px; padding: 0 6px; margin: 1px 6px; font-weight: 600; }}
QLabel#connectionState {{ padding: 0 8px; }}
"""


STYLESHEET = stylesheet(False)  # the light set, for code that applies it directly
