"""Simplified-only and Traditional-only characters, from OpenCC's character dictionaries.

A character is Simplified-only when OpenCC's STCharacters maps it only to other characters
(发 → 發 髮), and Traditional-only when TSCharacters maps it only to other characters (發 → 发).
Characters valid in both scripts (后, 台, 着 …) map to themselves among their candidates and are
not flagged. Used by the content tests; run `python tests/chinese_script.py` to check by hand.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path


def _opencc_share() -> tuple[Path, Path]:
    import opencc  # test dependency

    clib = Path(opencc.__file__).parent / "clib"
    return clib / "bin" / "opencc_dict", clib / "share" / "opencc"


@cache
def _dictionary(name: str) -> dict[str, list[str]]:
    tool, share = _opencc_share()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"{name}.txt"
        subprocess.run([str(tool), "-i", str(share / f"{name}.ocd2"), "-o", str(out), "-f", "ocd2", "-t", "text"],
                       check=True, capture_output=True)
        mapping = {}
        for line in out.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                key, values = line.split("\t", 1)
                mapping[key] = values.split()
        return mapping


@cache
def simplified_only() -> frozenset[str]:
    return frozenset(s for s, ts in _dictionary("STCharacters").items() if len(s) == 1 and s not in ts)


@cache
def traditional_only() -> frozenset[str]:
    return frozenset(t for t, ss in _dictionary("TSCharacters").items() if len(t) == 1 and t not in ss)


def wrong_script_chars(text: str, language: str) -> list[str]:
    """Characters in `text` that do not belong in `language` (zh_CN or zh_TW), in order, unique."""
    bad = simplified_only() if language == "zh_TW" else traditional_only()
    return list(dict.fromkeys(ch for ch in text if ch in bad))


if __name__ == "__main__":
    import tomllib

    root = Path(__file__).resolve().parent.parent / "resources"
    status = 0
    for path in sorted(root.rglob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))

        def walk(node, lang=None, where=""):
            global status
            if isinstance(node, dict):
                for key, value in node.items():
                    walk(value, key if key in ("zh_CN", "zh_TW") else lang, f"{where}.{key}")
            elif isinstance(node, list):
                for i, value in enumerate(node):
                    walk(value, lang, f"{where}[{i}]")
            elif isinstance(node, str) and lang:
                bad = wrong_script_chars(node, lang)
                if bad:
                    status = 1
                    print(f"{path.name}{where}: {lang} text has {''.join(bad)}: {node[:60]}")

        walk(data)
    sys.exit(status)
