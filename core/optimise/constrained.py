"""The optimiser with a marketer's constraints (core/optimise/constraints): channel minimums, maximums and
shares, and KPI floors, on top of the lines' own limits.

- Channel limits for a known amount spent are each channel's floor and ceiling: the unconstrained solvers
  (`optimiser.solve`) take them as they are, and stay certified.
- With an "at most" total, shares are of the money actually spent, which the search then chooses: for reach,
  GMV and effective reach (never worse with more money, no floors) that is the most the limits allow (a linear
  programme); otherwise a one-dimensional search over the amount spent (a coarse grid, then golden-section
  refinement), each point an exact-total search.
- KPI floors: the Lagrangian search of core/optimise/constraints over the same space; whole units are then
  rounded with the floors held on the divisible lines.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from scipy.optimize import linprog

from market_entry_planner.core.engine.compile import CompiledPlan
from market_entry_planner.core.optimise.budget_limits import BudgetLimits, OptimiseError
from market_entry_planner.core.optimise.constraints import (
    FLOOR_TOLERANCE,
    Constraints,
    Weighted,
    best_weighted,
    floor_scale,
    floor_slack,
    solve_with_floors,
)
from market_entry_planner.core.optimise.objectives import Response, values
from market_entry_planner.core.optimise.solver import Solution, channels_allowed, feasible_start, solve, space_of
from market_entry_planner.core.optimise.whole_units import round_to_units
from market_entry_planner.core.problems import Problem

GRID = 5
GOLDEN_STEPS = 10


@dataclass
class ConstrainedSolution:
    budgets: np.ndarray
    upper_bound: float | None
    exact: bool
    method: str
    channel_low: np.ndarray
    channel_high: np.ndarray
    multipliers: dict


def spend_range(compiled: CompiledPlan, limits: BudgetLimits, constraints: Constraints,
                channel_minimum: np.ndarray | None = None) -> tuple[float, float]:
    """The least and most that can be spent within every linear limit (at most the total)."""
    n = compiled.size
    code = compiled.channel_code
    ones = np.ones(n)
    rows, bounds_ub = [ones], [limits.total]
    minimum = np.zeros(len(compiled.channels)) if channel_minimum is None else channel_minimum
    for j, channel in enumerate(compiled.channels):
        row = (code == j).astype(float)
        low = max(float(minimum[j]), float(constraints.channel_minimums.get(channel, 0.0)))
        if low > 0:
            rows.append(-row)
            bounds_ub.append(-low)
        if channel in constraints.channel_maximums:
            rows.append(row)
            bounds_ub.append(float(constraints.channel_maximums[channel]))
        if channel in constraints.channel_shares:
            share_low, share_high = constraints.channel_shares[channel]
            rows.append(-(row - share_low * ones))
            bounds_ub.append(0.0)
            rows.append(row - share_high * ones)
            bounds_ub.append(0.0)
    scale = max(limits.total, 1.0)
    bounds = [(lo / scale, None if not np.isfinite(hi) else hi / scale) for lo, hi in zip(limits.lower, limits.upper)]
    answers = []
    for sign in (1.0, -1.0):
        result = linprog(sign * ones, A_ub=np.array(rows), b_ub=np.array(bounds_ub) / scale + 1e-12, bounds=bounds,
                         method="highs")
        if result.status != 0:
            raise OptimiseError([Problem("These limits leave no plan (the channel shares, minimums and maximums "
                                         "cannot all hold with the lines' own limits).")])
        answers.append(float(result.x.sum()) * scale)
    return max(answers[0], float(limits.lower.sum())), min(answers[1], limits.total)


def solve_constrained_plan(r: Response, compiled: CompiledPlan, objective: str, limits: BudgetLimits,
                           start: np.ndarray, constraints: Constraints,
                           channel_minimum: np.ndarray | None = None) -> ConstrainedSolution:
    """The best budgets for `objective` within the limits and the constraints (see the module docstring)."""
    monotone = objective in ("reach", "reach3", "gmv")
    floors = dict(constraints.floors)
    if not limits.at_most:
        return _at_spend(r, compiled, objective, limits, start, constraints, channel_minimum, limits.total, False)
    if not constraints.has_shares:
        return _at_spend(r, compiled, objective, limits, start, constraints, channel_minimum, limits.total, True)
    low, high = spend_range(compiled, limits, constraints, channel_minimum)
    if monotone and not floors:
        exact = replace(limits, total=high, at_most=False)
        return _at_spend(r, compiled, objective, exact, feasible_start(start, exact), constraints, channel_minimum,
                         high, False)
    cache: dict[float, tuple[float, ConstrainedSolution | None]] = {}

    def at(spend: float) -> float:
        spend = float(spend)
        if spend not in cache:
            exact = replace(limits, total=spend, at_most=False)
            try:
                found = _at_spend(r, compiled, objective, exact, feasible_start(start, exact), constraints,
                                  channel_minimum, spend, False)
                cache[spend] = (float(values(r, objective, found.budgets)[0]), found)
            except OptimiseError:
                cache[spend] = (-np.inf, None)
        return cache[spend][0]

    grid = np.linspace(low, high, GRID) if high > low else np.array([low])
    scores = [at(s) for s in grid]
    k = int(np.argmax(scores))
    a, b = grid[max(k - 1, 0)], grid[min(k + 1, len(grid) - 1)]
    ratio = (np.sqrt(5) - 1) / 2
    for _ in range(GOLDEN_STEPS if b > a else 0):
        c, d = b - ratio * (b - a), a + ratio * (b - a)
        if at(c) >= at(d):
            b = d
        else:
            a = c
    best = max(cache, key=lambda s: cache[s][0])
    if cache[best][1] is None:
        raise OptimiseError([Problem("No amount spent within the total meets every constraint.")])
    found = cache[best][1]
    found.exact = False
    found.upper_bound = None
    found.method += f"; the amount spent chosen by a search over ¥{low:,.0f}–¥{high:,.0f} (shares of what is spent)"
    return found


def _at_spend(r, compiled, objective, limits, start, constraints, channel_minimum, spend, at_most):
    low, high = constraints.channel_bounds(compiled, spend)
    if channel_minimum is not None:
        low = np.maximum(low, channel_minimum)
    floors = dict(constraints.floors)
    if not floors:
        solution: Solution = solve(r, objective, limits, start, None, low, high)
        return ConstrainedSolution(solution.budgets, solution.upper_bound, solution.exact, solution.method, low,
                                   high, {})
    space = space_of(r, limits, limits.total, low, high)
    found = solve_with_floors(r, objective, floors, space, at_most, start)
    budgets, bound = found.budgets, found.bound
    # effective reach is not concave (as objective or floor), and fixed costs make ROI and profit floors jump at a
    # channel's first yuan: there the Lagrangian can miss, so a local NLP from its answer, the input and an even
    # split, and the better plan is kept
    if objective in ("reach3", "contribution") or any(k in ("reach3", "roi", "contribution") for k in floors):
        room = np.where(np.isfinite(limits.upper), limits.upper, limits.lower + limits.total) - limits.lower
        even = limits.lower + room * max(0.0, limits.total - limits.lower.sum()) / max(room.sum(), 1e-9)
        other = local_nlp(r, objective, floors, space, at_most, np.array([budgets, start, even]))
        if other is not None and float(values(r, objective, other)[0]) > float(values(r, objective, budgets)[0]):
            budgets = other
    method = ("the objective with a Lagrange multiplier per KPI floor, each found by a bracketed secant search; "
              "every inner search the projected-gradient one")
    exact = bound is not None and bound - float(values(r, objective, budgets)[0]) <= 1e-6 * max(
        1.0, abs(bound), limits.total if objective != "reach" else 0.0)
    if np.any(limits.rounded & (limits.upper > limits.lower)):
        weighted = Weighted.of(objective, found.multipliers, floors, r)
        open_set = np.bincount(r.channel_code, weights=budgets, minlength=r.channels) > 0 \
            if weighted.fixed != 0 else None

        def resolve(lo, hi, total, at_most_here, warm):  # the divisible lines at the floors' multipliers
            here = space.restricted(lo, hi, total)
            if not np.any(hi > lo):
                return np.asarray(lo, dtype=float).copy()
            return best_weighted(r, weighted, here, at_most_here, warm, iterations=200, only=open_set).budgets

        def score(rows):  # the objective, less a penalty far above any gain for each floor a move breaks
            rows = np.atleast_2d(rows)
            value = values(r, objective, rows)
            short = sum(np.maximum(-floor_slack(r, k, c, rows), 0.0) / floor_scale(r, k, limits.total)
                        for k, c in floors.items())
            return value - 1e6 * max(1.0, abs(float(value[0]))) * short

        budgets = round_to_units(r, objective, limits, budgets, resolve, score,
                                 allowed=channels_allowed(r, limits, low, high))
        method += "; whole units by rounding and single-unit exchanges"
        exact = False
    if exact:
        method += ", exact (the dual bound meets the answer)"
    return ConstrainedSolution(budgets, bound, exact, method, low, high, found.multipliers)


def floors_met(r: Response, floors: dict, budgets: np.ndarray, total: float) -> dict[str, bool]:
    """Per floor: does the plan hold it (to a ten-millionth of its scale)?"""
    return {kpi: bool(floor_slack(r, kpi, level, budgets)[0] >= -FLOOR_TOLERANCE * 10 * floor_scale(r, kpi, total))
            for kpi, level in floors.items()}


def local_nlp(r: Response, objective: str, floors: dict, space, at_most: bool, starts) -> np.ndarray | None:
    """Effective reach is not concave, so the Lagrangian can miss: SLSQP (scipy) with the model's exact gradients
    from a few starts, the floors and the channel limits as its constraints. The best start that ends meeting
    every constraint, or None."""
    from scipy.optimize import minimize

    from market_entry_planner.core.optimise.constraints import WeightedObjective, _ratio_weighted, kpi_objective

    lower, upper = np.asarray(space.lower, float), np.asarray(space.upper, float)
    total = float(space.total)
    scale = max(total, 1.0)
    n = len(lower)
    f = WeightedObjective(r, Weighted.of(objective, {}, {}, r))
    norm = max(abs(float(f.values(np.atleast_2d(starts)[0])[0])), 1.0)
    constraints = [{"type": "ineq", "fun": lambda x: total / scale - x.sum(), "jac": lambda x: -np.ones(n)}
                   if at_most else {"type": "eq", "fun": lambda x: x.sum() - total / scale,
                                    "jac": lambda x: np.ones(n)}]
    if space.group is not None:
        for g in range(len(space.group_low)):
            row = (space.group == g).astype(float)
            if space.group_low[g] > 0:
                constraints.append({"type": "ineq", "fun": lambda x, row=row, g=g: row @ x - space.group_low[g] / scale,
                                    "jac": lambda x, row=row: row})
            if np.isfinite(space.group_high[g]):
                constraints.append({"type": "ineq", "fun": lambda x, row=row, g=g: space.group_high[g] / scale - row @ x,
                                    "jac": lambda x, row=row: -row})
    for kpi, level in floors.items():
        g = WeightedObjective(r, _ratio_weighted(r, kpi, level) if kpi in ("roi", "roas")
                              else Weighted.of(kpi_objective(kpi), {}, {}, r))
        offset = 0.0 if kpi in ("roi", "roas") else level
        fixed = -(1.0 + level) if kpi == "roi" else (-1.0 if kpi == "contribution" else 0.0)
        g_norm = floor_scale(r, kpi, total)

        def fun(x, g=g, offset=offset, fixed=fixed, g_norm=g_norm):
            b = x * scale
            opened = (np.bincount(r.channel_code, weights=b, minlength=r.channels) > 0) @ r.fixed_costs
            return (float(g.values(b[None, :])[0]) - offset + fixed * opened) / g_norm

        def jac(x, g=g, g_norm=g_norm):
            return g.gradients((x * scale)[None, :])[0] * scale / g_norm
        constraints.append({"type": "ineq", "fun": fun, "jac": jac})

    def objective_fn(x):
        value, grad = f.value_and_gradient((x * scale)[None, :])
        fixed = -float((np.bincount(r.channel_code, weights=x, minlength=r.channels) > 0) @ r.fixed_costs) \
            if objective == "contribution" else 0.0
        return -(float(value[0]) + fixed) / norm, -grad[0] * scale / norm

    bounds = [(lo / scale, None if not np.isfinite(hi) else hi / scale) for lo, hi in zip(lower, upper)]
    best, best_value = None, -np.inf
    for start in np.atleast_2d(starts):
        x0 = np.clip(start / scale, lower / scale, upper / scale)
        result = minimize(objective_fn, x0, jac=True, bounds=bounds, constraints=constraints, method="SLSQP",
                          options={"maxiter": 200, "ftol": 1e-12})
        b = space.project(np.clip(result.x, lower / scale, upper / scale)[None, :] * scale)[0] if not at_most \
            else np.clip(result.x * scale, lower, upper)
        if at_most and b.sum() > total:
            b = b * (total / b.sum())
        if not _holds_space(r, floors, space, b, at_most):
            continue
        value = float(values(r, objective, b)[0])
        if value > best_value:
            best, best_value = b, value
    return best


def _holds_space(r: Response, floors: dict, space, b: np.ndarray, at_most: bool) -> bool:
    tol = 1e-7 * max(space.total, 1.0)
    if np.any(b < space.lower - tol) or np.any(b > space.upper + tol):
        return False
    if (at_most and b.sum() > space.total + tol) or (not at_most and abs(b.sum() - space.total) > tol):
        return False
    if space.group is not None:
        sums = np.bincount(space.group, weights=b, minlength=len(space.group_low))
        if np.any(sums < space.group_low - tol) or np.any(sums > space.group_high + tol):
            return False
    return all(floors_met(r, floors, b, space.total).values())
