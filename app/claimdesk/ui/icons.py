"""The main actions' icons (``resources/icons``, compiled into ``resources_rc``): line
drawings in ``currentColor``, drawn in the palette's text colour so that they suit the
system's light and dark themes alike, and sharp at any scale."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QFile, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

# A button's icon is 16 px; drawn at 1× and 2× (Qt scales between for other factors).
BUTTON = (16, 32)


def icon(name: str, sizes: tuple[int, ...] = BUTTON) -> QIcon:
    color = QGuiApplication.palette().color(QPalette.ColorRole.ButtonText).name()
    return _icon(name, color, sizes)


@lru_cache(maxsize=64)
def _icon(name: str, color: str, sizes: tuple[int, ...]) -> QIcon:
    import claimdesk.ui.resources_rc  # noqa: F401  (registers :/icons)

    source = QFile(f":/icons/{name}.svg")
    if not source.open(QFile.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"no icon {name!r} in resources/icons")
    svg = bytes(source.readAll().data()).replace(b"currentColor", color.encode())
    renderer = QSvgRenderer(QByteArray(svg))
    result = QIcon()
    for size in sizes:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result
