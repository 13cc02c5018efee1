"""The app's stylesheet: states are shown by text and icon first, colour second."""

STYLESHEET = """
QLabel[role="fieldError"] { color: #b3261e; font-weight: 600; }
QLineEdit[invalid="true"], QComboBox[invalid="true"] {
    border: 2px solid #b3261e; border-radius: 3px; padding: 1px 3px;
}
QToolButton#calendarButton::menu-indicator { image: none; width: 0; }
QLabel#banner { border-radius: 4px; padding: 8px 10px; }
QLabel#banner[kind="success"] { background: #e6f4ea; color: #1e4620; border: 1px solid #81c995; }
QLabel#banner[kind="error"] { background: #fdecea; color: #611a15; border: 1px solid #f28b82; }
QLabel#banner[kind="warning"] { background: #fff4e5; color: #663c00; border: 1px solid #fdd663; }
QLabel#banner[kind="info"] { background: #e8f0fe; color: #174ea6; border: 1px solid #aecbfa; }
QLabel#requiredLegend { color: palette(placeholder-text); margin-top: 6px; }
QLabel#points { font-size: 13pt; font-weight: 600; }
QLabel#emptyState { font-size: 12pt; qproperty-alignment: AlignCenter; }
QLabel#trainingBadge { background: #fff4e5; color: #663c00; border: 1px solid #fdd663;
    border-radius: 3px; padding: 2px 6px; font-weight: 600; }
"""
