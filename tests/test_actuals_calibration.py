"""Calibration is honest: no data leaves the prior exactly, posteriors converge on the truth as data grow, the 80%
intervals cover the truth about 80% of the time (seeded), and contradictory data are flagged, never a crash."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest

from market_entry_planner.core.actuals.calibration import (
    AOV_KEY,
    BETA,
    GAMMA,
    Spec,
    accept,
    calibrate,
    original_prior,
    posterior,
    prior_of,
)
from market_entry_planner.core.assumptions import Assumption
from market_entry_planner.core.reported import ActualRow

CTR = Assumption("douyin", "feed_ads", "ctr", 0.015, 0.008, 0.03)
CTR_SPEC = Spec(BETA, "clicks", "impressions")
CPM = Assumption("douyin", "feed_ads", "cpm", 40.0, 20.0, 90.0)
CPM_SPEC = Spec(GAMMA, "impressions", "spend", inverse=True, scale=1000.0)
VIEWS = Assumption("*", "kol_live", "viewers_per_session", 300_000, 100_000, 1_000_000)
VIEWS_SPEC = Spec(GAMMA, "views", "units")


def _prior_draw(rng, row, spec):
    a, b = prior_of(row, spec)
    if spec.family == BETA:
        return rng.beta(a, b)
    rate = rng.gamma(a, 1 / b)
    return spec.scale / rate if spec.inverse else rate


def _data(rng, spec, truth, days, size):
    """Counts for `days` rows of `size` exposure each, from the true figure."""
    exposure = np.full(days, float(size))
    if spec.family == BETA:
        return rng.binomial(size, truth, days).astype(float), exposure
    rate = spec.scale / truth if spec.inverse else truth
    return rng.poisson(exposure * rate).astype(float), exposure


def test_without_data_the_posterior_is_the_prior_exactly(sample_plan):
    for row, spec in ((CTR, CTR_SPEC), (CPM, CPM_SPEC), (VIEWS, VIEWS_SPEC)):
        p = posterior(row.key, spec, row)
        assert p.post == p.prior and p.evidence is None and p.calibrated() is row
        assert (p.mean, p.low, p.high) == (row.value, row.low, row.high)
        assert p.p10 < row.value < p.p90
    assert calibrate(sample_plan).posteriors == ()
    assert accept(sample_plan, calibrate(sample_plan)) == sample_plan


def test_the_prior_has_the_monte_carlos_pert_moments():
    for row, spec in ((CTR, CTR_SPEC), (CPM, CPM_SPEC), (VIEWS, VIEWS_SPEC)):
        draws = np.array([_prior_draw(np.random.default_rng(i), row, spec) for i in range(20_000)])
        mean = (row.low + 4 * row.value + row.high) / 6
        sd = np.sqrt((mean - row.low) * (row.high - mean) / 7)
        assert draws.mean() == pytest.approx(mean, rel=0.03)
        assert draws.std() == pytest.approx(sd, rel=0.1)


@pytest.mark.parametrize("row,spec", [(CTR, CTR_SPEC), (CPM, CPM_SPEC), (VIEWS, VIEWS_SPEC)])
def test_the_fitted_priors_moments_are_the_perts_exactly(row, spec):
    a, b = prior_of(row, spec)
    mean = (row.low + 4 * row.value + row.high) / 6
    variance = (mean - row.low) * (row.high - mean) / 7
    if spec.family == BETA:
        got = (a / (a + b), a * b / ((a + b) ** 2 * (a + b + 1)))
    elif spec.inverse:  # the price is scale ÷ a gamma's draw: an inverse gamma
        got = (spec.scale * b / (a - 1), (spec.scale * b) ** 2 / ((a - 1) ** 2 * (a - 2)))
    else:
        got = (a / b, a / b ** 2)
    assert got == pytest.approx((mean, variance), rel=1e-9)


@pytest.mark.parametrize("row,spec,truth,size", [(CTR, CTR_SPEC, 0.022, 2_000), (CPM, CPM_SPEC, 55.0, 50.0),
                                                 (VIEWS, VIEWS_SPEC, 450_000.0, 1.0)])
def test_posterior_means_converge_on_the_truth(row, spec, truth, size):
    rng = np.random.default_rng(7)
    errors, widths = [], []
    for days in (1, 10, 100, 1000, 10_000):
        events, exposure = _data(rng, spec, truth, days, size)
        p = posterior(row.key, spec, row, events, exposure, "test", days)
        errors.append(abs(p.mean - truth) / truth)
        widths.append((p.p90 - p.p10) / truth)
    assert errors[-1] < 0.01 and errors[-1] < errors[0]
    assert all(later < earlier for earlier, later in zip(widths, widths[1:]))


@pytest.mark.parametrize("row,spec,days,size", [(CTR, CTR_SPEC, 14, 300), (CPM, CPM_SPEC, 14, 2.0),
                                                (VIEWS, VIEWS_SPEC, 3, 1.0)])
def test_80_percent_intervals_cover_the_truth_70_to_90_percent_of_200_trials(row, spec, days, size):
    covered = 0
    for trial in range(200):
        rng = np.random.default_rng([2026, trial])
        truth = _prior_draw(rng, row, spec)
        events, exposure = _data(rng, spec, truth, days, size)
        p = posterior(row.key, spec, row, events, exposure, "test", days)
        covered += p.p10 <= truth <= p.p90
    assert 140 <= covered <= 180, covered


def test_overdispersed_days_are_discounted_so_intervals_stay_honest():
    """Daily CTRs that wander around the truth (auctions, creatives): counted as binomial they would give intervals
    far too narrow; the dispersion discount keeps the coverage near 80%."""
    covered, phis = 0, []
    for trial in range(200):
        rng = np.random.default_rng([11, trial])
        truth = _prior_draw(rng, CTR, CTR_SPEC)
        daily = rng.beta(truth * 300, (1 - truth) * 300, 28)  # mean: the truth
        events = rng.binomial(50_000, daily).astype(float)
        p = posterior(CTR.key, CTR_SPEC, CTR, events, np.full(28, 50_000.0), "test", 28)
        covered += p.p10 <= truth <= p.p90
        phis.append(p.evidence.dispersion)
    assert 140 <= covered <= 180, covered
    assert np.median(phis) > 50


def test_a_ctr_of_zero_over_a_million_impressions_is_flagged_not_a_crash():
    p = posterior(CTR.key, CTR_SPEC, CTR, [0] * 10, [100_000] * 10, "test", 10)
    assert p.flag == "conflict"
    assert np.isfinite([p.mean, p.p10, p.p90, p.low, p.high]).all()
    assert 0 <= p.low <= p.mean <= p.high < CTR.low
    # money spent and no impressions at all: a CPM beyond any range, flagged, finite
    q = posterior(CPM.key, CPM_SPEC, CPM, [0, 0, 0], [5_000, 5_000, 5_000], "test", 3)
    assert q.flag == "conflict" and np.isfinite([q.mean, q.p10, q.p90]).all() and q.mean > CPM.high
    assert q.observed is None
    # more clicks than impressions (a broken export) cannot push a share above 1
    r = posterior(CTR.key, CTR_SPEC, CTR, [500], [100], "test", 1)
    assert 0 < r.mean <= 1 and r.flag == "conflict"


def test_agreeing_data_are_not_flagged_and_disagreeing_ones_are():
    rng = np.random.default_rng(3)
    agree = posterior(CTR.key, CTR_SPEC, CTR, rng.binomial(2_000, 0.015, 5), np.full(5, 2_000.0), "t", 5)
    assert agree.flag == ""
    outside = posterior(CTR.key, CTR_SPEC, CTR, rng.binomial(100_000, 0.025, 30), np.full(30, 1e5), "t", 30)
    assert outside.flag == "outside" and CTR.value < outside.p10
    below = posterior(CTR.key, CTR_SPEC, CTR, rng.binomial(100_000, 0.0125, 30), np.full(30, 1e5), "t", 30)
    assert below.flag == "outside" and below.p90 < CTR.value


def _actuals(line, days, spend, cpm, ctr, cvr, aov, refund_share, source="qianchuan"):
    start = date(2027, 3, 1)
    rows = []
    for d in range(days):
        impressions = spend / cpm * 1000
        clicks = impressions * ctr
        orders = clicks * cvr
        rows.append(ActualRow(line.channel, line.tactic, line.name, start + timedelta(days=d), 1, source, line.name,
                              spend=spend, impressions=impressions, clicks=clicks, orders=orders, gmv=orders * aov,
                              refunds=orders * aov * refund_share))
    return tuple(rows)


def test_calibrating_a_plan_writes_its_own_rows_and_keeps_the_generic_ones(sample_plan):
    feed = next(line for line in sample_plan.lines if line.channel == "douyin" and line.tactic == "feed_ads")
    plan = replace(sample_plan, actuals=_actuals(feed, 14, 20_000, 60.0, 0.01, 0.02, 700.0, 0.2))
    calibration = calibrate(plan)
    keys = {p.key for p in calibration.with_data}
    assert keys == {("douyin", "feed_ads", k) for k in ("cpm", "ctr", "cvr", "return_rate")} | {AOV_KEY}
    cpm = calibration.find(("douyin", "feed_ads", "cpm"))
    assert cpm.observed == pytest.approx(60.0) and 40 < cpm.mean <= 60.5
    assert "14 days of Qianchuan report" in cpm.evidence.text and "impressions" not in cpm.evidence.text
    assert "4.7m impressions" in calibration.find(("douyin", "feed_ads", "ctr")).evidence.text
    calibrated = accept(plan, calibration)
    row = calibrated.assumptions.exact("douyin", "feed_ads", "return_rate")
    assert row is not None and row.value == pytest.approx(calibration.find(row.key).mean)
    assert row.low <= row.value <= row.high and "calibrated from" in row.source
    # the generic "*" return-rate row other channels use is untouched, and so is every other row
    assert calibrated.assumptions.exact("*", "feed_ads", "return_rate") == \
        plan.assumptions.exact("*", "feed_ads", "return_rate")
    aov = calibration.find(AOV_KEY)
    assert aov.observed == pytest.approx(700.0) and aov.mean < plan.market.aov
    assert calibrated.market == plan.market  # shown, not accepted: the brand's own figure
    untouched = {r.key for r in plan.assumptions} - keys
    assert all(calibrated.assumptions.exact(*k) == plan.assumptions.exact(*k) for k in untouched)


def test_a_lines_own_override_keeps_its_data_out_of_the_row(sample_plan):
    search = next(line for line in sample_plan.lines if line.channel == "taobao" and line.tactic == "search_ads")
    assert "cpc" in search.overrides
    rows = tuple(replace(r, clicks=r.spend / 2.0) for r in _actuals(search, 5, 1_000, 30, 0.03, 0.02, 850, 0.1,
                                                                       "wanxiangtai"))
    calibration = calibrate(replace(sample_plan, actuals=rows))
    assert calibration.find(("taobao", "search_ads", "cpc")) is None
    assert calibration.find(("taobao", "search_ads", "cvr")) is not None
    assert any("own CPC" in note for note in calibration.notes)


def test_calibrating_again_starts_from_the_same_prior_and_never_counts_a_report_twice(sample_plan):
    feed = next(line for line in sample_plan.lines if line.channel == "douyin" and line.tactic == "feed_ads")
    plan = replace(sample_plan, actuals=_actuals(feed, 14, 20_000, 60.0, 0.01, 0.02, 700.0, 0.2))
    once = accept(plan, calibrate(plan))
    twice = accept(once, calibrate(once))
    assert twice.assumptions == once.assumptions
    row = once.assumptions.exact("douyin", "feed_ads", "cpm")
    assert original_prior(row) == plan.assumptions.exact("douyin", "feed_ads", "cpm")
    more = replace(once, actuals=_actuals(feed, 28, 20_000, 60.0, 0.01, 0.02, 700.0, 0.2))
    fresh = accept(replace(plan, actuals=more.actuals), calibrate(replace(plan, actuals=more.actuals)))
    assert accept(more, calibrate(more)).assumptions == fresh.assumptions


def test_festival_days_are_read_back_to_an_ordinary_days_figures(sample_plan):
    """The calibrated CPM and CVR are an ordinary day's: a Chinese New Year day costs ×1.2 (the calendar's
    multiplier) and converts ×1.0, so the same base CPM with the festival's mark-up must calibrate to the base."""
    feed = next(line for line in sample_plan.lines if line.channel == "douyin" and line.tactic == "feed_ads")
    cny = next(f for f in sample_plan.calendar if f.key == "cny" and f.year == 2027)
    start, rows = date(2027, 1, 1), []
    for d in range(73):
        day = start + timedelta(days=d)
        price = 50.0 * (cny.cpm_multiplier if cny.start <= day <= cny.end else 1.0)
        impressions = 20_000 / price * 1000
        rows.append(ActualRow("douyin", "feed_ads", feed.name, day, 1, "qianchuan", feed.name, spend=20_000,
                              impressions=impressions, clicks=impressions * 0.01, orders=impressions * 0.0001))
    calibration = calibrate(replace(sample_plan, actuals=tuple(rows)))
    cpm = calibration.find(("douyin", "feed_ads", "cpm"))
    assert cpm.mean == pytest.approx(50.0, rel=0.002)
    assert cpm.observed == pytest.approx(50.0)  # observed, as an ordinary day's
    raw = calibrate(replace(sample_plan, actuals=tuple(rows), calendar=())).find(("douyin", "feed_ads", "cpm"))
    assert raw.observed > 52  # without the calendar: the mix of ordinary and festival days
    assert cpm.evidence.dispersion == pytest.approx(1.0)  # festival days no longer look like noise
    assert any("28 reported days fell in shopping festivals" in note for note in calibration.notes)


def test_festival_days_convert_at_the_calendars_cvr_multiplier(sample_plan):
    from market_entry_planner.core.calendar import Festival

    feed = next(line for line in sample_plan.lines if line.channel == "douyin" and line.tactic == "feed_ads")
    sale = Festival("sale", "Sale", 2027, date(2027, 3, 5), date(2027, 3, 9), ("douyin",), cvr_multiplier=1.5,
                    cvr_low=1.2, cvr_high=1.8)
    rows = []
    for d in range(14):
        day = date(2027, 3, 1) + timedelta(days=d)
        lift = 1.5 if sale.start <= day <= sale.end else 1.0
        rows.append(ActualRow("douyin", "feed_ads", feed.name, day, 1, "qianchuan", feed.name, spend=10_000,
                              impressions=250_000, clicks=5_000, orders=5_000 * 0.008 * lift))
    plan = replace(sample_plan, actuals=tuple(rows), calendar=(sale,))
    cvr = calibrate(plan).find(("douyin", "feed_ads", "cvr"))
    assert cvr.observed == pytest.approx(0.008)
    kuaishou = replace(plan, calendar=(replace(sale, channels=("kuaishou",)),))  # not this channel's festival
    assert calibrate(kuaishou).find(("douyin", "feed_ads", "cvr")).observed > 0.0085


def test_rows_of_a_line_the_scenario_lacks_are_said_not_silently_dropped(sample_plan):
    feed = next(line for line in sample_plan.lines if line.channel == "douyin" and line.tactic == "feed_ads")
    plan = replace(sample_plan, actuals=_actuals(feed, 5, 20_000, 60.0, 0.01, 0.02, 700.0, 0.2))
    renamed = plan.with_lines([replace(x, name="Always-on (renamed)") if x == feed else x for x in plan.lines])
    calibration = calibrate(renamed)
    assert calibration.with_data == ()
    assert any("5 report rows belong to lines this scenario does not have" in note for note in calibration.notes)
