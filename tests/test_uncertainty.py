"""Monte Carlo over the assumptions' ranges, the tornado, and the batched evaluation both rest on."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from market_entry_planner.core.analysis.uncertainty import RESULTS, Cancelled, monte_carlo, tornado, uncertain_inputs
from market_entry_planner.core.assumptions import Assumptions
from market_entry_planner.core.calendar import Festival
from market_entry_planner.core.engine.batched import TOTALS, batch_totals
from market_entry_planner.core.engine.compile import compile_plan
from market_entry_planner.core.engine.evaluate import evaluate
from market_entry_planner.core.model import LineItem
from tests.planning import HAND_ASSUMPTIONS, hand_plan


def ranged(assumptions: Assumptions, key, low, value, high) -> Assumptions:
    return assumptions.with_row(replace(assumptions.exact(*key), low=low, value=value, high=high))


def feed(budget=100_000.0, channel="x", start=None, end=None, **kw) -> LineItem:
    return LineItem(channel=channel, tactic="feed_ads", budget=budget, start=start, end=end, **kw)


def plan_with(*lines, ranges=(), calendar=()):
    assumptions = HAND_ASSUMPTIONS
    for key, low, value, high in ranges:
        assumptions = ranged(assumptions, key, low, value, high)
    return replace(hand_plan(*lines, assumptions=assumptions), calendar=tuple(calendar))


CTR, CVR, CPM = ("*", "feed_ads", "ctr"), ("*", "feed_ads", "cvr"), ("*", "feed_ads", "cpm")


@pytest.fixture(scope="module")
def sample():
    from market_entry_planner.core.sample import sample_plan

    return sample_plan()


def zero_width(plan):
    rows = Assumptions(replace(r, low=r.value, high=r.value) for r in plan.assumptions)
    calendar = tuple(replace(f, cpm_low=f.cpm_multiplier, cpm_high=f.cpm_multiplier, cvr_low=f.cvr_multiplier,
                             cvr_high=f.cvr_multiplier) for f in plan.calendar)
    return replace(plan, assumptions=rows, calendar=calendar)


# -- Monte Carlo

def test_the_same_seed_gives_the_same_answer_and_another_seed_another(sample):
    first, again = monte_carlo(sample, 400, seed=7), monte_carlo(sample, 400, seed=7)
    other = monte_carlo(sample, 400, seed=8)
    assert first.draws.equals(again.draws) and first.summary.equals(again.summary)
    assert not np.allclose(first.draws["gmv"], other.draws["gmv"])
    assert first.summary.loc["gmv", "p50"] != other.summary.loc["gmv", "p50"]


def test_zero_width_ranges_give_the_point_estimate_exactly(sample):
    result = monte_carlo(zero_width(sample), 200, seed=1)
    point = evaluate(compile_plan(sample)).total
    for metric in RESULTS:
        p10, p50, p90 = result.band(metric)
        assert p10 == p50 == p90 == point[metric], metric
    assert len(result.inputs) > 40  # the rows were drawn, only their ranges are empty


def test_percentiles_are_ordered_and_bracket_a_spread(sample):
    result = monte_carlo(sample, 2_000, seed=3)
    for metric in RESULTS:
        p10, p50, p90 = result.band(metric)
        assert p10 <= p50 <= p90, metric
    for metric in ("reach", "gmv", "contribution", "roi"):
        p10, _, p90 = result.band(metric)
        assert p10 < p90
        assert p10 < result.summary.loc[metric, "point"] < p90


@pytest.mark.parametrize("distribution", ["pert", "triangular"])
def test_the_mean_of_gmv_matches_the_analytic_expectation(distribution):
    """GMV = budget ÷ CPM × 1000 × CTR × CVR × AOV, with CTR and CVR drawn independently: E = product of means.
    (With a frequency response near 0 sales do not saturate, so GMV is that product: model v2's saturation is
    tested in test_model_v2.)"""
    ctr, cvr = (0.01, 0.02, 0.05), (0.005, 0.01, 0.02)
    plan = plan_with(feed(), ranges=[(CTR, *ctr), (CVR, *cvr), (("*", "*", "frequency_response"), 1e-6, 1e-6, 1e-6)])
    result = monte_carlo(plan, 40_000, seed=11, distribution=distribution)

    def mean(low, mode, high):
        return (low + 4 * mode + high) / 6 if distribution == "pert" else (low + mode + high) / 3

    expected = 100_000 / 50 * 1000 * mean(*ctr) * mean(*cvr) * 200
    assert result.summary.loc["gmv", "mean"] == pytest.approx(expected, rel=0.015)
    drawn = result.draws["gmv"] / (100_000 / 50 * 1000 * 200)
    assert drawn.min() >= ctr[0] * cvr[0] * (1 - 1e-12) and drawn.max() <= ctr[2] * cvr[2] * (1 + 1e-12)


def test_lines_that_share_an_assumption_row_move_together():
    ranges = [(CPM, 20, 50, 90)]
    two_lines = monte_carlo(plan_with(feed(), feed(), ranges=ranges), 2_000, seed=5).draws["gmv"]
    one_line = monte_carlo(plan_with(feed(200_000), ranges=ranges), 2_000, seed=5).draws["gmv"]
    # perfectly correlated: the spread of two lines is the spread of one line with both budgets
    assert two_lines.to_numpy() == pytest.approx(one_line.to_numpy(), rel=1e-12)
    inputs = uncertain_inputs(plan_with(feed(), feed(), ranges=ranges))
    cpm = [s for s in inputs if s.label.endswith("· CPM")]
    assert len(cpm) == 1 and cpm[0].lines == 2


def test_each_figure_has_its_own_random_stream_so_plans_compare_on_the_same_draws():
    ranges = [(CPM, 20, 50, 90), (("*", "kol_live", "gmv_per_view"), 0.1, 0.2, 0.4)]
    alone = monte_carlo(plan_with(feed(), ranges=ranges), 1_000, seed=9)
    # a line without budget adds figures to draw (KOL rows, channel y) but must not reshuffle the CPM's draws
    with_more = monte_carlo(plan_with(feed(), LineItem("y", "kol_live", 0.0), ranges=ranges), 1_000, seed=9)
    assert len(with_more.inputs) > len(alone.inputs)
    assert with_more.draws["gmv"].equals(alone.draws["gmv"])
    assert "*|feed_ads|cpm" in set(alone.inputs["key"])


def test_overrides_and_the_brands_own_figures_stay_fixed():
    ranges = [(CVR, 0.005, 0.01, 0.02), (CTR, 0.01, 0.02, 0.03)]
    plan = plan_with(feed(overrides={"cvr": 0.01}), ranges=ranges)
    inputs = uncertain_inputs(plan)
    assert any(s.label.endswith("· CTR") for s in inputs)
    drawn = {s.key.split("|")[-1] for s in inputs}
    assert not drawn & {"cvr", "aov", "gross_margin", "agency_fee"}
    wider_cvr = plan_with(feed(overrides={"cvr": 0.01}), ranges=[(CVR, 0.001, 0.01, 0.5), ranges[1]])
    assert monte_carlo(plan, 500, seed=2).draws.equals(monte_carlo(wider_cvr, 500, seed=2).draws)


def test_compile_records_where_each_figure_came_from():
    plan = plan_with(feed(), feed(overrides={"cpm": 40.0}), LineItem("y", "kol_live", 20_000))
    c = compile_plan(plan)
    index = plan.assumptions.index_of
    assert c.provenance["price"].tolist() == [index(CPM), -1, index(("*", "kol_live", "slot_fee"))]
    assert c.provenance["audience_per_unit"].tolist() == [-1, -1, index(("*", "kol_live", "viewers_per_session"))]
    assert c.provenance["aov"].tolist() == [-1, -1, -1]  # the brand's own figure
    assert c.provenance["kol_commission"].tolist() == [-1, -1, index(("*", "kol_live", "kol_commission"))]
    assert c.provenance["penetration"].tolist() == [index(("x", "*", "penetration")), index(("y", "*", "penetration"))]
    assert c.provenance["annual_fee"].tolist() == [index(("x", "*", "annual_fee")), -1]  # y has no row: 0
    assert c.inputs["price"].tolist() == [50.0, 40.0, 10_000.0]


def test_festival_multiplier_ranges_feed_the_monte_carlo():
    festival = Festival("fest", "Fest", 2027, date(2027, 6, 1), date(2027, 6, 10), (), 1.4, 1.2, 1.6, 1.2, 1.0, 1.5)
    dated = plan_with(feed(start=date(2027, 6, 1), end=date(2027, 6, 10)), calendar=[festival])
    undated = plan_with(feed(), calendar=[festival])
    labels = [s.label for s in uncertain_inputs(dated) if s.kind == "festival"]
    assert labels == ["Fest 2027 · CPM multiplier", "Fest 2027 · CVR multiplier"]
    impressions = monte_carlo(dated, 2_000, seed=4).band("impressions")
    assert impressions[0] < impressions[1] < impressions[2]
    point = 100_000 / (50 * 1.4) * 1000
    assert 100_000 / (50 * 1.6) * 1000 <= impressions[0] and impressions[2] <= 100_000 / (50 * 1.2) * 1000
    assert impressions[1] == pytest.approx(point, rel=0.05)
    still = monte_carlo(undated, 200, seed=4).band("impressions")
    assert still[0] == still[2] and not [s for s in uncertain_inputs(undated) if s.kind == "festival"]


def test_progress_is_reported_and_a_run_can_be_cancelled(sample):
    seen = []
    monte_carlo(sample, 10_000, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 1
    with pytest.raises(Cancelled):
        monte_carlo(sample, 10_000, progress=lambda done: False)


def test_bad_arguments_are_refused(sample):
    with pytest.raises(ValueError):
        monte_carlo(sample, 10, distribution="uniform")
    with pytest.raises(ValueError):
        monte_carlo(sample, 0)
    with pytest.raises(ValueError):
        tornado(sample, "happiness")


# -- tornado

def test_the_tornado_ranks_a_wider_range_higher():
    narrow, wide = (0.018, 0.02, 0.022), (0.005, 0.01, 0.015)
    ranking = tornado(plan_with(feed(), ranges=[(CTR, *narrow), (CVR, *wide)]), "gmv")
    assert ranking["input"].tolist()[:2] == ["All channels · Feed ads · CVR", "All channels · Feed ads · CTR"]
    flipped = tornado(plan_with(feed(), ranges=[(CTR, 0.01, 0.02, 0.03), (CVR, 0.009, 0.01, 0.011)]), "gmv")
    assert flipped["input"].tolist()[:2] == ["All channels · Feed ads · CTR", "All channels · Feed ads · CVR"]
    top = ranking.iloc[0]
    base = evaluate(compile_plan(plan_with(feed()))).total["gmv"]
    assert top["base"] == base
    assert top["result_low"] == pytest.approx(base * 0.5, rel=1e-12)
    assert top["result_high"] == pytest.approx(base * 1.5, rel=1e-12)
    assert top["swing"] == pytest.approx(base, rel=1e-12)
    assert (ranking["swing"].iloc[2:] == 0).all()  # zero-width rows cannot move it


@pytest.mark.parametrize("metric", ["reach", "effective_reach", "gmv", "contribution", "roi"])
def test_the_tornado_is_sorted_and_its_ends_are_the_plan_at_each_end_of_a_range(sample, metric):
    ranking = tornado(sample, metric)
    assert (np.diff(ranking["swing"]) <= 0).all()
    assert ranking["base"].iloc[0] == evaluate(compile_plan(sample)).total[metric]
    # the top input at its low, by editing the plan: the same number
    top = ranking.iloc[0]
    inputs = {s.label: s for s in uncertain_inputs(sample)}[top["input"]]
    if inputs.kind == "assumption":
        row = sample.assumptions.rows[inputs.index]
        edited = replace(sample, assumptions=sample.assumptions.with_value(row.key, row.low))
        assert evaluate(compile_plan(edited)).total[metric] == pytest.approx(top["result_low"], rel=1e-9)


# -- the batched evaluation

@pytest.mark.parametrize("frequency", [1, 3, 5])
def test_batched_totals_equal_evaluate_to_the_last_bit(sample, frequency):
    plan = replace(sample, market=replace(sample.market, effective_frequency=frequency))
    plan = plan.with_line(0, replace(plan.lines[0], overrides={"k": np.inf}))  # a Poisson line too
    c = compile_plan(plan)
    budgets = np.random.default_rng(frequency).uniform(0, 2, (6, c.size)) * c.budgets
    budgets[0, :3] = 0.0  # and lines without budget
    batch = batch_totals(c, budgets)
    for b in range(len(budgets)):
        one = evaluate(c, budgets[b]).total
        for key in TOTALS:
            assert batch[key][b] == one[key] or (np.isnan(batch[key][b]) and np.isnan(one[key])), key
        assert batch["channel_reach"][b].tolist() == evaluate(c, budgets[b]).channel["reach"].tolist()
