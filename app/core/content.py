"""Checklist content: the model and the loader that validates `resources/content/*.toml`.

The format is described in `resources/content/README.md`. Loading collects every problem it
finds, then raises one ContentError that names the file and the item of each.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from app.core.i18n import LANGUAGES, fallback_order, pick
from app.core.validation import ProblemCollector

PLATFORMS: tuple[str, ...] = ("iphone", "huawei", "xiaomi", "samsung", "android_other")
PLATFORM_GROUPS = {"android": ("huawei", "xiaomi", "samsung", "android_other")}
REGIONS: tuple[str, ...] = ("CN", "HK", "TW", "OTHER")
PRIORITIES: tuple[str, ...] = ("essential", "recommended", "advanced")
# In-app tools an item can open ("Check a password now").
ACTIONS: tuple[str, ...] = ("password-checker", "pin-checker", "code-quiz", "harassment-log", "handout")

_ID = re.compile(r"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$")
_CHECKLIST_KEYS = {"id", "order", "title", "summary", "sections", "items"}
_ITEM_KEYS = {"id", "section", "priority", "platforms", "regions", "revision", "reviewed",
              "repeat_days", "action", "sources", *LANGUAGES}
_TEXT_KEYS = {"title", "why", "steps", "steps_for", "confirm"}


class ContentError(ValueError):
    """The content is invalid. `problems` lists each problem as 'file: where: what'."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = "\n".join(f"- {p}" for p in problems[:50])
        more = f"\n… and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{len(problems)} problem(s) in the checklist content:\n{shown}{more}")


@dataclass(frozen=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True)
class ItemText:
    title: str = ""
    why: str = ""
    steps: tuple[str, ...] = ()
    steps_for: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    confirm: str = ""


@dataclass(frozen=True)
class Item:
    id: str
    checklist_id: str
    section_id: str
    priority: str
    platforms: frozenset[str] | None  # None: every platform
    regions: frozenset[str] | None  # None: every region
    revision: int
    reviewed: dt.date
    repeat_days: int | None
    action: str | None
    sources: tuple[Source, ...]
    texts: Mapping[str, ItemText]

    def applies_to(self, region: str, platforms: Iterable[str]) -> bool:
        if self.regions is not None and region not in self.regions:
            return False
        if self.platforms is None:
            return True
        return bool(self.platforms & set(platforms))

    def text(self, language: str) -> ItemText:
        """The item's text in `language`, each missing field filled by the fallback order."""
        order = [self.texts[lang] for lang in fallback_order(language) if lang in self.texts]

        def first(attr: str):
            return next((getattr(t, attr) for t in order if getattr(t, attr)), getattr(ItemText(), attr))

        steps_for: dict[str, tuple[str, ...]] = {}
        for t in reversed(order):
            steps_for.update(t.steps_for)
        return ItemText(first("title"), first("why"), first("steps"), MappingProxyType(steps_for),
                        first("confirm"))

    def steps_for_platforms(self, language: str, platforms: Iterable[str]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """The steps to show for a profile's platforms, grouped: [(platforms, steps)].

        Each of the profile's platforms with its own steps gets a group; the others share the
        generic steps in one group. An empty platform tuple means "any phone" (no platform known).
        """
        text = self.text(language)
        wanted = [p for p in PLATFORMS if p in set(platforms)]
        if self.platforms is not None:
            wanted = [p for p in wanted if p in self.platforms]
        result: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
            ((p,), text.steps_for[p]) for p in wanted if p in text.steps_for]
        generic = tuple(p for p in wanted if p not in text.steps_for)
        if (generic or not wanted) and text.steps:
            result.append((generic, text.steps))
        return result


@dataclass(frozen=True)
class Section:
    id: str
    titles: Mapping[str, str]
    items: tuple[Item, ...]

    def title(self, language: str) -> str:
        return pick(self.titles, language)


@dataclass(frozen=True)
class Checklist:
    id: str
    order: int
    titles: Mapping[str, str]
    summaries: Mapping[str, str]
    sections: tuple[Section, ...]
    source_file: str

    def title(self, language: str) -> str:
        return pick(self.titles, language)

    def summary(self, language: str) -> str:
        return pick(self.summaries, language)

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for section in self.sections for item in section.items)


@dataclass(frozen=True)
class Content:
    checklists: tuple[Checklist, ...]
    items: Mapping[str, Item]

    def checklist(self, checklist_id: str) -> Checklist:
        return next(c for c in self.checklists if c.id == checklist_id)



def load_content(directory: Path | None = None, languages: Iterable[str] = LANGUAGES) -> Content:
    """Load and validate every `*.toml` in `directory` (the shipped content by default).

    `languages` are the languages whose text must be complete; pass () to accept partial
    translations, which are then filled by the fallback order.
    """
    if directory is None:
        from app.core.resources import content_dir

        directory = content_dir()
    required = tuple(languages)
    problems: list[str] = []
    checklists: list[Checklist] = []
    files = sorted(Path(directory).glob("*.toml"))
    if not files:
        raise ContentError([f"{directory}: no checklist files (*.toml)"])
    for path in files:
        try:
            with path.open("rb") as fh:
                data = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            problems.append(f"{path.name}: cannot be read: {exc}")
            continue
        checklist = _Parser(path.name, required, problems).checklist(data)
        if checklist is not None:
            checklists.append(checklist)

    items: dict[str, Item] = {}
    seen_checklists: dict[str, str] = {}
    for checklist in checklists:
        if checklist.id in seen_checklists:
            problems.append(f"{checklist.source_file}: checklist id '{checklist.id}' is also used in "
                            f"{seen_checklists[checklist.id]}")
        seen_checklists[checklist.id] = checklist.source_file
        for item in checklist.items:
            if item.id in items:
                other = seen_checklists.get(items[item.id].checklist_id, "?")
                problems.append(f"{checklist.source_file}: item '{item.id}': duplicate id (also in {other})")
            else:
                items[item.id] = item
    if problems:
        raise ContentError(problems)
    checklists.sort(key=lambda c: (c.order, c.id))
    return Content(tuple(checklists), MappingProxyType(items))


class _Parser(ProblemCollector):
    def checklist(self, data: dict[str, Any]) -> Checklist | None:
        cid = data.get("id")
        where = f"checklist '{cid}'"
        if not isinstance(cid, str) or not _ID.match(cid):
            self.problem("checklist", f"missing or invalid id {cid!r}")
            return None
        for key in sorted(set(data) - _CHECKLIST_KEYS):
            self.problem(where, f"unknown key '{key}'")
        order = data.get("order", 999)
        if not isinstance(order, int):
            self.problem(where, "order must be a whole number")
            order = 999
        titles = self.lang_map(data.get("title"), where, "title")
        summaries = self.lang_map(data.get("summary", {}), where, "summary", required=False)

        sections: dict[str, tuple[dict[str, str], list[Item]]] = {}
        for raw in data.get("sections", []):
            sid = raw.get("id") if isinstance(raw, dict) else None
            if not isinstance(sid, str) or not _ID.match(sid):
                self.problem(where, f"section with missing or invalid id {sid!r}")
                continue
            if sid in sections:
                self.problem(where, f"section '{sid}': duplicate id")
                continue
            sections[sid] = (self.lang_map(raw.get("title"), f"section '{sid}'", "title"), [])
        if not sections:
            self.problem(where, "has no sections")

        for raw in data.get("items", []):
            item = self.item(cid, raw, sections)
            if item is not None:
                sections[item.section_id][1].append(item)
        built = tuple(Section(sid, MappingProxyType(t), tuple(items)) for sid, (t, items) in sections.items())
        for section in built:
            if not section.items:
                self.problem(where, f"section '{section.id}' has no items")
        return Checklist(cid, order, MappingProxyType(titles), MappingProxyType(summaries), built, self.file)

    def item(self, cid: str, raw: Any, sections: dict) -> Item | None:
        iid = raw.get("id") if isinstance(raw, dict) else None
        if not isinstance(iid, str) or not _ID.match(iid):
            self.problem(f"checklist '{cid}'", f"item with missing or invalid id {iid!r}")
            return None
        where = f"item '{iid}'"
        for key in sorted(set(raw) - _ITEM_KEYS):
            self.problem(where, f"unknown key '{key}'")
        section = raw.get("section")
        if section not in sections:
            self.problem(where, f"unknown section {section!r}")
            return None
        priority = raw.get("priority")
        if priority not in PRIORITIES:
            self.problem(where, f"unknown priority {priority!r} (use one of {', '.join(PRIORITIES)})")
        platforms = self.conditions(raw, "platforms", PLATFORMS, where)
        regions = self.conditions(raw, "regions", REGIONS, where)
        revision = raw.get("revision", 1)
        if not isinstance(revision, int) or isinstance(revision, bool) or revision < 1:
            self.problem(where, "revision must be a whole number from 1")
            revision = 1
        reviewed = raw.get("reviewed")
        if not isinstance(reviewed, dt.date) or isinstance(reviewed, dt.datetime):
            self.problem(where, "reviewed must be a date like 2026-11-22")
            reviewed = dt.date.min
        repeat_days = raw.get("repeat_days")
        if repeat_days is not None and (not isinstance(repeat_days, int) or repeat_days < 1):
            self.problem(where, "repeat_days must be a whole number of days")
            repeat_days = None
        action = raw.get("action")
        if action is not None and action not in ACTIONS:
            self.problem(where, f"unknown action {action!r}")
            action = None
        sources = self.sources(raw.get("sources"), where)
        texts = {}
        for lang in LANGUAGES:
            if lang in raw:
                text = self.item_text(raw[lang], f"{where} ({lang})", platforms, lang in self.required)
                if text is not None:
                    texts[lang] = text
            elif lang in self.required:
                self.problem(where, f"missing {lang} text")
        return Item(iid, cid, section, priority, platforms, regions, revision, reviewed, repeat_days,
                    action, sources, MappingProxyType(texts))

    def conditions(self, raw: dict, key: str, allowed: tuple[str, ...], where: str) -> frozenset[str] | None:
        if key not in raw:
            return None
        values = raw[key]
        if not isinstance(values, list) or not values:
            self.problem(where, f"{key} must be a non-empty list")
            return None
        result: set[str] = set()
        for value in values:
            if key == "platforms" and value in PLATFORM_GROUPS:
                result.update(PLATFORM_GROUPS[value])
            elif value in allowed:
                result.add(value)
            else:
                self.problem(where, f"unknown {key[:-1]} {value!r} (use one of {', '.join(allowed)})")
        return frozenset(result) or None

    def sources(self, raw: Any, where: str) -> tuple[Source, ...]:
        if not isinstance(raw, list) or not raw:
            self.problem(where, "missing sources")
            return ()
        result = []
        for source in raw:
            title = source.get("title") if isinstance(source, dict) else None
            url = source.get("url") if isinstance(source, dict) else None
            if not isinstance(title, str) or not title.strip():
                self.problem(where, "a source has no title")
            elif not isinstance(url, str) or not re.match(r"^https?://\S+$", url):
                self.problem(where, f"source '{title}' has no valid http(s) url")
            else:
                result.append(Source(title.strip(), url))
        return tuple(result)

    def item_text(self, raw: Any, where: str, platforms: frozenset[str] | None,
                  complete: bool) -> ItemText | None:
        if not isinstance(raw, dict):
            self.problem(where, "must be a table")
            return None
        for key in sorted(set(raw) - _TEXT_KEYS):
            self.problem(where, f"unknown key '{key}'")
        strings = {}
        for key in ("title", "why", "confirm"):
            value = raw.get(key, "")
            if not isinstance(value, str):
                self.problem(where, f"{key} must be text")
                value = ""
            strings[key] = value.strip()
            if not strings[key] and complete:
                self.problem(where, f"missing {key}")
        steps = self.step_list(raw.get("steps", []), where, "steps")
        steps_for: dict[str, tuple[str, ...]] = {}
        raw_for = raw.get("steps_for", {})
        if not isinstance(raw_for, dict):
            self.problem(where, "steps_for must be a table of platforms")
            raw_for = {}
        for platform, platform_steps in raw_for.items():
            if platform not in PLATFORMS:
                self.problem(where, f"steps_for: unknown platform '{platform}'")
            elif platforms is not None and platform not in platforms:
                self.problem(where, f"steps_for: '{platform}' is not one of the item's platforms")
            else:
                steps_for[platform] = self.step_list(platform_steps, where, f"steps_for.{platform}")
        if not steps and complete:
            uncovered = [p for p in (platforms or PLATFORMS) if p not in steps_for]
            if uncovered:
                self.problem(where, f"no steps for {', '.join(sorted(uncovered))} (add steps or steps_for)")
        return ItemText(strings["title"], strings["why"], steps, MappingProxyType(steps_for), strings["confirm"])

    def step_list(self, raw: Any, where: str, what: str) -> tuple[str, ...]:
        if not isinstance(raw, list) or not all(isinstance(s, str) and s.strip() for s in raw):
            self.problem(where, f"{what} must be a list of non-empty texts")
            return ()
        return tuple(s.strip() for s in raw)
