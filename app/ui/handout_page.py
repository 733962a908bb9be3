"""The large-print handout: choose what goes on it, see a short summary, save it as PDF or print it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QDialog, QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app.core.channels import Channels, load_channels
from app.core.handout import Handout, build_handout
from app.core.i18n import LANGUAGE_NAMES, LANGUAGES
from app.ui.numbers_page import MAX_PHONE, clean_phone, phone_ok
from app.ui.widgets import ScrollBody, scrolling
from app.ui.session import Session
from app.ui.widgets import big_button, wrapped_label

MAX_HELPER_NAME = 40


class HandoutPage(QWidget):
    finished = Signal()

    def __init__(self, session: Session, channels: Channels | None = None):
        super().__init__()
        self.session = session
        self.channels = channels or load_channels()
        self.setObjectName("handoutPage")
        self._printer = None
        self.last_handout: Handout | None = None

        self.close_button = QPushButton(objectName="handoutClose")
        self.close_button.clicked.connect(self.finished)
        self.heading = wrapped_label(object_name="pageHeading")
        self.intro = wrapped_label(object_name="handoutIntro")
        self.bank = QLineEdit(objectName="handoutBank")
        self.bank.setMaxLength(MAX_PHONE + 10)
        self.helper_name = QLineEdit(objectName="handoutHelperName")
        self.helper_name.setMaxLength(MAX_HELPER_NAME)
        self.helper_phone = QLineEdit(objectName="handoutHelperPhone")
        self.helper_phone.setMaxLength(MAX_PHONE + 10)
        self.language = QComboBox(objectName="handoutLanguage")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.form = QVBoxLayout()  # labels above their fields: room for long words at any text size
        self.fields = (self.bank, self.helper_name, self.helper_phone, self.language)
        self.labels = [wrapped_label(object_name=f"handoutLabel_{i}") for i in range(len(self.fields))]
        for label, field in zip(self.labels, self.fields):
            label.setBuddy(field)
            self.form.addWidget(label)
            self.form.addWidget(field)
        for field in (self.bank, self.helper_name, self.helper_phone):
            field.textChanged.connect(self.update_preview)
        self.language.currentIndexChanged.connect(self.update_preview)
        self.message = wrapped_label(object_name="handoutMessage")
        self.message.setProperty("heading", True)
        self.message.hide()
        self.preview_heading = QLabel(objectName="previewHeading")
        self.preview_heading.setProperty("heading", True)
        self.preview_heading.setWordWrap(True)
        self.preview = wrapped_label(object_name="handoutPreview")
        self.save_button = big_button("handoutSavePdf")
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.print_button = big_button("handoutPrint")
        self.print_button.clicked.connect(lambda: self.print_handout())

        body = ScrollBody()
        column = QVBoxLayout(body)
        for widget in (self.heading, self.intro):
            column.addWidget(widget)
        column.addLayout(self.form)
        column.addWidget(self.message)
        column.addWidget(self.preview_heading)
        column.addWidget(self.preview)
        column.addStretch(1)
        scroll = scrolling(body)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        session.profileChanged.connect(self._profile_changed)
        session.progressChanged.connect(self._profile_changed)
        self.retranslate()
        self.start()

    def start(self) -> None:
        """Each time the page opens: the handout in the profile's language, a fresh summary."""
        profile = self.session.profile
        language = profile.language if profile else "en"
        self.language.blockSignals(True)
        self.language.setCurrentIndex(LANGUAGES.index(language) if language in LANGUAGES else 0)
        self.language.blockSignals(False)
        self.update_preview()

    def _profile_changed(self, _changed=None) -> None:
        if self.isVisible():
            self.update_preview()  # start() refreshes it when the page opens

    # -- the handout -------------------------------------------------------------------------
    def handout(self) -> Handout | None:
        """The handout as chosen, or None (and a plain message) when a number is not a number."""
        problems = []
        if self.bank.text().strip() and not phone_ok(self.bank.text()):
            problems.append(self.tr("The bank's number: type digits only, for example 95588."))
        if self.helper_phone.text().strip() and not phone_ok(self.helper_phone.text()):
            problems.append(self.tr("The family member's phone: type digits only, for example 139 1234 5678."))
        if problems:
            self._show_message("\n".join(problems))
            return None
        self.message.hide()
        profile = self.session.profile
        try:
            return build_handout(self.session.content, profile.region if profile else "OTHER",
                                 self.language.currentData(), profile=profile,
                                 progress=self.session.progress() if profile else None, channels=self.channels,
                                 bank_number=clean_phone(self.bank.text()) or None,
                                 helper_name=self.helper_name.text().strip() or None,
                                 helper_phone=clean_phone(self.helper_phone.text()) or None)
        except ValueError:
            self._show_message(self.tr("A number has no digits. Please check the numbers you typed."))
            return None

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    def update_preview(self) -> None:
        handout = self.last_handout = self.handout()
        self.save_button.setEnabled(handout is not None)
        self.print_button.setEnabled(handout is not None)
        if handout is None:
            self.preview.setText("")
            return
        counts = handout.counts
        with_codes = [k for k in handout.key_numbers if k.payload]
        lines = [self.tr("Title: %1").replace("%1", handout.title),
                 self.tr("Key numbers with QR codes: %1").replace("%1", str(len(with_codes)))]
        for number in handout.key_numbers:
            lines.append("• " + self.tr("%1: %2").replace("%1", number.label).replace(
                "%2", number.number or self.tr("a line to write the number on")))
        lines.append(self.tr("Two wallet cards: “%1”").replace("%1", handout.card.title))
        lines.append(self.tr("Steps: %1 done, %2 still to do, %3 listed on the plan.").replace(
            "%1", str(counts.finished)).replace("%2", str(counts.todo + counts.later)).replace(
            "%3", str(len(handout.left) + len(handout.done))))
        self.preview.setText("\n".join(lines))
        self.preview.setAccessibleName(self.preview_heading.text())
        self.preview.setAccessibleDescription(self.preview.text())

    def save_pdf(self, path: str | None = None) -> bool:
        handout = self.handout()
        if handout is None:
            return False
        if path is None:
            name = re.sub(r'[\\/:*?"<>|\s]+', "-", self.session.profile.name if self.session.profile else "")
            default = Path.home() / (f"SafeSteps-plan-{name.strip('-')}.pdf" if name.strip("-") else "SafeSteps-plan.pdf")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the plan as PDF"), str(default),
                                                  self.tr("PDF document (*.pdf)"))
            if not path:
                return False
        from app.render.handout_pdf import render_handout

        try:
            render_handout(handout, Path(path))
        except OSError as exc:
            self.session.failed.emit(self.tr("The plan could not be saved: %1").replace(
                "%1", exc.strerror or str(exc)))
            return False
        self.session.informed.emit(self.tr("The plan was saved to %1.").replace("%1", str(path)))
        return True

    def print_handout(self, printer=None):
        """Print the plan. Without `printer`, open the print dialog (non-blocking) and return it."""
        handout = self.handout()
        if handout is None:
            return False
        if printer is None:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter

            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(self._printer, self)
            dialog.setObjectName("handoutPrintDialog")
            dialog.accepted.connect(lambda: self.print_handout(self._printer))
            QDialog.open(dialog)  # non-blocking; PySide's QPrintDialog.open() wants a slot
            return dialog
        from app.render.handout_pdf import render_handout

        try:
            render_handout(handout, device=printer)
        except OSError:
            self.session.failed.emit(self.tr("Printing did not start. Check that the printer is on and try again."))
            return False
        return True

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Back"))
        self.close_button.setAccessibleName(self.tr("Close the printed plan"))
        self.heading.setText(self.tr("Print a plan to leave with them"))
        self.intro.setText(self.tr("A large-print page with the key numbers and their QR codes, a wallet card "
                                   "about verification codes, and what is done and what is left."))
        texts = (self.tr("Their bank's own number (optional)"), self.tr("Your name, as their helper (optional)"),
                 self.tr("Your phone number (optional)"), self.tr("Language of the plan"))
        for label, field, text in zip(self.labels, self.fields, texts):
            label.setText(text)
            field.setAccessibleName(text)
        self.bank.setPlaceholderText(self.tr("For example 95588"))
        self.helper_name.setPlaceholderText(self.tr("For example: Xiaoming"))
        self.helper_phone.setPlaceholderText(self.tr("For example 139 1234 5678"))
        self.preview_heading.setText(self.tr("What will be printed"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the plan as a PDF file"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the plan"))
        self.update_preview()
