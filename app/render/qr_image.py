"""QR codes as images: a QImage built from the matrix (any scale, no smoothing), PNG and SVG files.

The image is made from raw bytes (one grey byte per pixel), so it needs no QGuiApplication and
every module is a crisp block of `scale` × `scale` pixels with a white quiet zone around it.
"""

from __future__ import annotations

from pathlib import Path

import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

from app.core.files import atomic_write_bytes, atomic_write_text
from app.core.qr import QUIET_ZONE, dark_runs, qr_matrix, qr_svg


def matrix_image(matrix: list[list[bool]], scale: int = 8, quiet_zone: int = QUIET_ZONE) -> QImage:
    if scale < 1:
        raise ValueError("scale must be at least 1")
    n = len(matrix)
    side = (n + 2 * quiet_zone) * scale
    white_row = b"\xff" * side
    rows = [white_row * (quiet_zone * scale)]
    margin = b"\xff" * (quiet_zone * scale)
    for row in matrix:
        line = margin + b"".join((b"\x00" if dark else b"\xff") * scale for dark in row) + margin
        rows.append(line * scale)
    rows.append(white_row * (quiet_zone * scale))
    data = b"".join(rows)
    return QImage(data, side, side, side, QImage.Format.Format_Grayscale8).copy()  # copy: own the bytes


def qr_image(payload: str, scale: int = 8, quiet_zone: int = QUIET_ZONE) -> QImage:
    return matrix_image(qr_matrix(payload), scale, quiet_zone)


def qr_png_bytes(payload: str, scale: int = 8, quiet_zone: int = QUIET_ZONE) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not qr_image(payload, scale, quiet_zone).save(buffer, "PNG"):
        raise OSError("the QR code could not be encoded as PNG")
    buffer.close()
    return bytes(data)


def save_qr_png(payload: str, target: Path, scale: int = 8, quiet_zone: int = QUIET_ZONE) -> None:
    atomic_write_bytes(Path(target), qr_png_bytes(payload, scale, quiet_zone))


def save_qr_svg(payload: str, target: Path, module: float = 4.0, title: str | None = None) -> None:
    atomic_write_text(Path(target), qr_svg(payload, module=module, title=title))


def paint_matrix(painter: QPainter, rect: QRectF, matrix: list[list[bool]], quiet_zone: int = QUIET_ZONE) -> None:
    """The code centred in the square `rect` (quiet zone included): white ground, black modules as
    one path. Modules are whole device units (a printer's dots): QPainterPath.simplified() merges
    rectangles with fractional corners wrongly (whole finder-pattern edges go missing)."""
    modules = len(matrix) + 2 * quiet_zone
    unit = math.floor(min(rect.width(), rect.height()) / modules)
    if unit < 1:
        raise ValueError("the rectangle is too small for this QR code")
    side = unit * modules
    left = round(rect.left() + (rect.width() - side) / 2)
    top = round(rect.top() + (rect.height() - side) / 2)
    path = QPainterPath()
    for y, x, length in dark_runs(matrix):
        path.addRect(QRectF(left + (x + quiet_zone) * unit, top + (y + quiet_zone) * unit, length * unit, unit))
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(QRectF(left, top, side, side), QColor(255, 255, 255))
    painter.setBrush(QColor(0, 0, 0))
    painter.drawPath(path.simplified())
    painter.restore()
