"""The harassment log page: add, change and delete through the form (the store checked each time),
plain-words errors, a huge paste, CSV and PDF evidence, and ready-to-send reports with QR codes."""

import datetime as dt
import time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from app.core import harassment
from app.core.harassment import LogEntry, LogError
from test_keyboard_and_access import unnamed_controls
from test_numbers_page import open_page as open_numbers_page
from test_numbers_page import run, squash

SCAM = "【某银行】您的账户存在异常，请点击链接 http://x.cn 验证，否则冻结。"


def open_page(qtbot, make_window, region="CN", language="zh_CN"):
    from app.ui.harassment_page import HarassmentPage

    return open_numbers_page(qtbot, make_window, region, language, cls=HarassmentPage)


def stored(window):
    return harassment.list_entries(window.session.store, window.session.profile.id)


def fill(qtbot, page, number, kind, content="", action=""):
    page.number.clear()
    qtbot.keyClicks(page.number, number)
    page.kind.setCurrentIndex(page.kind.findData(kind))
    page.content.setPlainText(content)
    page.action.setText(action)  # QTest can only type ASCII: Chinese is set


def click(qtbot, button):
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select_row(qtbot, page, row):
    rect = page.table.visualItemRect(page.table.item(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_add_change_and_delete_through_the_form(qtbot, make_window):
    window, page = open_page(qtbot, make_window)
    assert page.empty.isVisibleTo(page) and not page.table.isVisibleTo(page)
    now = dt.datetime.now()
    assert abs(page.when.dateTime().toPython() - now) < dt.timedelta(minutes=2)  # defaults to now
    assert not page.save_button.isEnabled() and not page.delete_button.isEnabled()

    fill(qtbot, page, "138 0013 8000", "sms", SCAM, "没有点，拉黑了")
    page.when.setDateTime(dt.datetime(2026, 11, 22, 14, 30))
    click(qtbot, page.add_button)
    [entry] = stored(window)
    assert (entry.number, entry.occurred_at, entry.kind, entry.content, entry.action_taken) == (
        "138 0013 8000", "2026-11-22T14:30", "sms", SCAM, "没有点，拉黑了")
    assert page.table.rowCount() == 1 and page.table.item(0, 1).text() == "138 0013 8000"
    assert page.current_id == entry.id and page.save_button.isEnabled()  # the new entry is selected

    fill(qtbot, page, "021-55556666", "call", "自称法院，说我有传票。", "挂断")
    page.when.setDateTime(dt.datetime(2026, 11, 21, 9, 5))
    click(qtbot, page.new_button)  # "New entry" empties the form …
    assert page.number.text() == "" and page.current_id is None
    fill(qtbot, page, "021-55556666", "call", "自称法院，说我有传票。", "挂断")
    page.when.setDateTime(dt.datetime(2026, 11, 21, 9, 5))
    click(qtbot, page.add_button)
    assert len(stored(window)) == 2 and page.table.rowCount() == 2
    assert page.table.item(0, 0).text() == "2026-11-22 14:30"  # newest first

    select_row(qtbot, page, 0)
    assert page.number.text() == "138 0013 8000" and page.content.toPlainText() == SCAM
    assert page.kind.currentData() == "sms" and page.when.dateTime().toPython() == dt.datetime(2026, 11, 22, 14, 30)
    page.action.setText("已举报到 10086999")
    click(qtbot, page.save_button)
    changed = harassment.get_entry(window.session.store, window.session.profile.id, entry.id)
    assert changed.action_taken == "已举报到 10086999" and changed.content == SCAM and len(stored(window)) == 2

    click(qtbot, page.delete_button)  # asks first; Cancel keeps it
    box = page.findChild(QMessageBox, "confirmDeleteEntry")
    assert box is not None and box.isVisible()
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    assert len(stored(window)) == 2
    click(qtbot, page.delete_button)
    box = [b for b in page.findChildren(QMessageBox, "confirmDeleteEntry") if b.isVisible()][0]
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert [e.number for e in stored(window)] == ["021-55556666"]
    assert page.table.rowCount() == 1 and page.current_id is None


def test_an_edit_keeps_a_time_with_an_offset_unless_it_is_changed(qtbot, make_window):
    window, page = open_page(qtbot, make_window)
    saved = harassment.add_entry(window.session.store, window.session.profile.id,
                                 LogEntry(None, "13800138000", "2026-11-22T14:30+08:00", "call"))
    page.start()
    select_row(qtbot, page, 0)
    page.action.setText("挂断")
    click(qtbot, page.save_button)
    assert harassment.get_entry(window.session.store, window.session.profile.id, saved.id).occurred_at == \
        "2026-11-22T14:30+08:00"


@pytest.mark.parametrize("number, code", [("", "number-empty"), ("abc", "number-no-digits")])
def test_mistakes_are_plain_words_and_nothing_is_saved(qtbot, make_window, number, code):
    window, page = open_page(qtbot, make_window)
    fill(qtbot, page, number, "call")
    click(qtbot, page.add_button)
    assert stored(window) == []
    assert page.message.isVisibleTo(page)
    expected = {"number-empty": "Type the number that called or texted.",
                "number-no-digits": "The number must contain digits."}[code]
    assert page.message.text() == page.tr(expected)


def test_every_log_error_code_has_its_own_message(qtbot, make_window):
    _, page = open_page(qtbot, make_window)
    codes = ("number-empty", "number-no-digits", "number-too-long", "time-invalid", "kind-unknown",
             "content-too-long", "action-too-long", "not-found")
    texts = set()
    for code in codes:
        page._show_problem(LogError(code, "english"))
        assert page.message.text() and "english" not in page.message.text()
        texts.add(page.message.text())
    assert len(texts) == len(codes)
    assert "not-found" in harassment.__doc__  # the codes above are the core's


def test_a_huge_paste_is_cut_to_the_maximum_at_once(qtbot, make_window):
    window, page = open_page(qtbot, make_window)
    huge = "骗" * 2_000_000
    started = time.monotonic()
    mime = QMimeData()
    mime.setText(huge)
    page.content.setFocus()
    page.content.insertFromMimeData(mime)
    assert len(page.content.toPlainText()) == harassment.MAX_CONTENT
    assert page.message.isVisibleTo(page) and str(harassment.MAX_CONTENT) in page.message.text()
    QGuiApplication.clipboard().setText(huge)
    page.content.clear()
    page.content.insertPlainText("开头")
    page.content.paste()  # through the clipboard, as Ctrl+V does
    assert page.content.toPlainText().startswith("开头骗")
    assert len(page.content.toPlainText()) == harassment.MAX_CONTENT
    page.content.setPlainText("x" * (harassment.MAX_CONTENT + 10))  # set in code: cut as well
    assert len(page.content.toPlainText()) == harassment.MAX_CONTENT
    assert time.monotonic() - started < 10
    fill(qtbot, page, "13800138000", "sms")
    page.content.setPlainText("骗" * (harassment.MAX_CONTENT + 1))
    click(qtbot, page.add_button)
    assert len(stored(window)[0].content) == harassment.MAX_CONTENT


def test_csv_export_has_the_bom_and_the_chinese_intact(qtbot, make_window, tmp_path):
    _, page = open_page(qtbot, make_window)
    assert not page.csv_button.isEnabled()  # nothing to export yet
    fill(qtbot, page, "13800138000", "sms", SCAM, "=拉黑")
    click(qtbot, page.add_button)
    target = tmp_path / "log.csv"
    assert page.export_csv(str(target))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("日期时间,号码,类型")  # the profile's language
    assert SCAM in text and "短信" in text and "'=拉黑" in text  # a formula is defused


def test_pdf_export_is_real_text(qtbot, make_window, tmp_path):
    _, page = open_page(qtbot, make_window)
    fill(qtbot, page, "13800138000", "sms", SCAM + "\n人心见民", "拉黑")
    click(qtbot, page.add_button)
    target = tmp_path / "log.pdf"
    assert page.export_pdf(str(target))
    assert target.read_bytes().startswith(b"%PDF-")
    text = squash(run("pdftotext", "-raw", "-enc", "UTF-8", str(target), "-"))  # -raw: cell by cell
    assert "13800138000" in text and squash(SCAM) in text and "人心见民" in text and "拉黑" in text
    assert dt.date.today().isoformat() in text  # digits after Latin words survive in the text layer
    fonts = run("pdffonts", str(target)).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)


def test_a_report_for_a_mainland_text_is_ready_to_send_with_its_code(qtbot, make_window):
    window, page = open_page(qtbot, make_window)
    fill(qtbot, page, "+86 138 0013 8000", "sms", SCAM)
    click(qtbot, page.add_button)
    click(qtbot, page.report_button)
    assert page.views.currentWidget() is page.report_view
    assert not page.close_button.isVisibleTo(page) and page.back_button.isVisibleTo(page)
    by_channel = {card.report.channel.id: card for card in page.report_cards}
    mobile = by_channel["cn.mobile.sms"]
    assert mobile.report.body == "13800138000*" + SCAM  # 号码*内容, the message unedited
    assert mobile.report.payload == "SMSTO:10086999:13800138000*" + SCAM
    assert mobile.qr.payload() == mobile.report.payload and mobile.qr.isVisibleTo(page)
    assert "10086999" in mobile.text.text() and mobile.report.body in mobile.text.text()
    assert mobile.number.text() == "10086999"
    assert "10010999" in by_channel["cn.unicom.sms"].report.payload
    assert by_channel["cn.110"].qr.payload() == "tel:110"
    assert "10086999" in mobile.qr.accessibleName()
    assert unnamed_controls(page) == []
    click(qtbot, mobile.copy_button)
    assert QGuiApplication.clipboard().text() == mobile.report.body
    click(qtbot, page.back_button)
    assert page.views.currentWidget() is page.log_view and page.close_button.isVisibleTo(page)


def test_a_report_for_a_call_in_taiwan(qtbot, make_window):
    _, page = open_page(qtbot, make_window, "TW", "zh_TW")
    fill(qtbot, page, "0912 345 678", "call")
    click(qtbot, page.add_button)
    reports = page.make_report()
    assert [r.channel.id for r in reports][:1] == ["tw.165"]
    assert page.report_cards[0].qr.payload() == "tel:165"
    assert "0912345678" in page.report_cards[0].text.text()


def test_the_log_follows_the_profile_and_every_control_is_named(qtbot, make_window):
    from app.core.profiles import NewProfile

    window, page = open_page(qtbot, make_window)
    fill(qtbot, page, "13800138000", "call")
    click(qtbot, page.add_button)
    assert unnamed_controls(page) == []
    assert page.when.accessibleName() and page.table.accessibleName()
    window.session.create_profile(NewProfile("Dad", "CN", ("iphone",), "zh_CN"))
    assert page.table.rowCount() == 0 and page.current_id is None
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.add_button.text() == page.tr("Add")


def test_nothing_is_clipped_at_200_percent(qtbot, make_window):
    from PySide6.QtWidgets import QApplication

    from app.ui import style
    from layout_check import clipped_widgets

    _, page = open_page(qtbot, make_window)
    fill(qtbot, page, "13800138000", "sms", SCAM, "拉黑")
    click(qtbot, page.add_button)
    app = QApplication.instance()
    try:
        style.apply(app, 200)
        page.resize(800, 600)
        QCoreApplication.processEvents()
        qtbot.waitUntil(lambda: not clipped_widgets(page), timeout=3000)
        page.make_report()
        qtbot.waitUntil(lambda: not clipped_widgets(page), timeout=3000)
        assert all(card.qr.module_size() >= 2 for card in page.report_cards if card.report.payload)
    finally:
        style.apply(app, 100)
