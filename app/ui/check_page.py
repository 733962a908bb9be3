"""What the password and PIN pages share: a masked field with show/hide that never reaches the
clipboard, debounced checks on a worker thread (stale results dropped), personal info, and wiping
everything typed when the page is left."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.ui.personal_fields import PersonalFields
from app.ui.secret_field import SecretLineEdit
from app.ui.session import Session
from app.ui.widgets import ScrollBody, scrolling, wrapped_label
from app.ui.worker import LatestOnly


class CheckPage(QWidget):
    finished = Signal()

    def __init__(self, session: Session, name: str, personal: PersonalFields, debounce_ms: int):
        super().__init__()
        self.session = session
        self.setObjectName(f"{name}Page")
        self.last_result = None
        self.worker = LatestOnly(self)
        self.worker.ready.connect(self.show_result)
        self.close_button = QPushButton(objectName=f"{name}Close")
        self.close_button.clicked.connect(self.finished)
        self.heading = wrapped_label(object_name="pageHeading")
        self.privacy = wrapped_label(object_name=f"{name}Privacy")
        self.field = SecretLineEdit(f"{name}Field")
        self.show_button = QPushButton(objectName=f"{name}Show", checkable=True)
        self.show_button.toggled.connect(self.field.set_shown)
        self.show_button.toggled.connect(lambda _on: self.retranslate())
        self.personal = personal
        self.personal.changed.connect(self.schedule)

        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.show_button)
        body = ScrollBody()
        self.column = QVBoxLayout(body)  # subclasses add their result widgets, then call finish_layout()
        self.column.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.column.addWidget(self.heading)
        self.column.addWidget(self.privacy)
        self.column.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(scrolling(body))

        self.timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self.timer.timeout.connect(self.check_now)
        self.field.textChanged.connect(self.schedule)

    def finish_layout(self, *after: QWidget) -> None:
        """Add the personal-info fields (then `after`) below the subclass's result widgets."""
        for widget in (self.personal, *after):
            self.column.addWidget(widget)
        self.column.addStretch(1)

    @property
    def language(self) -> str:
        return self.session.profile.language if self.session.profile else "en"

    # -- checking ----------------------------------------------------------------------------
    def schedule(self) -> None:
        self.timer.start()

    def check_now(self) -> None:
        self.timer.stop()
        if not self.field.text():
            self.worker.cancel()
            self.show_result(None)
            return
        self.submit_check(self.field.text())

    def submit_check(self, text: str) -> None:
        raise NotImplementedError

    def show_result(self, result) -> None:
        raise NotImplementedError

    # -- privacy -------------------------------------------------------------------------------
    def wipe(self) -> None:
        """Clear what was typed: on leaving the page and when the window is minimised."""
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
        if self.field.text():
            self.schedule()
        else:
            self.show_result(None)
