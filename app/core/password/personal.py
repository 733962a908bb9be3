"""Personal information that makes a password or PIN guessable, and the strings derived from it.

PersonalInfo is shared by the password estimator and the PIN checker. It lives in memory only:
nothing here is logged, cached or written anywhere.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import product

_HANZI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_NAME_SPLIT = re.compile(r"[\s,.\-·・_']+")


@dataclass(frozen=True)
class PersonalInfo:
    """What the person's family, friends or a leaked database may know about them.

    name: in Chinese characters (张伟, 張偉, 欧阳娜娜) or romanised ("Zhang Wei", "Chang Wei-lin").
    birthday: the date of birth, if known.
    phone: a phone number in any format (+86 138-1234-5678 …).
    id_number: the ID card number, or only its last 6 characters.
    words: other words the person may use: a spouse's or child's name, a pet, a home town …
    """

    name: str = ""
    birthday: dt.date | None = None
    phone: str = ""
    id_number: str = ""
    words: tuple[str, ...] = ()

    # --- digits ---------------------------------------------------------------------------------
    def phone_digits(self) -> str:
        digits = re.sub(r"\D", "", self.phone or "")
        if len(digits) == 13 and digits.startswith("86"):  # +86 and an 11-digit mobile number
            digits = digits[2:]
        return digits

    def id_chars(self) -> str:
        return re.sub(r"[^0-9Xx]", "", self.id_number or "").upper()

    def id_birthday(self) -> dt.date | None:
        """The date of birth inside an 18-digit mainland ID card number."""
        ident = self.id_chars()
        if len(ident) == 18 and ident[:17].isdigit():
            try:
                return dt.date(int(ident[6:10]), int(ident[10:12]), int(ident[12:14]))
            except ValueError:
                return None
        return None

    def birthdays(self) -> list[dt.date]:
        out = [d for d in (self.birthday, self.id_birthday()) if d is not None]
        return list(dict.fromkeys(out))


def date_strings(d: dt.date) -> list[str]:
    """A date written every common way, without separators, most common first."""
    yyyy, yy = f"{d.year:04d}", f"{d.year % 100:02d}"
    mm, dd, m, dd1 = f"{d.month:02d}", f"{d.day:02d}", str(d.month), str(d.day)
    forms = [
        yyyy + mm + dd, mm + dd, yy + mm + dd, yyyy, m + dd1, yyyy + m + dd1, yy + m + dd1,
        dd + mm + yyyy, mm + dd + yyyy, dd + mm + yy, mm + dd + yy, dd + mm, dd1 + m,
        dd1 + m + yyyy, m + dd1 + yyyy, yyyy + mm, mm + yyyy, yy + mm, mm + yy, yy,
    ]
    return [f for f in dict.fromkeys(forms) if len(f) >= 2]


def digit_fragments(digits: str, lengths=(4, 6)) -> list[str]:
    """Every run of the given lengths inside a digit string."""
    out = []
    for n in lengths:
        out += [digits[i:i + n] for i in range(len(digits) - n + 1)]
    return out


# --- names -----------------------------------------------------------------------------------------
def _segment_pinyin(word: str, syllables) -> list[str] | None:
    """Split a romanised word into pinyin syllables (fewest syllables), or None."""
    best: list[list[str] | None] = [None] * (len(word) + 1)
    best[0] = []
    for i in range(len(word)):
        if best[i] is None:
            continue
        for k in range(1, 7):
            part = word[i:i + k]
            if len(part) == k and part in syllables:
                cand = best[i] + [part]
                if best[i + k] is None or len(cand) < len(best[i + k]):
                    best[i + k] = cand
    return best[len(word)]


def name_readings(name: str, tables) -> list[tuple[list[str], list[str]]]:
    """(surname syllables, given-name syllables) for each likely reading of a name, most likely first."""
    name = (name or "").strip()
    if not name:
        return []
    if _HANZI.search(name):
        chars = [c for c in name if c in tables.hanzi]  # characters outside the table are skipped
        if not chars:
            return []
        k = 2 if len(chars) >= 3 and "".join(chars[:2]) in tables.hanzi_surnames else 1
        if len(chars) == 1:
            k = 0  # a single character: treat it as a given name
        surname = "".join(chars[:k])
        if surname in tables.hanzi_surnames:
            sur_options = [[tables.hanzi_surnames[surname]]]
        else:
            sur_options = [list(p) for p in product(*[tables.hanzi[c] for c in surname])]
        given_options = list(product(*[tables.hanzi[c][:2] for c in chars[k:]]))[:4]
        out = []
        for s in sur_options[:3]:
            for g in given_options:
                out.append((s, list(g)))
        return out
    parts = [p for p in _NAME_SPLIT.split(name.lower()) if p]
    if not parts:
        return []
    if len(parts) == 1:
        return [([], [parts[0]])]
    # Surname first (Chinese order) unless only the last part is a known surname ("Wei Zhang").
    if parts[0] not in tables.surnames and parts[-1] in tables.surnames:
        parts = [parts[-1]] + parts[:-1]
    return [([parts[0]], parts[1:])]


def _initials(parts: list[str], syllables) -> str:
    out = ""
    for p in parts:
        seg = _segment_pinyin(p, syllables) or [p]
        out += "".join(s[0] for s in seg)
    return out


def name_variants(name: str, tables) -> list[str]:
    """zhangwei, weizhang, wei, zhang, zw, zhangw, zwei, … for 张伟 (most likely first)."""
    out: list[str] = []
    syl = tables.syllables
    for sur, given in name_readings(name, tables):
        s, g = "".join(sur), "".join(given)
        si, gi = _initials(sur, syl), _initials(given, syl)
        last = given[-1] if given else ""
        if len(given) == 1 and g:
            seg = _segment_pinyin(g, syl)
            last = seg[-1] if seg else g
        out += [s + g, g + s, g, s, si + gi, s + gi, si + g, gi + s, gi, g + si,
                last + last, "xiao" + last, "a" + last, si + gi + si + gi]
    return [w for w in dict.fromkeys(out) if len(w) >= 2]


def word_variants(word: str, tables) -> list[str]:
    """A free word as typed: lower case, and in pinyin (full and initials) if in Chinese characters."""
    word = (word or "").strip()
    if not word:
        return []
    if _HANZI.search(word):
        readings = list(product(*[tables.hanzi[c][:1] for c in word if c in tables.hanzi]))
        out = []
        for r in readings[:2]:
            out += ["".join(r), "".join(s[0] for s in r if s)]
        return [w for w in out if len(w) >= 2]
    w = re.sub(r"\s+", "", word.lower())
    return [w] if len(w) >= 2 else []


def personal_dictionaries(info: PersonalInfo | None, tables) -> dict[str, dict[str, int]]:
    """Ranked dictionaries (word -> rank) of everything derived from the person's information."""
    if info is None:
        return {}
    from app.core.password.data import ranked

    names = name_variants(info.name, tables)
    dates: list[str] = []
    for d in info.birthdays():
        dates += date_strings(d)
    phone = info.phone_digits()
    phones: list[str] = []
    if len(phone) >= 4:
        phones = [phone, phone[-4:], phone[-6:], phone[:7], phone[-8:], phone[3:7], phone[:3] + phone[-4:]]
        phones = [p for p in phones if len(p) >= 4]
    ident = info.id_chars().lower()
    ids: list[str] = []
    if len(ident) >= 4:
        ids = [ident[-6:], ident[-4:], ident, ident[-8:], ident[:6]]
    words: list[str] = []
    for w in info.words:
        words += word_variants(w, tables)
    out = {
        "personal_name": ranked(names),
        "personal_birthday": ranked(dates),
        "personal_phone": ranked(phones),
        "personal_id": ranked(ids),
        "personal_words": ranked(words),
    }
    return {k: v for k, v in out.items() if v}
