"""Speed of the uncertainty view and the weekly flighting.

Run: python tests/benchmarks/bench_uncertainty.py
Target (issue 5): a Monte Carlo of 10,000 draws on a 100-line plan in under 0.5 s on the 2-core build machine.
"""
from __future__ import annotations

import os
import platform
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))

from market_entry_planner.core.analysis.flighting import flighting  # noqa: E402
from market_entry_planner.core.analysis.uncertainty import monte_carlo, tornado, uncertain_inputs  # noqa: E402
from market_entry_planner.core.engine.compile import compile_plan  # noqa: E402
from tests.benchmarks.common import big_plan, ms, timed  # noqa: E402


def main():
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, {platform.processor() or platform.machine()}")
    print(f"{'what':<52}{'median':>14}{'best':>14}")

    def row(label, fn, repeat):
        median, best = timed(fn, repeat=repeat, min_time=0.0)
        print(f"{label:<52}{ms(median):>14}{ms(best):>14}")

    for lines in (13, 100, 1_000):
        plan = big_plan(lines)
        compiled = compile_plan(plan)
        inputs = len(uncertain_inputs(plan, compiled))
        row(f"Monte Carlo 10,000 draws, {lines:>5} lines ({inputs} inputs)",
            lambda: monte_carlo(plan, 10_000, seed=1, compiled=compiled), 5 if lines < 1_000 else 3)
        row(f"tornado (contribution), {lines:>5} lines",
            lambda: tornado(plan, "contribution", compiled=compiled), 10)
        row(f"weekly flighting, {lines:>5} lines", lambda: flighting(plan, compiled=compiled), 10)
    print("Monte Carlo and tornado include drawing, evaluation and the pandas frames; flighting includes the "
          "monthly cash-out table; plans compiled beforehand, as the app holds them")


if __name__ == "__main__":
    main()
