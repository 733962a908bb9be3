"""Languages SafeSteps speaks, locale mapping and the fallback order for missing text."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("zh_CN", "zh_TW", "en")

# Native names, shown in the language picker whatever the current language is.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}

# When a text is missing in the wanted language, try these in order. A Chinese reader is better
# served by the other Chinese script than by English; an English reader falls back to Simplified
# Chinese, the language the advice was first written in.
FALLBACK_ORDER = {
    "zh_CN": ("zh_CN", "zh_TW", "en"),
    "zh_TW": ("zh_TW", "zh_CN", "en"),
    "en": ("en", "zh_CN", "zh_TW"),
}


def language_for_locale(locale_name: str | None) -> str:
    """Map a system locale name (zh_HK, zh-Hant-TW, en_GB.UTF-8 …) to one of LANGUAGES.

    zh_HK and zh_MO map to zh_TW (Qt does not fall back on its own); zh_SG maps to zh_CN;
    every other locale maps to English.
    """
    if not locale_name:
        return "en"
    name = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    parts = name.split("_")
    if parts[0].lower() != "zh":
        return "en"
    rest = {p.upper() for p in parts[1:]}
    if "HANS" in rest:
        return "zh_CN"
    if "HANT" in rest or rest & {"TW", "HK", "MO"}:
        return "zh_TW"
    return "zh_CN"  # zh, zh_CN, zh_SG, zh_Hans_*


def fallback_order(language: str) -> tuple[str, ...]:
    return FALLBACK_ORDER.get(language, FALLBACK_ORDER["en"])


def pick(texts, language: str) -> str:
    """The text for `language` from a {language: text} map, by the fallback order ("" if none)."""
    return next((texts[lang] for lang in fallback_order(language) if texts.get(lang)), "")
