"""Maintainer tool: regenerate the word-list files that are derived from pypinyin.

    .venv/bin/python -m app.core.password.generate_data

Writes, in resources/passwords/:
- pinyin_syllables.txt  every toneless Hanyu Pinyin syllable (ü written v);
- hanzi_pinyin.txt      readings of the characters of GB 2312 (6,763 hanzi) and Big5 level 1
                        (5,401 常用字), so names typed in Simplified or Traditional characters can be
                        turned into pinyin without pypinyin at run time;
- zhuyin_phrases.txt    common phrases with their Zhuyin (bopomofo) readings; the estimator turns
                        the readings into key sequences of the standard (大千) Zhuyin layout.

pypinyin is needed only here (it is not a run-time dependency of SafeSteps).
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[3] / "resources" / "passwords"

# Phrases Taiwanese users type on the Zhuyin layout instead of a password (the best-known case,
# 我的密碼 = ji32k7au4a83, was widely reported in 2019). Most common first; compiled by the SafeSteps
# developers from those reports and everyday phrases (greetings, love, family, places, "password").
ZHUYIN_PHRASES = """
我的密碼 密碼 我愛你 你好 愛你 我的帳號 密碼是什麼 我是誰 台灣 台北 一生一世 永遠愛你 我想你
老婆 老公 寶貝 媽媽 爸爸 哈哈 呵呵 謝謝 對不起 我喜歡你 喜歡 想你 好想你 愛你一生 我愛妳 愛妳
早安 晚安 你好嗎 生日快樂 快樂 幸福 平安 天天開心 開心 中華民國 中華 高雄 台中 台南 新竹 桃園
我愛台灣 帳號 密碼密碼 我的 你的 大家好 不知道 忘記了 忘記密碼 我忘了 芝麻開門 阿彌陀佛
我愛我家 家人 小寶 寶寶 親愛的 我是 你是誰 一二三 加油 努力 發財 恭喜發財 萬事如意 身體健康
""".split()

# Standard toneless syllables that are interjections only; they would make any "m"/"n" a syllable.
_SKIP_SYLLABLES = {"m", "n", "ng", "hm", "hng", "ê", "yo", "lo", "r", "ei"}


def _gb2312_hanzi() -> list[str]:
    chars = []
    for b1 in range(0xB0, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                chars.append(bytes([b1, b2]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def _big5_level1_hanzi() -> list[str]:
    chars = []
    for b1 in range(0xA4, 0xC7):
        for b2 in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            try:
                c = bytes([b1, b2]).decode("big5")
            except UnicodeDecodeError:
                continue
            if "\u4e00" <= c <= "\u9fff":
                chars.append(c)
    return chars


def main() -> int:
    from pypinyin import Style, lazy_pinyin, pinyin  # maintainer-only dependency
    import pypinyin

    version = getattr(pypinyin, "__version__", "?")
    chars = list(dict.fromkeys(_gb2312_hanzi() + _big5_level1_hanzi()))

    readings: dict[str, list[str]] = {}
    syllables: set[str] = set()
    for c in chars:
        rs = pinyin(c, heteronym=True, style=Style.NORMAL, v_to_u=False)[0]
        rs = [r for r in dict.fromkeys(rs) if r.isascii() and r.isalpha()]
        if not rs:
            continue
        readings[c] = rs[:3]
        syllables.update(rs)
    syllables -= _SKIP_SYLLABLES

    # Primary readings first (one line per syllable), then the other readings of heteronyms.
    primary: dict[str, list[str]] = {}
    extra: dict[str, list[str]] = {}
    for c, rs in readings.items():
        primary.setdefault(rs[0], []).append(c)
        for r in rs[1:]:
            extra.setdefault(r, []).append(c)
    lines = [
        "# Pinyin readings of the hanzi in GB 2312-1980 (6,763) and Big5 level 1 (5,401 常用字).",
        f"# Source: generated with pypinyin {version} (Style.NORMAL, heteronym=True; ü written v) by",
        "# app/core/password/generate_data.py. Used to turn names typed in Chinese characters into pinyin.",
        "# Format: syllable<TAB>characters. A character's first line is its most common reading;",
        "# lines after the marker list other readings of characters with several (up to 3 in all).",
    ]
    lines += [f"{s}\t{''.join(cs)}" for s, cs in sorted(primary.items())]
    lines.append("# other readings")
    lines += [f"{s}\t{''.join(cs)}" for s, cs in sorted(extra.items())]
    (OUT / "hanzi_pinyin.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

    lines = [
        "# Toneless Hanyu Pinyin syllables (ü written v, as typed on a keyboard).",
        f"# Source: every reading of the hanzi in hanzi_pinyin.txt, from pypinyin {version};",
        "# interjection-only syllables (m, n, ng, hm, hng, ê, yo, lo, r, ei) left out.",
    ]
    (OUT / "pinyin_syllables.txt").write_text("\n".join(lines + sorted(syllables)) + "\n", encoding="utf-8")

    lines = [
        "# Common phrases typed on the Zhuyin (bopomofo) keyboard layout instead of a password,",
        "# e.g. 我的密碼 typed that way is ji32k7au4a83. Most common first.",
        "# Sources: phrases compiled by the SafeSteps developers (see generate_data.py); readings generated with",
        f"# pypinyin {version} (Style.BOPOMOFO): the phrase reading, and the reading of each character",
        "# on its own when that differs (people often type 一, 不 with their base tone).",
        "# Format: phrase<TAB>reading[|reading…], syllables separated by spaces.",
    ]
    for phrase in dict.fromkeys(ZHUYIN_PHRASES):
        variants = [" ".join(lazy_pinyin(phrase, style=Style.BOPOMOFO))]
        variants.append(" ".join(lazy_pinyin(c, style=Style.BOPOMOFO)[0] for c in phrase))
        lines.append(f"{phrase}\t{'|'.join(dict.fromkeys(variants))}")
    (OUT / "zhuyin_phrases.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(readings)} hanzi, {len(syllables)} syllables, {len(set(ZHUYIN_PHRASES))} zhuyin phrases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
