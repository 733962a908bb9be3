"""The command line: `safesteps` starts the app; options and subcommands work without a window."""

from __future__ import annotations

import argparse
import sys

from app import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="safesteps", description=f"{APP_NAME}: an offline safety checklist.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="keep data in DIR (default: $SAFESTEPS_HOME or the "
                                                          "system's application data folder)")
    parser.add_argument("--self-test", action="store_true", help="run offscreen checks and exit")
    parser.add_argument("--require-keyring", action="store_true",
                        help="with --self-test: fail when no keyring backend is usable")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    from app import cli_checks
    from app.render import handout_cli

    cli_checks.add_parsers(commands)
    handout_cli.add_parser(commands).set_defaults(run=handout_cli.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from app import selftest

        return selftest.run(require_keyring=args.require_keyring)
    if args.command in ("check-password", "check-pin"):
        return args.run(args)  # needs no data folder: nothing checked is ever stored
    from app.datadir import resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    if getattr(args, "run", None):
        return args.run(args, data_dir)
    from app.ui.app import run_gui

    return run_gui(data_dir)


if __name__ == "__main__":
    sys.exit(main())
