"""Risk: the cautious plan's P10 is never below the central plan's, both bands are the Monte Carlo's own, and the
cautious plan meets every limit."""
import numpy as np
import pytest

from market_entry_planner.core.analysis.uncertainty import monte_carlo
from market_entry_planner.core.optimise.constraints import Constraints
from market_entry_planner.core.optimise.risk import cautious
from tests.optimise_reference import feasible_instances


@pytest.mark.parametrize("objective", ["reach", "gmv"])
def test_the_cautious_plan_never_has_a_lower_p10_and_meets_the_limits(objective):
    for plan, compiled, limits, _ in feasible_instances(91, 3):
        choice = cautious(plan, objective, limits.total, limits.at_most, compiled=compiled, draws=200)
        assert choice.cautious_band[0] >= choice.central_band[0] - 1e-9 * abs(choice.central_band[0])
        assert choice.central_band[0] <= choice.central_band[1] <= choice.central_band[2]
        b = choice.cautious.budgets_after
        tol = 1e-6 * max(limits.total, 1.0)
        assert np.all(b >= limits.lower - tol) and np.all(b <= limits.upper + tol) and b.sum() <= limits.total + tol
        metric = {"reach": "reach", "gmv": "gmv"}[objective]
        band = monte_carlo(plan, draws=200, seed=0, compiled=compiled, budgets=choice.central.budgets_after,
                           metrics=(metric,)).band(metric)
        assert choice.central_band == pytest.approx((band[0], band[1], band[2]), rel=1e-9)


def test_the_cautious_plan_keeps_the_channel_limits(sample_plan):
    asked = Constraints(channel_shares={"douyin": (0.3, 0.5)})
    choice = cautious(sample_plan, "gmv", constraints=asked, draws=150)
    b = choice.cautious.budgets_after
    channels = np.array([line.channel for line in sample_plan.lines])
    assert 0.3 * b.sum() - 1 <= b[channels == "douyin"].sum() <= 0.5 * b.sum() + 1
