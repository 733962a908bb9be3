"""QR code payloads (tel:, SMSTO:, sms:) and the QR matrix, without Qt.

Payloads. A phone's camera app offers to call or to write a text; it never dials or sends by
itself: the user taps Call or Send.

- `tel_payload(number, region)` → `tel:110`. Service and short numbers (110, 96110, 12321,
  18222, 165, a bank's 95588) and landlines stay exactly as dialled at home: `tel:01012321`.
  Only a full mobile number of the region gets the country code, so that the code also works
  while the phone is roaming: CN `13800138000` → `tel:+8613800138000`, HK `91234567` →
  `tel:+85291234567`, TW `0912345678` → `tel:+886912345678`. Other regions, and numbers that
  already start with + or 00, are kept (spaces, dashes and brackets removed).
- `sms_payload(number, body, style)`: `"smsto"` → `SMSTO:number:body` (ZXing, read by the
  Android and iOS cameras), `"sms"` → `sms:number?body=…` (RFC 5724, body percent-encoded UTF-8).

Length guard. A QR code holds at most 2,331 bytes at error correction M; codes that big are hard
to scan from paper, so payloads are capped at MAX_PAYLOAD_BYTES (UTF-8). `fit_sms_body` shortens a
message body cleanly (whole characters, never inside an emoji sequence, ending in "…") so that
its payload fits; show the returned body beside the code, so the printed text and the code agree.
`sms_payload` and `qr_matrix` raise PayloadTooLong instead of truncating silently.

The matrix (`qr_matrix`) has no quiet zone: True is a dark module. Callers draw it with filled
rectangles (QPainter in app/render, or `qr_svg` here) and leave QUIET_ZONE modules of white around.
`qrcode` is imported inside the functions so that importing this module stays cheap.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

MAX_PAYLOAD_BYTES = 2000
QUIET_ZONE = 4  # modules of white around the code, as the standard requires
ELLIPSIS = "…"
STYLES = ("smsto", "sms")

_COUNTRY_CODES = {"CN": "86", "HK": "852", "TW": "886"}
_MOBILE = {
    "CN": re.compile(r"^1[3-9]\d{9}$"),  # 11 digits: 13x … 19x
    "HK": re.compile(r"^[5679]\d{7}$"),  # 8 digits starting 5, 6, 7 or 9
    "TW": re.compile(r"^09\d{8}$"),  # 09xx xxx xxx, dropping the trunk 0
}
# Characters that belong to the character before them: cutting just before one would split it.
_JOINERS = {0x200D, 0x20E3}


class PayloadTooLong(ValueError):
    """The payload does not fit in a QR code that phones read reliably."""

    def __init__(self, size: int, limit: int = MAX_PAYLOAD_BYTES):
        self.size = size
        self.limit = limit
        super().__init__(f"The QR code content is {size} bytes; at most {limit} fit.")


def dial_digits(number: str) -> str:
    """The number without spaces, dashes, dots or brackets: digits and a leading + only."""
    text = number.strip()
    plus = text.startswith("+")
    digits = "".join(ch for ch in text if ch.isdigit() and ch.isascii())
    if not digits:
        raise ValueError(f"{number!r} contains no digits")
    return ("+" if plus else "") + digits


def international(number: str, region: str | None = None) -> str:
    """`dial_digits`, with the country code added to a full mobile number of `region` (see above)."""
    digits = dial_digits(number)
    pattern = _MOBILE.get(region or "")
    if pattern and pattern.match(digits):
        national = digits[1:] if region == "TW" else digits
        return f"+{_COUNTRY_CODES[region]}{national}"
    return digits


def tel_payload(number: str, region: str | None = None) -> str:
    return "tel:" + international(number, region)


def sms_payload(number: str, body: str = "", style: str = "smsto") -> str:
    """An SMS the phone prepares for the user to send. Raises PayloadTooLong when it would not fit."""
    payload = _sms(number, body, style)
    check_length(payload)
    return payload


def _sms(number: str, body: str, style: str) -> str:
    if style not in STYLES:
        raise ValueError(f"unknown SMS style {style!r} (use one of {', '.join(STYLES)})")
    digits = dial_digits(number)
    if style == "smsto":
        return f"SMSTO:{digits}:{body}"
    return f"sms:{digits}" + (f"?body={quote(body, safe='')}" if body else "")


def payload_size(payload: str) -> int:
    return len(payload.encode("utf-8"))


def check_length(payload: str, limit: int = MAX_PAYLOAD_BYTES) -> None:
    size = payload_size(payload)
    if size > limit:
        raise PayloadTooLong(size, limit)


def truncate(text: str, max_chars: int) -> str:
    """`text` if it has at most `max_chars` characters, else its start and "…" (max_chars in all).

    The cut never falls inside a character sequence (combining accents, emoji with skin tones or
    joiners, keycaps, flags) and trailing spaces before the "…" are dropped.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    if len(text) <= max_chars:
        return text
    cut = max_chars - 1
    while cut > 0 and not _boundary(text, cut):
        cut -= 1
    return text[:cut].rstrip() + ELLIPSIS


def _boundary(text: str, i: int) -> bool:
    """True when a cut between text[i-1] and text[i] keeps every user-perceived character whole."""
    before, after = ord(text[i - 1]), ord(text[i])
    if after in _JOINERS or before == 0x200D:
        return False
    if 0xFE00 <= after <= 0xFE0F or 0x1F3FB <= after <= 0x1F3FF or 0xE0020 <= after <= 0xE007F:
        return False  # variation selectors, skin tones, tag sequences
    if unicodedata.category(text[i]) in ("Mn", "Me", "Mc"):
        return False
    if 0x1F1E6 <= before <= 0x1F1FF and 0x1F1E6 <= after <= 0x1F1FF:
        # regional indicators pair up into flags: cut only after an even number of them
        run = 0
        while i - run - 1 >= 0 and 0x1F1E6 <= ord(text[i - run - 1]) <= 0x1F1FF:
            run += 1
        return run % 2 == 0
    return True


def fit_sms_body(number: str, body: str, style: str = "smsto", *, max_chars: int | None = None,
                 max_bytes: int = MAX_PAYLOAD_BYTES) -> str:
    """`body`, shortened with "…" if needed, so that it has at most `max_chars` characters and
    its `sms_payload` fits in `max_bytes`. Print the returned body beside the code."""
    fitted = truncate(body, max_chars) if max_chars is not None else body

    def fits(text: str) -> bool:
        return payload_size(_sms(number, text, style)) <= max_bytes

    if fits(fitted):
        return fitted
    low, high, best = 1, len(fitted) - 1, None  # the longest start that fits, "…" included
    while low <= high:
        mid = (low + high) // 2
        candidate = truncate(fitted, mid)
        if fits(candidate):
            best, low = candidate, mid + 1
        else:
            high = mid - 1
    if best is None:
        raise PayloadTooLong(payload_size(_sms(number, ELLIPSIS, style)), max_bytes)
    return best


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR modules for `payload` (UTF-8, error correction M, smallest version that fits), without
    the quiet zone. Raises PayloadTooLong for payloads over MAX_PAYLOAD_BYTES."""
    check_length(payload)
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(version=None, error_correction=ERROR_CORRECT_M, border=0)
    # One byte-mode segment of UTF-8: decoders then see whole characters, never a few bytes of
    # a Chinese character in a segment of their own (which some guess to be Shift-JIS).
    code.add_data(payload.encode("utf-8"), optimize=0)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def dark_runs(matrix: list[list[bool]]):
    """(row, first column, length) of every horizontal run of dark modules: what the SVG, the screen and
    the printed page draw, one rectangle per run."""
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if row[x]:
                start = x
                while x < len(row) and row[x]:
                    x += 1
                yield y, start, x - start
            else:
                x += 1


def qr_svg(payload: str, *, module: float = 4.0, quiet_zone: int = QUIET_ZONE, dark: str = "#000000",
           light: str = "#ffffff", title: str | None = None) -> str:
    """A standalone SVG of the code: one path of whole-module rectangles, crisp at any size
    (shape-rendering crispEdges), `module` user units per module, with a white quiet zone."""
    matrix = qr_matrix(payload)
    size = len(matrix) + 2 * quiet_zone
    parts = [f"M{x + quiet_zone} {y + quiet_zone}h{length}v1h-{length}z" for y, x, length in dark_runs(matrix)]
    side = _num(size * module)
    label = f"<title>{_escape(title)}</title>" if title else ""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{side}" height="{side}" '
            f'viewBox="0 0 {size} {size}" shape-rendering="crispEdges" role="img">{label}'
            f'<rect width="{size}" height="{size}" fill="{light}"/>'
            f'<path fill="{dark}" d="{"".join(parts)}"/></svg>\n')


def _num(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
