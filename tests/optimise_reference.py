"""Test-only helpers for the optimiser: seeded random plans and a multi-start SLSQP reference.

The reference knows nothing of core/optimise and its solvers: its objectives are written from DESIGN.md's
definitions (reach) or from the engine's own primitives and `evaluate` (effective reach, GMV, contribution),
batched so that SLSQP's finite-difference gradients cost one numpy call.
"""
from __future__ import annotations

import itertools
from dataclasses import replace

import numpy as np
from scipy.optimize import minimize

from market_entry_planner.core.benchmarks import default_assumptions, default_calendar, default_tactics
from market_entry_planner.core.edits import set_penetration
from market_entry_planner.core.engine import reach as nbd
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

def _rates(c: CompiledPlan):
    ones = evaluate(c, np.ones(c.size)).line  # linear per yuan
    profit = ones["contribution"] - (1.0 + c.agency_fee)
    return ones["gmv"], profit


def reference_values(c: CompiledPlan, objective: str, budgets) -> np.ndarray:
    b = np.atleast_2d(budgets)
    audience = c.audience[c.channel_code]
    target = b * c.impressions_per_yuan * c.params["on_target"]
    one_hot = np.zeros((c.size, len(c.channels)))
    one_hot[np.arange(c.size), c.channel_code] = 1.0
    if objective == "reach":  # DESIGN.md: NBD per line, independent within a channel, Sainsbury across
        k = c.params["k"]
        with np.errstate(divide="ignore", invalid="ignore"):
            unreached = np.where(np.isinf(k), np.exp(-target / audience), (1 + target / (k * audience)) ** -k)
        unreached = np.where(audience > 0, unreached, 1.0)
        channel_share = 1 - np.exp(np.log(unreached) @ one_hot)          # R_c / A_c
        channel_reach = c.audience * channel_share
        return c.population * (1 - np.prod(1 - channel_reach / c.population, axis=1))
    if objective == "reach3":
        n = c.effective_frequency
        mean = np.divide(target, audience, out=np.zeros_like(target), where=audience > 0)
        coeffs = nbd.log_pgf(mean, np.broadcast_to(c.params["k"], mean.shape), n) @ one_hot   # (n, S, C)
        mixed = nbd.population_mixture(nbd.pmf_head(coeffs), c.audience / c.population)
        total = np.zeros((n, b.shape[0]))
        total[0] = 1.0
        for g in range(len(c.channels)):
            total = np.stack([sum(total[i] * mixed[j - i, :, g] for i in range(j + 1)) for j in range(n)])
        return c.population * (1 - total.sum(axis=0))
    gmv_rate, profit_rate = _rates(c)
    if objective == "gmv":
        return b @ gmv_rate
    active = (b @ one_hot) > 0
    return b @ profit_rate - active @ c.fixed_costs


def _slsqp(c, objective, lower, upper, total, at_most, starts, scipy_differences=False, channel_minimum=None):
    """Best of SLSQP runs from each start; values are measured with `evaluate` at the clipped answer.

    scipy_differences: leave the gradient to scipy's own finite differences (one objective call per line, as a
    black-box use of SLSQP does) instead of the batched gradient."""
    scale = max(total, 1.0)
    lo, hi = lower / scale, upper / scale
    norm = max(abs(float(reference_values(c, objective, starts[0])[0])), 1.0)
    n = c.size
    h = 1e-7

    if objective in ("gmv", "contribution"):  # linear between the fixed-cost steps: the gradient is the rates
        rate = _rates(c)[0 if objective == "gmv" else 1] * scale / norm

        def fun(x):
            return -reference_values(c, objective, x * scale)[0] / norm

        def jac(x):
            return -rate
    else:
        cache = {}

        def both(x):  # value and central differences in one batched call; SLSQP asks for both at each point
            key = x.tobytes()
            if key not in cache:
                rows = np.concatenate([x[None, :], x + h * np.eye(n), x - h * np.eye(n)])
                v = reference_values(c, objective, rows * scale) / norm
                cache.clear()
                cache[key] = (-v[0], -(v[1:n + 1] - v[n + 1:]) / (2 * h))
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


def objective_of(total: dict, objective: str) -> float:
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
