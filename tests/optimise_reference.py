"""Test-only helpers for the optimiser: seeded random plans and a multi-start SLSQP reference.

The reference knows nothing of core/optimise and its solvers: its objectives are the estimate's own totals
(core/engine/batched, which `evaluate` agrees with to the bit), batched so that SLSQP's central-difference
gradients cost one numpy call.
"""
from __future__ import annotations

import itertools
from dataclasses import replace

import numpy as np
from scipy.optimize import minimize

from market_entry_planner.core.benchmarks import default_assumptions, default_calendar, default_tactics
from market_entry_planner.core.edits import set_penetration
from market_entry_planner.core.engine.batched import batch_totals
from market_entry_planner.core.engine.compile import CompiledPlan
from market_entry_planner.core.engine.evaluate import evaluate
from market_entry_planner.core.model import LineItem, Market, Plan, Scenario

CHANNELS = ("douyin", "kuaishou", "taobao", "jd")
TACTICS = ("feed_ads", "search_ads", "brand_live", "kol_live", "kol_video")


def random_plan(rng: np.random.Generator, whole_units: bool = False, lines: tuple[int, int] = (2, 6)) -> Plan:
    """A small plan with random channels, tactics, prices, audiences, budgets, bounds and locks."""
    tactics = dict(default_tactics())
    if not whole_units:
        tactics = {key: replace(t, whole_units=False) for key, t in tactics.items()}
    market = Market(target="random", target_population=float(rng.uniform(2e6, 5e7)), aov=float(rng.uniform(150, 1200)),
                    gross_margin=float(rng.uniform(0.3, 0.8)), agency_fee=float(rng.uniform(0, 0.15)),
                    effective_frequency=int(rng.integers(2, 5)))
    channels = [str(c) for c in rng.choice(CHANNELS, size=int(rng.integers(1, 4)), replace=False)]
    items = []
    for i in range(int(rng.integers(lines[0], lines[1] + 1))):
        channel, key = str(rng.choice(channels)), str(rng.choice(TACTICS))
        tactic = tactics[key]
        overrides = {"k": float(rng.uniform(0.2, 3.0)) if rng.random() < 0.9 else float("inf"),
                     "on_target": float(rng.uniform(0.2, 1.0))}
        if tactic.buying == "cpm":
            overrides["cpm"] = float(rng.uniform(10, 120))
            overrides["cvr"] = float(rng.uniform(0.002, 0.03))
        elif tactic.buying == "cpc":
            overrides["cpc"] = float(rng.uniform(0.5, 4))
            overrides["cvr"] = float(rng.uniform(0.002, 0.03))
        else:
            price = float(rng.uniform(2e4, 3e5))
            overrides[tactic.price_parameter] = price
            overrides[tactic.audience_parameter] = price * float(rng.uniform(5, 100))
            if tactic.conversion_parameter == "gmv_per_view":
                overrides["gmv_per_view"] = float(rng.uniform(0.05, 0.6))
            else:
                overrides["cvr"] = float(rng.uniform(0.0005, 0.006))
        budget = float(np.exp(rng.uniform(np.log(2e4), np.log(3e6))))
        if tactic.whole_units:
            price = overrides[tactic.price_parameter]
            budget = float(rng.integers(0, 6)) * price
        line = LineItem(channel=channel, tactic=key, budget=budget, name=f"line {i + 1}", overrides=overrides)
        roll = rng.random()
        if roll < 0.15:
            line = replace(line, locked=True)
        else:
            if rng.random() < 0.3:
                line = replace(line, min_budget=budget * float(rng.uniform(0, 1)))
            if rng.random() < 0.3:
                line = replace(line, max_budget=budget * float(rng.uniform(1, 3)))
        items.append(line)
    plan = Plan(market=market, assumptions=default_assumptions(), tactics=tactics,
                scenarios=(Scenario("Base", tuple(items)),), title="random",
                calendar=default_calendar())
    for channel in channels:
        plan = set_penetration(plan, channel, 1.0 if rng.random() < 0.1 else float(rng.uniform(0.2, 1.0)))
    return plan


def feasible_instances(seed: int, count: int, whole_units: bool = False):
    """`count` random plans whose limits can be met, each with its request: (plan, compiled, limits, rng), the rng
    for the reference's own starts."""
    from market_entry_planner.core.engine.compile import compile_plan
    from market_entry_planner.core.optimise.budget_limits import OptimiseError, budget_limits

    rng = np.random.default_rng(seed)
    made = 0
    while made < count:
        plan = random_plan(rng, whole_units=whole_units)
        budget, at_most = random_request(rng, plan)
        compiled = compile_plan(plan)
        try:
            limits = budget_limits(plan, compiled, budget, at_most)
        except OptimiseError:
            continue
        made += 1
        yield plan, compiled, limits, np.random.default_rng([seed, made])


def random_request(rng: np.random.Generator, plan: Plan) -> tuple[float | None, bool]:
    """(budget, at_most): half the time the plan's own total, else a different total, exact or at most."""
    if rng.random() < 0.5:
        return None, bool(rng.random() < 0.3)
    return plan.total_budget * float(rng.uniform(0.5, 1.6)), bool(rng.random() < 0.5)


# ---- the reference's objectives, for rows of budgets (S, lines) ----

def reference_values(c: CompiledPlan, objective: str, budgets) -> np.ndarray:
    """The objective as the estimate reports it, for rows of budgets (S, lines)."""
    totals = batch_totals(c, np.atleast_2d(budgets),
                          totals=("reach", "effective_reach", "gmv", "contribution", "marketing_cost"))
    return objective_of(totals, objective)


def _slsqp(c, objective, lower, upper, total, at_most, starts, scipy_differences=False, channel_minimum=None):
    """Best of SLSQP runs from each start; values are measured with `evaluate` at the clipped answer.

    scipy_differences: leave the gradient to scipy's own finite differences (one objective call per line, as a
    black-box use of SLSQP does) instead of the batched gradient."""
    scale = max(total, 1.0)
    lo, hi = lower / scale, upper / scale
    norm = max(abs(float(reference_values(c, objective, starts[0])[0])), 1.0)
    n = c.size
    h = 1e-7

    cache = {}

    def both(x):  # value and central differences in one batched call; SLSQP asks for both at each point
        key = x.tobytes()
        if key not in cache:
            rows = np.concatenate([x[None, :], x + h * np.eye(n), np.maximum(x - h * np.eye(n), 0.0)])
            v = reference_values(c, objective, rows * scale) / norm
            step = (rows[1:n + 1] - rows[n + 1:]).diagonal()
            cache.clear()
            cache[key] = (-v[0], -(v[1:n + 1] - v[n + 1:]) / np.maximum(step, 1e-300))
        return cache[key]

    def fun(x):
        return both(x)[0]

    def jac(x):
        return both(x)[1]

    if scipy_differences:
        def fun(x):
            return -reference_values(c, objective, x * scale)[0] / norm

        jac = None
    constraint = ({"type": "ineq", "fun": lambda x: total / scale - x.sum(), "jac": lambda x: -np.ones(n)}
                  if at_most else {"type": "eq", "fun": lambda x: x.sum() - total / scale, "jac": lambda x: np.ones(n)})
    constraints = [constraint]
    if channel_minimum is not None:  # Σ_{lines of c} b ≥ minimum_c, one linear inequality per channel
        for channel in np.flatnonzero(channel_minimum > 0):
            row = (c.channel_code == channel).astype(float)
            constraints.append({"type": "ineq", "fun": lambda x, row=row, m=channel_minimum[channel] / scale:
                                row @ x - m, "jac": lambda x, row=row: row})
    bounds = [(l, None if np.isinf(u) else u) for l, u in zip(lo, hi)]
    best, best_b = -np.inf, None
    for start in starts:
        x0 = np.clip(start / scale, lo, hi)
        result = minimize(fun, x0, jac=jac, bounds=bounds, constraints=constraints, method="SLSQP",
                          options={"maxiter": 300, "ftol": 1e-11})
        b = _feasible(np.clip(result.x, lo, hi) * scale, lower, upper, total, at_most)
        if channel_minimum is not None:  # a run that stopped outside the channel constraints is no answer
            totals = np.bincount(c.channel_code, weights=b, minlength=len(c.channels))
            if np.any(totals < channel_minimum - 1e-6 * max(total, 1.0)):
                continue
        value = objective_of(evaluate(c, b).total, objective)
        if value > best:
            best, best_b = value, b
    return best, best_b


def _feasible(b, lower, upper, total, at_most):
    """SLSQP meets the total only to about 1e-6: put its answer exactly on the budget (money moved pro rata to
    each line's room), so that the reference never wins by spending a few yuan too many."""
    for _ in range(3):
        gap = total - b.sum()
        if (at_most and gap >= 0) or gap == 0:
            break
        room = np.where(gap > 0, np.minimum(upper - b, abs(gap)), b - lower)
        if room.sum() <= 0:
            break
        b = np.clip(b + np.sign(gap) * room * min(1.0, abs(gap) / room.sum()), lower, upper)
    return b


def objective_of(total: dict, objective: str):
    return {"reach": total["reach"], "reach3": total["effective_reach"], "gmv": total["gmv"],
            "contribution": total["contribution"] - total["marketing_cost"]}[objective]


def reference_best(c: CompiledPlan, objective: str, lower, upper, total: float, at_most: bool,
                   rng: np.random.Generator, starts: int = 3, scipy_differences: bool = False,
                   channel_minimum: np.ndarray | None = None) -> float:
    """Multi-start SLSQP: the input, an even split and random splits; for contribution, every set of open
    channels (its fixed costs make the objective jump at a channel's first yuan, which SLSQP cannot see)."""
    lower, upper = np.asarray(lower, float), np.asarray(upper, float)
    room = np.where(np.isfinite(upper), upper, lower + total) - lower
    points = [c.budgets, lower + room * max(0.0, total - lower.sum()) / max(room.sum(), 1e-9)]
    money = max(0.0, total - lower.sum())
    for _ in range(starts):
        points.append(np.minimum(lower + rng.dirichlet(np.ones(c.size)) * money, upper))
    if objective != "contribution":
        return _slsqp(c, objective, lower, upper, total, at_most, points, scipy_differences, channel_minimum)[0]
    best = -np.inf
    channels = len(c.channels)
    for closed in itertools.product((False, True), repeat=channels):
        shut = np.array(closed)[c.channel_code]
        if np.any(shut & (lower > 0)) or (channel_minimum is not None and np.any(np.array(closed)
                                                                                 & (channel_minimum > 0))):
            continue
        up = np.where(shut, 0.0, upper)
        if not at_most and up.sum() < total - 1e-9 * total:
            continue
        best = max(best, _slsqp(c, objective, lower, up, total, at_most, [np.where(shut, 0.0, points[1])],
                                scipy_differences, channel_minimum)[0])
    return best


# ---- with a marketer's constraints: channel maximums and shares, KPI floors ----

def reference_floor_slack(c: CompiledPlan, kpi: str, level: float, budgets) -> np.ndarray:
    """g(b) − c ≥ 0 for a KPI floor, from the estimate's own totals (rows of budgets)."""
    b = np.atleast_2d(budgets)
    t = batch_totals(c, b, totals=("reach", "effective_reach", "gmv", "contribution", "marketing_cost"))
    if kpi == "roas":
        return t["gmv"] - level * b.sum(axis=1)
    if kpi == "roi":
        return t["contribution"] - t["marketing_cost"] - level * t["marketing_cost"]
    if kpi == "contribution":
        return t["contribution"] - t["marketing_cost"] - level
    return {"reach": t["reach"], "reach3": t["effective_reach"], "gmv": t["gmv"]}[kpi] - level


def reference_constrained(c: CompiledPlan, objective: str, lower, upper, total: float, at_most: bool,
                          rng: np.random.Generator, starts: int = 3, channel_low=None, channel_high=None,
                          shares: dict | None = None, floors: dict | None = None) -> tuple[float, np.ndarray | None]:
    """Multi-start SLSQP with channel floors and ceilings (amounts, per channel), shares of the money spent
    ({channel index: (low, high)}) and KPI floors ({kpi: level}) as constraints; contribution and profit ROI
    floors over every set of open channels. (value, budgets) of the best run that meets every constraint."""
    lower, upper = np.asarray(lower, float), np.asarray(upper, float)
    scale = max(total, 1.0)
    n = c.size
    h = 1e-7
    code = c.channel_code
    linear = []  # (row, bound): row·x ≥ bound, x in units of the total
    for j in range(len(c.channels)):
        row = (code == j).astype(float)
        if channel_low is not None and channel_low[j] > 0:
            linear.append((row, channel_low[j] / scale))
        if channel_high is not None and np.isfinite(channel_high[j]):
            linear.append((-row, -channel_high[j] / scale))
        if shares and j in shares:
            low, high = shares[j]
            linear.append((row - low, 0.0))
            linear.append((high - row, 0.0))
    floors = floors or {}

    def nonlinear(kpi, level):
        norm = scale if kpi not in ("reach", "reach3") else c.population

        def both(x):
            rows = np.concatenate([x[None, :], x + h * np.eye(n), np.maximum(x - h * np.eye(n), 0.0)])
            v = reference_floor_slack(c, kpi, level, rows * scale) / norm
            step = (rows[1:n + 1] - rows[n + 1:]).diagonal()
            return v[0], (v[1:n + 1] - v[n + 1:]) / np.maximum(step, 1e-300)
        return {"type": "ineq", "fun": lambda x: both(x)[0], "jac": lambda x: both(x)[1]}

    extra = [{"type": "ineq", "fun": lambda x, row=row, bound=bound: row @ x - bound, "jac": lambda x, row=row: row}
             for row, bound in linear] + [nonlinear(k, v) for k, v in floors.items()]

    def meets(b):
        tol = 1e-6 * scale
        sums = np.bincount(code, weights=b, minlength=len(c.channels))
        if channel_low is not None and np.any(sums < channel_low - tol):
            return False
        if channel_high is not None and np.any(sums > channel_high + tol):
            return False
        spent = b.sum()
        for j, (low, high) in (shares or {}).items():
            if sums[j] < low * spent - tol or sums[j] > high * spent + tol:
                return False
        for kpi, level in floors.items():
            norm = scale if kpi not in ("reach", "reach3") else c.population
            if reference_floor_slack(c, kpi, level, b)[0] < -1e-6 * norm:
                return False
        return True

    room = np.where(np.isfinite(upper), upper, lower + total) - lower
    money = max(0.0, total - lower.sum())
    points = [c.budgets, lower + room * money / max(room.sum(), 1e-9)]
    for _ in range(starts):
        points.append(np.minimum(lower + rng.dirichlet(np.ones(n)) * money, upper))
    fixed_matter = objective == "contribution" or any(k in ("roi", "contribution") for k in floors)
    closings = itertools.product((False, True), repeat=len(c.channels)) if fixed_matter else [(False,) * len(c.channels)]
    best, best_b = -np.inf, None
    for closed in closings:
        shut = np.array(closed)[code]
        if np.any(shut & (lower > 0)) or (channel_low is not None and np.any(np.array(closed) & (channel_low > 0))):
            continue
        up = np.where(shut, 0.0, upper)
        if not at_most and up.sum() < total - 1e-9 * total:
            continue
        run_points = points if not fixed_matter else [np.where(shut, 0.0, p) for p in points[:2]]
        value, b = _slsqp_with(c, objective, lower, up, total, at_most, run_points, extra, meets)
        if value > best:
            best, best_b = value, b
    return best, best_b


def _slsqp_with(c, objective, lower, upper, total, at_most, starts, extra, meets):
    scale = max(total, 1.0)
    lo, hi = lower / scale, upper / scale
    n = c.size
    h = 1e-7
    norm = max(abs(float(reference_values(c, objective, starts[0])[0])), 1.0)
    cache = {}

    def both(x):
        key = x.tobytes()
        if key not in cache:
            rows = np.concatenate([x[None, :], x + h * np.eye(n), np.maximum(x - h * np.eye(n), 0.0)])
            v = reference_values(c, objective, rows * scale) / norm
            step = (rows[1:n + 1] - rows[n + 1:]).diagonal()
            cache.clear()
            cache[key] = (-v[0], -(v[1:n + 1] - v[n + 1:]) / np.maximum(step, 1e-300))
        return cache[key]

    total_constraint = ({"type": "ineq", "fun": lambda x: total / scale - x.sum(), "jac": lambda x: -np.ones(n)}
                        if at_most else {"type": "eq", "fun": lambda x: x.sum() - total / scale,
                                         "jac": lambda x: np.ones(n)})
    bounds = [(low, None if np.isinf(high) else high) for low, high in zip(lo, hi)]
    best, best_b = -np.inf, None
    for start in starts:
        x0 = np.clip(start / scale, lo, hi)
        result = minimize(lambda x: both(x)[0], x0, jac=lambda x: both(x)[1], bounds=bounds,
                          constraints=[total_constraint, *extra], method="SLSQP",
                          options={"maxiter": 300, "ftol": 1e-11})
        b = _feasible(np.clip(result.x, lo, hi) * scale, lower, upper, total, at_most)
        if not meets(b):
            continue
        value = objective_of(evaluate(c, b).total, objective)
        if value > best:
            best, best_b = value, b
    return best, best_b
