"""Smoke-test a built SafeSteps: `--version` prints the pyproject.toml version and `--self-test` passes every check.

    python packaging/check_bundle.py build/pyinstaller/dist/safesteps/safesteps [--require-keyring]

Used by .github/workflows/installers.yml on all three systems (the bundle, the installed app, the app in the
.dmg) and, for its list of expected lines, by tests/packaging/test_installers.py. The program is run with
captured stdout: that also works for the windowed Windows executable, whose output is otherwise not shown.
Exit status 0 when everything is as expected.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# One line per check of app/selftest.py. The keyring line is required with --require-keyring.
SELF_TEST_LINES = {
    "content": r"^PASS content: \d+ checklists, \d+ items, languages zh_CN zh_TW en$",
    "store": r"^PASS store: .*write and read back ok$",
    "translations": r"^PASS translations: zh_CN loaded \(\+qtbase\), zh_TW loaded \(\+qtbase\)$",
    "window": r"^PASS window: main window built \(.*SafeSteps.*\)$",
    "summary": r"^self-test: all checks passed$",
}
KEYRING_LINE = r"^PASS keyring: keyring\.backends\.\S+$"


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def self_test_problems(output: str, keyring_pattern: str | None = KEYRING_LINE) -> list[str]:
    """What is wrong with a `--self-test` output (empty list: nothing)."""
    patterns = dict(SELF_TEST_LINES)
    if keyring_pattern:
        patterns["keyring"] = keyring_pattern
    problems = [f"no line matching {pattern!r}" for pattern in patterns.values()
                if not re.search(pattern, output, re.MULTILINE)]
    problems += [f"failed: {line}" for line in output.splitlines() if line.startswith("FAIL")]
    return problems


def run(executable: Path, *args: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAFESTEPS_HOME=home)
        return subprocess.run([str(executable), *args], capture_output=True, text=True, env=env, timeout=300)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", type=Path)
    parser.add_argument("--require-keyring", action="store_true", help="a real keyring backend must be found")
    args = parser.parse_args(argv)

    failures = []
    version = run(args.executable, "--version")
    expected = f"SafeSteps {project_version()}"
    print(f"$ {args.executable} --version\n{version.stdout}{version.stderr}", end="")
    if version.returncode != 0 or version.stdout.strip() != expected:
        failures.append(f"--version: exit {version.returncode}, expected {expected!r}")

    command = ["--self-test"] + (["--require-keyring"] if args.require_keyring else [])
    test = run(args.executable, *command)
    print(f"$ {args.executable} {' '.join(command)}\n{test.stdout}{test.stderr}", end="")
    if test.returncode != 0:
        failures.append(f"--self-test: exit {test.returncode}")
    failures += self_test_problems(test.stdout, KEYRING_LINE if args.require_keyring else None)

    for failure in failures:
        print(f"check_bundle: {failure}", file=sys.stderr)
    print("check_bundle: ok" if not failures else f"check_bundle: {len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
