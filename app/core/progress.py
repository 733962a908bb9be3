"""Progress arithmetic over content and a profile's item states. Pure functions, no I/O."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Mapping

from app.core.content import Checklist, Content, Item, Section
from app.core.profiles import ItemProgress, Profile, parse_iso

FINISHED = ("done", "na")


@dataclass(frozen=True)
class Counts:
    done: int = 0
    na: int = 0
    later: int = 0
    todo: int = 0

    @property
    def total(self) -> int:
        return self.done + self.na + self.later + self.todo

    @property
    def finished(self) -> int:
        return self.done + self.na

    @property
    def percent(self) -> int:
        return round(100 * self.finished / self.total) if self.total else 100


def applicable(items: Iterable[Item], profile: Profile) -> list[Item]:
    """The items that apply to the profile's region and phones (the others are hidden, not ticked)."""
    return [item for item in items if item.applies_to(profile.region, profile.platforms)]


def state_of(item: Item, progress: Mapping[str, ItemProgress]) -> str:
    entry = progress.get(item.id)
    return entry.state if entry else "todo"


def count(items: Iterable[Item], progress: Mapping[str, ItemProgress]) -> Counts:
    tally = {"done": 0, "na": 0, "later": 0, "todo": 0}
    for item in items:
        tally[state_of(item, progress)] += 1
    return Counts(**tally)


def section_counts(section: Section, profile: Profile, progress: Mapping[str, ItemProgress]) -> Counts:
    return count(applicable(section.items, profile), progress)


def checklist_counts(checklist: Checklist, profile: Profile, progress: Mapping[str, ItemProgress]) -> Counts:
    return count(applicable(checklist.items, profile), progress)


def overall_counts(content: Content, profile: Profile, progress: Mapping[str, ItemProgress]) -> Counts:
    return count(applicable(content.items.values(), profile), progress)


def changed_since_checked(item: Item, entry: ItemProgress | None) -> bool:
    """True when the item was ticked (done or not applicable) before its advice was revised."""
    return entry is not None and entry.state in FINISHED and entry.revision < item.revision


def is_due(item: Item, entry: ItemProgress | None, now: dt.datetime | None = None) -> bool:
    """True when a repeating item was done more than `repeat_days` ago."""
    if not item.repeat_days or entry is None or entry.state != "done":
        return False
    now = now or dt.datetime.now(dt.timezone.utc)
    return now - parse_iso(entry.changed_at) >= dt.timedelta(days=item.repeat_days)


def due_items(content: Content, profile: Profile, progress: Mapping[str, ItemProgress],
              now: dt.datetime | None = None) -> list[Item]:
    return [item for item in applicable(content.items.values(), profile)
            if is_due(item, progress.get(item.id), now)]


def orphaned(content: Content, progress: Mapping[str, ItemProgress]) -> list[str]:
    """Ids with saved progress whose item no longer exists. They are kept, not shown."""
    return sorted(item_id for item_id in progress if item_id not in content.items)


def next_open_item(items: list[Item], progress: Mapping[str, ItemProgress], after: int = -1) -> int | None:
    """Index of the first item after `after` that is still to do (or later), wrapping around."""
    n = len(items)
    for step in range(1, n + 1):
        index = (after + step) % n
        if state_of(items[index], progress) in ("todo", "later"):
            return index
    return None
