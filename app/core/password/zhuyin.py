"""Zhuyin (bopomofo) readings -> the keys typed on the standard Zhuyin (大千) keyboard layout.

Many Taiwanese users "type a phrase" as a password without switching the input method on, so the
password is the sequence of keys: 我的密碼 = ㄨㄛˇ ㄉㄜ˙ ㄇㄧˋ ㄇㄚˇ = ji3 2k7 au4 a83 = ji32k7au4a83.
The first tone has no mark; it is typed with the space bar, which people may or may not type.
"""

from __future__ import annotations

# The standard layout, key by key (row by row, left to right).
_SYMBOLS = "ㄅㄉˇˋㄓˊ˙ㄚㄞㄢㄦ" "ㄆㄊㄍㄐㄔㄗㄧㄛㄟㄣ" "ㄇㄋㄎㄑㄕㄘㄨㄜㄠㄤ" "ㄈㄌㄏㄒㄖㄙㄩㄝㄡㄥ"
_KEYS = "1234567890-" "qwertyuiop" "asdfghjkl;" "zxcvbnm,./"
ZHUYIN_KEYS = dict(zip(_SYMBOLS, _KEYS, strict=True))
TONE_MARKS = frozenset("ˊˇˋ˙")


def syllable_keys(syllable: str, first_tone: str = " ") -> str:
    """Keys for one syllable, e.g. 'ㄇㄚˇ' -> 'a83'; a syllable without a tone mark ends in `first_tone`."""
    # A neutral-tone mark may be written first (˙ㄉㄜ); it is typed last.
    marks = [c for c in syllable if c in TONE_MARKS]
    body = [c for c in syllable if c not in TONE_MARKS]
    keys = "".join(ZHUYIN_KEYS[c] for c in body + marks)
    return keys if marks else keys + first_tone


def zhuyin_key_sequences(readings: str) -> list[str]:
    """Key sequences for 'reading|reading' (syllables separated by spaces), with and without spaces."""
    out: list[str] = []
    for reading in readings.split("|"):
        syllables = reading.split()
        for first_tone in (" ", ""):
            seq = "".join(syllable_keys(s, first_tone) for s in syllables)
            for s in (seq, seq.rstrip(" ")):
                if s not in out:
                    out.append(s)
    return out
