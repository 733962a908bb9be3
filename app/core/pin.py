"""6-digit PIN checker (Qt-free): rejects the PINs an attacker tries first.

check_pin("520520") -> PinResult(ok=False, reasons=("pin-pattern", "pin-popular"), messages=(...))

Rules, each with its reason code (texts: [pin.*] in resources/passwords/messages.toml):
- pin-not-six-digits: anything but exactly 6 digits (spaces are ignored, full-width digits accepted);
- pin-repeat: one or two different digits only (111111, 112222, 101010), or 4+ equal digits in a row;
- pin-sequence: 6 digits going up or down by 1 or 2 (123456, 654321, 246802, 890123, wrapping
  round 9 -> 0), or 5 of them with one digit added before or after (135790, 012345 ...);
- pin-pattern: mirrored or doubled (123321, 123123, 112233);
- pin-keypad: two straight lines of the phone keypad (147258, 258369, 159357, 147369, 789456);
- pin-popular: the top of published PIN lists (popular_pins.txt), love and lucky numbers: 6-digit
  parts of the homophone numbers (520131, 201314 from 5201314), two 3-digit ones together (520520,
  521888, 168518) and a 4-digit one with a 2-digit one (131420, 201314);
- pin-date: a date with a 2-digit year, 1940-2035, as YYMMDD, MMDDYY or DDMMYY, or YYYYMM / MMYYYY;
- pin-birthday / pin-phone / pin-id-number: the person's birthday in any order, any 6 digits in a
  row of their phone number, any 6 characters in a row of their ID card number (or its last 6).

About 12 % of all PINs are refused (`python benchmarks/pins.py` prints the exact figure); research
recommends blocking about 10 % (Markert et al., IEEE S&P 2020). Nothing is stored or logged.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import unicodedata
from dataclasses import dataclass
from itertools import product

from app.core.password.personal import PersonalInfo, date_strings

PIN_REASONS = ("pin-not-six-digits", "pin-repeat", "pin-sequence", "pin-pattern", "pin-keypad",
               "pin-popular", "pin-date", "pin-birthday", "pin-phone", "pin-id-number")
DATE_YEARS = (1940, 2035)
_PIN = re.compile(r"[0-9]{6}")

# Phone keypad (and, read upside down, the computer number pad): straight lines of three keys.
_KEYPAD_LINES = ("123", "456", "789", "147", "258", "369", "159", "357", "580")


@dataclass(frozen=True)
class PinResult:
    ok: bool
    reasons: tuple[str, ...]
    messages: tuple[str, ...]
    language: str = "en"

    def to_dict(self) -> dict:
        return {"ok": self.ok, "reasons": list(self.reasons), "messages": list(self.messages)}


def _all(digits=6) -> list[str]:
    return ["".join(p) for p in product("0123456789", repeat=digits)]


def _repeats() -> set[str]:
    out = set()
    for a in "0123456789":
        for b in "0123456789":
            out.update("".join(p) for p in product(a + b, repeat=6))
    for d in "0123456789":
        run = d * 4
        for x, y in product("0123456789", repeat=2):
            out.update((run + x + y, x + run + y, x + y + run))
    return out


def _sequences() -> set[str]:
    out = set()
    for step in (1, 2, 8, 9):  # +1, +2, -2, -1 (mod 10)
        for start in range(10):
            run = "".join(str((start + k * step) % 10) for k in range(6))
            out.add(run)
            for x in "0123456789":
                out.add(run[:5] + x)
                out.add(x + run[:5])
    return out


def _patterns() -> set[str]:
    out = set()
    for a, b, c in product("0123456789", repeat=3):
        out.update((a + b + c + c + b + a, a + b + c + a + b + c, a + a + b + b + c + c))
    return out


def _keypad() -> set[str]:
    lines = [*_KEYPAD_LINES, *(line[::-1] for line in _KEYPAD_LINES)]
    return {a + b for a in lines for b in lines}


def _popular() -> set[str]:
    from app.core.password.data import read_list

    out = {row[0] for row in read_list("popular_pins.txt") if _PIN.fullmatch(row[0])}
    numbers = [row[0] for row in read_list("numeric_homophones.txt")]
    for num in numbers:
        for i in range(len(num) - 5):
            out.add(num[i:i + 6])
    by_len = {n: [x for x in numbers if len(x) == n] for n in (2, 3, 4)}
    twos = set(by_len[2]) | {"20", "52", "13", "14", "21", "25", "58", "68", "66", "88", "99", "00", "11"}
    threes = set(by_len[3]) | {"520", "521", "530", "168", "518", "888", "666", "584", "999"}
    out.update(a + b for a in threes for b in threes)
    out.update(a + b for a in by_len[4] for b in twos)
    out.update(b + a for a in by_len[4] for b in twos)
    return {p for p in out if _PIN.fullmatch(p)}


def _dates() -> set[str]:
    out = set()
    day = dt.date(DATE_YEARS[0], 1, 1)
    end = dt.date(DATE_YEARS[1], 12, 31)
    one = dt.timedelta(days=1)
    while day <= end:
        yy, mm, dd = f"{day.year % 100:02d}", f"{day.month:02d}", f"{day.day:02d}"
        out.update((yy + mm + dd, mm + dd + yy, dd + mm + yy))
        day += one
    for year in range(DATE_YEARS[0], DATE_YEARS[1] + 1):
        for month in range(1, 13):
            out.update((f"{year}{month:02d}", f"{month:02d}{year}"))
    return out


_lock = threading.Lock()
_rules: tuple[tuple[str, frozenset[str]], ...] | None = None


def generic_rules() -> tuple[tuple[str, frozenset[str]], ...]:
    """(reason code, the PINs it refuses) for the rules that do not depend on the person; built once."""
    global _rules
    if _rules is None:
        with _lock:
            if _rules is None:
                _rules = tuple((code, frozenset(build())) for code, build in (
                    ("pin-repeat", _repeats), ("pin-sequence", _sequences), ("pin-pattern", _patterns),
                    ("pin-keypad", _keypad), ("pin-popular", _popular), ("pin-date", _dates)))
    return _rules


def _windows(s: str, n: int = 6) -> set[str]:
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def personal_pins(personal: PersonalInfo | None) -> tuple[tuple[str, frozenset[str]], ...]:
    """(reason code, PINs) made from the person's birthday, phone and ID card number."""
    if personal is None:
        return ()
    birthday: set[str] = set()
    for d in personal.birthdays():
        for form in date_strings(d):
            birthday |= _windows(form) if len(form) >= 6 else set()
    phone = _windows(personal.phone_digits())
    ident = personal.id_chars()
    ids = _windows(ident) | ({ident[-6:]} if len(ident) >= 6 else set())
    return (("pin-birthday", frozenset(birthday)), ("pin-phone", frozenset(phone)),
            ("pin-id-number", frozenset(p for p in ids if _PIN.fullmatch(p))))


def normalise_pin(pin: str) -> str:
    """Full-width digits to ASCII, spaces removed."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", pin or ""))


def pin_reasons(pin: str, personal: PersonalInfo | None = None, _personal_rules=None) -> tuple[str, ...]:
    """The reason codes for a PIN (empty when it is acceptable)."""
    pin = normalise_pin(pin)
    if not _PIN.fullmatch(pin):
        return ("pin-not-six-digits",)
    rules = generic_rules() + (personal_pins(personal) if _personal_rules is None else _personal_rules)
    return tuple(code for code, pins in rules if pin in pins)


def check_pin(pin: str, personal: PersonalInfo | None = None, language: str = "en") -> PinResult:
    """Check a 6-digit payment PIN; messages in zh_CN, zh_TW or en. Safe from any thread."""
    from app.core.password.feedback import normalise_language, text

    language = normalise_language(language)
    reasons = pin_reasons(pin, personal)
    return PinResult(ok=not reasons, reasons=reasons,
                     messages=tuple(text("pin", code, language) for code in reasons), language=language)
