"""A QR code on screen, painted crisply from its matrix, and the same code drawn for printing.

`QrCodeView` paints whole-pixel modules (an integer number of device pixels each, no smoothing)
with a white quiet zone, centred, as large as the widget allows; it stays square
(heightForWidth). Black on white in every theme: phones read nothing else reliably. The screen
reader hears the accessible name and description the page gives (the number and what scanning
does); the pages always print the number and the text beside the code as well.

Printing uses app.render.qr_image.paint_matrix, which draws a matrix into any rectangle as one filled path.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.qr import QUIET_ZONE, PayloadTooLong, dark_runs, qr_matrix

DARK = QColor(0, 0, 0)
LIGHT = QColor(255, 255, 255)


class QrCodeView(QWidget):
    """Shows one QR code. `set_code(payload, name, description)`; a payload of None shows nothing."""

    MIN_MODULE = 2  # device pixels: below this phones struggle even on a sharp screen

    def __init__(self, payload: str | None = None, object_name: str = "qrCode", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        sizing = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizing.setHeightForWidth(True)
        self.setSizePolicy(sizing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._payload: str | None = None
        self.matrix: list[list[bool]] | None = None
        self.too_long = False
        self.set_code(payload)

    # -- content -----------------------------------------------------------------------------
    def payload(self) -> str | None:
        return self._payload

    def set_code(self, payload: str | None, name: str = "", description: str = "") -> None:
        if payload != self._payload:
            self._payload = payload
            self.too_long = False
            try:
                self.matrix = qr_matrix(payload) if payload else None
            except PayloadTooLong:
                self.matrix, self.too_long = None, True
            self.updateGeometry()
            self.update()
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setToolTip(description)

    def modules(self) -> int:
        """Modules across, quiet zone included (0 without a code)."""
        return len(self.matrix) + 2 * QUIET_ZONE if self.matrix else 0

    def module_size(self) -> int:
        """Device pixels per module at the current size (whole pixels: no blurred edges)."""
        if not self.matrix:
            return 0
        ratio = self.devicePixelRatioF()
        side = min(self.width(), self.height()) * ratio
        return max(1, math.floor(side / self.modules()))

    # -- size --------------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return width if self.matrix else 0

    def sizeHint(self) -> QSize:  # noqa: N802
        if not self.matrix:
            return QSize(0, 0)
        # Grows with the text size, within reason: the words beside it matter as much.
        side = max(self.modules() * 5, min(self.fontMetrics().height() * 7, 260))
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        if not self.matrix:
            return QSize(0, 0)
        side = math.ceil(self.modules() * self.MIN_MODULE / max(self.devicePixelRatioF(), 1.0))
        return QSize(side, side)

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        if not self.matrix:
            return
        ratio = self.devicePixelRatioF()
        unit = self.module_size()
        side = unit * self.modules()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.scale(1 / ratio, 1 / ratio)  # draw in device pixels: every module lands on whole pixels
        left = (round(self.width() * ratio) - side) // 2
        top = (round(self.height() * ratio) - side) // 2
        painter.fillRect(QRect(left, top, side, side), LIGHT)
        for y, x, length in dark_runs(self.matrix):
            painter.fillRect(QRect(left + (x + QUIET_ZONE) * unit, top + (y + QUIET_ZONE) * unit,
                                   length * unit, unit), DARK)
        painter.end()
