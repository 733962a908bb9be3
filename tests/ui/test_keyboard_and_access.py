"""Keyboard-only use and accessible names for every control."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit,
                               QProgressBar, QWidget)

from conftest_helpers import create_first_profile

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QProgressBar, QCheckBox)


def unnamed_controls(root):
    missing = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, CONTROLS) and widget.isVisibleTo(root):
            iface = QAccessible.queryAccessibleInterface(widget)
            if not iface.text(QAccessible.Text.Name).strip():
                missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_visible_control_has_an_accessible_name(qtbot, make_window):
    window = make_window()
    assert unnamed_controls(window) == []  # welcome page
    create_first_profile(qtbot, window)
    assert unnamed_controls(window) == []  # overview
    window.open_checklist("sample")
    assert unnamed_controls(window) == []  # guided step


def press(qtbot, key, widget=None):
    qtbot.keyClick(widget or QApplication.focusWidget(), key)


def tab_to(qtbot, window, target, limit=40):
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def test_the_whole_flow_works_with_the_keyboard_alone(qtbot, make_window):
    window = make_window()
    window.activateWindow()
    window.welcome.form.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.welcome.form.name)
    qtbot.keyClicks(window.welcome.form.name, "Mum")
    tab_to(qtbot, window, window.welcome.form.platform_boxes["iphone"])
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, window, window.welcome.start)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.overview)
    assert window.session.profile.platforms == ("iphone",)

    tab_to(qtbot, window, window.overview.cards[0].open)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.step)
    assert QApplication.focusWidget() is window.step.done  # ready for the next tick
    press(qtbot, Qt.Key.Key_Space)
    assert window.session.progress()["sample.backup"].state == "done"
    tab_to(qtbot, window, window.step.na)
    press(qtbot, Qt.Key.Key_Space)
    assert window.session.progress()["sample.iphone-only"].state == "na"
    tab_to(qtbot, window, window.step.overview_button)
    press(qtbot, Qt.Key.Key_Space)
    assert window.pages.currentWidget() is window.overview
