"""The store's schema and its forward migrations.

`MIGRATIONS[n]` takes a database from version n to n + 1. A new version appends a step; steps
that shipped are never edited. tests/core/test_migrations.py builds a database at every earlier
version, fills it, and migrates it to the newest.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[str, ...] = (
    # 0 → 1: profiles, item progress, app settings.
    """
    CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        region TEXT NOT NULL,
        platforms TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX profiles_name ON profiles (name COLLATE NOCASE);
    CREATE TABLE progress (
        profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        state TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (profile_id, item_id)
    );
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 1 → 2: when a profile was last reviewed; kept quiz results.
    """
    ALTER TABLE profiles ADD COLUMN last_reviewed_at TEXT;
    CREATE TABLE quiz_results (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
        quiz_id TEXT NOT NULL,
        correct INTEGER NOT NULL,
        total INTEGER NOT NULL,
        taken_at TEXT NOT NULL
    );
    """,
    # 2 → 3: the harassment log; labelled password fingerprints (HMAC only, never a password).
    """
    CREATE TABLE harassment_log (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
        number TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        kind TEXT NOT NULL,
        content TEXT NOT NULL DEFAULT '',
        action_taken TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX harassment_log_profile ON harassment_log (profile_id, occurred_at);
    CREATE TABLE password_fingerprints (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (profile_id, label)
    );
    """,
)

LATEST_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> int:
    """Apply the missing steps up to `target`, each in its own transaction. Returns the old version."""
    start = schema_version(conn)
    for version in range(start, target):
        # executescript would commit on its own; run the statements inside one explicit transaction.
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(conn) == version:  # another process may have migrated meanwhile
                for statement in _statements(MIGRATIONS[version]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return start


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
