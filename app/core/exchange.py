"""Export one profile to a JSON file and import it on another computer.

The format is versioned (`format`, `version`). Import checks everything first and then writes the
profile, its progress, quiz results and harassment log in one transaction: all or nothing.
Password fingerprints are never exported (their key stays in this computer's keyring).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from app import __version__
from app.core.content import PLATFORMS, REGIONS
from app.core.files import atomic_write_text
from app.core.i18n import LANGUAGES
from app.core.profiles import MAX_NAME, MAX_NOTE, STATES, NewProfile, Profile
from app.core.store import Store

FORMAT = "safesteps-profile"
VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
LOG_KINDS = ("call", "sms", "other")
_ITEM_ID = re.compile(r"^[a-z0-9][a-z0-9.-]{0,120}$")


class ExchangeError(ValueError):
    """The file cannot be imported. `problems` names each thing that is wrong; nothing was written."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("; ".join(problems[:10]) + (f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""))


def export_profile(store: Store, profile: Profile) -> dict[str, Any]:
    progress = [
        {"item_id": p.item_id, "state": p.state, "changed_at": p.changed_at, "revision": p.revision, "note": p.note}
        for p in sorted(store.progress(profile.id).values(), key=lambda p: p.item_id)
    ]
    quiz = [{"quiz_id": q, "correct": c, "total": t, "taken_at": at} for q, c, t, at in store.quiz_results(profile.id)]
    log = [dict(zip(("number", "occurred_at", "kind", "content", "action_taken"), row)) for row in store.query(
        "SELECT number, occurred_at, kind, content, action_taken FROM harassment_log WHERE profile_id = ? "
        "ORDER BY occurred_at, id", (profile.id,))]
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "profile": {"name": profile.name, "region": profile.region, "platforms": list(profile.platforms),
                    "language": profile.language, "last_reviewed_at": profile.last_reviewed_at},
        "progress": progress,
        "quiz_results": quiz,
        "harassment_log": log,
    }


def write_export(store: Store, profile: Profile, target: Path) -> None:
    """Write the export atomically (a temp file in the same folder, then replace), user-only."""
    data = json.dumps(export_profile(store, profile), ensure_ascii=False, indent=2)
    atomic_write_text(Path(target), data)


def read_import(path: Path) -> dict[str, Any]:
    """Read and fully validate an export file. Raises ExchangeError naming every problem."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ExchangeError([f"the file cannot be read: {exc.strerror or exc}"]) from exc
    if size > MAX_FILE_BYTES:
        raise ExchangeError([f"the file is too large ({size // 1024 // 1024} MB) to be a SafeSteps export"])
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ExchangeError([f"the file cannot be read: {exc}"]) from exc
    except json.JSONDecodeError as exc:
        raise ExchangeError([f"the file is not a SafeSteps export (not valid JSON at line {exc.lineno})"]) from exc
    problems = validate_export(data)
    if problems:
        raise ExchangeError(problems)
    return data


def validate_export(data: Any) -> list[str]:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return ["the file is not a SafeSteps profile export"]
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        return ["the export has no valid format version"]
    if version > VERSION:
        return [f"the export was made by a newer SafeSteps (format {version}); please update SafeSteps"]
    problems: list[str] = []
    profile = data.get("profile")
    if not isinstance(profile, dict):
        return ["profile: missing"]
    name = profile.get("name")
    if not isinstance(name, str) or not name.strip() or len(name.strip()) > MAX_NAME:
        problems.append("profile.name: missing or too long")
    if profile.get("region") not in REGIONS:
        problems.append(f"profile.region: {profile.get('region')!r} is not one of {', '.join(REGIONS)}")
    platforms = profile.get("platforms")
    if not isinstance(platforms, list) or any(p not in PLATFORMS for p in platforms):
        problems.append(f"profile.platforms: must be a list of {', '.join(PLATFORMS)}")
    if profile.get("language") not in LANGUAGES:
        problems.append(f"profile.language: {profile.get('language')!r} is not one of {', '.join(LANGUAGES)}")
    reviewed = profile.get("last_reviewed_at")
    if reviewed is not None and not _is_time(reviewed):
        problems.append("profile.last_reviewed_at: not a date and time")

    seen: set[str] = set()
    for i, entry in enumerate(_rows(data, "progress", problems)):
        where = f"progress[{i}]"
        if not isinstance(entry, dict):
            problems.append(f"{where}: not an object")
            continue
        item_id = entry.get("item_id")
        if not isinstance(item_id, str) or not _ITEM_ID.match(item_id):
            problems.append(f"{where}.item_id: {item_id!r} is not a valid item id")
        elif item_id in seen:
            problems.append(f"{where}.item_id: {item_id} appears twice")
        else:
            seen.add(item_id)
        if entry.get("state") not in STATES:
            problems.append(f"{where}.state: {entry.get('state')!r} is not one of {', '.join(STATES)}")
        if not _is_time(entry.get("changed_at")):
            problems.append(f"{where}.changed_at: not a date and time")
        revision = entry.get("revision")
        if not isinstance(revision, int) or isinstance(revision, bool) or revision < 1:
            problems.append(f"{where}.revision: must be a whole number from 1")
        note = entry.get("note", "")
        if not isinstance(note, str) or len(note) > MAX_NOTE:
            problems.append(f"{where}.note: must be text of at most {MAX_NOTE} characters")

    for i, entry in enumerate(_rows(data, "quiz_results", problems)):
        where = f"quiz_results[{i}]"
        if not (isinstance(entry, dict) and isinstance(entry.get("quiz_id"), str)
                and _count(entry.get("total")) and _count(entry.get("correct"))
                and entry["correct"] <= entry["total"] and _is_time(entry.get("taken_at"))):
            problems.append(f"{where}: needs quiz_id, correct <= total and taken_at")

    for i, entry in enumerate(_rows(data, "harassment_log", problems)):
        where = f"harassment_log[{i}]"
        if not isinstance(entry, dict):
            problems.append(f"{where}: not an object")
            continue
        if not isinstance(entry.get("number"), str) or not entry["number"].strip():
            problems.append(f"{where}.number: missing")
        if not _is_time(entry.get("occurred_at")):
            problems.append(f"{where}.occurred_at: not a date and time")
        if entry.get("kind") not in LOG_KINDS:
            problems.append(f"{where}.kind: {entry.get('kind')!r} is not one of {', '.join(LOG_KINDS)}")
        for key in ("content", "action_taken"):
            if not isinstance(entry.get(key, ""), str):
                problems.append(f"{where}.{key}: must be text")
    return problems


def import_profile(store: Store, data: dict[str, Any]) -> Profile:
    """Write a validated export as a new profile (renamed "Name (2)" if the name is taken)."""
    problems = validate_export(data)
    if problems:
        raise ExchangeError(problems)
    raw = data["profile"]
    new = NewProfile(store.free_name(" ".join(raw["name"].split())), raw["region"], tuple(raw["platforms"]),
                     raw["language"]).validated()
    with store.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO profiles (name, region, platforms, language, created_at, last_reviewed_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (new.name, new.region, ",".join(new.platforms), new.language,
             dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), raw.get("last_reviewed_at")))
        pid = cur.lastrowid
        conn.executemany(
            "INSERT INTO progress (profile_id, item_id, state, changed_at, revision, note) VALUES (?, ?, ?, ?, ?, ?)",
            [(pid, p["item_id"], p["state"], p["changed_at"], p["revision"], p.get("note", ""))
             for p in data.get("progress", [])])
        conn.executemany(
            "INSERT INTO quiz_results (profile_id, quiz_id, correct, total, taken_at) VALUES (?, ?, ?, ?, ?)",
            [(pid, q["quiz_id"], q["correct"], q["total"], q["taken_at"]) for q in data.get("quiz_results", [])])
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        conn.executemany(
            "INSERT INTO harassment_log (profile_id, number, occurred_at, kind, content, action_taken, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(pid, e["number"].strip(), e["occurred_at"], e["kind"], e.get("content", ""),
              e.get("action_taken", ""), now, now) for e in data.get("harassment_log", [])])
    return store.profile(pid)


def _rows(data: dict, key: str, problems: list[str]) -> list:
    rows = data.get(key, [])
    if not isinstance(rows, list):
        problems.append(f"{key}: must be a list")
        return []
    if len(rows) > MAX_ROWS:
        problems.append(f"{key}: too many entries ({len(rows)})")
        return []
    return rows


def _is_time(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
