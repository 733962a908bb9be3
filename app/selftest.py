"""`safesteps --self-test`: checks that run offscreen, one line each. Used by the installer smoke test."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

Check = Callable[[], str]


def check_content() -> str:
    from app.core.content import load_content
    from app.core.i18n import LANGUAGES

    content = load_content(languages=LANGUAGES)  # every item complete in every language
    return f"{len(content.checklists)} checklists, {len(content.items)} items, languages {' '.join(LANGUAGES)}"


def check_store() -> str:
    from app.core.profiles import NewProfile
    from app.core.schema import LATEST_VERSION
    from app.core.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp))
        if store.path is None or store.notices:
            raise RuntimeError(f"store not usable: {store.notices}")
        profile = store.create_profile(NewProfile("Self-test", "CN", ("iphone",), "en"))
        store.set_state(profile.id, "self-test.item", "done", 1)
        store.close()
        again = Store.open(Path(tmp))
        state = again.progress(profile.id)["self-test.item"].state
        again.close()
        if state != "done":
            raise RuntimeError("a saved tick was not read back")
    return f"schema v{LATEST_VERSION}, write and read back ok"


def check_translations() -> str:
    from PySide6.QtCore import QCoreApplication

    from app.ui import translations

    from PySide6.QtCore import QLibraryInfo, QTranslator

    _ensure_app()
    found = []
    for language in ("zh_CN", "zh_TW"):
        if not translations.install(language):
            raise RuntimeError(f"{translations.qm_path(language)} missing or unreadable")
        translated = QCoreApplication.translate("WelcomePage", "Welcome to SafeSteps")
        if translated == "Welcome to SafeSteps":
            raise RuntimeError(f"{language} loaded but does not translate")
        qt_own = QTranslator().load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        found.append(f"{language} loaded" + (" (+qtbase)" if qt_own else " (qtbase missing)"))
    translations.install("en")
    return ", ".join(found)


def check_window() -> str:
    from app.ui.app import build_main_window

    _ensure_app()
    with tempfile.TemporaryDirectory() as tmp:
        window = build_main_window(Path(tmp))
        title = window.windowTitle()
        window.session.store.close()
        window.deleteLater()
    if "SafeSteps" not in title:
        raise RuntimeError(f"unexpected window title {title!r}")
    return f"main window built ({title})"


def _ensure_app():
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from app.ui.app import create_application

        create_application()


def run(print_line=print, require_keyring: bool = False) -> int:
    checks: list[tuple[str, Check]] = [
        ("content", check_content),
        ("store", check_store),
        ("translations", check_translations),
        ("window", check_window),
    ]
    failures = 0
    for name, check in checks:
        try:
            print_line(f"PASS {name}: {check()}")
        except Exception as exc:  # report every failing check, then exit non-zero
            failures += 1
            print_line(f"FAIL {name}: {type(exc).__name__}: {exc}")
    from app.core.reuse import usable_backend

    found, backend = usable_backend()
    if found:
        print_line(f"PASS keyring: {backend}")
    elif require_keyring:
        failures += 1
        print_line(f"FAIL keyring: no usable backend ({backend})")
    else:
        print_line(f"INFO keyring: no usable backend ({backend}); the password reuse warning is off")
    print_line("self-test: all checks passed" if not failures else f"self-test: {failures} check(s) failed")
    return 0 if not failures else 1
