"""Helpers for the benchmark scripts: big plans and a timer that reports median and best."""
from __future__ import annotations

import statistics
import time

from market_entry_planner.core.sample import sample_plan


def big_plan(lines: int):
    """The sample plan's lines repeated with varied budgets, to `lines` lines."""
    plan = sample_plan()
    base = plan.lines
    made = [base[i % len(base)].with_budget(base[i % len(base)].budget * (0.5 + (i * 7919 % 1000) / 1000))
            for i in range(lines)]
    return plan.with_lines(made)


def timed(fn, repeat: int = 30, min_time: float = 0.3) -> tuple[float, float]:
    """(median, best) seconds per call, over at least `repeat` calls and `min_time` seconds."""
    samples = []
    start = time.perf_counter()
    while len(samples) < repeat or time.perf_counter() - start < min_time:
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
        if len(samples) > 10_000:
            break
    return statistics.median(samples), min(samples)


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:9.3f} ms"
