"""Translated words for the core's codes: regions, phones, states, priorities and messages.

Each function builds its table when called, so the words follow the language in use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.profiles import ProfileError
from app.core.store import StoreNotice, StoreWriteError




def region_name(code: str) -> str:
    return {
        "CN": QCoreApplication.translate("Texts", "Mainland China"),
        "HK": QCoreApplication.translate("Texts", "Hong Kong"),
        "TW": QCoreApplication.translate("Texts", "Taiwan"),
        "OTHER": QCoreApplication.translate("Texts", "Elsewhere"),
    }.get(code, code)


def platform_name(code: str) -> str:
    return {
        "iphone": QCoreApplication.translate("Texts", "iPhone"),
        "huawei": QCoreApplication.translate("Texts", "Huawei / HarmonyOS"),
        "xiaomi": QCoreApplication.translate("Texts", "Xiaomi / Redmi"),
        "samsung": QCoreApplication.translate("Texts", "Samsung"),
        "android_other": QCoreApplication.translate("Texts", "Other Android phone"),
    }.get(code, code)


def state_name(code: str) -> str:
    return {
        "todo": QCoreApplication.translate("Texts", "To do"),
        "done": QCoreApplication.translate("Texts", "Done"),
        "na": QCoreApplication.translate("Texts", "Not applicable"),
        "later": QCoreApplication.translate("Texts", "Later"),
    }.get(code, code)


def priority_name(code: str) -> str:
    return {
        "essential": QCoreApplication.translate("Texts", "Essential"),
        "recommended": QCoreApplication.translate("Texts", "Recommended"),
        "advanced": QCoreApplication.translate("Texts", "Advanced"),
    }.get(code, code)


def write_error(exc: StoreWriteError) -> str:
    return {
        "read-only": QCoreApplication.translate("Texts", "Your last change was not saved: the data folder is read-only. "
                        "Ask someone to make it writable, then try again."),
        "disk-full": QCoreApplication.translate("Texts", "Your last change was not saved: the disk is full. "
                        "Free some space, then try again."),
        "busy": QCoreApplication.translate("Texts", "Your last change was not saved: SafeSteps is busy in another window. "
                   "Please try again."),
        "io": QCoreApplication.translate("Texts", "Your last change was not saved: the disk could not be written. Please try again."),
    }.get(exc.reason, QCoreApplication.translate("Texts", "Your last change was not saved. Please try again."))


def profile_error(exc: ProfileError) -> str:
    return {
        "name-empty": QCoreApplication.translate("Texts", "Please type a name for this person."),
        "name-too-long": QCoreApplication.translate("Texts", "The name is too long. Please use at most 60 characters."),
        "name-taken": QCoreApplication.translate("Texts", "There is already a profile with this name. Please choose another name."),
    }.get(exc.code, QCoreApplication.translate("Texts", "This profile cannot be saved. Please check what you typed."))


def notice(n: StoreNotice) -> str:
    if n.kind == "moved-damaged":
        return QCoreApplication.translate("Texts", "Your saved progress file was damaged, so SafeSteps started a new one. "
                  "The old file was kept here: %1").replace("%1", n.moved_to)
    if n.kind == "read-only":
        return QCoreApplication.translate("Texts", "SafeSteps can show your progress but cannot save changes: "
                  "the data folder is read-only (%1).").replace("%1", n.path)
    if n.kind == "newer-version":
        return QCoreApplication.translate("Texts", "Your progress was saved by a newer version of SafeSteps. It was left untouched. "
                  "Please update SafeSteps. Changes made now will not be saved.")
    return QCoreApplication.translate("Texts", "SafeSteps cannot save to its data folder (%1). Changes made now will be lost "
              "when you close the app.").replace("%1", n.path)
