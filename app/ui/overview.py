"""The checklist overview: overall progress and one card per checklist."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QLabel, QProgressBar, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from app.core import progress as calc
from app.core.content import Checklist
from app.core.profiles import parse_iso
from app.ui.session import Session
from app.ui.widgets import big_button, wrapped_label


class ChecklistCard(QFrame):
    def __init__(self, checklist: Checklist, on_open):
        super().__init__()
        self.checklist = checklist
        self.setObjectName(f"card_{checklist.id}")
        self.setProperty("card", True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QGridLayout(self)
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.summary = wrapped_label(object_name="cardSummary")
        self.bar = QProgressBar()
        self.bar.setObjectName(f"bar_{checklist.id}")
        self.bar.setTextVisible(False)
        self.count = QLabel()
        self.count.setObjectName(f"count_{checklist.id}")
        self.count.setWordWrap(True)
        self.open = big_button(f"open_{checklist.id}")
        self.open.clicked.connect(lambda: on_open(checklist.id))
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.summary, 1, 0)
        layout.addWidget(self.bar, 2, 0)
        layout.addWidget(self.count, 3, 0)
        layout.addWidget(self.open, 0, 1, 4, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.setColumnStretch(0, 1)

    def refresh(self, session: Session, language: str) -> None:
        counts = calc.checklist_counts(self.checklist, session.profile, session.progress())
        title = self.checklist.title(language)
        self.title.setText(title)
        self.summary.setText(self.checklist.summary(language))
        self.bar.setRange(0, max(counts.total, 1))
        self.bar.setValue(counts.finished)
        done_text = self.tr("%1 of %2 steps finished").replace("%1", str(counts.finished)).replace(
            "%2", str(counts.total))
        self.count.setText(done_text)
        self.bar.setAccessibleName(self.tr("Progress: %1").replace("%1", title))
        self.bar.setAccessibleDescription(done_text)
        self.open.setText(self.tr("Continue") if 0 < counts.finished < counts.total else self.tr("Open"))
        self.open.setAccessibleName(self.tr("Open %1").replace("%1", title))


class DueBox(QFrame):
    """What needs doing again (payment limits, login devices, 一证通查 …) and when the profile was last reviewed."""

    def __init__(self, session: Session, open_item):
        super().__init__()
        self.session = session
        self.open_item = open_item
        self.setObjectName("dueBox")
        self.setProperty("card", True)
        self.layout_ = QVBoxLayout(self)
        self.reviewed = wrapped_label(object_name="lastReviewed")
        self.review_button = QPushButton()
        self.review_button.setObjectName("markReviewed")
        self.review_button.clicked.connect(self.mark_reviewed)
        self.due_label = wrapped_label(object_name="dueNotice")
        self.layout_.addWidget(self.reviewed)
        self.layout_.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(self.due_label)
        self.item_buttons: list[QPushButton] = []

    def mark_reviewed(self) -> None:
        self.session.mark_reviewed()

    def refresh(self) -> None:
        profile = self.session.profile
        language = profile.language
        if profile.last_reviewed_at:
            when = QLocale(language).toString(parse_iso(profile.last_reviewed_at).astimezone().date(),
                                      QLocale.FormatType.LongFormat)
            self.reviewed.setText(self.tr("Last reviewed: %1").replace("%1", when))
        else:
            self.reviewed.setText(self.tr("Not reviewed yet. Come back every few months to check what is due."))
        self.review_button.setText(self.tr("Mark as reviewed today"))
        self.review_button.setAccessibleName(self.tr("Mark this profile as reviewed today"))
        for button in self.item_buttons:
            button.deleteLater()
        self.item_buttons = []
        due = calc.due_items(self.session.content, profile, self.session.progress())
        self.due_label.setVisible(bool(due))
        self.due_label.setText(self.tr("These steps should be done again:"))
        for item in due:
            button = QPushButton(item.text(language).title)
            button.setObjectName(f"due_{item.id}")
            button.setAccessibleName(self.tr("Do again: %1").replace("%1", item.text(language).title))
            button.clicked.connect(lambda _c=False, i=item.id: self.open_item(i))
            self.layout_.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.item_buttons.append(button)


class OverviewPage(QScrollArea):
    openChecklist = Signal(str)
    openItem = Signal(str)

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.setObjectName("overviewPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setWordWrap(True)
        self.overall_bar = QProgressBar()
        self.overall_bar.setObjectName("overallBar")
        self.overall_bar.setTextVisible(False)
        self.overall_text = wrapped_label(object_name="overallText")
        layout.addWidget(self.heading)
        layout.addWidget(self.overall_bar)
        layout.addWidget(self.overall_text)
        self.due_box = DueBox(session, self.openItem.emit)
        layout.addWidget(self.due_box)
        self.cards = [ChecklistCard(c, self.openChecklist.emit) for c in session.content.checklists]
        for card in self.cards:
            layout.addWidget(card)
        layout.addStretch(1)
        self.setWidget(body)
        session.profileChanged.connect(lambda _p: self.refresh())
        session.progressChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        profile = self.session.profile
        if profile is None:
            return
        language = profile.language
        counts = calc.overall_counts(self.session.content, profile, self.session.progress())
        self.heading.setText(self.tr("Safety steps for %1").replace("%1", profile.name))
        self.overall_bar.setRange(0, max(counts.total, 1))
        self.overall_bar.setValue(counts.finished)
        text = self.tr("%1 of %2 steps finished (%3%)").replace("%1", str(counts.finished)).replace(
            "%2", str(counts.total)).replace("%3", str(counts.percent))
        self.overall_text.setText(text)
        self.overall_bar.setAccessibleName(self.tr("Overall progress"))
        self.overall_bar.setAccessibleDescription(text)
        for card in self.cards:
            card.refresh(self.session, language)
        self.due_box.refresh()
