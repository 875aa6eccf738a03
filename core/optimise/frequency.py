"""Frequency caps and targets per line: "how often should people see us?"

A line's frequency (as the estimate reports it: on-target impressions over the people it reaches) rises with its
budget: the NBD reach of a pool grows ever more slowly while its impressions grow in proportion. So "at most 4
exposures per person reached" is a ceiling on the line's budget, and "at least 2" (a target frequency) a floor;
each is found by bisection on the estimate itself, and the optimiser then holds it as the line's own maximum or
minimum (core/optimise/budget_limits), with every other limit as before.

Lines of one channel and tactic share one exposure pool (docs/model.md), and every line of a pool shows the pool's
frequency. A cap on such a line is therefore a cap on the pool: found with the pool's other lines at their budgets
in the plan, it is exact for a line alone in its pool (the usual case) and, for a pool of several lines, holds as
long as the others do not grow — the optimiser's answer is checked and a note says if it does not.

Only tactics that buy impressions or views carry a frequency (feed ads, KOL videos, livestreams); search ads
answer searches, and a cap there means nothing. Caps are asked per line index (the Plan sheet's row − 1).
"""
from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from market_entry_planner.core.engine.compile import CompiledPlan
from market_entry_planner.core.engine.evaluate import evaluate
from market_entry_planner.core.model import Plan, channel_label
from market_entry_planner.core.optimise.budget_limits import OptimiseError
from market_entry_planner.core.problems import Problem

BISECTION_STEPS = 60
# (min frequency, max frequency) per line; None: no bound on that side
FrequencyBounds = Mapping[int, tuple[float | None, float | None]]


def line_words(plan: Plan, i: int) -> str:
    line = plan.lines[i]
    tactic = plan.tactics[line.tactic].label if line.tactic in plan.tactics else line.tactic
    return f"{channel_label(line.channel)} · {line.name or tactic} (row {i + 1})"


def line_frequency(compiled: CompiledPlan, budgets: np.ndarray, i: int) -> float:
    return float(evaluate(compiled, budgets).line["frequency"][i])


def _budget_at(compiled: CompiledPlan, budgets: np.ndarray, i: int, frequency: float) -> float:
    """The budget of line i at which its frequency reaches `frequency` (the others as given): bisection, the
    frequency rising with the budget. inf when even a very large budget stays below it."""
    b = np.array(budgets, dtype=float)

    def at(amount):
        b[i] = amount
        return line_frequency(compiled, b, i)

    low, high = 0.0, max(float(budgets[i]), 1_000.0)
    while at(high) < frequency:
        low, high = high, high * 4
        if high > 1e13:
            return np.inf
    for _ in range(BISECTION_STEPS):
        middle = 0.5 * (low + high)
        if at(middle) < frequency:
            low = middle
        else:
            high = middle
        if high - low <= 1e-9 * high:
            break
    return low  # the last budget below the cap: rounding never lands the line above it


def frequency_limits(plan: Plan, compiled: CompiledPlan, bounds: FrequencyBounds) -> dict[int, tuple[float, float]]:
    """Per line with a bound: (least, most) budget that keeps its frequency within (min, max). Raises
    OptimiseError naming the line when a bound makes no sense or contradicts the line's own limits."""
    problems, out = [], {}
    budgets = compiled.budgets
    for i, (low, high) in bounds.items():
        if not 0 <= i < compiled.size:
            problems.append(Problem(f"The plan has no line {i + 1} for a frequency cap."))
            continue
        words = line_words(plan, i)
        if compiled.line_tactic[i] == "search_ads" or compiled.structure.demand_code[i] >= 0:
            problems.append(Problem(f"{words}: search ads answer searches, so a frequency cap means nothing there; "
                                    "cap feed ads, videos or livestreams."))
            continue
        for what, value in (("minimum", low), ("maximum", high)):
            if value is not None and (not np.isfinite(value) or value <= 1):
                problems.append(Problem(f"{words}: a {what} frequency must be a number above 1 (every person "
                                        f"reached sees it at least once), not {value:g}."))
        if low is not None and high is not None and low > high:
            problems.append(Problem(f"{words}: the minimum frequency {low:g} is above the maximum {high:g}."))
        if problems:
            continue
        least = _budget_at(compiled, budgets, i, low) if low is not None else 0.0
        most = _budget_at(compiled, budgets, i, high) if high is not None else np.inf
        line = plan.lines[i]
        if line.locked and not (least - 0.01 <= line.budget <= most + 0.01):
            problems.append(Problem(f"{words} is locked at ¥{line.budget:,.0f}, where its frequency is "
                                    f"{line_frequency(compiled, budgets, i):.2f}: unlock it or change the "
                                    "frequency asked."))
        if line.max_budget is not None and least > line.max_budget + 0.01:
            problems.append(Problem(f"{words}: a frequency of {low:g} takes ¥{least:,.0f}, above the line's "
                                    f"maximum ¥{line.max_budget:,.0f}."))
        if line.min_budget is not None and most < line.min_budget - 0.01:
            problems.append(Problem(f"{words}: its minimum ¥{line.min_budget:,.0f} already shows people the ads "
                                    f"more than {high:g} times; lower the minimum or raise the cap."))
        if np.isinf(least):
            problems.append(Problem(f"{words}: no budget reaches a frequency of {low:g} on this line."))
        out[i] = (least, most)
    if problems:
        raise OptimiseError(problems)
    return out


def with_frequency_limits(plan: Plan, limits: Mapping[int, tuple[float, float]]) -> Plan:
    """The plan with each bounded line's minimum and maximum tightened to its frequency's budgets."""
    from dataclasses import replace

    lines = list(plan.lines)
    for i, (least, most) in limits.items():
        line = lines[i]
        low = max(line.min_budget or 0.0, least) if least > 0 else line.min_budget
        high = most if line.max_budget is None else min(line.max_budget, most)
        lines[i] = replace(line, min_budget=low, max_budget=None if not np.isfinite(high) else high)
    return plan.with_lines(lines)
