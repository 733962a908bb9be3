"""The large-print plan a helper prints and leaves with a relative: the document model, without Qt.

`build_handout` gathers everything the page shows, in the handout's language:
- a title (for a profile: "Safety plan for Mum"; without one, a generic plan) and the date;
- the relative's key numbers, each with its QR payload (`tel:`): the region's emergency and
  anti-fraud numbers from the channel data, the bank's own number and the helper's name and
  phone when given. A channel with no fixed number (elsewhere: the local police) becomes a line
  to write the number on; Taiwan's 111 is printed as a notice, without a code;
- the hint to scan with the phone's camera (not WeChat), and that the phone never calls by itself;
- the wallet-sized "I never tell anyone a verification code" card, to cut out;
- what is done and what is left: essential steps first, then recommended; advanced steps left
  are only counted. Without a profile nothing is ticked and the plan lists the essential steps.

app/render/handout_pdf.py draws it.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from functools import cache
from typing import Mapping

from app.core import qr
from app.core.channels import Channels, load_channels
from app.core.content import PLATFORMS, PRIORITIES, Content, Item
from app.core.i18n import LANGUAGES
from app.core.profiles import ItemProgress, Profile
from app.core.progress import Counts, count, state_of

@dataclass(frozen=True)
class KeyNumber:
    label: str
    number: str  # as printed; "" when the relative writes it in
    note: str
    payload: str | None  # tel: for the QR code; None: nothing to scan
    write_in: bool = False


@dataclass(frozen=True)
class WalletCard:
    title: str  # "I never tell anyone a verification code."
    lines: tuple[str, ...]
    cut_hint: str


@dataclass(frozen=True)
class PlanItem:
    id: str
    title: str
    priority: str
    checklist: str


@dataclass(frozen=True)
class Handout:
    language: str
    region: str
    app_name: str
    title: str
    date: str  # ISO date
    date_line: str
    key_heading: str
    scan_hint: str
    tap_hint: str
    key_numbers: tuple[KeyNumber, ...]
    write_in_label: str
    card_heading: str
    card: WalletCard
    progress_heading: str
    counts: Counts
    counts_text: str
    done_heading: str
    done: tuple[PlanItem, ...]
    left_heading: str
    left: tuple[PlanItem, ...]
    more_text: str  # "" when every open step is listed
    priority_labels: Mapping[str, str] = field(default_factory=dict)
    footer_template: str = ""  # {page} and {pages}

    def footer(self, page: int, pages: int) -> str:
        return self.footer_template.format(page=page, pages=pages)


@cache
def _all_strings() -> dict:
    """The handout's printed texts, per language: data in resources/handout.toml, not code."""
    from app.core.resources import resources_dir

    with (resources_dir() / "handout.toml").open("rb") as fh:
        data = tomllib.load(fh)
    for texts in data.values():
        texts["card_lines"] = tuple(texts["card_lines"])
    return data


def strings(language: str) -> Mapping[str, object]:
    data = _all_strings()
    return data.get(language, data["en"])


def build_handout(content: Content, region: str, language: str, *, profile: Profile | None = None,
                  progress: Mapping[str, ItemProgress] | None = None, channels: Channels | None = None,
                  bank_number: str | None = None, helper_name: str | None = None,
                  helper_phone: str | None = None, today: dt.date | None = None) -> Handout:
    """The handout for `profile` (None: a generic plan) in `region` and `language`.

    Raises ValueError with a plain message when the bank's or helper's number has no digits.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    s = strings(language)
    channels = channels or load_channels()
    progress = progress if profile is not None and progress is not None else {}
    date = (today or dt.date.today()).isoformat()

    numbers = []
    for channel in channels.handout(region):
        payload = None
        if channel.kind == "call" and channel.number:
            payload = qr.tel_payload(channel.number, region)
        numbers.append(KeyNumber(channel.name(language), channel.number, channel.description(language),
                                 payload, channel.write_in))
    if bank_number and bank_number.strip():
        numbers.append(KeyNumber(s["bank"], _printed(bank_number, "bank"), s["bank_note"],
                                 qr.tel_payload(bank_number, region)))
    helper_name = (helper_name or "").strip()
    if helper_phone and helper_phone.strip():
        label = s["helper"].format(name=helper_name) if helper_name else s["helper_plain"]
        numbers.append(KeyNumber(label, _printed(helper_phone, "helper"), s["helper_note"],
                                 qr.tel_payload(helper_phone, region)))

    # No-break spaces: a phone number on the small card must never wrap in the middle.
    phone = " ".join((helper_phone or "").split()).replace(" ", "\u00a0")
    who = " ".join(part for part in (helper_name, phone) if part)
    card = WalletCard(s["card_title"],
                      tuple(s["card_lines"]) + ((s["card_call"].format(who=who),) if who else (s["card_call_family"],)),
                      s["cut"])

    items = [item for item in content.items.values()
             if item.applies_to(region, profile.platforms if profile and profile.platforms else PLATFORMS)]
    counts = count(items, progress)
    rank = {p: i for i, p in enumerate(PRIORITIES)}
    in_content_order = [it for checklist in content.checklists for it in checklist.items]
    order = {it.id: n for n, it in enumerate(in_content_order)}
    items.sort(key=lambda item: (rank[item.priority], order.get(item.id, 0)))
    titles = {c.id: c.title(language) for c in content.checklists}

    def plan_item(item: Item) -> PlanItem:
        return PlanItem(item.id, item.text(language).title, item.priority, titles.get(item.checklist_id, ""))

    done = tuple(plan_item(i) for i in items if state_of(i, progress) == "done")
    open_items = [i for i in items if state_of(i, progress) in ("todo", "later")]
    listed = ("essential",) if profile is None else ("essential", "recommended")
    left = tuple(plan_item(i) for i in open_items if i.priority in listed)
    not_listed = len(open_items) - len(left)
    essential_left = sum(1 for i in open_items if i.priority == "essential")

    return Handout(
        language=language, region=region, app_name=str(s["app"]),
        title=s["title_for"].format(name=profile.name) if profile else str(s["title"]),
        date=date, date_line=s["date"].format(date=date),
        key_heading=str(s["key_heading"]), scan_hint=str(s["scan"]), tap_hint=str(s["tap"]),
        key_numbers=tuple(numbers), write_in_label=str(s["write_in"]),
        card_heading=str(s["card_heading"]), card=card,
        progress_heading=str(s["progress_heading"] if profile else s["generic_heading"]),
        counts=counts,
        counts_text=s["counts"].format(total=counts.total, finished=counts.finished,
                                       left=counts.todo + counts.later, essential=essential_left),
        done_heading=str(s["done_heading"]), done=done, left_heading=str(s["left_heading"]), left=left,
        more_text=s["more"].format(n=not_listed) if not_listed else "",
        priority_labels=dict(s["priorities"]), footer_template=str(s["footer"]).replace("{date}", date),
    )


def _printed(number: str, what: str) -> str:
    text = " ".join(number.split())
    if not any(ch.isdigit() for ch in text):
        raise ValueError(f"The {what} number {number!r} contains no digits.")
    return text
