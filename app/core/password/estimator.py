"""estimate_strength(): the public entry point of the password estimator."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.core.password.personal import PersonalInfo

ZXCVBN_MAX_LENGTH = 72  # zxcvbn 4.5.0 raises ValueError above this
# Past the first 72 characters, stop adding once the estimate is this large (far beyond score 4):
# the guesses of very long inputs are then a lower bound.
_ENOUGH = Decimal(10) ** 100


@dataclass(frozen=True)
class StrengthResult:
    """score 0-4 (zxcvbn's scale: 0-2 weak, 3 good, 4 strong); texts in the requested language."""

    score: int
    guesses_log10: float
    reasons: tuple[str, ...]  # stable codes, see feedback.REASON_CODES
    warning: str
    suggestions: tuple[str, ...]
    crack_time: str  # offline attack on a slow hash, 10^4 guesses per second
    language: str = "en"

    def to_dict(self) -> dict:
        return {
            "score": self.score,
            "guesses_log10": round(self.guesses_log10, 3),
            "reasons": list(self.reasons),
            "warning": self.warning,
            "suggestions": list(self.suggestions),
            "crack_time": self.crack_time,
        }


def warm_up() -> None:
    """Load zxcvbn and the word lists now (e.g. from a worker thread at start-up); optional."""
    from app.core.password.data import tables
    from app.core.password.feedback import messages

    tables()
    messages()


def _rate(text: str, ctx) -> tuple[Decimal, list[dict], list[dict]]:
    from app.core.password.matching import omnimatch
    from app.core.password.search import most_guessable

    matches = omnimatch(text, ctx)
    return (*most_guessable(text, matches), matches)


def analyse(password: str, personal: PersonalInfo | None = None,
            exclude: frozenset[str] = frozenset()) -> tuple[Decimal, list[dict], list[dict]]:
    """(guesses, optimal match sequence, all matches), the last two for the first 72 characters.
    `exclude` drops some of our word lists (the benchmark measures on a held-out list that way)."""
    from app.core.password.data import tables
    from app.core.password.matching import Context
    from app.core.password.personal import personal_dictionaries

    t = tables(exclude)
    ctx = Context(t, personal_dictionaries(personal, t))
    head = password[:ZXCVBN_MAX_LENGTH]
    guesses, sequence, matches = _rate(head, ctx)
    if len(password) > ZXCVBN_MAX_LENGTH:
        guesses = max(guesses, _rate_rest(password, guesses, ctx))
    return guesses, sequence, matches


def _period(text: str) -> int:
    """The shortest p such that text[k] == text[k - p] for all k >= p (KMP failure function)."""
    fail = [0] * len(text)
    k = 0
    for i in range(1, len(text)):
        while k and text[i] != text[k]:
            k = fail[k - 1]
        if text[i] == text[k]:
            k += 1
        fail[i] = k
    return len(text) - fail[-1]


def _rate_rest(password: str, head_guesses: Decimal, ctx) -> Decimal:
    """Guesses for input longer than 72 characters, never below those of its first 72 characters.

    The rest is rated in 72-character chunks whose guesses multiply; a chunk that already occurred
    earlier (overlaps allowed) costs at most the choice of where it starts. Periodic input
    (abcabc… of any length) is rated like zxcvbn's repeats: the period's guesses times the count.
    """
    guesses = head_guesses
    pos = ZXCVBN_MAX_LENGTH
    while pos < len(password) and guesses < _ENOUGH:
        chunk = password[pos:pos + ZXCVBN_MAX_LENGTH]
        chunk_guesses = _rate(chunk, ctx)[0]
        if password.find(chunk, 0, pos + len(chunk) - 1) != -1:
            chunk_guesses = min(chunk_guesses, Decimal(pos))
        guesses *= max(chunk_guesses, Decimal(1))
        pos += ZXCVBN_MAX_LENGTH
    period = _period(password)
    if period <= ZXCVBN_MAX_LENGTH:
        repeated = _rate(password[:period], ctx)[0] * Decimal(len(password)) / Decimal(period)
        guesses = min(guesses, repeated)
    return guesses


def estimate_guesses(password: str, personal: PersonalInfo | None = None) -> Decimal:
    """Estimated guesses (never more than zxcvbn 4.5.0's for the same password)."""
    return analyse(password, personal)[0]


def estimate_strength(password: str, personal: PersonalInfo | None = None,
                      language: str = "en") -> StrengthResult:
    """Rate a password, in memory only. Safe to call from any thread (see the package docstring)."""
    from zxcvbn.time_estimates import guesses_to_score

    from app.core.password.feedback import crack_time_words, feedback, normalise_language, reasons_for

    language = normalise_language(language)
    password = password or ""
    guesses, sequence, matches = analyse(password, personal)
    score = 0 if not password else guesses_to_score(guesses)
    reasons = reasons_for(password, sequence, matches, score)
    warning, suggestions = feedback(password, sequence, score, reasons, language)
    return StrengthResult(
        score=score,
        guesses_log10=float(guesses.log10()) if guesses > 0 else 0.0,
        reasons=reasons,
        warning=warning,
        suggestions=suggestions,
        crack_time=crack_time_words(guesses, language),
        language=language,
    )
