"""Start a private Xvfb server for tests that need a real X window."""

from __future__ import annotations

import contextlib
import os
import subprocess

from system_tools import require_tool


@contextlib.contextmanager
def xvfb_display(size: str = "1280x900x24"):
    """Yield a DISPLAY string for a fresh Xvfb. Where Xvfb is missing the test is skipped on a
    developer machine but fails on CI (CI=true), so a broken CI setup cannot hide behind a skip."""
    binary = require_tool("Xvfb", "xvfb")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen([binary, "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()  # Xvfb writes the display number once it is ready
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
