"""Translated words for the core's codes: regions, phones, states, priorities and messages.

Each function builds its table when called, so the words follow the language in use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.profiles import ProfileError
from app.core.store import StoreNotice, StoreWriteError


def _t(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def region_name(code: str) -> str:
    return {
        "CN": _t("Mainland China"),
        "HK": _t("Hong Kong"),
        "TW": _t("Taiwan"),
        "OTHER": _t("Elsewhere"),
    }.get(code, code)


def platform_name(code: str) -> str:
    return {
        "iphone": _t("iPhone"),
        "huawei": _t("Huawei / HarmonyOS"),
        "xiaomi": _t("Xiaomi / Redmi"),
        "samsung": _t("Samsung"),
        "android_other": _t("Other Android phone"),
    }.get(code, code)


def state_name(code: str) -> str:
    return {
        "todo": _t("To do"),
        "done": _t("Done"),
        "na": _t("Not applicable"),
        "later": _t("Later"),
    }.get(code, code)


def priority_name(code: str) -> str:
    return {
        "essential": _t("Essential"),
        "recommended": _t("Recommended"),
        "advanced": _t("Advanced"),
    }.get(code, code)


def write_error(exc: StoreWriteError) -> str:
    return {
        "read-only": _t("Your last change was not saved: the data folder is read-only. "
                        "Ask someone to make it writable, then try again."),
        "disk-full": _t("Your last change was not saved: the disk is full. "
                        "Free some space, then try again."),
        "busy": _t("Your last change was not saved: SafeSteps is busy in another window. "
                   "Please try again."),
        "io": _t("Your last change was not saved: the disk could not be written. Please try again."),
    }.get(exc.reason, _t("Your last change was not saved. Please try again."))


def profile_error(exc: ProfileError) -> str:
    return {
        "name-empty": _t("Please type a name for this person."),
        "name-too-long": _t("The name is too long. Please use at most 60 characters."),
        "name-taken": _t("There is already a profile with this name. Please choose another name."),
    }.get(exc.code, _t("This profile cannot be saved. Please check what you typed."))


def notice(n: StoreNotice) -> str:
    if n.kind == "moved-damaged":
        return _t("Your saved progress file was damaged, so SafeSteps started a new one. "
                  "The old file was kept here: %1").replace("%1", n.moved_to)
    if n.kind == "read-only":
        return _t("SafeSteps can show your progress but cannot save changes: "
                  "the data folder is read-only (%1).").replace("%1", n.path)
    if n.kind == "newer-version":
        return _t("Your progress was saved by a newer version of SafeSteps. It was left untouched. "
                  "Please update SafeSteps. Changes made now will not be saved.")
    return _t("SafeSteps cannot save to its data folder (%1). Changes made now will be lost "
              "when you close the app.").replace("%1", n.path)
