"""The optimiser's solvers behind `optimise`: one call per objective within the lines' limits and the channels'
floors and ceilings (see core/optimise/optimiser for the methods and how exact each is)."""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from market_entry_planner.core.engine.compile import CompiledPlan
from market_entry_planner.core.optimise.budget_limits import (
    BudgetLimits,
    OptimiseError,
    Space,
    project_onto_budget,
)
from market_entry_planner.core.optimise.channel_minimums import check_feasible
from market_entry_planner.core.optimise.concave import (
    MAX_ENUMERATED_CHANNELS,
    allocate_contribution,
    is_exact,
    solve_concave,
)
from market_entry_planner.core.optimise.local_search import Objective, maximise
from market_entry_planner.core.optimise.objectives import OBJECTIVES, Response, values
from market_entry_planner.core.optimise.whole_units import round_to_units
from market_entry_planner.core.problems import Problem


def unknown_objective(objective: str) -> OptimiseError:
    return OptimiseError([Problem(f"Unknown objective '{objective}': choose one of {', '.join(OBJECTIVES)}.")])


@dataclass(frozen=True)
class Solution:
    """What a solver found, before it is compared with the input."""

    budgets: np.ndarray
    upper_bound: float | None     # no plan within the limits does better (None: not known)
    exact: bool                   # proven optimal (to round-off) for this instance
    method: str


def _spend_all(r: Response, limits: BudgetLimits, lower, upper, channel_maximum: np.ndarray | None = None) -> float:
    """Reach and GMV never fall with budget: with at_most, spend all that lines reaching anyone can take (and
    their channels' ceilings allow)."""
    if not limits.at_most:
        return limits.total
    room = np.where(r.reaching, upper, lower)
    if channel_maximum is not None and np.any(np.isfinite(channel_maximum)):
        per_channel = np.bincount(r.channel_code, weights=np.where(np.isfinite(room), room, 1e300),
                                  minlength=r.channels)
        floor = np.bincount(r.channel_code, weights=lower, minlength=r.channels)
        return min(limits.total, float(np.minimum(per_channel, np.maximum(channel_maximum, floor)).sum()))
    return min(limits.total, float(room.sum()))


def space_of(r: Response, limits: BudgetLimits, total: float, channel_minimum: np.ndarray | None = None,
             channel_maximum: np.ndarray | None = None, lower=None, upper=None) -> Space:
    """The lines' boxes, the total, and each channel's floor and ceiling (when any is set)."""
    lower = limits.lower if lower is None else lower
    upper = limits.upper if upper is None else upper
    if (channel_minimum is None or not np.any(channel_minimum > 0)) and \
            (channel_maximum is None or not np.any(np.isfinite(channel_maximum))):
        return Space(lower, upper, total)
    low = np.zeros(r.channels) if channel_minimum is None else np.asarray(channel_minimum, dtype=float)
    high = np.full(r.channels, np.inf) if channel_maximum is None else np.asarray(channel_maximum, dtype=float)
    return Space(lower, upper, total, r.channel_code, low, high)


def solve(r: Response, objective: str, limits: BudgetLimits, start: np.ndarray,
          warm: np.ndarray | None = None, channel_minimum: np.ndarray | None = None,
          channel_maximum: np.ndarray | None = None) -> Solution:
    """The best budgets for `objective` within `limits` and the channels' floors and ceilings (see the module
    docstring for each method).

    A frontier passes the previous level's answer as `warm`: effective reach then starts from it and the reach
    optimum instead of every deep start.
    """
    lower, upper = limits.lower, limits.upper
    if not np.any(upper > lower):  # nothing can move (no lines, or all locked or pinned by their limits)
        value = float(values(r, objective, lower)[0]) if limits.size else 0.0
        return Solution(lower.copy(), value, True, "nothing to reallocate: every line is locked or pinned")
    if objective == "reach3" and r.effective_frequency == 1:
        objective_used = "reach"  # effective reach 1+ is reach: concave
    else:
        objective_used = objective
    starts = [start] if warm is None else [start, warm]

    def space(lo, hi, total):
        return space_of(r, limits, total, channel_minimum, channel_maximum, lo, hi)

    if objective_used in ("reach", "gmv"):
        total = _spend_all(r, limits, lower, upper, channel_maximum)
        relaxed, value, bound = solve_concave(r, objective_used, space(lower, upper, total), False, starts)
        exact = is_exact(value, bound, total if objective_used == "gmv" else 0.0)
        method = "projected-gradient search on a concave objective, " + (
            "exact (the Frank–Wolfe bound meets the answer)" if exact else "within its Frank–Wolfe bound")

        def resolve(lo, hi, total, at_most, warm):
            spend = _spend_all(r, replace(limits, total=total, at_most=at_most), lo, hi, channel_maximum)
            return solve_concave(r, objective_used, space(lo, hi, spend), False, [warm])[0]
    elif objective_used == "contribution":
        relaxed, bound = allocate_contribution(r, space(lower, upper, limits.total), limits.at_most, start)
        value = float(values(r, "contribution", relaxed)[0])
        exact = bound is not None and is_exact(value, bound, limits.total)
        method = ("projected-gradient search for every set of open channels" if bound is not None else
                  f"projected-gradient search, shutting one channel at a time (more than {MAX_ENUMERATED_CHANNELS} "
                  "channels free to open: a local optimum)")
        method += ", exact (the Frank–Wolfe bound meets the answer)" if exact else ""

        def resolve(lo, hi, total, at_most, warm):
            return allocate_contribution(r, space(lo, hi, total), at_most, warm)[0]
    elif objective_used == "reach3":
        total = _spend_all(r, limits, lower, upper, channel_maximum)
        where = space(lower, upper, total)
        spread = solve_concave(r, "reach", where, False, starts)[0]
        extra = _deep_starts(r, where, spread) if warm is None else [warm]
        f = Objective(r, "reach3")
        relaxed, _, used = maximise(f, np.array([start, spread, *extra]), where)
        exact, bound = False, None
        method = (f"projected-gradient ascent from {used} starts, then Newton steps (a local optimum: effective "
                  "reach is not concave)")

        def resolve(lo, hi, total, at_most, warm):
            spend = _spend_all(r, replace(limits, total=total, at_most=at_most), lo, hi, channel_maximum)
            return maximise(f, warm[None, :], space(lo, hi, spend), iterations=100)[0]
    else:
        raise unknown_objective(objective)

    budgets = relaxed
    if objective_used != "reach3":
        bound = max(bound, float(values(r, objective_used, relaxed)[0])) if bound is not None else None
    if np.any(limits.rounded & (upper > lower)):
        budgets = round_to_units(r, objective_used, limits, relaxed, resolve,
                                 allowed=channels_allowed(r, limits, channel_minimum, channel_maximum))
        method += "; whole units by rounding and single-unit exchanges"
        value = float(values(r, objective_used, budgets)[0])
        exact = exact and bound is not None and value >= bound - 1e-9 * max(1.0, abs(bound))
    return Solution(budgets, bound, exact, method)


def channels_allowed(r: Response, limits: BudgetLimits, channel_minimum: np.ndarray | None,
                     channel_maximum: np.ndarray | None):
    """A check that a plan keeps every channel within its floor and ceiling (None when there are none)."""
    low = None if channel_minimum is None or not np.any(channel_minimum > 0) else np.asarray(channel_minimum, float)
    high = None if channel_maximum is None or not np.any(np.isfinite(channel_maximum)) else \
        np.asarray(channel_maximum, float)
    if low is None and high is None:
        return None
    tol = max(1e-6, 1e-9 * max(limits.total, 1.0))

    def allowed(budgets: np.ndarray) -> bool:
        totals = np.bincount(r.channel_code, weights=budgets, minlength=r.channels)
        return bool((low is None or np.all(totals >= low - tol)) and (high is None or np.all(totals <= high + tol)))
    return allowed


def solve_constrained(r: Response, compiled: CompiledPlan, objective: str, limits: BudgetLimits,
                      start: np.ndarray, channel_minimum: np.ndarray | None = None,
                      warm: np.ndarray | None = None) -> Solution:
    """`solve` with channel minimums (core/channel_minimums) on top of the lines' own limits, checked first."""
    if channel_minimum is not None and np.any(channel_minimum > 0):
        check_feasible(compiled, limits, channel_minimum)
    else:
        channel_minimum = None
    return solve(r, objective, limits, feasible_start(start, limits), warm, channel_minimum)


# effective reach rewards depth: besides the input and the reach optimum, the local search starts from the
# plans that put all the free money into one channel, and into one line (the most promising few)
DEEP_LINE_STARTS = 8


def _deep_starts(r: Response, space: Space, spread: np.ndarray) -> list[np.ndarray]:
    """All the free money in one channel (split as the reach optimum `spread` splits it there, or evenly), and
    all of it in one line, for the most promising lines; each moved into the limits."""
    lower, upper, total = space.lower, space.upper, space.total
    starts = []
    money = total - lower.sum()
    moving = (upper > lower) & r.reaching
    for channel in range(r.channels):
        inside = moving & (r.channel_code == channel)
        if inside.any():
            weight = np.where(inside, spread - lower, 0.0)
            weight = weight if weight.sum() > 0 else inside.astype(float)
            starts.append(lower + money * weight / weight.sum())
    candidates = np.flatnonzero(moving)
    if candidates.size:
        lines = np.tile(lower, (candidates.size, 1))
        lines[np.arange(candidates.size), candidates] = np.minimum(upper[candidates], lower[candidates] + money)
        lines = space.project(lines)
        best = np.argsort(-values(r, "reach3", lines), kind="stable")[:DEEP_LINE_STARTS]
        starts.extend(lines[best])
    return list(space.project(np.array(starts))) if starts else []


def feasible_start(start: np.ndarray, limits: BudgetLimits) -> np.ndarray:
    """The input moved into the limits (a local search needs a feasible point to start from)."""
    spend = limits.total if not limits.at_most else min(limits.total, float(limits.upper.sum()))
    spend = max(spend, float(limits.lower.sum()))
    return project_onto_budget(start, limits.lower, limits.upper, spend)[0]
