"""The password and PIN pages: checked off the UI thread, masked, never copied, never saved."""

import keyring
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLineEdit

from conftest_helpers import create_first_profile

CHECKED = ["zhangwei1985", "Woaini@1314", "correct-Horse-battery-staple-9x", "ji32k7au4a83"]


def open_tool(qtbot, make_window, action, **kwargs):
    window = make_window(**kwargs)
    create_first_profile(qtbot, window)
    window.run_action(action)
    page = window.tools[action]
    assert window.pages.currentWidget() is page
    return window, page


def type_and_wait(qtbot, page, text):
    page.field.clear()
    qtbot.keyClicks(page.field, text)
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=5000)


def test_a_weak_chinese_password_is_called_weak_with_reasons(qtbot, make_window, memory_keyring):
    window, page = open_tool(qtbot, make_window, "password-checker")
    assert page.field.echoMode() == QLineEdit.EchoMode.Password
    type_and_wait(qtbot, page, "zhangwei1985")
    assert page.last_result.score <= 2 and page.meter.value() == page.last_result.score
    assert page.verdict.text() in ("Very weak: easy to guess", "Weak: easy to guess", "Not strong enough")
    assert page.meter.accessibleDescription() == page.verdict.text()
    assert page.warning.text() or page.suggestions.text()
    page.field.clear()
    qtbot.keyClicks(page.field, "Tq8!vN#2wX$pL7zR")
    qtbot.waitUntil(lambda: page.last_result is not None and page.last_result.score == 4, timeout=5000)
    assert page.verdict.text() == "Strong"


def test_personal_info_makes_the_check_stricter(qtbot, make_window, memory_keyring):
    _, page = open_tool(qtbot, make_window, "password-checker")
    type_and_wait(qtbot, page, "Lihua0315!x")
    before = page.last_result.guesses_log10
    page.last_result = None
    page.personal.name.setText("李华")
    page.personal.birthday.setText("1958-03-15")
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=5000)
    assert page.last_result.guesses_log10 < before


def test_show_hide_and_no_copy(qtbot, make_window, memory_keyring):
    _, page = open_tool(qtbot, make_window, "password-checker")
    QGuiApplication.clipboard().setText("untouched")
    qtbot.keyClicks(page.field, "secret-pass-1")
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert page.field.echoMode() == QLineEdit.EchoMode.Normal and page.show_button.text() == "Hide"
    page.field.selectAll()
    qtbot.keySequence(page.field, QKeySequence.StandardKey.Copy)
    qtbot.keySequence(page.field, QKeySequence.StandardKey.Cut)
    assert QGuiApplication.clipboard().text() == "untouched"
    assert page.field.text() == "secret-pass-1"
    assert page.field.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu


def test_the_field_is_cleared_when_leaving_and_when_minimised(qtbot, make_window, memory_keyring):
    window, page = open_tool(qtbot, make_window, "password-checker")
    qtbot.keyClicks(page.field, "secret-pass-1")
    page.personal.name.setText("张伟")
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.overview
    assert page.field.text() == "" and page.personal.name.text() == ""
    window.run_action("password-checker")
    qtbot.keyClicks(page.field, "secret-pass-2")
    window.showMinimized()
    qtbot.waitUntil(lambda: page.field.text() == "")


def test_reuse_warning_with_a_keyring(qtbot, make_window, memory_keyring):
    _, page = open_tool(qtbot, make_window, "password-checker")
    qtbot.waitUntil(lambda: page.remember_button.isEnabled(), timeout=5000)
    qtbot.keyClicks(page.field, "MyBank-pass-2024")
    page.label_field.setText("bank")
    qtbot.mouseClick(page.remember_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Remembered: bank" in page.reuse_status.text(), timeout=5000)
    page.last_result = None
    page.field.setText("MyBank-pass-2024 ")
    page.field.setText("MyBank-pass-2024")
    qtbot.waitUntil(lambda: page.reused.isVisibleTo(page), timeout=5000)
    assert "bank" in page.reused.text()
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Remembered" not in page.reuse_status.text(), timeout=5000)
    assert memory_keyring.secrets == {}


def test_without_a_keyring_the_reuse_warning_is_off_with_a_reason(qtbot, make_window):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        _, page = open_tool(qtbot, make_window, "password-checker")
        qtbot.waitUntil(lambda: "reuse warning is off" in page.reuse_status.text(), timeout=5000)
        assert not page.remember_button.isEnabled()
        type_and_wait(qtbot, page, "zhangwei1985")  # the check itself still works
    finally:
        keyring.set_keyring(previous)


def test_checked_passwords_never_reach_disk_or_keyring(qtbot, make_window, memory_keyring, tmp_path):
    window, page = open_tool(qtbot, make_window, "password-checker")
    qtbot.waitUntil(lambda: page.remember_button.isEnabled(), timeout=5000)
    for password in CHECKED:
        type_and_wait(qtbot, page, password)
    page.label_field.setText("email")
    qtbot.mouseClick(page.remember_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Remembered: email" in page.reuse_status.text(), timeout=5000)
    window.run_action("pin-checker")
    pin_page = window.tools["pin-checker"]
    type_and_wait(qtbot, pin_page, "583920")
    window.export_profile(str(tmp_path / "data" / "export.json"))
    window.close()
    files = [p for p in (tmp_path / "data").rglob("*") if p.is_file()]
    assert files
    for path in files:
        raw = path.read_bytes()
        for secret in CHECKED + ["583920"]:
            assert secret.encode() not in raw, f"{secret} found in {path.name}"
    for value in memory_keyring.secrets.values():
        assert all(secret not in value for secret in CHECKED)


def test_pin_page_names_the_reasons(qtbot, make_window):
    _, page = open_tool(qtbot, make_window, "pin-checker")
    type_and_wait(qtbot, page, "520520")
    assert not page.last_result.ok and page.verdict.text() == "Please choose another PIN:"
    assert page.reasons.text().startswith("• ")
    page.last_result = None
    page.personal.birthday.setText("1958-03-15")
    page.field.setText("150358")
    qtbot.waitUntil(lambda: page.last_result is not None and "pin-birthday" in page.last_result.reasons,
                    timeout=5000)
    page.last_result = None
    page.field.setText("583920")
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=5000)
    assert page.last_result.ok and "not one of the easy ones" in page.verdict.text()


def test_the_checkers_open_from_the_password_checklist(qtbot, make_window, shipped_content):
    window = make_window(content=shipped_content)
    create_first_profile(qtbot, window)
    window.step.open_checklist("passwords", "passwords.check-password")
    window.pages.setCurrentWidget(window.step)
    qtbot.mouseClick(window.step.action, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.tools["password-checker"]
    qtbot.mouseClick(window.tools["password-checker"].close_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.step
    window.step.open_checklist("passwords", "passwords.payment-pin")
    qtbot.mouseClick(window.step.action, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.tools["pin-checker"]
