"""The verification-code quiz, clicked through: answers, explanations, score, result kept."""

import random

from PySide6.QtCore import Qt

from conftest_helpers import create_first_profile


def open_quiz(qtbot, make_window, region_index=0):
    window = make_window()
    create_first_profile(qtbot, window, region_index=region_index)
    window.quiz_action.trigger()
    page = window.quiz_page
    page.rng = random.Random(7)
    page.start()
    assert window.pages.currentWidget() is page
    return window, page


def test_answer_every_question_right_and_keep_the_result(qtbot, make_window):
    window, page = open_quiz(qtbot, make_window)
    total = len(page.questions)
    assert total >= 8
    for n in range(total):
        question = page.current()
        assert page.position.text() == f"Question {n + 1} of {total}"
        assert not page.next_button.isEnabled()  # answer first
        right = page.order[question.id].index(question.correct_choice.id)
        qtbot.mouseClick(page.choice_buttons[right], Qt.MouseButton.LeftButton)
        assert page.verdict.text() == "Right!" and page.explanation.text() == question.explanation("en")
        assert not page.choice_buttons[0].isEnabled()  # one answer per question
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.prompt.text() == f"You answered {total} of {total} questions right."
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    assert window.session.store.quiz_results(window.session.profile.id)[0][:3] == ("code-quiz", total, total)
    assert not page.keep_button.isEnabled()


def test_a_wrong_answer_shows_the_right_one_and_counts(qtbot, make_window):
    window, page = open_quiz(qtbot, make_window)
    question = page.current()
    wrong = next(i for i, cid in enumerate(page.order[question.id]) if cid != question.correct_choice.id)
    qtbot.mouseClick(page.choice_buttons[wrong], Qt.MouseButton.LeftButton)
    assert page.verdict.text().startswith("Not quite")
    right = page.order[question.id].index(question.correct_choice.id)
    assert page.choice_buttons[right].text().startswith("✔")
    assert page.choice_buttons[wrong].text().startswith("✘")
    for _ in range(len(page.questions)):
        if page.current().id not in page.answers:
            qtbot.mouseClick(page.choice_buttons[0], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.result.correct < page.result.total
    assert question.id in page.result.wrong_ids


def test_region_decides_the_questions(qtbot, make_window):
    _, page = open_quiz(qtbot, make_window, region_index=1)  # Hong Kong
    assert all(q.applies_to("HK") for q in page.questions)
    assert "real-96110-call" not in [q.id for q in page.questions]


def test_the_quiz_opens_from_the_codes_checklist(qtbot, make_window, shipped_content):
    window = make_window(content=shipped_content)
    create_first_profile(qtbot, window)
    window.step.open_checklist("codes", "codes.quiz")
    window.pages.setCurrentWidget(window.step)
    assert window.step.action.isVisibleTo(window) and window.step.action.text() == "Practise with the quiz"
    qtbot.mouseClick(window.step.action, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.quiz_page
    qtbot.mouseClick(window.quiz_page.close_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.step
