"""QR codes as images: a QImage built from the matrix (any scale, no smoothing), PNG and SVG files.

The image is made from raw bytes (one grey byte per pixel), so it needs no QGuiApplication and
every module is a crisp block of `scale` × `scale` pixels with a white quiet zone around it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from app.core.files import atomic_write_bytes, atomic_write_text
from app.core.qr import QUIET_ZONE, qr_matrix, qr_svg


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
