"""Speed and quality of the password estimator, beside plain zxcvbn 4.5.0.

    .venv/bin/python benchmarks/strength.py

Fixed random seed; runs in well under a minute (most of it is plain zxcvbn on the l33t-heavy set).
Targets: max <= 50 ms for any input up to 72 characters; p95 <= 10 ms for ordinary passwords
(<= 20 characters); >= 98 % of common Chinese passwords at score <= 2; >= 98 % of random
14-character passwords and random 5-word passphrases at score >= 3; 0 passwords rated higher than
plain zxcvbn.
"""

from __future__ import annotations

import random
import statistics
import string
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SEED = 20240601
L33T_CHARS = "4@8({[<3691!|7$50+%2"
PRINTABLE = string.ascii_letters + string.digits + string.punctuation  # 94 characters


def percentile(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def main() -> int:
    from zxcvbn import zxcvbn
    from zxcvbn.frequency_lists import FREQUENCY_LISTS
    from zxcvbn.time_estimates import guesses_to_score

    from app.core.password import estimate_strength, warm_up
    from app.core.password.data import read_list
    from app.core.password.estimator import analyse

    rng = random.Random(SEED)
    t0 = time.perf_counter()
    warm_up()
    print(f"warm-up (zxcvbn import + word lists): {(time.perf_counter() - t0) * 1000:.0f} ms")

    chinese = [r[0] for r in read_list("chinese_passwords.txt")]
    english = FREQUENCY_LISTS["english_wikipedia"]
    common = FREQUENCY_LISTS["passwords"]
    surnames = [r[1] for r in read_list("surnames_cn.txt")][:100]
    given = [r[0] for r in read_list("given_names.txt")][:120]
    pinyin_words = [r[0] for r in read_list("pinyin_words.txt")]
    homophones = [r[0] for r in read_list("numeric_homophones.txt")]
    # A diceware-like list: uncommon but real words (ranks 10,000-30,000 of zxcvbn's English list).
    diceware = [w for w in english[10000:30000] if w.isalpha() and 4 <= len(w) <= 9]

    def birthday():
        y, m, d = rng.randint(1950, 2012), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice([f"{y}{m:02d}{d:02d}", f"{y % 100:02d}{m:02d}{d:02d}", f"{m:02d}{d:02d}", str(y)])

    def random_string(n, alphabet=PRINTABLE):
        return "".join(rng.choice(alphabet) for _ in range(n))

    def chinese_structure():
        kind = rng.randrange(5)
        name = rng.choice(surnames) + rng.choice(given)
        if kind == 0:
            return name + birthday()
        if kind == 1:
            return rng.choice(pinyin_words) + rng.choice(homophones)
        if kind == 2:
            return name + rng.choice(homophones)
        if kind == 3:
            return rng.choice(pinyin_words).capitalize() + rng.choice("@._") + rng.choice(homophones)
        return rng.choice(["qq", "a", "", "wo"]) + name + rng.choice(["123", "520", "1314", "888", "666"])

    ordinary = []
    for _ in range(400):
        kind = rng.randrange(6)
        if kind == 0:
            pw = rng.choice(chinese)
        elif kind == 1:
            pw = rng.choice(common[:20000])
        elif kind == 2:
            pw = rng.choice(english[:20000]) + str(rng.randint(0, 9999))
        elif kind == 3:
            pw = chinese_structure()
        else:
            pw = random_string(rng.randint(6, 20))
        ordinary.append(pw[:20])
    long_set = []
    for _ in range(150):
        kind = rng.randrange(4)
        if kind == 0:
            pw = " ".join(rng.choice(diceware) for _ in range(rng.randint(4, 9)))
        elif kind == 1:
            pw = random_string(rng.randint(21, 72))
        elif kind == 2:
            pw = "".join(chinese_structure() for _ in range(4))
        else:
            pw = "".join(rng.choice(english[:5000]).capitalize() for _ in range(rng.randint(4, 10)))
        if len(pw) < 21:
            pw += random_string(21 - len(pw))
        long_set.append(pw[:72])
    adversarial = [random_string(rng.randint(50, 72), rng.choice([L33T_CHARS, L33T_CHARS + "aeilost",
                                                                   "4@8({[</3#!1|l"]))
                   for _ in range(20)]

    higher = 0
    checked = 0

    def timed(passwords, vanilla=True):
        nonlocal higher, checked
        ours, plain = [], []
        for pw in passwords:
            t = time.perf_counter()
            g = analyse(pw)[0]
            ours.append((time.perf_counter() - t) * 1000)
            if vanilla:
                t = time.perf_counter()
                v = zxcvbn(pw)
                plain.append((time.perf_counter() - t) * 1000)
                checked += 1
                if g > Decimal(v["guesses"]) or guesses_to_score(g) > v["score"]:
                    higher += 1
                    print("  RATED HIGHER THAN ZXCVBN:", repr(pw))
        return ours, plain

    print()
    print(f"{'set':34} {'n':>4}  {'ours p50':>9} {'p95':>8} {'max':>8}   {'zxcvbn p50':>10} {'p95':>8} {'max':>8}")
    for name, passwords in (("ordinary (<= 20 chars)", ordinary), ("long (21-72 chars)", long_set),
                            ("adversarial (l33t-heavy, 50-72)", adversarial)):
        ours, plain = timed(passwords)
        print(f"{name:34} {len(passwords):4}  {statistics.median(ours):7.2f}ms {percentile(ours, 95):6.2f}ms "
              f"{max(ours):6.2f}ms   {statistics.median(plain):8.2f}ms {percentile(plain, 95):6.2f}ms "
              f"{max(plain):6.2f}ms")

    # Worst case hunt: many random l33t-heavy and structured inputs, ours only.
    worst, worst_pw = 0.0, ""
    for _ in range(300):
        alphabet = rng.choice([L33T_CHARS, L33T_CHARS + string.ascii_lowercase, "1|7!il", "0123456789",
                               "4@8({[</3#!1|l", L33T_CHARS + " ._-@"])
        pw = random_string(rng.randint(40, 72), alphabet)
        t = time.perf_counter()
        analyse(pw)
        elapsed = (time.perf_counter() - t) * 1000
        if elapsed > worst:
            worst, worst_pw = elapsed, pw
    print(f"{'worst of 300 more l33t-heavy (ours)':34} {300:4}  {'':>9} {'':>8} {worst:6.2f}ms")
    print(f"  slowest: {worst_pw!r}")
    t = time.perf_counter()
    r = estimate_strength(random_string(5000))
    print(f"5000 random characters: score {r.score}, {(time.perf_counter() - t) * 1000:.0f} ms")

    print()
    print("quality")
    weak = sum(estimate_strength(pw).score <= 2 for pw in chinese)
    print(f"  common Chinese passwords (shipped list, n={len(chinese)}) at score <= 2: {100 * weak / len(chinese):.1f} %")
    held = frozenset({"chinese_passwords"})
    weak_held = sum(guesses_to_score(analyse(pw, exclude=held)[0]) <= 2 for pw in chinese)
    print(f"  same list, held out (the list itself not used): {100 * weak_held / len(chinese):.1f} %")
    vanilla_weak = sum(zxcvbn(pw)["score"] <= 2 for pw in chinese)
    print(f"  same list, plain zxcvbn: {100 * vanilla_weak / len(chinese):.1f} %")
    structured = [chinese_structure() for _ in range(500)]
    weak_s = sum(estimate_strength(pw).score <= 2 for pw in structured)
    vanilla_s = sum(zxcvbn(pw)["score"] <= 2 for pw in structured)
    print(f"  generated Chinese-structure passwords (name+date, word+520 ..., n=500) at score <= 2: "
          f"{100 * weak_s / 500:.1f} % (plain zxcvbn {100 * vanilla_s / 500:.1f} %)")
    randoms = [random_string(14) for _ in range(500)]
    phrases = [" ".join(rng.choice(diceware) for _ in range(5)) for _ in range(500)]
    for name, passwords in (("random 14-character passwords", randoms),
                            (f"random 5-word passphrases ({len(diceware)}-word list)", phrases)):
        timed(passwords)
        strong = sum(estimate_strength(pw).score >= 3 for pw in passwords)
        print(f"  {name} (n=500) at score >= 3: {100 * strong / 500:.1f} %")
    timed(chinese)
    timed(structured)
    print(f"  rated higher than plain zxcvbn: {higher} of {checked} passwords checked")
    return 0 if higher == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
