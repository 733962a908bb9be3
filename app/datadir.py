"""The data folder: --data-dir, else $SAFESTEPS_HOME, else Qt's per-user application data folder."""

from __future__ import annotations

import os
from pathlib import Path

from app import APP_NAME


def resolve_data_dir(cli_value: str | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("SAFESTEPS_HOME")
    if env:
        return Path(env).expanduser()
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / f".{APP_NAME.lower()}"
