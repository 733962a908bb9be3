"""The printed handout: real text in embedded fonts, every language and region, QR codes that a
real decoder reads off the rendered page, and the `handout` command."""

import argparse
import datetime as dt
import re
import subprocess

import pytest

from app.core.channels import load_channels
from app.core.handout import build_handout
from app.core.i18n import LANGUAGES
from system_tools import require_tool

REGIONS = ("CN", "HK", "TW", "OTHER")
CARD = {"zh_CN": "我从不把验证码告诉任何人", "zh_TW": "我絕不把驗證碼告訴任何人",
        "en": "I never tell anyone a verification code"}
HINT = {"zh_CN": "用手机自带的相机扫码，不要用微信扫", "zh_TW": "用手機內建的相機掃描，不要用微信掃",
        "en": "Scan with the phone's camera, not WeChat"}
TODAY = dt.date(2026, 11, 22)


def tool(name: str) -> str:
    return require_tool(name, "poppler-utils zbar-tools")


def run(*command, binary: bool = False):
    result = subprocess.run([tool(command[0]), *command[1:]], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return result.stdout if binary else result.stdout.decode("utf-8")


def squash(text: str) -> str:
    """Without whitespace: pdftotext breaks lines wherever the layout wrapped them."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def content():
    from app.core.content import load_content

    return load_content()


def make_pdf(content, tmp_path, region, language, **extra):
    from app.render.handout_pdf import render_handout

    handout = build_handout(content, region, language, today=TODAY, **extra)
    target = tmp_path / f"handout-{region}-{language}.pdf"
    data = render_handout(handout, target)
    assert target.read_bytes() == data and data.startswith(b"%PDF-")
    return handout, target


@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_and_region_prints_real_text(qapp, content, tmp_path, language, region):
    handout, pdf = make_pdf(content, tmp_path, region, language, bank_number="95588",
                            helper_name="小明", helper_phone="139 1234 5678")
    text = run("pdftotext", "-enc", "UTF-8", str(pdf), "-")
    flat = squash(text)
    for channel in load_channels().handout(region):
        if channel.number:
            assert squash(channel.number) in flat, channel.id
        assert squash(channel.name(language)) in flat, channel.id
    assert "95588" in flat and "13912345678" in flat and "小明" in flat
    assert squash(CARD[language]) in flat
    assert squash(HINT[language]) in flat
    assert flat.count(squash(CARD[language])) == 2  # two cards to cut out
    assert squash(handout.footer(1, 1)[:8]) in flat
    # no character came out as a look-alike (Kangxi radicals, ligatures): copy and search work
    assert not [ch for ch in text if 0x2E80 <= ord(ch) <= 0x2FDF or 0xFB00 <= ord(ch) <= 0xFB06]

    fonts = run("pdffonts", str(pdf)).splitlines()[2:]
    assert fonts, "no fonts in the PDF: the text would be drawn as shapes"
    assert all(line.split()[-5] == "yes" for line in fonts), fonts  # the "emb" column
    if language != "en" or region != "OTHER":
        assert any("CJK" in line for line in fonts), fonts


def test_chinese_copies_as_the_characters_drawn(qapp, content, tmp_path):
    # 人 心 见 民 长 门 share glyphs with radicals below U+4E00 in Noto CJK (see pdf_text.py)
    handout, pdf = make_pdf(content, tmp_path, "CN", "zh_CN", helper_name="人心见民长门",
                            helper_phone="13912345678")
    flat = squash(run("pdftotext", "-enc", "UTF-8", str(pdf), "-"))
    assert "家人：人心见民长门" in flat
    _, pdf = make_pdf(content, tmp_path, "OTHER", "en")
    assert "verification" in run("pdftotext", "-enc", "UTF-8", str(pdf), "-")  # not "veriﬁcation"


def test_pages_render_and_a_code_decodes_from_the_page(qapp, content, tmp_path):
    handout, pdf = make_pdf(content, tmp_path, "CN", "zh_CN", bank_number="95588",
                            helper_name="小明", helper_phone="139 1234 5678")
    pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(pdf))).group(1))
    assert pages >= 2
    run("pdftoppm", "-r", "50", "-png", str(pdf), str(tmp_path / "page"))
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == pages and all(p.stat().st_size > 1000 for p in images)
    decoded = set(run("zbarimg", "--raw", "-q", str(images[0])).split())
    expected = {k.payload for k in handout.key_numbers if k.payload}
    assert expected == {"tel:110", "tel:96110", "tel:95588", "tel:+8613912345678"}
    assert decoded == expected


def test_the_generic_plan_lists_the_essential_steps(qapp, content, tmp_path):
    handout, pdf = make_pdf(content, tmp_path, "OTHER", "en")
    assert handout.counts.finished == 0 and not handout.done
    assert {item.priority for item in handout.left} == {"essential"}
    flat = squash(run("pdftotext", "-enc", "UTF-8", str(pdf), "-"))
    assert squash(handout.left[0].title) in flat and squash(handout.left[-1].title) in flat
    assert squash(handout.key_numbers[0].label) in flat and squash("Write the number here:") in flat


def test_a_profile_shows_what_is_done_and_what_is_left(qapp, content, store, mum, tmp_path):
    store.set_state(mum.id, "codes.never-tell", "done", 1)
    store.set_state(mum.id, "harassment.block-number", "na", 1)
    profile = store.profile(mum.id)
    handout = build_handout(content, "CN", "zh_CN", profile=profile, progress=store.progress(mum.id), today=TODAY)
    assert [item.id for item in handout.done] == ["codes.never-tell"]
    assert "harassment.block-number" not in {item.id for item in handout.left}
    ranks = [("essential", "recommended").index(item.priority) for item in handout.left]
    assert ranks == sorted(ranks) and set(ranks) == {0, 1}  # essential first
    assert handout.counts.finished == 2 and handout.title == "Mum的防骗安全计划"
    assert "2026-11-22" in handout.date_line


def test_qr_png_and_svg_files(qapp, tmp_path):
    from PySide6.QtGui import QImage

    from app.core.qr import QUIET_ZONE, qr_matrix
    from app.render.qr_image import qr_image, save_qr_png, save_qr_svg

    payload = "SMSTO:10086999:13800138000*您有一笔贷款待领取"
    for scale in (2, 10):
        image = qr_image(payload, scale=scale)
        assert image.width() == image.height() == (len(qr_matrix(payload)) + 2 * QUIET_ZONE) * scale
    save_qr_png(payload, tmp_path / "code.png", scale=3)
    assert not QImage(str(tmp_path / "code.png")).isNull()
    assert run("zbarimg", "--raw", "-q", "-Sbinary", str(tmp_path / "code.png"), binary=True).decode() == payload
    save_qr_svg(payload, tmp_path / "code.svg", title="10086999")
    assert (tmp_path / "code.svg").read_text(encoding="utf-8").startswith("<svg")


def parse(*argv):
    from app.render import handout_cli

    parser = argparse.ArgumentParser(prog="safesteps")
    handout_cli.add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["handout", *argv])


def test_cli_generic_plan(qapp, tmp_path, capsys):
    from app.render import handout_cli

    target = tmp_path / "plan.pdf"
    args = parse("--region", "TW", "--lang", "zh_TW", "-o", str(target), "--helper-phone", "0912 345 678")
    assert handout_cli.run(args, tmp_path / "no-data") == 0
    assert target.read_bytes().startswith(b"%PDF-") and str(target) in capsys.readouterr().out
    assert not (tmp_path / "no-data").exists()  # a generic plan never creates a data folder


def test_cli_with_a_profile(qapp, tmp_path, store, mum, capsys):
    from app.render import handout_cli

    store.set_state(mum.id, "codes.never-tell", "done", 1)
    target = tmp_path / "mum.pdf"
    args = parse("--profile", " mum ", "--region", "CN", "--lang", "zh_CN", "-o", str(target),
                 "--bank-number", "95588")
    assert handout_cli.run(args, store.path.parent) == 0
    flat = squash(run("pdftotext", "-enc", "UTF-8", str(target), "-"))
    assert "Mum的防骗安全计划" in flat and "验证码，谁要都不给" in flat  # the done item is listed

    args = parse("--profile", "Grandpa", "--region", "CN", "--lang", "en", "-o", str(tmp_path / "x.pdf"))
    assert handout_cli.run(args, store.path.parent) == 2
    assert "no profile called 'Grandpa'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_cli_refuses_a_bad_number_and_bad_choices(tmp_path, capsys):
    from app.render import handout_cli

    args = parse("--region", "HK", "--lang", "en", "-o", str(tmp_path / "x.pdf"), "--bank-number", "none")
    assert handout_cli.run(args, tmp_path) == 2 and "no digits" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parse("--region", "US", "--lang", "en", "-o", "x.pdf")
    with pytest.raises(SystemExit):
        parse("--region", "CN", "-o", "x.pdf")  # --lang is required


def test_handout_texts_are_complete_data_in_every_language():
    from chinese_script import wrong_script_chars

    from app.core.handout import strings

    keys = set(strings("en"))
    for language in ("zh_CN", "zh_TW"):
        texts = strings(language)
        assert set(texts) == keys
        flat = [v for v in texts.values() if isinstance(v, str)] + list(texts["card_lines"]) + \
            list(texts["priorities"].values())
        assert all(not wrong_script_chars(text, language) for text in flat)
