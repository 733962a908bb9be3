"""The store: profiles, progress that survives restarts and crashes, damaged files, full and
read-only disks, concurrent processes, file permissions."""

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.core.profiles import NewProfile, ProfileError
from app.core.store import DB_NAME, Store, StoreWriteError


def test_profiles_create_rename_delete(store):
    mum = store.create_profile(NewProfile("  Mum ", "CN", ("huawei", "iphone"), "zh_CN"))
    assert (mum.name, mum.platforms) == ("Mum", ("iphone", "huawei"))  # trimmed, in a fixed order
    dad = store.create_profile(NewProfile("Dad", "TW", (), "zh_TW"))
    with pytest.raises(ProfileError) as info:
        store.create_profile(NewProfile("mum", "CN", (), "en"))
    assert info.value.code == "name-taken"
    renamed = store.update_profile(mum.id, NewProfile("Mother", "HK", ("samsung",), "zh_TW"))
    assert (renamed.name, renamed.region, renamed.platforms) == ("Mother", "HK", ("samsung",))
    store.set_state(dad.id, "x.y", "done", 1)
    store.delete_profile(dad.id)
    assert [p.name for p in store.profiles()] == ["Mother"]
    assert store.query("SELECT count(*) FROM progress")[0][0] == 0  # progress went with the profile


@pytest.mark.parametrize("new, code", [
    (NewProfile("", "CN"), "name-empty"), (NewProfile("x" * 61, "CN"), "name-too-long"),
    (NewProfile("A", "XX"), "region"), (NewProfile("A", "CN", ("nokia",)), "platform"),
    (NewProfile("A", "CN", (), "fr"), "language"),
])
def test_invalid_profiles_are_refused(store, new, code):
    with pytest.raises(ProfileError) as info:
        store.create_profile(new)
    assert info.value.code == code
    assert store.profiles() == []


def test_every_tick_is_saved_at_once_and_survives_a_restart(tmp_path, store, mum):
    store.set_state(mum.id, "old-phone.backup", "done", 3)
    store.set_note(mum.id, "old-phone.backup", "iCloud, 22 Nov")
    store.set_state(mum.id, "gone.item", "later", 1)
    other = sqlite3.connect(store.path)  # a second reader sees it without any save or close
    assert other.execute("SELECT state, revision, note FROM progress WHERE item_id = 'old-phone.backup'").fetchone() \
        == ("done", 3, "iCloud, 22 Nov")
    other.close()
    store.close()
    again = Store.open(tmp_path / "data")
    progress = again.progress(mum.id)
    assert progress["old-phone.backup"].state == "done" and progress["old-phone.backup"].note == "iCloud, 22 Nov"
    assert progress["gone.item"].state == "later"  # items that no longer exist keep their progress
    again.close()


def test_a_killed_process_loses_no_committed_tick(tmp_path):
    data = tmp_path / "data"
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from app.core.store import Store
        from app.core.profiles import NewProfile
        store = Store.open(Path({str(data)!r}))
        pid = store.create_profile(NewProfile("Mum", "CN")).id
        i = 0
        while True:
            store.set_state(pid, f"item.{{i}}", "done", 1)
            print(i, flush=True)
            i += 1
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    acknowledged = [proc.stdout.readline() for _ in range(200)]
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    store = Store.open(data)
    assert store.notices == [] and store.integrity_ok()
    saved = store.progress(store.profiles()[0].id)
    assert all(f"item.{line.strip()}" in saved for line in acknowledged)
    store.close()


def test_a_damaged_file_is_moved_aside_and_the_app_starts(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / DB_NAME).write_bytes(b"this is not a database, it is a shopping list\n" * 100)
    store = Store.open(data)
    assert [n.kind for n in store.notices] == ["moved-damaged"]
    moved = Path(store.notices[0].moved_to)
    assert moved.parent == data and moved.name.startswith(DB_NAME + ".damaged-")
    assert moved.read_bytes().startswith(b"this is not a database")  # kept for the user
    assert store.path == data / DB_NAME and store.create_profile(NewProfile("Mum", "CN")).id  # works again
    store.close()


def test_a_corrupted_database_is_moved_aside(tmp_path, store, mum):
    for i in range(300):
        store.set_state(mum.id, f"item.{i}", "done", 1)
    path = store.path
    store.close()
    raw = bytearray(path.read_bytes())
    raw[4096:] = b"\xff" * (len(raw) - 4096)  # smash every page after the first, keep the header
    path.write_bytes(bytes(raw))
    reopened = Store.open(path.parent)
    assert [n.kind for n in reopened.notices] == ["moved-damaged"]
    assert reopened.profiles() == []
    reopened.close()


def test_a_full_disk_is_reported_and_nothing_is_lost(store, mum):
    store.set_state(mum.id, "kept", "done", 1)
    pages = store.query("PRAGMA page_count")[0][0]
    store.query(f"PRAGMA max_page_count = {pages}")  # the file may not grow: SQLite reports SQLITE_FULL
    with pytest.raises(StoreWriteError) as info:
        for i in range(2000):
            store.set_note(mum.id, f"note.{i}", "x" * 3000)
    assert info.value.reason == "disk-full"
    assert store.progress(mum.id)["kept"].state == "done"
    assert store.integrity_ok()


def _run_on_read_only_folder(code: str, directory: Path) -> subprocess.CompletedProcess:
    """Run Python `code` while `directory` cannot be written: a read-only bind mount in a private
    mount namespace when we are root (root ignores file modes), plain permissions otherwise."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    if os.geteuid() == 0:
        d = str(directory)
        command = ["unshare", "-m", "sh", "-c",
                   f'mount --bind "{d}" "{d}" && mount -o remount,bind,ro "{d}" && exec "$0" -c "$1"',
                   sys.executable, code]
    else:
        os.chmod(directory / DB_NAME, 0o444)
        os.chmod(directory, 0o555)
        command = [sys.executable, "-c", code]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_read_only_folder_keeps_progress_readable_and_refuses_changes_plainly(tmp_path):
    data = tmp_path / "data"
    store = Store.open(data)
    pid = store.create_profile(NewProfile("Mum", "CN")).id
    store.set_state(pid, "kept", "done", 1)
    store.close()
    try:
        code = textwrap.dedent(f"""
            from pathlib import Path
            from app.core.store import Store, StoreWriteError
            store = Store.open(Path({str(data)!r}))
            print([n.kind for n in store.notices])
            print(store.progress({pid})["kept"].state)
            try:
                store.set_state({pid}, "new", "done", 1)
            except StoreWriteError as exc:
                print(exc.reason)
        """)
        result = _run_on_read_only_folder(code, data)
        assert result.returncode == 0, result.stderr
        assert result.stdout.split("\n")[:3] == ["['read-only']", "done", "read-only"]
    finally:
        os.chmod(data, 0o700)


def test_an_unwritable_folder_gives_a_memory_only_store(tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    store = Store.open(blocker / "data")  # cannot create a folder inside a file
    assert [n.kind for n in store.notices] == ["memory-only"] and store.path is None
    assert store.create_profile(NewProfile("Mum", "CN")).name == "Mum"


def test_a_newer_schema_is_left_untouched(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    conn = sqlite3.connect(data / DB_NAME)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = (data / DB_NAME).read_bytes()
    store = Store.open(data)
    assert [n.kind for n in store.notices] == ["newer-version"] and store.path is None
    assert (data / DB_NAME).read_bytes() == before


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_are_user_only(store, mum):
    store.set_state(mum.id, "a", "done", 1)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


def test_two_processes_writing_at_once_never_corrupt_data(tmp_path):
    data = tmp_path / "data"
    store = Store.open(data)
    pid = store.create_profile(NewProfile("Mum", "CN")).id
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from app.core.store import Store
        store = Store.open(Path({str(data)!r}))
        for i in range(150):
            store.set_state({pid}, f"{{sys.argv[1]}}.{{i}}", "done", 1)
            store.set_note({pid}, "shared", f"{{sys.argv[1]}} {{i}}")
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script, name]) for name in ("a", "b")]
    for i in range(150):
        store.set_state(pid, f"main.{i}", "later", 1)
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    progress = store.progress(pid)
    assert store.integrity_ok()
    assert sum(1 for k in progress if k.split(".")[0] in ("a", "b", "main")) == 450
    assert progress["shared"].note in ("a 149", "b 149")
    store.close()


def test_settings_round_trip(store):
    assert store.setting("text_scale", "100") == "100"
    store.set_setting("text_scale", "150")
    assert store.setting("text_scale") == "150"
