"""`safesteps handout …`: print the large-print plan to a PDF without opening a window.

    safesteps handout --region CN --lang zh_CN -o plan.pdf                 # a generic plan
    safesteps handout --profile Mum --region CN --lang zh_CN -o mum.pdf \\
        --bank-number 95588 --helper-name 小明 --helper-phone "139 1234 5678"

app/cli.py wires it: `add_parser(subparsers)` once, then `run(args, data_dir)` when
`args.command == "handout"`. Exit codes: 0 written; 2 a bad argument or an unknown profile;
1 the file could not be written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.core.content import REGIONS
from app.core.i18n import LANGUAGES

COMMAND = "handout"


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(COMMAND, help="print the large-print safety plan to a PDF file",
                                   description="Write the large-print plan to leave with a relative (A4 PDF).")
    parser.add_argument("--profile", metavar="NAME", help="the profile whose progress to show "
                                                          "(default: a generic plan)")
    parser.add_argument("--region", required=True, choices=REGIONS, help="whose emergency and "
                                                                          "reporting numbers to print")
    parser.add_argument("--lang", required=True, choices=LANGUAGES, help="the handout's language")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF file to write")
    parser.add_argument("--bank-number", metavar="N", help="the bank's own number (on the back of the card)")
    parser.add_argument("--helper-name", metavar="N", help="the helper's name, printed with their phone")
    parser.add_argument("--helper-phone", metavar="P", help="the helper's phone number")
    return parser


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from app.core.content import ContentError, load_content
    from app.core.handout import build_handout

    profile, progress = None, None
    if args.profile:
        found = _find_profile(Path(data_dir), args.profile)
        if found is None:
            print(f"safesteps handout: there is no profile called {args.profile!r} in {data_dir}.",
                  file=sys.stderr)
            return 2
        profile, progress = found
    try:
        content = load_content()
        handout = build_handout(content, args.region, args.lang, profile=profile, progress=progress,
                                bank_number=args.bank_number, helper_name=args.helper_name,
                                helper_phone=args.helper_phone)
    except ContentError as exc:
        print(f"safesteps handout: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"safesteps handout: {exc}", file=sys.stderr)
        return 2
    from app.render.handout_pdf import render_handout

    target = Path(args.output)
    try:
        render_handout(handout, target)
    except OSError as exc:
        print(f"safesteps handout: {target} could not be written: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Wrote {target}")
    return 0


def _find_profile(data_dir: Path, name: str):
    """(profile, its progress) for `name` (case and spacing ignored), or None. Never creates a store."""
    from app.core.store import DB_NAME, Store

    if not (data_dir / DB_NAME).is_file():
        return None
    store = Store.open(data_dir)
    try:
        wanted = " ".join(name.split()).casefold()
        for profile in store.profiles():
            if profile.name.casefold() == wanted:
                return profile, store.progress(profile.id)
        return None
    finally:
        store.close()
