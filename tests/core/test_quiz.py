"""The verification-code quiz: the shipped file, the loader's validation, fallback and scoring."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from app.core.content import REGIONS  # noqa: E402
from app.core.i18n import LANGUAGES  # noqa: E402
from app.core.quiz import (  # noqa: E402
    Choice,
    Question,
    QuizError,
    QuizResult,
    default_quiz_path,
    load_quiz,
    score,
)
from chinese_script import wrong_script_chars  # noqa: E402

SHIPPED = ROOT / "resources" / "quiz" / "code-quiz.toml"


@pytest.fixture(scope="module")
def quiz():
    return load_quiz()


def all_texts(question: Question, language: str) -> list[str]:
    return [question.prompts[language], question.explanations[language],
            *(c.texts[language] for c in question.choices)]


# -- the shipped quiz ------------------------------------------------------------------------

def test_default_path_is_the_shipped_file():
    assert default_quiz_path().resolve() == SHIPPED.resolve()


def test_shipped_quiz_is_complete_in_every_language(quiz):
    assert quiz.id == "code-quiz"
    assert len(quiz.questions) >= 10
    for lang in LANGUAGES:
        assert quiz.titles[lang] and quiz.intros[lang]
        for q in quiz.questions:
            # The raw per-language maps, not the fallback accessors: every text is really there.
            assert all(all_texts(q, lang)), (q.id, lang)


@pytest.mark.parametrize("region", REGIONS)
def test_shipped_quiz_has_enough_questions_for_every_region(quiz, region):
    assert len(quiz.questions_for(region)) >= 8


def test_shipped_questions_have_three_choices_one_right(quiz):
    for q in quiz.questions:
        assert len(q.choices) == 3, q.id
        assert [c.correct for c in q.choices].count(True) == 1, q.id


def test_shipped_choices_make_sense_in_any_order(quiz):
    # The UI shuffles the choices, so none may point at the others.
    banned = ["all of the above", "none of the above", "both of",
              "以上", "上面", "上述", "都对", "都對"]
    for q in quiz.questions:
        for c in q.choices:
            for lang in LANGUAGES:
                text = c.texts[lang].lower()
                assert not any(b in text for b in banned), (q.id, c.id, lang)


def test_shipped_quiz_covers_the_scenarios(quiz):
    ids = {q.id for q in quiz.questions}
    assert {"bank-card-frozen", "police-money-laundering", "courier-lost-parcel", "platform-refund",
            "friend-forward-code", "screen-sharing", "unexpected-code", "refund-needs-loan",
            "sms-link-verify", "caller-knows-id-number", "real-96110-call"} <= ids


def test_96110_is_only_asked_on_the_mainland(quiz):
    q = quiz.question("real-96110-call")
    assert q.regions == frozenset({"CN"})
    assert q.sources, "the 96110 facts name their sources"
    assert q in quiz.questions_for("CN")
    for region in ("HK", "TW", "OTHER"):
        assert q not in quiz.questions_for(region)
    assert q.correct_choice.id == "answer-and-listen"


def test_questions_for_keeps_file_order_and_rejects_unknown_regions(quiz):
    order = [q.id for q in quiz.questions]
    for region in REGIONS:
        ids = [q.id for q in quiz.questions_for(region)]
        assert ids == [i for i in order if i in ids]
    with pytest.raises(ValueError):
        quiz.questions_for("US")


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_chinese_text_is_in_the_right_script(quiz, lang):
    texts = [quiz.titles[lang], quiz.intros[lang]]
    texts += [t for q in quiz.questions for t in all_texts(q, lang)]
    bad = {text: wrong_script_chars(text, lang) for text in texts if wrong_script_chars(text, lang)}
    assert not bad


def test_traditional_text_uses_taiwan_and_hong_kong_words(quiz):
    mainland_words = ["短信", "賬號", "賬戶", "屏幕", "視頻", "軟件", "鏈接", "登錄", "信息"]
    for q in quiz.questions:
        for text in all_texts(q, "zh_TW"):
            found = [w for w in mainland_words if w in text]
            assert not found, (q.id, found, text)


def test_text_accessors_return_the_wanted_language(quiz):
    q = quiz.question("bank-card-frozen")
    assert "验证码" in q.prompt("zh_CN")
    assert "驗證碼" in q.prompt("zh_TW")
    assert "code" in q.prompt("en")
    assert q.explanation("en") == q.explanations["en"]
    assert q.correct_choice.text("zh_TW") == q.correct_choice.texts["zh_TW"]
    assert quiz.title("en") == "Verification code quiz"


# -- validation ------------------------------------------------------------------------------

def choice(cid: str, correct: bool, langs=LANGUAGES) -> str:
    texts = "\n".join(f'{lang} = "{cid} {lang}"' for lang in langs)
    return f"[[questions.choices]]\nid = \"{cid}\"\ncorrect = {str(correct).lower()}\n{texts}\n"


def question(qid: str, choices: str | None = None, extra: str = "", langs=LANGUAGES) -> str:
    if choices is None:
        choices = choice("yes", True) + choice("no", False) + choice("maybe", False)
    texts = "".join(f'[questions.{lang}]\nprompt = "{qid} prompt {lang}"\n'
                    f'explanation = "{qid} why {lang}"\n' for lang in langs)
    return f"[[questions]]\nid = \"{qid}\"\n{extra}\n{texts}{choices}\n"


def quiz_file(*questions: str, header_extra: str = "") -> str:
    header = textwrap.dedent("""\
        id = "test-quiz"
        reviewed = 2026-11-22
        {extra}
        [title]
        zh_CN = "测验"
        zh_TW = "測驗"
        en = "Quiz"

        """).format(extra=header_extra)
    return header + "\n".join(questions)


def write(tmp_path: Path, text: str, name: str = "bad-quiz.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path, **kwargs) -> list[str]:
    with pytest.raises(QuizError) as info:
        load_quiz(path, **kwargs)
    assert info.value.problems
    assert str(len(info.value.problems)) in str(info.value)
    return info.value.problems


def test_a_valid_small_quiz_loads(tmp_path):
    path = write(tmp_path, quiz_file(question("q-one"),
                                     question("q-two", extra='regions = ["HK", "TW"]')))
    q = load_quiz(path)
    assert [x.id for x in q.questions] == ["q-one", "q-two"]
    assert [x.id for x in q.questions_for("CN")] == ["q-one"]
    assert [x.id for x in q.questions_for("HK")] == ["q-one", "q-two"]
    assert q.source_file == "bad-quiz.toml"
    first = q.questions[0]
    assert first.quiz_id == "test-quiz"
    assert first.regions is None
    assert first.correct_choice.id == "yes"
    assert first.choice("no").text("en") == "no en"
    with pytest.raises(KeyError):
        first.choice("nope")


BAD_QUESTIONS = {
    "duplicate question id": (
        [question("twice"), question("twice")], "twice", "duplicate id"),
    "no correct choice": (
        [question("none-right", choice("a", False) + choice("b", False) + choice("c", False))],
        "none-right", "0 correct choices"),
    "two correct choices": (
        [question("two-right", choice("a", True) + choice("b", True) + choice("c", False))],
        "two-right", "2 correct choices"),
    "one choice only": (
        [question("lonely", choice("a", True))], "lonely", "needs at least 2"),
    "no choices at all": (
        [question("empty", "")], "empty", "needs at least 2"),
    "missing zh_TW prompt and explanation": (
        [question("no-tw", langs=("zh_CN", "en"))], "no-tw", "missing zh_TW text"),
    "missing en choice text": (
        [question("no-en-choice", choice("a", True, langs=("zh_CN", "zh_TW")) + choice("b", False))],
        "no-en-choice", "choice 'a': text: missing en text"),
    "unknown key in a question": (
        [question("extra-key", extra='hint = "x"')], "extra-key", "unknown key 'hint'"),
    "unknown key in a choice": (
        [question("choice-key", choice("a", True) + choice("b", False) + 'weight = 2\n')],
        "choice-key", "unknown key 'weight'"),
    "unknown key in a language table": (
        [question("lang-key").replace('[questions.en]\n', '[questions.en]\ntitle = "x"\n')],
        "lang-key", "unknown key 'title'"),
    "unknown region": (
        [question("moon", extra='regions = ["CN", "MOON"]')], "moon", "unknown region 'MOON'"),
    "correct is not true/false": (
        [question("yes-no", choice("a", True) + choice("b", False).replace("false", '"no"'))],
        "yes-no", "correct must be true or false"),
    "duplicate choice id": (
        [question("same-choice", choice("a", True) + choice("a", False) + choice("b", False))],
        "same-choice", "choice 'a': duplicate id"),
    "bad source url": (
        [question("sourced", extra='sources = [{ title = "x", url = "ftp://x" }]')],
        "sourced", "no valid http(s) url"),
}


@pytest.mark.parametrize("case", BAD_QUESTIONS, ids=list(BAD_QUESTIONS))
def test_each_problem_names_the_file_and_the_question(tmp_path, case):
    questions, qid, expected = BAD_QUESTIONS[case]
    path = write(tmp_path, quiz_file(question("fine"), *questions))
    problems = problems_of(path)
    matching = [p for p in problems if expected in p]
    assert matching, problems
    assert all(p.startswith("bad-quiz.toml: ") for p in problems), problems
    assert all(f"question '{qid}'" in p for p in matching), matching
    assert not any("'fine'" in p for p in problems), problems


def test_invalid_question_id_is_reported_by_position(tmp_path):
    path = write(tmp_path, quiz_file(question("fine"), question("Bad_Id")))
    problems = problems_of(path)
    assert problems == ["bad-quiz.toml: question #2: missing or invalid id 'Bad_Id' "
                        "(use lower-case a-z, 0-9 and -)"]


def test_every_problem_is_collected_before_raising(tmp_path):
    path = write(tmp_path, quiz_file(
        question("one", choice("a", False) + choice("b", False)),
        question("two", extra='regions = ["XX"]'),
        question("three", langs=("zh_CN",)),
    ))
    problems = problems_of(path)
    assert any("question 'one'" in p and "0 correct" in p for p in problems)
    assert any("question 'two'" in p and "unknown region" in p for p in problems)
    assert any("question 'three'" in p and "missing en" in p for p in problems)
    assert any("question 'three'" in p and "missing zh_TW" in p for p in problems)


def test_quiz_level_problems(tmp_path):
    path = write(tmp_path, 'id = "Not Valid"\nreviewed = "soon"\ncolour = "red"\n[title]\nzh_CN = "测验"\n')
    problems = problems_of(path)
    joined = "\n".join(problems)
    for expected in ("invalid id", "reviewed must be a date", "unknown key 'colour'",
                     "title: missing zh_TW text", "title: missing en text", "has no questions"):
        assert expected in joined
    assert all(p.startswith("bad-quiz.toml: ") for p in problems)


def test_unknown_language_is_reported(tmp_path):
    french = question("fr").replace("[questions.en]", '[questions.fr]\nprompt = "x"\n[questions.en]')
    path = write(tmp_path, quiz_file(french))
    problems = problems_of(path)
    assert any("question 'fr'" in p and "unknown key 'fr'" in p for p in problems), problems


def test_unreadable_files_are_reported_with_their_name(tmp_path):
    problems = problems_of(write(tmp_path, "id = [unclosed", name="broken.toml"))
    assert problems[0].startswith("broken.toml: cannot be read")
    problems = problems_of(tmp_path / "missing.toml")
    assert problems[0].startswith("missing.toml: cannot be read")


def test_unknown_required_language_is_a_programming_error(tmp_path):
    with pytest.raises(ValueError):
        load_quiz(write(tmp_path, quiz_file(question("q"))), languages=("fr",))


# -- fallback --------------------------------------------------------------------------------

def test_partial_translation_falls_back_when_loading_with_no_required_languages(tmp_path):
    partial = question("partial", choice("yes", True, langs=("zh_CN",))
                       + choice("no", False, langs=("zh_TW", "en"))
                       + choice("maybe", False, langs=("en",)), langs=("zh_CN",))
    path = write(tmp_path, quiz_file(partial))
    with pytest.raises(QuizError) as info:
        load_quiz(path)
    assert any("question 'partial'" in p and "missing zh_TW" in p for p in info.value.problems)

    q = load_quiz(path, languages=()).question("partial")
    # zh_TW → zh_CN → en; en → zh_CN → zh_TW; zh_CN → zh_TW → en
    assert q.prompt("zh_TW") == "partial prompt zh_CN"
    assert q.prompt("en") == "partial prompt zh_CN"
    assert q.explanation("en") == "partial why zh_CN"
    assert q.choice("yes").text("en") == "yes zh_CN"
    assert q.choice("no").text("zh_CN") == "no zh_TW"
    assert q.choice("no").text("en") == "no en"
    assert q.choice("maybe").text("zh_TW") == "maybe en"
    # An unknown UI language is served like English.
    assert q.choice("no").text("fr") == "no en"


def test_text_missing_in_every_language_is_still_an_error(tmp_path):
    no_text = question("mute", choice("yes", True) + choice("no", False, langs=()), langs=())
    problems = problems_of(write(tmp_path, quiz_file(no_text)), languages=())
    joined = "\n".join(problems)
    assert "question 'mute': prompt: no text in any language" in joined
    assert "question 'mute': explanation: no text in any language" in joined
    assert "question 'mute': choice 'no': text: no text in any language" in joined


# -- scoring ---------------------------------------------------------------------------------

def make_question(qid: str, right: str = "a", quiz_id: str = "code-quiz") -> Question:
    choices = tuple(Choice(c, c == right, {"en": c}) for c in ("a", "b", "c"))
    return Question(qid, quiz_id, None, choices, {"en": qid}, {"en": "why"})


QUESTIONS = [make_question("one", "a"), make_question("two", "b"), make_question("three", "c")]


def test_score_all_right():
    result = score(QUESTIONS, {"one": "a", "two": "b", "three": "c"})
    assert result == QuizResult("code-quiz", 3, 3, ())
    assert result.all_correct


def test_score_counts_wrong_unanswered_and_unknown_choices_as_wrong():
    result = score(QUESTIONS, {"one": "b", "three": "zzz", "not-asked": "a"})
    assert (result.correct, result.total) == (0, 3)
    assert result.wrong_ids == ("one", "two", "three")
    assert not result.all_correct
    assert score(QUESTIONS, {"two": "b"}).wrong_ids == ("one", "three")


def test_score_ignores_answers_to_questions_not_asked():
    result = score(QUESTIONS[:1], {"one": "a", "two": "a"})
    assert (result.correct, result.total, result.wrong_ids) == (1, 1, ())


def test_score_takes_the_quiz_id_from_the_questions():
    assert score([make_question("x", quiz_id="other")], {}).quiz_id == "other"
    assert score([], {}, quiz_id="code-quiz") == QuizResult("code-quiz", 0, 0, ())
    assert not QuizResult("code-quiz", 0, 0).all_correct
    with pytest.raises(ValueError):
        score([], {})
    with pytest.raises(ValueError):
        score([make_question("x", quiz_id="a"), make_question("y", quiz_id="b")], {})
    with pytest.raises(ValueError):
        score([QUESTIONS[0], QUESTIONS[0]], {})


def test_score_the_shipped_quiz(quiz):
    questions = quiz.questions_for("HK")
    answers = {q.id: q.correct_choice.id for q in questions}
    first = questions[0]
    answers[first.id] = next(c.id for c in first.choices if not c.correct)
    result = score(questions, answers)
    assert result.quiz_id == "code-quiz"
    assert (result.correct, result.total) == (len(questions) - 1, len(questions))
    assert result.wrong_ids == (first.id,)


def test_result_is_easy_to_store():
    result = QuizResult("code-quiz", 2, 3, ("two",))
    stored = json.loads(json.dumps(result.to_dict()))
    assert stored == {"quiz_id": "code-quiz", "correct": 2, "total": 3, "wrong_ids": ["two"]}
    assert QuizResult.from_dict(stored) == result
    # The store adds a timestamp and may keep only the counts.
    assert QuizResult.from_dict({**stored, "taken_at": "2026-11-22T10:00:00+00:00"}) == result
    assert QuizResult.from_dict({"quiz_id": "code-quiz", "correct": 2, "total": 3}).wrong_ids == ()


@pytest.mark.parametrize("bad", [
    {"quiz_id": "q", "correct": 4, "total": 3},
    {"quiz_id": "q", "correct": -1, "total": 3},
    {"quiz_id": "q", "correct": "2", "total": 3},
    {"quiz_id": "q", "correct": True, "total": 3},
    {"quiz_id": "", "correct": 1, "total": 3},
    {"quiz_id": "q", "total": 3},
    {"quiz_id": "q", "correct": 1, "total": 3, "wrong_ids": "two"},
    ["q", 1, 3],
])
def test_result_rejects_impossible_values(bad):
    with pytest.raises(ValueError):
        QuizResult.from_dict(bad)


@given(st.dictionaries(st.sampled_from(["one", "two", "three", "other"]),
                       st.one_of(st.none(), st.sampled_from(["a", "b", "c", "d"]))))
def test_score_adds_up_for_any_answers(answers):
    result = score(QUESTIONS, answers)
    assert result.total == len(QUESTIONS)
    assert result.correct + len(result.wrong_ids) == result.total
    expected_right = {q.id for q in QUESTIONS if answers.get(q.id) == q.correct_choice.id}
    assert set(result.wrong_ids) == {q.id for q in QUESTIONS} - expected_right
    assert QuizResult.from_dict(result.to_dict()) == result
