"""Model v2 (issue "Numbers a planner can bet a budget on"): sales that saturate and respect price, one pool per
buy, livestreams within their viewer pools, finite search demand that content raises. docs/model.md defines it."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from market_entry_planner.core.benchmarks import default_assumptions
from market_entry_planner.core.engine.compile import compile_plan
from market_entry_planner.core.engine.evaluate import estimate, evaluate
from market_entry_planner.core.model import LineItem, Market
from market_entry_planner.core.optimise.optimiser import optimise
from tests.planning import default_plan, hand_plan

CHANNELS = ("douyin", "kuaishou", "taobao", "jd")
TACTICS = ("feed_ads", "search_ads", "kol_live", "brand_live", "kol_video")
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MARKET = Market(target="t", category="womens_apparel", target_population=30_000_000, aov=600.0, gross_margin=0.6,
                agency_fee=0.05, effective_frequency=3)


def _plan(*lines, market=MARKET):
    """The shipped figures for the market's category (women's apparel)."""
    return replace(default_plan(*lines, market=market), assumptions=default_assumptions(market.category))


# -- sales saturate, and stay bounded

@SETTINGS
@given(st.sampled_from(CHANNELS), st.sampled_from(TACTICS), st.floats(0.5, 4.0))
def test_every_tactics_orders_and_gmv_are_concave_and_bounded_in_its_budget(channel, tactic, scale):
    c = compile_plan(_plan(LineItem(channel, tactic, 100_000)))
    budgets = np.linspace(0, 5e7 * scale, 41)[:, None]
    from market_entry_planner.core.engine.batched import batch_totals

    totals = batch_totals(c, budgets, totals=("orders", "gmv"))
    for metric in ("orders", "gmv"):
        y = totals[metric]
        steps = np.diff(y)
        assert np.all(steps >= -1e-9 * y.max()), metric                    # never falls
        assert np.all(np.diff(steps) <= 1e-9 * max(steps.max(), 1e-300)), metric  # each yuan adds less
    # bounded: the pool's people and their potential, whatever the budget
    potential = float(c.rates.potential[0])
    huge = batch_totals(c, np.array([[1e13]]), totals=("orders",))["orders"][0]
    assert huge <= potential * (1 + 1e-9)


def test_ten_times_the_order_value_never_sells_ten_times_the_gmv():
    for aov in (100.0, 850.0, 5_000.0):
        base = estimate(_plan(LineItem("douyin", "feed_ads", 1e6), market=replace(MARKET, aov=aov))).total["gmv"]
        dear = estimate(_plan(LineItem("douyin", "feed_ads", 1e6), market=replace(MARKET, aov=10 * aov))).total["gmv"]
        assert dear < 10 * base
        # apparel's elasticity 0.8: GMV ∝ AOV^(1 − 0.8) before saturation, so about 10^0.2 ≈ 1.6 times
        assert dear / base == pytest.approx(10 ** 0.2, rel=0.1)


def test_roas_no_longer_scales_with_the_order_value(sample_plan):
    roas = {}
    for aov in (100.0, 850.0, 5_000.0):
        plan = replace(sample_plan, market=replace(sample_plan.market, aov=aov))
        roas[aov] = estimate(plan).total["roas"]
    assert roas[5_000.0] / roas[100.0] < 50 / 5  # v1: 20.8 / 0.42 ≈ 50 for 50 × the price


# -- one buy, one pool

@SETTINGS
@given(st.sampled_from(CHANNELS), st.sampled_from(TACTICS), st.floats(1e4, 5e7), st.integers(2, 12))
def test_splitting_a_line_into_n_lines_leaves_reach_and_effective_reach_unchanged(channel, tactic, budget, n):
    start, end = date(2027, 1, 1), date(2027, 12, 31)
    one = _plan(LineItem(channel, tactic, budget, start=start, end=end))
    many = _plan(*(LineItem(channel, tactic, budget / n, start=start, end=end, name=f"part {i}") for i in range(n)))
    a, b = estimate(one).total, estimate(many).total
    for metric in ("reach", "effective_reach", "orders", "gmv", "impressions", "clicks"):
        assert b[metric] == pytest.approx(a[metric], rel=1e-9, abs=1e-9), metric


def test_the_issues_douyin_buy_as_one_line_or_twelve_monthly_lines_reaches_the_same_people():
    """Reach of a buy does not depend on how it is split: v1 gave 13.37m (3+ 1.76m) for one line and 15.73m
    (3+ 0.86m) for twelve monthly lines of the same ¥1.2m."""
    year = _plan(LineItem("douyin", "feed_ads", 1_200_000))
    months = _plan(*(LineItem("douyin", "feed_ads", 100_000, name=f"month {m}") for m in range(1, 13)))
    a, b = estimate(year).total, estimate(months).total
    assert b["reach"] == pytest.approx(a["reach"], rel=1e-12)
    assert b["effective_reach"] == pytest.approx(a["effective_reach"], rel=1e-12)


def test_lines_of_different_tactics_stay_independent_within_the_channel():
    both = estimate(_plan(LineItem("douyin", "feed_ads", 1e6), LineItem("douyin", "kol_video", 1e6)))
    audience = both.compiled.audience[0]
    # two pools: the channel's unreached share is the product of the pools' (Sainsbury within the channel)
    pools = [estimate(_plan(LineItem("douyin", t, 1e6))).channel["reach"][0] for t in ("feed_ads", "kol_video")]
    expected = audience * (1 - (1 - pools[0] / audience) * (1 - pools[1] / audience))
    assert both.channel["reach"][0] == pytest.approx(expected, rel=1e-9)


# -- livestreams within their viewer pools; cumulative views are not people

@SETTINGS
@given(st.integers(1, 200), st.floats(1e5, 5e7), st.floats(1e4, 2e7))
def test_a_kol_session_never_reaches_more_people_than_its_pool(sessions, views, pool):
    overrides = {"viewers_per_session": views, "viewer_pool": pool, "slot_fee": 50_000}
    r = estimate(_plan(LineItem("douyin", "kol_live", sessions * 50_000, overrides=overrides)))
    assert r.line["reach"][0] <= pool * 0.35 * (1 + 1e-9)        # the on-target part of the KOL's pool
    assert r.line["reach"][0] <= r.line["target_impressions"][0] * (1 + 1e-9)


def test_views_per_viewer_turns_cumulative_views_into_people():
    once = estimate(_plan(LineItem("douyin", "kol_live", 30_000, overrides={"views_per_viewer": 1.0})))
    twice = estimate(_plan(LineItem("douyin", "kol_live", 30_000, overrides={"views_per_viewer": 2.0})))
    assert twice.line["impressions"][0] == once.line["impressions"][0]                 # the same 人次
    assert twice.line["target_impressions"][0] == pytest.approx(once.line["target_impressions"][0] / 2)
    assert twice.line["reach"][0] < once.line["reach"][0]


# -- search demand is finite, and content creates it

@SETTINGS
@given(st.sampled_from(CHANNELS), st.floats(1e3, 1e11))
def test_search_clicks_never_exceed_the_demand(channel, budget):
    c = compile_plan(_plan(LineItem(channel, "search_ads", budget)))
    demand = float(c.rates.demand[0])
    r = evaluate(c)
    assert r.line["impressions"][0] <= demand * (1 + 1e-9)
    assert r.line["clicks"][0] <= demand * c.rates.ctr[0] * (1 + 1e-9)


def test_content_on_douyin_raises_taobao_search_demand_and_its_clicks():
    search = LineItem("taobao", "search_ads", 2_000_000)
    alone = estimate(_plan(search))
    seeded = estimate(_plan(search, LineItem("douyin", "kol_video", 2_000_000)))
    assert seeded.line["clicks"][0] > alone.line["clicks"][0]
    # with no halo row, Douyin content does nothing for Taobao search
    plan = _plan(search, LineItem("douyin", "kol_video", 2_000_000))
    no_halo = replace(plan, assumptions=plan.assumptions.without(("taobao", "search_ads", "halo_douyin")))
    assert estimate(no_halo).line["clicks"][0] == pytest.approx(alone.line["clicks"][0], rel=1e-12)


def test_a_search_line_answers_only_the_searches_of_its_own_days():
    month = LineItem("jd", "search_ads", 2_000_000, start=date(2027, 3, 1), end=date(2027, 3, 31))
    year = LineItem("jd", "search_ads", 2_000_000, start=date(2027, 1, 1), end=date(2027, 12, 31))
    assert estimate(_plan(month)).line["clicks"][0] < estimate(_plan(year)).line["clicks"][0]


# -- the conversion formula against a simulation of people

def test_orders_match_a_simulation_of_a_million_people():
    """Each person's exposures are NBD (gamma–Poisson); each exposure converts the share β of what is left of the
    person's purchase potential p: E[orders] per person = p·(1 − (1 − β)^X). The engine's closed form must agree
    with 10^6 simulated people within 3 standard errors."""
    plan = hand_plan(LineItem("x", "feed_ads", 60_000))
    c = compile_plan(plan)
    r = evaluate(c)
    universe = float(c.rates.universe[0])                      # target people of the pool
    on_target = float(c.rates.on_target[0])
    people = universe / on_target                              # everybody the buy's impressions fall on
    mean = r.line["impressions"][0] / people
    k = float(c.rates.k[0])
    beta = 0.3                                                 # tests/planning.py: frequency response
    p = float(c.rates.potential[0]) / people                   # purchase potential per person
    rng = np.random.default_rng(2026)
    n = 1_000_000
    exposures = rng.poisson(rng.gamma(k, mean / k, n))
    bought = p * (1 - (1 - beta) ** exposures)
    simulated, error = bought.mean() * people, bought.std() / np.sqrt(n) * people
    assert abs(r.line["orders"][0] - simulated) < 3 * error


# -- the optimiser's answers are interior on the sample (no maximums needed)

@pytest.mark.parametrize("objective", ["gmv", "contribution"])
def test_the_samples_gmv_and_profit_optimum_puts_no_line_above_half_the_budget(sample_plan, objective):
    o = optimise(sample_plan, objective)
    assert o.budgets_after.max() <= 0.5 * o.budgets_after.sum()
    assert (o.budgets_after > 0).sum() >= 4


def test_an_older_workbook_opens_with_the_new_figures_and_says_so(tmp_path, sample_plan):
    from openpyxl import load_workbook

    from market_entry_planner.core.workbook import read_plan, write_plan

    path = write_plan(sample_plan, tmp_path / "v1.xlsx")
    wb = load_workbook(path)
    ws = wb["Assumptions"]
    keep = [row for row in ws.iter_rows(min_row=2, values_only=True)
            if row[2] not in ("Frequency response", "Search demand", "Viewer pool", "Views per viewer")]
    ws.delete_rows(2, ws.max_row)
    for row in keep:
        ws.append(row)
    meta = wb["_meta"]
    for row in meta.iter_rows():
        if row[0].value == "format_version":
            row[1].value = 1
    wb.save(path)
    result = read_plan(path)
    assert any("model v2" in str(w) for w in result.warnings)
    assert estimate(result.plan).total["gmv"] == pytest.approx(estimate(sample_plan).total["gmv"], rel=1e-9)


def test_a_discounted_deal_keeps_the_unit_cost_so_its_margin_shrinks():
    """A KOL deal at 40% off: the line's order value falls, the brand's unit cost does not (docs/model.md §6)."""
    full = LineItem("douyin", "kol_live", 90_000)
    deal = LineItem("douyin", "kol_live", 90_000, overrides={"aov": 0.6 * MARKET.aov})
    c = compile_plan(_plan(full, deal))
    unit_cost = MARKET.aov * (1 - MARKET.gross_margin)
    assert c.rates.gross_margin[1] == pytest.approx(1 - unit_cost / (0.6 * MARKET.aov))
    assert c.rates.gross_margin[0] == pytest.approx(MARKET.gross_margin)
    # cheaper sells more orders (elasticity), each worth less, with less margin on each
    r = evaluate(c)
    assert r.line["orders"][1] > r.line["orders"][0]
    assert r.line["contribution"][1] / r.line["net_gmv"][1] < r.line["contribution"][0] / r.line["net_gmv"][0]
    own = compile_plan(_plan(LineItem("douyin", "kol_live", 90_000, overrides={"aov": 0.6 * MARKET.aov,
                                                                                "gross_margin": 0.5})))
    assert own.rates.gross_margin[0] == pytest.approx(0.5)   # a margin the line states wins


def test_returns_cost_reverse_logistics_beyond_the_lost_margin():
    plan = _plan(LineItem("taobao", "feed_ads", 500_000))
    r = estimate(plan)
    row = plan.assumptions.find("taobao", "feed_ads", "return_cost_per_order").value
    rate = plan.assumptions.find("taobao", "feed_ads", "return_rate").value
    assert r.line["return_costs"][0] == pytest.approx(r.line["orders"][0] * rate * row)
    assert r.line["cost"][0] == pytest.approx(r.line["marketing_cost"][0] + r.line["kol_commission"][0]
                                              + r.line["platform_fee"][0] + r.line["fulfilment"][0]
                                              + r.line["return_costs"][0])


def test_a_line_spends_evenly_over_its_days_whatever_the_other_search_lines_dates():
    """Search lines of one demand group with different dates cut the year into segments; a line's budget is spread
    over its own days, so with searches to spare its impressions are its budget's worth, no more, no less."""
    lines = (LineItem("jd", "search_ads", 300_000, start=date(2027, 1, 1), end=date(2027, 12, 31),
                      overrides={"search_demand": 1e15}),
             LineItem("jd", "search_ads", 100_000, start=date(2027, 3, 1), end=date(2027, 6, 30),
                      overrides={"search_demand": 1e15}))
    c = compile_plan(_plan(*lines))
    assert c.structure.segments == 3                       # Jan–Feb, Mar–Jun, Jul–Dec
    r = evaluate(c)
    raw = c.budgets * c.rates.impressions_per_yuan
    assert r.line["impressions"] == pytest.approx(raw, rel=1e-7)  # 10^15 searches: saturation below 10^-8


def test_a_channel_everyone_uses_reaches_in_the_total_exactly_what_it_reaches_alone():
    plan = _plan(LineItem("douyin", "feed_ads", 2e6))
    full = replace(plan, assumptions=plan.assumptions.with_value(("douyin", "*", "penetration"), 1.0))
    r = estimate(full)
    assert r.total["reach"] == pytest.approx(r.channel["reach"][0], rel=1e-12)
    assert r.total["effective_reach"] == pytest.approx(r.channel["effective_reach"][0], rel=1e-9)


def test_a_tiny_buy_in_a_big_population_keeps_its_precision():
    """A yuan's reach among 10^8 people: the total must equal the only channel's reach, not lose it to rounding."""
    r = estimate(_plan(LineItem("kuaishou", "feed_ads", 1.0), market=replace(MARKET, target_population=1.7e8)))
    assert r.channel["reach"][0] > 0
    assert r.total["reach"] == pytest.approx(r.channel["reach"][0], rel=1e-12)
