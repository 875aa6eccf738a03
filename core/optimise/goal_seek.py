"""What does it take? The least total budget that reaches a target, with the plan's locks, limits, channel
constraints and KPI floors.

The best a budget T can do (the optimiser at T) never falls as T grows for reach, effective reach and GMV, and
rises up to its peak for contribution − marketing cost (concave in T): so the least T reaching a target is a
one-dimensional search — grow T until the target is reached (or the best stops growing: then the target is out of
reach at any budget, and the answer says the best attainable), then bisect to a ten-thousandth of the budget.

ROAS and profit ROI fall as the budget grows (sales saturate), so the least budget with a ROAS of 3 is simply the
smallest the limits allow. The question a marketer means is the other end: **how much can we spend and still
hold a ROAS of 3** (Robyn's "target efficiency"). For them the answer is the largest T at which some plan holds the
ratio, found the same way; its plan is the most GMV (ROAS) or profit (ROI) holding it.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from market_entry_planner.core.engine.compile import CompiledPlan, compile_plan
from market_entry_planner.core.model import Plan
from market_entry_planner.core.optimise.budget_limits import OptimiseError
from market_entry_planner.core.optimise.constraints import Constraints, format_kpi, kpi_values
from market_entry_planner.core.optimise.objectives import response_of
from market_entry_planner.core.optimise.optimiser import Optimisation, objective_value, optimise
from market_entry_planner.core.problems import Problem

TARGET_KPIS = ("reach", "reach_pct", "reach3", "reach3_pct", "gmv", "contribution", "roas", "roi")
TARGET_LABELS = {"reach": "reach", "reach_pct": "reach", "reach3": "effective reach", "reach3_pct": "effective reach",
                 "gmv": "GMV", "contribution": "contribution − marketing cost", "roas": "ROAS", "roi": "profit ROI"}
_OBJECTIVE = {"reach": "reach", "reach_pct": "reach", "reach3": "reach3", "reach3_pct": "reach3", "gmv": "gmv",
              "contribution": "contribution", "roas": "gmv", "roi": "contribution"}
PRECISION = 1e-4      # the budget found is within this share of the least (most) that does it
LARGEST = 1e11        # ¥100bn: no market-entry plan looks further
STALL = 1e-7          # doubling the budget adds less than this share: the best is reached
MAX_STEPS = 200       # a search that has not closed in by then stops (bisection needs ~50 steps for 1e-4 of ¥1e11)


@dataclass(frozen=True, eq=False)
class GoalSeek:
    kpi: str                          # one of TARGET_KPIS
    target: float                     # in the KPI's own unit (people, CNY, a ratio; a share for the _pct ones)
    reached: bool
    budget: float | None              # the least (ratios: the most) total that does it; None when out of reach
    optimisation: Optimisation | None  # the best plan at that budget (at the best budget tried when out of reach)
    best: float                       # the best value seen (out of reach: the best attainable)
    best_budget: float
    most: bool                        # True for ROAS and ROI: the most that can be spent holding the ratio
    evaluations: int
    message: str

    @property
    def objective(self) -> str:
        return _OBJECTIVE[self.kpi]


def _value(o: Optimisation, kpi: str) -> float:
    if kpi in ("reach_pct", "reach3_pct"):
        return objective_value(o.after, _OBJECTIVE[kpi]) / max(o.compiled.population, 1e-300)
    if kpi in ("roas", "roi"):
        return float(o.after.total[kpi])
    return objective_value(o.after, _OBJECTIVE[kpi])


def goal_seek(plan: Plan, kpi: str, target: float, constraints: Constraints | None = None,
              compiled: CompiledPlan | None = None, step: float = 0.0, precision: float = PRECISION) -> GoalSeek:
    """The least total budget reaching `target` on `kpi` (ROAS and ROI: the most that still holds it); see the
    module docstring. Raises OptimiseError when the constraints conflict whatever the budget."""
    if kpi not in TARGET_KPIS:
        raise OptimiseError([Problem(f"Unknown target '{kpi}': choose one of {', '.join(TARGET_KPIS)}.")])
    if not np.isfinite(target):
        raise OptimiseError([Problem(f"The target must be a number, not {target}.")])
    compiled = compile_plan(plan) if compiled is None else compiled
    constraints = constraints or Constraints()
    objective = _OBJECTIVE[kpi]
    ratio = kpi in ("roas", "roi")
    # the search runs on the plan with every unit divisible (its solver is exact and faster); the answer is then
    # checked, and if need be raised a little, on the plan as it is (whole KOL sessions and videos)
    whole = bool(np.any(compiled.whole_units))
    divisible = replace(plan, tactics={key: replace(t, whole_units=False) for key, t in plan.tactics.items()}) \
        if whole else plan
    divisible_compiled = compile_plan(divisible) if whole else compiled
    count = [0]

    def run(total: float, real: bool) -> Optimisation | None:
        count[0] += 1
        asked = constraints
        if ratio:
            asked = replace(constraints, floors={**constraints.floors, kpi: float(target)})
        try:
            with np.errstate(all="ignore"):
                return optimise(plan if real else divisible, objective, float(total),
                                at_most=objective != "contribution" and not ratio,
                                compiled=compiled if real else divisible_compiled, constraints=asked,
                                step=step if real else 0.0)
        except (OptimiseError, ValueError, FloatingPointError):
            return None

    cache: dict[float, Optimisation | None] = {}

    def at(total: float) -> Optimisation | None:
        total = float(total)
        if total not in cache:
            cache[total] = run(total, False)
        return cache[total]

    def value(o: Optimisation | None) -> float:
        return -np.inf if o is None else _value(o, kpi)

    tiny = 1e-9 * max(abs(target), 1.0)
    low = _least_budget(plan, compiled, constraints)
    top = _most_budget(plan, compiled)
    first = at(low)
    if first is None and not ratio:
        optimise(divisible, objective, low, compiled=divisible_compiled, constraints=constraints)  # names the conflict
    if ratio:
        found = _most_holding(plan, kpi, target, compiled, at, low, top, precision, lambda: count[0])
        return _settle(found, run, step, precision)
    if objective == "contribution":
        peak = run(min(top, LARGEST), False) if np.isfinite(top) else None
        if peak is None:
            with np.errstate(all="ignore"):
                peak = optimise(divisible, "contribution", min(top, LARGEST), at_most=True,
                                compiled=divisible_compiled, constraints=constraints)
        if value(peak) < target - tiny:
            return _out_of_reach(kpi, target, peak, float(peak.budgets_after.sum()), count[0], compiled)
        high = max(float(peak.budgets_after.sum()), low)
    else:
        high = max(low, float(compiled.budgets.sum()), 1e4)
    if value(first) >= target - tiny:
        return _settle(_found(kpi, target, low, first, count[0], compiled), run, step, precision)
    best_o, best_value = first, value(first)
    while value(at(high)) < target - tiny:
        o = at(high)
        here = value(o)
        stalled = here <= best_value + STALL * max(abs(best_value), 1.0)
        if here > best_value:
            best_o, best_value = o, here
        if high >= top or high >= LARGEST or (stalled and high > 4 * max(low, 1.0)):
            return _out_of_reach(kpi, target, best_o, float(best_o.budgets_after.sum()), count[0], compiled)
        low = high
        high = min(2 * high, top, LARGEST)
    # the least budget in [low, high]: false position on value − target (rising, concave), every third step
    # a bisection so that both ends close in
    low_gap, high_gap = value(at(low)) - target, value(at(high)) - target
    turn = 0
    while high - low > precision * high and turn < MAX_STEPS:
        turn += 1
        if turn % 3 == 0 or not (np.isfinite(low_gap) and high_gap > low_gap):
            middle = (low + high) / 2
        else:
            middle = low + (high - low) * (-low_gap) / (high_gap - low_gap)
            middle = min(max(middle, low + 0.01 * (high - low)), high - 0.01 * (high - low))
        gap = value(at(middle)) - target
        if gap >= -tiny:
            high, high_gap = middle, gap
        else:
            low, low_gap = middle, gap
    return _settle(_found(kpi, target, high, at(high), count[0], compiled), run, step, precision)


def _settle(found: GoalSeek, run, step: float, precision: float) -> GoalSeek:
    """The answer on the plan as it is (whole units, rounding step): for a target, the budget raised a little at
    a time until that plan reaches it; for a ratio, lowered until it holds it."""
    if found.budget is None:
        return found
    budget = float(found.budget)
    if step and step > 0:
        budget = float((np.floor if found.most else np.ceil)(budget / step - (0 if found.most else 1e-9)) * step)
    move = max(precision * budget, step or 0.0, 1.0)
    for _ in range(24):
        o = run(budget, True)
        if o is not None and _value(o, found.kpi) >= found.target - 1e-9 * max(abs(found.target), 1.0):
            value = _value(o, found.kpi)
            return replace(found, budget=budget, optimisation=o, best=value, best_budget=budget,
                           evaluations=found.evaluations + 1, message=_message(found, budget, value, o.compiled))
        budget = budget - move if found.most else budget + move
        move *= 2
        if budget <= 0:
            break
    return found


def _message(found: GoalSeek, budget: float, value: float, compiled) -> str:
    if found.most:
        return (f"Up to ¥{budget:,.0f} can be spent with {TARGET_LABELS[found.kpi]} at or above "
                f"{format_kpi(found.kpi, found.target)} ({format_kpi(found.kpi, value)} there); a little more and "
                "no plan holds it.")
    return (f"¥{budget:,.0f} is the least budget that reaches {TARGET_LABELS[found.kpi]} of "
            f"{_target_text(found.kpi, found.target, compiled)} ({_target_text(found.kpi, value, compiled)} at that "
            "budget).")


def _most_holding(plan, kpi, target, compiled, at, low, top, precision, evaluations_of) -> GoalSeek:
    """ROAS, ROI: the largest total at which a plan holds the ratio."""
    first = at(low)
    r = response_of(compiled)
    if first is None:
        best = float(kpi_values(r, kpi, compiled.budgets)[0])
        o = optimise(plan, _OBJECTIVE[kpi], low, compiled=compiled)
        best = max(best, float(o.after.total[kpi]))
        text = (f"{TARGET_LABELS[kpi]} of {format_kpi(kpi, target)} is out of reach at any budget the limits allow: "
                f"at best about {format_kpi(kpi, best)}, at the smallest budget (¥{low:,.0f}).")
        return GoalSeek(kpi, target, False, None, o, best, low, True, evaluations_of(), text)
    holding, lost = low, None
    high = max(2 * low, float(compiled.budgets.sum()), 1e4)
    while lost is None:
        if at(high) is None:
            lost = high
        elif high >= min(top, LARGEST):
            o = at(high)
            text = (f"{TARGET_LABELS[kpi]} stays at or above {format_kpi(kpi, target)} at every budget up to "
                    f"¥{high:,.0f}: the lines' maximums end it there.")
            return GoalSeek(kpi, target, True, high, o, float(o.after.total[kpi]), high, True, evaluations_of(), text)
        else:
            holding, high = high, min(2 * high, top, LARGEST)
    for _ in range(MAX_STEPS):  # halves the gap each step: far fewer than MAX_STEPS reach `precision`
        if lost - holding <= precision * lost:
            break
        middle = (holding + lost) / 2
        if at(middle) is not None:
            holding = middle
        else:
            lost = middle
    o = at(holding)
    value = float(o.after.total[kpi])
    text = (f"Up to ¥{holding:,.0f} can be spent with {TARGET_LABELS[kpi]} at or above {format_kpi(kpi, target)} "
            f"({format_kpi(kpi, value)} there); a little more and no plan holds it.")
    return GoalSeek(kpi, target, True, holding, o, value, holding, True, evaluations_of(), text)


def _found(kpi, target, budget, o, evaluations, compiled) -> GoalSeek:
    value = _value(o, kpi)
    text = (f"¥{budget:,.0f} is the least budget that reaches {TARGET_LABELS[kpi]} of "
            f"{_target_text(kpi, target, compiled)} ({_target_text(kpi, value, compiled)} at that budget).")
    return GoalSeek(kpi, target, True, budget, o, value, budget, False, evaluations, text)


def _out_of_reach(kpi, target, o, budget, evaluations, compiled) -> GoalSeek:
    value = _value(o, kpi) if o is not None else float("nan")
    text = (f"{TARGET_LABELS[kpi][0].upper()}{TARGET_LABELS[kpi][1:]} of {_target_text(kpi, target, compiled)} "
            f"is out of reach at any budget with these lines and limits: at best "
            f"{_target_text(kpi, value, compiled)} (at ¥{budget:,.0f}).")
    return GoalSeek(kpi, target, False, None, o, value, budget, False, evaluations, text)


def _target_text(kpi: str, value: float, compiled: CompiledPlan) -> str:
    if kpi in ("reach_pct", "reach3_pct"):
        return f"{value:.1%} of the target group"
    if kpi in ("reach", "reach3"):
        return f"{value:,.0f} people ({value / max(compiled.population, 1e-300):.1%} of the target group)"
    return format_kpi(kpi, value)


def _least_budget(plan: Plan, compiled: CompiledPlan, constraints: Constraints) -> float:
    """The least any plan can spend: locked lines, line and channel minimums."""
    lower = np.array([float(compiled.budgets[i]) if line.locked else float(line.min_budget or 0.0)
                      for i, line in enumerate(plan.lines)])
    per_channel = np.bincount(compiled.channel_code, weights=lower, minlength=len(compiled.channels))
    minimum = np.array([float(constraints.channel_minimums.get(ch, 0.0)) for ch in compiled.channels])
    return float(np.maximum(per_channel, minimum).sum())


def _most_budget(plan: Plan, compiled: CompiledPlan) -> float:
    """The most the lines can take (inf when a line has no maximum)."""
    upper = [float(compiled.budgets[i]) if line.locked else (np.inf if line.max_budget is None
                                                            else float(line.max_budget))
             for i, line in enumerate(plan.lines)]
    return float(np.sum(upper)) if upper else 0.0
