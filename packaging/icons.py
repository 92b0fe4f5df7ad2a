#!/usr/bin/env python3
"""The app's icon in every size desktops ask for, rendered from resources/icons/kiosk.svg.

    python packaging/icons.py     writes resources/icons/kiosk-N.png (N = 16 ... 512) and kiosk.ico

Run it with the project's Python (.venv/bin/python, where PySide6 is) after changing the SVG, and commit
what it writes: the wheel, the bundle and `kiosk install-desktop` take the files as they are, with no Qt
needed to build them. The .ico (for the Windows installer and .exe) holds the sizes up to 256 as PNG
images, the form Windows has read since Vista.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "icons"
SVG = FOLDER / "kiosk.svg"
#: The sizes of the freedesktop hicolor theme's usual folders (16x16 ... 512x512).
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: An .ico entry says its size in one byte (0 for 256): nothing larger fits.
ICO_SIZES = tuple(size for size in SIZES if size <= 256)


def png_path(size: int, folder: Path = FOLDER) -> Path:
    return folder / f"kiosk-{size}.png"


def render(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        sys.exit(f"icons.py: {svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An .ico file holding each PNG as one image (ICONDIR, one ICONDIRENTRY per size, then the PNG data)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        byte = size % 256  # 256 is written as 0
        entries += struct.pack("<BBBBHHII", byte, byte, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage and QPainter need one
    pngs = {size: render(SVG, size) for size in SIZES}
    for size, png in pngs.items():
        png_path(size).write_bytes(png)
        print(f"icons.py: wrote {png_path(size).relative_to(ROOT)}")
    target = FOLDER / "kiosk.ico"
    target.write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    print(f"icons.py: wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
