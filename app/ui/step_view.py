"""The guided view: one step of a checklist at a time, with big Done / Not applicable / Later / Back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QTimer, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app.core import progress as calc
from app.core.content import Item
from app.core.profiles import MAX_NOTE, parse_iso
from app.ui import texts
from app.ui.session import Session
from app.ui.widgets import big_button, scrolling, wrapped_label

NOTE_SAVE_DELAY_MS = 600


class StepPage(QWidget):
    backToOverview = Signal()
    actionRequested = Signal(str)  # an item's in-app tool ("password-checker" …)
    leaveTogether = Signal()
    togetherRequested = Signal()

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.setObjectName("stepPage")
        self.checklist_id: str | None = None
        self.items: list[Item] = []
        self.index = 0
        self.available_actions: set[str] = set()

        self.overview_button = QPushButton()
        self.overview_button.setObjectName("toOverview")
        self.overview_button.clicked.connect(self._leave)
        self.position = QLabel()
        self.position.setObjectName("stepPosition")
        self.position.setWordWrap(True)
        self.together_button = QPushButton()
        self.together_button.setObjectName("togetherButton")
        self.together_button.clicked.connect(self._toggle_together)
        self.together = False
        top = QHBoxLayout()
        top.addWidget(self.overview_button)
        top.addWidget(self.position, 1)
        top.addWidget(self.together_button)

        self.section_progress = wrapped_label(object_name="sectionProgress")
        self.title = wrapped_label(object_name="stepTitle")
        self.meta = wrapped_label(object_name="stepMeta")
        self.changed = wrapped_label(object_name="changedNotice")
        self.why_heading = QLabel()
        self.why = wrapped_label(object_name="stepWhy")
        self.how_heading = QLabel()
        self.steps = wrapped_label(object_name="stepSteps")
        self.confirm_heading = QLabel()
        self.confirm = wrapped_label(object_name="stepConfirm")
        self.action = big_button("stepAction")
        self.action.clicked.connect(lambda: self.actionRequested.emit(self.current().action))
        self.note_heading = QLabel()
        self.note = QPlainTextEdit()
        self.note.setObjectName("stepNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.sources = wrapped_label(object_name="stepSources")
        for heading in (self.why_heading, self.how_heading, self.confirm_heading, self.note_heading):
            heading.setProperty("heading", True)
            heading.setWordWrap(True)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(8)
        for widget in (self.section_progress, self.title, self.meta, self.changed, self.why_heading, self.why, self.how_heading,
                       self.steps, self.confirm_heading, self.confirm, self.action, self.note_heading,
                       self.note, self.sources):
            column.addWidget(widget)
        column.addStretch(1)
        self.scroll = scrolling(body)

        self.back = big_button("backButton")
        self.later = big_button("laterButton")
        self.na = big_button("naButton")
        self.done = big_button("doneButton")
        self.done.setDefault(True)
        self.back.clicked.connect(self.previous)
        self.later.clicked.connect(lambda: self.mark("later"))
        self.na.clicked.connect(lambda: self.mark("na"))
        self.done.clicked.connect(lambda: self.mark("done"))
        buttons = QHBoxLayout()
        for button in (self.back, self.later, self.na, self.done):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        for a, b in ((self.overview_button, self.together_button), (self.together_button, self.action), (self.action, self.note), (self.note, self.back),
                     (self.back, self.later), (self.later, self.na), (self.na, self.done)):
            QWidget.setTabOrder(a, b)

        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.save_note)
        self.note.textChanged.connect(self._note_timer.start)
        session.profileChanged.connect(self._profile_changed)
        session.progressChanged.connect(lambda item_id: self.refresh() if self.items and
                                        item_id == self.current().id else None)
        self.retranslate()

    # -- navigation --------------------------------------------------------------------------
    def open_checklist(self, checklist_id: str, item_id: str | None = None) -> bool:
        profile = self.session.profile
        checklist = self.session.content.checklist(checklist_id)
        items = calc.applicable(checklist.items, profile)
        if not items:
            return False
        self.checklist_id = checklist_id
        self.items = items
        ids = [i.id for i in items]
        if item_id in ids:
            self.index = ids.index(item_id)
        else:
            first = calc.next_open_item(items, self.session.progress())
            self.index = first if first is not None else 0
        self.refresh()
        self.done.setFocus()
        return True

    def current(self) -> Item:
        return self.items[self.index]

    def mark(self, state: str) -> None:
        self.save_note()
        if not self.session.set_state(self.current().id, state):
            self.refresh()  # not saved: show what the store holds
            return
        if self.index + 1 < len(self.items):
            self.index += 1
            self.refresh()
            self.done.setFocus()
        else:
            self.backToOverview.emit()

    def previous(self) -> None:
        self.save_note()
        if self.index > 0:
            self.index -= 1
            self.refresh()

    def save_note(self) -> None:
        self._note_timer.stop()
        if self.items:
            self.session.set_note(self.current().id, self.note.toPlainText()[:MAX_NOTE])

    def _leave(self) -> None:
        self.save_note()
        self.backToOverview.emit()

    def _toggle_together(self) -> None:
        if self.together:
            self.leaveTogether.emit()
        else:
            self.togetherRequested.emit()

    def set_together(self, on: bool) -> None:
        """One step per screen in very large print; the helper's note and the sources are hidden."""
        self.save_note()
        self.together = on
        self.setProperty("together", on)
        for widget in (self.note_heading, self.note, self.sources, self.overview_button):
            widget.setVisible(not on)
        self.style().unpolish(self)
        self.style().polish(self)
        for child in self.findChildren(QWidget):
            child.style().unpolish(child)
            child.style().polish(child)
        self.retranslate()

    def _profile_changed(self, profile) -> None:
        if profile is not None and self.checklist_id:
            current = self.current().id if self.items else None
            if not self.open_checklist(self.checklist_id, current):
                self.items = []

    # -- showing -----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.together_button.setText(self.tr("Finish doing it together") if self.together
                                     else self.tr("Do it together"))
        self.together_button.setAccessibleName(self.together_button.text())
        self.overview_button.setText(self.tr("All checklists"))
        self.overview_button.setAccessibleName(self.tr("Back to all checklists"))
        self.why_heading.setText(self.tr("Why"))
        self.how_heading.setText(self.tr("What to do"))
        self.confirm_heading.setText(self.tr("How to check it is done"))
        self.note_heading.setText(self.tr("Your note (optional)"))
        self.note.setAccessibleName(self.tr("Your note for this step"))
        self.back.setText(self.tr("Back"))
        self.back.setAccessibleName(self.tr("Back to the previous step"))
        self.later.setText(self.tr("Later"))
        self.later.setAccessibleName(self.tr("Do this step later"))
        self.na.setText(self.tr("Not applicable"))
        self.na.setAccessibleName(self.tr("This step does not apply"))
        self.done.setText(self.tr("Done"))
        self.done.setAccessibleName(self.tr("I have done this step"))
        self.action.setText(self._action_text())
        self.action.setAccessibleName(self.action.text())
        if self.items:
            self.refresh()

    def _action_text(self) -> str:
        action = self.current().action if self.items else None
        return {
            "password-checker": self.tr("Check a password now"),
            "pin-checker": self.tr("Check a payment PIN now"),
            "code-quiz": self.tr("Practise with the quiz"),
            "harassment-log": self.tr("Open the harassment log"),
            "handout": self.tr("Make the printed plan"),
        }.get(action or "", "")

    def refresh(self) -> None:
        if not self.items or self.session.profile is None:
            return
        item = self.current()
        profile = self.session.profile
        language = profile.language
        text = item.text(language)
        entry = self.session.progress().get(item.id)
        checklist = self.session.content.checklist(self.checklist_id)
        section = next(s for s in checklist.sections if s.id == item.section_id)

        self.position.setText(self.tr("%1 · Step %2 of %3 · %4").replace("%1", checklist.title(language)).replace(
            "%2", str(self.index + 1)).replace("%3", str(len(self.items))).replace("%4", section.title(language)))
        part = calc.section_counts(section, profile, self.session.progress())
        self.section_progress.setText(self.tr("In this part: %1 of %2 steps finished").replace(
            "%1", str(part.finished)).replace("%2", str(part.total)))
        self.title.setText(text.title)
        state = calc.state_of(item, self.session.progress())
        if entry and state != "todo":
            when = QLocale(language).toString(parse_iso(entry.changed_at).astimezone().date(), QLocale.FormatType.LongFormat)
            status = self.tr("Status: %1 (%2)").replace("%1", texts.state_name(state)).replace("%2", when)
        else:
            status = self.tr("Status: %1").replace("%1", texts.state_name("todo"))
        self.meta.setText(self.tr("%1 · %2").replace("%1", texts.priority_name(item.priority)).replace("%2", status))
        self.changed.setVisible(calc.changed_since_checked(item, entry))
        self.changed.setText(self.tr("This advice changed since you checked it. Please look at it again."))
        self.why.setText(text.why)
        self.steps.setText(self._steps_text(item, language, profile.platforms))
        self.confirm.setText(text.confirm)
        self.action.setVisible(item.action in self.available_actions)
        self.action.setText(self._action_text())
        self.action.setAccessibleName(self.action.text())
        self.note.blockSignals(True)
        if self.note.toPlainText() != (entry.note if entry else ""):
            self.note.setPlainText(entry.note if entry else "")
        self.note.blockSignals(False)
        sources = "\n".join(f"• {s.title} — {s.url}" for s in item.sources)
        reviewed = QLocale(language).toString(item.reviewed, QLocale.FormatType.LongFormat)
        self.sources.setText(self.tr("Sources (last checked %1):").replace("%1", reviewed) + "\n" + sources)
        self.back.setEnabled(self.index > 0)
        for label in (self.section_progress, self.title, self.why, self.steps, self.confirm, self.meta,
                      self.changed):
            label.setAccessibleName(label.text()[:200])
        self.scroll.verticalScrollBar().setValue(0)

    def _steps_text(self, item: Item, language: str, platforms) -> str:
        groups = item.steps_for_platforms(language, platforms)
        lines: list[str] = []
        for group_platforms, steps in groups:
            if len(groups) > 1 and group_platforms:
                names = QLocale(language).createSeparatedList([texts.platform_name(p) for p in group_platforms])
                lines.append(self.tr("On %1:").replace("%1", names))
            elif len(groups) > 1:
                lines.append(self.tr("On other phones:"))
            lines += [f"{n}. {step}" for n, step in enumerate(steps, 1)]
            lines.append("")
        return "\n".join(lines).strip()
