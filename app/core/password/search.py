"""The least-guessable-first search: zxcvbn's cost model, searched exactly.

zxcvbn rates a password by the cheapest way to cover it with matches and brute-force runs:

    g = l! * prod(guesses of the l parts) + 10000^(l - 1)

Its dynamic programme (scoring.most_guessable_match_sequence) keeps, for each prefix and each
length l, only sequences whose g beats every shorter one: a heuristic that can drop the sequence
that would have been best, so adding matches could even raise its result. Here, for each prefix we
keep the Pareto front of (l, product): a sequence is dropped only if another one is no longer and
no more costly, which can never hurt any extension. The result is the true minimum of g over every
sequence, so it is never above zxcvbn's for the same matches, and more matches can only lower it.

The arithmetic is zxcvbn's (Decimal in the default context, the same products in the same order), so
equal sequences give equal numbers, not merely close ones.
"""

from __future__ import annotations

from decimal import Decimal
from math import factorial

_D = 10000  # zxcvbn's MIN_GUESSES_BEFORE_GROWING_SEQUENCE
_ELEVEN = Decimal(11)  # brute force of one character (zxcvbn: MIN_SUBMATCH_GUESSES_SINGLE_CHAR + 1)


def _bf_match(password: str, i: int, j: int) -> dict:
    n = j - i + 1
    return {"pattern": "bruteforce", "token": password[i:j + 1], "i": i, "j": j,
            "guesses": 11 if n == 1 else 10**n}


def most_guessable(password: str, matches: list[dict]) -> tuple[Decimal, list[dict]]:
    """(guesses, optimal match sequence) for the password, brute force filling the gaps."""
    from zxcvbn.scoring import estimate_guesses

    n = len(password)
    if n == 0:
        return Decimal(1), []
    # A sequence of l parts costs at least 10000^(l-1); one brute-force run costs 10^n + 1.
    l_max = 1 + n // 4
    by_j: list[list[dict]] = [[] for _ in range(n)]
    for m in matches:
        by_j[m["j"]].append(m)

    # fronts[k]: entries (l, pi, match, previous entry) for prefix 0..k, l ascending, pi descending.
    # A match is a dict, or ('bf', i) for a brute-force run from i to k.
    fronts: list[list[tuple]] = [[] for _ in range(n)]
    # best_bf[l] = (pi * 10^-i, i, entry): the cheapest length-l sequence ending at i - 1, for a
    # brute-force run of two or more characters starting at i. Scaling by powers of ten is exact.
    best_bf: dict[int, tuple] = {}

    for k in range(n):
        cand: dict[int, tuple] = {}

        def offer(l, pi, m, prev):
            cur = cand.get(l)
            if cur is None or pi < cur[1]:
                cand[l] = (l, pi, m, prev)

        for m in by_j[k]:
            est = estimate_guesses(m, password)
            i = m["i"]
            if i == 0:
                offer(1, est, m, None)
            else:
                for e in fronts[i - 1]:
                    if e[0] < l_max:
                        offer(e[0] + 1, est * e[1], m, e)
        # brute force: the whole prefix, the last character alone, or a longer run after a sequence
        offer(1, _ELEVEN if k == 0 else Decimal(10 ** (k + 1)), ("bf", 0), None)
        if k >= 1:
            for e in fronts[k - 1]:
                if e[0] < l_max:
                    offer(e[0] + 1, _ELEVEN * e[1], ("bf", k), e)
        if k >= 2:
            for e in fronts[k - 2]:
                scaled = e[1].scaleb(-(k - 1))
                cur = best_bf.get(e[0])
                if cur is None or scaled < cur[0]:
                    best_bf[e[0]] = (scaled, k - 1, e)
            for l, (scaled, i, e) in best_bf.items():
                if l < l_max:
                    offer(l + 1, scaled.scaleb(k + 1), ("bf", i), e)

        front = []
        for l in sorted(cand):
            entry = cand[l]
            if not front or entry[1] < front[-1][1]:
                front.append(entry)
        fronts[k] = front

    best = None
    best_g = None
    for e in fronts[n - 1]:
        g = factorial(e[0]) * e[1]
        g += _D ** (e[0] - 1)
        if best_g is None or g < best_g:
            best, best_g = e, g

    sequence = []
    e = best
    k = n - 1
    while e is not None:
        m = e[2]
        if isinstance(m, tuple):
            m = _bf_match(password, m[1], k)
        sequence.append(m)
        k = m["i"] - 1
        e = e[3]
    sequence.reverse()
    return best_g, sequence
