import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture
def make_window(qtbot, tmp_path, sample_content):
    """Build a main window over a data folder (a new one per test unless given), as `safesteps` does."""
    from app.ui import translations
    from app.ui.app import build_main_window, create_application

    create_application()
    windows = []

    def make(data_dir=None, content=sample_content):
        window = build_main_window(data_dir or tmp_path / "data", content)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.session.store.close()
    translations.install("en")
