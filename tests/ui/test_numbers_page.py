"""Key numbers and QR codes: the region's channels as cards, the bank's number, codes saved as PNG
and SVG that a real decoder reads, and a printout with real text."""

import re
import subprocess

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QScrollArea

from app.core.content import REGIONS
from app.core.i18n import LANGUAGES
from conftest_helpers import create_first_profile
from layout_check import clipped_widgets
from test_keyboard_and_access import unnamed_controls
from system_tools import require_tool


def tool(name: str) -> str:
    return require_tool(name, "poppler-utils zbar-tools")


def run(*command) -> str:
    result = subprocess.run([tool(command[0]), *command[1:]], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return result.stdout.decode("utf-8")


def decode(image) -> set[str]:
    """Every QR payload zbarimg finds in the picture (none: an empty set)."""
    # no -Sbinary here: with it zbarimg runs several codes together without a separator
    result = subprocess.run([tool("zbarimg"), "--raw", "-q", str(image)], capture_output=True, timeout=60)
    assert result.returncode in (0, 4), result.stderr.decode("utf-8", "replace")  # 4: no code found
    return set(result.stdout.decode("utf-8").split())


def number_points(label) -> float:
    return float(re.search(r"font-size: ([0-9.]+)pt", label.styleSheet()).group(1))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def open_page(qtbot, make_window, region="CN", language="zh_CN", cls=None):
    from app.ui.numbers_page import NumbersPage

    window = make_window()
    window.welcome.form.language.setCurrentIndex(LANGUAGES.index(language))
    create_first_profile(qtbot, window, region_index=REGIONS.index(region))
    assert window.session.profile.region == region and window.session.profile.language == language
    page = (cls or NumbersPage)(window.session)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    qtbot.waitExposed(page)
    page.start()
    return window, page


def test_a_mainland_profile_sees_110_96110_12321_and_the_carriers(qtbot, make_window):
    _, page = open_page(qtbot, make_window, "CN", "zh_CN")
    cards = page.cards
    assert {"cn.110", "cn.96110", "cn.12321.phone", "cn.mobile.sms", "cn.unicom.sms", "cn.telecom.sms"} <= set(cards)
    assert list(cards)[:2] == ["cn.110", "cn.96110"]  # emergency first, then the warning line
    expected = {"cn.110": "tel:110", "cn.96110": "tel:96110", "cn.12321.phone": "tel:01012321",
                "cn.mobile.sms": "SMSTO:10086999:", "cn.unicom.sms": "SMSTO:10010999:",
                "cn.telecom.sms": "SMSTO:10000999:"}
    for key, payload in expected.items():
        card = cards[key]
        assert card.qr.payload() == payload and card.qr.matrix
        assert card.number.text() == card.code.number and card.number.isVisibleTo(page)
        assert card.title.text() == card.code.name and "举报" in cards["cn.mobile.sms"].title.text()
        assert card.tr("Scan with the phone's camera, not WeChat.") in card.hint.text()
        assert card.code.number in card.qr.accessibleName()
        assert card.qr.accessibleDescription()
    assert card.tr("The phone will not call by itself: tap Call.") in cards["cn.110"].hint.text()
    assert card.tr("The phone will not send the text by itself: tap Send.") in cards["cn.mobile.sms"].hint.text()
    assert number_points(cards["cn.110"].number) > page.font().pointSizeF() * 1.5  # large print
    assert cards["cn.telecom.sms"].caution.isVisibleTo(page)  # unverified: said so
    assert not cards["cn.110"].caution.isVisibleTo(page)
    assert "cn.12321.email" not in cards and "cn.12321.web" not in cards  # calls and texts only


@pytest.mark.parametrize("region, language, keys, without_code", [
    ("TW", "zh_TW", ["tw.110", "tw.165", "tw.111"], {"tw.111"}),
    ("HK", "zh_TW", ["hk.999", "hk.18222"], set()),
    ("OTHER", "en", ["other.police", "other.carrier", "other.uk-7726"], {"other.police", "other.carrier"}),
])
def test_other_regions_get_their_own_numbers(qtbot, make_window, region, language, keys, without_code):
    _, page = open_page(qtbot, make_window, region, language)
    assert sorted(page.cards) == sorted(keys)
    for key in keys:
        card = page.cards[key]
        assert card.qr.isVisibleTo(page) == (key not in without_code)
        assert card.png_button.isVisibleTo(page) == (key not in without_code)
    assert unnamed_controls(page) == []


def test_the_bank_number_adds_a_code_and_only_digits_are_accepted(qtbot, make_window):
    _, page = open_page(qtbot, make_window, "CN", "zh_CN")
    qtbot.keyClicks(page.bank_field, "95588abc")
    assert page.bank_error.isVisibleTo(page) and "bank" not in [code.key for code in page.visible_codes()]
    page.bank_field.clear()
    assert not page.bank_error.isVisibleTo(page)
    qtbot.keyClicks(page.bank_field, "95588")
    bank = page.cards["bank"]
    assert bank.isVisibleTo(page) and bank.qr.payload() == "tel:95588" and bank.number.text() == "95588"
    assert not page.bank_error.isVisibleTo(page)
    page.bank_field.setText("９５５６６")  # full-width digits from a Chinese input method
    assert bank.qr.payload() == "tel:95566"
    page.bank_field.setText("138 0013 8000")  # a mobile number gets the country code for roaming
    assert bank.qr.payload() == "tel:+8613800138000"
    page.bank_field.clear()
    assert not bank.isVisibleTo(page)
    assert "bank" not in [code.key for code in page.visible_codes()]


def test_saved_pngs_decode_to_the_payload_and_svgs_are_drawings(qtbot, make_window, tmp_path, monkeypatch):
    _, page = open_page(qtbot, make_window, "CN", "zh_CN")
    page.bank_field.setText("95588")
    for key, payload in (("cn.96110", "tel:96110"), ("cn.mobile.sms", "SMSTO:10086999:"), ("bank", "tel:95588")):
        target = tmp_path / f"{key}.png"
        assert page.save_png(key, str(target))
        assert run("zbarimg", "--raw", "-q", "-Sbinary", str(target)).strip() == payload
    assert page.save_svg("cn.110", str(tmp_path / "110.svg"))
    svg = (tmp_path / "110.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "110" in svg and 'shape-rendering="crispEdges"' in svg

    # through the button: the file dialog answers with a path
    chosen = tmp_path / "clicked.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), "")))
    informed = []
    page.session.informed.connect(informed.append)
    qtbot.mouseClick(page.cards["cn.110"].png_button, Qt.MouseButton.LeftButton)
    assert run("zbarimg", "--raw", "-q", "-Sbinary", str(chosen)).strip() == "tel:110"
    assert informed and str(chosen) in informed[-1]


def test_a_save_that_fails_is_a_plain_message(qtbot, make_window, tmp_path):
    _, page = open_page(qtbot, make_window, "CN", "en")
    failures = []
    page.session.failed.connect(failures.append)
    assert not page.save_png("cn.110", str(tmp_path / "missing-folder" / "x.png"))
    assert failures and failures[0].startswith("The QR code could not be saved")


def test_printing_to_a_pdf_gives_real_text_and_codes_that_scan(qtbot, make_window, tmp_path):
    _, page = open_page(qtbot, make_window, "CN", "zh_CN")
    page.bank_field.setText("95588")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "numbers.pdf"
    printer.setOutputFileName(str(target))
    assert page.print_codes(printer)
    del printer
    text = squash(run("pdftotext", "-enc", "UTF-8", str(target), "-"))
    for number in ("110", "96110", "010-12321", "10086999", "10010999", "10000999", "95588"):
        assert number in text, number
    assert "反诈" in text
    run("pdftoppm", "-r", "100", "-png", str(target), str(tmp_path / "page"))
    decoded = set()
    for image in sorted(tmp_path.glob("page-*.png")):
        decoded |= decode(image)
    assert {"tel:110", "tel:96110", "tel:01012321", "SMSTO:10086999:", "tel:95588"} <= decoded


def test_the_print_button_opens_the_print_dialog_without_blocking(qtbot, make_window):
    _, page = open_page(qtbot, make_window, "CN", "en")
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(QPrintDialog, "numbersPrintDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_every_control_is_named_and_nothing_is_clipped_at_200_percent(qtbot, make_window):
    from app.ui import style

    _, page = open_page(qtbot, make_window, "CN", "zh_CN")
    page.bank_field.setText("95588")
    assert unnamed_controls(page) == []
    assert all(isinstance(b, QPushButton) and b.accessibleName() for b in page.findChildren(QPushButton))
    app = QApplication.instance()
    try:
        style.apply(app, 200)
        QCoreApplication.processEvents()
        qtbot.waitUntil(lambda: not clipped_widgets(page), timeout=3000)
        scroll = page.findChild(QScrollArea)
        body = scroll.widget()
        assert body.height() <= body.layout().heightForWidth(body.width()) + 2  # no empty tail
        assert number_points(page.cards["cn.110"].number) > 40
    finally:
        style.apply(app, 100)


def test_profile_and_language_changes_rebuild_the_cards(qtbot, make_window):
    from app.core.profiles import NewProfile

    window, page = open_page(qtbot, make_window, "CN", "zh_CN")
    profile = window.session.profile
    window.session.update_profile(NewProfile(profile.name, "TW", profile.platforms, "zh_TW"))
    qtbot.waitUntil(lambda: "tw.165" in page.cards)
    assert "cn.110" not in page.cards and page.cards["tw.165"].title.text() == "165 反詐騙諮詢專線"
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.heading.text() == page.tr("Key numbers and QR codes")
