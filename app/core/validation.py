"""Shared by the content and quiz loaders: collect every problem (naming the file and where), and
read {language: text} tables."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Callable, Mapping

from app.core.i18n import LANGUAGES


class ProblemCollector:
    def __init__(self, file: str, required: tuple[str, ...], problems: list[str]):
        self.file = file
        self.required = required  # languages whose text must be complete
        self.problems = problems

    def problem(self, where: str, what: str) -> None:
        self.problems.append(f"{self.file}: {where}: {what}")

    def lang_map(self, raw: Any, where: str, what: str, required: bool = True) -> dict[str, str]:
        if not isinstance(raw, dict):
            self.problem(where, f"{what} must be a table of languages")
            return {}
        result = {}
        for lang, text in raw.items():
            if lang not in LANGUAGES:
                self.problem(where, f"{what}: unknown language '{lang}'")
            elif not isinstance(text, str) or not text.strip():
                self.problem(where, f"{what}: empty text for {lang}")
            else:
                result[lang] = text.strip()
        if required:
            self.check_languages(result, where, what)
        return result

    def check_languages(self, texts: Mapping[str, str], where: str, what: str) -> None:
        for lang in self.required:
            if lang not in texts:
                self.problem(where, f"{what}: missing {lang} text")


def read_toml(path: Path, error: Callable[[list[str]], Exception]) -> dict[str, Any]:
    """Load a TOML data file, or raise `error([...])` naming the file when it cannot be read."""
    try:
        with Path(path).open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise error([f"{Path(path).name}: cannot be read: {exc}"]) from exc
