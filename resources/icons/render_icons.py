"""Render claimdesk.svg into the icon files the installers use; run after editing the SVG.

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/render_icons.py

Writes hicolor/<N>x<N>/apps/claimdesk.png (the freedesktop sizes, for the .deb and the
window icon), claimdesk.ico (Windows: 16–256 in one file) and claimdesk.icns (macOS)."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO file whose entries are PNG images (Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in images:
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HERE / "claimdesk.svg"))
    if not renderer.isValid():
        raise SystemExit("claimdesk.svg does not parse")
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        folder = HERE / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "claimdesk.png").write_bytes(png_bytes(image))
    (HERE / "claimdesk.ico").write_bytes(ico([(s, png_bytes(images[s])) for s in ICO_SIZES]))
    if not images[512].save(str(HERE / "claimdesk.icns"), "ICNS"):
        raise SystemExit("Qt could not write claimdesk.icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
