"""Where the read-only resources (content, translations, word lists) are."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The resources folder, for a source tree, an installed wheel or a PyInstaller bundle."""
    override = os.environ.get("SAFESTEPS_RESOURCES")
    candidates = [Path(override)] if override else []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    package_dir = Path(__file__).resolve().parent.parent
    candidates += [package_dir / "resources", package_dir.parent / "resources"]
    for candidate in candidates:
        if (candidate / "content").is_dir():
            return candidate
    raise FileNotFoundError("SafeSteps resources not found; looked in: " + ", ".join(map(str, candidates)))


def content_dir() -> Path:
    return resources_dir() / "content"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"
