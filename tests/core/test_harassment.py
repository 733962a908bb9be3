"""The harassment log: saved with the profile, checked, exported for Excel, turned into reports,
and carried by the profile export."""

import csv
import io

import pytest

from app.core import exchange
from app.core.harassment import (MAX_CONTENT, MAX_REPORT_SMS, LogEntry, LogError, add_entry, csv_bytes,
                                 delete_entry, export_csv, get_entry, list_entries, report_for, report_number,
                                 update_entry)
from app.core.profiles import NewProfile
from app.core.store import Store

SPAM = "【中国银行】您的账户异常，请点击 http://bad.example/x 验证，回复TD退订"


def entry(**changes):
    fields = dict(id=None, number="138 0013 8000", occurred_at="2026-11-20T10:30", kind="sms", content=SPAM,
                  action_taken="拉黑了")
    fields.update(changes)
    return LogEntry(**fields)


def test_add_list_update_delete(store, mum):
    first = add_entry(store, mum.id, entry())
    second = add_entry(store, mum.id, entry(number="010-5555 1234", occurred_at="2026-11-18 09:05:30",
                                            kind="call", content="说我涉嫌洗钱", action_taken=""))
    assert first.id and first.number == "138 0013 8000" and first.content == SPAM
    assert second.occurred_at == "2026-11-18T09:05:30"
    assert [e.id for e in list_entries(store, mum.id)] == [second.id, first.id]  # oldest first
    assert [e.id for e in list_entries(store, mum.id, newest_first=True)] == [first.id, second.id]

    changed = update_entry(store, mum.id, LogEntry(first.id, first.number, first.occurred_at, "sms",
                                                   first.content, "已向10086999举报"))
    assert changed.action_taken == "已向10086999举报"
    assert get_entry(store, mum.id, first.id) == changed

    delete_entry(store, mum.id, second.id)
    assert list_entries(store, mum.id) == [changed]
    with pytest.raises(LogError) as info:
        delete_entry(store, mum.id, second.id)
    assert info.value.code == "not-found"


def test_one_profile_cannot_touch_anothers_log(store, mum):
    dad = store.create_profile(NewProfile("Dad", "HK", (), "zh_TW"))
    mine = add_entry(store, mum.id, entry())
    assert list_entries(store, dad.id) == []
    for action in (lambda: update_entry(store, dad.id, mine), lambda: delete_entry(store, dad.id, mine.id),
                   lambda: get_entry(store, dad.id, mine.id)):
        with pytest.raises(LogError) as info:
            action()
        assert info.value.code == "not-found"
    assert list_entries(store, mum.id) == [mine]


def test_the_log_goes_with_its_profile(store, mum):
    add_entry(store, mum.id, entry())
    store.delete_profile(mum.id)
    assert store.query("SELECT count(*) FROM harassment_log")[0][0] == 0


@pytest.mark.parametrize("changes, code", [
    (dict(number="   "), "number-empty"),
    (dict(number="unknown caller"), "number-no-digits"),
    (dict(number="1" * 41), "number-too-long"),
    (dict(kind="fax"), "kind-unknown"),
    (dict(content="x" * (MAX_CONTENT + 1)), "content-too-long"),
    (dict(action_taken="x" * 2001), "action-too-long"),
    (dict(occurred_at="yesterday"), "time-invalid"),
])
def test_invalid_entries_are_refused_with_a_code(store, mum, changes, code):
    with pytest.raises(LogError) as info:
        add_entry(store, mum.id, entry(**changes))
    assert info.value.code == code and str(info.value)
    assert list_entries(store, mum.id) == []


def test_limits_are_inclusive(store, mum):
    saved = add_entry(store, mum.id, entry(content="骗" * MAX_CONTENT, number="  +86  138 "))
    assert len(saved.content) == MAX_CONTENT and saved.number == "+86 138"


@pytest.mark.parametrize("language, header", [
    ("zh_CN", ["日期时间", "号码", "类型", "内容", "采取的措施"]),
    ("zh_TW", ["日期時間", "號碼", "類型", "內容", "採取的行動"]),
    ("en", ["Date and time", "Number", "Type", "What was said or written", "Action taken"]),
])
def test_csv_opens_in_excel_with_chinese_intact(tmp_path, store, mum, language, header):
    add_entry(store, mum.id, entry())
    add_entry(store, mum.id, entry(kind="call", content='=HYPERLINK("http://bad.example","点我")',
                                   number="+8613800138000", occurred_at="2026-11-21T08:00"))
    target = tmp_path / "log.csv"
    assert export_csv(store, mum.id, target, language) == 2
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == header
    assert rows[1][0] == "2026-11-20 10:30" and rows[1][3] == SPAM and rows[1][4] == "拉黑了"
    assert rows[2][3].startswith("'=HYPERLINK")  # never run as a formula
    assert rows[2][1] == "'+8613800138000"
    assert rows[1][2] == {"zh_CN": "短信", "zh_TW": "簡訊", "en": "Text"}[language]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "log.csv"]  # no temp file left


def test_empty_log_csv_has_the_header_only():
    assert csv_bytes([], "en").decode("utf-8-sig").splitlines() == [
        "Date and time,Number,Type,What was said or written,Action taken"]


def test_report_number_is_national():
    assert report_number("+86 138-0013-8000", "CN") == "13800138000"
    assert report_number("0086 13800138000", "CN") == "13800138000"
    assert report_number("+886 912 345 678", "TW") == "0912345678"
    assert report_number("+86 138 0013 8000", "HK") == "+8613800138000"


def test_mainland_reports_fill_the_carrier_format_with_the_original_text():
    reports = report_for(entry(), "CN", "zh_CN")
    by_id = {r.channel.id: r for r in reports}
    assert [r.channel.id for r in reports[:3]] == ["cn.mobile.sms", "cn.unicom.sms", "cn.telecom.sms"]
    mobile = by_id["cn.mobile.sms"]
    assert mobile.body == f"13800138000*{SPAM}" and not mobile.shortened
    assert mobile.payload == f"SMSTO:10086999:13800138000*{SPAM}"
    assert mobile.body in mobile.text and "10086999" in mobile.text
    assert by_id["cn.unicom.sms"].payload == f"SMSTO:10010999:13800138000*{SPAM}"
    assert "没有核实" in by_id["cn.telecom.sms"].text  # unverified: said so
    web = by_id["cn.12321.web"]
    assert web.payload == "https://www.12321.cn/" and SPAM in web.text and "13800138000" in web.text
    wechat = by_id["cn.12321.wechat"]
    assert "12321受理中心" in wechat.text and wechat.payload is None and SPAM in wechat.text
    assert by_id["cn.96110"].payload == "tel:96110" and by_id["cn.110"].payload == "tel:110"
    assert not [r for r in reports if r.payload and r.payload.startswith("SMSTO:12321")]
    rfc = {r.channel.id: r for r in report_for(entry(), "CN", "en", style="sms")}["cn.mobile.sms"]
    assert rfc.payload.startswith("sms:10086999?body=13800138000%2A")


def test_a_long_text_is_shortened_the_same_in_the_code_and_beside_it():
    long = "您有一笔贷款待领取，" * 100
    report = report_for(entry(content=long), "CN", "en")[0]
    assert report.shortened and len(report.body) == MAX_REPORT_SMS and report.body.endswith("…")
    assert report.payload == f"SMSTO:10086999:{report.body}" and report.body in report.text
    assert "shortened" in report.text


def test_a_call_is_reported_with_its_time():
    reports = report_for(entry(kind="call", content=""), "CN", "zh_TW")
    assert reports[0].body == "13800138000*骚扰电话，2026-11-20 10:30来电"


@pytest.mark.parametrize("region, language, channel, payload, words", [
    ("HK", "zh_TW", "hk.18222", "tel:18222", "18222"),
    ("TW", "zh_TW", "tw.165", "tel:165", "165"),
    ("TW", "en", "tw.110", "tel:110", "110"),
    ("HK", "en", "hk.999", "tel:999", "999"),
])
def test_hong_kong_and_taiwan_reports_are_calls(region, language, channel, payload, words):
    reports = {r.channel.id: r for r in report_for(entry(), region, language)}
    assert reports[channel].payload == payload and words in reports[channel].text
    assert all(r.body is None for r in reports.values())


def test_elsewhere_forward_the_text_to_7726():
    reports = {r.channel.id: r for r in report_for(entry(), "OTHER", "en")}
    uk = reports["other.uk-7726"]
    assert uk.payload == f"SMSTO:7726:{SPAM}" and "7726" in uk.text and "13800138000" in uk.text
    assert reports["other.carrier"].payload is None and "13800138000" in reports["other.carrier"].text
    calls = {r.channel.id for r in report_for(entry(kind="call", content=""), "OTHER", "en")}
    assert "other.uk-7726" not in calls  # 7726 takes texts


def test_the_log_travels_with_the_profile_export(tmp_path, store, mum):
    add_entry(store, mum.id, entry())
    add_entry(store, mum.id, entry(kind="other", number="微信 wxid 123", content="多行\n内容", action_taken="报警"))
    target = tmp_path / "mum.json"
    exchange.write_export(store, mum, target)
    other = Store.open(tmp_path / "other-computer")
    try:
        imported = exchange.import_profile(other, exchange.read_import(target))
        strip = [(e.number, e.occurred_at, e.kind, e.content, e.action_taken) for e in list_entries(store, mum.id)]
        again = [(e.number, e.occurred_at, e.kind, e.content, e.action_taken)
                 for e in list_entries(other, imported.id)]
        assert again == strip and len(again) == 2
        copy = list_entries(other, imported.id)[0]
        assert update_entry(other, imported.id, LogEntry(copy.id, copy.number, copy.occurred_at, copy.kind,
                                                         copy.content, "已举报")).action_taken == "已举报"
    finally:
        other.close()
