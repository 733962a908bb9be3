"""The app in a real X server: the window is mapped, titled, drawn, and a tick is saved."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from xserver import xvfb_display

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from app.core.content import load_content
    from app.ui.app import build_main_window, create_application

    app = create_application()
    window = build_main_window(Path(sys.argv[1]), load_content(Path(sys.argv[2])))
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.welcome.form.name.setText("Mum")
    QTest.mouseClick(window.welcome.start, Qt.MouseButton.LeftButton)
    QTest.mouseClick(window.overview.cards[0].open, Qt.MouseButton.LeftButton)
    QTest.mouseClick(window.step.done, Qt.MouseButton.LeftButton)
    app.processEvents()
    shot = window.screen().grabWindow(0)  # what the X server really shows
    shot.save(sys.argv[3])
    image = shot.toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)}
    print(json.dumps({"platform": app.platformName(), "title": window.windowTitle(),
                      "win_id": int(window.winId()), "colours": len(colours),
                      "state": window.session.progress()["sample.backup"].state}))
    sys.stdout.flush()
    window.session.store.close()
""")


@pytest.mark.xvfb
def test_a_real_window_under_xvfb(tmp_path):
    with xvfb_display() as display:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
        shot = tmp_path / "xvfb.png"
        result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "data"),
                                 str(ROOT / "tests" / "data" / "content"), str(shot)],
                                capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["platform"] == "xcb"
    assert report["title"] == "SafeSteps — Mum"
    assert report["state"] == "done"
    assert report["colours"] > 5  # the screen shows a drawn window, not an empty framebuffer
    assert shot.stat().st_size > 10_000
