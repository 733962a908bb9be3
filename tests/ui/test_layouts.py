"""No clipped text in the main views: with every string stretched by 40%, and at 200% text size."""

import pytest
from PySide6.QtCore import QCoreApplication

from conftest_helpers import create_first_profile
from layout_check import PseudoTranslator, clipped_widgets


def settled_problems(qtbot, root):
    """Let pending events run (a language or size change re-translates and re-lays out asynchronously)."""
    QCoreApplication.processEvents()
    try:
        qtbot.waitUntil(lambda: not clipped_widgets(root), timeout=1500)
    except qtbot.TimeoutError:
        pass
    return clipped_widgets(root)


def visit_main_views(qtbot, window):
    """Yield (name, widget) for the welcome page, overview, a guided step and the quiz."""
    yield "welcome", window
    create_first_profile(qtbot, window, platforms=("iphone", "huawei"))
    yield "overview", window
    window.open_checklist("old-phone")
    yield "step", window
    for tool in ("code-quiz", "password-checker", "pin-checker", "key-numbers", "harassment-log", "handout"):
        window.run_action(tool)
        yield tool, window


@pytest.mark.parametrize("size", [(1000, 760), (800, 600)])
def test_pseudo_translation_clips_nothing(qtbot, make_window, shipped_content, size):
    window = make_window(content=shipped_content)
    pseudo = PseudoTranslator()
    QCoreApplication.instance().installTranslator(pseudo)
    try:
        window.resize(*size)
        problems = {}
        for name, root in visit_main_views(qtbot, window):
            found = settled_problems(qtbot, root)
            if found:
                problems[name] = found
        assert window.step.done.text().startswith("[Done")  # the pseudo-translation is active
        assert problems == {}
    finally:
        QCoreApplication.instance().removeTranslator(pseudo)


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_200_percent_text_clips_nothing(qtbot, make_window, shipped_content, language):
    window = make_window(content=shipped_content)
    window.set_text_scale(200)
    window.resize(1000, 760)
    window.welcome.form.language.setCurrentIndex(["zh_CN", "zh_TW", "en"].index(language))
    problems = {}
    for name, root in visit_main_views(qtbot, window):
        found = settled_problems(qtbot, root)
        if found:
            problems[name] = found
    assert problems == {}
    window.set_text_scale(100)
