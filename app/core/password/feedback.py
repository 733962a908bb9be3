"""Reason codes, warning, suggestions and crack time in words, from the optimal match sequence.

zxcvbn's English feedback (feedback.get_feedback, via the global gettext) is replaced by stable codes
whose texts in zh_CN, zh_TW and en are data in resources/passwords/messages.toml.
"""

from __future__ import annotations

import threading
import tomllib
from decimal import Decimal

from app.core.i18n import LANGUAGES, fallback_order, language_for_locale

# zxcvbn dictionary (ours included) -> reason code
DICTIONARY_REASONS = {
    "passwords": ("common-password",),
    "english_wikipedia": ("dictionary-word",),
    "us_tv_and_film": ("dictionary-word",),
    "surnames": ("name",),
    "male_names": ("name",),
    "female_names": ("name",),
    "chinese_passwords": ("common-chinese-password",),
    "pinyin_words": ("pinyin-word",),
    "chinese_surnames": ("pinyin-name",),
    "chinese_given_names": ("pinyin-name",),
    "numeric_homophones": ("numeric-homophone",),
    "zhuyin_phrases": ("zhuyin-phrase",),
    "personal_name": ("personal-name", "personal-info"),
    "personal_birthday": ("birthday", "personal-info"),
    "personal_phone": ("phone-number", "personal-info"),
    "personal_id": ("id-number", "personal-info"),
    "personal_words": ("personal-info",),
}
PATTERN_REASONS = {
    "spatial": ("keyboard-pattern",),
    "repeat": ("repeat",),
    "sequence": ("sequence",),
    "regex": ("date",),
    "date": ("date",),
}
# Every reason code the estimator can give.
REASON_CODES = (
    "too-short", "common-password", "common-chinese-password", "dictionary-word", "name",
    "pinyin-word", "pinyin-name", "numeric-homophone", "zhuyin-phrase", "keyboard-pattern", "repeat",
    "sequence", "date", "phone-number", "id-number", "birthday", "personal-name", "personal-info",
    "l33t-substitution", "separators",
)
# reason -> suggestion codes
REASON_SUGGESTIONS = {
    "too-short": ("longer",),
    "common-password": ("no-common",),
    "common-chinese-password": ("no-common", "avoid-chinese-patterns"),
    "pinyin-word": ("avoid-chinese-patterns",),
    "pinyin-name": ("avoid-chinese-patterns",),
    "numeric-homophone": ("avoid-chinese-patterns",),
    "zhuyin-phrase": ("use-passphrase",),
    "keyboard-pattern": ("keyboard",),
    "repeat": ("avoid-repeats",),
    "sequence": ("avoid-sequences",),
    "date": ("avoid-dates",),
    "birthday": ("avoid-personal",),
    "personal-name": ("avoid-personal",),
    "personal-info": ("avoid-personal",),
    "id-number": ("avoid-personal",),
    "phone-number": ("avoid-phone",),
    "l33t-substitution": ("l33t",),
}
# The main warning: a reason about the person first, then the most telling one.
WARNING_PRIORITY = (
    "birthday", "personal-name", "phone-number", "id-number", "personal-info",
    "common-chinese-password", "common-password", "zhuyin-phrase", "numeric-homophone", "pinyin-name",
    "pinyin-word", "keyboard-pattern", "repeat", "sequence", "date", "name", "dictionary-word",
    "l33t-substitution", "separators", "too-short",
)
CRACK_TIME_GUESSES_PER_SECOND = 10**4  # offline attack on a slow hash (zxcvbn's 1e4/s scenario)
SHORT = 8

_lock = threading.Lock()
_messages: dict | None = None


def messages() -> dict:
    """messages.toml, loaded once."""
    global _messages
    if _messages is None:
        with _lock:
            if _messages is None:
                from app.core.password.data import passwords_dir

                with open(passwords_dir() / "messages.toml", "rb") as f:
                    _messages = tomllib.load(f)
    return _messages


def normalise_language(language: str | None) -> str:
    return language if language in LANGUAGES else language_for_locale(language)


def text(section: str, code: str, language: str) -> str:
    """The text of a code in the language (falling back as app.core.i18n says)."""
    entry = messages()[section][code]
    for lang in fallback_order(normalise_language(language)):
        if entry.get(lang):
            return entry[lang]
    return ""


def match_reasons(match: dict) -> tuple[str, ...]:
    pattern = match["pattern"]
    if pattern == "dictionary":
        codes = DICTIONARY_REASONS.get(match["dictionary_name"], ("dictionary-word",))
        return codes + (("l33t-substitution",) if match.get("l33t") else ())
    if pattern == "repeat":
        inner = [c for m in match.get("base_matches", ()) for c in match_reasons(m)]
        return ("repeat", *inner)
    if pattern == "separator":
        inner = [c for m in match.get("base_matches", ()) for c in match_reasons(m)]
        return ("separators", *inner)
    if pattern == "structure":
        return tuple(c for m in match.get("base_matches", ()) for c in match_reasons(m))
    if "reasons" in match:
        return tuple(match["reasons"])
    return PATTERN_REASONS.get(pattern, ())


def _same_reading(m: dict, other: dict) -> bool:
    """Another match over the same characters that describes them as well (5201314 is a common
    password and a homophone; 13812345678 a listed password and a phone number)."""
    if other["pattern"] == "dictionary":
        return (m["pattern"] == "dictionary" and other["matched_word"] == m["matched_word"]
                and other.get("l33t") == m.get("l33t") and other["reversed"] == m["reversed"])
    return other["pattern"] in ("mobile", "id_card")


def reasons_for(password: str, sequence: list[dict], matches: list[dict], score: int) -> tuple[str, ...]:
    """Reason codes: the patterns of the optimal sequence, longest first (none at score 4)."""
    codes: list[str] = []
    if password and len(password) < SHORT:
        codes.append("too-short")
    if score < 4:
        by_span: dict[tuple[int, int], list[dict]] = {}
        for m in matches:
            by_span.setdefault((m["i"], m["j"]), []).append(m)
        for m in sorted(sequence, key=lambda m: -len(m["token"])):
            codes += match_reasons(m)
            for other in by_span.get((m["i"], m["j"]), ()):
                if other is not m and _same_reading(m, other):
                    codes += match_reasons(other)
    return tuple(dict.fromkeys(codes))


def _suggestion_codes(sequence: list[dict], reasons: tuple[str, ...]) -> list[str]:
    codes = ["add-words"]
    for r in reasons:
        codes += REASON_SUGGESTIONS.get(r, ())
    from zxcvbn.scoring import ALL_UPPER, START_UPPER

    for m in sequence:
        if m["pattern"] != "dictionary":
            continue
        word = m["token"]
        if START_UPPER.search(word):
            codes.append("capitalization")
        elif ALL_UPPER.search(word) and word.lower() != word:
            codes.append("all-uppercase")
        if m.get("reversed") and len(word) >= 4:
            codes.append("reversed")
    return list(dict.fromkeys(codes))


def feedback(password: str, sequence: list[dict], score: int, reasons: tuple[str, ...],
             language: str) -> tuple[str, tuple[str, ...]]:
    """(warning, suggestions) in the language, zxcvbn-style: nothing to say above score 2."""
    if not password:
        return "", tuple(text("suggestions", c, language) for c in ("use-passphrase", "no-symbols-needed"))
    if score > 2:
        return "", ()
    main = next((r for r in WARNING_PRIORITY if r in reasons), None)
    warning = text("reasons", main, language) if main else ""
    suggestions = tuple(text("suggestions", c, language) for c in _suggestion_codes(sequence, reasons))
    return warning, suggestions


def crack_time_words(guesses: Decimal, language: str) -> str:
    """The time an offline attack on a slow hash (10^4 guesses/s) needs, in words, zxcvbn's steps."""
    seconds = Decimal(guesses) / CRACK_TIME_GUESSES_PER_SECOND
    minute = 60
    hour = minute * 60
    day = hour * 24
    month = day * 31
    year = month * 12
    century = year * 100
    if seconds < 1:
        return text("crack_time", "less-than-second", language)
    for unit, size, limit in (("second", 1, minute), ("minute", minute, hour), ("hour", hour, day),
                              ("day", day, month), ("month", month, year), ("year", year, century)):
        if seconds < limit:
            n = int(round(seconds / size))
            lang = normalise_language(language)
            entry = messages()["crack_time"][unit]
            template = entry.get("en_plural") if lang == "en" and n != 1 else None
            return (template or text("crack_time", unit, lang)).format(n=n)
    return text("crack_time", "centuries", language)
