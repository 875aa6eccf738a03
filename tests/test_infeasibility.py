"""When the limits conflict: the smallest set that does, named in the user's words."""
import itertools

import numpy as np
import pytest

from market_entry_planner.core.engine.compile import compile_plan
from market_entry_planner.core.optimise.budget_limits import OptimiseError
from market_entry_planner.core.optimise.constraints import Constraints
from market_entry_planner.core.optimise.infeasibility import conflict, feasible, plan_limits
from market_entry_planner.core.optimise.optimiser import optimise
from tests.optimise_reference import random_plan


def test_a_channel_minimum_above_the_total_is_named_with_the_total(sample_plan):
    with pytest.raises(OptimiseError) as caught:
        optimise(sample_plan, "reach", budget=1_500_000, constraints=Constraints(channel_minimums={"jd": 2e6}))
    assert str(caught.value.problems[0].message) == "JD.com ≥ ¥2m and total = ¥1.5m cannot both hold."


def test_two_shares_that_add_past_the_whole_conflict_with_spending_anything(sample_plan):
    c = Constraints(channel_shares={"douyin": (0.6, 1.0), "taobao": (0.5, 1.0)})
    with pytest.raises(OptimiseError, match=r"Douyin ≥ 60% of the budget, Taobao/Tmall ≥ 50% of the budget and "
                                            r"total = ¥5m cannot all hold"):
        optimise(sample_plan, "reach", constraints=c)


def test_a_locked_line_against_a_channel_maximum(sample_plan):
    lines = list(sample_plan.lines)
    jd = next(i for i, line in enumerate(lines) if line.channel == "jd")
    from dataclasses import replace

    plan = replace(sample_plan, scenarios=(replace(sample_plan.scenario, lines=tuple(
        replace(line, locked=True, budget=900_000.0) if i == jd else line for i, line in enumerate(lines))),))
    with pytest.raises(OptimiseError) as caught:
        optimise(plan, "gmv", constraints=Constraints(channel_maximums={"jd": 800_000}))
    text = caught.value.problems[0].message
    assert "locked at ¥900k" in text and "JD.com ≤ ¥800k" in text and "total" not in text
    assert caught.value.problems[0].line == jd


def test_the_conflict_found_is_irreducible_on_random_plans():
    """Every set found conflicts, and drops its conflict when any one of its limits goes."""
    rng = np.random.default_rng(5)
    checked = 0
    while checked < 25:
        plan = random_plan(rng)
        compiled = compile_plan(plan)
        channels = compiled.channels
        c = Constraints(channel_minimums={ch: float(rng.uniform(0, 3e6)) for ch in channels if rng.random() < 0.5},
                        channel_maximums={ch: float(rng.uniform(0, 2e6)) for ch in channels if rng.random() < 0.4},
                        channel_shares={ch: tuple(sorted(rng.uniform(0, 1, 2))) for ch in channels
                                        if rng.random() < 0.4})
        total, at_most = float(rng.uniform(1e5, 5e6)), bool(rng.random() < 0.5)
        limits = plan_limits(plan, compiled, total, at_most, c)
        found = conflict(limits, compiled.size)
        if found is None:
            continue
        checked += 1
        assert not feasible(found, compiled.size)
        for without in itertools.combinations(found, len(found) - 1):
            assert feasible(list(without), compiled.size)


def test_limits_that_can_hold_raise_nothing(sample_plan):
    o = optimise(sample_plan, "reach", constraints=Constraints(channel_minimums={"jd": 1e6},
                                                               channel_shares={"douyin": (0.2, 0.6)}))
    assert o.budgets_after.sum() == pytest.approx(5e6)
