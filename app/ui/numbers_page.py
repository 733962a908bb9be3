"""Key numbers and QR codes: the region's call and SMS channels as cards a phone can scan.

Each card: the code, the name, the number in large text, what it is for, and the hint to scan
with the phone's camera (the phone never calls or sends by itself). The bank's own number can be
added; every code can be saved as PNG or SVG, and all of them printed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPageLayout, QPainter, QPen
from PySide6.QtWidgets import (QDialog, QFileDialog, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app.core import qr
from app.core.channels import Channel, Channels, load_channels
from app.render.qr_image import save_qr_png, save_qr_svg
from app.ui import texts
from app.render.qr_image import paint_matrix
from app.ui.qr_widget import QrCodeView
from app.ui.session import Session
from app.ui.widgets import ScrollBody, big_button, scrolling, wrapped_label

PNG_SCALE = 10  # pixels per module in a saved picture
_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-]*$")
MAX_PHONE = 30


def clean_phone(text: str) -> str:
    """The number as typed, full-width digits (from a Chinese input method) made plain."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def phone_ok(text: str) -> bool:
    """Digits (spaces, dashes, brackets and a leading + allowed), at most MAX_PHONE characters."""
    text = clean_phone(text)
    return bool(text) and len(text) <= MAX_PHONE and bool(_PHONE.match(text))


def big_number_rule(font: QFont, factor: float = 1.9) -> str:
    return f"font-size: {max(font.pointSizeF(), 9) * factor:.1f}pt; font-weight: bold;"


@dataclass
class Code:
    """What one card shows. kind: call | sms | info (no code) | write-in (no fixed number)."""
    key: str
    name: str
    number: str
    description: str
    caution: str
    payload: str | None
    kind: str


def channel_code(channel: Channel, region: str, language: str) -> Code:
    if channel.write_in or not channel.number:
        kind, payload = "write-in", None
    elif channel.kind == "call":
        kind, payload = "call", qr.tel_payload(channel.number, region)
    elif channel.role == "info":
        kind, payload = "info", None  # Taiwan's 111: texts come from it; nothing to send to it
    else:
        kind, payload = "sms", qr.sms_payload(channel.number, "")
    return Code(channel.id, channel.name(language), channel.number, channel.description(language),
                channel.caution(language), payload, kind)


class CodeCard(QFrame):
    def __init__(self, page: "NumbersPage", code: Code):
        super().__init__()
        self.page = page
        self.code = code
        self.setProperty("card", True)
        self.setObjectName(f"card_{code.key}")
        self.qr = QrCodeView(object_name=f"qr_{code.key}")
        self.title = wrapped_label(object_name="cardTitle")
        self.number = wrapped_label(object_name="bigNumber")
        self.description = wrapped_label(object_name="cardDescription")
        self.caution = wrapped_label(object_name="cardCaution")
        self.hint = wrapped_label(object_name="cardHint")
        self.png_button = QPushButton(objectName=f"savePng_{code.key}")
        self.png_button.clicked.connect(lambda: self.page.save_png(self.code.key))
        self.svg_button = QPushButton(objectName=f"saveSvg_{code.key}")
        self.svg_button.clicked.connect(lambda: self.page.save_svg(self.code.key))
        buttons = QHBoxLayout()
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.svg_button)
        buttons.addStretch(1)
        text = QVBoxLayout()
        for widget in (self.title, self.number, self.description, self.caution, self.hint):
            text.addWidget(widget)
        text.addLayout(buttons)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self.set_code(code)

    def set_code(self, code: Code) -> None:
        self.code = code
        has_code = code.payload is not None
        for widget in (self.qr, self.hint, self.png_button, self.svg_button):
            widget.setVisible(has_code)
        self.number.setVisible(bool(code.number))
        self.caution.setVisible(bool(code.caution))
        self.retranslate()

    def retranslate(self) -> None:
        code = self.code
        self.title.setText(code.name)
        self.number.setText(code.number)
        self.number.setAccessibleName(self.tr("Number: %1").replace("%1", code.number))
        self.description.setText(code.description)
        self.caution.setText(code.caution)
        if code.kind == "write-in":
            self.description.setText(code.description + "\n" + self.tr(
                "There is no single number for this. Write the local number on the printout."))
        self.hint.setText(self.tr("Scan with the phone's camera, not WeChat.") + "\n" + self._tap_hint())
        self.png_button.setText(self.tr("Save as PNG…"))
        self.png_button.setAccessibleName(self.tr("Save the QR code for %1 as a PNG picture").replace("%1", code.name))
        self.svg_button.setText(self.tr("Save as SVG…"))
        self.svg_button.setAccessibleName(self.tr("Save the QR code for %1 as an SVG drawing").replace("%1", code.name))
        self.setAccessibleName(code.name)
        if code.payload:
            self.qr.set_code(code.payload, self.tr("QR code: %1, %2").replace("%1", code.number).replace("%2", code.name),
                             self.scan_text())

    def _tap_hint(self) -> str:
        return self.tr("The phone will not send the text by itself: tap Send.") if self.code.kind == "sms" else \
            self.tr("The phone will not call by itself: tap Call.")

    def scan_text(self) -> str:
        """What scanning the code does, in words (the code's accessible description)."""
        if self.code.kind == "sms":
            return self.tr("Scanning it opens a new text message to %1.").replace("%1", self.code.number)
        return self.tr("Scanning it offers to call %1.").replace("%1", self.code.number)


class NumbersPage(QWidget):
    finished = Signal()

    def __init__(self, session: Session, channels: Channels | None = None):
        super().__init__()
        self.session = session
        self.channels = channels or load_channels()
        self.setObjectName("numbersPage")
        self.cards: dict[str, CodeCard] = {}
        self._shown_for: tuple | None = None
        self._printer = None

        self.close_button = QPushButton(objectName="numbersClose")
        self.close_button.clicked.connect(self.finished)
        self.heading = wrapped_label(object_name="pageHeading")
        self.intro = wrapped_label(object_name="numbersIntro")
        self.bank_label = QLabel(objectName="bankLabel")
        self.bank_label.setWordWrap(True)
        self.bank_field = QLineEdit(objectName="bankNumber")
        self.bank_field.setMaxLength(MAX_PHONE + 10)
        self.bank_label.setBuddy(self.bank_field)
        self.bank_field.textChanged.connect(self._bank_changed)
        self.bank_error = wrapped_label(object_name="bankError")
        self.bank_error.setProperty("heading", True)
        self.bank_error.hide()
        self.print_button = big_button("numbersPrint")
        self.print_button.clicked.connect(lambda: self.print_codes())

        self.card_column = QVBoxLayout()
        body = ScrollBody()
        column = QVBoxLayout(body)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addLayout(self.card_column)
        column.addWidget(self.bank_label)
        column.addWidget(self.bank_field)
        column.addWidget(self.bank_error)
        self.bank_column = QVBoxLayout()  # the bank's card, under its field
        column.addLayout(self.bank_column)
        column.addStretch(1)
        scroll = scrolling(body)
        top = QHBoxLayout()
        top.addWidget(self.close_button)
        top.addStretch(1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        session.profileChanged.connect(self._profile_changed)
        self.retranslate()
        self.refresh()

    @property
    def region(self) -> str:
        return self.session.profile.region if self.session.profile else "OTHER"

    @property
    def language(self) -> str:
        return self.session.profile.language if self.session.profile else "en"

    # -- content -----------------------------------------------------------------------------
    def start(self) -> None:
        self.refresh(force=True)

    def _profile_changed(self, _profile) -> None:
        self.refresh()
        self.intro.setText(self._intro())

    def codes(self) -> list[Code]:
        region, language = self.region, self.language
        found = [channel_code(c, region, language) for c in self.channels.for_region(region)
                 if c.kind in ("call", "sms") and (c.kind == "call" or c.role in ("report", "info"))]
        order = {"emergency": 0, "anti-fraud": 1, "report": 2, "info": 3}
        roles = {c.id: c.role for c in self.channels.all}
        return sorted(found, key=lambda code: order.get(roles.get(code.key), 9))

    def bank_code(self) -> Code | None:
        text = clean_phone(self.bank_field.text())
        if not phone_ok(text):
            return None
        return Code("bank", self.tr("Your bank"), text,
                    self.tr("If a caller says they are your bank, hang up and call this number yourself."),
                    "", qr.tel_payload(text, self.region), "call")

    def refresh(self, force: bool = False) -> None:
        """Build the cards for the profile's region and language (again, if either changed)."""
        wanted = (self.region, self.language)
        if wanted == self._shown_for and not force:
            return
        self._shown_for = wanted
        for card in self.cards.values():
            card.hide()
            card.setParent(None)
            card.deleteLater()
        self.cards = {}
        for code in self.codes():
            self._add_card(code)
        self._bank_changed()
        self._fonts()

    def _add_card(self, code: Code) -> CodeCard:
        card = CodeCard(self, code)
        self.cards[code.key] = card
        (self.bank_column if code.key == "bank" else self.card_column).addWidget(card)
        card.show()  # at once, not when the event loop next runs
        return card

    def _bank_changed(self) -> None:
        text = self.bank_field.text().strip()
        code = self.bank_code()
        self.bank_error.setVisible(bool(text) and code is None)
        card = self.cards.get("bank")
        if code is None:
            if card is not None:
                card.hide()
            return
        if card is None:
            card = self._add_card(code)
            self._fonts()
        else:
            card.set_code(code)
        card.show()

    def visible_codes(self) -> list[Code]:
        return [card.code for card in self.cards.values() if not card.isHidden()]

    # -- saving ------------------------------------------------------------------------------
    def save_png(self, key: str, path: str | None = None) -> bool:
        return self._save(key, path, "png")

    def save_svg(self, key: str, path: str | None = None) -> bool:
        return self._save(key, path, "svg")

    def _save(self, key: str, path: str | None, kind: str) -> bool:
        code = self.cards[key].code
        if not code.payload:
            return False
        if path is None:
            stem = "SafeSteps-" + re.sub(r"[^0-9A-Za-z]+", "", code.number or code.key)
            title = self.tr("Save the QR code as a picture") if kind == "png" else self.tr("Save the QR code as a drawing")
            kinds = self.tr("PNG picture (*.png)") if kind == "png" else self.tr("SVG drawing (*.svg)")
            path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / f"{stem}.{kind}"), kinds)
            if not path:
                return False
        try:
            if kind == "png":
                save_qr_png(code.payload, Path(path), scale=PNG_SCALE)
            else:
                save_qr_svg(code.payload, Path(path), title=f"{code.number} {code.name}")
        except OSError as exc:
            self.session.failed.emit(self.tr("The QR code could not be saved: %1").replace(
                "%1", exc.strerror or str(exc)))
            return False
        self.session.informed.emit(self.tr("The QR code was saved to %1.").replace("%1", str(path)))
        return True

    # -- printing ----------------------------------------------------------------------------
    def print_codes(self, printer=None):
        """Print every card. Without `printer`, open the print dialog (non-blocking) and return it."""
        if printer is None:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter

            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(self._printer, self)
            dialog.setObjectName("numbersPrintDialog")
            dialog.accepted.connect(lambda: self.print_codes(self._printer))
            QDialog.open(dialog)  # non-blocking; PySide's QPrintDialog.open() wants a slot
            return dialog
        try:
            pages = print_cards(printer, self.tr("Key numbers and QR codes"),
                                self.tr("Scan with the phone's camera, not WeChat."),
                                [(code, self.cards[code.key]._tap_hint()) for code in self.visible_codes()],
                                self.tr("Write the number here:"), self.language, self.region)
        except OSError:
            self.session.failed.emit(self.tr("Printing did not start. Check that the printer is on and try again."))
            return False
        return pages > 0

    # -- language and size -------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fonts()
        super().changeEvent(event)

    def _fonts(self) -> None:
        """The numbers in large bold print, following the text size. A style sheet of their own:
        the application's style sheet, re-applied at a new text size, would undo a setFont()."""
        rule = big_number_rule(self.font())
        for card in self.cards.values():
            card.number.setStyleSheet(rule)

    def _intro(self) -> str:
        return (self.tr("Numbers for: %1").replace("%1", texts.region_name(self.region)) + "\n"
                + self.tr("Scan a code with the phone's camera: the phone then offers to call or to write the "
                          "text, and you decide."))

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Back"))
        self.close_button.setAccessibleName(self.tr("Close the key numbers"))
        self.heading.setText(self.tr("Key numbers and QR codes"))
        self.intro.setText(self._intro())
        self.bank_label.setText(self.tr("Your bank's own number (on the back of the bank card):"))
        self.bank_field.setAccessibleName(self.tr("Your bank's own number"))
        self.bank_field.setPlaceholderText(self.tr("For example 95588"))
        self.bank_error.setText(self.tr("Type the number with digits only, for example 95588."))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print all these numbers and codes"))
        if self._shown_for is not None:
            self.refresh(force=True)


def print_cards(printer, title: str, scan_hint: str, cards: list[tuple[Code, str]], write_in: str,
                language: str, region: str) -> int:
    """Paint the cards on `printer` (a QPrinter or QPdfWriter): large print, real text, vector codes.
    Returns the number of pages; OSError when the printer cannot start."""
    from app.render.handout_pdf import font_families

    families = [f for f in font_families(language, region) if QFontDatabase.hasFamily(f)]
    if hasattr(printer, "setFullPage"):
        printer.setFullPage(True)
    paper = printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter)
    dpi = printer.logicalDpiY()

    def mm(value: float) -> float:
        return value * dpi / 25.4

    def font(points: float, bold: bool = False) -> QFont:
        f = QFont()
        f.setFamilies(families)
        f.setPointSizeF(points)
        f.setBold(bold)
        return f

    left, top, width = mm(16), mm(14), mm(paper.width() - 32)
    bottom = mm(paper.height() - 16)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    pages = 1
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)

    def text(x: float, y: float, w: float, value: str, f: QFont, draw: bool = True) -> float:
        rect = QFontMetricsF(f, printer).boundingRect(QRectF(0, 0, w, 1e7), flags, value)
        if draw:
            painter.setFont(f)
            painter.setPen(QColor(0, 0, 0))
            painter.drawText(QRectF(x, y, w, rect.height()), flags, value)
        return rect.height()

    try:
        y = top
        y += text(left, y, width, title, font(24, True)) + mm(2)
        y += text(left, y, width, scan_hint, font(14, True)) + mm(4)
        box = mm(36)
        for code, tap_hint in cards:
            x = left + (box + mm(5) if code.payload else 0)
            w = left + width - x

            def block(y0: float, draw: bool) -> float:
                cursor = y0 + text(x, y0, w, code.name, font(17, True), draw)
                if code.number:
                    cursor += text(x, cursor, w, code.number, font(28, True), draw)
                lines = [code.description] + ([code.caution] if code.caution else [])
                lines += [tap_hint] if code.payload else []
                for line in lines:
                    cursor += mm(1) + text(x, cursor + mm(1), w, line, font(13), draw)
                if code.kind == "write-in":
                    cursor += mm(1) + text(x, cursor + mm(1), w, write_in, font(13), draw) + mm(9)
                    if draw:
                        painter.setPen(QPen(QColor(0, 0, 0), mm(0.3)))
                        painter.drawLine(QPointF(x, cursor), QPointF(x + w, cursor))
                if draw and code.payload:
                    paint_matrix(painter, QRectF(left, y0, box, box), qr.qr_matrix(code.payload))
                return max(cursor, y0 + (box if code.payload else 0)) - y0

            height = block(y, False)
            if y + height > bottom and y > top:
                printer.newPage()
                pages += 1
                y = top
            block(y, True)
            y += height + mm(2)
            painter.setPen(QPen(QColor(170, 170, 170), mm(0.3)))
            painter.drawLine(QPointF(left, y), QPointF(left + width, y))
            y += mm(4)
    finally:
        painter.end()
    return pages
