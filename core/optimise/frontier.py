"""The efficient frontier: the best objective as a function of the total budget, so that "what does another
¥1m buy" is one look.

Each level is an optimiser call with the plan's own limits (locks, minimums, maximums, whole units) around that
total, warm-started from the level below: reach reuses the KKT multiplier, effective reach starts its local
search from the previous answer. The levels run from the least the limits allow (locked lines and minimums) to
twice the current total, with the current total among them, so the plan's own point sits on the curve's grid.

Reach, effective reach and GMV never fall as budget grows, so for them a level is the best plan spending up to
its total: the same as spending it exactly, except where whole units (a ¥450k KOL session) leave a total
unreachable, and spending exactly could only do worse. The same holds for any objective with an "at most" budget.
Where a level's search comes out below the level under it, the level below's plan is taken instead, so these
curves are non-decreasing by construction. (Contribution spent exactly is not: past its best, more money loses.)
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

import numpy as np

from market_entry_planner.core.engine.compile import CompiledPlan, compile_plan
from market_entry_planner.core.engine.evaluate import evaluate
from market_entry_planner.core.model import Plan
from market_entry_planner.core.optimise.budget_limits import BudgetLimits, OptimiseError, budget_limits, settle_total
from market_entry_planner.core.optimise.channel_minimums import minimums_by_channel
from market_entry_planner.core.optimise.concave import EXACT_GAP
from market_entry_planner.core.optimise.constrained import solve_constrained_plan
from market_entry_planner.core.optimise.constraints import Constraints
from market_entry_planner.core.optimise.objectives import OBJECTIVES, objective_label, response_of, values
from market_entry_planner.core.optimise.optimiser import (
    feasible_start,
    meets_constraints,
    objective_value,
    solve_constrained,
    unknown_objective,
)
from market_entry_planner.core.problems import Problem

LEVELS = 30
FRONTIER_METRICS = ("budget", "reach", "effective_reach", "gmv", "contribution", "marketing_cost", "profit", "roi")
_MONOTONE = ("reach", "reach3", "gmv")


@dataclass(frozen=True, eq=False)
class Frontier:
    """Arrays over budget levels, ready for a chart (budgets against values) and a table (rows)."""

    objective: str
    label: str
    budgets: np.ndarray              # total budget at each level
    values: np.ndarray               # best objective found at each level
    line_budgets: np.ndarray         # (levels, lines): the plan at each level
    totals: dict[str, np.ndarray]    # FRONTIER_METRICS at each level (profit = contribution − marketing cost)
    exact: np.ndarray                # per level: proven optimal
    current_budget: float            # the plan as it stands
    current_value: float

    @property
    def marginal(self) -> np.ndarray:
        """Objective per extra yuan between a level and the one below (nan at the first level)."""
        slope = np.diff(self.values) / np.diff(self.budgets)
        return np.concatenate([[np.nan], slope])

    def value_at(self, budget: float) -> float:
        """The curve at any budget within its range (straight lines between levels)."""
        return float(np.interp(budget, self.budgets, self.values))

    def rows(self) -> list[dict]:
        marginal = self.marginal
        return [{"budget": float(self.budgets[i]), "value": float(self.values[i]), "marginal": float(marginal[i]),
                 "exact": bool(self.exact[i]), **{m: float(self.totals[m][i]) for m in FRONTIER_METRICS}}
                for i in range(len(self.budgets))]


def budget_levels(limits: BudgetLimits, current: float, levels: int, top: float | None,
                  floor: float | None = None) -> np.ndarray:
    floor = float(limits.lower.sum()) if floor is None else floor
    ceiling = float(limits.upper.sum()) if not limits.at_most else np.inf
    high = 2.0 * current if top is None else float(top)
    high = min(max(high, floor), ceiling)
    grid = np.linspace(floor, high, max(2, int(levels)))
    if floor <= current <= high:
        grid = np.concatenate([grid, [current]])
    return np.unique(grid)  # one level when nothing can move


def frontier(plan: Plan, objective: str = "reach", levels: int = LEVELS, top: float | None = None,
             at_most: bool = False, compiled: CompiledPlan | None = None,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None,
             channel_minimums: Mapping[str, float] | None = None,
             constraints: Constraints | None = None) -> Frontier:
    """The best `objective` at `levels` totals from the least the limits allow to `top` (default 2× current).

    progress(done, total) is called after each level and cancelled() before each (a worker's hooks);
    a cancelled run raises OptimiseError. channel_minimums hold at every level (core/channel_minimums), so the
    curve starts where they can first be met. constraints (channel maximums, shares, KPI floors) hold at every
    level too, each level solved as `optimise` solves it; a level where they cannot all hold (a ROI floor at a
    budget too large to keep it) is left out of the curve rather than drawn at a plan that breaks them.
    """
    if objective not in OBJECTIVES:
        raise unknown_objective(objective)
    compiled = compile_plan(plan) if compiled is None else compiled
    current = float(compiled.budgets.sum())
    # the lines' limits (each level sets its own total): checked against the top of the range, not the plan's
    # current total, which minimums or locks may already exceed
    reach_to = 2.0 * current if top is None else float(top)
    base = budget_limits(plan, compiled, max(current, reach_to), at_most=True)
    minimum = minimums_by_channel(compiled, channel_minimums)
    floor_by_channel = np.bincount(compiled.channel_code, weights=base.lower, minlength=len(compiled.channels))
    needed = float(np.maximum(minimum, floor_by_channel).sum())
    grid = budget_levels(replace(base, total=current, at_most=at_most), current, levels, top, floor=needed)
    r = response_of(compiled)
    spend_up_to = at_most or objective in _MONOTONE
    count = len(grid)
    line_budgets = np.zeros((count, compiled.size))
    found = np.zeros(count)
    exact = np.zeros(count, dtype=bool)
    previous = None
    continuous = ~base.rounded & (base.upper > base.lower)
    asked = constraints if constraints is not None and (
        constraints.channel_maximums or constraints.channel_shares or constraints.floors) else None
    kept = np.ones(count, dtype=bool)
    for i, total in enumerate(grid):
        if cancelled is not None and cancelled():
            raise OptimiseError([Problem("The frontier was cancelled.")])
        limits = replace(base, total=float(total), at_most=spend_up_to)
        start = feasible_start(compiled.budgets if previous is None else previous, limits)
        if asked is not None:
            try:
                solution = solve_constrained_plan(r, compiled, objective, limits, start, asked, minimum)
            except OptimiseError:  # these limits leave no plan at this total: no point on the curve
                kept[i] = False
                continue
            if not meets_constraints(compiled, r, solution.budgets, asked, limits):
                kept[i] = False
                continue
        else:
            solution = solve_constrained(r, compiled, objective, limits, start, minimum, warm=previous)
        budgets, is_exact = solution.budgets, solution.exact
        value = float(values(r, objective, budgets)[0])
        if previous is not None and spend_up_to and value < found[i - 1] and asked is None:
            # the level below's plan is within this level's limits; for reach and GMV, more so with the extra
            fallback = _grow(previous, limits, continuous) if objective in _MONOTONE else previous
            fallback_value = float(values(r, objective, fallback)[0])
            # an exact answer stays exact if the fallback beats it by less than its own certified gap
            is_exact = is_exact and fallback_value - value <= EXACT_GAP * max(1.0, abs(fallback_value))
            budgets, value = fallback, fallback_value
        line_budgets[i], found[i], exact[i] = budgets, value, is_exact
        previous = budgets
        if progress is not None:
            progress(i + 1, count)

    if not kept.any():
        raise OptimiseError([Problem("No total in this range lets every constraint hold.")])
    grid, found, exact, line_budgets = grid[kept], found[kept], exact[kept], line_budgets[kept]
    count = len(grid)
    totals = {m: np.zeros(count) for m in FRONTIER_METRICS}
    for i in range(count):  # the estimate's own numbers for the table
        t = evaluate(compiled, line_budgets[i]).total
        for m in FRONTIER_METRICS:
            totals[m][i] = t[m] if m != "profit" else t["contribution"] - t["marketing_cost"]
    before = evaluate(compiled)
    return Frontier(objective=objective, label=objective_label(objective, compiled.effective_frequency),
                    budgets=grid, values=found, line_budgets=line_budgets, totals=totals, exact=exact,
                    current_budget=current, current_value=objective_value(before, objective))


def _grow(previous: np.ndarray, limits: BudgetLimits, continuous: np.ndarray) -> np.ndarray:
    """The level below's plan with the extra money on lines that take any amount (whole units stay), as far as
    they take it (the level's total is spent up to, so this is always within its limits)."""
    upper = np.where(continuous, limits.upper, previous)
    return settle_total(previous, previous, upper, min(limits.total, float(upper.sum())))
