"""Start-up stays light: the heavy libraries load only when a tool needs them."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import json, sys
from pathlib import Path
from app.ui.app import build_main_window, create_application
app = create_application()
window = build_main_window(Path(sys.argv[1]))
window.show()
app.processEvents()
print(json.dumps(sorted(m for m in ("zxcvbn", "qrcode", "keyring", "pypinyin", "opencc") if m in sys.modules)))
window.session.store.close()
"""


def test_heavy_imports_are_lazy(tmp_path):
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "data")], capture_output=True, text=True,
                            cwd=ROOT, timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
