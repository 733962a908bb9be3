"""The verification-code practice quiz: the model, the loader and scoring.

The quiz lives in `resources/quiz/code-quiz.toml` (its format is described at the top of that
file). Loading collects every problem it finds, then raises one QuizError that names the file and
the question of each. Qt-free: the UI shuffles the choices, shows the explanation after an answer,
and hands the QuizResult to the store, which adds the time it was taken.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from app.core.content import REGIONS, Source
from app.core.i18n import LANGUAGES, pick
from app.core.validation import ProblemCollector, read_toml

_ID = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
_QUIZ_KEYS = {"id", "reviewed", "title", "intro", "questions"}
_QUESTION_KEYS = {"id", "regions", "sources", "choices", *LANGUAGES}
_QUESTION_TEXT_KEYS = {"prompt", "explanation"}
_CHOICE_KEYS = {"id", "correct", *LANGUAGES}
MIN_CHOICES = 2


class QuizError(ValueError):
    """The quiz file is invalid. `problems` lists each problem as 'file: where: what'."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = "\n".join(f"- {p}" for p in problems[:50])
        more = f"\n… and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{len(problems)} problem(s) in the quiz:\n{shown}{more}")



@dataclass(frozen=True)
class Choice:
    id: str
    correct: bool
    texts: Mapping[str, str]

    def text(self, language: str) -> str:
        """The choice's text in `language`, or in the next language of the fallback order."""
        return pick(self.texts, language)


@dataclass(frozen=True)
class Question:
    id: str
    quiz_id: str
    regions: frozenset[str] | None  # None: every region
    choices: tuple[Choice, ...]  # in file order; the UI may shuffle them
    prompts: Mapping[str, str]
    explanations: Mapping[str, str]
    sources: tuple[Source, ...] = ()

    def applies_to(self, region: str) -> bool:
        return self.regions is None or region in self.regions

    def prompt(self, language: str) -> str:
        return pick(self.prompts, language)

    def explanation(self, language: str) -> str:
        """Shown after the answer, whichever choice was picked."""
        return pick(self.explanations, language)

    @property
    def correct_choice(self) -> Choice:
        return next(c for c in self.choices if c.correct)

    def choice(self, choice_id: str) -> Choice:
        """The choice with this id; KeyError if there is none."""
        for c in self.choices:
            if c.id == choice_id:
                return c
        raise KeyError(f"question '{self.id}' has no choice '{choice_id}'")

    def is_correct(self, choice_id: str | None) -> bool:
        return choice_id == self.correct_choice.id


@dataclass(frozen=True)
class Quiz:
    id: str
    reviewed: dt.date
    titles: Mapping[str, str]
    intros: Mapping[str, str]
    questions: tuple[Question, ...]
    source_file: str

    def title(self, language: str) -> str:
        return pick(self.titles, language)

    def intro(self, language: str) -> str:
        return pick(self.intros, language)

    def questions_for(self, region: str) -> list[Question]:
        """The questions that fit `region` (CN HK TW OTHER), in file order."""
        if region not in REGIONS:
            raise ValueError(f"unknown region {region!r} (use one of {', '.join(REGIONS)})")
        return [q for q in self.questions if q.applies_to(region)]

    def question(self, question_id: str) -> Question:
        """The question with this id; KeyError if there is none."""
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(f"quiz '{self.id}' has no question '{question_id}'")


@dataclass(frozen=True)
class QuizResult:
    """One finished quiz. The store keeps quiz_id, correct and total and adds the time."""

    quiz_id: str
    correct: int
    total: int
    wrong_ids: tuple[str, ...] = ()  # questions answered wrongly or not at all, in quiz order

    def __post_init__(self):
        if not isinstance(self.quiz_id, str) or not self.quiz_id:
            raise ValueError("quiz_id must be a non-empty text")
        for name in ("correct", "total"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{name} must be a whole number from 0")
        if self.correct > self.total:
            raise ValueError("correct cannot be more than total")
        if not isinstance(self.wrong_ids, tuple):
            object.__setattr__(self, "wrong_ids", tuple(self.wrong_ids))
        if not all(isinstance(w, str) for w in self.wrong_ids):
            raise ValueError("wrong_ids must be question ids")

    @property
    def all_correct(self) -> bool:
        return self.total > 0 and self.correct == self.total

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values, for the store or an export."""
        return {"quiz_id": self.quiz_id, "correct": self.correct, "total": self.total,
                "wrong_ids": list(self.wrong_ids)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QuizResult:
        """The inverse of to_dict. Other keys (a timestamp the store added) are ignored;
        wrong_ids may be missing (older records). ValueError when the values do not fit."""
        if not isinstance(data, Mapping):
            raise ValueError("a quiz result must be a table")
        missing = [k for k in ("quiz_id", "correct", "total") if k not in data]
        if missing:
            raise ValueError(f"a quiz result needs {', '.join(missing)}")
        wrong = data.get("wrong_ids", ())
        if not isinstance(wrong, (list, tuple)):
            raise ValueError("wrong_ids must be a list")
        return cls(data["quiz_id"], data["correct"], data["total"], tuple(wrong))


def score(questions: Iterable[Question], answers: Mapping[str, str | None],
          quiz_id: str | None = None) -> QuizResult:
    """Score `answers` ({question id: chosen choice id}) against `questions`.

    A question with no answer, or an answer that is not one of its choices, counts as wrong.
    Answers to questions that are not in `questions` are ignored. `quiz_id` defaults to the
    questions' own quiz id (they must all belong to one quiz).
    """
    questions = list(questions)
    quiz_ids = {q.quiz_id for q in questions}
    if quiz_id is None:
        if len(quiz_ids) != 1:
            raise ValueError("cannot tell the quiz id: pass quiz_id" if not quiz_ids
                             else f"questions from more than one quiz: {', '.join(sorted(quiz_ids))}")
        quiz_id = quiz_ids.pop()
    seen: set[str] = set()
    wrong: list[str] = []
    for q in questions:
        if q.id in seen:
            raise ValueError(f"question '{q.id}' is listed twice")
        seen.add(q.id)
        if not q.is_correct(answers.get(q.id)):
            wrong.append(q.id)
    return QuizResult(quiz_id, len(questions) - len(wrong), len(questions), tuple(wrong))


def default_quiz_path() -> Path:
    from app.core.resources import resources_dir

    return resources_dir() / "quiz" / "code-quiz.toml"


def load_quiz(path: Path | str | None = None, languages: Iterable[str] = LANGUAGES) -> Quiz:
    """Load and validate the quiz at `path` (the shipped code quiz by default).

    `languages` are the languages whose text must be complete; pass () to accept partial
    translations, which are then filled by the fallback order (each text still needs at least one
    language).
    """
    path = Path(path) if path is not None else default_quiz_path()
    required = tuple(languages)
    unknown = [lang for lang in required if lang not in LANGUAGES]
    if unknown:
        raise ValueError(f"unknown language(s): {', '.join(unknown)}")
    data = read_toml(path, QuizError)
    problems: list[str] = []
    quiz = _Parser(path.name, required, problems).quiz(data)
    if problems:
        raise QuizError(problems)
    return quiz


class _Parser(ProblemCollector):
    def quiz(self, data: dict) -> Quiz:
        qid = data.get("id")
        if not isinstance(qid, str) or not _ID.match(qid):
            self.problem("quiz", f"missing or invalid id {qid!r}")
            qid = "?"
        where = f"quiz '{qid}'"
        for key in sorted(set(data) - _QUIZ_KEYS):
            self.problem(where, f"unknown key '{key}'")
        reviewed = data.get("reviewed")
        if not isinstance(reviewed, dt.date) or isinstance(reviewed, dt.datetime):
            self.problem(where, "reviewed must be a date like 2026-11-22")
            reviewed = dt.date.min
        titles = self.lang_map(data.get("title"), where, "title")
        intros = self.lang_map(data.get("intro", {}), where, "intro", required=False)

        raw_questions = data.get("questions")
        if not isinstance(raw_questions, list) or not raw_questions:
            self.problem(where, "has no questions")
            raw_questions = []
        questions: list[Question] = []
        seen: set[str] = set()
        for index, raw in enumerate(raw_questions):
            question = self.question(qid, index, raw)
            if question is None:
                continue
            if question.id in seen:
                self.problem(f"question '{question.id}'", "duplicate id")
                continue
            seen.add(question.id)
            questions.append(question)
        return Quiz(qid, reviewed, MappingProxyType(titles), MappingProxyType(intros), tuple(questions),
                    self.file)

    def check_languages(self, texts: Mapping[str, str], where: str, what: str) -> None:
        super().check_languages(texts, where, what)
        if not texts and all(lang in texts for lang in self.required):
            self.problem(where, f"{what}: no text in any language")

    def question(self, quiz_id: str, index: int, raw: Any) -> Question | None:
        qid = raw.get("id") if isinstance(raw, dict) else None
        if not isinstance(qid, str) or not _ID.match(qid):
            self.problem(f"question #{index + 1}", f"missing or invalid id {qid!r} "
                                                   "(use lower-case a-z, 0-9 and -)")
            return None
        where = f"question '{qid}'"
        for key in sorted(set(raw) - _QUESTION_KEYS):
            self.problem(where, f"unknown key '{key}'")
        regions = self.regions(raw, where)
        sources = self.sources(raw.get("sources", []), where)

        prompts: dict[str, str] = {}
        explanations: dict[str, str] = {}
        for lang in LANGUAGES:
            if lang not in raw:
                continue
            text = raw[lang]
            lwhere = f"{where} ({lang})"
            if not isinstance(text, dict):
                self.problem(lwhere, "must be a table with prompt and explanation")
                continue
            for key in sorted(set(text) - _QUESTION_TEXT_KEYS):
                self.problem(lwhere, f"unknown key '{key}'")
            for key, target in (("prompt", prompts), ("explanation", explanations)):
                value = text.get(key)
                if value is None:
                    continue  # reported below as missing text
                if not isinstance(value, str) or not value.strip():
                    self.problem(lwhere, f"{key} must be a non-empty text")
                else:
                    target[lang] = value.strip()
        self.check_languages(prompts, where, "prompt")
        self.check_languages(explanations, where, "explanation")

        choices = self.choices(raw.get("choices"), where)
        return Question(qid, quiz_id, regions, tuple(choices), MappingProxyType(prompts),
                        MappingProxyType(explanations), sources)

    def regions(self, raw: dict, where: str) -> frozenset[str] | None:
        if "regions" not in raw:
            return None
        values = raw["regions"]
        if not isinstance(values, list) or not values:
            self.problem(where, "regions must be a non-empty list")
            return None
        result: set[str] = set()
        for value in values:
            if value in REGIONS:
                result.add(value)
            else:
                self.problem(where, f"unknown region {value!r} (use one of {', '.join(REGIONS)})")
        return frozenset(result) or None

    def sources(self, raw: Any, where: str) -> tuple[Source, ...]:
        if not isinstance(raw, list):
            self.problem(where, "sources must be a list")
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

    def choices(self, raw: Any, where: str) -> list[Choice]:
        if not isinstance(raw, list):
            self.problem(where, f"needs at least {MIN_CHOICES} choices ([[questions.choices]])")
            return []
        result: list[Choice] = []
        seen: set[str] = set()
        for index, entry in enumerate(raw):
            cid = entry.get("id") if isinstance(entry, dict) else None
            if not isinstance(cid, str) or not _ID.match(cid):
                self.problem(where, f"choice #{index + 1}: missing or invalid id {cid!r}")
                continue
            cwhere = f"{where}: choice '{cid}'"
            if cid in seen:
                self.problem(cwhere, "duplicate id")
                continue
            seen.add(cid)
            for key in sorted(set(entry) - _CHOICE_KEYS):
                self.problem(cwhere, f"unknown key '{key}'")
            correct = entry.get("correct")
            if not isinstance(correct, bool):
                self.problem(cwhere, "correct must be true or false")
                correct = False
            texts: dict[str, str] = {}
            for lang in LANGUAGES:
                if lang not in entry:
                    continue
                value = entry[lang]
                if not isinstance(value, str) or not value.strip():
                    self.problem(cwhere, f"empty text for {lang}")
                else:
                    texts[lang] = value.strip()
            self.check_languages(texts, cwhere, "text")
            result.append(Choice(cid, correct, MappingProxyType(texts)))
        if len(raw) < MIN_CHOICES:
            self.problem(where, f"has {len(raw)} choice(s); needs at least {MIN_CHOICES}")
        n_correct = sum(c.correct for c in result)
        if n_correct != 1:
            self.problem(where, f"has {n_correct} correct choices; needs exactly one")
        for lang in LANGUAGES:
            texts = [c.texts[lang] for c in result if lang in c.texts]
            if len(set(texts)) != len(texts):
                self.problem(where, f"two choices have the same {lang} text")
        return result
