"""Scenarios side by side: every scenario of a plan estimated on the same market and assumptions."""
from __future__ import annotations

from dataclasses import dataclass

from market_entry_planner.core.engine.evaluate import Results, estimate
from market_entry_planner.core.model import Plan
from market_entry_planner.core.problems import PlanError, Problem

# What a marketer compares between scenarios, in reading order
COMPARED = ("budget", "reach", "reach_pct", "frequency", "effective_reach", "effective_reach_pct", "impressions",
            "clicks", "orders", "gmv", "net_gmv", "cost", "marketing_cost", "contribution", "roas", "roi", "deposit")


@dataclass(frozen=True)
class ScenarioSummary:
    name: str
    active: bool
    lines: int
    totals: dict[str, float] | None        # None when the scenario cannot be estimated
    channel_budget: dict[str, float]       # budget per channel key, for the comparison chart
    problems: tuple[Problem, ...] = ()


def summarise(plan: Plan, index: int, results: Results | None = None) -> ScenarioSummary:
    scenario = plan.scenarios[index]
    budget: dict[str, float] = {}
    for line in scenario.lines:
        budget[line.channel] = budget.get(line.channel, 0.0) + line.budget
    try:
        results = results if results is not None else estimate(plan.with_scenario(index))
    except PlanError as error:
        return ScenarioSummary(scenario.name, index == plan.active, len(scenario.lines), None, budget,
                               error.problems)
    totals = {key: float(results.total[key]) for key in COMPARED}
    return ScenarioSummary(scenario.name, index == plan.active, len(scenario.lines), totals, budget)


def compare(plan: Plan, active_results: Results | None = None) -> list[ScenarioSummary]:
    """One summary per scenario, in the plan's order; the active scenario may reuse results already computed."""
    return [summarise(plan, i, active_results if i == plan.active else None) for i in range(len(plan.scenarios))]
