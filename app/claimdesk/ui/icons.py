"""The application icon, from resources/icons: beside the code in a source checkout, inside
the bundle when frozen by PyInstaller (packaging/claimdesk.spec puts it there)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


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
