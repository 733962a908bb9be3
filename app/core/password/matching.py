"""Pattern matching: zxcvbn's matchers (a superset of their matches, found faster) plus ours.

Why not call `zxcvbn.matching.omnimatch()`:
- its l33t matcher tries every substitution table one by one (hundreds on l33t-heavy input) and runs a
  full dictionary scan for each: about 3 s on some 50–72 character inputs. `l33t_matches()` below walks
  the dictionaries' prefixes instead and finds every match zxcvbn finds (each l33t character either
  kept or read as one of its letters, consistently within the word), plus some more;
- it reads and writes the module-level `RANKED_DICTIONARIES` (the 'user_inputs' entry), which is not
  thread-safe. Here every call has its own Context and the shared tables are read-only.

Every match zxcvbn 4.5.0 would produce is produced here too, with the same fields, so
`zxcvbn.scoring.estimate_guesses` gives it the same guesses; our extra matches only add candidates.
Together with the exact search in search.py this is why our guesses never exceed zxcvbn's.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import product
from math import comb
from typing import Mapping

from app.core.password.data import Tables

# Separators people put between the parts of a password: wo.ai.ni.1314, Woaini@1314.
SEPARATORS = frozenset(" ._-@#*!~,/+|&=:;")
_MAX_DEPTH = 8  # repeat bases halve each level: 72 characters never need more


@dataclass
class Context:
    """Per-call state: the shared tables and this call's personal dictionaries."""

    tables: Tables
    personal: Mapping[str, Mapping[str, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        words = {w for d in self.personal.values() for w in d}
        self.personal_sorted = tuple(sorted(words))
        self.personal_max = max(map(len, words), default=0)
        self.max_len = max(self.tables.max_len, self.personal_max)

    def lookup(self, word: str) -> list[tuple[str, int]]:
        hits = list(self.tables.combined.get(word, ()))
        if self.personal:
            for name, d in self.personal.items():
                rank = d.get(word)
                if rank is not None:
                    hits.append((name, rank))
        return hits

    def has_prefix(self, prefix: str) -> bool:
        if self.tables.has_prefix(prefix):
            return True
        words = self.personal_sorted
        if not words:
            return False
        k = bisect.bisect_left(words, prefix)
        return k < len(words) and words[k].startswith(prefix)


# --- dictionaries ------------------------------------------------------------------------------------
def dictionary_matches(password: str, ctx: Context) -> list[dict]:
    """zxcvbn's dictionary_match over all dictionaries at once (same matches, same fields).

    Like zxcvbn, substrings are taken from password.lower() at the password's indices.
    """
    matches = []
    n = len(password)
    lower = password.lower()
    max_len = ctx.max_len
    lookup = ctx.lookup
    for i in range(n):
        for j in range(i, min(n, i + max_len)):
            word = lower[i:j + 1]
            for name, rank in lookup(word):
                matches.append({
                    "pattern": "dictionary", "i": i, "j": j, "token": password[i:j + 1],
                    "matched_word": word, "rank": rank, "dictionary_name": name,
                    "reversed": False, "l33t": False,
                })
    return matches


def reverse_dictionary_matches(password: str, ctx: Context) -> list[dict]:
    n = len(password)
    matches = dictionary_matches(password[::-1], ctx)
    for m in matches:
        m["token"] = m["token"][::-1]
        m["reversed"] = True
        m["i"], m["j"] = n - 1 - m["j"], n - 1 - m["i"]
    return matches


def l33t_matches(password: str, ctx: Context) -> list[dict]:
    """Dictionary words with l33t substitutions (p4ssw0rd), found by walking dictionary prefixes.

    Each l33t character of a word is either kept or read as one of its letters, the same way
    everywhere in the word; zxcvbn's substitution tables are a subset of these choices.
    """
    table = ctx.tables.l33t
    if not any(c in table for c in password):
        return []
    n = len(password)
    lower = password.lower()
    max_len = ctx.max_len
    has_prefix = ctx.has_prefix if ctx.personal_sorted else ctx.tables.has_prefix
    matches = []
    for i in range(n):
        stack = [(i, "", {})]
        while stack:
            p, prefix, assign = stack.pop()
            c = lower[p] if p < len(lower) else ""
            if not c:
                continue
            if c in table:
                options = [assign[c]] if c in assign else [c, *table[c]]
            else:
                options = [c]
            for opt in options:
                word = prefix + opt
                if not has_prefix(word):
                    continue
                new_assign = assign if (c not in table or c in assign) else {**assign, c: opt}
                token = password[i:p + 1]
                if len(token) > 1 and token.lower() != word:
                    hits = ctx.lookup(word)
                    if hits:
                        for sub in _subs_for(token, new_assign, table):
                            for name, rank in hits:
                                matches.append({
                                    "pattern": "dictionary", "i": i, "j": p, "token": token,
                                    "matched_word": word, "rank": rank, "dictionary_name": name,
                                    "reversed": False, "l33t": True, "sub": sub,
                                    "sub_display": ", ".join(f"{k} -> {v}" for k, v in sub.items()),
                                })
                if p + 1 < n and p + 1 - i < max_len:
                    stack.append((p + 1, word, new_assign))
    return matches


def _subs_for(token: str, assign: dict, table) -> list[dict]:
    """The substitution dicts zxcvbn would attach: the used mappings of l33t characters in the token.

    When password.lower() changes length (İ), the token and the matched text are shifted and the token
    may hold l33t characters the walk did not see: every choice for those is listed.
    """
    sub = {k: v for k, v in assign.items() if v != k and k in token}
    free = [c for c in dict.fromkeys(token) if c in table and c not in assign]
    if not free:
        return [sub]
    out = []
    for choice in product(*[[None, *table[c]] for c in free]):
        extra = {c: v for c, v in zip(free, choice) if v is not None}
        out.append({**sub, **extra})
    return out


# --- dates --------------------------------------------------------------------------------------------
_MAYBE_DATE = re.compile(r"^\d{4,8}$")
_MAYBE_DATE_SEP = re.compile(r"^(\d{1,4})([\s/\\_.-])(\d{1,2})\2(\d{1,4})$")


def date_matches(password: str) -> list[dict]:
    """zxcvbn's date_match, same matches, without its quadratic clean-up (slow on long digit runs)."""
    from zxcvbn import matching as zm
    from zxcvbn.scoring import REFERENCE_YEAR

    matches = []
    n = len(password)
    for i in range(n - 3):
        for j in range(i + 3, i + 8):
            if j >= n:
                break
            token = password[i:j + 1]
            if not _MAYBE_DATE.match(token):
                continue
            best = None
            for k, l in zm.DATE_SPLITS[len(token)]:
                dmy = zm.map_ints_to_dmy([int(token[0:k]), int(token[k:l]), int(token[l:])])
                if dmy and (best is None or abs(dmy["year"] - REFERENCE_YEAR) < abs(best["year"] - REFERENCE_YEAR)):
                    best = dmy
            if best:
                matches.append({"pattern": "date", "token": token, "i": i, "j": j, "separator": "",
                                "year": best["year"], "month": best["month"], "day": best["day"]})
    for i in range(n - 5):
        for j in range(i + 5, i + 10):
            if j >= n:
                break
            token = password[i:j + 1]
            rx = _MAYBE_DATE_SEP.match(token)
            if not rx:
                continue
            dmy = zm.map_ints_to_dmy([int(rx.group(1)), int(rx.group(3)), int(rx.group(4))])
            if dmy:
                matches.append({"pattern": "date", "token": token, "i": i, "j": j, "separator": rx.group(2),
                                "year": dmy["year"], "month": dmy["month"], "day": dmy["day"]})
    # zxcvbn drops a date inside another date's span (2015_06_04 also holds 15_06_04 ...).
    spans = {(m["i"], m["j"]) for m in matches}
    return [m for m in matches
            if not any((a, b) != (m["i"], m["j"]) and a <= m["i"] and b >= m["j"]
                       for a in range(max(0, m["i"] - 9), m["i"] + 1)
                       for b in range(m["j"], min(n, a + 10))
                       if (a, b) in spans)]


# --- repeats ------------------------------------------------------------------------------------------
_GREEDY = re.compile(r"(.+)\1+")
_LAZY = re.compile(r"(.+?)\1+")
_LAZY_ANCHORED = re.compile(r"^(.+?)\1+$")


def repeat_matches(password: str, ctx: Context, depth: int) -> list[dict]:
    """zxcvbn's repeat_match (same spans), with the base token rated by our own analysis."""
    from app.core.password.search import most_guessable

    matches = []
    last_index = 0
    while last_index < len(password):
        greedy = _GREEDY.search(password, pos=last_index)
        lazy = _LAZY.search(password, pos=last_index)
        if not greedy:
            break
        if len(greedy.group(0)) > len(lazy.group(0)):
            match = greedy
            base_token = _LAZY_ANCHORED.search(match.group(0)).group(1)
        else:
            match = lazy
            base_token = match.group(1)
        i, j = match.span()[0], match.span()[1] - 1
        base_guesses, base_sequence = most_guessable(base_token, omnimatch(base_token, ctx, depth + 1))
        matches.append({
            "pattern": "repeat", "i": i, "j": j, "token": match.group(0), "base_token": base_token,
            "base_guesses": base_guesses, "base_matches": base_sequence,
            "repeat_count": len(match.group(0)) / len(base_token),
        })
        last_index = j + 1
    return matches


# --- separators -----------------------------------------------------------------------------------------
def separator_matches(password: str, ctx: Context, depth: int) -> list[dict]:
    """The whole password with its separators taken out (wo.ai.ni.1314 -> woaini1314), rated as that
    times the ways to choose the separator characters and to place them."""
    from app.core.password.search import most_guessable

    seps = [c for c in password if c in SEPARATORS]
    stripped = "".join(c for c in password if c not in SEPARATORS)
    if not seps or len(stripped) < 2:
        return []
    guesses, sequence = most_guessable(stripped, omnimatch(stripped, ctx, depth + 1))
    factor = len(SEPARATORS) ** len(set(seps)) * comb(len(stripped) + len(seps), len(seps))
    return [{
        "pattern": "separator", "i": 0, "j": len(password) - 1, "token": password,
        "guesses": guesses * factor, "stripped": stripped, "base_matches": sequence,
        "reasons": ("separators",),
    }]


# --- letters / digits / symbols structure -------------------------------------------------------------
def _char_class(c: str) -> int:
    if c.isalpha():
        return 0
    return 1 if c in "0123456789" else 2


def structure_matches(password: str, ctx: Context, depth: int) -> list[dict]:
    """Chinese passwords are mostly letters + digits (Han et al.: 17 % pinyin + digits, 5 % pinyin +
    date). For a password of 2 or 3 runs of letters / digits / symbols (qqzhangwei1314, Woaini@520),
    rate each run on its own and multiply, times the number of such layouts: one template, instead of
    zxcvbn's extra cost per part (which puts every 3-part password at score 3 or more)."""
    from app.core.password.search import most_guessable

    runs: list[tuple[int, int]] = []
    for k, c in enumerate(password):
        if runs and _char_class(c) == _char_class(password[runs[-1][0]]):
            runs[-1] = (runs[-1][0], k)
        else:
            runs.append((k, k))
    if not 2 <= len(runs) <= 3:
        return []
    layouts = 3 + 6 + (12 if len(runs) == 3 else 0)  # class sequences of 1, 2 (and 3) runs
    guesses = Decimal(layouts)
    inner: list[dict] = []
    for i, j in runs:
        token = password[i:j + 1]
        g, sequence = most_guessable(token, omnimatch(token, ctx, depth + 1))
        guesses *= g
        inner += sequence
    return [{"pattern": "structure", "i": 0, "j": len(password) - 1, "token": password,
             "guesses": guesses, "base_matches": inner}]


# --- all together --------------------------------------------------------------------------------------
def omnimatch(password: str, ctx: Context, depth: int = 0) -> list[dict]:
    from zxcvbn import matching as zm

    from app.core.password import chinese

    matches = dictionary_matches(password, ctx)
    matches += reverse_dictionary_matches(password, ctx)
    matches += l33t_matches(password, ctx)
    matches += zm.spatial_match(password)
    if depth < _MAX_DEPTH:
        matches += repeat_matches(password, ctx, depth)
    matches += zm.sequence_match(password)
    matches += zm.regex_match(password)
    matches += date_matches(password)
    matches += chinese.chinese_matches(password, ctx)
    if depth == 0:
        matches += separator_matches(password, ctx, depth)
    if depth <= 1:
        matches += structure_matches(password, ctx, depth)
    return matches
