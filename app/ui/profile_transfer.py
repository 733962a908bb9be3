"""File › Export this profile… and File › Import a profile…, with plain-words results in the banner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.core import exchange
from app.core.store import StoreWriteError
from app.ui import texts
from app.ui.session import Session
from app.ui.widgets import Banner


def export_profile(parent: QWidget, session: Session, banner: Banner, path: str | None = None) -> bool:
    profile = session.profile
    if profile is None:
        return False
    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ProfileTransfer", "Export profile"),
                                              str(Path.home() / f"SafeSteps-{profile.name}.json"),
                                              QCoreApplication.translate("ProfileTransfer", "SafeSteps profile (*.json)"))
        if not path:
            return False
    try:
        exchange.write_export(session.store, profile, Path(path))
    except OSError as exc:
        banner.show_message(QCoreApplication.translate("ProfileTransfer", "The profile could not be exported: %1")
                            .replace("%1", exc.strerror or str(exc)), "error")
        return False
    banner.show_message(QCoreApplication.translate("ProfileTransfer", "The profile was exported to %1.")
                        .replace("%1", path), "info")
    return True


def import_profile(parent: QWidget, session: Session, banner: Banner, path: str | None = None) -> bool:
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("ProfileTransfer", "Import profile"),
                                              str(Path.home()),
                                              QCoreApplication.translate("ProfileTransfer", "SafeSteps profile (*.json)"))
        if not path:
            return False
    try:
        profile = exchange.import_profile(session.store, exchange.read_import(Path(path)))
    except exchange.ExchangeError as exc:
        banner.show_message(QCoreApplication.translate(
            "ProfileTransfer", "Nothing was imported. The file has a problem: %1").replace("%1", str(exc)), "error")
        return False
    except StoreWriteError as exc:
        banner.show_message(texts.write_error(exc), "error")
        return False
    session.profilesChanged.emit()
    session.select(profile.id)
    banner.show_message(QCoreApplication.translate("ProfileTransfer", "Imported the profile “%1”.")
                        .replace("%1", profile.name), "info")
    return True
