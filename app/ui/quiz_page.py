"""The verification-code quiz: one scenario at a time, an explanation after each answer, a score."""

from __future__ import annotations

import random

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.quiz import Question, Quiz, score
from app.ui.session import Session
from app.ui.widgets import WrapButton, big_button, scrolling, wrapped_label


class QuizPage(QWidget):
    finished = Signal()

    def __init__(self, session: Session, quiz: Quiz, rng: random.Random | None = None):
        super().__init__()
        self.session = session
        self.quiz = quiz
        self.rng = rng or random.Random()
        self.setObjectName("quizPage")
        self.questions: list[Question] = []
        self.order: dict[str, list[str]] = {}
        self.answers: dict[str, str] = {}
        self.index = 0

        self.close_button = QPushButton()
        self.close_button.setObjectName("quizClose")
        self.close_button.clicked.connect(self.finished)
        self.position = QLabel()
        self.position.setObjectName("quizPosition")
        top = QHBoxLayout()
        top.addWidget(self.close_button)
        top.addWidget(self.position, 1)
        self.heading = wrapped_label(object_name="pageHeading")
        self.prompt = wrapped_label(object_name="quizPrompt")
        self.choice_buttons = [WrapButton(f"choice_{i}") for i in range(4)]
        for i, button in enumerate(self.choice_buttons):
            button.clicked.connect(lambda _c=False, i=i: self.answer(i))
        self.verdict = wrapped_label(object_name="quizVerdict")
        self.verdict.setProperty("heading", True)
        self.explanation = wrapped_label(object_name="quizExplanation")
        self.next_button = big_button("quizNext")
        self.next_button.clicked.connect(self.next)
        self.keep_button = big_button("quizKeep")
        self.keep_button.clicked.connect(self.keep_result)
        self.again_button = big_button("quizAgain")
        self.again_button.clicked.connect(self.start)

        body = QWidget()
        column = QVBoxLayout(body)
        for widget in (self.heading, self.prompt, *self.choice_buttons, self.verdict, self.explanation):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = scrolling(body)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        for button in (self.again_button, self.keep_button, self.next_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.result = None

    @property
    def language(self) -> str:
        return self.session.profile.language if self.session.profile else "en"

    def start(self) -> None:
        region = self.session.profile.region if self.session.profile else "OTHER"
        self.questions = self.quiz.questions_for(region)
        self.order = {}
        for question in self.questions:
            ids = [c.id for c in question.choices]
            self.rng.shuffle(ids)  # the right answer is not always in the same place
            self.order[question.id] = ids
        self.answers = {}
        self.index = 0
        self.result = None
        self.show_question()

    def current(self) -> Question:
        return self.questions[self.index]

    def answer(self, position: int) -> None:
        question = self.current()
        if question.id in self.answers:
            return
        choice_id = self.order[question.id][position]
        self.answers[question.id] = choice_id
        self.show_question()
        self.next_button.setFocus()

    def next(self) -> None:
        if self.index + 1 < len(self.questions):
            self.index += 1
            self.show_question()
            self.choice_buttons[0].setFocus()
        else:
            self.result = score(self.questions, self.answers, self.quiz.id)
            self.show_result()

    def keep_result(self) -> None:
        if self.result and self.session.add_quiz_result(self.result.quiz_id, self.result.correct,
                                                        self.result.total):
            self.keep_button.setEnabled(False)
            self.keep_button.setText(self.tr("Result kept"))
            self.keep_button.setAccessibleName(self.keep_button.text())

    # -- showing -----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.questions:
            self.show_result() if self.result else self.show_question()
        super().changeEvent(event)

    def _chrome(self) -> None:
        self.close_button.setText(self.tr("Close the quiz"))
        self.close_button.setAccessibleName(self.close_button.text())
        self.heading.setText(self.quiz.title(self.language))

    def show_question(self) -> None:
        self._chrome()
        question = self.current()
        language = self.language
        self.position.setText(self.tr("Question %1 of %2").replace("%1", str(self.index + 1)).replace(
            "%2", str(len(self.questions))))
        self.prompt.setText(question.prompt(language))
        self.prompt.setAccessibleName(self.prompt.text()[:200])
        answered = self.answers.get(question.id)
        for i, button in enumerate(self.choice_buttons):
            ids = self.order[question.id]
            button.setVisible(i < len(ids))
            if i >= len(ids):
                continue
            choice = question.choice(ids[i])
            mark = ""
            if answered:
                mark = "✔ " if choice.correct else ("✘ " if choice.id == answered else "")
            button.setText(mark + choice.text(language))
            button.setAccessibleName(self.tr("Answer %1: %2").replace("%1", str(i + 1)).replace(
                "%2", mark + choice.text(language)))
            button.setEnabled(not answered)
        self.verdict.setVisible(bool(answered))
        self.explanation.setVisible(bool(answered))
        if answered:
            self.verdict.setText(self.tr("Right!") if question.is_correct(answered)
                                 else self.tr("Not quite. The right answer is marked ✔."))
            self.explanation.setText(question.explanation(language))
            self.verdict.setAccessibleName(self.verdict.text())
        last = self.index + 1 == len(self.questions)
        self.next_button.setText(self.tr("See my score") if last else self.tr("Next question"))
        self.next_button.setAccessibleName(self.next_button.text())
        self.next_button.setVisible(True)
        self.next_button.setEnabled(bool(answered))
        self.keep_button.hide()
        self.again_button.hide()

    def show_result(self) -> None:
        self._chrome()
        result = self.result
        self.position.setText("")
        self.prompt.setText(self.tr("You answered %1 of %2 questions right.").replace(
            "%1", str(result.correct)).replace("%2", str(result.total)))
        self.prompt.setAccessibleName(self.prompt.text())
        for button in self.choice_buttons:
            button.hide()
        self.verdict.setVisible(True)
        self.verdict.setText(self.tr("Well done! Remember: never tell anyone a verification code.")
                             if result.all_correct else
                             self.tr("Remember: never tell anyone a verification code. Try again to practise."))
        self.verdict.setAccessibleName(self.verdict.text())
        self.explanation.hide()
        self.next_button.hide()
        self.keep_button.setVisible(self.session.profile is not None)
        self.keep_button.setEnabled(True)
        self.keep_button.setText(self.tr("Keep this result on the profile"))
        self.keep_button.setAccessibleName(self.keep_button.text())
        self.again_button.show()
        self.again_button.setText(self.tr("Try again"))
        self.again_button.setAccessibleName(self.again_button.text())
        self.again_button.setFocus()
