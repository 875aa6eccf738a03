"""Plan against actual, the re-forecast with spent money locked, the Actuals sheet round trip and the command line,
on the sample plan with the shipped (synthetic) sample reports."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from market_entry_planner.core.actuals.matching import match_report
from market_entry_planner.core.actuals.reforecast import (
    daily_spend,
    line_actuals,
    planned_to_date,
    reforecast,
    reforecast_lines,
)
from market_entry_planner.core.actuals.reports import read_report
from market_entry_planner.core.analysis.uncertainty import monte_carlo
from market_entry_planner.core.cli import main
from market_entry_planner.core.optimise.optimiser import optimise
from market_entry_planner.core.paths import resource
from market_entry_planner.core.planfile import plan_from_dict, plan_to_dict
from market_entry_planner.core.workbook import read_plan, write_plan

REPORTS = [resource("sample", "sample-qianchuan-report.csv"), resource("sample", "sample-jd-report.xlsx")]


@pytest.fixture(scope="module")
def with_actuals():
    from market_entry_planner.core.sample import sample_plan

    plan = sample_plan()
    for path in REPORTS:
        plan = match_report(plan, read_report(path, plan.market.exchange_rates)).apply(plan)
    return plan


def test_the_shipped_sample_reports_are_labelled_synthetic_and_match_the_sample_plan(with_actuals):
    for path in REPORTS:
        report = read_report(path)
        assert report.rows
        if str(path).endswith(".csv"):
            text = open(path, "rb").read().decode("utf-8-sig")
        else:
            from openpyxl import load_workbook

            text = str(load_workbook(path).active["A1"].value)
        assert "合成示例数据" in text or "SYNTHETIC" in text
    assert {r.line for r in with_actuals.actuals} == {"Qianchuan always-on", "JD Kuaiche"}
    assert all(link.confirmed for link in with_actuals.campaign_links)


def test_pacing_counts_the_plan_to_each_lines_own_last_reported_day(with_actuals):
    line = next(x for x in with_actuals.lines if x.name == "Qianchuan always-on")
    assert planned_to_date(line, date(2027, 1, 1)) == pytest.approx(line.budget / 365)
    assert planned_to_date(line, date(2026, 12, 1)) == 0 and planned_to_date(line, date(2028, 1, 1)) == line.budget
    entries = {e.line.name: e for e in line_actuals(with_actuals)}
    feed, jd = entries["Qianchuan always-on"], entries["JD Kuaiche"]
    assert feed.days == 73 and jd.days == 70
    assert feed.planned_to_date == pytest.approx(line.budget * 73 / 365)
    assert feed.pacing == pytest.approx(feed.actual["spend"] / feed.planned_to_date)
    assert entries["Taobao Live KOLs"].pacing is None  # no report, no pace
    days, planned, actual = daily_spend(with_actuals)
    reported = {r.line for r in with_actuals.actuals}
    assert planned[-1] == pytest.approx(sum(x.budget for x in with_actuals.lines if x.name in reported))
    assert np.nanmax(actual) == pytest.approx(sum(r.spend for r in with_actuals.actuals))
    assert np.isnan(actual[-1])


def test_spent_money_is_locked_and_only_the_rest_moves(with_actuals):
    day = date(2027, 3, 14)
    lines = reforecast_lines(with_actuals, day)
    spent = {e.line.name: e.actual["spend"] for e in line_actuals(with_actuals, day)}
    entries = {e.line.name: e for e in line_actuals(with_actuals, day)}
    for line in lines:
        entry = entries[line.name]
        if line.end and line.end <= day:
            assert line.locked and line.budget == spent[line.name]
            continue
        assert (line.min_budget or 0) >= spent[line.name] and line.budget >= spent[line.name]
        if entry.pacing is None:
            assert line.budget == entry.line.budget
        else:  # at this pace: the Qianchuan line overspends, JD Kuaiche underspends
            rest = entry.line.budget - entry.planned_to_date
            assert line.budget == pytest.approx(spent[line.name] + entry.pacing * rest)
            assert (line.budget > entry.line.budget) == (entry.pacing > 1)
    # a line that ends on the last reported day has run its course: locked at what it spent (nothing, here)
    ended = next(x for x in reforecast_lines(with_actuals, date(2027, 6, 18)) if x.name == "JD Zhitou, 618")
    assert ended.locked and ended.budget == 0
    running = next(x for x in reforecast_lines(with_actuals, date(2027, 6, 17)) if x.name == "JD Zhitou, 618")
    assert not running.locked and running.budget == 290_000
    forecast = reforecast(with_actuals, draws=300)
    plan = forecast.plan
    assert plan.scenarios[forecast.scenario].name == "Re-forecast 2027-03-14" and plan.active == forecast.scenario
    assert [line.budget for line in plan.scenarios[0].lines] == [line.budget for line in with_actuals.lines]
    optimised = optimise(plan, "gmv").apply(plan)
    after = {line.name: line.budget for line in optimised.lines}
    assert all(after[name] >= spent[name] - 0.01 for name in spent)
    assert sum(after.values()) == pytest.approx(plan.total_budget)
    assert forecast.reallocatable == pytest.approx(plan.total_budget - sum(spent.values()), rel=1e-6)


def test_the_re_forecast_bands_narrow_on_the_calibrated_figures(with_actuals):
    forecast = reforecast(with_actuals, draws=1000)
    uncalibrated = replace(forecast.plan, assumptions=with_actuals.assumptions)
    before = monte_carlo(uncalibrated, draws=1000, metrics=("impressions",)).band("impressions")
    after = monte_carlo(forecast.plan, draws=1000, metrics=("impressions",)).band("impressions")
    assert after[2] - after[0] < 0.9 * (before[2] - before[0])
    head = forecast.headline()
    assert head["reach"]["p10"] < head["reach"]["p50"] < head["reach"]["p90"]


def test_the_plan_file_and_the_workbook_keep_actuals_and_links(tmp_path, with_actuals):
    from market_entry_planner.core.reported import ActualRow, CampaignLink

    aside = ActualRow("douyin", "", "", date(2027, 3, 2), 1, "qianchuan", "=Pop-up 01", spend=1234.56, clicks=7)
    with_actuals = replace(with_actuals, actuals=with_actuals.actuals + (aside,),
                           campaign_links=with_actuals.campaign_links + (
                               CampaignLink("qianchuan", "=Pop-up 01", "douyin", "", ""),))
    assert plan_from_dict(json.loads(json.dumps(plan_to_dict(with_actuals)))) == with_actuals
    path = write_plan(with_actuals, tmp_path / "plan.xlsx")
    back = read_plan(path).plan
    assert back.actuals == with_actuals.actuals and back.campaign_links == with_actuals.campaign_links
    assert back == with_actuals


def test_a_damaged_actuals_cell_is_named(tmp_path, with_actuals):
    from openpyxl import load_workbook

    path = write_plan(with_actuals, tmp_path / "plan.xlsx")
    wb = load_workbook(path)
    wb["Actuals"]["H3"] = "lots"
    wb.save(path)
    with pytest.raises(Exception) as error:
        read_plan(path)
    assert "Actuals" in str(error.value) and "row 3" in str(error.value) and "column H" in str(error.value)


def test_command_line_json_has_the_contract_fields(tmp_path, capsys):
    plan_path = tmp_path / "plan.xlsx"
    assert main(["template", str(plan_path)]) == 0
    capsys.readouterr()
    out = tmp_path / "out.xlsx"
    assert main(["actuals", str(plan_path), *map(str, REPORTS), "--json", "--draws", "200", "-o", str(out)]) == 0
    data = json.loads(capsys.readouterr().out)
    feed = next(line for line in data["lines"] if line["name"] == "Qianchuan always-on")
    for part in ("planned", "actual"):
        assert set(feed[part]) == {"spend", "impressions", "clicks", "orders", "gmv"}
    assert feed["actual"]["spend"] == pytest.approx(sum(
        r.spend for r in read_plan(out).plan.actuals if r.line == "Qianchuan always-on"))
    cpm = next(a for a in data["assumptions"] if a["parameter"] == "cpm")
    assert cpm["prior_value"] == 40 and cpm["p10"] < cpm["posterior_mean"] < cpm["p90"]
    assert {"prior_value", "posterior_mean", "p10", "p90", "flag", "evidence"} <= set(cpm)
    assert data["reforecast"]["scenario"] == "Re-forecast 2027-03-14"
    written = read_plan(out).plan
    assert written.scenario.name == "Re-forecast 2027-03-14"
    assert written.assumptions.exact("douyin", "feed_ads", "cpm").value == pytest.approx(cpm["posterior_mean"])


def test_command_line_bad_report_exits_2_naming_the_place(tmp_path, capsys):
    plan_path = tmp_path / "plan.xlsx"
    main(["template", str(plan_path)])
    bad = tmp_path / "qianchuan.csv"
    bad.write_text("日期,计划名称,消耗\n2027-03-01,x,lots\n", encoding="utf-8")
    assert main(["actuals", str(plan_path), str(bad)]) == 2
    err = capsys.readouterr().err
    assert "qianchuan.csv" in err and "row 2" in err and "column C" in err


def test_a_plan_without_actuals_cannot_be_re_forecast(sample_plan):
    with pytest.raises(ValueError):
        reforecast(replace(sample_plan, actuals=()))


def test_a_hand_made_sheet_called_actuals_is_passed_over_with_a_warning(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Channel", "Tactic", "Budget"])
    ws.append(["Douyin", "Feed ads", 100000])
    other = wb.create_sheet("Actuals")
    other.append(["Month", "What we spent"])
    other.append(["March", 1000])
    wb.save(tmp_path / "hand.xlsx")
    result = read_plan(tmp_path / "hand.xlsx")
    assert result.plan.actuals == () and len(result.plan.lines) == 1
    assert any(w.sheet == "Actuals" and "passed over" in w.message for w in result.warnings)
