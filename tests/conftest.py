import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))  # tests/chinese_script.py and friends

SAMPLE_CONTENT = TESTS / "data" / "content"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """No test touches the real data folder or the user's settings."""
    monkeypatch.setenv("SAFESTEPS_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture(scope="session")
def sample_content():
    from app.core.content import load_content

    return load_content(SAMPLE_CONTENT)


@pytest.fixture(scope="session")
def shipped_content():
    from app.core.content import load_content

    return load_content()


@pytest.fixture
def store(tmp_path):
    from app.core.store import Store

    s = Store.open(tmp_path / "data")
    yield s
    s.close()


@pytest.fixture
def mum(store):
    from app.core.profiles import NewProfile

    return store.create_profile(NewProfile("Mum", "CN", ("iphone", "huawei"), "zh_CN"))


@pytest.fixture
def memory_keyring():
    """Use an in-memory keyring for the test; yields it so the test can look at what was stored."""
    import keyring

    from fakes import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
