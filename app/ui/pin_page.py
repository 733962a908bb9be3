"""Check a 6-digit payment PIN against the patterns people (and thieves) try first."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel

from app.core.pin import check_pin
from app.ui.check_page import CheckPage
from app.ui.personal_fields import PersonalFields
from app.ui.session import Session
from app.ui.widgets import wrapped_label


class PinPage(CheckPage):
    def __init__(self, session: Session):
        super().__init__(session, "pin", PersonalFields(with_words=False, with_id=True), debounce_ms=150)
        self.field.setMaxLength(6)
        self.field.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9０-９]{0,6}"), self.field))
        self.verdict = QLabel(objectName="pinVerdict")
        self.verdict.setProperty("heading", True)
        self.verdict.setWordWrap(True)
        self.reasons = wrapped_label(object_name="pinReasons")
        self.column.addWidget(self.verdict)
        self.column.addWidget(self.reasons)
        self.finish_layout()
        self.retranslate()

    def submit_check(self, text: str) -> None:
        self.worker.submit(check_pin, text, self.personal.value(), self.language)

    def show_result(self, result) -> None:
        self.last_result = result
        if result is None:
            self.verdict.setText(self.tr("Type a 6-digit PIN to check it."))
            self.reasons.setText("")
        elif result.ok:
            self.verdict.setText(self.tr("This PIN is not one of the easy ones. Keep it secret."))
            self.reasons.setText("")
        else:
            self.verdict.setText(self.tr("Please choose another PIN:"))
            self.reasons.setText("\n".join(f"• {m}" for m in result.messages))
        self.reasons.setVisible(bool(self.reasons.text()))
        self.verdict.setAccessibleName(self.verdict.text())
        self.reasons.setAccessibleName(self.reasons.text()[:200])

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Back"))
        self.close_button.setAccessibleName(self.tr("Close the PIN check"))
        self.heading.setText(self.tr("Check a 6-digit payment PIN"))
        self.privacy.setText(self.tr("The check happens on this computer only. The PIN is never saved."))
        self.field.setAccessibleName(self.tr("PIN to check"))
        self.show_button.setText(self.tr("Hide") if self.show_button.isChecked() else self.tr("Show"))
        self.show_button.setAccessibleName(self.tr("Show or hide the PIN"))
        super().retranslate()
