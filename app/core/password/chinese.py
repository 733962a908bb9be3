"""Matchers for patterns of Chinese passwords that zxcvbn does not know.

- pinyin: runs of letters that split into pinyin syllables (xiazhili = xia zhi li); an attacker who
  enumerates k-syllable strings needs at most (number of syllables)^k guesses;
- pinyin names: a common surname and a common given name, in either order (zhangwei, weizhang);
- mainland mobile numbers (1[3-9] and 9 digits) and 18-digit ID card numbers (valid date and check
  digit): rated like entries of a short list, because they leak everywhere and the phone number is
  the login name of most Chinese accounts;
- dates zxcvbn does not see: MMDD and MDD birthdays (0315, 315), YYYYMM and MMYYYY, years 2020-2039.

Numeric homophones (5201314), common Chinese passwords, pinyin words and Zhuyin phrases are ranked
dictionaries (see data.py), matched like zxcvbn's own.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

# Guesses for a complete mobile number or ID card number: like an entry of a million-word list.
LEAKED_NUMBER_GUESSES = 10**6
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_MIN_NAME_LETTERS = 4


def _finish(match: dict, password: str, guesses) -> dict:
    """Set the guesses the way zxcvbn bounds submatches: at least 10 (one character) or 50."""
    n = len(match["token"])
    floor = 1 if n == len(password) else (10 if n == 1 else 50)
    match["guesses"] = max(Decimal(guesses), Decimal(floor))
    return match


def _aligned_lower(password: str) -> str:
    """password.lower() keeping one character per character (İ stays as it is)."""
    lower = password.lower()
    if len(lower) == len(password):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in password)


def _letter_runs(lower: str, min_len: int):
    i, n = 0, len(lower)
    while i < n:
        if "a" <= lower[i] <= "z":
            j = i
            while j < n and "a" <= lower[j] <= "z":
                j += 1
            if j - i >= min_len:
                yield i, lower[i:j]
            i = j
        else:
            i += 1


def pinyin_matches(password: str, lower: str, tables) -> list[dict]:
    from zxcvbn.scoring import uppercase_variations

    syllables = tables.syllables
    space = len(syllables)
    out = []
    for offset, run in _letter_runs(lower, 4):
        n = len(run)
        for s in range(n):
            best = {s: 0}
            for p in range(s, n):
                k = best.get(p)
                if k is None:
                    continue
                for length in range(1, 7):
                    if p + length <= n and run[p:p + length] in syllables:
                        e = p + length
                        if best.get(e, 99) > k + 1:
                            best[e] = k + 1
            for e, k in best.items():
                length = e - s
                if k < 2 or length < 4:
                    continue
                guesses = space**k
                if guesses >= 10**length:  # no better than brute force: not worth a match
                    continue
                i, j = offset + s, offset + e - 1
                token = password[i:j + 1]
                m = {"pattern": "pinyin", "i": i, "j": j, "token": token, "syllables": k,
                     "reasons": ("pinyin-word",)}
                out.append(_finish(m, password, guesses * uppercase_variations({"token": token})))
    return out


def _given_options(run: str, start: int, tables):
    """(end, guesses) of given names starting at `start`: a listed given name, or two listed syllables."""
    given = tables.given
    out = []
    for length in range(1, 13):
        part = run[start:start + length]
        if len(part) < length:
            break
        rank = given.get(part)
        if rank is not None:
            out.append((start + length, rank))
            for length2 in range(1, 7):
                part2 = run[start + length:start + length + length2]
                if len(part2) < length2:
                    break
                rank2 = given.get(part2)
                if rank2 is not None and part in tables.syllables and part2 in tables.syllables:
                    out.append((start + length + length2, rank * rank2))
    return out


def name_matches(password: str, lower: str, tables) -> list[dict]:
    from zxcvbn.scoring import uppercase_variations

    surnames = tables.surnames
    out = []
    for offset, run in _letter_runs(lower, _MIN_NAME_LETTERS):
        n = len(run)
        found: dict[tuple[int, int], int] = {}
        for s in range(n):
            # surname + given name
            for length in range(1, 10):
                sur = run[s:s + length]
                if len(sur) < length:
                    break
                rank = surnames.get(sur)
                if rank is None:
                    continue
                for e, g in _given_options(run, s + length, tables):
                    key = (s, e)
                    found[key] = min(found.get(key, 1 << 62), rank * g)
            # given name + surname (western order): twice the guesses
            for e1, g in _given_options(run, s, tables):
                for length in range(1, 10):
                    sur = run[e1:e1 + length]
                    if len(sur) < length:
                        break
                    rank = surnames.get(sur)
                    if rank is not None:
                        key = (s, e1 + length)
                        found[key] = min(found.get(key, 1 << 62), 2 * rank * g)
        for (s, e), guesses in found.items():
            if e - s < _MIN_NAME_LETTERS:
                continue
            i, j = offset + s, offset + e - 1
            token = password[i:j + 1]
            m = {"pattern": "pinyin_name", "i": i, "j": j, "token": token, "reasons": ("pinyin-name",)}
            out.append(_finish(m, password, guesses * uppercase_variations({"token": token})))
    return out


def _valid_md(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _MONTH_DAYS[month - 1]


def _id_valid(s: str) -> bool:
    if len(s) != 18 or not s[:17].isdigit() or s[0] == "0":
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    if not 1900 <= int(s[6:10]) <= 2030:
        return False
    total = sum(int(c) * w for c, w in zip(s[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == s[17].upper()


def number_matches(password: str) -> list[dict]:
    out = []
    n = len(password)
    digit = [c in "0123456789" for c in password]

    def add(i, j, pattern, reasons, guesses, **extra):
        m = {"pattern": pattern, "i": i, "j": j, "token": password[i:j + 1], "reasons": reasons, **extra}
        out.append(_finish(m, password, guesses))

    for i in range(n):
        # runs of digits starting at i
        k = i
        while k < n and digit[k]:
            k += 1
        run = password[i:k]
        if len(run) >= 11 and run[0] == "1" and run[1] in "3456789":
            add(i, i + 10, "mobile", ("phone-number",), LEAKED_NUMBER_GUESSES)
        if len(run) >= 17 and i + 18 <= n and _id_valid(password[i:i + 18]):
            add(i, i + 17, "id_card", ("id-number",), LEAKED_NUMBER_GUESSES)
        if len(run) >= 4:
            if _valid_md(int(run[:2]), int(run[2:4])):  # MMDD
                add(i, i + 3, "cn_date", ("date",), 366)
            year = int(run[:4])
            if 2020 <= year <= 2039:
                add(i, i + 3, "cn_date", ("date",), 20)
        if len(run) >= 3:
            # MDD (315) or MMD (123 = Dec 3 or Jan 23: both are dates)
            if (_valid_md(int(run[0]), int(run[1:3])) and run[1] != "0") or \
                    (_valid_md(int(run[:2]), int(run[2])) and run[0] == "1"):
                add(i, i + 2, "cn_date", ("date",), 366)
        if len(run) >= 6:
            y1, m1 = int(run[:4]), int(run[4:6])  # YYYYMM
            m2, y2 = int(run[:2]), int(run[2:6])  # MMYYYY
            if (1940 <= y1 <= 2039 and 1 <= m1 <= 12) or (1940 <= y2 <= 2039 and 1 <= m2 <= 12):
                add(i, i + 5, "cn_date", ("date",), 100 * 12)
    return out


def chinese_matches(password: str, ctx) -> list[dict]:
    lower = _aligned_lower(password)
    tables = ctx.tables
    return pinyin_matches(password, lower, tables) + name_matches(password, lower, tables) + \
        number_matches(password)
