"""Reporting and emergency channels per region: the model and the loader of `resources/channels.toml`.

A channel is one way to get help or to report: a number to call, a number to text (with the
message format the service expects), an app, a website or an email address. Texts come in
zh_CN, zh_TW and en. Like the checklist loader, loading collects every problem and raises one
ChannelError naming the file and the channel of each.

Rules: call and sms channels need a number (unless `write_in`: there is no fixed number and the
handout leaves a line to write the local one on); an sms `sms_format` must contain `{content}`
and may contain `{number}`, nothing else; an unverified channel must carry a `caution` in every
language; every channel has an http(s) source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from app.core.content import REGIONS
from app.core.i18n import LANGUAGES, pick
from app.core.validation import read_toml

KINDS: tuple[str, ...] = ("call", "sms", "app", "web", "email")
ROLES: tuple[str, ...] = ("emergency", "anti-fraud", "report", "info")
FILE_NAME = "channels.toml"

_ID = re.compile(r"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$")
_NUMBER = re.compile(r"^\+?[0-9][0-9 -]*[0-9]$|^[0-9]$")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_KEYS = {"id", "region", "kind", "role", "number", "write_in", "address", "sms_format", "handout",
         "verified", "source", "name", "description", "caution"}


class ChannelError(ValueError):
    """The channel data is invalid. `problems` lists each problem as 'file: where: what'."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the channel data:\n" +
                         "\n".join(f"- {p}" for p in problems[:50]))


@dataclass(frozen=True)
class Channel:
    id: str
    region: str
    kind: str  # call | sms | app | web | email
    role: str  # emergency | anti-fraud | report | info
    number: str  # as printed, e.g. "010-12321"; "" for write-in and for app/web/email
    address: str  # web: URL; email: address; app: app or account name
    sms_format: str | None  # e.g. "{number}*{content}"
    verified: bool
    source: str
    handout: bool
    write_in: bool
    names: Mapping[str, str]
    descriptions: Mapping[str, str]
    cautions: Mapping[str, str]

    def name(self, language: str) -> str:
        return pick(self.names, language)

    def description(self, language: str) -> str:
        return pick(self.descriptions, language)

    def caution(self, language: str) -> str:
        return pick(self.cautions, language)

    def sms_body(self, number: str, content: str) -> str:
        """The message to send, the format filled in. Only for sms channels with a format."""
        if self.sms_format is None:
            raise ValueError(f"channel {self.id} has no SMS format")
        return self.sms_format.replace("{number}", number).replace("{content}", content)


@dataclass(frozen=True)
class Channels:
    all: tuple[Channel, ...]

    def for_region(self, region: str, *, kind: str | None = None, role: str | None = None) -> list[Channel]:
        return [c for c in self.all if c.region == region and (kind is None or c.kind == kind)
                and (role is None or c.role == role)]

    def get(self, channel_id: str) -> Channel:
        for channel in self.all:
            if channel.id == channel_id:
                return channel
        raise KeyError(channel_id)

    def handout(self, region: str) -> list[Channel]:
        """The channels printed among the relative's key numbers, emergency first."""
        order = {role: i for i, role in enumerate(ROLES)}
        return sorted((c for c in self.all if c.region == region and c.handout), key=lambda c: order[c.role])



def load_channels(path: Path | None = None) -> Channels:
    """Load and validate the channel file (the shipped `resources/channels.toml` by default)."""
    if path is None:
        from app.core.resources import resources_dir

        path = resources_dir() / FILE_NAME
    path = Path(path)
    data = read_toml(path, ChannelError)
    problems: list[str] = []
    raw_channels = data.get("channels")
    if not isinstance(raw_channels, list) or not raw_channels:
        raise ChannelError([f"{path.name}: no [[channels]] entries"])
    for key in sorted(set(data) - {"channels"}):
        problems.append(f"{path.name}: unknown top-level key '{key}'")
    channels: list[Channel] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_channels):
        channel = _parse(raw, index, path.name, problems)
        if channel is None:
            continue
        if channel.id in seen:
            problems.append(f"{path.name}: channel '{channel.id}': duplicate id")
        seen.add(channel.id)
        channels.append(channel)
    if problems:
        raise ChannelError(problems)
    return Channels(tuple(channels))


def _parse(raw: Any, index: int, file: str, problems: list[str]) -> Channel | None:
    cid = raw.get("id") if isinstance(raw, dict) else None
    if not isinstance(cid, str) or not _ID.match(cid):
        problems.append(f"{file}: channel #{index + 1}: missing or invalid id {cid!r}")
        return None
    start = len(problems)

    def problem(what: str) -> None:
        problems.append(f"{file}: channel '{cid}': {what}")

    for key in sorted(set(raw) - _KEYS):
        problem(f"unknown key '{key}'")
    region, kind, role = raw.get("region"), raw.get("kind"), raw.get("role")
    if region not in REGIONS:
        problem(f"unknown region {region!r} (use one of {', '.join(REGIONS)})")
    if kind not in KINDS:
        problem(f"unknown kind {kind!r} (use one of {', '.join(KINDS)})")
    if role not in ROLES:
        problem(f"unknown role {role!r} (use one of {', '.join(ROLES)})")
    flags = {}
    for key, default in (("verified", None), ("handout", False), ("write_in", False)):
        value = raw.get(key, default)
        if not isinstance(value, bool):
            problem(f"{key} must be true or false")
            value = False
        flags[key] = value
    number = raw.get("number", "")
    address = raw.get("address", "")
    sms_format = raw.get("sms_format")
    if not isinstance(number, str) or not isinstance(address, str):
        problem("number and address must be text")
        number, address = "", ""
    if kind in ("call", "sms"):
        if number and not _NUMBER.match(number):
            problem(f"number {number!r} may only hold digits, spaces, dashes and a leading +")
        elif not number and not flags["write_in"]:
            problem(f"a {kind} channel needs a number (or write_in = true)")
        elif number and flags["write_in"]:
            problem("write_in channels have no number")
    elif number:
        problem(f"a {kind} channel has no number (use address)")
    if kind == "web" and not re.match(r"^https?://\S+$", address):
        problem("a web channel needs an http(s) address")
    if kind == "email" and not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", address):
        problem(f"email address {address!r} is not valid")
    if kind == "app" and not address.strip():
        problem("an app channel needs the app or account name as address")
    if sms_format is not None:
        names = _PLACEHOLDER.findall(sms_format) if isinstance(sms_format, str) else None
        if kind != "sms":
            problem("sms_format is only for sms channels")
        elif names is None or "content" not in names or set(names) - {"number", "content"}:
            problem("sms_format must contain {content}, may contain {number}, and no other {…}")
    source = raw.get("source")
    if not isinstance(source, str) or not re.match(r"^https?://\S+$", source):
        problem("missing or invalid source (an http(s) URL)")
    names_ = _texts(raw.get("name"), "name", problem, required=True)
    descriptions = _texts(raw.get("description"), "description", problem, required=True)
    cautions = _texts(raw.get("caution", {}), "caution", problem, required=flags["verified"] is False)
    if len(problems) > start:
        return None
    return Channel(cid, region, kind, role, number, address.strip(), sms_format, flags["verified"],
                   source, flags["handout"], flags["write_in"], names_, descriptions, cautions)


def _texts(raw: Any, what: str, problem, required: bool) -> Mapping[str, str]:
    if not isinstance(raw, dict):
        problem(f"{what} must be a table of languages")
        return MappingProxyType({})
    result = {}
    for lang, text in raw.items():
        if lang not in LANGUAGES:
            problem(f"{what}: unknown language '{lang}'")
        elif not isinstance(text, str) or not text.strip():
            problem(f"{what}: empty text for {lang}")
        else:
            result[lang] = text.strip()
    if required:
        for lang in LANGUAGES:
            if lang not in result:
                hint = " (an unverified channel must say so)" if what == "caution" else ""
                problem(f"{what}: missing {lang} text{hint}")
    return MappingProxyType(result)
