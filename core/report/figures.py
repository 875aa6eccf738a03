"""The numbers a report shows, computed once from the plan with the same functions (and the same Monte Carlo
seed and draws) as the app, so every figure in the report is one the app shows."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from market_entry_planner.core.analysis.flighting import Flighting, flighting
from market_entry_planner.core.analysis.scenarios import ScenarioSummary, compare
from market_entry_planner.core.analysis.uncertainty import MonteCarlo, monte_carlo, tornado
from market_entry_planner.core.engine.curves import response_curves
from market_entry_planner.core.engine.evaluate import Results, estimate
from market_entry_planner.core.model import Plan
from market_entry_planner.core.problems import PlanError, Problem

if TYPE_CHECKING:
    import pandas as pd

    from market_entry_planner.core.optimise.optimiser import Optimisation

# as the app's headline (gui/uncertainty.py): the same draws and seed give the same P10–P90
DRAWS = 10_000
SEED = 0
BANDED = ("reach", "reach_pct", "effective_reach", "effective_reach_pct", "gmv", "contribution", "roi")
TORNADO_METRIC = "contribution"
TOP_ASSUMPTIONS = 10
CURVE_SAMPLES = 60
CURVE_HEADROOM = 2.0  # curves run to twice the largest channel budget, as in the app


@dataclass(frozen=True, eq=False)
class Figures:
    plan: Plan
    results: Results
    monte_carlo: MonteCarlo | None
    tornado: "pd.DataFrame"
    flighting: Flighting | None
    curves: tuple                     # per channel (xs, ys) or None, and the x samples
    scenarios: list[ScenarioSummary]
    optimisation: "Optimisation | None"


def scenario_index(plan: Plan, name: str | None) -> int:
    """The index of the scenario called `name` (the active one when None); a clear problem otherwise."""
    if name is None:
        return plan.active
    for i, scenario in enumerate(plan.scenarios):
        if scenario.name == name:
            return i
    for i, scenario in enumerate(plan.scenarios):  # "base" finds "Base"
        if scenario.name.casefold() == name.strip().casefold():
            return i
    names = ", ".join(f"'{s.name}'" for s in plan.scenarios)
    raise PlanError([Problem(f"--scenario: the plan has no scenario called '{name}' (it has {names}).",
                             sheet="Plan", column="Scenario")])


def gather(plan: Plan, *, draws: int = DRAWS, seed: int = SEED,
           optimisation: "Optimisation | None" = None) -> Figures:
    """Everything the report shows for the plan's active scenario. Raises PlanError when it cannot be estimated."""
    results = estimate(plan)
    c = results.compiled
    budgets = results.line["budget"]
    try:
        uncertainty = monte_carlo(plan, draws, seed, compiled=c, budgets=budgets, metrics=BANDED) if c.size else None
    except PlanError:
        uncertainty = None
    swings = tornado(plan, TORNADO_METRIC, compiled=c, budgets=budgets)
    try:
        weeks = flighting(plan, compiled=c, budgets=budgets) if c.size else None
    except (PlanError, ValueError):
        weeks = None
    largest = float(np.max(results.channel["budget"], initial=0.0))
    xs = np.linspace(0.0, max(largest * CURVE_HEADROOM, 1.0), CURVE_SAMPLES)
    per_channel, _ = response_curves(c, budgets, xs) if c.size else ([None] * len(c.channels), None)
    return Figures(plan=plan, results=results, monte_carlo=uncertainty, tornado=swings, flighting=weeks,
                   curves=(tuple(per_channel), xs), scenarios=compare(plan, results), optimisation=optimisation)
