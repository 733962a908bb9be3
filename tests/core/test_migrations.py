"""Every earlier schema version migrates forward to the newest, keeping its data."""

import sqlite3

import pytest

from app.core.schema import LATEST_VERSION, MIGRATIONS, migrate, schema_version
from app.core.store import DB_NAME, Store

# Data a user could have had at each version, written with that version's columns.
FILL = {
    1: ["INSERT INTO profiles (id, name, region, platforms, language, created_at) "
        "VALUES (1, 'Mum', 'CN', 'iphone,huawei', 'zh_CN', '2025-01-02T03:04:05+00:00')",
        "INSERT INTO progress VALUES (1, 'old-phone.backup', 'done', '2025-01-03T00:00:00+00:00', 1, 'note')",
        "INSERT INTO settings VALUES ('text_scale', '150')"],
    2: ["UPDATE profiles SET last_reviewed_at = '2025-06-01T00:00:00+00:00'",
        "INSERT INTO quiz_results (profile_id, quiz_id, correct, total, taken_at) "
        "VALUES (1, 'code-quiz', 7, 10, '2025-06-01T00:00:00+00:00')"],
}


@pytest.mark.parametrize("version", range(LATEST_VERSION))
def test_migrates_from_every_earlier_version(tmp_path, version):
    data = tmp_path / "data"
    data.mkdir()
    conn = sqlite3.connect(data / DB_NAME, isolation_level=None)
    migrate(conn, version)
    for v in range(1, version + 1):
        for statement in FILL.get(v, []):
            conn.execute(statement)
    conn.close()

    store = Store.open(data)
    assert store.notices == []
    assert schema_version(store._conn) == LATEST_VERSION
    if version >= 1:
        [mum] = store.profiles()
        assert (mum.name, mum.platforms, mum.language) == ("Mum", ("iphone", "huawei"), "zh_CN")
        entry = store.progress(mum.id)["old-phone.backup"]
        assert (entry.state, entry.note) == ("done", "note")
        assert store.setting("text_scale") == "150"
        assert mum.last_reviewed_at == ("2025-06-01T00:00:00+00:00" if version >= 2 else None)
        assert len(store.quiz_results(mum.id)) == (1 if version >= 2 else 0)
    assert store.integrity_ok()
    store.close()


def test_each_step_is_atomic(tmp_path):
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    migrate(conn, 1)
    conn.execute("CREATE TABLE quiz_results (x)")  # step 1 → 2 will fail half-way
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn)
    assert schema_version(conn) == 1
    columns = [row[1] for row in conn.execute("PRAGMA table_info(profiles)")]
    assert "last_reviewed_at" not in columns  # the ALTER before the failure was rolled back


def test_versions_are_counted_from_the_steps():
    assert LATEST_VERSION == len(MIGRATIONS) >= 3
