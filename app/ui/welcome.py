"""First run: a welcome inside the main window that creates the first profile."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.core.profiles import NewProfile
from app.ui.profile_form import ProfileForm
from app.ui.widgets import big_button, wrapped_label


class WelcomePage(QScrollArea):
    startRequested = Signal(NewProfile)

    def __init__(self, language: str):
        super().__init__()
        self.setObjectName("welcomePage")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setWordWrap(True)
        self.intro = wrapped_label(object_name="welcomeIntro")
        self.privacy = wrapped_label(object_name="welcomePrivacy")
        self.form = ProfileForm(language)
        self.start = big_button("startButton")
        self.start.clicked.connect(lambda: self.startRequested.emit(self.form.value()))
        self.form.name.returnPressed.connect(self.start.click)
        for widget in (self.heading, self.intro, self.privacy, self.form):
            layout.addWidget(widget)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.setWidget(body)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to SafeSteps"))
        self.intro.setText(self.tr(
            "SafeSteps helps you protect yourself, or someone in your family, from harassment calls and fraud. "
            "It shows one step at a time. Every tick is saved at once on this computer."))
        self.privacy.setText(self.tr(
            "SafeSteps works offline. Nothing you enter leaves this computer."))
        self.start.setText(self.tr("Start"))
        self.start.setAccessibleName(self.tr("Start with this profile"))
