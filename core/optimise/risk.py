"""Risk: a cautious plan that maximises the P10 of the objective over the assumptions' Monte Carlo draws, beside
the usual plan (best at the central figures, whose result is close to the P50).

The P10 of a sum of draws is not smooth, so this is a selection, not a proof: candidate plans are the optimiser's
best plans under the draws where the central plan does worst (the scenarios a cautious planner fears) and their
blends with the central plan; every candidate meets the same limits and constraints, is evaluated on the same
draws (core/analysis/uncertainty, common random numbers) and the one with the highest P10 wins — the central plan
itself when nothing beats it. Both plans' P10–P50–P90 are reported, so the price of caution is visible.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from market_entry_planner.core.analysis.uncertainty import _draws, _rates, evaluate_inputs, uncertain_inputs
from market_entry_planner.core.engine.compile import CompiledPlan, compile_plan
from market_entry_planner.core.model import Plan
from market_entry_planner.core.optimise.budget_limits import OptimiseError, budget_limits
from market_entry_planner.core.optimise.channel_minimums import minimums_by_channel
from market_entry_planner.core.optimise.constraints import Constraints
from market_entry_planner.core.optimise.optimiser import Optimisation, optimise, optimise_compiled

DRAWS = 400
SCENARIOS = 6          # draws where the central plan does worst, each optimised for
BLENDS = (0.25, 0.5, 0.75)
RISKS = ("p50", "p10")


@dataclass(frozen=True, eq=False)
class RiskChoice:
    central: Optimisation                      # best at the central figures (the usual answer)
    cautious: Optimisation                     # the highest P10 found
    central_band: tuple[float, float, float]   # P10, P50, P90 of the objective for each plan, same draws
    cautious_band: tuple[float, float, float]
    draws: int
    candidates: int


def _metric(totals: dict, objective: str) -> np.ndarray:
    if objective == "contribution":
        return totals["contribution"] - totals["marketing_cost"]
    return totals[{"reach": "reach", "reach3": "effective_reach", "gmv": "gmv"}[objective]]


def _with_rates(c: CompiledPlan, rates) -> CompiledPlan:
    """The compiled plan with one draw's rates (its leading row of one dropped)."""
    changes = {}
    for f in dataclasses.fields(c.rates):
        new, old = getattr(rates, f.name), getattr(c.rates, f.name)
        if isinstance(new, np.ndarray) and np.ndim(new) == np.ndim(old) + 1 and new.shape[0] == 1:
            new = new[0]
        changes[f.name] = new
    return dataclasses.replace(c, rates=dataclasses.replace(c.rates, **changes))


def cautious(plan: Plan, objective: str = "reach", budget: float | None = None, at_most: bool = False,
             constraints: Constraints | None = None, step: float = 0.0, draws: int = DRAWS, seed: int = 0,
             compiled: CompiledPlan | None = None) -> RiskChoice:
    """The central plan and the cautious (highest-P10) plan, each with its P10–P50–P90 on the same draws."""
    compiled = compile_plan(plan) if compiled is None else compiled
    central = optimise(plan, objective, budget, at_most, compiled=compiled, constraints=constraints, step=step)
    inputs = uncertain_inputs(plan, compiled)
    metrics = ("contribution", "marketing_cost") if objective == "contribution" else \
        ({"reach": "reach", "reach3": "effective_reach", "gmv": "gmv"}[objective],)
    if not inputs:
        band = (central.value_after,) * 3
        return RiskChoice(central, central, band, band, 0, 1)
    values = np.column_stack([_draws(s, draws, seed, "pert") for s in inputs])

    def outcomes(budgets):
        return _metric(evaluate_inputs(compiled, inputs, values, budgets, metrics), objective)

    base = outcomes(central.budgets_after)
    worst = np.argsort(base, kind="stable")[:max(1, int(0.1 * draws))]
    picked = worst[np.linspace(0, len(worst) - 1, min(SCENARIOS, len(worst))).astype(int)]
    limits = budget_limits(plan, compiled, budget, at_most)
    minimum = minimums_by_channel(compiled, (constraints.channel_minimums if constraints else None))
    candidates = [central.budgets_after]
    for k in picked:
        drawn = _with_rates(compiled, _rates(compiled, inputs, values[k:k + 1]))
        try:
            found = optimise_compiled(drawn, limits, objective, start=central.budgets_after, channel_minimum=minimum,
                                      constraints=constraints, step=step)
        except OptimiseError:
            continue
        candidates.append(found.budgets_after)
        for w in BLENDS:  # blends, with whole-unit lines kept at one end's units (a blend of units is not whole)
            blend = (1 - w) * central.budgets_after + w * found.budgets_after
            blend[limits.rounded] = (central.budgets_after if w < 0.5 else found.budgets_after)[limits.rounded]
            if limits.at_most:
                candidates.append(blend)
            else:
                from market_entry_planner.core.optimise.budget_limits import settle_total

                free = ~limits.rounded
                blend[free] = settle_total(blend[free], limits.lower[free], limits.upper[free],
                                           limits.total - blend[~free].sum())
                candidates.append(blend)
    best, best_p10, best_outcomes = 0, np.percentile(base, 10), base
    for i, budgets in enumerate(candidates[1:], start=1):
        if not _allowed(central, budgets, limits, constraints, compiled, step):
            continue
        here = outcomes(budgets)
        p10 = np.percentile(here, 10)
        if p10 > best_p10 + 1e-9 * max(abs(best_p10), 1.0):
            best, best_p10, best_outcomes = i, p10, here
    if best == 0:
        choice = central
    else:
        edited = central.apply(plan)  # the cautious budgets as a plan, optimised as the start (nothing moves)
        choice = _as_optimisation(plan, objective, budget, at_most, compiled, constraints, candidates[best], step,
                                  central, edited)
    band = tuple(float(v) for v in np.percentile(base, [10, 50, 90]))
    cautious_band = tuple(float(v) for v in np.percentile(best_outcomes, [10, 50, 90]))
    return RiskChoice(central, choice, band, cautious_band, draws, len(candidates))


def _allowed(central: Optimisation, budgets, limits, constraints, compiled, step) -> bool:
    """A blend meets the lines' limits and the channels' (linear); floors and the step are checked too."""
    from market_entry_planner.core.optimise.constrained import floors_met
    from market_entry_planner.core.optimise.objectives import response_of

    tol = limits.tolerance
    b = np.asarray(budgets, dtype=float)
    if np.any(b < limits.lower - tol) or np.any(b > limits.upper + tol) or b.sum() > limits.total + tol:
        return False
    if not limits.at_most and abs(b.sum() - limits.total) > max(tol, 1e-6):
        return False
    if not limits.is_feasible(b):
        return False
    if step:
        free = ~limits.locked & ~limits.rounded & (limits.upper > limits.lower)
        if np.sum(np.abs(b[free] / step - np.round(b[free] / step)) > 1e-6) > 1:
            return False
    if constraints is not None:
        low, high = constraints.channel_bounds(compiled, float(b.sum()))
        totals = np.bincount(compiled.channel_code, weights=b, minlength=len(compiled.channels))
        if np.any(totals < low - tol) or np.any(totals > high + tol):
            return False
        if not all(floors_met(response_of(compiled), dict(constraints.floors), b, limits.total).values()):
            return False
    return True


def _as_optimisation(plan, objective, budget, at_most, compiled, constraints, budgets, step, central, edited):
    """The cautious budgets reported as an Optimisation from the same input as the central one."""
    from market_entry_planner.core.engine.evaluate import evaluate
    from market_entry_planner.core.optimise.optimiser import objective_value

    after = evaluate(compiled, budgets)
    return dataclasses.replace(central, after=after, value_after=objective_value(after, objective),
                               upper_bound=None, exact=False, kept_input=False,
                               method="the highest P10 over the Monte Carlo draws among the best plans of the "
                                      "draws where the central plan does worst, and their blends with it",
                               notes=())
