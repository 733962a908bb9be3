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
from dataclasses import dataclass, field
from typing import Mapping

from app.core import qr
from app.core.channels import Channels, load_channels
from app.core.content import PLATFORMS, PRIORITIES, Content, Item
from app.core.i18n import LANGUAGES
from app.core.profiles import ItemProgress, Profile
from app.core.progress import Counts, count, state_of

_STRINGS = {
    "zh_CN": {
        "app": "安心清单", "title_for": "{name}的防骗安全计划", "title": "我的防骗安全计划",
        "date": "打印日期：{date}", "key_heading": "重要电话",
        "scan": "用手机自带的相机扫码，不要用微信扫。", "tap": "扫码后手机不会自己拨打，要你自己点“拨打”。",
        "bank": "银行客服", "bank_note": "说是银行打来的，先挂断，再自己打这个号码问。",
        "helper": "家人：{name}", "helper_plain": "家人", "helper_note": "一谈到钱或验证码，先打给我。",
        "write_in": "在这里写上号码：", "card_heading": "钱包小卡片",
        "card_title": "我从不把验证码告诉任何人。",
        "card_lines": ("银行、警察、法院都不会要。", "有人要，马上挂断。"),
        "card_call": "先打给：{who}", "card_call_family": "先打电话给家人。",
        "cut": "沿虚线剪下，放在钱包里。", "progress_heading": "做到哪一步了", "generic_heading": "最重要的几步",
        "counts": "一共 {total} 项：已完成 {finished} 项，还剩 {left} 项（其中最重要的 {essential} 项）。",
        "done_heading": "已经做好的", "left_heading": "还要做的", "more": "另外还有 {n} 项，在安心清单里可以看到。",
        "priorities": {"essential": "最重要", "recommended": "建议做", "advanced": "进阶"},
        "footer": "安心清单 · {date} · 第 {page}/{pages} 页",
    },
    "zh_TW": {
        "app": "安心清單", "title_for": "{name}的防騙安全計畫", "title": "我的防騙安全計畫",
        "date": "列印日期：{date}", "key_heading": "重要電話",
        "scan": "用手機內建的相機掃描，不要用微信掃。", "tap": "掃描後手機不會自己撥打，要自己點「撥打」。",
        "bank": "銀行客服", "bank_note": "自稱銀行打來的，先掛斷，再自己打這個號碼查證。",
        "helper": "家人：{name}", "helper_plain": "家人", "helper_note": "一談到錢或驗證碼，先打給我。",
        "write_in": "在這裡寫上號碼：", "card_heading": "錢包小卡片",
        "card_title": "我絕不把驗證碼告訴任何人。",
        "card_lines": ("銀行、警察、法院都不會要。", "有人要，馬上掛斷。"),
        "card_call": "先打給：{who}", "card_call_family": "先打電話給家人。",
        "cut": "沿虛線剪下，放在錢包裡。", "progress_heading": "做到哪一步了", "generic_heading": "最重要的幾步",
        "counts": "一共 {total} 項：已完成 {finished} 項，還剩 {left} 項（其中最重要的 {essential} 項）。",
        "done_heading": "已經做好的", "left_heading": "還要做的", "more": "另外還有 {n} 項，在安心清單裡可以看到。",
        "priorities": {"essential": "最重要", "recommended": "建議做", "advanced": "進階"},
        "footer": "安心清單 · {date} · 第 {page}/{pages} 頁",
    },
    "en": {
        "app": "SafeSteps", "title_for": "Safety plan for {name}", "title": "My safety plan against scams",
        "date": "Printed on {date}", "key_heading": "Important numbers",
        "scan": "Scan with the phone's camera, not WeChat.", "tap": "The phone never calls by itself: you tap Call.",
        "bank": "Your bank", "bank_note": "If a caller says they are your bank, hang up and call this number yourself.",
        "helper": "Family: {name}", "helper_plain": "Family", "helper_note": "Whenever money or a code comes up, call me first.",
        "write_in": "Write the number here:", "card_heading": "Wallet card",
        "card_title": "I never tell anyone a verification code.",
        "card_lines": ("No bank, police or court ever asks for one.", "If anyone asks, I hang up."),
        "card_call": "Then I call: {who}", "card_call_family": "Then I call my family.",
        "cut": "Cut along the dashed line and keep it in your wallet.", "progress_heading": "Where we are",
        "generic_heading": "The most important steps",
        "counts": "{total} steps: {finished} done, {left} left ({essential} of them essential).",
        "done_heading": "Done", "left_heading": "Still to do", "more": "{n} more steps are in the SafeSteps app.",
        "priorities": {"essential": "Essential", "recommended": "Recommended", "advanced": "Advanced"},
        "footer": "SafeSteps · {date} · page {page} of {pages}",
    },
}


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


def strings(language: str) -> Mapping[str, object]:
    return _STRINGS.get(language, _STRINGS["en"])


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
