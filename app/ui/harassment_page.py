"""The harassment log: a table of nuisance calls and texts, a form to add and correct them, the
evidence exported as CSV or PDF, and ready-to-send reports (text, number and QR code) per entry."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDateTime, QEvent, QIODevice, QMarginsF, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateTimeEdit, QFileDialog, QFrame, QGridLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
                               QPushButton, QStackedWidget, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from app.core import harassment
from app.core.channels import Channels, load_channels
from app.core.files import atomic_write_bytes
from app.core.harassment import LogEntry, LogError, Report
from app.core.store import StoreWriteError
from app.ui import texts
from app.ui.numbers_page import big_number_rule
from app.ui.widgets import ScrollBody, scrolling
from app.ui.qr_widget import QrCodeView
from app.ui.session import Session
from app.ui.widgets import big_button, wrapped_label

CELL_CHARS = 80  # the table shows the start of a long message; the form shows all of it


class MessageEdit(QPlainTextEdit):
    """A plain-text field that never holds more than `limit` characters: a huge paste is cut
    before it is inserted (no hang), and `truncated` says so."""

    truncated = Signal()

    def __init__(self, limit: int, object_name: str):
        super().__init__()
        self.limit = limit
        self.setObjectName(object_name)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.textChanged.connect(self._enforce)

    def insertFromMimeData(self, source) -> None:  # noqa: N802
        if not source.hasText():
            return
        text = source.text()
        room = self.limit - (len(self.toPlainText()) - len(self.textCursor().selectedText()))
        if len(text) > room:
            text = text[:max(room, 0)]
            self.truncated.emit()
        self.textCursor().insertText(text)
        self.ensureCursorVisible()

    def _enforce(self) -> None:
        text = self.toPlainText()
        if len(text) > self.limit:  # typed or set in code past the limit
            self.blockSignals(True)
            self.setPlainText(text[:self.limit])
            self.moveCursor(self.textCursor().MoveOperation.End)
            self.blockSignals(False)
            self.truncated.emit()
            self.textChanged.emit()


class ReportCard(QFrame):
    def __init__(self, page: "HarassmentPage", report: Report, index: int):
        super().__init__()
        self.report = report
        self.setProperty("card", True)
        self.setObjectName(f"report_{report.channel.id}")
        channel = report.channel
        self.title = wrapped_label(channel.name(page.language), "cardTitle")
        self.number = wrapped_label(channel.number or channel.address, "bigNumber")
        self.number.setVisible(bool(channel.number or channel.address))
        self.text = wrapped_label(report.text, "reportText")
        self.text.setAccessibleName(report.text[:200])
        self.copy_button = QPushButton(self.tr("Copy the text"), objectName=f"copyReport_{index}")
        self.copy_button.setAccessibleName(self.tr("Copy the text for %1").replace("%1", channel.name(page.language)))
        self.copy_button.clicked.connect(self.copy)
        self.qr = QrCodeView(object_name=f"reportQr_{index}")
        if report.payload:
            what = (self.tr("Scanning it opens a text message to %1 with the report filled in.")
                    if report.body is not None else
                    self.tr("Scanning it offers to call %1.") if report.payload.startswith("tel:")
                    else self.tr("Scanning it opens the website %1."))
            target = channel.number or channel.address
            self.qr.set_code(report.payload, self.tr("QR code: %1, %2").replace("%1", target).replace(
                "%2", channel.name(page.language)), what.replace("%1", target))
        self.qr.setVisible(bool(report.payload))
        column = QVBoxLayout()
        for widget in (self.title, self.number, self.text):
            column.addWidget(widget)
        column.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        row = QHBoxLayout(self)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report.body if self.report.body is not None else self.report.text)


class HarassmentPage(QWidget):
    finished = Signal()

    def __init__(self, session: Session, channels: Channels | None = None):
        super().__init__()
        self.session = session
        self.channels = channels or load_channels()
        self.setObjectName("harassmentPage")
        self.current_id: int | None = None
        self._loaded_time: tuple[dt.datetime, str] | None = None
        self._entries: list[LogEntry] = []
        self._entries_profile: int | None = None
        self.reports: list[Report] = []
        self.report_cards: list[ReportCard] = []

        self.close_button = QPushButton(objectName="harassmentClose")
        self.close_button.clicked.connect(self.finished)
        self.heading = wrapped_label(object_name="pageHeading")
        self.intro = wrapped_label(object_name="harassmentIntro")
        self.table = QTableWidget(0, 5, objectName="harassmentTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,) * 3
                                      + (QHeaderView.ResizeMode.Stretch,) * 2):
            header.setSectionResizeMode(column, mode)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = wrapped_label(object_name="harassmentEmpty")

        self.form_heading = QLabel(objectName="formHeading")
        self.form_heading.setProperty("heading", True)
        self.form_heading.setWordWrap(True)
        self.number = QLineEdit(objectName="logNumber")
        self.number.setMaxLength(harassment.MAX_NUMBER)
        self.when = QDateTimeEdit(objectName="logWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.kind = QComboBox(objectName="logKind")
        for code in harassment.KINDS:
            self.kind.addItem("", code)
        self.content = MessageEdit(harassment.MAX_CONTENT, "logContent")
        self.content.truncated.connect(self._content_truncated)
        self.action = QLineEdit(objectName="logAction")
        self.action.setMaxLength(harassment.MAX_ACTION)
        self.form = QVBoxLayout()  # labels above their fields: room for long words at any text size
        self.form_labels = [wrapped_label(object_name=f"formLabel_{i}") for i in range(5)]
        for label, field in zip(self.form_labels, (self.number, self.when, self.kind, self.content, self.action)):
            label.setBuddy(field)
            self.form.addWidget(label)
            self.form.addWidget(field)
        self.message = wrapped_label(object_name="logMessage")
        self.message.setProperty("heading", True)
        self.message.hide()

        self.new_button = QPushButton(objectName="logNew")
        self.new_button.clicked.connect(self.new_entry)
        self.add_button = big_button("logAdd")
        self.add_button.clicked.connect(self.add)
        self.save_button = big_button("logSave")
        self.save_button.clicked.connect(self.save_changes)
        self.delete_button = big_button("logDelete")
        self.delete_button.clicked.connect(self.delete)
        self.report_button = big_button("logReport")
        self.report_button.clicked.connect(self.make_report)
        self.csv_button = QPushButton(objectName="logExportCsv")
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.pdf_button = QPushButton(objectName="logExportPdf")
        self.pdf_button.clicked.connect(lambda: self.export_pdf())

        log = ScrollBody()
        column = QVBoxLayout(log)
        for widget in (self.heading, self.intro, self.empty, self.table):
            column.addWidget(widget)
        exports = QHBoxLayout()
        for widget in (self.csv_button, self.pdf_button):
            exports.addWidget(widget)
        exports.addStretch(1)
        column.addLayout(exports)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.form_heading, 1)
        heading_row.addWidget(self.new_button)
        column.addLayout(heading_row)
        column.addLayout(self.form)
        column.addWidget(self.message)
        buttons = QGridLayout()
        for i, button in enumerate((self.add_button, self.save_button, self.delete_button, self.report_button)):
            buttons.addWidget(button, i // 2, i % 2)
        column.addLayout(buttons)
        column.addStretch(1)

        self.back_button = QPushButton(objectName="reportBack")
        self.back_button.clicked.connect(self.show_log)
        self.report_heading = wrapped_label(object_name="pageHeading")
        self.report_intro = wrapped_label(object_name="reportIntro")
        self.report_column = QVBoxLayout()
        report = ScrollBody()
        rcolumn = QVBoxLayout(report)
        rcolumn.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        rcolumn.addWidget(self.report_heading)
        rcolumn.addWidget(self.report_intro)
        rcolumn.addLayout(self.report_column)
        rcolumn.addStretch(1)

        self.views = QStackedWidget(objectName="harassmentViews")
        for view in (log, report):
            scroll = scrolling(view)
            self.views.addWidget(scroll)
        self.log_view, self.report_view = self.views.widget(0), self.views.widget(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.views, 1)
        session.profileChanged.connect(self._profile_changed)
        self.retranslate()
        self._table_size()
        self.start()

    @property
    def language(self) -> str:
        return self.session.profile.language if self.session.profile else "en"

    @property
    def region(self) -> str:
        return self.session.profile.region if self.session.profile else "OTHER"

    # -- the log -----------------------------------------------------------------------------
    def start(self) -> None:
        self.show_log()
        self.reload()
        self.new_entry()

    def _profile_changed(self, profile) -> None:
        if profile is not None and profile.id == self._entries_profile:
            self.reload()  # the same person (the window was activated): keep what is being typed
            if self.views.currentWidget() is self.report_view:
                self.make_report()  # the language or region may have changed
        else:
            self.start()

    def entries(self) -> list[LogEntry]:
        return list(self._entries)

    def reload(self) -> None:
        profile = self.session.profile
        self._entries_profile = profile.id if profile else None
        self._entries = harassment.list_entries(self.session.store, profile.id, newest_first=True) if profile else []
        self._fill_table()

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            content = " ".join(entry.content.split())
            cells = (entry.occurred_at.replace("T", " "), entry.number, self._kind_name(entry.kind),
                     content if len(content) <= CELL_CHARS else content[:CELL_CHARS - 1] + "…",
                     " ".join(entry.action_taken.split()))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                if column == 3 and entry.content:
                    item.setToolTip(entry.content[:1000])
                self.table.setItem(row, column, item)
        self.table.clearSelection()
        for row, entry in enumerate(self._entries):
            if entry.id == self.current_id:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self.table.setVisible(bool(self._entries))
        self.empty.setVisible(not self._entries)
        self.csv_button.setEnabled(bool(self._entries))
        self.pdf_button.setEnabled(bool(self._entries))

    def select_entry(self, entry_id: int | None) -> None:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                self.table.selectRow(row)
                return
        self.table.clearSelection()

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.new_entry()
            return
        self.load(self._entries[rows[0].row()])

    def load(self, entry: LogEntry) -> None:
        self.current_id = entry.id
        self.number.setText(entry.number)
        when = dt.datetime.fromisoformat(entry.occurred_at)
        local = when.replace(tzinfo=None)
        self._loaded_time = (local, entry.occurred_at)
        self.when.setDateTime(QDateTime(local))
        self.kind.setCurrentIndex(max(self.kind.findData(entry.kind), 0))
        self.content.setPlainText(entry.content)
        self.action.setText(entry.action_taken)
        self.message.hide()
        self._editing()

    def new_entry(self) -> None:
        """An empty form for a new entry, the time set to now."""
        self.current_id = None
        self._loaded_time = None
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.blockSignals(False)
        self.number.clear()
        self.when.setDateTime(QDateTime.currentDateTime())
        self.kind.setCurrentIndex(0)
        self.content.clear()
        self.action.clear()
        self.message.hide()
        self._editing()

    def _editing(self) -> None:
        editing = self.current_id is not None
        for button in (self.save_button, self.delete_button, self.report_button):
            button.setEnabled(editing)
        self.form_heading.setText(self.tr("Change this entry") if editing else self.tr("New entry"))

    def form_entry(self) -> LogEntry:
        local = self.when.dateTime().toPython().replace(second=0, microsecond=0)
        when = self._loaded_time[1] if self._loaded_time and self._loaded_time[0] == local else local.isoformat()
        return LogEntry(self.current_id, self.number.text(), when, self.kind.currentData(),
                        self.content.toPlainText(), self.action.text())

    def add(self) -> bool:
        return self._write(lambda pid: harassment.add_entry(self.session.store, pid, self.form_entry()))

    def save_changes(self) -> bool:
        if self.current_id is None:
            return False
        return self._write(lambda pid: harassment.update_entry(self.session.store, pid, self.form_entry()))

    def delete(self) -> QMessageBox | None:
        """Ask first (non-blocking); deletes when the user confirms. Returns the question box."""
        if self.current_id is None:
            return None
        entry_id = self.current_id
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete entry"),
                          self.tr("Delete this entry from the log? This cannot be undone."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmDeleteEntry")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.Yes).setAccessibleName(self.tr("Delete the entry"))
        box.button(QMessageBox.StandardButton.Cancel).setAccessibleName(self.tr("Keep the entry"))
        box.accepted.connect(lambda: self._delete_now(entry_id))
        box.open()
        return box

    def _delete_now(self, entry_id: int) -> bool:
        def remove(pid):
            harassment.delete_entry(self.session.store, pid, entry_id)
            return True
        if self._write(remove, keep=False):
            self.new_entry()
            return True
        return False

    def _write(self, action, keep: bool = True) -> bool:
        profile = self.session.profile
        if profile is None:
            return False
        try:
            saved = action(profile.id)
        except LogError as exc:
            self._show_problem(exc)
            return False
        except StoreWriteError as exc:
            self.message.setText(texts.write_error(exc))
            self.message.show()
            self.session.failed.emit(texts.write_error(exc))
            return False
        if keep and isinstance(saved, LogEntry):
            self.current_id = saved.id
        self.reload()
        if keep and isinstance(saved, LogEntry):
            self.load(saved)
        return True

    def _show_problem(self, exc: LogError) -> None:
        messages = {
            "number-empty": (self.tr("Type the number that called or texted."), self.number),
            "number-no-digits": (self.tr("The number must contain digits."), self.number),
            "number-too-long": (self.tr("The number is too long: at most %1 characters.").replace(
                "%1", str(harassment.MAX_NUMBER)), self.number),
            "time-invalid": (self.tr("Choose the date and time it happened."), self.when),
            "kind-unknown": (self.tr("Choose whether it was a call, a text or something else."), self.kind),
            "content-too-long": (self.tr("What was said is too long: at most %1 characters are kept.").replace(
                "%1", str(harassment.MAX_CONTENT)), self.content),
            "action-too-long": (self.tr("What was done is too long: at most %1 characters.").replace(
                "%1", str(harassment.MAX_ACTION)), self.action),
            "not-found": (self.tr("This entry no longer exists. It may have been deleted in another window."),
                          self.number),
        }
        text, field = messages.get(exc.code, (self.tr("This entry cannot be saved. Please check what you typed."),
                                              self.number))
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()
        field.setFocus()
        if exc.code == "not-found":
            self.reload()

    def _content_truncated(self) -> None:
        text = self.tr("The message was too long. Only the first %1 characters were kept.").replace(
            "%1", str(harassment.MAX_CONTENT))
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    def _kind_name(self, code: str) -> str:
        return {"call": self.tr("Call"), "sms": self.tr("Text message"), "other": self.tr("Other")}.get(code, code)

    # -- exports -----------------------------------------------------------------------------
    def _target(self, path: str | None, title: str, suffix: str, kinds: str) -> str | None:
        if path is not None:
            return path
        name = re.sub(r'[\\/:*?"<>|\s]+', "-", self.session.profile.name).strip("-") or "log"
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / f"SafeSteps-log-{name}.{suffix}"), kinds)
        return path or None

    def export_csv(self, path: str | None = None) -> bool:
        if self.session.profile is None:
            return False
        path = self._target(path, self.tr("Export the log as CSV"), "csv", self.tr("CSV table (*.csv)"))
        if not path:
            return False
        try:
            count = harassment.export_csv(self.session.store, self.session.profile.id, Path(path), self.language)
        except OSError as exc:
            self.session.failed.emit(self.tr("The log could not be exported: %1").replace(
                "%1", exc.strerror or str(exc)))
            return False
        self.session.informed.emit(self.tr("%n entries were exported to %1.", "", count).replace("%1", str(path)))
        return True

    def export_pdf(self, path: str | None = None) -> bool:
        if self.session.profile is None:
            return False
        path = self._target(path, self.tr("Export the log as PDF"), "pdf", self.tr("PDF document (*.pdf)"))
        if not path:
            return False
        try:
            atomic_write_bytes(Path(path), self.pdf_bytes())
        except OSError as exc:
            self.session.failed.emit(self.tr("The log could not be exported: %1").replace(
                "%1", exc.strerror or str(exc)))
            return False
        self.session.informed.emit(self.tr("%n entries were exported to %1.", "", len(self._entries)).replace(
            "%1", str(path)))
        return True

    def pdf_html(self) -> str:
        entries = list(reversed(self._entries))  # oldest first: the order it happened
        e = html.escape
        headers = (self.tr("Date and time"), self.tr("Number"), self.tr("Call or text"),
                   self.tr("What was said or written"), self.tr("What was done"))
        rows = "".join(
            "<tr>" + "".join(f"<td>{e(cell).replace(chr(10), '<br/>')}</td>" for cell in
                             (x.occurred_at.replace("T", " "), x.number, self._kind_name(x.kind), x.content,
                              x.action_taken)) + "</tr>" for x in entries)
        title = self.tr("Harassment log: %1").replace("%1", self.session.profile.name)
        facts = self.tr("Exported on %1. %n entries. The messages are exactly as they were entered.", "",
                        len(entries)).replace("%1", dt.date.today().isoformat())
        return (f"<h1>{e(title)}</h1><p>{e(facts)}</p>"
                '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
                "<tr>" + "".join(f'<th width="{w}%">{e(h)}</th>' for h, w in zip(headers, (15, 16, 13, 40, 16)))
                + "</tr>" + rows + "</table>")

    def pdf_bytes(self) -> bytes:
        from app.render.handout_pdf import ensure_gui_app, fix_text_layer, font_families

        ensure_gui_app()
        # A Latin font first, the CJK font of the reader's script behind it: with a CJK font first,
        # Qt's PDF text layer loses the digits that follow Latin letters ("on 2026" → "on ").
        script = "TW" if self.language == "zh_TW" or self.region in ("HK", "TW") else "CN"
        families = [f for f in font_families("en", script) if QFontDatabase.hasFamily(f)]
        document = QTextDocument()
        font = QFont()
        font.setFamilies(families)
        font.setPointSize(11)
        document.setDefaultFont(font)
        document.setHtml(self.pdf_html())
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)  # print_() adds 2 cm
        writer.setTitle(self.tr("Harassment log: %1").replace("%1", self.session.profile.name))
        document.print_(writer)
        del writer
        buffer.close()
        return fix_text_layer(bytes(data), document.toPlainText() + "0123456789", families)

    # -- reports -----------------------------------------------------------------------------
    def make_report(self) -> list[Report]:
        """Show the ready-to-send reports for the selected entry (in this page, beside the log)."""
        entry = next((x for x in self._entries if x.id == self.current_id), None)
        if entry is None:
            self.show_log()
            return []
        self.reports = harassment.report_for(entry, self.region, self.language, self.channels)
        for card in self.report_cards:
            self.report_column.removeWidget(card)
            card.deleteLater()
        self.report_cards = [ReportCard(self, report, i) for i, report in enumerate(self.reports)]
        for card in self.report_cards:
            self.report_column.addWidget(card)
            card.show()
        self._fonts()
        lines = [self.tr("The number %1, %2.").replace("%1", entry.number).replace(
            "%2", entry.occurred_at.replace("T", " ")), self.tr("Scan with the phone's camera, not WeChat.")]
        payloads = [r.payload or "" for r in self.reports]
        if any(p.startswith("SMSTO:") for p in payloads):
            lines.append(self.tr("The phone will not send the text by itself: tap Send."))
        if any(p.startswith("tel:") for p in payloads):
            lines.append(self.tr("The phone will not call by itself: tap Call."))
        self.report_intro.setText("\n".join(lines))
        self.views.setCurrentWidget(self.report_view)
        self.close_button.hide()  # one way back from here: to the log
        self.back_button.setFocus()
        return self.reports

    def show_log(self) -> None:
        self.views.setCurrentWidget(self.log_view)
        self.close_button.show()

    # -- language and size -------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fonts()
            self._table_size()
        super().changeEvent(event)

    def _fonts(self) -> None:
        rule = big_number_rule(self.font(), 1.6)
        for card in self.report_cards:
            card.number.setStyleSheet(rule)

    def _table_size(self) -> None:
        metrics = self.fontMetrics()
        self.table.setMinimumHeight(metrics.height() * 12)
        # At a large text size the table scrolls sideways rather than squeezing the message to "…"
        self.table.horizontalHeader().setMinimumSectionSize(metrics.averageCharWidth() * 14)

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Back"))
        self.close_button.setAccessibleName(self.tr("Close the harassment log"))
        self.heading.setText(self.tr("Harassment log"))
        self.intro.setText(self.tr("Write down every nuisance call or text: the number, the time and exactly what "
                                   "was said. This is your evidence when you report it."))
        self.empty.setText(self.tr("Nothing in the log yet. Fill in the form below and press Add."))
        self.table.setHorizontalHeaderLabels([self.tr("Date and time"), self.tr("Number"), self.tr("Call or text"),
                                              self.tr("What was said or written"), self.tr("What was done")])
        self.table.setAccessibleName(self.tr("Harassment log entries"))
        labels = (self.tr("Number that called or texted"), self.tr("When it happened"), self.tr("Call or text"),
                  self.tr("What was said or written (the original message, unchanged)"), self.tr("What you did"))
        for label, field, text in zip(self.form_labels, (self.number, self.when, self.kind, self.content,
                                                         self.action), labels):
            label.setText(text)
            field.setAccessibleName(text)
        for inner in self.when.findChildren(QLineEdit):  # the date-time field's own text box
            inner.setAccessibleName(labels[1])
        self.number.setPlaceholderText(self.tr("For example 13800138000"))
        self.action.setPlaceholderText(self.tr("For example: hung up, blocked the number, reported it"))
        for i, code in enumerate(harassment.KINDS):
            self.kind.setItemText(i, self._kind_name(code))
        self.new_button.setText(self.tr("New entry"))
        self.new_button.setAccessibleName(self.tr("Start a new entry"))
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add this as a new entry"))
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setAccessibleName(self.tr("Save the changes to this entry"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete this entry"))
        self.report_button.setText(self.tr("Make a report"))
        self.report_button.setAccessibleName(self.tr("Make a report about this entry"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.csv_button.setAccessibleName(self.tr("Export the log as a CSV table"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Export the log as a PDF document"))
        self.back_button.setText(self.tr("Back to the log"))
        self.back_button.setAccessibleName(self.back_button.text())
        self.report_heading.setText(self.tr("Report this number"))
        self._editing()
        self._fill_table()  # the kind names in the new language (no reading from the store here)
