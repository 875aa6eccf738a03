"""What does it take? The least budget reaching a target: it reaches it, and 1% less does not; ratios: the most
that holds them, and 1% more does not; out of reach: the best attainable, said."""
import numpy as np
import pytest

from market_entry_planner.core.optimise.budget_limits import OptimiseError
from market_entry_planner.core.optimise.constraints import Constraints
from market_entry_planner.core.optimise.goal_seek import goal_seek
from market_entry_planner.core.optimise.optimiser import objective_value, optimise


def _best(plan, objective, budget, constraints=None, at_most=True):
    return optimise(plan, objective, budget, at_most=at_most, constraints=constraints)


@pytest.mark.parametrize("kpi, target, objective", [("reach_pct", 0.6, "reach"), ("gmv", 15e6, "gmv"),
                                                    ("reach3_pct", 0.25, "reach3")])
def test_the_budget_reaches_the_target_and_one_percent_less_does_not(sample_plan, kpi, target, objective):
    found = goal_seek(sample_plan, kpi, target)
    assert found.reached and found.budget > 0
    population = found.optimisation.compiled.population
    scale = population if kpi.endswith("_pct") else 1.0
    at = _best(sample_plan, objective, found.budget)
    assert objective_value(at.after, objective) >= target * scale * (1 - 1e-9)
    less = _best(sample_plan, objective, 0.99 * found.budget)
    assert objective_value(less.after, objective) < target * scale
    assert str(round(found.budget)) in found.message.replace(",", "")


def test_with_a_channel_share_the_target_costs_more(sample_plan):
    free = goal_seek(sample_plan, "reach_pct", 0.6)
    held = goal_seek(sample_plan, "reach_pct", 0.6, Constraints(channel_shares={"jd": (0.3, 0.4)}))
    assert held.reached and held.budget > free.budget
    o = held.optimisation
    share = o.budgets_after[o.compiled.channel_code == o.compiled.channels.index("jd")].sum() / o.budgets_after.sum()
    assert 0.3 - 1e-6 <= share <= 0.4 + 1e-6


def test_a_target_out_of_reach_says_the_best_attainable(sample_plan):
    found = goal_seek(sample_plan, "reach_pct", 1.5)
    assert not found.reached and found.budget is None
    assert 0 < found.best <= 1.0
    assert "out of reach" in found.message and "at best" in found.message


def test_roas_target_is_the_most_budget_that_still_holds_it(sample_plan):
    found = goal_seek(sample_plan, "roas", 1.5)
    assert found.reached and found.most
    assert found.optimisation.after.total["roas"] >= 1.5 - 1e-6
    with pytest.raises(OptimiseError):  # 1% more: no plan holds a ROAS of 1.5
        optimise(sample_plan, "gmv", 1.01 * found.budget, constraints=Constraints(floors={"roas": 1.5}))


def test_rounded_to_a_step_the_budget_is_a_multiple_and_still_reaches(sample_plan):
    found = goal_seek(sample_plan, "gmv", 12e6, step=10_000)
    assert found.reached and found.budget % 10_000 == 0
    assert found.optimisation.after.total["gmv"] >= 12e6
    b = found.optimisation.budgets_after
    free = ~found.optimisation.limits.locked & ~found.optimisation.limits.rounded
    assert np.all(np.abs(b[free] / 10_000 - np.round(b[free] / 10_000)) < 1e-6)
