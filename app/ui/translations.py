"""Loading Qt's own and SafeSteps' translations, and switching language while running."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.i18n import language_for_locale
from app.core.resources import i18n_dir

_installed: list[QTranslator] = []


def qm_path(language: str) -> Path:
    return i18n_dir() / f"safesteps_{language}.qm"


def system_language() -> str:
    """The system locale mapped to a SafeSteps language (zh_HK/zh_MO → zh_TW, zh_SG → zh_CN)."""
    locale = QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        script = locale.script()
        if script == QLocale.Script.TraditionalChineseScript:
            return "zh_TW"
        if script == QLocale.Script.SimplifiedChineseScript:
            return "zh_CN"
    return language_for_locale(locale.name())


def install(language: str) -> bool:
    """Replace the installed translators with `language`'s. Returns whether SafeSteps' own loaded
    (English needs none). Every widget receives a LanguageChange event and re-translates."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        return True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    own = QTranslator(app)
    if own.load(str(qm_path(language))):
        app.installTranslator(own)
        _installed.append(own)
        return True
    return False
