"""Properties that must hold for any plan (hypothesis)."""
from dataclasses import replace

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from market_entry_planner.core.engine.evaluate import estimate
from market_entry_planner.core.model import LineItem, Market
from tests.planning import default_plan

CHANNELS = ("douyin", "kuaishou", "taobao", "jd")
TACTICS = ("feed_ads", "search_ads", "kol_live", "brand_live", "kol_video")
EPS = 1e-9

# money is typed to the fen: a budget of 1e-300 yuan is no budget anyone plans
budgets = st.one_of(st.just(0.0), st.floats(min_value=0.01, max_value=5e7, allow_nan=False))
lines = st.builds(
    LineItem,
    channel=st.sampled_from(CHANNELS),
    tactic=st.sampled_from(TACTICS),
    budget=budgets,
    overrides=st.fixed_dictionaries({}, optional={
        "k": st.floats(min_value=0.05, max_value=50.0),
        "on_target": st.floats(min_value=0.0, max_value=1.0),
    }),
)
markets = st.builds(Market, target_population=st.floats(min_value=1e4, max_value=2e8), aov=st.floats(10, 5_000),
                    gross_margin=st.floats(0, 1), agency_fee=st.floats(0, 0.3),
                    effective_frequency=st.integers(1, 6))
plans = st.builds(lambda ls, m: default_plan(*ls, market=m), st.lists(lines, min_size=1, max_size=25), markets)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(plans)
def test_reach_never_exceeds_the_audience_at_any_level(plan):
    r = estimate(plan)
    audience = r.compiled.audience
    assert np.all(r.line["reach"] <= audience[r.compiled.channel_code] * (1 + EPS))
    assert np.all(r.channel["reach"] <= audience * (1 + EPS))
    assert r.total["reach"] <= plan.market.target_population * (1 + EPS)
    assert np.all(r.line["effective_reach"] <= r.line["reach"] * (1 + EPS) + EPS)
    assert np.all(r.channel["effective_reach"] <= r.channel["reach"] * (1 + EPS) + EPS)
    assert r.total["effective_reach"] <= r.total["reach"] * (1 + EPS) + EPS
    assert r.total["reach"] >= r.channel["reach"].max() * (1 - EPS) - EPS


@SETTINGS
@given(plans, st.data())
def test_more_budget_never_lowers_reach_or_cost(plan, data):
    i = data.draw(st.integers(0, len(plan.lines) - 1))
    extra = data.draw(st.floats(min_value=1.0, max_value=1e7))
    before = estimate(plan)
    line = plan.lines[i]
    after = estimate(plan.with_line(i, line.with_budget(line.budget + extra)))
    c = before.compiled.channel_code[i]
    # people are counted in doubles over populations of 10^8: a billionth of the population is below one person
    people = 1e-9 * plan.market.target_population
    for key in ("reach", "effective_reach", "cost", "impressions", "gmv"):
        slack = people if key in ("reach", "effective_reach") else EPS
        assert after.line[key][i] >= before.line[key][i] * (1 - EPS) - slack, key
        assert after.channel[key][c] >= before.channel[key][c] * (1 - EPS) - slack, key
        assert after.total[key] >= before.total[key] * (1 - EPS) - slack, key


@SETTINGS
@given(plans)
def test_frequency_is_at_least_one_wherever_someone_is_reached(plan):
    r = estimate(plan)
    for level in (r.line, r.channel):
        reached = level["reach"] > 0
        assert np.all(level["frequency"][reached] >= 1 - 1e-9)
    if r.total["reach"] > 0:
        assert r.total["frequency"] >= 1 - 1e-9


@SETTINGS
@given(plans, lines.map(lambda line: line.with_budget(0.0)))
def test_a_zero_budget_line_contributes_nothing(plan, zero_line):
    base = estimate(plan)
    with_zero = estimate(plan.with_lines(plan.lines + (zero_line,)))
    for key, value in base.total.items():
        assert np.isclose(with_zero.total[key], value, rtol=1e-9, atol=1e-6, equal_nan=True), key
    assert with_zero.line["reach"][-1] == 0 and with_zero.line["cost"][-1] == 0


@SETTINGS
@given(plans, st.randoms(use_true_random=False))
def test_the_order_of_lines_does_not_change_totals(plan, random):
    shuffled = list(plan.lines)
    random.shuffle(shuffled)
    a, b = estimate(plan), estimate(plan.with_lines(shuffled))
    for key, value in a.total.items():
        assert np.isclose(b.total[key], value, rtol=1e-9, atol=1e-6, equal_nan=True), key


@SETTINGS
@given(plans)
def test_lines_add_up_to_channels_and_channels_to_totals(plan):
    r = estimate(plan)
    for key in ("budget", "cost", "gmv", "orders", "contribution", "fixed_costs"):
        assert np.isclose(r.line[key].sum(), r.total[key], rtol=1e-9, atol=1e-6)
        assert np.isclose(r.channel[key].sum(), r.total[key], rtol=1e-9, atol=1e-6)


@SETTINGS
@given(plans)
def test_results_are_finite(plan):
    r = estimate(plan)
    for key in ("reach", "effective_reach", "impressions", "cost", "gmv", "contribution"):
        assert np.all(np.isfinite(r.line[key])), key
        assert np.isfinite(r.total[key]), key


def test_market_edits_do_not_touch_the_lines(sample_plan):
    smaller = replace(sample_plan, market=replace(sample_plan.market, target_population=1e6))
    assert estimate(smaller).total["reach"] <= 1e6
