"""The 6-digit PIN checker over all 1,000,000 PINs: the exact share refused, rule by rule.

    .venv/bin/python benchmarks/pins.py
"""

from __future__ import annotations

import sys
import time
from itertools import product
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from app.core.pin import check_pin, generic_rules, pin_reasons

    t = time.perf_counter()
    rules = generic_rules()
    print(f"rules built in {(time.perf_counter() - t) * 1000:.0f} ms")
    total = 10**6
    t = time.perf_counter()
    refused = 0
    for digits in product("0123456789", repeat=6):
        if pin_reasons("".join(digits)):
            refused += 1
    elapsed = time.perf_counter() - t
    print(f"refused: {refused:,} of {total:,} = {100 * refused / total:.2f} %  "
          f"(accepted {100 * (total - refused) / total:.2f} %; target: accept >= 80 %)")
    print(f"checked every PIN in {elapsed:.1f} s ({elapsed / total * 1e6:.2f} µs per PIN)")
    union = set().union(*(pins for _, pins in rules))
    print(f"{'rule':16} {'refuses':>8} {'only this rule':>15}")
    for code, pins in rules:
        others = set().union(*(p for c, p in rules if c != code))
        print(f"{code:16} {len(pins):8,} {len(pins - others):15,}")
    assert len(union) == refused
    t = time.perf_counter()
    for pin in ("123456", "482917", "850315", "520520"):
        check_pin(pin, language="zh_CN")
    print(f"check_pin with messages: {(time.perf_counter() - t) / 4 * 1e3:.3f} ms per call")
    return 0 if (total - refused) / total >= 0.80 else 1


if __name__ == "__main__":
    sys.exit(main())
