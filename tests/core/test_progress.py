"""Progress per section, checklist and overall; changed-since-checked; due items."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from app.core import progress as calc
from app.core.profiles import ItemProgress, Profile

MUM = Profile(1, "Mum", "CN", ("iphone",), "zh_CN")
DAD_HK = Profile(2, "Dad", "HK", ("huawei",), "zh_TW")


def entry(item_id, state, revision=1, days_ago=0):
    when = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days_ago)
    return ItemProgress(item_id, state, when.isoformat(timespec="seconds"), revision)


def test_items_that_do_not_apply_are_hidden_not_counted(sample_content):
    assert [i.id for i in calc.applicable(sample_content.items.values(), MUM)] == [
        "sample.backup", "sample.iphone-only", "sample.mainland-only", "sample.everyone"]
    assert [i.id for i in calc.applicable(sample_content.items.values(), DAD_HK)] == [
        "sample.backup", "sample.everyone"]


def test_counts(sample_content):
    checklist = sample_content.checklist("sample")
    progress = {"sample.backup": entry("sample.backup", "done"), "sample.everyone": entry("sample.everyone", "na"),
                "sample.iphone-only": entry("sample.iphone-only", "later")}
    counts = calc.checklist_counts(checklist, MUM, progress)
    assert (counts.done, counts.na, counts.later, counts.todo, counts.total, counts.percent) == (1, 1, 1, 1, 4, 50)
    first = calc.section_counts(checklist.sections[0], MUM, progress)
    assert (first.finished, first.total) == (1, 2)
    assert calc.overall_counts(sample_content, DAD_HK, progress).percent == 100


def test_changed_since_checked(sample_content):
    backup = sample_content.items["sample.backup"]  # revision 2
    assert calc.changed_since_checked(backup, entry("sample.backup", "done", revision=1))
    assert not calc.changed_since_checked(backup, entry("sample.backup", "done", revision=2))
    assert not calc.changed_since_checked(backup, entry("sample.backup", "later", revision=1))
    assert not calc.changed_since_checked(backup, None)


def test_repeating_items_fall_due(sample_content):
    item = sample_content.items["sample.mainland-only"]  # every 180 days
    assert calc.is_due(item, entry(item.id, "done", days_ago=181))
    assert not calc.is_due(item, entry(item.id, "done", days_ago=10))
    assert not calc.is_due(item, entry(item.id, "later", days_ago=400))
    progress = {item.id: entry(item.id, "done", days_ago=200)}
    assert calc.due_items(sample_content, MUM, progress) == [item]
    assert calc.due_items(sample_content, DAD_HK, progress) == []  # does not apply in Hong Kong


def test_orphaned_progress_is_reported_not_dropped(sample_content):
    progress = {"gone.away": entry("gone.away", "done"), "sample.backup": entry("sample.backup", "done")}
    assert calc.orphaned(sample_content, progress) == ["gone.away"]


@given(st.lists(st.sampled_from(["todo", "done", "na", "later", None]), min_size=4, max_size=4))
def test_counts_always_add_up(sample_content, states):
    items = calc.applicable(sample_content.checklist("sample").items, MUM)
    progress = {i.id: entry(i.id, s) for i, s in zip(items, states) if s}
    counts = calc.count(items, progress)
    assert counts.total == len(items)
    assert 0 <= counts.percent <= 100
    nxt = calc.next_open_item(items, progress)
    assert (nxt is None) == (counts.todo + counts.later == 0)
