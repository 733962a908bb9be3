"""Draw the large-print handout (app/core/handout.py) into an A4 PDF with QPdfWriter and QPainter.

- Large print: body text 16 pt, headings 20–26 pt, the numbers themselves 28 pt.
- Every QR code is drawn from its matrix as one filled vector path (no image): crisp at any
  print size, with its quiet zone, and the number and its explanation printed beside it.
- All text is real text (searchable and copyable) in embedded fonts. Chinese needs a CJK font:
  the font family list puts Noto Sans CJK SC/TC (and the Windows and macOS CJK fonts) in the
  order that suits the language and region; Qt falls back along the list glyph by glyph.
  Qt maps some CJK glyphs to radical code points in the PDF's text layer; app/render/pdf_text.py
  corrects that after writing, so that copying 人 gives 人, not ⼈.
- Layout happens once (measuring with the PDF device's font metrics) into pages of drawing
  operations; then every page is painted with "page n of N" in its footer.
- `render_handout(handout, device=printer)` paints the same pages onto any QPagedPaintDevice
  (a QPrinter from the print dialog, a QPdfWriter) instead of writing a PDF: on the device's own
  paper size, at 300 dpi. A device that will not take 300 dpi (some macOS printer drivers pick
  the nearest resolution they support) gets each page as a 300-dpi picture instead.

QtGui only. A QGuiApplication must exist for fonts; `ensure_gui_app()` creates an offscreen one
when there is none (inside the GUI the app's QApplication is used).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (QColor, QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QImage, QPageLayout,
                           QPageSize, QPagedPaintDevice, QPainter, QPdfWriter, QPen, QRawFont)

from app.core.files import atomic_write_bytes
from app.core.handout import Handout, KeyNumber
from app.core.qr import qr_matrix
from app.render.qr_image import paint_matrix
from app.render.pdf_text import fix_pdf_text

DPI = 300
PAGE_W, PAGE_H = 210.0, 297.0  # A4, mm
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 16.0, 14.0, 18.0
BODY_PT, SMALL_PT, H2_PT, TITLE_PT, NUMBER_PT, LABEL_PT = 16, 12, 20, 26, 28, 18
QR_BOX = 38.0  # mm, quiet zone included
CARD_W, CARD_H = 85.6, 54.0  # a bank card

_CJK = {
    "SC": ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei"],
    "TC": ["Noto Sans CJK TC", "Noto Sans CJK HK", "Source Han Sans TC", "Microsoft JhengHei", "PingFang TC"],
}
_LATIN = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial"]
_SYMBOLS = ["DejaVu Sans", "Segoe UI Symbol", "Apple Symbols"]
_GREY = QColor(90, 90, 90)
_app = None


def ensure_gui_app() -> QGuiApplication:
    """The running Q(Gui)Application, or a new offscreen QGuiApplication (kept for the process)."""
    global _app
    app = QGuiApplication.instance()
    if app is None:
        argv = [sys.argv[0] if sys.argv and sys.argv[0] else "safesteps"]
        if not os.environ.get("QT_QPA_PLATFORM"):
            argv += ["-platform", "offscreen"]
        app = _app = QGuiApplication(argv)
    return app


def font_families(language: str, region: str) -> list[str]:
    """Families in fallback order: the CJK font of the language's script first for Chinese, a Latin
    font first for English (with the region's CJK font behind it for names like 国家反诈中心)."""
    traditional = language == "zh_TW" or (language == "en" and region in ("HK", "TW"))
    first, second = ("TC", "SC") if traditional else ("SC", "TC")
    cjk = _CJK[first] + _CJK[second]
    families = _LATIN + cjk if language == "en" else cjk + _LATIN
    return list(dict.fromkeys(families + _SYMBOLS))


def mm(value: float) -> float:
    return value * DPI / 25.4


@dataclass
class _Op:
    kind: str  # text | qr | rect | line | box
    rect: QRectF
    font: QFont | None = None
    text: str = ""
    flags: int = 0
    color: QColor | None = None
    matrix: list | None = None
    dashed: bool = False


class _Layout:
    """Places blocks top to bottom, starting a new page when one does not fit."""

    def __init__(self, writer, families: list[str], page_w: float = PAGE_W, page_h: float = PAGE_H):
        self.writer = writer  # any paint device at DPI: used for the font metrics
        self.families = families
        self.page_w, self.page_h = page_w, page_h
        self.pages: list[list[_Op]] = [[]]
        self.left, self.width = mm(MARGIN_X), mm(page_w - 2 * MARGIN_X)
        self.top, self.bottom = mm(MARGIN_TOP), mm(page_h - MARGIN_BOTTOM)
        self.y = self.top
        self.drawn: set[str] = set()

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(self.families)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def measure(self, text: str, font: QFont, width: float) -> float:
        metrics = QFontMetricsF(font, self.writer)
        flags = int(Qt.TextFlag.TextWordWrap)
        return metrics.boundingRect(QRectF(0, 0, width, 1e7), flags, text).height()

    def text_op(self, x: float, y: float, width: float, text: str, font: QFont,
                color: QColor | None = None, align=Qt.AlignmentFlag.AlignLeft) -> tuple[_Op, float]:
        height = self.measure(text, font, width)
        self.drawn.update(text)
        flags = int(Qt.TextFlag.TextWordWrap) | int(align) | int(Qt.AlignmentFlag.AlignTop)
        return _Op("text", QRectF(x, y, width, height), font, text, flags, color), height

    def fits(self, height: float) -> bool:
        return self.y + height <= self.bottom

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def block(self, ops_builder: Callable[[float], tuple[list[_Op], float]], keep_with: float = 0) -> None:
        """Add a block built at the current y; if it (plus `keep_with` of what follows) does not fit
        and the page is not empty, build it again at the top of a new page."""
        ops, height = ops_builder(self.y)
        if not self.fits(height + keep_with) and self.pages[-1]:
            self.new_page()
            ops, height = ops_builder(self.y)
        self.pages[-1].extend(ops)
        self.y += height

    def paragraph(self, text: str, points: float, bold: bool = False, space: float = 2.5,
                  color: QColor | None = None, keep_with: float = 0, indent: float = 0) -> None:
        font = self.font(points, bold)

        def build(y: float):
            op, h = self.text_op(self.left + mm(indent), y, self.width - mm(indent), text, font, color)
            return [op], h + mm(space)
        self.block(build, keep_with)


def render_handout(handout: Handout, target: Path | None = None, *,
                   device: QPagedPaintDevice | None = None) -> bytes:
    """Lay out and paint the handout; returns the PDF bytes and writes them atomically to `target`.

    With `device` (a QPrinter, a QPdfWriter …) the pages are painted onto it instead: nothing is
    written to `target` and b"" is returned (see `paint_handout`)."""
    ensure_gui_app()
    if device is not None:
        paint_handout(handout, device)
        return b""
    families = _families(handout)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(handout.title)
    writer.setCreator(handout.app_name)

    layout = _Layout(writer, families)
    _lay_out(layout, handout)
    painter = QPainter(writer)
    try:
        for index in range(len(layout.pages)):
            if index:
                writer.newPage()
            _paint_page(painter, layout, handout, index)
    finally:
        painter.end()
    buffer.close()
    pdf = fix_pdf_text(bytes(data), layout.drawn, _glyph_lookups(families))
    if target is not None:
        atomic_write_bytes(Path(target), pdf)
    return pdf


def paint_handout(handout: Handout, device: QPagedPaintDevice) -> int:
    """Paint the handout onto `device` (a QPrinter or QPdfWriter, set up by the caller: paper size,
    file or printer) from the paper's top-left corner. Returns the number of pages.
    Raises OSError when painting cannot start (no printer, a file that cannot be written)."""
    ensure_gui_app()
    families = _families(handout)
    if hasattr(device, "setFullPage"):
        device.setFullPage(True)  # a QPrinter: measure from the paper's corner, as on the PDF
    if hasattr(device, "setResolution"):
        device.setResolution(DPI)
    paper = device.pageLayout().fullRect(QPageLayout.Unit.Millimeter)
    page_w, page_h = (paper.width(), paper.height()) if paper.width() > 0 else (PAGE_W, PAGE_H)
    vector = device.logicalDpiX() == DPI and device.logicalDpiY() == DPI
    probe = device if vector else _page_image(1, 1)
    layout = _Layout(probe, families, page_w, page_h)
    _lay_out(layout, handout)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file could not be opened for printing")
    try:
        for index in range(len(layout.pages)):
            if index:
                device.newPage()
            if vector:
                _paint_page(painter, layout, handout, index)
                continue
            image = _page_image(round(mm(page_w)), round(mm(page_h)))
            image.fill(QColor(255, 255, 255))
            page_painter = QPainter(image)
            try:
                _paint_page(page_painter, layout, handout, index)
            finally:
                page_painter.end()
            target = QRectF(0, 0, page_w / 25.4 * device.logicalDpiX(), page_h / 25.4 * device.logicalDpiY())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(layout.pages)


def _families(handout: Handout) -> list[str]:
    return [f for f in font_families(handout.language, handout.region) if QFontDatabase.hasFamily(f)]


def _page_image(width: int, height: int) -> QImage:
    image = QImage(max(width, 1), max(height, 1), QImage.Format.Format_RGB32)
    dots_per_metre = round(DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def _paint_page(painter: QPainter, layout: _Layout, handout: Handout, index: int) -> None:
    """One laid-out page and its "page n of N" footer."""
    for op in layout.pages[index]:
        _paint(painter, op)
    footer = handout.footer(index + 1, len(layout.pages))
    layout.drawn.update(footer)
    _paint(painter, _Op("text", QRectF(layout.left, mm(layout.page_h - MARGIN_BOTTOM + 6), layout.width, mm(8)),
                        layout.font(SMALL_PT), footer, int(Qt.AlignmentFlag.AlignHCenter), _GREY))


def fix_text_layer(pdf: bytes, drawn, families: list[str]) -> bytes:
    """`pdf` (written by Qt with `families`) with its text layer corrected to the characters in
    `drawn` (see app/render/pdf_text.py): for other Qt-written PDFs, such as the harassment log."""
    return fix_pdf_text(pdf, drawn, _glyph_lookups(families))


def _glyph_lookups(families: list[str]):
    lookups = []
    for family in families:
        for bold in (False, True):
            font = QFont(family)
            font.setBold(bold)
            raw = QRawFont.fromFont(font)
            if raw.isValid():
                lookups.append(lambda text, raw=raw: list(raw.glyphIndexesForString(text)))
    return lookups


def _lay_out(lay: _Layout, h: Handout) -> None:
    lay.paragraph(h.app_name, BODY_PT, color=_GREY, space=1)
    lay.paragraph(h.title, TITLE_PT, bold=True, space=1.5)
    lay.paragraph(h.date_line, BODY_PT, space=5)

    lay.paragraph(h.key_heading, H2_PT, bold=True, space=2, keep_with=mm(QR_BOX + 20))
    _hint_box(lay, h.scan_hint, h.tap_hint)
    for number in h.key_numbers:
        lay.block(lambda y, number=number: _key_number(lay, number, h.write_in_label, y))

    lay.y += mm(4)
    lay.paragraph(h.card_heading, H2_PT, bold=True, space=2, keep_with=mm(CARD_H + 12))
    lay.block(lambda y: _cards(lay, h, y))

    lay.y += mm(4)
    lay.paragraph(h.progress_heading, H2_PT, bold=True, space=2, keep_with=mm(30))
    lay.paragraph(h.counts_text, BODY_PT, space=3)
    if h.left:
        lay.paragraph(h.left_heading, LABEL_PT, bold=True, space=1.5, keep_with=mm(10))
        _checklist(lay, h.left, h.priority_labels, done=False)
    if h.more_text:
        lay.paragraph(h.more_text, BODY_PT, space=3)
    if h.done:
        lay.paragraph(h.done_heading, LABEL_PT, bold=True, space=1.5, keep_with=mm(10))
        _checklist(lay, h.done, h.priority_labels, done=True)


def _hint_box(lay: _Layout, scan: str, tap: str) -> None:
    def build(y: float):
        pad = mm(3)
        first, h1 = lay.text_op(lay.left + pad, y + pad, lay.width - 2 * pad, scan, lay.font(BODY_PT, True))
        second, h2 = lay.text_op(lay.left + pad, y + pad + h1 + mm(1), lay.width - 2 * pad, tap, lay.font(BODY_PT))
        height = h1 + h2 + mm(1) + 2 * pad
        box = _Op("box", QRectF(lay.left, y, lay.width, height), color=QColor(235, 235, 235))
        return [box, first, second], height + mm(3)
    lay.block(build)


def _key_number(lay: _Layout, number: KeyNumber, write_in_label: str, y: float):
    ops: list[_Op] = []
    x = lay.left + mm(QR_BOX + 5)
    width = lay.left + lay.width - x
    if number.payload:
        ops.append(_Op("qr", QRectF(lay.left, y, mm(QR_BOX), mm(QR_BOX)), matrix=qr_matrix(number.payload)))
    label, h = lay.text_op(x, y + mm(1), width, number.label, lay.font(LABEL_PT, True))
    ops.append(label)
    cursor = y + mm(1) + h
    if number.write_in:
        line, h = lay.text_op(x, cursor + mm(2), width, write_in_label, lay.font(BODY_PT))
        ops.append(line)
        cursor += mm(2) + h + mm(9)
        ops.append(_Op("line", QRectF(QPointF(x, cursor), QPointF(x + width, cursor))))
        cursor += mm(2)
    elif number.number:
        big, h = lay.text_op(x, cursor, width, number.number, lay.font(NUMBER_PT, True))
        ops.append(big)
        cursor += h
    note, h = lay.text_op(x, cursor + mm(1), width, number.note, lay.font(BODY_PT))
    ops.append(note)
    cursor += mm(1) + h
    bottom = max(cursor, y + (mm(QR_BOX) if number.payload else 0)) + mm(2)
    ops.append(_Op("line", QRectF(QPointF(lay.left, bottom), QPointF(lay.left + lay.width, bottom)),
                   color=QColor(180, 180, 180)))
    return ops, bottom - y + mm(3)


def _cards(lay: _Layout, h: Handout, y: float):
    pad = mm(3.5)
    inner = mm(CARD_W) - 2 * pad
    title_font, line_font = lay.font(BODY_PT, True), lay.font(BODY_PT)
    text_height = lay.measure(h.card.title, title_font, inner) + mm(1.5)
    text_height += sum(lay.measure(line, line_font, inner) + mm(0.8) for line in h.card.lines)
    card_h = max(mm(CARD_H), text_height + 2 * pad)  # never shrink the print to fit
    gap = lay.width - 2 * mm(CARD_W)
    ops: list[_Op] = []
    for column in range(2):  # two copies: one for the wallet, one beside the phone
        x = lay.left + column * (mm(CARD_W) + gap)
        ops.append(_Op("rect", QRectF(x, y, mm(CARD_W), card_h), dashed=True))
        cursor = y + pad
        op, th = lay.text_op(x + pad, cursor, inner, h.card.title, title_font)
        ops.append(op)
        cursor += th + mm(1.5)
        for line in h.card.lines:
            op, lh = lay.text_op(x + pad, cursor, inner, line, line_font)
            ops.append(op)
            cursor += lh + mm(0.8)
    hint, hh = lay.text_op(lay.left, y + card_h + mm(2), lay.width, "✂  " + h.card.cut_hint, lay.font(BODY_PT), _GREY)
    ops.append(hint)
    return ops, card_h + mm(2) + hh + mm(3)


def _checklist(lay: _Layout, items, labels, done: bool) -> None:
    current = None
    for item in items:
        if item.priority != current:
            current = item.priority
            lay.paragraph(labels.get(current, current), BODY_PT, bold=True, space=1, color=_GREY,
                          keep_with=mm(9))

        def build(y: float, item=item):
            box = mm(4.5)
            text, th = lay.text_op(lay.left + box + mm(3), y, lay.width - box - mm(3), item.title, lay.font(BODY_PT))
            square = _Op("rect", QRectF(lay.left, y + mm(1.2), box, box), text="✓" if done else "")
            return [square, text], th + mm(1.5)
        lay.block(build)


def _paint(painter: QPainter, op: _Op) -> None:
    painter.save()
    if op.kind == "text":
        painter.setFont(op.font)
        painter.setPen(op.color or QColor(0, 0, 0))
        painter.drawText(op.rect, op.flags, op.text)
    elif op.kind == "box":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(op.color)
        painter.drawRoundedRect(op.rect, mm(2), mm(2))
    elif op.kind == "rect":
        pen = QPen(QColor(0, 0, 0), mm(0.35 if op.dashed else 0.5))
        if op.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(op.rect)
        if op.text:  # a tick in a done box, drawn as two strokes
            r = op.rect
            painter.setPen(QPen(QColor(0, 0, 0), mm(0.7)))
            painter.drawPolyline([QPointF(r.left() + r.width() * 0.18, r.top() + r.height() * 0.52),
                                  QPointF(r.left() + r.width() * 0.42, r.top() + r.height() * 0.78),
                                  QPointF(r.left() + r.width() * 0.85, r.top() + r.height() * 0.2)])
    elif op.kind == "line":
        painter.setPen(QPen(op.color or QColor(0, 0, 0), mm(0.3)))
        painter.drawLine(op.rect.topLeft(), op.rect.bottomRight())
    elif op.kind == "qr":
        paint_matrix(painter, op.rect, op.matrix)
    painter.restore()


