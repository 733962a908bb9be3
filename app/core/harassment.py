"""The harassment log: one entry per nuisance call or text, kept with the profile in the store.

Entries live in the `harassment_log` table (schema v3), so export/import of a profile carries
them (app/core/exchange.py) and deleting a profile deletes its log. Every change is one
`store.transaction()`; a rule that fails raises LogError with a plain-English `code`:

    number-empty, number-no-digits, number-too-long, time-invalid, kind-unknown,
    content-too-long, action-too-long, not-found

`export_csv` writes the log for Excel (UTF-8 with a BOM, so Chinese opens correctly; the header
in the chosen language; written atomically). A cell that Excel would run as a formula (starting
with = + - @, a tab or a carriage return) gets a leading apostrophe: the content of a scam text is
written by the scammer. The JSON profile export keeps every entry exactly as typed.

`report_for(entry, region, language)` turns an entry into the ready-to-send reports of the
region's channels (app/core/channels.py): for mainland China the carriers' report texts
(`号码*内容`, the original message unedited, shortened with "…" only beyond MAX_REPORT_SMS
characters) with an SMS QR payload, then 12321 (website, WeChat), the anti-fraud app and 110;
for Hong Kong 18222 and 999; for Taiwan 165 and 110; elsewhere the UK's 7726, your provider and
the police. The text shown beside a code always contains the same message body as the code.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from app.core import qr
from app.core.channels import Channel, Channels, load_channels
from app.core.files import atomic_write_bytes
from app.core.profiles import now_iso
from app.core.store import Store

KINDS: tuple[str, ...] = ("call", "sms", "other")
MAX_CONTENT = 5000
MAX_ACTION = 2000
MAX_NUMBER = 40
# A report text longer than this is shortened with "…": five parts of a long (UCS-2) SMS.
MAX_REPORT_SMS = 335

_COLUMNS = ("id", "number", "occurred_at", "kind", "content", "action_taken")
_HEADERS = {
    "zh_CN": ("日期时间", "号码", "类型", "内容", "采取的措施"),
    "zh_TW": ("日期時間", "號碼", "類型", "內容", "採取的行動"),
    "en": ("Date and time", "Number", "Type", "What was said or written", "Action taken"),
}
_KIND_NAMES = {
    "zh_CN": {"call": "电话", "sms": "短信", "other": "其他"},
    "zh_TW": {"call": "電話", "sms": "簡訊", "other": "其他"},
    "en": {"call": "Call", "sms": "Text", "other": "Other"},
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class LogError(ValueError):
    """A log entry breaks a rule. `code` says which (see the module docstring)."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


@dataclass(frozen=True)
class LogEntry:
    id: int | None  # None until saved
    number: str
    occurred_at: str  # ISO 8601, local time as entered (with an offset if one was given)
    kind: str  # call | sms | other
    content: str = ""
    action_taken: str = ""


@dataclass(frozen=True)
class Report:
    """One ready-to-send report. `payload` is for a QR code (None when there is nothing to scan);
    `body` is the exact message text in the payload, `shortened` when it was cut with "…"."""

    channel: Channel
    text: str
    payload: str | None
    body: str | None = None
    shortened: bool = False


# ---------------------------------------------------------------------------- validation

def validated(entry: LogEntry) -> LogEntry:
    """The entry with whitespace tidied and the time normalised, or LogError."""
    number = " ".join(entry.number.split())
    if not number:
        raise LogError("number-empty", "Enter the number that called or texted.")
    if not any(ch.isdigit() for ch in number):
        raise LogError("number-no-digits", "The number must contain digits.")
    if len(number) > MAX_NUMBER:
        raise LogError("number-too-long", f"The number can have at most {MAX_NUMBER} characters.")
    if entry.kind not in KINDS:
        raise LogError("kind-unknown", f"Unknown kind {entry.kind!r}: use call, sms or other.")
    if len(entry.content) > MAX_CONTENT:
        raise LogError("content-too-long", f"What was said or written can have at most {MAX_CONTENT} characters.")
    if len(entry.action_taken) > MAX_ACTION:
        raise LogError("action-too-long", f"The action taken can have at most {MAX_ACTION} characters.")
    return LogEntry(entry.id, number, normalise_time(entry.occurred_at), entry.kind,
                    entry.content.strip("\r\n"), entry.action_taken.strip())


def normalise_time(value: str | dt.datetime) -> str:
    if isinstance(value, dt.datetime):
        parsed = value
    else:
        try:
            parsed = dt.datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise LogError("time-invalid", "Enter the date and time like 2026-11-22 14:30.") from None
    return parsed.replace(microsecond=0).isoformat(timespec="minutes" if parsed.second == 0 else "seconds")


# ---------------------------------------------------------------------------- storage

def add_entry(store: Store, profile_id: int, entry: LogEntry) -> LogEntry:
    entry = validated(entry)
    now = now_iso()
    with store.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO harassment_log (profile_id, number, occurred_at, kind, content, action_taken, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (profile_id, entry.number, entry.occurred_at, entry.kind, entry.content, entry.action_taken, now, now))
    return get_entry(store, profile_id, cur.lastrowid)


def update_entry(store: Store, profile_id: int, entry: LogEntry) -> LogEntry:
    if entry.id is None:
        raise LogError("not-found", "This entry has not been saved yet.")
    entry = validated(entry)
    with store.transaction() as conn:
        cur = conn.execute(
            "UPDATE harassment_log SET number = ?, occurred_at = ?, kind = ?, content = ?, action_taken = ?, "
            "updated_at = ? WHERE id = ? AND profile_id = ?",
            (entry.number, entry.occurred_at, entry.kind, entry.content, entry.action_taken, now_iso(),
             entry.id, profile_id))
        if cur.rowcount != 1:
            raise LogError("not-found", "This entry no longer exists.")
    return get_entry(store, profile_id, entry.id)


def delete_entry(store: Store, profile_id: int, entry_id: int) -> None:
    with store.transaction() as conn:
        cur = conn.execute("DELETE FROM harassment_log WHERE id = ? AND profile_id = ?", (entry_id, profile_id))
        if cur.rowcount != 1:
            raise LogError("not-found", "This entry no longer exists.")


def get_entry(store: Store, profile_id: int, entry_id: int) -> LogEntry:
    rows = store.query(f"SELECT {', '.join(_COLUMNS)} FROM harassment_log WHERE id = ? AND profile_id = ?",
                       (entry_id, profile_id))
    if not rows:
        raise LogError("not-found", "This entry no longer exists.")
    return LogEntry(*rows[0])


def list_entries(store: Store, profile_id: int, newest_first: bool = False) -> list[LogEntry]:
    order = "DESC" if newest_first else "ASC"
    rows = store.query(f"SELECT {', '.join(_COLUMNS)} FROM harassment_log WHERE profile_id = ? "
                       f"ORDER BY occurred_at {order}, id {order}", (profile_id,))
    return [LogEntry(*row) for row in rows]


# ---------------------------------------------------------------------------- CSV

def csv_bytes(entries: list[LogEntry], language: str = "en") -> bytes:
    """The log as CSV for Excel: UTF-8 with a BOM, CRLF line ends, a header row in `language`."""
    headers = _HEADERS.get(language, _HEADERS["en"])
    kinds = _KIND_NAMES.get(language, _KIND_NAMES["en"])
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    for e in entries:
        writer.writerow([_cell(e.occurred_at.replace("T", " ")), _cell(e.number), kinds.get(e.kind, e.kind),
                         _cell(e.content), _cell(e.action_taken)])
    return "\ufeff".encode("utf-8") + buffer.getvalue().encode("utf-8")


def export_csv(store: Store, profile_id: int, target: Path, language: str = "en") -> int:
    """Write the profile's log to `target` atomically. Returns the number of entries written."""
    entries = list_entries(store, profile_id)
    atomic_write_bytes(Path(target), csv_bytes(entries, language))
    return len(entries)


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


# ---------------------------------------------------------------------------- reports

_T = {
    "zh_CN": {
        "sms_to": "编辑下面这条短信，发到 {to}：",
        "forward": "把这条短信转发到 {to}。对方回复后，再把发来短信的号码发过去：{number}",
        "call_about": "打 {to}，说明号码 {number}、时间 {when}，以及对方说了什么。",
        "give": "号码：{number}　时间：{when}",
        "paste": "短信原文（一个字也不要改）：",
        "shortened": "（短信太长，已截短；完整内容在骚扰记录里。）",
    },
    "zh_TW": {
        "sms_to": "編輯下面這則簡訊，傳到 {to}：",
        "forward": "把這則簡訊轉寄到 {to}。對方回覆後，再把傳簡訊的號碼傳過去：{number}",
        "call_about": "打 {to}，說明號碼 {number}、時間 {when}，以及對方說了什麼。",
        "give": "號碼：{number}　時間：{when}",
        "paste": "簡訊原文（一個字都不要改）：",
        "shortened": "（簡訊太長，已截短；完整內容在騷擾紀錄裡。）",
    },
    "en": {
        "sms_to": "Send this text to {to}:",
        "forward": "Forward this text to {to}. When it replies, send the number the text came from: {number}",
        "call_about": "Call {to} and give the number {number}, the time ({when}) and what was said.",
        "give": "Number: {number}   Time: {when}",
        "paste": "The original message (change nothing):",
        "shortened": "(The text was too long and has been shortened; the full text is in the log.)",
    },
}
# What a carrier report says about a call with no notes. The carriers read Chinese whatever the
# app's language is.
_CALL_CONTENT = "骚扰电话，{when}来电"


def report_number(number: str, region: str) -> str:
    """The harassing number as a report expects it: digits only; for CN and TW without the
    country code (+86 / 0086, +886 → 0), so carriers and 165 see the national number."""
    try:
        digits = qr.dial_digits(number)
    except ValueError:
        return number.strip()
    for prefix, region_of, trunk in (("+86", "CN", ""), ("0086", "CN", ""), ("+886", "TW", "0"),
                                     ("00886", "TW", "0"), ("+852", "HK", ""), ("00852", "HK", "")):
        if region == region_of and digits.startswith(prefix) and len(digits) > len(prefix) + 4:
            return trunk + digits[len(prefix):]
    return digits


def report_for(entry: LogEntry, region: str, language: str, channels: Channels | None = None,
               style: str = "smsto") -> list[Report]:
    """The ready-to-send reports for `entry` in `region`, most useful first."""
    channels = channels or load_channels()
    t = _T.get(language, _T["en"])
    number = report_number(entry.number, region)
    when = entry.occurred_at.replace("T", " ")
    reports: list[Report] = []
    for channel in channels.for_region(region):
        if channel.kind == "sms" and channel.sms_format and channel.role == "report":
            if "{number}" in channel.sms_format or (entry.kind == "sms" and entry.content.strip()):  # 7726: texts
                reports.append(_sms_report(channel, entry, number, when, t, language, style))
            continue
        if channel.kind == "call" and channel.role == "anti-fraud":
            text = t["call_about"].format(to=channel.number, number=number, when=when)
        elif channel.kind == "call" and channel.role == "emergency":
            text = channel.description(language)
        elif channel.role == "report" and (channel.kind in ("web", "app") or channel.write_in):
            text = channel.description(language) + "\n" + t["give"].format(number=number, when=when)
            if entry.content.strip() and channel.kind in ("web", "app"):
                text += "\n" + t["paste"] + "\n" + entry.content
        else:
            continue  # 12321's helpline and email, the 111 notice: shown with the advice, not a report
        if channel.caution(language):
            text += "\n" + channel.caution(language)
        payload = None
        if channel.kind == "call" and channel.number:
            payload = qr.tel_payload(channel.number, region)
        elif channel.kind == "web":
            payload = channel.address
        reports.append(Report(channel, text, payload))
    order = {"report": 0, "anti-fraud": 1, "emergency": 2, "info": 3}
    # Ready-to-send texts first, then the other reports, advice lines and the police; within a
    # group, the order of the channel file.
    return sorted(reports, key=lambda r: (order[r.channel.role], r.payload is None or r.body is None))


def _sms_report(channel: Channel, entry: LogEntry, number: str, when: str, t: dict, language: str,
                style: str) -> Report:
    if "{number}" in channel.sms_format:
        full = channel.sms_body(number, entry.content if entry.content.strip() else _CALL_CONTENT.format(when=when))
        intro = t["sms_to"].format(to=channel.number)
    else:  # 7726: forward the message itself; the number is sent after its reply
        full = channel.sms_body(number, entry.content)
        intro = t["forward"].format(to=channel.number, number=number)
    body = qr.fit_sms_body(channel.number, full, style, max_chars=MAX_REPORT_SMS)
    shortened = body != full
    text = intro + "\n" + body
    if shortened:
        text += "\n" + t["shortened"]
    if channel.caution(language):
        text += "\n" + channel.caution(language)
    return Report(channel, text, qr.sms_payload(channel.number, body, style), body, shortened)
