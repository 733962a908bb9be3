"""The word lists of resources/passwords/, loaded once, lazily and thread-safely.

Everything here is read-only once built: the estimator shares it between threads without a lock.
zxcvbn's own ranked dictionaries are read from `zxcvbn.matching.RANKED_DICTIONARIES` (never
written: SafeSteps does not call `add_frequency_lists()`, so plain zxcvbn elsewhere in the process
stays plain) and merged with ours into one word -> ((dictionary, rank), ...) map.
"""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from app.core.resources import resources_dir

# Our ranked lists: dictionary name -> ((file in resources/passwords/, column of the word), ...).
LIST_FILES = {
    "chinese_passwords": (("chinese_passwords.txt", 0),),
    "pinyin_words": (("pinyin_words.txt", 0),),
    "numeric_homophones": (("numeric_homophones.txt", 0),),
    "chinese_surnames": (("surnames_cn.txt", 1), ("surnames_tw_hk.txt", 0)),
    "chinese_given_names": (("given_names.txt", 0),),
}
ZHUYIN_DICTIONARY = "zhuyin_phrases"
# zxcvbn's dictionary names (4.5.0); anything else in RANKED_DICTIONARIES is taken as well.
VANILLA_DICTIONARIES = ("passwords", "english_wikipedia", "female_names", "surnames",
                        "us_tv_and_film", "male_names")


def passwords_dir() -> Path:
    return resources_dir() / "passwords"


def read_list(name: str) -> list[list[str]]:
    """Rows of a list file: '#' lines and blank lines skipped, columns split on tabs."""
    rows = []
    for line in (passwords_dir() / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.rstrip("\n").split("\t"))
    return rows


def ranked(words) -> dict[str, int]:
    """word -> rank (1 = most common); the first occurrence of a word keeps its rank."""
    out: dict[str, int] = {}
    for word in words:
        out.setdefault(word, len(out) + 1)
    return out


@dataclass(frozen=True)
class Tables:
    """Everything the matchers need, built once."""

    combined: Mapping[str, tuple[tuple[str, int], ...]]  # word -> ((dictionary name, rank), ...)
    sorted_words: tuple[str, ...]  # for prefix tests (l33t matching)
    max_len: int
    syllables: frozenset[str]  # toneless pinyin syllables
    surnames: Mapping[str, int]  # pinyin surname -> rank
    given: Mapping[str, int]  # pinyin given name or given-name syllable -> rank
    hanzi: Mapping[str, tuple[str, ...]]  # character -> readings, most common first
    hanzi_surnames: Mapping[str, str]  # surname in characters -> pinyin (surname reading)
    l33t: Mapping[str, tuple[str, ...]]  # l33t character -> letters it may stand for
    zhuyin_words: Mapping[str, str]  # key sequence -> phrase

    def has_prefix(self, prefix: str) -> bool:
        words = self.sorted_words
        k = bisect.bisect_left(words, prefix)
        return k < len(words) and words[k].startswith(prefix)


_lock = threading.Lock()
_cache: dict[frozenset[str], Tables] = {}


def tables(exclude: frozenset[str] = frozenset()) -> Tables:
    """The shared tables; `exclude` leaves out some of our dictionaries (for held-out benchmarks)."""
    t = _cache.get(exclude)
    if t is None:
        with _lock:
            t = _cache.get(exclude)
            if t is None:
                t = _cache[exclude] = _build(exclude)
    return t


def _build(exclude: frozenset[str]) -> Tables:
    from zxcvbn import matching  # lazy: zxcvbn's lists take a while to import

    from app.core.password.zhuyin import zhuyin_key_sequences

    dictionaries: dict[str, Mapping[str, int]] = {}
    for name, rd in matching.RANKED_DICTIONARIES.items():
        if name != "user_inputs":
            dictionaries[name] = rd
    ours = {name: ranked(row[col].lower() for f, col in files for row in read_list(f))
            for name, files in LIST_FILES.items()}
    dictionaries.update(ours)
    zhuyin_words: dict[str, str] = {}
    for row in read_list("zhuyin_phrases.txt"):
        for seq in zhuyin_key_sequences(row[1]):
            zhuyin_words.setdefault(seq, row[0])
    dictionaries[ZHUYIN_DICTIONARY] = ranked(zhuyin_words)
    for name in exclude:
        dictionaries.pop(name, None)

    combined: dict[str, list[tuple[str, int]]] = {}
    for name, rd in dictionaries.items():
        for word, rank in rd.items():
            combined.setdefault(word, []).append((name, rank))
    combined_t = {w: tuple(v) for w, v in combined.items()}

    hanzi: dict[str, list[str]] = {}
    for row in read_list("hanzi_pinyin.txt"):
        for c in row[1]:
            hanzi.setdefault(c, []).append(row[0])
    surname_rows = read_list("surnames_cn.txt")
    l33t: dict[str, list[str]] = {}
    for letter, subs in matching.L33T_TABLE.items():
        for sub in subs:
            l33t.setdefault(sub, []).append(letter)

    return Tables(
        combined=MappingProxyType(combined_t),
        sorted_words=tuple(sorted(combined_t)),
        max_len=max(map(len, combined_t)),
        syllables=frozenset(row[0] for row in read_list("pinyin_syllables.txt")),
        surnames=MappingProxyType(ours["chinese_surnames"]),
        given=MappingProxyType(ours["chinese_given_names"]),
        hanzi=MappingProxyType({c: tuple(rs) for c, rs in hanzi.items()}),
        hanzi_surnames=MappingProxyType({row[0]: row[1] for row in surname_rows}),
        l33t=MappingProxyType({c: tuple(ls) for c, ls in l33t.items()}),
        zhuyin_words=MappingProxyType(zhuyin_words),
    )
