"""Check a password: masked field, a meter in colour and words, reasons and suggestions, personal
info, and the opt-in reuse warning. Checks run off the UI thread; nothing typed is ever saved."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout

from app.core.password import estimate_strength, warm_up
from app.core.reuse import ReuseGuard, ReuseUnavailable
from app.ui.check_page import CheckPage
from app.ui.personal_fields import PersonalFields
from app.ui.session import Session
from app.ui.widgets import wrapped_label
from app.ui.worker import LatestOnly

DEBOUNCE_MS = 250
METER_COLOURS = ("#b3261e", "#c4501b", "#a36a00", "#2e7d32", "#1b5e20")


def _check(password: str, personal, language: str, guard: ReuseGuard | None, profile_id: int | None):
    """Runs on the worker thread."""
    result = estimate_strength(password, personal, language)
    reused: list[str] = []
    if guard is not None and profile_id is not None:
        try:
            reused = guard.reused_as(profile_id, password)
        except ReuseUnavailable:
            reused = []
    return result, reused


class PasswordPage(CheckPage):
    def __init__(self, session: Session):
        super().__init__(session, "password", PersonalFields(with_words=True), debounce_ms=DEBOUNCE_MS)
        self.guard = ReuseGuard(session.store)
        self.reuse_ok = False
        self.reuse_worker = LatestOnly(self)
        self.reuse_worker.ready.connect(self._reuse_state)
        self.reuse_worker.failed.connect(lambda exc: self._reuse_state((False, getattr(exc, "reason", "error"))))
        self.field.setMaxLength(10_000)  # a huge paste is cut, not a hang
        self.meter = QProgressBar(objectName="strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.verdict = QLabel(objectName="strengthWords")
        self.verdict.setProperty("heading", True)
        self.verdict.setWordWrap(True)
        self.crack_time = wrapped_label(object_name="crackTime")
        self.warning = wrapped_label(object_name="strengthWarning")
        self.suggestions = wrapped_label(object_name="strengthSuggestions")
        self.reused = wrapped_label(object_name="reusedWarning")
        self.reused.setProperty("heading", True)
        for widget in (self.meter, self.verdict, self.crack_time, self.reused, self.warning, self.suggestions):
            self.column.addWidget(widget)
        self.finish_layout(self._build_reuse_box())
        self.retranslate()
        self.worker.submit(warm_up)  # load zxcvbn and the word lists now, off the UI thread

    def _build_reuse_box(self) -> QFrame:
        self.reuse_box = QFrame(objectName="reuseBox")
        self.reuse_box.setProperty("card", True)
        reuse = QVBoxLayout(self.reuse_box)
        self.reuse_title = QLabel()
        self.reuse_title.setProperty("heading", True)
        self.reuse_status = wrapped_label(object_name="reuseStatus")
        self.label_field = QLineEdit(objectName="reuseLabel")
        self.remember_button = QPushButton(objectName="reuseRemember")
        self.remember_button.clicked.connect(self.remember)
        self.forget_button = QPushButton(objectName="reuseForget")
        self.forget_button.clicked.connect(self.forget_all)
        line = QHBoxLayout()
        line.addWidget(self.label_field, 1)
        line.addWidget(self.remember_button)
        for widget in (self.reuse_title, self.reuse_status):
            reuse.addWidget(widget)
        reuse.addLayout(line)
        reuse.addWidget(self.forget_button)
        return self.reuse_box

    def submit_check(self, text: str) -> None:
        profile_id = self.session.profile.id if self.session.profile else None
        self.worker.submit(_check, text, self.personal.value(), self.language,
                           self.guard if self.reuse_ok else None, profile_id)

    def show_result(self, outcome) -> None:
        result, reused = outcome if isinstance(outcome, tuple) else (None, [])
        self.last_result = result
        score = result.score if result else 0
        self.meter.setValue(score if result else 0)
        colour = METER_COLOURS[score]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        words = self._score_words(result)
        self.verdict.setText(words)
        self.meter.setAccessibleName(self.tr("Password strength"))
        self.meter.setAccessibleDescription(words)
        self.crack_time.setVisible(result is not None)
        self.warning.setVisible(bool(result and result.warning))
        self.suggestions.setVisible(bool(result and result.suggestions))
        if result:
            self.crack_time.setText(self.tr("Time to guess it: %1").replace("%1", result.crack_time))
            self.warning.setText(result.warning)
            self.suggestions.setText("\n".join(f"• {s}" for s in result.suggestions))
        self.reused.setVisible(bool(reused))
        if reused:
            self.reused.setText(self.tr("You already use this password for: %1. Use a different one here.")
                                .replace("%1", ", ".join(reused)))
        for label in (self.crack_time, self.warning, self.suggestions, self.reused):
            label.setAccessibleName(label.text()[:200])

    def _score_words(self, result) -> str:
        if result is None:
            return self.tr("Type a password to check it.")
        return (self.tr("Very weak: easy to guess"), self.tr("Weak: easy to guess"),
                self.tr("Not strong enough"), self.tr("Good"), self.tr("Strong"))[result.score]

    # -- reuse warning -------------------------------------------------------------------------
    def refresh_reuse(self) -> None:
        self.reuse_worker.submit(self._availability)

    def _availability(self):
        state = self.guard.available()
        return state.ok, state.reason

    def _reuse_state(self, state) -> None:
        self.reuse_ok, reason = state
        self.label_field.setEnabled(self.reuse_ok)
        self.remember_button.setEnabled(self.reuse_ok)
        self.forget_button.setEnabled(self.reuse_ok)
        if self.reuse_ok:
            labels = self.guard.labels(self.session.profile.id) if self.session.profile else []
            self.reuse_status.setText(self.tr("Give this password a name, for example “bank”. SafeSteps keeps only "
                                              "a fingerprint, locked with a key in this computer's keyring, and "
                                              "warns you if you use the same password again.")
                                      + ("\n" + self.tr("Remembered: %1").replace("%1", ", ".join(labels))
                                         if labels else ""))
        elif reason == "locked":
            self.reuse_status.setText(self.tr("The reuse warning is off: the system keyring is locked. "
                                              "Unlock it (log in again), then come back."))
        else:
            self.reuse_status.setText(self.tr("The reuse warning is off: this computer has no system keyring "
                                              "SafeSteps can use. Everything else works."))
        self.reuse_status.setAccessibleName(self.reuse_status.text()[:200])

    def remember(self) -> None:
        label, password = self.label_field.text().strip(), self.field.text()
        if not (label and password and self.session.profile):
            self.reuse_status.setText(self.tr("Type a password and a name for it first."))
            return
        pid = self.session.profile.id
        self.reuse_worker.submit(self._remember_then_state, pid, label, password)
        self.label_field.clear()

    def _remember_then_state(self, pid, label, password):
        self.guard.remember(pid, label, password)
        return True, ""

    def forget_all(self) -> None:
        self.reuse_worker.submit(self._forget_then_state)

    def _forget_then_state(self):
        self.guard.forget_all()
        return True, ""

    # -- privacy -------------------------------------------------------------------------------
    def wipe(self) -> None:
        if hasattr(self, "reuse_worker"):
            self.reuse_worker.cancel()  # a late answer must not touch a closed store
            self.label_field.clear()
        super().wipe()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh_reuse()

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Back"))
        self.close_button.setAccessibleName(self.tr("Close the password check"))
        self.heading.setText(self.tr("Check a password"))
        self.privacy.setText(self.tr("The check happens on this computer only. What you type is never saved, "
                                     "and it is cleared when you leave this page."))
        self.field.setAccessibleName(self.tr("Password to check"))
        self.show_button.setText(self.tr("Hide") if self.show_button.isChecked() else self.tr("Show"))
        self.show_button.setAccessibleName(self.tr("Show or hide the password"))
        self.reuse_title.setText(self.tr("Warn me if I use a password twice"))
        self.label_field.setPlaceholderText(self.tr("Name, for example “bank”"))
        self.label_field.setAccessibleName(self.tr("Name for this password"))
        self.remember_button.setText(self.tr("Remember"))
        self.remember_button.setAccessibleName(self.tr("Remember this password's fingerprint"))
        self.forget_button.setText(self.tr("Forget all"))
        self.forget_button.setAccessibleName(self.tr("Forget all remembered fingerprints and the key"))
        super().retranslate()
