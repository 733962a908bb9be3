"""The 6-digit PIN checker (app.core.pin)."""

from __future__ import annotations

import datetime as dt
import json
import threading
from itertools import product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.password import PersonalInfo
from app.core.password.feedback import messages
from app.core.pin import PIN_REASONS, check_pin, generic_rules, pin_reasons

LANGS = ("zh_CN", "zh_TW", "en")


@pytest.mark.parametrize("pin", ["12345", "1234567", "12a456", "", "      ", "12345６7", "١٢٣٤٥٦"])
def test_not_six_digits(pin):
    r = check_pin(pin)
    assert not r.ok and r.reasons == ("pin-not-six-digits",)


def test_full_width_digits_and_spaces_are_read_as_digits():
    assert check_pin("４８２９１７").ok
    assert check_pin(" 482 917 ").ok
    assert not check_pin("１２３４５６").ok


@pytest.mark.parametrize("pin, reason", [
    ("111111", "pin-repeat"), ("000000", "pin-repeat"), ("112222", "pin-repeat"), ("100000", "pin-repeat"),
    ("737373", "pin-repeat"), ("480000", "pin-repeat"),
    ("123456", "pin-sequence"), ("654321", "pin-sequence"), ("135790", "pin-sequence"),
    ("246802", "pin-sequence"), ("890123", "pin-sequence"), ("975319", "pin-sequence"), ("123457", "pin-sequence"),
    ("123321", "pin-pattern"), ("479974", "pin-pattern"), ("479479", "pin-pattern"), ("447799", "pin-pattern"),
    ("147258", "pin-keypad"), ("258369", "pin-keypad"), ("159357", "pin-keypad"), ("147369", "pin-keypad"),
    ("963741", "pin-keypad"), ("258085", "pin-keypad"),
    ("520520", "pin-popular"), ("521521", "pin-popular"), ("201314", "pin-popular"), ("131420", "pin-popular"),
    ("888888", "pin-popular"), ("666666", "pin-popular"), ("168168", "pin-popular"), ("518518", "pin-popular"),
    ("520131", "pin-popular"), ("775852", "pin-popular"), ("521888", "pin-popular"), ("314159", "pin-popular"),
    ("850315", "pin-date"), ("031585", "pin-date"), ("150385", "pin-date"), ("198503", "pin-date"),
    ("031985", "pin-date"), ("400229", "pin-date"), ("351231", "pin-date"), ("200101", "pin-date"),
])
def test_each_pattern_family(pin, reason):
    r = check_pin(pin)
    assert not r.ok
    assert reason in r.reasons
    assert len(r.messages) == len(r.reasons) and all(r.messages)


@pytest.mark.parametrize("pin", ["482917", "730941", "396258", "610743", "573829", "390229"])
def test_ordinary_pins_pass(pin):
    r = check_pin(pin)
    assert r.ok and r.reasons == () and r.messages == ()


def test_dates_follow_the_calendar_and_the_year_range():
    assert "pin-date" in pin_reasons("320229")  # 2032-02-29
    assert "pin-date" not in pin_reasons("330229")  # 2033 has no 29 February (and 33 is no day or month)
    assert "pin-date" in pin_reasons("350101") and "pin-date" in pin_reasons("400101")  # 2035, 1940
    assert "pin-date" not in pin_reasons("370101")  # 2037 and 1937 are out of range
    assert "pin-date" in pin_reasons("194001") and "pin-date" not in pin_reasons("193901")  # YYYYMM
    assert "pin-date" in pin_reasons("011940") and "pin-date" not in pin_reasons("011939")  # MMYYYY


def test_personal_information():
    me = PersonalInfo(birthday=dt.date(1987, 9, 26), phone="+86 139-5720-4816", id_number="xxxx837264")
    assert check_pin("720481").ok and check_pin("837264").ok and check_pin("987092").ok
    assert "pin-phone" in check_pin("720481", me).reasons
    assert "pin-phone" in check_pin("204816", me).reasons
    assert "pin-id-number" in check_pin("837264", me).reasons
    for pin in ("870926", "092687", "260987", "198709", "987092", "092619"):
        assert "pin-birthday" in check_pin(pin, me).reasons, pin


def test_birthday_from_the_id_card_number():
    body = "11010519870926123"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    ident = body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]
    me = PersonalInfo(id_number=ident)
    assert "pin-birthday" in check_pin("987092", me).reasons
    assert "pin-id-number" in check_pin(ident[-7:-1], me).reasons


def test_acceptance_over_the_whole_space():
    rules = generic_rules()
    blocked = set().union(*(pins for _, pins in rules))
    total = 10**6
    # The same answer through the public function, PIN by PIN.
    refused = sum(1 for digits in product("0123456789", repeat=6) if pin_reasons("".join(digits)))
    assert refused == len(blocked)
    assert (total - refused) / total >= 0.80
    assert refused / total >= 0.05  # it does block the usual patterns (research: about 10 %)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789", min_size=6, max_size=6))
def test_result_is_consistent(pin):
    r = check_pin(pin, language="zh_TW")
    assert r.ok == (not r.reasons)
    assert set(r.reasons) <= set(PIN_REASONS)
    assert len(r.messages) == len(r.reasons)
    assert json.loads(json.dumps(r.to_dict(), ensure_ascii=False)) == r.to_dict()


def test_messages_exist_in_all_languages():
    for code in PIN_REASONS:
        for lang in LANGS:
            assert messages()["pin"][code].get(lang), (code, lang)
    cn, tw, en = (check_pin("123456", language=lang).messages for lang in LANGS)
    assert cn != tw != en
    assert check_pin("123456", language="zh_HK").messages == tw


def test_rules_are_built_once_and_shared_between_threads():
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(generic_rules())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r is seen[0] for r in seen)
