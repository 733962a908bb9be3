"""Export a profile to JSON and import it elsewhere: versioned, validated, all or nothing."""

import json

import pytest

from app.core import exchange
from app.core.store import Store


def test_round_trip_to_another_computer(tmp_path, store, mum):
    store.set_state(mum.id, "old-phone.backup", "done", 2)
    store.set_note(mum.id, "old-phone.backup", "备份到 iCloud")
    store.set_state(mum.id, "removed.item", "na", 1)
    store.add_quiz_result(mum.id, "code-quiz", 9, 10)
    target = tmp_path / "mum.json"
    exchange.write_export(store, mum, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("safesteps-profile", 1)

    other = Store.open(tmp_path / "other-computer")
    imported = exchange.import_profile(other, exchange.read_import(target))
    assert (imported.name, imported.region, imported.platforms, imported.language) == \
        ("Mum", "CN", ("iphone", "huawei"), "zh_CN")
    progress = other.progress(imported.id)
    assert progress["old-phone.backup"].note == "备份到 iCloud" and progress["old-phone.backup"].revision == 2
    assert progress["removed.item"].state == "na"
    assert other.quiz_results(imported.id)[0][:3] == ("code-quiz", 9, 10)
    again = exchange.import_profile(other, exchange.read_import(target))
    assert again.name == "Mum (2)"  # an existing name is never overwritten
    other.close()


def good_export(store, mum):
    store.set_state(mum.id, "a.b", "done", 1)
    return exchange.export_profile(store, mum)


@pytest.mark.parametrize("damage, message", [
    (lambda d: d.update(format="something-else"), "not a SafeSteps profile export"),
    (lambda d: d.update(version=99), "newer SafeSteps"),
    (lambda d: d["profile"].update(region="Mars"), "profile.region: 'Mars' is not one of"),
    (lambda d: d["profile"].update(language="fr"), "profile.language"),
    (lambda d: d["profile"].update(name=""), "profile.name"),
    (lambda d: d["progress"][0].update(state="finished"), "progress[0].state: 'finished' is not one of"),
    (lambda d: d["progress"][0].update(changed_at="yesterday"), "progress[0].changed_at"),
    (lambda d: d["progress"].append(dict(d["progress"][0])), "progress[1].item_id: a.b appears twice"),
    (lambda d: d.update(quiz_results=[{"quiz_id": "q", "correct": 5, "total": 3, "taken_at": "2025-01-01"}]),
     "quiz_results[0]"),
    (lambda d: d.update(harassment_log=[{"number": "", "occurred_at": "x", "kind": "fax"}]),
     "harassment_log[0].number"),
])
def test_a_bad_import_names_the_problem_and_writes_nothing(tmp_path, store, mum, damage, message):
    data = good_export(store, mum)
    damage(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = store.profiles()
    with pytest.raises(exchange.ExchangeError) as info:
        exchange.read_import(path)
    assert any(message in p for p in info.value.problems), info.value.problems
    with pytest.raises(exchange.ExchangeError):
        exchange.import_profile(store, data)
    assert store.profiles() == before


@pytest.mark.parametrize("content", [b"", b"{not json", b"\xff\xfe\x00garbage", b"[1, 2, 3]"])
def test_files_that_are_not_exports(tmp_path, content):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(exchange.ExchangeError) as info:
        exchange.read_import(path)
    assert info.value.problems


def test_a_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:
        fh.truncate(exchange.MAX_FILE_BYTES + 1)
    with pytest.raises(exchange.ExchangeError) as info:
        exchange.read_import(path)
    assert "too large" in info.value.problems[0]


def test_import_is_all_or_nothing_when_the_disk_fails(tmp_path, store, mum):
    data = good_export(store, mum)
    data["progress"] = [dict(data["progress"][0], item_id=f"item.{i}", note="x" * 3000) for i in range(500)]
    pages = store.query("PRAGMA page_count")[0][0]
    store.query(f"PRAGMA max_page_count = {pages + 5}")
    from app.core.store import StoreWriteError

    with pytest.raises(StoreWriteError):
        exchange.import_profile(store, data)
    assert [p.name for p in store.profiles()] == ["Mum"]
