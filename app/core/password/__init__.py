"""Chinese-aware password strength estimator, built on zxcvbn (Qt-free).

    from app.core.password import PersonalInfo, estimate_strength
    r = estimate_strength("zhangwei1985", PersonalInfo(name="张伟"), language="zh_CN")
    r.score, r.reasons, r.warning, r.to_dict()

What it adds to zxcvbn 4.5.0: ranked lists of common Chinese passwords, pinyin words, names and
numeric homophones (resources/passwords/), pinyin syllable and name matching, Zhuyin-layout phrases,
mainland mobile and ID numbers, Chinese date orders, separators (wo.ai.ni.1314), personal information,
any length (the first 72 characters are rated by zxcvbn's model, the rest adds to it), a bounded l33t
matcher (≤ 50 ms for any input up to 72 characters), texts in zh_CN / zh_TW / en.

Guarantee: the guesses are never more than plain zxcvbn's for the same password (so neither is the
score): every zxcvbn match is found too, and the search is exact (see matching.py and search.py).

Threads: zxcvbn's `zxcvbn()` writes a module-level dictionary while it matches, so it is not
thread-safe. SafeSteps never calls it and never changes zxcvbn's module state (no
`add_frequency_lists()`): it uses zxcvbn's pure functions with its own per-call context, and the word
lists are built once under a lock and read-only afterwards. So `estimate_strength()` may be called
from a worker thread while the UI runs, and from several threads at once, without a lock.

Privacy: passwords and PersonalInfo stay in memory; nothing is logged, cached or written.
zxcvbn is imported lazily, on the first estimate (or `warm_up()`), not at application start.
"""

from app.core.password.estimator import StrengthResult, estimate_guesses, estimate_strength, warm_up
from app.core.password.feedback import REASON_CODES
from app.core.password.personal import PersonalInfo

__all__ = ["PersonalInfo", "REASON_CODES", "StrengthResult", "estimate_guesses", "estimate_strength",
           "warm_up"]
