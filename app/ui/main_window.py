"""The main window: the profile bar, an in-window message banner, and the pages."""

from __future__ import annotations


from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QApplication, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout,
                               QWidget)

from app import __version__
from app.core.i18n import LANGUAGE_NAMES, LANGUAGES
from app.core.profiles import NewProfile
from app.ui import profile_transfer, style, texts, tools, translations
from app.ui.overview import OverviewPage
from app.ui.profile_bar import ProfileBar
from app.ui.profile_dialog import ProfileDialog
from app.ui.session import Session
from app.ui.step_view import StepPage
from app.ui.welcome import WelcomePage
from app.ui.widgets import Banner


class MainWindow(QMainWindow):
    languageApplied = Signal(str)

    def __init__(self, session: Session, language: str):
        super().__init__()
        self.session = session
        self.language = language
        self.setObjectName("mainWindow")
        self.resize(1000, 760)

        self.profile_bar = ProfileBar(session)
        self.banner = Banner()
        self.pages = QStackedWidget()
        self.welcome = WelcomePage(language)
        self.overview = OverviewPage(session)
        self.step = StepPage(session)
        for page in (self.welcome, self.overview, self.step):
            self.pages.addWidget(page)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.profile_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menus()

        self.welcome.startRequested.connect(self._create_first_profile)
        self.welcome.form.languagePicked.connect(self.apply_language)
        self.overview.openChecklist.connect(self.open_checklist)
        self.step.backToOverview.connect(self.show_overview)
        self.step.leaveTogether.connect(lambda: self.set_together(False))
        self.step.togetherRequested.connect(lambda: self.set_together(True))
        self.overview.openItem.connect(self.open_item)
        self.tools: dict = {}
        self.step.available_actions = set(tools.ACTIONS)
        self.step.actionRequested.connect(self.run_action)
        self.profile_bar.newRequested.connect(self.new_profile)
        self.profile_bar.editRequested.connect(self.edit_profile)
        self.profile_bar.deleteRequested.connect(self.delete_profile)
        session.failed.connect(lambda text: self.banner.show_message(text, "error"))
        session.informed.connect(lambda text: self.banner.show_message(text, "info"))
        session.profileChanged.connect(self._profile_changed)

        for notice in session.store.notices:
            self.banner.show_message(texts.notice(notice), "error")
        due = session.due_by_profile()
        if due:
            lines = [self.tr("%1: steps to do again: %2").replace("%1", profile.name).replace("%2", str(count))
                     for profile, count in due]
            self.banner.show_message(self.tr("Welcome back. Some steps should be done again:") + "\n"
                                     + "\n".join(lines), "info")
        self.retranslate()
        self._profile_changed(session.profile)

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.export_action = QAction(self, triggered=lambda: self.export_profile())
        self.import_action = QAction(self, triggered=lambda: self.import_profile())
        self.quit_action = QAction(self, triggered=self.close, shortcut=QKeySequence.StandardKey.Quit)
        self.file_menu.addActions([self.export_action, self.import_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.text_size_menu = self.view_menu.addMenu("")
        size_group = QActionGroup(self)
        self.text_size_actions = {}
        for scale in style.TEXT_SCALES:
            action = QAction(f"{scale}%", self, checkable=True)
            action.setObjectName(f"textSize_{scale}")
            action.triggered.connect(lambda _checked=False, s=scale: self.set_text_scale(s))
            size_group.addAction(action)
            self.text_size_menu.addAction(action)
            self.text_size_actions[scale] = action
        self.contrast_action = QAction(self, checkable=True, triggered=self.set_high_contrast)
        self.contrast_action.setObjectName("highContrast")
        self.together_action = QAction(self, checkable=True, triggered=self.set_together,
                                       shortcut=QKeySequence("F11"))
        self.together_action.setObjectName("togetherMode")
        self.view_menu.addAction(self.contrast_action)
        self.view_menu.addAction(self.together_action)
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions = {}
        for code in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.change_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.tools_menu = bar.addMenu("")
        self.password_action = QAction(self, triggered=lambda: self.run_action("password-checker"))
        self.password_action.setObjectName("openPasswordCheck")
        self.pin_action = QAction(self, triggered=lambda: self.run_action("pin-checker"))
        self.pin_action.setObjectName("openPinCheck")
        self.quiz_action = QAction(self, triggered=lambda: self.run_action("code-quiz"))
        self.quiz_action.setObjectName("openQuiz")
        self.numbers_action = QAction(self, triggered=lambda: self.run_action("key-numbers"))
        self.numbers_action.setObjectName("openNumbers")
        self.log_action = QAction(self, triggered=lambda: self.run_action("harassment-log"))
        self.log_action.setObjectName("openHarassmentLog")
        self.handout_action = QAction(self, triggered=lambda: self.run_action("handout"))
        self.handout_action.setObjectName("openHandout")
        self.tools_menu.addActions([self.password_action, self.pin_action, self.quiz_action])
        self.tools_menu.addSeparator()
        self.tools_menu.addActions([self.numbers_action, self.log_action, self.handout_action])
        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self, triggered=self.about)
        self.help_menu.addAction(self.about_action)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            for action in ("password-checker", "pin-checker"):
                if action in self.tools:
                    self.tools[action].wipe()  # nothing typed stays on screen while away
        elif event.type() == QEvent.Type.ActivationChange:
            if self.isActiveWindow():
                self.session.reload()  # another window or instance may have changed the progress
            else:
                self.step.save_note()
        super().changeEvent(event)

    def retranslate(self) -> None:
        name = self.session.profile.name if self.session.profile else ""
        self.setWindowTitle(self.tr("SafeSteps — %1").replace("%1", name) if name else self.tr("SafeSteps"))
        self.file_menu.setTitle(self.tr("&File"))
        self.export_action.setText(self.tr("&Export this profile…"))
        self.import_action.setText(self.tr("&Import a profile…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.text_size_menu.setTitle(self.tr("&Text size"))
        self.contrast_action.setText(self.tr("&High contrast"))
        self.together_action.setText(self.tr("&Do it together (full screen)"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.password_action.setText(self.tr("Check a &password…"))
        self.pin_action.setText(self.tr("Check a payment &PIN…"))
        self.quiz_action.setText(self.tr("Verification-code &quiz"))
        self.numbers_action.setText(self.tr("Key &numbers and QR codes…"))
        self.log_action.setText(self.tr("Harassment &log…"))
        self.handout_action.setText(self.tr("Printed &plan to leave behind…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About SafeSteps"))
        self.banner.retranslate()

    # -- language ----------------------------------------------------------------------------
    def apply_language(self, language: str) -> None:
        """Install `language`'s translations; every open view re-translates (no restart)."""
        if language != self.language:
            self.language = language
            translations.install(language)
        self.language_actions[language].setChecked(True)
        self.session.set_setting("ui_language", language)
        self.languageApplied.emit(language)

    def change_language(self, language: str) -> None:
        profile = self.session.profile
        if profile is not None and profile.language != language:
            self.session.update_profile(NewProfile(profile.name, profile.region, profile.platforms, language))
        else:
            self.apply_language(language)

    # -- appearance --------------------------------------------------------------------------
    def text_scale(self) -> int:
        value = self.session.setting("text_scale", "100")
        return int(value) if value and value.isdigit() and int(value) in style.TEXT_SCALES else 100

    def apply_appearance(self) -> None:
        scale = self.text_scale()
        contrast = self.session.setting("high_contrast") == "1"
        self.text_size_actions[scale].setChecked(True)
        self.contrast_action.setChecked(contrast)
        style.apply(QApplication.instance(), scale, contrast)

    def set_text_scale(self, scale: int) -> None:
        self.session.set_setting("text_scale", str(scale))
        self.apply_appearance()

    def set_high_contrast(self, on: bool) -> None:
        self.session.set_setting("high_contrast", "1" if on else "0")
        self.apply_appearance()

    def set_together(self, on: bool) -> None:
        """The "Do it together" mode: full screen, one step per screen, very large text, the helper's notes hidden."""
        if on and self.pages.currentWidget() is not self.step:
            if not self.session.profile or not self._open_first_unfinished():
                self.together_action.setChecked(False)
                return
        self.together_action.setChecked(on)
        self.step.set_together(on)
        self.profile_bar.setVisible(not on and self.session.profile is not None)
        self.menuBar().setVisible(not on)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def _open_first_unfinished(self) -> bool:
        from app.core import progress as calc

        for checklist in self.session.content.checklists:
            items = calc.applicable(checklist.items, self.session.profile)
            if items and calc.next_open_item(items, self.session.progress()) is not None:
                self.open_checklist(checklist.id)
                return True
        return False

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.together_action.isChecked():
            self.set_together(False)
        else:
            super().keyPressEvent(event)

    # -- pages -------------------------------------------------------------------------------
    def _profile_changed(self, profile) -> None:
        if profile is None:
            self.pages.setCurrentWidget(self.welcome)
            self.profile_bar.setVisible(False)
        else:
            self.profile_bar.setVisible(not self.together_action.isChecked())
            self.apply_language(profile.language)
            if self.pages.currentWidget() is self.welcome:
                self.pages.setCurrentWidget(self.overview)
        self.retranslate()

    def _create_first_profile(self, new: NewProfile) -> None:
        if self.session.create_profile(new):
            self.banner.dismiss()
            self.pages.setCurrentWidget(self.overview)

    # -- tools (quiz, password and PIN checks …), built on first use ---------------------------
    @property
    def quiz_page(self):
        return self.tools.get("code-quiz")

    def tool(self, action: str):
        page = self.tools.get(action)
        if page is None:
            page = tools.build(action, self.session)
            page.finished.connect(self._close_tool)
            self.pages.addWidget(page)
            self.tools[action] = page
        return page

    def run_action(self, action: str) -> None:
        """Open an in-app tool (from a step's button or the Tools menu)."""
        if self.session.profile is None or action not in tools.ACTIONS:
            return
        page = self.tool(action)
        if self.pages.currentWidget() not in self.tools.values():
            self._tool_return = self.pages.currentWidget()
        if hasattr(page, "start"):
            page.start()
        self.pages.setCurrentWidget(page)

    def _close_tool(self) -> None:
        target = getattr(self, "_tool_return", None) or self.overview
        self.pages.setCurrentWidget(target if target is not self.welcome else self.overview)

    def show_overview(self) -> None:
        if self.together_action.isChecked():
            self.set_together(False)
        self.pages.setCurrentWidget(self.overview)

    def open_item(self, item_id: str) -> None:
        item = self.session.content.items[item_id]
        if self.step.open_checklist(item.checklist_id, item_id):
            self.pages.setCurrentWidget(self.step)

    def open_checklist(self, checklist_id: str) -> None:
        if self.step.open_checklist(checklist_id):
            self.pages.setCurrentWidget(self.step)
        else:
            self.banner.show_message(self.tr("No steps in this checklist apply to this profile."), "info")

    # -- profiles ----------------------------------------------------------------------------
    def new_profile(self) -> ProfileDialog:
        region = self.session.profile.region if self.session.profile else "CN"
        dialog = ProfileDialog(self, self.language, region=region)
        dialog.accepted.connect(lambda: self._save_dialog(dialog, self.session.create_profile))
        dialog.open()
        return dialog

    def edit_profile(self) -> ProfileDialog | None:
        if self.session.profile is None:
            return None
        dialog = ProfileDialog(self, self.language, profile=self.session.profile)
        dialog.accepted.connect(lambda: self._save_dialog(dialog, self.session.update_profile))
        dialog.open()
        return dialog

    def _save_dialog(self, dialog: ProfileDialog, save) -> None:
        if save(dialog.value()) is None:
            self.banner.show_message(self.tr("The profile was not saved."), "error")

    def delete_profile(self) -> QMessageBox | None:
        profile = self.session.profile
        if profile is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete profile"),
                          self.tr("Delete the profile “%1” and all its progress? This cannot be undone.")
                          .replace("%1", profile.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmDelete")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.accepted.connect(self.session.delete_profile)
        box.open()
        return box

    # -- export and import (see profile_transfer) ----------------------------------------------
    def export_profile(self, path: str | None = None) -> bool:
        return profile_transfer.export_profile(self, self.session, self.banner, path)

    def import_profile(self, path: str | None = None) -> bool:
        return profile_transfer.import_profile(self, self.session, self.banner, path)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About SafeSteps"), self.tr(
            "SafeSteps %1\nAn offline checklist against harassment and fraud.\n"
            "Nothing you enter leaves this computer.").replace("%1", __version__))

    def closeEvent(self, event) -> None:
        self.step.save_note()
        super().closeEvent(event)
