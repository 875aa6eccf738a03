""""At least ¥500k on Tmall": a minimum total per channel, on top of the lines' own limits.

GMV and profit with divisible lines are linear programmes; their greedy fill meets each channel's floor first
(core/linear_allocation, exact). For the others the solvers of core/optimise, which know one box per line and one
total, are combined in an active-set method:

1. solve without the channel minimums; every channel that ends at or above its minimum is done;
2. each channel below its minimum is held at exactly its minimum: its own lines are re-solved among
   themselves for that total (everything else pinned), then the other lines are re-solved for the rest of
   the budget with the held channels pinned;
3. a channel pushed below its minimum by step 2 joins the held ones; repeat (at most once per channel).

Why this is exact for reach with divisible lines: total reach is an increasing function of each channel's reach,
and a channel's reach depends on its own lines only, so once a channel's total is fixed the best split inside it
does not depend on the other channels, and the rest is the original problem on fewer lines; the problem is
concave, so a minimum that binds at the unconstrained optimum binds at the constrained one. It is not exact for
profit (a channel forced open has paid its fixed costs and may deserve more than its minimum: hence the linear
route above), nor for effective reach n+ (channels are coupled through people's combined exposures: the two
re-solves alternate a few times) or with whole units; those answers say so (`exact` False, no bound).
Tests compare every objective against SLSQP with the channel constraints, and profit against brute force.
"""
from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from market_entry_planner.core.engine.compile import CompiledPlan
from market_entry_planner.core.model import channel_label
from market_entry_planner.core.optimise.budget_limits import BudgetLimits, OptimiseError
from market_entry_planner.core.problems import Problem

_ALTERNATIONS = {"reach3": 4}  # separable objectives need one pass


def minimums_by_channel(compiled: CompiledPlan, minimums: Mapping[str, float] | None) -> np.ndarray:
    """Per channel of the compiled plan (its `channels` order), the minimum total; 0 where none is set."""
    out = np.zeros(len(compiled.channels))
    problems = []
    for channel, amount in (minimums or {}).items():
        amount = float(amount)
        if not np.isfinite(amount) or amount < 0:
            problems.append(Problem(f"The minimum for {channel_label(channel)} must be a number of 0 or more, "
                                    f"not {amount}."))
        elif channel not in compiled.channels:
            if amount > 0:
                problems.append(Problem(f"The plan has no lines on {channel_label(channel)}, so it cannot spend "
                                        f"at least ¥{amount:,.0f} there: add a line first."))
        else:
            out[compiled.channels.index(channel)] = amount
    if problems:
        raise OptimiseError(problems)
    return out


def check_feasible(compiled: CompiledPlan, limits: BudgetLimits, minimum: np.ndarray) -> None:
    """Raise OptimiseError naming the channel when its minimum cannot be met within the lines' limits."""
    code = compiled.channel_code
    channels = len(compiled.channels)
    ceiling = np.bincount(code, weights=np.where(np.isfinite(limits.upper), limits.upper, 1e300),
                          minlength=channels)
    floor = np.bincount(code, weights=limits.lower, minlength=channels)
    problems = []
    for c in np.flatnonzero(minimum > ceiling + limits.tolerance):
        problems.append(Problem(f"{channel_label(compiled.channels[c])} can take at most ¥{ceiling[c]:,.0f} "
                                f"(locks and maximums of its lines), less than its minimum of ¥{minimum[c]:,.0f}."))
    need = float(np.maximum(minimum, floor).sum())
    if need > limits.total + limits.tolerance:
        problems.append(Problem(f"The channel minimums, locked lines and line minimums need ¥{need:,.0f}, more "
                                f"than the total of ¥{limits.total:,.0f}: raise the total or lower a minimum."))
    if problems:
        raise OptimiseError(problems)


def _pinned(limits: BudgetLimits, budgets: np.ndarray, free: np.ndarray, total: float,
            at_most: bool) -> BudgetLimits:
    """The limits with every line outside `free` held at its current budget."""
    lower = np.where(free, limits.lower, budgets)
    upper = np.where(free, limits.upper, budgets)
    # a pinned line is locked for the solver: whole-unit rounding leaves it alone
    return BudgetLimits(lower, upper, float(total), at_most, limits.locked | ~free, limits.whole_units,
                        limits.unit_price)


def solve_with_minimums(compiled: CompiledPlan, limits: BudgetLimits, objective: str, minimum: np.ndarray,
                        solve) -> np.ndarray:
    """Budgets meeting `limits` and every channel's `minimum`; `solve(limits, start)` is the unconstrained
    optimiser (it returns budgets). See the module docstring for the method and how exact it is."""
    check_feasible(compiled, limits, minimum)
    code = compiled.channel_code
    channels = len(compiled.channels)
    # whole units may leave a channel a little under its minimum: what one unit of its dearest line costs
    unit = np.where(limits.rounded, limits.unit_price, 0.0)
    slack = np.maximum(np.array([unit[code == c].max(initial=0.0) for c in range(channels)]), limits.tolerance)

    budgets = solve(limits, None)
    held = np.zeros(channels, dtype=bool)
    for _ in range(channels):
        totals = np.bincount(code, weights=budgets, minlength=channels)
        short = (totals < minimum - slack) & ~held
        if not short.any():
            break
        held |= short
        in_held = held[code]
        for _ in range(_ALTERNATIONS.get(objective, 1)):
            for c in np.flatnonzero(held):  # each held channel's best split of exactly its minimum
                lines = code == c
                others = float(budgets[~lines].sum())
                budgets = solve(_pinned(limits, budgets, lines, others + minimum[c], False), budgets)
            held_total = float(budgets[in_held].sum())
            rest = _pinned(limits, budgets, ~in_held, limits.total, limits.at_most)
            if rest.lower.sum() > rest.total + limits.tolerance:  # nothing left for the others
                break
            budgets = solve(rest, budgets) if np.any(~in_held) else budgets
            if abs(float(budgets[in_held].sum()) - held_total) > limits.tolerance:
                break  # cannot happen (held lines are pinned); guards a solver change
    return budgets
