"""Channel maximums and shares, KPI floors: every constraint met, never worse than a multi-start SLSQP with the
same constraints by more than 0.1%, and exactly the best of a brute-force grid on two-line plans.

The default run checks eight random plans per objective and question; MEP_OPTIMISE_SWEEP=1 runs the 100-plan
sweep the issue asks for (test_*_sweep: about half an hour on two cores, so not in every CI run)."""
import os

import numpy as np
import pytest

from market_entry_planner.core.optimise.budget_limits import OptimiseError
from market_entry_planner.core.optimise.constraints import Constraints, kpi_values
from market_entry_planner.core.optimise.objectives import OBJECTIVES, response_of
from market_entry_planner.core.optimise.optimiser import optimise
from tests.optimise_reference import (
    feasible_instances,
    reference_constrained,
    reference_floor_slack,
    reference_values,
)

FAST = 8
SWEEP = 100
KPI_OBJECTIVE = {"roi": "contribution", "roas": "gmv", "contribution": "contribution", "reach": "reach",
                 "reach3": "reach3", "gmv": "gmv"}


def _channel_totals(compiled, budgets):
    return np.bincount(compiled.channel_code, weights=budgets, minlength=len(compiled.channels))


def _channel_instances(seed, count, objective):
    """Random plans with a maximum on one channel and a share range on another, both binding-ish and feasible."""
    made = 0
    for plan, compiled, limits, rng in feasible_instances(seed, 20 * count):
        if len(compiled.channels) < 2:
            continue
        choose = np.random.default_rng([seed, 7, made, len(plan.lines)])
        free = optimise(plan, objective, limits.total, limits.at_most, compiled=compiled)
        totals = _channel_totals(compiled, free.budgets_after)
        spent = max(totals.sum(), 1.0)
        first, second = choose.choice(len(compiled.channels), size=2, replace=False)
        maximum = {compiled.channels[first]: float(totals[first] * choose.uniform(0.3, 0.9))}
        share = totals[second] / spent
        low = float(np.clip(share + choose.uniform(0.05, 0.3), 0, 0.95))
        shares = {compiled.channels[second]: (low, float(min(1.0, low + choose.uniform(0.05, 0.4))))}
        constraints = Constraints(channel_maximums=maximum, channel_shares=shares)
        try:
            o = optimise(plan, objective, limits.total, limits.at_most, compiled=compiled, constraints=constraints)
        except OptimiseError:
            continue
        made += 1
        yield plan, compiled, limits, constraints, o, rng
        if made == count:
            return


def _floor_instances(seed, count, objective):
    """Random plans with one KPI floor set between what the free optimum holds and what the KPI can reach, so
    that it binds."""
    made = 0
    kpis = ("roi", "roas", "contribution", "reach", "gmv", "reach3")
    for plan, compiled, limits, rng in feasible_instances(seed, 20 * count):
        choose = np.random.default_rng([seed, 11, made, len(plan.lines)])
        kpi = str(choose.choice([k for k in kpis if KPI_OBJECTIVE[k] != objective]))
        r = response_of(compiled)
        free = optimise(plan, objective, limits.total, limits.at_most, compiled=compiled)
        own = optimise(plan, KPI_OBJECTIVE[kpi], limits.total, limits.at_most, compiled=compiled)
        here, best = (float(kpi_values(r, kpi, o.budgets_after)[0]) for o in (free, own))
        if not (np.isfinite(here) and np.isfinite(best)) or best <= here + 1e-6 * max(abs(here), 1.0):
            continue
        level = here + choose.uniform(0.2, 0.8) * (best - here)
        constraints = Constraints(floors={kpi: float(level)})
        try:
            o = optimise(plan, objective, limits.total, limits.at_most, compiled=compiled, constraints=constraints)
        except OptimiseError:
            continue
        made += 1
        yield plan, compiled, limits, constraints, o, rng
        if made == count:
            return


def _check_met(compiled, limits, constraints, b):
    tol = 1e-6 * max(limits.total, 1.0)
    assert np.all(b >= limits.lower - tol) and np.all(b <= limits.upper + tol)
    assert b.sum() <= limits.total + tol
    if not limits.at_most:
        assert b.sum() == pytest.approx(limits.total, rel=1e-9, abs=1e-3)
    totals = _channel_totals(compiled, b)
    spent = b.sum()
    for channel, amount in constraints.channel_maximums.items():
        assert totals[compiled.channels.index(channel)] <= amount + tol
    for channel, (low, high) in constraints.channel_shares.items():
        j = compiled.channels.index(channel)
        assert low * spent - tol <= totals[j] <= high * spent + tol
    for kpi, level in constraints.floors.items():
        norm = compiled.population if kpi in ("reach", "reach3") else max(limits.total, 1.0)
        assert reference_floor_slack(compiled, kpi, level, b)[0] >= -1e-6 * norm, kpi


def _compare(instances, objective, count):
    failures = []
    for case, (plan, compiled, limits, constraints, o, rng) in enumerate(instances):
        b = o.budgets_after
        _check_met(compiled, limits, constraints, b)
        shares = {compiled.channels.index(ch): v for ch, v in constraints.channel_shares.items()}
        high = np.full(len(compiled.channels), np.inf)
        for ch, amount in constraints.channel_maximums.items():
            high[compiled.channels.index(ch)] = amount
        reference, _ = reference_constrained(compiled, objective, limits.lower, limits.upper, limits.total,
                                             limits.at_most, rng, starts=2, channel_high=high, shares=shares,
                                             floors=dict(constraints.floors))
        if np.isfinite(reference) and o.value_after < reference - (1e-3 * abs(reference) + 1e-9 * limits.total):
            failures.append((case, o.value_after, reference, dict(constraints.floors)))
    assert not failures, f"{len(failures)} of {count} plans below SLSQP: {failures[:5]}"


@pytest.mark.parametrize("objective", OBJECTIVES)
def test_channel_maximums_and_shares_are_met_and_match_slsqp(objective):
    _compare(_channel_instances(51, FAST, objective), objective, FAST)


@pytest.mark.parametrize("objective", OBJECTIVES)
def test_kpi_floors_are_met_and_match_slsqp(objective):
    _compare(_floor_instances(61, FAST, objective), objective, FAST)


SWEEP_ON = pytest.mark.skipif(not os.environ.get("MEP_OPTIMISE_SWEEP"),
                              reason="the 100-plan sweep runs with MEP_OPTIMISE_SWEEP=1")


@pytest.mark.slow
@SWEEP_ON
@pytest.mark.parametrize("objective", OBJECTIVES)
def test_channel_limits_sweep(objective):
    _compare(_channel_instances(5100, SWEEP, objective), objective, SWEEP)


@pytest.mark.slow
@SWEEP_ON
@pytest.mark.parametrize("objective", OBJECTIVES)
def test_kpi_floors_sweep(objective):
    _compare(_floor_instances(6100, SWEEP, objective), objective, SWEEP)


@pytest.mark.parametrize("objective", OBJECTIVES)
def test_two_line_plans_match_a_brute_force_grid(objective):
    """Two lines on two channels, exact total: every split on a fine grid, the best that meets the constraints."""
    checked = 0
    for plan, compiled, limits, rng in feasible_instances(71, 200):
        if compiled.size != 2 or len(compiled.channels) != 2 or limits.at_most or limits.locked.any():
            continue
        choose = np.random.default_rng([71, checked])
        low, high = sorted(choose.uniform(0.05, 0.95, size=2))
        constraints = Constraints(channel_shares={compiled.channels[0]: (float(low), float(high))})
        try:
            o = optimise(plan, objective, limits.total, False, compiled=compiled, constraints=constraints)
        except OptimiseError:
            continue
        first = np.linspace(max(limits.lower[0], limits.total - limits.upper[1]),
                            min(limits.upper[0], limits.total - limits.lower[1]), 4001)
        grid = np.stack([first, limits.total - first], axis=1)
        share = (compiled.channel_code[0] == 0) * first / limits.total + (compiled.channel_code[1] == 0) * (
            grid[:, 1] / limits.total)
        grid = grid[(share >= low - 1e-12) & (share <= high + 1e-12)]
        if not len(grid):
            continue
        best = float(np.max(reference_values(compiled, objective, grid)))
        assert o.value_after >= best - 1e-6 * max(abs(best), 1.0) - 1e-9 * limits.total, (objective, checked)
        checked += 1
        if checked == 10:
            break
    assert checked >= 5


def test_the_most_reach_while_roi_stays_above_a_floor(sample_plan):
    free = optimise(sample_plan, "reach")
    floor = free.after.total["roi"] + 0.02
    held = optimise(sample_plan, "reach", constraints=Constraints(floors={"roi": floor}))
    assert held.after.total["roi"] >= floor - 1e-6
    assert held.value_after < free.value_after
    assert any(b["kind"] == "floor" and b["kpi"] == "roi" for b in held.binding_constraints)


def test_a_floor_that_cannot_be_met_says_how_far_it_can_go(sample_plan):
    with pytest.raises(OptimiseError, match=r"ROAS ≥ 50.00 cannot be met.*at best it is"):
        optimise(sample_plan, "reach", constraints=Constraints(floors={"roas": 50.0}))


def test_douyin_between_30_and_50_percent_and_jd_at_most_800k(sample_plan):
    c = Constraints(channel_shares={"douyin": (0.3, 0.5)}, channel_maximums={"jd": 800_000})
    o = optimise(sample_plan, "gmv", budget=6_000_000, constraints=c)
    totals = _channel_totals(o.compiled, o.budgets_after)
    channels = o.compiled.channels
    assert 0.3 * 6e6 - 1 <= totals[channels.index("douyin")] <= 0.5 * 6e6 + 1
    assert totals[channels.index("jd")] <= 800_000 + 1
    words = [b["words"] for b in o.binding_constraints]
    assert words and words[0].startswith("total")


def test_shares_of_an_at_most_budget_are_shares_of_what_is_spent(sample_plan):
    """Reach up to ¥8m while ROI stays above a floor that ¥8m would break: less is spent, and Tmall's share is of
    what is spent."""
    shares = {"taobao": (0.4, 0.6)}
    full = optimise(sample_plan, "reach", budget=8_000_000, constraints=Constraints(channel_shares=shares))
    floor = full.after.total["roi"] + 0.02
    c = Constraints(channel_shares=shares, floors={"roi": floor})
    o = optimise(sample_plan, "reach", budget=8_000_000, at_most=True, constraints=c)
    totals = _channel_totals(o.compiled, o.budgets_after)
    spent = o.budgets_after.sum()
    assert 0 < spent <= 8_000_000 + 1e-3
    share = totals[o.compiled.channels.index("taobao")] / spent
    assert 0.4 - 1e-6 <= share <= 0.6 + 1e-6
    assert o.after.total["roi"] >= floor - 1e-6


@pytest.mark.parametrize("objective", ["reach", "gmv"])
def test_rounding_to_a_step_keeps_the_total_the_limits_and_most_of_the_value(objective):
    """Issue 16: no ¥1,625,419 or ¥15,838 left on a line. Every free line on a multiple of ¥10k (but one line
    taking what is left when the total is not a multiple), the total and each line's range kept, and no single
    ¥10k step between two lines doing better."""
    checked = 0
    for plan, compiled, limits, rng in feasible_instances(81, 30):
        step = 10_000.0
        exact = optimise(plan, objective, limits.total, limits.at_most, compiled=compiled)
        rounded = optimise(plan, objective, limits.total, limits.at_most, compiled=compiled, step=step)
        b = rounded.budgets_after
        tol = 1e-6 * max(limits.total, 1.0)
        assert b.sum() == pytest.approx(exact.budgets_after.sum(), abs=1e-3)
        assert np.all(b >= limits.lower - tol) and np.all(b <= limits.upper + tol)
        free = ~limits.locked & ~limits.rounded & (limits.upper > limits.lower) & (
            np.ceil(limits.lower / step - 1e-9) <= np.floor(limits.upper / step + 1e-9))
        off = np.abs(b[free] / step - np.round(b[free] / step)) > 1e-6
        assert off.sum() <= 1
        # no single step moved from one free line to another does better (the exchanges' stopping rule)
        lines = np.flatnonzero(free)
        moves = [(i, j) for i in lines for j in lines if i != j and b[i] - step >= limits.lower[i] - tol
                 and b[j] + step <= limits.upper[j] + tol]
        if moves:
            rows = np.tile(b, (len(moves), 1))
            for k, (i, j) in enumerate(moves):
                rows[k, i] -= step
                rows[k, j] += step
            assert reference_values(compiled, objective, rows).max() <= rounded.value_after * (1 + 1e-9) + 1e-9
        assert rounded.value_after <= exact.value_after * (1 + 1e-9) + 1e-6  # the rounded plan is never better
        checked += 1
    assert checked == 30


@pytest.mark.parametrize("total", [1_000_000, 1_471_400])
def test_whole_kol_sessions_never_break_a_channel_share(sample_plan, total):
    """Found through the frontier: at ¥1m, GMV wants two ¥450k Douyin sessions, 69% of the money, while Douyin
    may hold at most 60%. The whole-unit search must not take a plan the channel limits forbid."""
    o = optimise(sample_plan, "gmv", total, constraints=Constraints(channel_maximums={"jd": 400_000},
                                                                   channel_shares={"douyin": (0.4, 0.6)}))
    c = o.compiled
    totals = _channel_totals(c, o.budgets_after)
    spent = o.budgets_after.sum()
    assert 0.4 * spent - 1e-6 <= totals[c.channels.index("douyin")] <= 0.6 * spent + 1e-6
    assert totals[c.channels.index("jd")] <= 400_000 + 1e-6
