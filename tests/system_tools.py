"""Tests that need a system tool (zbarimg, pdftotext, Xvfb, dbus-run-session …): skipped on a developer
machine without it, but failed on CI (CI=true), so a broken CI set-up can never hide behind a skip."""

from __future__ import annotations

import os
import shutil

import pytest


def unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (on CI, .ci/run installs it)")
    pytest.skip(reason)


def require_tool(name: str, package: str = "") -> str:
    path = shutil.which(name)
    if path is None:
        unavailable(f"{name} is not installed" + (f" (apt-get install {package})" if package else ""))
    return path
