"""Start-up: time from a new Python process to the main window shown (offscreen), and to the
overview of an existing profile. Prints the median of 5 runs.

    .venv/bin/python benchmarks/startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = """
import sys, time
from pathlib import Path
from app.ui.app import build_main_window, create_application
app = create_application()
window = build_main_window(Path(sys.argv[1]))
window.show()
app.processEvents()
if len(sys.argv) > 2:
    from app.core.profiles import NewProfile
    window.session.create_profile(NewProfile("Bench", "CN", ("iphone",), "zh_CN"))
print("shown")
"""


def run(data: Path, *extra: str) -> float:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(data), *extra], capture_output=True, text=True, cwd=ROOT,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), check=True).stdout
    assert "shown" in out
    return time.perf_counter() - start


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        first = [run(Path(tmp) / f"fresh{i}") for i in range(5)]
        run(Path(tmp) / "existing", "create")
        existing = [run(Path(tmp) / "existing") for _ in range(5)]
    print(f"first run (welcome page): median {statistics.median(first) * 1000:.0f} ms, "
          f"max {max(first) * 1000:.0f} ms (5 runs, whole process incl. Python and Qt start)")
    print(f"existing profile (overview, {len(os.listdir(ROOT / 'resources' / 'content')) - 1} checklists): "
          f"median {statistics.median(existing) * 1000:.0f} ms, max {max(existing) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
