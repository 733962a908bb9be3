"""The in-app tools a checklist step or the Tools menu opens. Each is a page with a `finished`
signal (and an optional `start()`), built on first use so that start-up loads none of them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.session import Session

ACTIONS: tuple[str, ...] = ("password-checker", "pin-checker", "code-quiz", "key-numbers", "harassment-log",
                            "handout")


def build(action: str, session: Session) -> QWidget:
    if action == "code-quiz":
        from app.core.quiz import load_quiz
        from app.ui.quiz_page import QuizPage

        return QuizPage(session, load_quiz())
    if action == "password-checker":
        from app.ui.password_page import PasswordPage

        return PasswordPage(session)
    if action == "pin-checker":
        from app.ui.pin_page import PinPage

        return PinPage(session)
    if action == "key-numbers":
        from app.ui.numbers_page import NumbersPage

        return NumbersPage(session)
    if action == "harassment-log":
        from app.ui.harassment_page import HarassmentPage

        return HarassmentPage(session)
    if action == "handout":
        from app.ui.handout_page import HandoutPage

        return HandoutPage(session)
    raise KeyError(action)
