"""The accessibility tree as a screen reader sees it: SafeSteps in a real X server, read over AT-SPI
by a real client (python3-pyatspi), with names on every control and on the progress bars."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from system_tools import unavailable
from xserver import xvfb_display

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"
CONTROLS = {"push button", "check box", "combo box", "text", "progress bar", "radio button", "spin button"}


def _atspi_ready() -> str:
    if shutil.which("dbus-run-session") is None:
        return "dbus-run-session missing (apt: dbus)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    return "" if probe.returncode == 0 else "python3-pyatspi missing (apt: python3-pyatspi at-spi2-core)"


@pytest.mark.xvfb
def test_a_screen_reader_sees_named_controls(tmp_path):
    problem = _atspi_ready()
    if problem:
        unavailable(problem)
    from app.core.profiles import NewProfile
    from app.core.store import Store

    store = Store.open(tmp_path / "data")
    store.create_profile(NewProfile("Mum", "CN", ("iphone",), "en"))
    store.close()
    script = (f'QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "{sys.executable}" -m app --data-dir "{tmp_path / "data"}" & '
              f'APP=$!; "{SYSTEM_PYTHON}" "{ROOT / "tests" / "atspi_client.py"}" SafeSteps 60 "Overall progress"; kill $APP')
    with xvfb_display() as display:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT),
                   HOME=str(tmp_path), XDG_RUNTIME_DIR=str(tmp_path))
        env.pop("QT_ACCESSIBILITY", None)
        result = subprocess.run(["dbus-run-session", "--", "sh", "-c", script], capture_output=True, text=True,
                                env=env, timeout=120)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["app"] == "SafeSteps", result.stderr[-2000:]
    nodes = [(role, name, description) for _d, role, name, description, showing in report["nodes"] if showing]
    roles = {role for role, _n, _d in nodes}
    assert {"frame", "push button", "progress bar"} <= roles
    unnamed = [(role, description) for role, name, description in nodes if role in CONTROLS and not name.strip()]
    assert unnamed == []
    names = {name for _r, name, _d in nodes}
    assert "Overall progress" in names and "Add a profile for another person" in names
    bars = [d for role, name, d in nodes if role == "progress bar" and name == "Overall progress"]
    assert bars and "steps finished" in bars[0]  # the bar's description says how far along
