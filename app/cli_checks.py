"""`safesteps check-password` and `safesteps check-pin`: one item per line on stdin, one result per line.

Items come from stdin, never from arguments (which end up in shell history and process lists).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import TextIO

from app.core.i18n import LANGUAGES


def _birthday(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date like 1958-03-15: {text!r}") from exc


def add_parsers(subparsers) -> None:
    password = subparsers.add_parser("check-password", help="rate passwords read from stdin, one per line")
    password.add_argument("--name", default="", help="the person's name (Chinese characters or pinyin)")
    password.add_argument("--birthday", type=_birthday, help="YYYY-MM-DD")
    password.add_argument("--phone", default="")
    password.add_argument("--word", action="append", default=[], help="another word they might use (repeatable)")
    password.add_argument("--lang", choices=LANGUAGES, default="en")
    password.add_argument("--json", action="store_true", help="one JSON object per line")
    password.set_defaults(run=run_check_password)
    pin = subparsers.add_parser("check-pin", help="check 6-digit PINs read from stdin, one per line")
    pin.add_argument("--birthday", type=_birthday, help="YYYY-MM-DD")
    pin.add_argument("--phone", default="")
    pin.add_argument("--id-last6", default="", help="the last 6 characters of the ID card")
    pin.add_argument("--lang", choices=LANGUAGES, default="en")
    pin.add_argument("--json", action="store_true", help="one JSON object per line")
    pin.set_defaults(run=run_check_pin)


def _lines(stream: TextIO):
    for line in stream:
        yield line.rstrip("\r\n")


def run_check_password(args, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    from app.core.password import PersonalInfo, estimate_strength

    personal = PersonalInfo(name=args.name, birthday=args.birthday, phone=args.phone, words=tuple(args.word))
    for password in _lines(stdin):
        result = estimate_strength(password, personal, args.lang)
        if args.json:
            stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        else:
            reasons = ", ".join(result.reasons) or "-"
            stdout.write(f"score {result.score}/4\t{result.crack_time}\t{reasons}\t{result.warning}\n")
        stdout.flush()
    return 0


def run_check_pin(args, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    from app.core.password import PersonalInfo
    from app.core.pin import check_pin

    personal = PersonalInfo(birthday=args.birthday, phone=args.phone, id_number=args.id_last6)
    for pin in _lines(stdin):
        result = check_pin(pin, personal, args.lang)
        if args.json:
            stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        else:
            verdict = "ok" if result.ok else "weak"
            stdout.write(f"{verdict}\t{', '.join(result.reasons) or '-'}\t{' '.join(result.messages)}\n")
        stdout.flush()
    return 0
