"""The handout page: options, a summary of what will be printed, a PDF with real text, printing to
any QPrinter (render_handout(device=…)), and plain-words problems."""

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPageSize, QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from app.core.i18n import LANGUAGES
from test_keyboard_and_access import unnamed_controls
from test_numbers_page import decode, open_page as open_numbers_page, run, squash


def open_page(qtbot, make_window, region="CN", language="zh_CN"):
    from app.ui.handout_page import HandoutPage

    return open_numbers_page(qtbot, make_window, region, language, cls=HandoutPage)


def pdf_printer(path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_options_default_to_the_profile_and_the_summary_counts(qtbot, make_window):
    window, page = open_page(qtbot, make_window, "CN", "zh_CN")
    assert page.language.currentData() == "zh_CN"
    handout = page.last_handout
    assert handout is not None and handout.language == "zh_CN" and handout.region == "CN"
    assert handout.title in page.preview.text()
    assert "110" in page.preview.text() and "96110" in page.preview.text()
    page.bank.setText("95588")
    page.helper_name.setText("小明")
    page.helper_phone.setText("139 1234 5678")
    assert "95588" in page.preview.text() and "139 1234 5678" in page.preview.text()
    assert len([k for k in page.last_handout.key_numbers if k.payload]) == 4
    page.language.setCurrentIndex(LANGUAGES.index("en"))
    assert page.last_handout.language == "en" and page.last_handout.title.startswith("Safety plan for")
    assert unnamed_controls(page) == []
    page.start()  # opening the page again: the profile's language again
    assert page.language.currentData() == "zh_CN"


def test_a_number_without_digits_is_a_plain_message_and_nothing_is_printed(qtbot, make_window):
    _, page = open_page(qtbot, make_window, "CN", "en")
    qtbot.keyClicks(page.helper_phone, "my son")
    assert page.message.isVisibleTo(page) and "139 1234 5678" in page.message.text()
    assert not page.save_button.isEnabled() and not page.print_button.isEnabled()
    assert page.save_pdf("/nonexistent/never.pdf") is False
    page.helper_phone.setText("１３９１２３４５６７８")  # full-width digits are fine
    assert not page.message.isVisibleTo(page) and page.save_button.isEnabled()


def test_saved_pdf_has_real_text_and_codes_that_scan(qtbot, make_window, tmp_path, monkeypatch):
    _, page = open_page(qtbot, make_window, "CN", "zh_CN")
    page.bank.setText("95588")
    page.helper_name.setText("小明")
    page.helper_phone.setText("139 1234 5678")
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    informed = []
    page.session.informed.connect(informed.append)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF-") and informed
    text = squash(run("pdftotext", "-enc", "UTF-8", str(target), "-"))
    title = page.last_handout.title  # 'Mum的防骗安全计划'
    for expected in ("110", "96110", "95588", "13912345678", "小明", title, "我从不把验证码告诉任何人"):
        assert expected in text, expected
    fonts = run("pdffonts", str(target)).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)
    run("pdftoppm", "-r", "100", "-png", "-f", "1", "-l", "1", str(target), str(tmp_path / "page"))
    assert decode(next(tmp_path.glob("page-*.png"))) == {"tel:110", "tel:96110", "tel:95588", "tel:+8613912345678"}


def test_printing_to_a_pdf_printer_gives_the_same_plan(qtbot, make_window, tmp_path):
    _, page = open_page(qtbot, make_window, "TW", "zh_TW")
    page.bank.setText("0800-000-123")
    target = tmp_path / "printed.pdf"
    printer = pdf_printer(target)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))  # the paper the user chose
    assert page.print_handout(printer) is True
    del printer
    info = run("pdfinfo", str(target))
    assert "612 x 792" in info  # Letter, not A4
    text = squash(run("pdftotext", "-enc", "UTF-8", str(target), "-"))
    for expected in ("110", "165", "0800-000-123", "反詐騙諮詢專線"):
        assert expected in text, expected
    run("pdftoppm", "-r", "100", "-png", str(target), str(tmp_path / "page"))
    decoded = set().union(*(decode(image) for image in tmp_path.glob("page-*.png")))
    assert {"tel:110", "tel:165", "tel:0800000123"} <= decoded


def test_the_print_button_opens_the_print_dialog_without_blocking(qtbot, make_window):
    _, page = open_page(qtbot, make_window, "CN", "en")
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(QPrintDialog, "handoutPrintDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.print_button.text() == page.tr("Print…")


# -- render_handout(device=…): the backward-compatible addition in app/render/handout_pdf.py -------

def _handout(qapp):
    from app.core.content import load_content
    from app.core.handout import build_handout

    return build_handout(load_content(), "CN", "zh_CN", bank_number="95588", helper_name="小明",
                         helper_phone="13912345678", today=dt.date(2026, 11, 22))


def test_render_handout_paints_on_a_device_and_still_writes_pdfs(qapp, tmp_path):
    from app.render.handout_pdf import paint_handout, render_handout

    handout = _handout(qapp)
    data = render_handout(handout, tmp_path / "file.pdf")  # unchanged: bytes and the file
    assert data.startswith(b"%PDF-") and (tmp_path / "file.pdf").read_bytes() == data
    writer = QPdfWriter(str(tmp_path / "device.pdf"))
    assert render_handout(handout, device=writer) == b""
    del writer
    printer = pdf_printer(tmp_path / "printer.pdf")
    assert paint_handout(handout, printer) >= 2
    del printer
    for name in ("file", "device", "printer"):
        pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(tmp_path / f"{name}.pdf"))).group(1))
        assert pages >= 2, name
        text = squash(run("pdftotext", "-enc", "UTF-8", str(tmp_path / f"{name}.pdf"), "-"))
        assert "96110" in text and "95588" in text and "13912345678" in text, name
        # (only the PDF file gets its text layer corrected: a printer prints the page, not the text)
    assert "小明" in squash(run("pdftotext", "-enc", "UTF-8", str(tmp_path / "file.pdf"), "-"))


def test_a_printer_that_keeps_its_own_resolution_gets_pictures_of_the_pages(qapp, tmp_path):
    from app.render.handout_pdf import render_handout

    class Stubborn(QPdfWriter):  # like a driver that only offers 1200 dpi
        def setResolution(self, _dpi):  # noqa: N802
            pass

    writer = Stubborn(str(tmp_path / "raster.pdf"))
    assert writer.logicalDpiX() != 300
    render_handout(_handout(qapp), device=writer)
    del writer
    run("pdftoppm", "-r", "100", "-png", "-f", "1", "-l", "1", str(tmp_path / "raster.pdf"), str(tmp_path / "page"))
    assert {"tel:110", "tel:96110", "tel:95588"} <= decode(next(tmp_path.glob("page-*.png")))


def test_codes_decode_wherever_they_fall_on_the_page(qapp, tmp_path):
    """QPainterPath.simplified() broke codes at fractional positions; the modules are now whole dots."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from app.core.qr import qr_matrix
    from app.render.handout_pdf import mm
    from app.render.qr_image import paint_matrix  # draws the codes on the handout and the printed numbers

    matrix = qr_matrix("tel:96110")
    for paint in (paint_matrix,):
        for top in (0.0, 37.3, 101.77, 333.333):
            image = QImage(600, 600, QImage.Format.Format_RGB32)
            image.fill(QColor(255, 255, 255))
            painter = QPainter(image)
            painter.translate(0, -top)
            paint(painter, QRectF(40.4, top + 40.7, mm(38) / 2.5, mm(38) / 2.5), matrix)
            painter.end()
            path = tmp_path / f"code-{paint.__name__}-{top}.png"
            image.save(str(path))
            assert decode(path) == {"tel:96110"}, (paint.__name__, top)


def test_nothing_is_clipped_at_200_percent(qtbot, make_window):
    from PySide6.QtWidgets import QApplication

    from app.ui import style
    from layout_check import clipped_widgets

    _, page = open_page(qtbot, make_window, "TW", "zh_TW")
    page.helper_name.setText("小明")
    app = QApplication.instance()
    try:
        style.apply(app, 200)
        page.resize(800, 600)
        QCoreApplication.processEvents()
        qtbot.waitUntil(lambda: not clipped_widgets(page), timeout=3000)
    finally:
        style.apply(app, 100)
