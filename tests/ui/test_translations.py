"""Translations: the .ts files are complete and correct, the build compiles them, each language loads,
and switching language re-translates the open window without a restart."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale

from app.core.i18n import LANGUAGES, language_for_locale
from chinese_script import wrong_script_chars
from conftest_helpers import create_first_profile

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TS_FILES = sorted(I18N.glob("*.ts"))
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
MNEMONIC = re.compile(r"&(?!&)(\w)")


def ts_path(language: str) -> Path:
    return I18N / f"safesteps_{language}.ts"


def messages(path: Path):
    """(context, source, translation element, message element) for every message in a .ts file."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation"), message


def translation_texts(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a %n message."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def translation_of(language: str, context: str, source: str) -> str:
    for name, src, translation, _message in messages(ts_path(language)):
        if name == context and src == source:
            return translation_texts(translation)[0]
    raise KeyError((language, context, source))


def expected(language: str, context: str, source: str) -> str:
    return source if language == "en" else translation_of(language, context, source)


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


# -- the .ts files ---------------------------------------------------------------------------------

def test_every_translated_language_has_a_ts_file():
    assert TS_FILES, "no .ts files in resources/i18n"
    assert {p.stem.removeprefix("safesteps_") for p in TS_FILES} == set(TRANSLATED)


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_ts_file_has_no_unfinished_vanished_obsolete_or_empty_message(path):
    problems = []
    for context, source, translation, _message in messages(path):
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {kind}")
        elif not all(text.strip() for text in translation_texts(translation)):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_placeholders_and_mnemonics_are_kept(path):
    problems = []
    for context, source, translation, message in messages(path):
        wanted = set(PLACEHOLDER.findall(source))
        if message.get("numerus") == "yes":
            wanted.add("%n")
        mnemonic = MNEMONIC.search(source)
        for text in translation_texts(translation):
            missing = wanted - set(PLACEHOLDER.findall(text))
            if missing:
                problems.append(f"{context}: {source!r} → {text!r} lacks {sorted(missing)}")
            if mnemonic and f"(&{mnemonic.group(1).upper()})" not in text:
                problems.append(f"{context}: {source!r} → {text!r} lacks the mnemonic (&{mnemonic.group(1)})")
            if source.count("\n") != text.count("\n"):
                problems.append(f"{context}: {source!r} → {text!r} has a different number of lines")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_use_only_their_own_script(language):
    problems = []
    for context, source, translation, _message in messages(ts_path(language)):
        for text in translation_texts(translation):
            bad = wrong_script_chars(text, language)
            if bad:
                problems.append(f"{context}: {source!r} → {text!r} has {''.join(bad)}")
    assert not problems, "\n".join(problems)


def test_traditional_chinese_is_not_a_copy_of_simplified():
    simplified = {(c, s): translation_texts(t) for c, s, t, _m in messages(ts_path("zh_CN"))}
    traditional = {(c, s): translation_texts(t) for c, s, t, _m in messages(ts_path("zh_TW"))}
    assert simplified.keys() == traditional.keys()
    assert traditional[("MainWindow", "SafeSteps")] == ["安心清單"]
    assert simplified[("MainWindow", "SafeSteps")] == ["安心清单"]
    # Regional words, not a character conversion: file, save, folder.
    assert traditional[("MainWindow", "&File")] == ["檔案(&F)"]
    assert "儲存" in traditional[("MainWindow", "The profile was not saved.")][0]
    assert "資料夾" in traditional[("Texts", "Your last change was not saved: the data folder is read-only. "
                                              "Ask someone to make it writable, then try again.")][0]


def test_ts_files_hold_every_string_in_the_code(tmp_path):
    """Running lupdate on copies of the .ts files finds nothing new and nothing removed."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
        if lupdate is None:
            pytest.skip("pyside6-lupdate is not installed")
    copies = []
    for path in TS_FILES:
        copies.append(tmp_path / path.name)
        shutil.copy(path, copies[-1])
    sources = sorted(str(p) for p in [*ROOT.glob("app/*.py"), *ROOT.glob("app/ui/*.py")])
    subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none", "-silent", *sources,
                    "-ts", *map(str, copies)], check=True, capture_output=True)
    for original, copy in zip(TS_FILES, copies):
        before = {(c, s) for c, s, _t, _m in messages(original)}
        after = {(c, s) for c, s, _t, _m in messages(copy)}
        assert after - before == set(), f"{original.name}: strings in the code but not in the .ts (run make lupdate)"
        assert before - after == set(), f"{original.name}: strings in the .ts no longer in the code"


# -- the compiled .qm files ------------------------------------------------------------------------

@pytest.mark.parametrize("language", TRANSLATED)
def test_qm_is_built_and_up_to_date(language):
    ts = ts_path(language)
    qm = I18N / f"safesteps_{language}.qm"
    assert qm.exists(), f"{qm.name} is missing: run make (make translations)"
    assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm.name} is older than {ts.name}: run make"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_loads_and_translates(qapp, language):
    from app.ui import translations

    # Windows closed by earlier tests are only deleteLater()'d; delete them now so the
    # LanguageChange that install() posts reaches no window whose store is already closed.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    try:
        assert translations.install(language)
        welcome = QCoreApplication.translate("WelcomePage", "Welcome to SafeSteps")
        assert welcome == expected(language, "WelcomePage", "Welcome to SafeSteps")
        if language == "en":
            assert welcome == "Welcome to SafeSteps"
        else:
            assert has_cjk(welcome) and not wrong_script_chars(welcome, language)
            source = "%1 of %2 steps finished (%3%)"
            progress = QCoreApplication.translate("OverviewPage", source)
            assert progress == expected(language, "OverviewPage", source) and has_cjk(progress)
    finally:
        translations.install("en")
    assert QCoreApplication.translate("WelcomePage", "Welcome to SafeSteps") == "Welcome to SafeSteps"


# -- locales ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_maps_to_a_valid_qlocale(language):
    locale = QLocale(language)
    if language.startswith("zh_"):
        assert locale.language() == QLocale.Language.Chinese
        assert locale.name() == language
        script = (QLocale.Script.SimplifiedChineseScript if language == "zh_CN"
                  else QLocale.Script.TraditionalChineseScript)
        assert locale.script() == script
    else:
        assert locale.language() == QLocale.Language.English
    assert language_for_locale(locale.name()) == language


@pytest.mark.parametrize("locale_name, language", [
    ("zh_HK", "zh_TW"), ("zh_MO", "zh_TW"), ("zh_TW", "zh_TW"), ("zh-Hant-HK", "zh_TW"),
    ("zh_SG", "zh_CN"), ("zh_CN", "zh_CN"), ("zh_CN.UTF-8", "zh_CN"), ("zh-Hans-SG", "zh_CN"),
    ("en_GB.UTF-8", "en"), ("fr_FR", "en"), ("", "en"),
])
def test_system_locales_map_to_a_safesteps_language(locale_name, language):
    assert language_for_locale(locale_name) == language


# -- switching language while the app runs ---------------------------------------------------------

def visible_texts(window) -> dict[str, str]:
    return {
        "done": window.step.done.text(),
        "title": window.windowTitle(),
        "heading": window.overview.heading.text(),
        "later": window.step.later.text(),
        "file_menu": window.file_menu.title(),
        "profile_label": window.profile_bar.label.text(),
    }


def expected_texts(language: str, name: str) -> dict[str, str]:
    return {
        "done": expected(language, "StepPage", "Done"),
        "title": expected(language, "MainWindow", "SafeSteps — %1").replace("%1", name),
        "heading": expected(language, "OverviewPage", "Safety steps for %1").replace("%1", name),
        "later": expected(language, "StepPage", "Later"),
        "file_menu": expected(language, "MainWindow", "&File"),
        "profile_label": expected(language, "ProfileBar", "Profile:"),
    }


def test_switching_language_retranslates_open_views_without_restart(qtbot, make_window):
    window = make_window()
    create_first_profile(qtbot, window)
    window.open_checklist("sample")
    assert window.pages.currentWidget() is window.step
    assert visible_texts(window) == expected_texts("en", "Mum")
    item = window.step.current()

    for language in ("zh_CN", "zh_TW", "en"):
        window.change_language(language)
        # Qt delivers the LanguageChange to the open widgets through the event loop.
        qtbot.waitUntil(lambda: visible_texts(window) == expected_texts(language, "Mum"), timeout=3000)
        texts = visible_texts(window)
        if language != "en":
            for text in texts.values():
                assert not wrong_script_chars(text, language), (language, text)
            assert has_cjk(texts["done"]) and has_cjk(texts["title"]) and has_cjk(texts["heading"])
        # The step itself follows too, and the same step is still open.
        assert window.pages.currentWidget() is window.step
        assert window.step.current().id == item.id
        assert window.step.title.text() == item.text(language).title
        assert window.language_actions[language].isChecked()
        assert window.session.profile.language == language


def test_the_profile_keeps_its_language(qtbot, make_window, tmp_path):
    window = make_window()
    create_first_profile(qtbot, window)
    window.change_language("zh_TW")
    assert window.session.profile.language == "zh_TW"

    from app.core.store import Store

    other = Store.open(tmp_path / "data")
    try:
        assert [p.language for p in other.profiles()] == ["zh_TW"]
    finally:
        other.close()

    window.close()
    again = make_window(tmp_path / "data")
    assert again.session.profile.language == "zh_TW"
    assert again.windowTitle() == expected("zh_TW", "MainWindow", "SafeSteps — %1").replace("%1", "Mum")
    assert again.overview.heading.text() == expected("zh_TW", "OverviewPage", "Safety steps for %1").replace(
        "%1", "Mum")
