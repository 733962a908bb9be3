"""The opt-in password reuse warning.

When the user labels a checked password ("bank", "email"), SafeSteps keeps only an HMAC-SHA256
fingerprint of it, under a random per-install key that lives in the OS keyring (never in a file).
A later checked password that gives the same fingerprint as a labelled one is being reused.
"Forget all" deletes every fingerprint and the key. With no usable keyring (headless Linux, a
locked keyring, a plain-file backend) the feature is off and `available()` says why.

keyring calls may block (D-Bus, an unlock prompt): call these functions off the UI thread.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from app.core.profiles import now_iso
from app.core.store import Store

SERVICE = "SafeSteps"
KEY_NAME = "password-reuse-key"
MAX_LABEL = 40


class ReuseUnavailable(RuntimeError):
    """No usable keyring. reason: no-backend, insecure-backend, locked, error."""

    def __init__(self, reason: str, detail: str = ""):
        self.reason = reason
        self.detail = detail
        super().__init__(f"password reuse warning unavailable ({reason}) {detail}".strip())


@dataclass(frozen=True)
class Availability:
    ok: bool
    reason: str  # "" when ok
    backend: str


def _backend():
    import keyring  # lazily: keyring's backend discovery is slow

    return keyring, keyring.get_keyring()


def backend_name() -> str:
    try:
        _, backend = _backend()
    except Exception as exc:  # a broken backend must not break the app
        return f"none ({exc})"
    return f"{type(backend).__module__}.{type(backend).__name__}"


def usable_backend() -> tuple[bool, str]:
    """(whether the OS keyring can hold the key, the backend's name), without touching any secret."""
    try:
        _, backend = _backend()
    except Exception as exc:  # a broken backend must not break the caller
        return False, f"none ({exc})"
    return not _check_backend(backend), backend_name()


def _check_backend(backend) -> str:
    """'' when the backend is a real OS keyring, else why not."""
    from keyring.backends import fail

    name = f"{type(backend).__module__}.{type(backend).__name__}".lower()
    if isinstance(backend, fail.Keyring) or "null" in name:
        return "no-backend"
    chained = getattr(backend, "backends", None)
    if chained is not None and not chained:
        return "no-backend"
    if name.startswith("keyrings.alt") or "plaintext" in name or "file" in name:
        return "insecure-backend"  # the key must never fall back to a file
    return ""


class ReuseGuard:
    def __init__(self, store: Store):
        self.store = store

    def available(self) -> Availability:
        try:
            keyring, backend = _backend()
        except Exception as exc:
            return Availability(False, "error", str(exc))
        reason = _check_backend(backend)
        if reason:
            return Availability(False, reason, backend_name())
        try:
            keyring.get_password(SERVICE, KEY_NAME)
        except Exception as exc:  # KeyringLocked, D-Bus errors, a dismissed unlock prompt
            locked = "lock" in type(exc).__name__.lower() or "lock" in str(exc).lower()
            return Availability(False, "locked" if locked else "error", str(exc))
        return Availability(True, "", backend_name())

    def _key(self, create: bool) -> bytes | None:
        try:
            keyring, backend = _backend()
            reason = _check_backend(backend)
            if reason:
                raise ReuseUnavailable(reason, backend_name())
            stored = keyring.get_password(SERVICE, KEY_NAME)
            if stored is None and create:
                stored = secrets.token_hex(32)
                keyring.set_password(SERVICE, KEY_NAME, stored)
        except ReuseUnavailable:
            raise
        except Exception as exc:
            raise ReuseUnavailable("locked" if "lock" in str(exc).lower() else "error", str(exc)) from exc
        return bytes.fromhex(stored) if stored else None

    @staticmethod
    def _fingerprint(key: bytes, password: str) -> str:
        return hmac.new(key, password.encode("utf-8"), hashlib.sha256).hexdigest()

    def remember(self, profile_id: int, label: str, password: str) -> None:
        """Keep the fingerprint of `password` under `label` (replacing that label's old one)."""
        label = " ".join(label.split())[:MAX_LABEL]
        if not label or not password:
            raise ValueError("a label and a password are needed")
        fingerprint = self._fingerprint(self._key(create=True), password)
        with self.store.transaction() as conn:
            conn.execute("INSERT INTO password_fingerprints (profile_id, label, fingerprint, created_at) "
                         "VALUES (?, ?, ?, ?) ON CONFLICT (profile_id, label) DO UPDATE SET "
                         "fingerprint = excluded.fingerprint, created_at = excluded.created_at",
                         (profile_id, label, fingerprint, now_iso()))

    def reused_as(self, profile_id: int, password: str) -> list[str]:
        """Labels of this profile's passwords that `password` is the same as."""
        if not password:
            return []
        key = self._key(create=False)
        if key is None:
            return []
        fingerprint = self._fingerprint(key, password)
        rows = self.store.query("SELECT label, fingerprint FROM password_fingerprints WHERE profile_id = ? "
                                "ORDER BY label", (profile_id,))
        return [label for label, stored in rows if hmac.compare_digest(stored, fingerprint)]

    def labels(self, profile_id: int) -> list[str]:
        return [row[0] for row in self.store.query(
            "SELECT label FROM password_fingerprints WHERE profile_id = ? ORDER BY label", (profile_id,))]

    def forget_all(self) -> None:
        """Delete every fingerprint (all profiles) and the key in the keyring."""
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM password_fingerprints")
        try:
            keyring, backend = _backend()
            if not _check_backend(backend) and keyring.get_password(SERVICE, KEY_NAME) is not None:
                keyring.delete_password(SERVICE, KEY_NAME)
        except Exception as exc:
            raise ReuseUnavailable("error", f"fingerprints deleted, but the key could not be removed: {exc}") from exc
