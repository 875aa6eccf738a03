"""Timing by month (core/optimise/timing): a line's budget may move between the months of its own dates, into or
out of festivals, within monthly caps; the answer is a plan a marketer can read (lines split by month)."""
from __future__ import annotations

import itertools
import json
from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from market_entry_planner.core import cli
from market_entry_planner.core.analysis.flighting import flighting
from market_entry_planner.core.calendar import Festival
from market_entry_planner.core.engine.compile import compile_plan
from market_entry_planner.core.engine.evaluate import estimate, evaluate
from market_entry_planner.core.model import LineItem
from market_entry_planner.core.optimise.budget_limits import OptimiseError, budget_limits
from market_entry_planner.core.optimise.constraints import Constraints
from market_entry_planner.core.optimise.optimiser import objective_value
from market_entry_planner.core.optimise.timing import _movable, _split, parse_month, retime
from market_entry_planner.core.sample import sample_plan
from tests.planning import hand_plan

KEYS = {"reach": "reach", "gmv": "gmv", "reach3": "effective_reach"}


def festival(start, end, cpm, cvr, key="fest"):
    return Festival(key=key, label=key, year=start.year, start=start, end=end, cpm_multiplier=cpm, cpm_low=cpm,
                    cpm_high=cpm, cvr_multiplier=cvr, cvr_low=cvr, cvr_high=cvr)


def two_months(cpm: float, cvr: float, budget: float = 300_000, **line):
    """One feed line over May and June; June is a festival with these multipliers."""
    plan = hand_plan(LineItem("x", "feed_ads", budget, name="feed", start=date(2027, 5, 1), end=date(2027, 6, 30),
                              **line))
    return replace(plan, calendar=(festival(date(2027, 6, 1), date(2027, 6, 30), cpm, cvr),))


def spend_by_month(t) -> dict[str, float]:
    return {row["month"]: row["after"] for row in t.months_table()}


@pytest.fixture(scope="module")
def sample():
    return sample_plan()


def test_the_even_split_is_the_same_plan(sample):
    """Splitting every movable line into months at the even split changes no number a marketer sees (search lines
    to 0.05%: their clicks run out per time segment, which the month cut makes finer)."""
    c = compile_plan(sample)
    movable = _movable(sample, c, budget_limits(sample, c))
    assert movable.sum() >= 4
    pieces = _split(sample, c, movable, c.budgets)
    assert len(pieces.lines) > sample.lines.__len__() + 20
    whole, split = evaluate(c), evaluate(compile_plan(sample.with_lines(pieces.lines)))
    for key in ("budget", "reach", "effective_reach", "gmv", "orders", "impressions", "contribution"):
        assert split.total[key] == pytest.approx(whole.total[key], rel=5e-4), key
    content = np.array([t != "search_ads" for t in c.line_tactic])
    for i in np.flatnonzero(content):
        assert split.line["impressions"][pieces.owner == i].sum() == pytest.approx(whole.line["impressions"][i],
                                                                                    rel=1e-9)


@pytest.mark.parametrize("objective", ["reach", "gmv", "contribution"])
def test_retiming_never_loses_against_the_dates_as_they_are(sample, objective):
    t = retime(sample, objective)
    assert t.value_after >= t.value_untimed - 1e-6 * abs(t.value_untimed)
    assert t.value_after == pytest.approx(objective_value(estimate(t.plan), objective), rel=1e-9)
    assert estimate(t.plan).total["budget"] == pytest.approx(estimate(sample).total["budget"], abs=0.01)
    if objective != "contribution":
        assert t.upper_bound is not None and t.upper_bound >= t.value_after
        assert (t.upper_bound - t.value_after) / t.value_after < 1e-3


def test_the_festival_decides_where_the_money_goes():
    """June converts twice as well at the usual price: GMV wants June; June costs twice as much per impression and
    converts as usual: reach wants May."""
    gmv = retime(two_months(cpm=1.0, cvr=2.0), "gmv")
    months = spend_by_month(gmv)
    assert months["2027-06"] == pytest.approx(300_000, abs=1) and months["2027-05"] == pytest.approx(0, abs=1)
    assert gmv.value_after > gmv.value_untimed * 1.02
    reach = retime(two_months(cpm=2.0, cvr=1.0), "reach")
    assert spend_by_month(reach)["2027-05"] == pytest.approx(300_000, abs=1)
    # the answer is a plan: one line per month with money, within the line's own dates
    [line] = reach.plan.lines
    assert (line.start, line.end) == (date(2027, 5, 1), date(2027, 5, 31)) and "2027-05" in line.name


def test_months_that_earn_the_same_keep_the_plan_s_own_timing():
    """No festival: nothing to gain by moving, so the line stays one line, spread as it was."""
    t = retime(two_months(cpm=1.0, cvr=1.0), "gmv")
    [line] = t.plan.lines
    assert (line.start, line.end) == (date(2027, 5, 1), date(2027, 6, 30)) and line.budget == 300_000


def test_money_leaving_a_festival_spreads_over_the_months_that_tie():
    """Reach: June's impressions cost twice as much, April, May and July tie. The money leaves June and the three
    tying months keep the plan's own even spread (not all of it in one of them, which would reach as many)."""
    plan = hand_plan(LineItem("x", "feed_ads", 400_000, name="feed", start=date(2027, 4, 1), end=date(2027, 7, 31)))
    plan = replace(plan, calendar=(festival(date(2027, 6, 1), date(2027, 6, 30), 2.0, 1.0),))
    months = spend_by_month(retime(plan, "reach"))
    assert months["2027-06"] == pytest.approx(0, abs=1)
    for key, days in (("2027-04", 30), ("2027-05", 31), ("2027-07", 31)):
        assert months[key] == pytest.approx(400_000 * days / 92, abs=0.02), key


def test_contribution_never_opens_a_channel_the_optimum_keeps_shut(sample):
    t = retime(sample, "contribution")
    assert t.value_after > t.value_untimed + 1_000
    shut = {ch for ch, b in zip(t.base.compiled.channels, np.bincount(
        t.base.compiled.channel_code, weights=t.base.budgets_after)) if b <= 0}
    assert shut and not any(line.budget > 0 and line.channel in shut for line in t.plan.lines)


def test_bought_by_the_session_keeps_its_dates_even_when_divisible(sample):
    divisible = replace(sample, tactics={k: replace(t, whole_units=False) for k, t in sample.tactics.items()})
    t = retime(divisible, "gmv")
    for line in t.plan.lines:
        if line.tactic in ("kol_live", "kol_video", "brand_live"):
            assert " · " not in line.name


def test_a_monthly_cap_holds_in_the_cash_flow_chart_and_binds():
    plan = two_months(cpm=1.0, cvr=2.0)
    t = retime(plan, "gmv", month_caps={"2027-06": 120_000})
    months = flighting(t.plan).months
    june = months[months.month == "2027-06-01"]
    assert float((june.media + june.kol_fees).iloc[0]) == pytest.approx(120_000, abs=1)
    assert spend_by_month(t)["2027-05"] == pytest.approx(180_000, abs=1)
    assert [b["month"] for b in t.binding_caps] == ["2027-06"]
    assert "2027-06 spend ≤ ¥120k" in t.binding_caps[0]["words"]
    # loosening the cap never lowers the answer; a cap above the need changes nothing
    looser = retime(plan, "gmv", month_caps={"2027-06": 200_000})
    free = retime(plan, "gmv")
    assert t.value_after < looser.value_after < free.value_after
    assert retime(plan, "gmv", month_caps={"2027-06": 400_000}).value_after == pytest.approx(free.value_after)


def test_brute_force_on_three_months_with_caps():
    """One line over three months, each with its own multipliers, June capped: a 1% grid over every split finds
    nothing better than the answer."""
    plan = hand_plan(LineItem("x", "feed_ads", 400_000, name="feed", start=date(2027, 4, 1), end=date(2027, 6, 30)),
                     LineItem("x", "search_ads", 100_000, name="search", start=date(2027, 4, 1),
                              end=date(2027, 6, 30)))
    plan = replace(plan, calendar=(festival(date(2027, 5, 1), date(2027, 5, 31), 1.3, 1.6, "may"),
                                   festival(date(2027, 6, 1), date(2027, 6, 30), 1.0, 1.5, "june")))
    t = retime(plan, "gmv", month_caps={"2027-06": 150_000})
    c = compile_plan(plan)
    pieces = _split(plan, c, _movable(plan, c, budget_limits(plan, c)), c.budgets)
    template = plan.with_lines(pieces.lines)
    compiled = compile_plan(template)
    best = -np.inf
    grid = np.linspace(0, 1, 21)
    rows = []
    for feed_share, search_share in itertools.product(itertools.product(grid, repeat=2), repeat=2):
        feed = np.array([feed_share[0], feed_share[1], 0.0])
        search = np.array([search_share[0], search_share[1], 0.0])
        if feed[:2].sum() > 1 or search[:2].sum() > 1:
            continue
        feed[2], search[2] = 1 - feed[:2].sum(), 1 - search[:2].sum()
        budgets = np.concatenate([400_000 * feed, 100_000 * search])
        if budgets[2] + budgets[5] <= 150_000 + 1e-6:
            rows.append(budgets)
    from market_entry_planner.core.engine.batched import batch_totals
    best = batch_totals(compiled, np.array(rows), totals=("gmv",))["gmv"].max()
    assert t.value_after >= best * (1 - 1e-3)


def test_locked_and_whole_unit_lines_keep_their_dates(sample):
    locked = sample.with_lines([replace(line, locked=True) if i == 0 else line for i, line in enumerate(sample.lines)])
    t = retime(locked, "gmv")
    kept = [line for line in t.plan.lines if line.name == sample.lines[0].name]
    assert len(kept) == 1 and kept[0].budget == sample.lines[0].budget and kept[0].start == sample.lines[0].start
    for line in t.plan.lines:
        if line.tactic in ("kol_live", "kol_video", "brand_live"):
            original = next(o for o in sample.lines if o.name == line.name)
            assert (line.start, line.end) == (original.start, original.end)
    assert any("keep their dates" in note for note in t.notes)


def test_every_piece_stays_within_its_line_s_dates_and_limits(sample):
    limited = sample.with_lines([replace(line, max_budget=600_000.0) if line.tactic == "feed_ads" else line
                                 for line in sample.lines])
    t = retime(limited, "reach", constraints=Constraints(channel_maximums={"jd": 700_000},
                                                         channel_shares={"douyin": (0.55, 0.7)}))
    douyin = sum(line.budget for line in t.plan.lines if line.channel == "douyin")
    assert 0.55 * 5_000_000 - 0.01 <= douyin <= 0.7 * 5_000_000 + 0.01
    by_line = {}
    for line in t.plan.lines:
        name = line.name.split(" · ")[0]
        original = next(o for o in limited.lines if o.name == name)
        assert original.start <= line.start <= line.end <= original.end
        by_line[name] = by_line.get(name, 0.0) + line.budget
    for original in limited.lines:
        if original.max_budget is not None:
            assert by_line[original.name] <= original.max_budget + 0.01
    jd = sum(line.budget for line in t.plan.lines if line.channel == "jd")
    assert jd <= 700_000 + 0.01
    # a share ceiling that binds, and a minimum on a line that moves
    capped = sample.with_lines([replace(line, min_budget=1_500_000.0) if i == 7 else line
                                for i, line in enumerate(sample.lines)])
    t = retime(capped, "reach", constraints=Constraints(channel_shares={"douyin": (0.0, 0.15)}))
    douyin = sum(line.budget for line in t.plan.lines if line.channel == "douyin")
    assert 0.15 * 5_000_000 - 1 <= douyin <= 0.15 * 5_000_000 + 0.01
    first = sum(line.budget for line in t.plan.lines if line.name.split(" · ")[0] == sample.lines[7].name)
    assert first >= 1_500_000 - 0.01


def test_caps_that_cannot_hold_name_the_month_and_the_lines(sample):
    locked = sample.with_lines([replace(line, locked=True) for line in sample.lines])
    with pytest.raises(OptimiseError) as error:
        retime(locked, "reach", month_caps={"2027-06": 100_000})
    message = str(error.value)
    assert "2027-06 spend ≤ ¥100k cannot hold" in message and "JD Zhitou, 618" in message
    with pytest.raises(OptimiseError, match="caps add up to"):
        retime(sample, "reach", month_caps={f"2027-{m:02d}": 100_000 for m in range(1, 13)})
    with pytest.raises(OptimiseError, match="No line runs in 2031-01"):
        retime(sample, "reach", month_caps={"2031-01": 1})
    with pytest.raises(OptimiseError, match="KPI floors"):
        retime(sample, "reach", constraints=Constraints(floors={"roi": 0.0}))
    with pytest.raises(OptimiseError, match="not a month"):
        parse_month("June")


def test_cli_by_month(sample, tmp_path, capsys):
    path = tmp_path / "s.xlsx"
    assert cli.main(["template", str(path)]) == 0
    capsys.readouterr()
    out = tmp_path / "retimed.xlsx"
    assert cli.main(["optimise", str(path), "--objective", "gmv", "--by-month", "--month-cap", "2027-10=600k",
                     "--json", "-o", str(out)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["by_month"] and data["before"] < data["after"] < data["untimed"]  # the untimed plan breaks the cap
    october = next(m for m in data["months"] if m["month"] == "2027-10")
    assert october["cap"] == 600_000 and october["after"] <= 600_000 + 0.01
    assert {"kind": "month_cap", "month": "2027-10"}.items() <= data["binding"][-1].items()
    assert sum(line["budget"] for line in data["lines"]) == pytest.approx(data["totals"]["budget"])
    from market_entry_planner.core.workbook import read_plan
    back = read_plan(out).plan
    assert estimate(back).total["gmv"] == pytest.approx(data["after"], rel=1e-9)
    assert cli.main(["optimise", str(path), "--month-cap", "2027-06=1m"]) == 2
    assert "needs --by-month" in capsys.readouterr().err
    assert cli.main(["optimise", str(path), "--by-month", "--month-cap", "2027-06"]) == 2
    assert "2027-06=1m" in capsys.readouterr().err
    assert cli.main(["optimise", str(path), "--by-month", "--target", "reach=60%"]) == 2
    assert "--by-month cannot be combined with --target" in capsys.readouterr().err
    assert cli.main(["optimise", str(path), "--by-month"]) == 0
    assert "Spend per month" in capsys.readouterr().out
