"""Marginal returns per line and the efficient frontier."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from market_entry_planner.core.engine.compile import compile_plan
from market_entry_planner.core.engine.evaluate import evaluate
from market_entry_planner.core.model import LineItem
from market_entry_planner.core.optimise.budget_limits import OptimiseError
from market_entry_planner.core.optimise.frontier import FRONTIER_METRICS, frontier
from market_entry_planner.core.optimise.marginal import MARGINAL_METRICS, marginal_returns
from market_entry_planner.core.optimise.optimiser import optimise
from tests.optimise_reference import random_plan
from tests.planning import hand_plan


def _totals(c, budgets):
    t = evaluate(c, budgets).total
    return {"reach": t["reach"], "effective_reach": t["effective_reach"], "gmv": t["gmv"],
            "contribution": t["contribution"], "profit": t["contribution"] - t["marketing_cost"]}


def test_next_step_is_what_evaluate_says_the_step_adds(sample_plan):
    c = compile_plan(sample_plan)
    m = marginal_returns(c, step=10_000)
    base = _totals(c, c.budgets)
    for i in range(c.size):
        bumped = _totals(c, c.budgets + 10_000 * np.eye(c.size)[i])
        for metric in MARGINAL_METRICS:
            assert m.next_step[metric][i] == pytest.approx(bumped[metric] - base[metric], rel=1e-9, abs=1e-6)


def test_next_unit_on_whole_unit_lines_only(sample_plan):
    c = compile_plan(sample_plan)
    m = marginal_returns(c)
    whole = c.whole_units
    assert np.all(np.isnan(m.next_unit["reach"][~whole])) and np.all(np.isfinite(m.next_unit["reach"][whole]))
    i = int(np.flatnonzero(whole)[0])
    bumped = _totals(c, c.budgets + c.unit_price[i] * np.eye(c.size)[i])
    assert m.next_unit["gmv"][i] == pytest.approx(bumped["gmv"] - _totals(c, c.budgets)["gmv"])


def test_the_first_yuan_on_a_channel_pays_its_fixed_costs():
    plan = hand_plan(LineItem("x", "feed_ads", 100_000), LineItem("y", "feed_ads", 0.0),
                     LineItem("x", "search_ads", 0.0))
    c = compile_plan(plan)
    m = marginal_returns(c, step=10_000)
    # x is already open; a first yuan on x's search line pays no fixed cost, on closed y none is defined either
    # (y has no fixed costs in the hand assumptions), so profit = contribution − step × (1 + agency fee)
    assert m.next_step["profit"][2] == pytest.approx(m.next_step["contribution"][2] - 10_000 * 1.1)
    closed = hand_plan(LineItem("x", "feed_ads", 0.0), LineItem("y", "feed_ads", 100_000))
    m = marginal_returns(compile_plan(closed), step=10_000)
    assert m.next_step["profit"][0] == pytest.approx(m.next_step["contribution"][0] - 10_000 * 1.1 - 5_000)


def test_per_yuan_derivatives_match_small_steps(sample_plan):
    c = compile_plan(sample_plan)
    m = marginal_returns(c, step=1.0)
    d = marginal_returns(c).per_yuan
    for metric in ("reach", "effective_reach", "gmv", "contribution"):
        assert m.next_step[metric] == pytest.approx(d[metric], rel=1e-4, abs=1e-9)


@pytest.mark.parametrize("objective", ["reach", "gmv", "reach3"])
def test_frontier_never_falls_as_budget_grows(sample_plan, objective):
    f = frontier(sample_plan, objective, levels=20)
    assert np.all(np.diff(f.budgets) > 0)
    assert np.all(np.diff(f.values) >= 0)
    assert f.budgets[0] == 0 and f.budgets[-1] == pytest.approx(2 * sample_plan.total_budget)
    assert sample_plan.total_budget in f.budgets
    assert set(FRONTIER_METRICS) <= set(f.totals) and f.line_budgets.shape == (len(f.budgets), len(sample_plan.lines))
    # more money never hurts these objectives and the sample has lines that take any amount: each level's plan
    # spends exactly that level's total
    assert f.line_budgets.sum(axis=1) == pytest.approx(f.budgets, rel=1e-9, abs=1e-3)


_METRIC_OF = {"reach": "reach", "reach3": "effective_reach", "gmv": "gmv", "contribution": "profit"}


def _check_levels(plan, f, objective):
    """Each level's plan keeps the plan's limits, spends at most the level's total, and is worth what the frontier
    says: its value and totals are what evaluating that plan gives."""
    compiled = compile_plan(plan)
    lower = np.array([line.budget if line.locked else (line.min_budget or 0.0) for line in plan.lines])
    upper = np.array([line.budget if line.locked else (np.inf if line.max_budget is None else line.max_budget)
                      for line in plan.lines])
    for level, (total, value, budgets) in enumerate(zip(f.budgets, f.values, f.line_budgets)):
        assert np.all(budgets >= lower - 1e-6) and np.all(budgets <= upper + 1e-6), level
        assert budgets.sum() <= total + 1e-3, (level, budgets.sum(), total)
        assert f.totals["budget"][level] == pytest.approx(budgets.sum(), rel=1e-12)
        evaluated = _totals(compiled, budgets)
        assert value == pytest.approx(evaluated[_METRIC_OF[objective]], rel=1e-9, abs=1e-6), level
        for metric in ("reach", "effective_reach", "gmv", "contribution", "profit"):
            assert f.totals[metric][level] == pytest.approx(evaluated[metric], rel=1e-9, abs=1e-6), (level, metric)


@pytest.mark.parametrize("at_most", [False, True])
@pytest.mark.parametrize("objective", ["reach", "reach3", "gmv", "contribution"])
def test_each_frontier_level_is_a_plan_within_the_limits_worth_its_value(sample_plan, objective, at_most):
    lines = list(sample_plan.lines)
    lines[0] = replace(lines[0], locked=True)
    lines[3] = replace(lines[3], min_budget=300_000, max_budget=900_000)
    plan = sample_plan.with_lines(lines)
    f = frontier(plan, objective, levels=12, at_most=at_most)
    _check_levels(plan, f, objective)
    if objective != "contribution" or not at_most:  # only profit may leave money unspent
        assert f.line_budgets.sum(axis=1) == pytest.approx(f.budgets, rel=1e-9, abs=1e-3)


def test_frontier_on_random_plans_with_limits_never_falls():
    rng = np.random.default_rng(41)
    checked = 0
    while checked < 15:
        plan = random_plan(rng, whole_units=True)
        try:
            f = frontier(plan, "reach", levels=12)
        except OptimiseError:
            continue
        assert np.all(np.diff(f.values) >= 0), f.values
        _check_levels(plan, f, "reach")
        at_most = frontier(plan, "contribution", levels=12, at_most=True)
        assert np.all(np.diff(at_most.values) >= 0), at_most.values
        _check_levels(plan, at_most, "contribution")
        checked += 1


@pytest.mark.parametrize("objective", ["reach", "gmv", "contribution"])
def test_every_frontier_level_is_the_optimisers_own_answer_there(objective):
    """Non-decreasing by construction is not enough: each level must be what optimising that total alone finds
    (exactly, for the divisible random plans where these objectives are exact), and say it is exact."""
    rng = np.random.default_rng(7)
    checked = 0
    while checked < 8:
        plan = random_plan(rng)
        try:
            f = frontier(plan, objective, levels=6, at_most=True)
        except OptimiseError:
            continue
        assert f.exact.all(), (objective, f.exact)
        for budget, value in zip(f.budgets, f.values):
            alone = optimise(plan, objective, budget=float(budget), at_most=True)
            assert value == pytest.approx(alone.value_after, rel=1e-6, abs=1e-3), (checked, budget)
        checked += 1


def test_the_frontier_starts_where_minimums_and_locks_allow_even_above_the_current_total(sample_plan):
    plan = sample_plan.with_line(0, replace(sample_plan.lines[0], min_budget=6_000_000))   # more than ¥5m
    f = frontier(plan, "reach", levels=5, top=12_000_000)
    assert f.budgets[0] == pytest.approx(6_000_000) and f.budgets[-1] == pytest.approx(12_000_000)
    assert np.all(f.line_budgets[:, 0] >= 6_000_000 - 1e-6)


def test_frontier_at_the_current_budget_is_the_optimum_there(sample_plan):
    f = frontier(sample_plan, "reach", levels=10)
    o = optimise(sample_plan, "reach")
    at = int(np.flatnonzero(f.budgets == sample_plan.total_budget)[0])
    assert f.values[at] == pytest.approx(o.value_after, rel=1e-6)
    assert f.current_value == pytest.approx(o.value_before)
    assert f.value_at(sample_plan.total_budget) == pytest.approx(f.values[at])
    rows = f.rows()
    assert len(rows) == len(f.budgets) and {"budget", "value", "marginal", "exact", "reach", "roi"} <= set(rows[0])


def test_frontier_starts_at_what_locks_and_minimums_need(sample_plan):
    lines = list(sample_plan.lines)
    lines[0] = replace(lines[0], locked=True)
    lines[7] = replace(lines[7], min_budget=500_000)
    plan = sample_plan.with_lines(lines)
    f = frontier(plan, "gmv", levels=8, top=8_000_000)
    assert f.budgets[0] == pytest.approx(lines[0].budget + 500_000)
    assert f.budgets[-1] == pytest.approx(8_000_000)
    assert np.all(f.line_budgets[:, 0] == lines[0].budget)


def test_frontier_reports_progress_and_can_be_cancelled(sample_plan):
    seen = []
    frontier(sample_plan, "gmv", levels=5, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == list(range(1, len(seen) + 1))
    with pytest.raises(OptimiseError, match="cancelled"):
        frontier(sample_plan, "gmv", levels=5, cancelled=lambda: True)


@pytest.mark.parametrize("objective", ["reach", "gmv", "contribution"])
def test_the_frontier_holds_channel_maximums_and_shares_and_meets_the_optimiser(sample_plan, objective):
    """With JD at most ¥400k and Douyin 40–60% of the money, every level's plan holds both, and the curve at the
    plan's own total is the optimiser's answer with the same constraints."""
    from market_entry_planner.core.optimise.constraints import Constraints

    asked = Constraints(channel_maximums={"jd": 400_000}, channel_shares={"douyin": (0.4, 0.6)})
    curve = frontier(sample_plan, objective, levels=8, constraints=asked)
    c = compile_plan(sample_plan)
    jd, douyin = c.channels.index("jd"), c.channels.index("douyin")
    for budgets in curve.line_budgets:
        totals = np.bincount(c.channel_code, weights=budgets, minlength=len(c.channels))
        spent = budgets.sum()
        assert totals[jd] <= 400_000 + 1e-6
        assert 0.4 * spent - 1e-6 <= totals[douyin] <= 0.6 * spent + 1e-6
    current = sample_plan.total_budget
    answer = optimise(sample_plan, objective, constraints=asked)
    level = int(np.argmin(np.abs(curve.budgets - current)))
    assert curve.budgets[level] == pytest.approx(current)
    assert curve.values[level] == pytest.approx(answer.value_after, rel=1e-3, abs=1e-6 * current)
    # without the constraints the curve is higher (they bind)
    free = frontier(sample_plan, objective, levels=8)
    assert free.value_at(current) > curve.value_at(current)


def test_a_level_where_a_floor_cannot_hold_is_left_out(sample_plan):
    """ROAS ≥ 1.6 holds at small budgets, not at large ones (GMV saturates): those levels are not drawn."""
    from market_entry_planner.core.optimise.constraints import Constraints, kpi_values
    from market_entry_planner.core.optimise.objectives import response_of

    curve = frontier(sample_plan, "reach", levels=8, top=3 * sample_plan.total_budget, at_most=True,
                     constraints=Constraints(floors={"roas": 1.6}))
    r = response_of(compile_plan(sample_plan))
    assert 1 < len(curve.budgets) < 9
    for budgets in curve.line_budgets:
        if budgets.sum() > 0:  # nothing spent: no ROAS to hold
            assert float(kpi_values(r, "roas", budgets)[0]) >= 1.6 - 1e-6
