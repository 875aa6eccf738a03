"""The optimiser: against a multi-start SLSQP reference on random plans, its KKT conditions, its guarantees."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from market_entry_planner.core.engine.compile import compile_plan
from market_entry_planner.core.engine.evaluate import evaluate
from market_entry_planner.core.model import LineItem
from market_entry_planner.core.optimise.budget_limits import OptimiseError
from market_entry_planner.core.optimise.objectives import OBJECTIVES, gradients, response_of, values
from market_entry_planner.core.optimise.optimiser import objective_value, optimise
from tests.optimise_reference import feasible_instances, objective_of, random_plan, reference_best, reference_values
from tests.planning import hand_plan

PLANS = 200


def _instances(seed: int, count: int, whole_units: bool = False):
    return feasible_instances(seed, count, whole_units)


def _check_limits(o, plan, compiled):
    """Bounds, locks, whole units and the total, exactly (to a millionth of a yuan per million)."""
    limits, b = o.limits, o.budgets_after
    tol = 1e-9 * max(limits.total, 1.0)
    assert np.all(b >= limits.lower - tol) and np.all(b <= limits.upper + tol)
    for i, line in enumerate(plan.lines):
        if line.locked:
            assert b[i] == compiled.budgets[i]
        else:
            if line.min_budget is not None:
                assert b[i] >= line.min_budget - tol
            if line.max_budget is not None:
                assert b[i] <= line.max_budget + tol
    whole = limits.rounded
    units = b[whole] / compiled.unit_price[whole]
    assert np.allclose(units, np.round(units), rtol=0, atol=1e-9 * max(1.0, units.max(initial=0)))
    assert b.sum() <= limits.total + tol
    if not limits.at_most and not whole.any():
        assert b.sum() == pytest.approx(limits.total, rel=1e-9, abs=1e-6)


@pytest.mark.parametrize("objective", OBJECTIVES)
def test_never_worse_than_the_input_and_within_a_thousandth_of_multistart_slsqp(objective):
    failures = []
    for case, (plan, compiled, limits, rng) in enumerate(_instances(11, PLANS)):
        o = optimise(plan, objective, limits.total, limits.at_most, compiled=compiled)
        _check_limits(o, plan, compiled)
        if limits.is_feasible(compiled.budgets):
            assert o.value_after >= o.value_before, (case, objective)
        reference = reference_best(compiled, objective, limits.lower, limits.upper, limits.total, limits.at_most,
                                   rng, starts=2 if objective == "reach3" else 0)
        slack = 1e-3 * abs(reference) + 1e-9 * limits.total
        if o.value_after < reference - slack:
            failures.append((case, o.value_after, reference, (reference - o.value_after) / abs(reference)))
        if o.exact and o.upper_bound is not None:
            assert reference <= o.upper_bound + 1e-6 * abs(o.upper_bound) + 1e-6, (case, reference, o.upper_bound)
    assert not failures, f"{len(failures)} of {PLANS} plans below the SLSQP reference: {failures[:5]}"


@pytest.mark.parametrize("objective", ["reach", "gmv", "contribution", "reach3"])
def test_whole_units_limits_and_never_worse(objective):
    for case, (plan, compiled, limits, rng) in enumerate(_instances(23, 60, whole_units=True)):
        o = optimise(plan, objective, limits.total, limits.at_most, compiled=compiled)
        _check_limits(o, plan, compiled)
        if limits.is_feasible(compiled.budgets):
            assert o.value_after >= o.value_before, case
        if o.upper_bound is not None:
            assert o.value_after <= o.upper_bound + 1e-9 * abs(o.upper_bound) + 1e-6


def _brute_force_units(compiled, objective, limits, rng):
    """Every combination of units on the whole-unit lines, SLSQP on the other lines: the best whole-unit plan."""
    import itertools

    whole = np.flatnonzero(limits.rounded & (limits.upper > limits.lower))
    price = compiled.unit_price[whole]
    low = np.round(limits.lower[whole] / price).astype(int)
    high = np.minimum(np.floor(np.minimum(limits.upper[whole], limits.total) / price + 1e-9), low + 8).astype(int)
    best, best_unspent = -np.inf, np.inf
    for units in itertools.product(*[range(a, b + 1) for a, b in zip(low, high)]):
        lower, upper = limits.lower.copy(), limits.upper.copy()
        lower[whole] = upper[whole] = np.array(units) * price
        if lower.sum() > limits.total + 1e-6:
            continue
        # an exact total is met whenever some combination can meet it; only if none can, spend the most
        unspent = 0.0 if limits.at_most else round(max(0.0, limits.total - upper.sum()), 3)
        if unspent > best_unspent:
            continue
        total = limits.total - unspent
        value = reference_best(compiled, objective, lower, upper, total, limits.at_most, rng, starts=0)
        if unspent < best_unspent or value > best:
            best, best_unspent = value, unspent
    return best


@pytest.mark.parametrize("objective", ["reach", "gmv"])
def test_whole_units_within_a_thousandth_of_brute_force(objective):
    checked = 0
    for case, (plan, compiled, limits, rng) in enumerate(_instances(29, 400, whole_units=True)):
        whole = limits.rounded & (limits.upper > limits.lower)
        if not 1 <= whole.sum() <= 2 or plan.lines and len(plan.lines) > 4:
            continue
        o = optimise(plan, objective, limits.total, limits.at_most, compiled=compiled)
        best = _brute_force_units(compiled, objective, limits, rng)
        assert o.value_after >= best - 1e-3 * abs(best), (case, o.value_after, best)
        checked += 1
        if checked == 25:
            break
    assert checked == 25


def test_reach_optimum_meets_the_kkt_conditions():
    """Marginal reach per yuan (central differences through evaluate) is equal on lines inside their range,
    lower on lines held at their minimum, higher on lines held at their maximum."""
    checked = 0
    for case, (plan, compiled, limits, _) in enumerate(_instances(5, 60)):
        if limits.at_most:
            continue
        o = optimise(plan, "reach", limits.total, False, compiled=compiled)
        b = o.budgets_after
        if o.kept_input:
            b = compiled.budgets
        h = 1e-4 * max(limits.total / compiled.size, 1.0)
        reach = [evaluate(compiled, b + h * e).total["reach"] - evaluate(compiled, b - h * e).total["reach"]
                 for e in np.eye(compiled.size)]
        marginal = np.array(reach) / (2 * h)
        tol = 1e-6 * limits.total
        inside = (b > limits.lower + tol) & (b < limits.upper - tol)
        at_lower = (b <= limits.lower + tol) & (limits.upper > limits.lower)
        at_upper = (b >= limits.upper - tol) & (limits.upper > limits.lower)
        if inside.sum() == 0:
            continue
        level = np.median(marginal[inside])
        assert np.allclose(marginal[inside], level, rtol=1e-4, atol=1e-9 * abs(level)), (case, marginal, inside)
        assert np.all(marginal[at_lower & ~inside] <= level * (1 + 1e-4) + 1e-12), case
        assert np.all(marginal[at_upper & ~inside] >= level * (1 - 1e-4) - 1e-12), case
        checked += 1
    assert checked >= 20


def test_batched_objectives_agree_with_evaluate():
    rng = np.random.default_rng(3)
    for _ in range(30):
        plan = random_plan(rng)
        c = compile_plan(plan)
        r = response_of(c)
        budgets = c.budgets * rng.uniform(0, 2, (4, c.size))
        budgets[0, rng.random(c.size) < 0.5] = 0.0
        for objective in OBJECTIVES:
            expected = [objective_of(evaluate(c, b).total, objective) for b in budgets]
            assert values(r, objective, budgets) == pytest.approx(expected, rel=1e-9, abs=1e-6)
            assert reference_values(c, objective, budgets) == pytest.approx(expected, rel=1e-9, abs=1e-6)


def test_optimising_twice_gives_the_same_plan(sample_plan):
    for objective in OBJECTIVES:
        first = optimise(sample_plan, objective)
        second = optimise(sample_plan, objective)
        assert np.array_equal(first.budgets_after, second.budgets_after)


def test_an_optimal_plan_comes_back_unchanged(sample_plan):
    best = optimise(sample_plan, "reach")
    again = optimise(best.apply(sample_plan), "reach")
    assert again.value_after >= again.value_before
    assert np.allclose(again.budgets_after, best.budgets_after, rtol=1e-6, atol=1e-3)


def test_locked_and_bounded_lines_and_what_binds(sample_plan):
    lines = list(sample_plan.lines)
    lines[0] = replace(lines[0], locked=True)
    lines[7] = replace(lines[7], min_budget=900_000)
    lines[8] = replace(lines[8], max_budget=100_000)
    plan = sample_plan.with_lines(lines)
    o = optimise(plan, "reach")
    b = o.budgets_after
    assert b[0] == plan.lines[0].budget and o.binding[0] == "locked"
    assert b[7] >= 900_000 - 1e-6 and b[8] <= 100_000 + 1e-6
    assert o.binding[8] == "max" or b[8] < 100_000
    assert set(o.binding) <= {"locked", "min", "max", "free"}
    assert o.total_binding and b.sum() == pytest.approx(plan.total_budget)


def test_whole_units_for_kol_sessions(sample_plan):
    o = optimise(sample_plan, "gmv", budget=8_000_000)
    c = o.compiled
    units = o.budgets_after[c.whole_units] / c.unit_price[c.whole_units]
    assert np.allclose(units, np.round(units))
    assert o.upper_bound >= o.value_after


def test_contribution_with_at_most_leaves_money_that_loses_money_unspent():
    plan = hand_plan(LineItem("x", "feed_ads", 100_000), LineItem("y", "feed_ads", 100_000))
    o = optimise(plan, "contribution", budget=1_000_000, at_most=True)
    # at a 50 CPM, 2% CTR and 1% CVR a yuan brings 0.04 yuan of GMV: every yuan loses money
    assert o.budgets_after.sum() == pytest.approx(0.0)
    assert o.value_after == pytest.approx(0.0) and o.value_after > o.value_before
    assert any("unspent" in note for note in o.notes)
    exact = optimise(plan, "contribution", budget=1_000_000)
    assert exact.budgets_after.sum() == pytest.approx(1_000_000)


def test_gmv_optimum_meets_its_kkt_conditions_and_a_maximum_binds_only_when_it_should():
    """Model v2 sales saturate: the best GMV equalises what the next yuan sells on every line inside its range
    (lines at their maximum sell more per yuan, lines at zero less), instead of a corner on the best line."""
    plan = hand_plan(LineItem("x", "feed_ads", 100_000, max_budget=150_000),
                     LineItem("x", "search_ads", 100_000), LineItem("y", "feed_ads", 100_000))
    o = optimise(plan, "gmv")
    r = response_of(o.compiled)
    g = gradients(r, "gmv", o.budgets_after)[0]
    b, upper = o.budgets_after, np.array([150_000, np.inf, np.inf])
    inside = (b > 1e-3) & (b < upper - 1e-3)
    assert inside.sum() >= 2                                       # interior: no longer one line takes it all
    level = g[inside].mean()
    assert g[inside] == pytest.approx(np.full(inside.sum(), level), rel=1e-5)
    assert np.all(g[b >= upper - 1e-3] >= level * (1 - 1e-6))
    assert np.all(g[b <= 1e-3] <= level * (1 + 1e-6))
    assert o.exact


def test_impossible_limits_are_refused_with_a_reason(sample_plan):
    lines = list(sample_plan.lines)
    lines[0] = replace(lines[0], min_budget=9_000_000)
    with pytest.raises(OptimiseError, match="minimum budgets already need"):
        optimise(sample_plan.with_lines(lines), "reach")
    with pytest.raises(OptimiseError, match="Unknown objective"):
        optimise(sample_plan, "likes")
    with pytest.raises(OptimiseError, match="0 or more"):
        optimise(sample_plan, "reach", budget=-5)


def test_objective_value_is_the_estimate_total(sample_plan):
    results = evaluate(compile_plan(sample_plan))
    assert objective_value(results, "contribution") == results.total["contribution"] - results.total["marketing_cost"]
    assert objective_value(results, "reach3") == results.total["effective_reach"]


@pytest.mark.parametrize("objective", OBJECTIVES)
def test_plans_with_nothing_to_move_come_back_as_they_are(sample_plan, objective):
    empty = optimise(sample_plan.with_lines([]), objective)
    assert empty.budgets_after.size == 0 and empty.value_after == empty.value_before
    locked = sample_plan.with_lines([replace(line, locked=True) for line in sample_plan.lines])
    o = optimise(locked, objective)
    assert np.array_equal(o.budgets_after, compile_plan(locked).budgets) and o.kept_input and not o.budget_changes
