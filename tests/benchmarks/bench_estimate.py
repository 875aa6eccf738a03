"""Speed of the estimation engine on plans of 10 to 10,000 lines.

Run: python tests/benchmarks/bench_estimate.py
Target (issue 2): a 1,000-line plan estimated in under 5 ms on the 2-core build machine.
"""
from __future__ import annotations

import os
import platform
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))

from market_entry_planner.core.engine.compile import compile_plan  # noqa: E402
from market_entry_planner.core.engine.evaluate import estimate, evaluate
from tests.benchmarks.common import big_plan, ms, timed  # noqa: E402


def main():
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, {platform.processor() or platform.machine()}")
    print(f"{'lines':>7}  {'estimate (compile+evaluate)':>28}  {'evaluate only (budget edit)':>28}  "
          f"{'+ pandas frames':>16}")
    for size in (10, 100, 1_000, 10_000):
        plan = big_plan(size)
        compiled = compile_plan(plan)
        budgets = compiled.budgets * 1.1
        full, _ = timed(lambda: estimate(plan))
        fast, _ = timed(lambda: evaluate(compiled, budgets))
        frames, _ = timed(lambda: estimate(plan).lines)
        print(f"{size:>7}  {ms(full):>28}  {ms(fast):>28}  {ms(frames):>16}")
    print("median of >= 30 runs each")


if __name__ == "__main__":
    main()
