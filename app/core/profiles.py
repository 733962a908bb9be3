"""Profiles ("Me", "Mum") and the state of each checklist item for a profile."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.core.content import PLATFORMS, REGIONS
from app.core.i18n import LANGUAGES

STATES: tuple[str, ...] = ("todo", "done", "na", "later")
MAX_NAME = 60
MAX_NOTE = 4000


class ProfileError(ValueError):
    """A profile's fields are not valid. `code` says which rule failed."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


@dataclass(frozen=True)
class Profile:
    id: int
    name: str
    region: str
    platforms: tuple[str, ...]
    language: str
    created_at: str = ""
    last_reviewed_at: str | None = None


@dataclass(frozen=True)
class ItemProgress:
    item_id: str
    state: str
    changed_at: str  # ISO 8601, UTC
    revision: int  # the item's revision when the state was set
    note: str = ""


@dataclass(frozen=True)
class NewProfile:
    """What a user types to create or edit a profile, checked by `validated()`."""

    name: str
    region: str
    platforms: tuple[str, ...] = field(default_factory=tuple)
    language: str = "en"

    def validated(self) -> "NewProfile":
        name = " ".join(self.name.split())
        if not name:
            raise ProfileError("name-empty", "The profile needs a name.")
        if len(name) > MAX_NAME:
            raise ProfileError("name-too-long", f"The name can have at most {MAX_NAME} characters.")
        if self.region not in REGIONS:
            raise ProfileError("region", f"Unknown region {self.region!r}.")
        unknown = [p for p in self.platforms if p not in PLATFORMS]
        if unknown:
            raise ProfileError("platform", f"Unknown phone type {unknown[0]!r}.")
        if self.language not in LANGUAGES:
            raise ProfileError("language", f"Unknown language {self.language!r}.")
        platforms = tuple(p for p in PLATFORMS if p in set(self.platforms))
        return NewProfile(name, self.region, platforms, self.language)


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def parse_iso(value: str) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)
