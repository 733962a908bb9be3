"""The local store: one SQLite file in the data folder. Every change is committed at once.

Concurrency: several windows or processes may use the same file at once. Each change is one short
`BEGIN IMMEDIATE` transaction (SQLite serialises writers and waits up to `BUSY_TIMEOUT` for a
lock), so nothing is ever half-written; for one item the last change wins. synchronous=FULL and a
rollback journal make every committed change survive a crash or power cut.

Failures never crash the app: opening problems become `notices` (a damaged file is moved aside;
an unwritable folder gives a memory-only store), and a change that cannot be saved raises
`StoreWriteError` with a `reason` the UI turns into plain words.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from app.core.profiles import (MAX_NOTE, STATES, ItemProgress, NewProfile, Profile, ProfileError,
                               now_iso)
from app.core.schema import LATEST_VERSION, migrate, schema_version

DB_NAME = "safesteps.db"
BUSY_TIMEOUT = 5.0


class StoreWriteError(RuntimeError):
    """A change was not saved. `reason`: read-only, disk-full, busy, io, or other."""

    def __init__(self, reason: str, detail: str):
        self.reason = reason
        self.detail = detail
        super().__init__(f"The change was not saved ({reason}): {detail}")


@dataclass(frozen=True)
class StoreNotice:
    """Something the user must be told after opening. kind: moved-damaged, read-only,
    memory-only (the folder cannot be written), newer-version."""

    kind: str
    path: str
    moved_to: str = ""
    detail: str = ""


def _reason(exc: sqlite3.Error) -> str:
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text or name == "SQLITE_PERM":
        return "read-only"
    if name == "SQLITE_FULL" or "disk is full" in text or "database or disk is full" in text:
        return "disk-full"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return "busy"
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or "disk i/o" in text:
        return "io"
    return "other"


def _is_damage(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    return name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or "not a database" in text or "malformed" in text


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path | None, notices: list[StoreNotice]):
        self._conn = conn
        self.path = path  # None for a memory-only store
        self.notices = notices

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path) -> "Store":
        data_dir = Path(data_dir)
        path = data_dir / DB_NAME
        notices: list[StoreNotice] = []
        try:
            data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            return cls._memory([StoreNotice("memory-only", str(path), detail=str(exc))])
        for attempt in range(2):
            try:
                conn = _connect(path)
            except sqlite3.Error as exc:
                if attempt == 0 and _is_damage(exc):
                    notices.append(_move_aside(path, str(exc)))
                    continue
                return cls._memory(notices + [StoreNotice("memory-only", str(path), detail=str(exc))])
            version = schema_version(conn)
            if version > LATEST_VERSION:
                conn.close()
                return cls._memory(notices + [StoreNotice("newer-version", str(path),
                                                          detail=f"schema {version} > {LATEST_VERSION}")])
            writable, detail = _probe_write(conn)
            if not writable:
                notices.append(StoreNotice("read-only", str(path), detail=detail))
            elif version < LATEST_VERSION:
                try:
                    migrate(conn)
                except sqlite3.Error as exc:
                    conn.close()
                    if attempt == 0 and _is_damage(exc):
                        notices.append(_move_aside(path, str(exc)))
                        continue
                    return cls._memory(notices + [StoreNotice("memory-only", str(path), detail=str(exc))])
            _restrict(path)
            return cls(conn, path, notices)
        return cls._memory(notices + [StoreNotice("memory-only", str(path), detail="could not be recreated")])

    @classmethod
    def _memory(cls, notices: list[StoreNotice]) -> "Store":
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
        return cls(conn, None, notices)

    def close(self) -> None:
        self._conn.close()

    # -- writing -----------------------------------------------------------------------------
    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreWriteError(_reason(exc), str(exc)) from exc
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except sqlite3.IntegrityError:
            self._rollback()
            raise
        except sqlite3.Error as exc:
            self._rollback()
            raise StoreWriteError(_reason(exc), str(exc)) from exc
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("ROLLBACK")

    # -- profiles ----------------------------------------------------------------------------
    def profiles(self) -> list[Profile]:
        rows = self._conn.execute(
            "SELECT id, name, region, platforms, language, created_at, last_reviewed_at FROM profiles "
            "ORDER BY created_at, id").fetchall()
        return [_profile(row) for row in rows]

    def profile(self, profile_id: int) -> Profile | None:
        row = self._conn.execute(
            "SELECT id, name, region, platforms, language, created_at, last_reviewed_at FROM profiles "
            "WHERE id = ?", (profile_id,)).fetchone()
        return _profile(row) if row else None

    def create_profile(self, new: NewProfile) -> Profile:
        new = new.validated()
        try:
            with self._write() as conn:
                cur = conn.execute(
                    "INSERT INTO profiles (name, region, platforms, language, created_at) VALUES (?, ?, ?, ?, ?)",
                    (new.name, new.region, ",".join(new.platforms), new.language, now_iso()))
        except sqlite3.IntegrityError as exc:
            raise ProfileError("name-taken", f"There is already a profile called {new.name}.") from exc
        return self.profile(cur.lastrowid)

    def update_profile(self, profile_id: int, new: NewProfile) -> Profile:
        new = new.validated()
        try:
            with self._write() as conn:
                conn.execute("UPDATE profiles SET name = ?, region = ?, platforms = ?, language = ? WHERE id = ?",
                             (new.name, new.region, ",".join(new.platforms), new.language, profile_id))
        except sqlite3.IntegrityError as exc:
            raise ProfileError("name-taken", f"There is already a profile called {new.name}.") from exc
        return self.profile(profile_id)

    def delete_profile(self, profile_id: int) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))

    def mark_reviewed(self, profile_id: int, when: str | None = None) -> None:
        with self._write() as conn:
            conn.execute("UPDATE profiles SET last_reviewed_at = ? WHERE id = ?", (when or now_iso(), profile_id))

    def free_name(self, name: str) -> str:
        """`name`, or `name (2)`, `name (3)` … whichever no profile has yet."""
        taken = {p.name.casefold() for p in self.profiles()}
        candidate, n = name, 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{name} ({n})"
        return candidate

    # -- progress ----------------------------------------------------------------------------
    def progress(self, profile_id: int) -> dict[str, ItemProgress]:
        rows = self._conn.execute(
            "SELECT item_id, state, changed_at, revision, note FROM progress WHERE profile_id = ?",
            (profile_id,)).fetchall()
        return {row[0]: ItemProgress(*row) for row in rows}

    def set_state(self, profile_id: int, item_id: str, state: str, revision: int) -> ItemProgress:
        if state not in STATES:
            raise ValueError(f"unknown state {state!r}")
        changed = now_iso()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO progress (profile_id, item_id, state, changed_at, revision) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (profile_id, item_id) DO UPDATE SET state = excluded.state, "
                "changed_at = excluded.changed_at, revision = excluded.revision",
                (profile_id, item_id, state, changed, revision))
        return self.progress_of(profile_id, item_id)

    def set_note(self, profile_id: int, item_id: str, note: str) -> ItemProgress:
        note = note[:MAX_NOTE]
        with self._write() as conn:
            conn.execute(
                "INSERT INTO progress (profile_id, item_id, state, changed_at, revision, note) "
                "VALUES (?, ?, 'todo', ?, 1, ?) "
                "ON CONFLICT (profile_id, item_id) DO UPDATE SET note = excluded.note",
                (profile_id, item_id, now_iso(), note))
        return self.progress_of(profile_id, item_id)

    def progress_of(self, profile_id: int, item_id: str) -> ItemProgress | None:
        row = self._conn.execute(
            "SELECT item_id, state, changed_at, revision, note FROM progress WHERE profile_id = ? AND item_id = ?",
            (profile_id, item_id)).fetchone()
        return ItemProgress(*row) if row else None

    # -- settings ----------------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    # -- quiz results ------------------------------------------------------------------------
    def add_quiz_result(self, profile_id: int, quiz_id: str, correct: int, total: int) -> None:
        with self._write() as conn:
            conn.execute("INSERT INTO quiz_results (profile_id, quiz_id, correct, total, taken_at) "
                         "VALUES (?, ?, ?, ?, ?)", (profile_id, quiz_id, correct, total, now_iso()))

    def quiz_results(self, profile_id: int) -> list[tuple[str, int, int, str]]:
        return self._conn.execute("SELECT quiz_id, correct, total, taken_at FROM quiz_results "
                                  "WHERE profile_id = ? ORDER BY taken_at, id", (profile_id,)).fetchall()

    # -- for export/import and other core modules ----------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing write transaction for core modules (import, harassment log …)."""
        with self._write() as conn:
            yield conn

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self._conn.execute(sql, params).fetchall()

    def integrity_ok(self) -> bool:
        return self._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _connect(path: Path) -> sqlite3.Connection:
    old_umask = os.umask(0o077)  # the file and its journal are created user-only
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA journal_mode = DELETE")
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise sqlite3.DatabaseError(f"database disk image is malformed: {result}")
        except BaseException:
            conn.close()
            raise
    finally:
        os.umask(old_umask)
    return conn


def _probe_write(conn: sqlite3.Connection) -> tuple[bool, str]:
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("CREATE TABLE IF NOT EXISTS _probe (x)")
        conn.execute("ROLLBACK")
        return True, ""
    except sqlite3.Error as exc:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        if _reason(exc) == "busy":
            return True, ""  # another instance is writing; we can write too, later
        return False, str(exc)


def _move_aside(path: Path, detail: str) -> StoreNotice:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    os.replace(path, target)
    journal = path.with_name(path.name + "-journal")
    if journal.exists():
        os.replace(journal, target.with_name(target.name + "-journal"))
    return StoreNotice("moved-damaged", str(path), moved_to=str(target), detail=detail)


def _restrict(path: Path) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path.parent, 0o700)
            os.chmod(path, 0o600)


def _profile(row: tuple) -> Profile:
    pid, name, region, platforms, language, created, reviewed = row
    return Profile(pid, name, region, tuple(p for p in platforms.split(",") if p), language, created, reviewed)
