"""Check a 6-digit payment PIN against the patterns people (and thieves) try first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.pin import check_pin
from app.ui.personal_fields import PersonalFields
from app.ui.secret_field import SecretLineEdit
from app.ui.session import Session
from app.ui.widgets import ScrollBody, scrolling, wrapped_label
from app.ui.worker import LatestOnly


class PinPage(QWidget):
    finished = Signal()

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.setObjectName("pinPage")
        self.worker = LatestOnly(self)
        self.worker.ready.connect(self.show_result)
        self.last_result = None
        self.close_button = QPushButton(objectName="pinClose")
        self.close_button.clicked.connect(self.finished)
        self.heading = wrapped_label(object_name="pageHeading")
        self.privacy = wrapped_label(object_name="pinPrivacy")
        self.field = SecretLineEdit("pinField")
        self.field.setMaxLength(6)
        self.field.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9０-９]{0,6}"), self.field))
        self.show_button = QPushButton(objectName="pinShow", checkable=True)
        self.show_button.toggled.connect(self.field.set_shown)
        self.show_button.toggled.connect(lambda _on: self.retranslate())
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.show_button)
        self.verdict = QLabel(objectName="pinVerdict")
        self.verdict.setProperty("heading", True)
        self.verdict.setWordWrap(True)
        self.reasons = wrapped_label(object_name="pinReasons")
        self.personal = PersonalFields(with_words=False, with_id=True)
        self.personal.changed.connect(self.schedule)
        body = ScrollBody()
        column = QVBoxLayout(body)
        column.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in (self.heading, self.privacy):
            column.addWidget(widget)
        column.addLayout(row)
        for widget in (self.verdict, self.reasons, self.personal):
            column.addWidget(widget)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(scrolling(body))
        self.timer = QTimer(self, singleShot=True, interval=150)
        self.timer.timeout.connect(self.check_now)
        self.field.textChanged.connect(self.schedule)
        self.retranslate()

    @property
    def language(self) -> str:
        return self.session.profile.language if self.session.profile else "en"

    def schedule(self) -> None:
        self.timer.start()

    def check_now(self) -> None:
        self.timer.stop()
        pin = self.field.text()
        if not pin:
            self.worker.cancel()
            self.show_result(None)
            return
        self.worker.submit(check_pin, pin, self.personal.value(), self.language)

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

    def wipe(self) -> None:
        self.timer.stop()
        self.worker.cancel()
        self.field.wipe()
        self.show_button.setChecked(False)
        self.personal.wipe()
        self.show_result(None)

    def hideEvent(self, event) -> None:  # noqa: N802
        self.wipe()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.field.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Back"))
        self.close_button.setAccessibleName(self.tr("Close the PIN check"))
        self.heading.setText(self.tr("Check a 6-digit payment PIN"))
        self.privacy.setText(self.tr("The check happens on this computer only. The PIN is never saved."))
        self.field.setAccessibleName(self.tr("PIN to check"))
        self.show_button.setText(self.tr("Hide") if self.show_button.isChecked() else self.tr("Show"))
        self.show_button.setAccessibleName(self.tr("Show or hide the PIN"))
        if self.field.text():
            self.schedule()
        else:
            self.show_result(None)
