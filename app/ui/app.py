"""Starting the GUI: the application, translations, the store and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from app import APP_NAME, __version__


def create_application(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    from app.ui import style

    # Worker threads (password checks) hand the interpreter back to the UI thread every 2 ms instead
    # of every 5 ms, so typing and drawing stay smooth while a check runs.
    sys.setswitchinterval(0.002)
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.safesteps.SafeSteps")  # matches the .desktop file (Wayland)
    style.apply(app)
    return app


def build_main_window(data_dir: Path, content=None):
    """Open the store and content and build the window (the caller shows it)."""
    from app.core.content import load_content
    from app.core.store import Store
    from app.ui import translations
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    store = Store.open(data_dir)
    session = Session(store, content or load_content())
    session.select_last_used()
    language = (session.profile.language if session.profile
                else store.setting("ui_language") or translations.system_language())
    translations.install(language)
    window = MainWindow(session, language)
    window.apply_appearance()  # the remembered text size and theme
    return window


def run_gui(data_dir: Path) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from app.core.content import ContentError

    app = create_application()
    try:
        window = build_main_window(data_dir)
    except ContentError as exc:  # a damaged installation: say so plainly instead of a traceback
        box = QMessageBox(QMessageBox.Icon.Critical, "SafeSteps", QCoreApplication.translate(
            "App", "SafeSteps cannot start: its checklist files are damaged. Please reinstall SafeSteps."))
        box.setDetailedText(str(exc))
        box.exec()
        return 1
    window.show()
    return app.exec()
