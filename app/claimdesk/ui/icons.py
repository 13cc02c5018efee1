"""Icons from resources/icons.

- The application icon: PNGs beside the code in a source checkout, inside the bundle when
  frozen by PyInstaller (packaging/claimdesk.spec puts them there).
- The main actions' icons: line drawings in ``currentColor`` compiled into ``resources_rc``
  (`make translations`), drawn in the palette's text colour so that they suit the system's
  light and dark themes alike, at 1× and 2× so that they stay sharp at 200 % scale."""

from __future__ import annotations

import sys
from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QFile, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

# A button's icon is 16 px; drawn at 1× and 2× (Qt scales between for other factors).
BUTTON = (16, 32)


def resources_dir() -> Path | None:
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "resources"] if frozen else []
    candidates.append(Path(__file__).resolve().parents[3] / "resources")  # app/claimdesk/ui
    return next((folder for folder in candidates if (folder / "icons").is_dir()), None)


@cache
def app_icon() -> QIcon:
    """Every size rendered from claimdesk.svg (an empty icon when the files are missing,
    as in a wheel installed without resources/)."""
    icon = QIcon()
    folder = resources_dir()
    if folder is None:
        return icon
    for png in sorted((folder / "icons" / "hicolor").glob("*/apps/claimdesk.png")):
        icon.addFile(str(png))
    return icon


def icon(name: str, sizes: tuple[int, ...] = BUTTON) -> QIcon:
    """One of the actions' icons (``resources/icons/NAME.svg``) in the theme's text colour."""
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
