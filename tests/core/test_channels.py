"""Reporting and emergency channels: the shipped data is complete and correct; bad data is named."""

import re

import pytest

from app.core.channels import KINDS, ROLES, ChannelError, load_channels
from app.core.content import REGIONS
from app.core.i18n import LANGUAGES


@pytest.fixture(scope="module")
def channels():
    return load_channels()


def test_every_channel_is_complete_in_every_language(channels):
    assert len({c.id for c in channels.all}) == len(channels.all)
    for c in channels.all:
        assert c.region in REGIONS and c.kind in KINDS and c.role in ROLES
        assert re.match(r"^https?://", c.source), c.id
        for language in LANGUAGES:
            assert c.name(language) and c.description(language), (c.id, language)
            if not c.verified:
                assert c.caution(language), (c.id, language)


@pytest.mark.parametrize("region", REGIONS)
def test_every_region_has_an_emergency_line_on_the_handout(channels, region):
    handout = channels.handout(region)
    assert handout and handout[0].role == "emergency"
    assert all(c.kind == "call" for c in channels.for_region(region, role="emergency"))


def test_mainland_china(channels):
    by_id = {c.id: c for c in channels.for_region("CN")}
    assert by_id["cn.12321.web"].address == "https://www.12321.cn/"
    assert by_id["cn.12321.wechat"].address == "12321受理中心"
    assert by_id["cn.12321.phone"].number == "010-12321"
    assert by_id["cn.12321.email"].address == "abuse@12321.cn"
    # texting 12321 appears only in older sources: no SMS channel to 12321 is offered
    assert not [c for c in channels.all if c.kind == "sms" and "12321" in c.number]
    mobile, unicom, telecom = by_id["cn.mobile.sms"], by_id["cn.unicom.sms"], by_id["cn.telecom.sms"]
    assert (mobile.number, unicom.number, telecom.number) == ("10086999", "10010999", "10000999")
    assert mobile.verified and unicom.verified and not telecom.verified
    assert "10000" in telecom.caution("zh_CN") and "not confirmed" in telecom.caution("en")
    assert mobile.sms_body("13800138000", "您有一笔贷款") == "13800138000*您有一笔贷款"
    assert by_id["cn.96110"].role == "anti-fraud" and "answer" in by_id["cn.96110"].description("en")
    assert by_id["cn.110"].role == "emergency"
    assert by_id["cn.antifraud-app"].address == "国家反诈中心"
    assert [c.number for c in channels.handout("CN")] == ["110", "96110"]


def test_hong_kong_taiwan_and_elsewhere(channels):
    assert [c.number for c in channels.handout("HK")] == ["999", "18222"]
    assert "防騙易" in channels.get("hk.18222").name("zh_TW")
    assert [c.number for c in channels.handout("TW")] == ["110", "165", "111"]
    notice = channels.get("tw.111")
    assert notice.role == "info" and notice.sms_format is None
    assert "反詐騙諮詢專線" in channels.get("tw.165").name("zh_TW")
    uk = channels.get("other.uk-7726")
    assert (uk.kind, uk.number, uk.sms_format) == ("sms", "7726", "{content}")
    police = channels.get("other.police")
    assert police.write_in and police.number == "" and police.handout


BAD = """
[[channels]]
id = "xx.one"
region = "CN"
kind = "fax"
role = "report"
number = "123"
verified = true
source = "https://example.org/"
name = { zh_CN = "一", zh_TW = "一", en = "One" }
description = { zh_CN = "一", zh_TW = "一", en = "One" }

[[channels]]
id = "xx.two"
region = "CN"
kind = "sms"
role = "report"
sms_format = "{number}*{text}"
verified = false
source = "ftp://example.org/"
name = { zh_CN = "二", zh_TW = "二" }
description = { zh_CN = "二", zh_TW = "二", en = "Two" }

[[channels]]
id = "xx.one"
region = "Mars"
kind = "call"
role = "report"
number = "12a"
verified = "yes"
source = "https://example.org/"
colour = "red"
name = { zh_CN = "三", zh_TW = "三", en = "Three" }
description = { zh_CN = "三", zh_TW = "三", en = "Three", fr = "Trois" }
"""


def test_bad_data_names_the_file_the_channel_and_every_problem(tmp_path):
    path = tmp_path / "channels.toml"
    path.write_text(BAD, encoding="utf-8")
    with pytest.raises(ChannelError) as info:
        load_channels(path)
    problems = "\n".join(info.value.problems)
    for expected in [
        "channels.toml: channel 'xx.one': unknown kind 'fax'",
        "channels.toml: channel 'xx.two': a sms channel needs a number",
        "channel 'xx.two': sms_format must contain {content}",
        "channel 'xx.two': missing or invalid source",
        "channel 'xx.two': name: missing en text",
        "channel 'xx.two': caution: missing zh_CN text (an unverified channel must say so)",
        "channel 'xx.one': unknown region 'Mars'",
        "channel 'xx.one': number '12a' may only hold digits",
        "channel 'xx.one': verified must be true or false",
        "channel 'xx.one': unknown key 'colour'",
        "channel 'xx.one': description: unknown language 'fr'",
    ]:
        assert expected in problems, expected


def test_an_unreadable_file_is_named(tmp_path):
    path = tmp_path / "channels.toml"
    path.write_text("[[channels]\nid = ", encoding="utf-8")
    with pytest.raises(ChannelError, match="channels.toml: cannot be read"):
        load_channels(path)
    with pytest.raises(ChannelError, match="no \\[\\[channels\\]\\] entries"):
        path.write_text("", encoding="utf-8")
        load_channels(path)


def test_a_duplicate_id_is_named(tmp_path):
    one = BAD.split("[[channels]]")[1].replace('"fax"', '"call"')
    path = tmp_path / "channels.toml"
    path.write_text("[[channels]]" + one + "[[channels]]" + one, encoding="utf-8")
    with pytest.raises(ChannelError) as info:
        load_channels(path)
    assert info.value.problems == ["channels.toml: channel 'xx.one': duplicate id"]
