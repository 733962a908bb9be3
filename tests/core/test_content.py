"""The content loader: the shipped checklists, validation messages, fallback and conditions."""

import textwrap

import pytest

from app.core.content import PLATFORMS, ContentError, load_content
from app.core.i18n import LANGUAGES, fallback_order, language_for_locale

GOOD_ITEM = """
[[items]]
id = "t.one"
section = "s"
priority = "essential"
reviewed = 2026-11-22
sources = [{ title = "Src", url = "https://example.org/" }]
zh_CN = { title = "标题", why = "原因", steps = ["一步"], confirm = "确认" }
zh_TW = { title = "標題", why = "原因", steps = ["一步"], confirm = "確認" }
en = { title = "Title", why = "Why", steps = ["Step"], confirm = "Confirm" }
"""

HEADER = """
id = "t"
title = { zh_CN = "清单", zh_TW = "清單", en = "List" }
[[sections]]
id = "s"
title = { zh_CN = "部分", zh_TW = "部分", en = "Part" }
"""


def write(tmp_path, name, text):
    (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")


def problems_for(tmp_path, body, languages=LANGUAGES):
    write(tmp_path, "01_t.toml", HEADER + body)
    with pytest.raises(ContentError) as info:
        load_content(tmp_path, languages)
    return info.value.problems


def test_shipped_content_is_complete_in_every_language(shipped_content):
    assert [c.id for c in shipped_content.checklists][:1] == ["old-phone"]
    for item in shipped_content.items.values():
        for language in LANGUAGES:
            text = item.texts[language]  # present, not filled by fallback
            assert text.title and text.why and text.confirm
            for platform in (item.platforms or PLATFORMS):
                assert item.steps_for_platforms(language, [platform]), (item.id, language, platform)
        assert item.sources and item.reviewed.year >= 2025


def test_old_phone_checklist_covers_every_platform(shipped_content):
    checklist = shipped_content.checklist("old-phone")
    assert len(checklist.items) >= 12
    for platform in PLATFORMS:
        specific = [i for i in checklist.items if platform in i.texts["en"].steps_for]
        assert specific, f"no platform-specific steps for {platform}"


def test_a_good_file_loads(tmp_path):
    write(tmp_path, "01_t.toml", HEADER + GOOD_ITEM)
    content = load_content(tmp_path)
    assert list(content.items) == ["t.one"]


def test_duplicate_ids_across_files_name_both(tmp_path):
    write(tmp_path, "01_t.toml", HEADER + GOOD_ITEM)
    write(tmp_path, "02_u.toml", HEADER.replace('id = "t"', 'id = "u"') + GOOD_ITEM)
    with pytest.raises(ContentError) as info:
        load_content(tmp_path)
    assert any("02_u.toml: item 't.one': duplicate id (also in 01_t.toml)" in p for p in info.value.problems)


SOURCES = 'sources = [{ title = "Src", url = "https://example.org/" }]'
EN_TEXT = 'en = { title = "Title", why = "Why", steps = ["Step"], confirm = "Confirm" }'


@pytest.mark.parametrize("old, new, expected", [
    ('priority = "essential"', 'priority = "urgent"', "item 't.one': unknown priority 'urgent'"),
    ('priority = "essential"', 'priority = "essential"\nplatforms = ["nokia"]', "item 't.one': unknown platform 'nokia'"),
    ('priority = "essential"', 'priority = "essential"\nregions = ["Mars"]', "item 't.one': unknown region 'Mars'"),
    (SOURCES, "", "item 't.one': missing sources"),
    (SOURCES, 'sources = [{ title = "Src", url = "ftp://x" }]', "item 't.one': source 'Src' has no valid http(s) url"),
    (EN_TEXT, "", "item 't.one': missing en text"),
    ("reviewed = 2026-11-22", 'reviewed = "last week"', "item 't.one': reviewed must be a date"),
    ('section = "s"', 'section = "nowhere"', "item 't.one': unknown section 'nowhere'"),
    ('id = "t.one"', 'id = "T One"', "item with missing or invalid id 'T One'"),
])
def test_invalid_items_are_named_with_file_and_item(tmp_path, old, new, expected):
    problems = problems_for(tmp_path, GOOD_ITEM.replace(old, new))
    assert any(p.startswith("01_t.toml: ") and expected in p for p in problems), problems


def test_unknown_keys_and_missing_steps_are_reported(tmp_path):
    body = GOOD_ITEM.replace('steps = ["Step"], confirm', 'confirm').replace('[[items]]', '[[items]]\ncolour = "red"')
    problems = problems_for(tmp_path, body)
    assert any("unknown key 'colour'" in p for p in problems)
    assert any("item 't.one' (en): no steps for" in p for p in problems)


def test_unreadable_toml_is_reported_with_the_file(tmp_path):
    write(tmp_path, "01_t.toml", "id = \n")
    with pytest.raises(ContentError) as info:
        load_content(tmp_path)
    assert info.value.problems[0].startswith("01_t.toml: cannot be read")


def test_partial_translation_falls_back_in_the_defined_order(tmp_path):
    body = GOOD_ITEM.replace('zh_TW = { title = "標題", why = "原因", steps = ["一步"], confirm = "確認" }\n', "")
    body = body.replace('en = { title = "Title", why = "Why"', 'en = { title = "Title"').replace(
        '"Title", steps', '"Title", why = "", steps')
    write(tmp_path, "01_t.toml", HEADER + body.replace('why = "", ', ""))
    with pytest.raises(ContentError):
        load_content(tmp_path)  # strict: every language complete
    content = load_content(tmp_path, languages=())
    item = content.items["t.one"]
    assert item.text("zh_TW").title == "标题"  # zh_TW → zh_CN
    assert item.text("en").why == "原因"  # en → zh_CN
    assert item.text("en").title == "Title"


def test_fallback_orders():
    assert fallback_order("zh_TW") == ("zh_TW", "zh_CN", "en")
    assert fallback_order("zh_CN") == ("zh_CN", "zh_TW", "en")
    assert fallback_order("en") == ("en", "zh_CN", "zh_TW")
    assert fallback_order("fr") == fallback_order("en")


@pytest.mark.parametrize("locale, language", [
    ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("zh_MO", "zh_TW"),
    ("zh-Hant-HK", "zh_TW"), ("zh_Hans_HK", "zh_CN"), ("zh", "zh_CN"), ("en_GB.UTF-8", "en"), ("fr_FR", "en"),
    ("", "en"), (None, "en"),
])
def test_locale_mapping(locale, language):
    assert language_for_locale(locale) == language


def test_conditions_and_platform_steps(sample_content):
    backup = sample_content.items["sample.backup"]
    assert backup.steps_for_platforms("en", ["iphone"]) == [(("iphone",), ("Open Settings > iCloud.", "Tap Back Up Now."))]
    both = backup.steps_for_platforms("en", ["iphone", "huawei", "samsung"])
    assert [p for p, _ in both] == [("iphone",), ("huawei", "samsung")]  # own steps, then the generic ones
    assert backup.steps_for_platforms("en", [])[0][0] == ()
    iphone_only = sample_content.items["sample.iphone-only"]
    assert iphone_only.applies_to("CN", ["iphone"]) and not iphone_only.applies_to("CN", ["huawei"])
    mainland = sample_content.items["sample.mainland-only"]
    assert mainland.applies_to("CN", []) and not mainland.applies_to("HK", ["iphone"])


def _texts(item, language):
    text = item.texts[language]
    yield from (text.title, text.why, text.confirm, *text.steps)
    for steps in text.steps_for.values():
        yield from steps


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_chinese_text_is_in_the_right_script(shipped_content, language):
    """zh_TW has no Simplified-only characters and zh_CN no Traditional-only ones (OpenCC's tables)."""
    from chinese_script import wrong_script_chars

    wrong = {}
    for checklist in shipped_content.checklists:
        texts = [checklist.title(language), checklist.summary(language),
                 *(section.title(language) for section in checklist.sections)]
        for item in checklist.items:
            texts += list(_texts(item, language))
        for text in texts:
            bad = wrong_script_chars(text, language)
            if bad:
                wrong[text[:40]] = "".join(bad)
    assert wrong == {}


def test_every_region_gets_its_own_reporting_channels(shipped_content):
    from app.core.profiles import Profile
    from app.core.progress import applicable

    def numbers(region):
        profile = Profile(1, "x", region, ("iphone",), "en")
        return " ".join(step for item in applicable(shipped_content.items.values(), profile)
                        for step in _texts(item, "en"))

    assert all(n in numbers("CN") for n in ("12321", "10086999", "96110", "110"))
    assert "18222" in numbers("HK") and "12321" not in numbers("HK")
    assert "165" in numbers("TW") and "111" in numbers("TW") and "96110" not in numbers("TW")
    assert "7726" in numbers("OTHER")
