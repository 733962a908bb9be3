"""QR payloads and codes, checked with a real decoder (zbarimg) byte for byte.

zbarimg guesses the text encoding of a code without an ECI marker and turns short UTF-8 Chinese
into Latin-1 mojibake, so codes are decoded with `-Sbinary` (the raw bytes) and compared as UTF-8.
"""

import subprocess
import tempfile
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import qr
from system_tools import require_tool




def decode(png: Path) -> bytes:
    """The raw bytes of the one QR code in the image."""
    result = subprocess.run([require_tool("zbarimg"), "--raw", "-q", "-Sbinary", str(png)],
                            capture_output=True, timeout=60)
    assert result.returncode == 0, f"no code found: {result.stderr!r}"
    return result.stdout


def round_trip(payload: str, directory: Path, scale: int = 4) -> str:
    from app.render.qr_image import save_qr_png

    target = directory / "code.png"
    save_qr_png(payload, target, scale=scale)
    return decode(target).decode("utf-8")


@pytest.mark.parametrize("number, region, expected", [
    ("110", "CN", "tel:110"),
    ("96110", "CN", "tel:96110"),
    ("12321", "CN", "tel:12321"),
    ("010-12321", "CN", "tel:01012321"),  # a landline stays as dialled at home
    ("95588", "CN", "tel:95588"),
    ("138 0013 8000", "CN", "tel:+8613800138000"),  # a full mobile gets the country code
    ("+86 138-0013-8000", "CN", "tel:+8613800138000"),
    ("18222", "HK", "tel:18222"),
    ("9123 4567", "HK", "tel:+85291234567"),
    ("2123 4567", "HK", "tel:21234567"),
    ("0912-345-678", "TW", "tel:+886912345678"),
    ("165", "TW", "tel:165"),
    ("07700 900123", "OTHER", "tel:07700900123"),
    ("13800138000", None, "tel:13800138000"),
])
def test_tel_payloads(number, region, expected):
    assert qr.tel_payload(number, region) == expected


def test_a_number_without_digits_is_refused():
    with pytest.raises(ValueError):
        qr.tel_payload("call me")


def test_sms_payloads():
    assert qr.sms_payload("10086999", "13800138000*您好: 回复TD") == "SMSTO:10086999:13800138000*您好: 回复TD"
    payload = qr.sms_payload("10086999", "13800138000*您好 & ?=#", style="sms")
    assert payload == "sms:10086999?body=13800138000%2A%E6%82%A8%E5%A5%BD%20%26%20%3F%3D%23"
    assert unquote(payload.split("?body=")[1]) == "13800138000*您好 & ?=#"
    assert qr.sms_payload("7726", style="sms") == "sms:7726"
    with pytest.raises(ValueError):
        qr.sms_payload("7726", "x", style="mms")


@pytest.mark.parametrize("text, limit, expected", [
    ("short", 10, "short"),
    ("hello   world", 9, "hello…"),
    ("您的账户异常请点击", 5, "您的账户…"),
    ("ab👍🏽cd", 4, "ab…"),  # never between an emoji and its skin tone
    ("ab👨‍👩‍👧x", 6, "ab…"),  # nor inside a joined family
    ("ab🇨🇳🇭🇰x", 5, "ab🇨🇳…"),  # flags stay whole
    ("cafe\u0301s", 5, "caf…"),  # nor before a combining accent
])
def test_truncate_keeps_characters_whole(text, limit, expected):
    assert qr.truncate(text, limit) == expected
    assert len(qr.truncate(text, limit)) <= limit


def test_fit_sms_body_shortens_only_what_does_not_fit():
    assert qr.fit_sms_body("10086999", "1380*短信", max_chars=300) == "1380*短信"
    long = "13800138000*" + "您有一笔贷款待领取，" * 400
    for style in qr.STYLES:
        body = qr.fit_sms_body("10086999", long, style)
        assert body.endswith("…") and long.startswith(body[:-1])
        assert qr.payload_size(qr.sms_payload("10086999", body, style)) <= qr.MAX_PAYLOAD_BYTES
    # percent-encoding takes 9 bytes per Chinese character: the sms: form holds less text
    assert len(qr.fit_sms_body("1", long, "sms")) < len(qr.fit_sms_body("1", long, "smsto"))
    assert len(qr.fit_sms_body("1", long, max_chars=335)) == 335


def test_oversized_payloads_are_refused_not_truncated():
    with pytest.raises(qr.PayloadTooLong) as info:
        qr.sms_payload("10086999", "骗" * 1000)
    assert info.value.size > qr.MAX_PAYLOAD_BYTES
    with pytest.raises(qr.PayloadTooLong):
        qr.qr_matrix("x" * (qr.MAX_PAYLOAD_BYTES + 1))
    assert len(qr.qr_matrix("x" * qr.MAX_PAYLOAD_BYTES)) <= 177  # still a valid code (version <= 40)


def test_matrix_is_a_square_qr_of_the_smallest_version():
    small = qr.qr_matrix("tel:110")
    assert len(small) == 21 and all(len(row) == 21 for row in small)  # version 1
    assert small[0][:7] == [True] * 7  # a finder pattern in the corner: no quiet zone included
    bigger = qr.qr_matrix("SMSTO:10086999:" + "您好" * 40)
    assert (len(bigger) - 17) % 4 == 0 and len(bigger) > 21


def test_svg_is_vector_with_a_quiet_zone():
    svg = qr.qr_svg("tel:110", module=5, title="110 <police>")
    assert 'viewBox="0 0 29 29"' in svg and 'width="145"' in svg  # 21 modules + 2 × 4 quiet zone
    assert 'shape-rendering="crispEdges"' in svg and "<path" in svg and "<image" not in svg
    assert "<title>110 &lt;police&gt;</title>" in svg


@pytest.mark.parametrize("payload", [
    "tel:110",
    "tel:+8613800138000",
    "SMSTO:10086999:13800138000*【中国银行】您的账户异常，点击 http://x.cn/a?b=1 验证：回复TD退订",
    "SMSTO:10010999:你好",  # short Chinese: the case decoders guess wrong
    qr.sms_payload("10086999", "13800138000*您有一笔贷款待领取 & ok?", style="sms"),
    qr.sms_payload("7726", "Your parcel is held: pay £1.99 at http://x.example 📦"),
])
def test_codes_decode_exactly(tmp_path, payload):
    assert round_trip(payload, tmp_path) == payload


def test_the_longest_allowed_sms_report_still_decodes(tmp_path):
    body = qr.fit_sms_body("10086999", "13800138000*" + "您有一笔贷款待领取，" * 200, max_chars=335)
    payload = qr.sms_payload("10086999", body)
    assert round_trip(payload, tmp_path, scale=3) == payload


def test_svg_renders_and_decodes(qapp, tmp_path):
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    payload = "SMSTO:10086999:13800138000*你好"
    renderer = QSvgRenderer(QByteArray(qr.qr_svg(payload).encode("utf-8")))
    assert renderer.isValid()
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.save(str(tmp_path / "svg.png"))
    assert decode(tmp_path / "svg.png").decode("utf-8") == payload


numbers = st.text(alphabet="0123456789", min_size=3, max_size=15)
bodies = st.text(alphabet=st.sampled_from(list("您好账户异常验證碼銀行 abcXYZ019*:?&=#%+/.，。！“”") + ["📦", "é"]),
                 max_size=60)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(number=numbers, body=bodies, style=st.sampled_from(qr.STYLES))
def test_random_sms_codes_round_trip(number, body, style):
    require_tool("zbarimg")
    payload = qr.sms_payload(number, body, style)
    with tempfile.TemporaryDirectory() as tmp:
        assert round_trip(payload, Path(tmp)) == payload
    if style == "smsto":
        assert payload == f"SMSTO:{number}:{body}"
    elif body:
        assert unquote(payload.split("?body=", 1)[1]) == body
