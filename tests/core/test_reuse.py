"""The password reuse warning: HMAC fingerprints, the key in the OS keyring, never in a file."""

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import keyring
import pytest
from fakes import MemoryKeyring
from keyring.backends import fail

from system_tools import unavailable

from app.core.reuse import KEY_NAME, SERVICE, ReuseGuard, ReuseUnavailable

ROOT = Path(__file__).resolve().parents[2]


class PlaintextFileKeyring(MemoryKeyring):
    """Stands for keyrings.alt's file backends, which must never hold the key."""


def test_reuse_is_found_by_fingerprint_only(store, mum, memory_keyring):
    guard = ReuseGuard(store)
    assert guard.available().ok
    guard.remember(mum.id, "bank", "Zhangwei#1985")
    guard.remember(mum.id, "email", "another-Pass-2024")
    assert guard.reused_as(mum.id, "Zhangwei#1985") == ["bank"]
    assert guard.reused_as(mum.id, "zhangwei#1985") == []
    assert guard.labels(mum.id) == ["bank", "email"]
    stored = store.query("SELECT fingerprint FROM password_fingerprints")
    assert all(len(fp) == 64 and "Zhangwei" not in fp for (fp,) in stored)
    key = memory_keyring.secrets[(SERVICE, KEY_NAME)]
    assert len(bytes.fromhex(key)) == 32
    raw = store.path.read_bytes()
    assert b"Zhangwei#1985" not in raw and key.encode() not in raw  # neither password nor key on disk


def test_a_label_is_replaced_and_profiles_are_separate(store, mum, memory_keyring):
    from app.core.profiles import NewProfile

    dad = store.create_profile(NewProfile("Dad", "CN"))
    guard = ReuseGuard(store)
    guard.remember(mum.id, "bank", "first-password-1")
    guard.remember(mum.id, "bank", "second-password-2")
    assert guard.reused_as(mum.id, "first-password-1") == []
    assert guard.reused_as(mum.id, "second-password-2") == ["bank"]
    assert guard.reused_as(dad.id, "second-password-2") == []


def test_forget_all_removes_fingerprints_and_key(store, mum, memory_keyring):
    guard = ReuseGuard(store)
    guard.remember(mum.id, "bank", "Zhangwei#1985")
    guard.forget_all()
    assert store.query("SELECT count(*) FROM password_fingerprints")[0][0] == 0
    assert (SERVICE, KEY_NAME) not in memory_keyring.secrets
    guard.remember(mum.id, "bank", "Zhangwei#1985")  # a new key: old fingerprints would never match
    assert guard.reused_as(mum.id, "Zhangwei#1985") == ["bank"]


def test_no_backend_turns_the_feature_off_plainly(store, mum):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        guard = ReuseGuard(store)
        assert guard.available().reason == "no-backend"
        with pytest.raises(ReuseUnavailable) as info:
            guard.remember(mum.id, "bank", "secret-1")
        assert info.value.reason == "no-backend"
        assert store.query("SELECT count(*) FROM password_fingerprints")[0][0] == 0
    finally:
        keyring.set_keyring(previous)


def test_a_file_backend_is_refused(store, mum):
    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextFileKeyring())
    try:
        assert ReuseGuard(store).available().reason == "insecure-backend"
        with pytest.raises(ReuseUnavailable):
            ReuseGuard(store).remember(mum.id, "bank", "secret-1")
    finally:
        keyring.set_keyring(previous)


REAL_SESSION = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    import keyring, secretstorage
    from app.core.store import Store
    from app.core.profiles import NewProfile
    from app.core.reuse import ReuseGuard

    store = Store.open(Path(sys.argv[1]))
    pid = store.create_profile(NewProfile("Mum", "CN")).id
    guard = ReuseGuard(store)
    report = {"available": guard.available().ok, "backend": guard.available().backend}
    guard.remember(pid, "bank", "Zhangwei#1985")
    report["reused"] = guard.reused_as(pid, "Zhangwei#1985")
    bus = secretstorage.dbus_init()
    items = [(dict(i.get_attributes()), i.get_secret().decode()) for c in secretstorage.get_all_collections(bus)
             for i in c.get_all_items()]
    report["items"] = len(items)
    report["password_in_keyring"] = any("Zhangwei" in s or "Zhangwei" in json.dumps(a) for a, s in items)
    guard.forget_all()
    report["after_forget"] = sum(1 for c in secretstorage.get_all_collections(bus) for i in c.get_all_items()
                                 if i.get_attributes().get("service") == "SafeSteps")
    print(json.dumps(report))
""")


@pytest.mark.keyring
def test_with_a_real_secret_service(tmp_path):
    missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None]
    if missing:
        unavailable(f"{missing} not installed (apt-get install dbus gnome-keyring)")
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_RUNTIME_DIR=str(tmp_path),
               PYTHONPATH=str(ROOT))
    env.pop("PYTHON_KEYRING_BACKEND", None)
    command = ["dbus-run-session", "--", "sh", "-c",
               'printf "test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"',
               "sh", sys.executable, "-c", REAL_SESSION, str(tmp_path / "data")]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    import json

    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["available"] and "SecretService" in report["backend"]
    assert report["reused"] == ["bank"]
    assert report["items"] >= 1 and not report["password_in_keyring"]
    assert report["after_forget"] == 0
