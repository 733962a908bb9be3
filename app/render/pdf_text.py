"""Make the text of a Qt-written PDF copy and search as the characters that were drawn.

Why: Qt's PDF engine writes each embedded font's ToUnicode map by looking up, for every glyph,
the *lowest* code point the font maps to it. Noto Sans/Serif CJK (and most CJK fonts) share one
glyph between a common character and a radical or compatibility code point below U+4E00, so 人
comes out as the Kangxi radical ⼈ (U+2F08), 心 as ⼼, 见 as ⻅, 民 as ⺠, and DejaVu's "fi"
ligature as ﬁ: the page looks right but copying or searching for 人 fails.

`fix_pdf_text(pdf, drawn, fonts)` rewrites those maps after Qt has written the file: an extracted
character that was never drawn is replaced by the drawn text that shares its glyph in one of the
fonts (or by its NFKC form, such as "fi" for ﬁ). The ToUnicode streams Qt writes are plain CMaps
(not compressed); the file is reassembled with a fresh cross-reference table. A PDF this does not
understand is returned unchanged. Qt-free: the glyph lookup is passed in as `glyph_of`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Iterable

GlyphLookup = Callable[[str], list[int]]  # one font: a string → its glyph index per character

_TOKEN = re.compile(rb"<([0-9A-Fa-f]*)>|\[|\]|beginbfrange|endbfrange|beginbfchar|endbfchar")


def fix_pdf_text(pdf: bytes, drawn: Iterable[str], fonts: Iterable[GlyphLookup] = ()) -> bytes:
    parsed = _objects(pdf)
    if parsed is None:
        return pdf
    header, chunks, trailer = parsed
    targets = {int(n) for n in re.findall(rb"/ToUnicode (\d+) 0 R", pdf)}
    maps: dict[int, tuple[bytes, bytes, list[tuple[int, str]], bytes]] = {}
    for number, chunk in chunks:
        if number in targets:
            cmap = _read_cmap(chunk)
            if cmap is not None:
                maps[number] = cmap
    emitted = {ch for _, _, entries, _ in maps.values() for _, text in entries for ch in text}
    fix = replacements(emitted, set("".join(drawn)), list(fonts))
    if not fix:
        return pdf
    out = bytearray(header)
    offsets: dict[int, int] = {}
    for number, chunk in chunks:
        if number in maps:
            before, head, entries, after = maps[number]
            new_entries = [(cid, "".join(fix.get(ch, ch) for ch in text)) for cid, text in entries]
            if new_entries != entries:
                stream = head + _bfchars(new_entries) + after
                chunk = before + b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream\nendobj\n"
        offsets[number] = len(out)
        out += chunk
    xref = len(out)
    size = max(offsets) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[number]) if number in offsets else b"0000000000 65535 f \n"
    out += trailer + b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def replacements(emitted: set[str], drawn: set[str], fonts: list[GlyphLookup]) -> dict[str, str]:
    """{extracted character: the drawn text it stands for} for characters that were never drawn."""
    strangers = sorted(ch for ch in emitted if ch not in drawn)
    if not strangers:
        return {}
    fix: dict[str, str] = {}
    drawn_list = sorted(drawn)
    for glyphs_of in fonts:
        by_glyph: dict[int, str] = {}
        for ch, glyph in zip(drawn_list, glyphs_of("".join(drawn_list))):
            if glyph:
                by_glyph.setdefault(glyph, ch)
        for ch, glyph in zip(strangers, glyphs_of("".join(strangers))):
            if ch not in fix and glyph and glyph in by_glyph:
                fix[ch] = by_glyph[glyph]
    for ch in strangers:
        folded = unicodedata.normalize("NFKC", ch)
        if ch not in fix and folded != ch and all(c in drawn for c in folded):
            fix[ch] = folded
    return fix


def _objects(pdf: bytes) -> tuple[bytes, list[tuple[int, bytes]], bytes] | None:
    """(bytes before the first object, [(object number, bytes)] in file order, the trailer)."""
    end = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", pdf)
    if not end:
        return None
    xref = int(end.group(1))
    if pdf[xref:xref + 4] != b"xref":
        return None  # a cross-reference stream: not what Qt writes
    trailer_at = pdf.find(b"trailer", xref)
    if trailer_at < 0 or b"/Prev" in pdf[trailer_at:end.start()]:
        return None
    offsets: dict[int, int] = {}
    lines = iter(pdf[xref + 4:trailer_at].split(b"\n"))
    for line in lines:
        parts = line.split()
        if len(parts) != 2:
            continue
        first, count_ = int(parts[0]), int(parts[1])
        for i in range(count_):
            entry = next(lines).split()
            if len(entry) == 3 and entry[2] == b"n":
                offsets[first + i] = int(entry[0])
    if not offsets:
        return None
    ordered = sorted(offsets.items(), key=lambda kv: kv[1])
    chunks = []
    for i, (number, start) in enumerate(ordered):
        stop = ordered[i + 1][1] if i + 1 < len(ordered) else xref
        chunk = pdf[start:stop]
        if not chunk.startswith(b"%d 0 obj" % number):
            return None
        chunks.append((number, chunk))
    return pdf[:ordered[0][1]], chunks, pdf[trailer_at:end.start()]


def _read_cmap(chunk: bytes) -> tuple[bytes, bytes, list[tuple[int, str]], bytes] | None:
    """(object start, CMap before the mappings, [(code, text)], CMap after the mappings)."""
    m = re.match(rb"(\d+ 0 obj\s*)<< /Length (\d+) >>\s*stream\r?\n", chunk)
    if not m:
        return None  # compressed or indirect length: leave it alone
    stream = chunk[m.end():m.end() + int(m.group(2))]
    start = stream.find(b"endcodespacerange")
    stop = stream.find(b"endcmap")
    if start < 0 or stop < start:
        return None
    start += len(b"endcodespacerange\n")
    entries: list[tuple[int, str]] = []
    mode, pending, array = None, [], None
    for token in _TOKEN.finditer(stream[start:stop]):
        word = token.group(0)
        if word in (b"beginbfchar", b"beginbfrange"):
            mode, pending = word, []
        elif word in (b"endbfchar", b"endbfrange"):
            mode = None
        elif word == b"[":
            array = []
        elif word == b"]":
            lo, hi = pending
            entries += [(lo + i, text) for i, text in enumerate(array[:hi - lo + 1])]
            pending, array = [], None
        elif array is not None:
            array.append(_utf16(token.group(1)))
        elif mode == b"beginbfchar":
            pending.append(token.group(1))
            if len(pending) == 2:
                entries.append((int(pending[0], 16), _utf16(pending[1])))
                pending = []
        elif mode == b"beginbfrange":
            pending.append(int(token.group(1), 16) if len(pending) < 2 else token.group(1))
            if len(pending) == 3:
                lo, hi, first = pending
                units = bytearray(bytes.fromhex(first.decode()))
                for code in range(lo, hi + 1):
                    entries.append((code, units.decode("utf-16-be", "replace")))
                    units[-1] = (units[-1] + 1) & 0xFF
                pending = []
    return m.group(1), stream[:start], entries, stream[stop:]


def _utf16(hex_digits: bytes) -> str:
    return bytes.fromhex(hex_digits.decode()).decode("utf-16-be", "replace")


def _bfchars(entries: list[tuple[int, str]]) -> bytes:
    out = []
    for i in range(0, len(entries), 100):  # at most 100 mappings per block (PDF reference)
        block = entries[i:i + 100]
        out.append(f"{len(block)} beginbfchar\n")
        out += [f"<{code:04X}> <{text.encode('utf-16-be').hex().upper()}>\n" for code, text in block]
        out.append("endbfchar\n")
    return "".join(out).encode("ascii")
