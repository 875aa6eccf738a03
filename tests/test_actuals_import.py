"""Importing platform reports: every platform's headers in Chinese and English, CSV and .xlsx, daily and weekly
rows, totals rows, unknown columns, campaigns the plan does not have, and the same report imported twice."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from market_entry_planner.core.actuals.calibration import calibrate
from market_entry_planner.core.actuals.matching import confirm_link, match_report, unlinked_rows
from market_entry_planner.core.actuals.reforecast import line_actuals
from market_entry_planner.core.actuals.reports import read_report
from market_entry_planner.core.amounts import read_amount
from market_entry_planner.core.problems import PlanError
from tests.actuals_helpers import HEADERS, TITLES, report_rows, write_report

# a line of the sample plan per platform, with its name as the report's campaign
LINES = {"qianchuan": ("douyin", "Qianchuan always-on"), "magnetic_engine": ("kuaishou", "Magnetic Engine test"),
         "wanxiangtai": ("taobao", "Wanxiangtai, 618 and Double 11"), "jd_jzt": ("jd", "JD Zhitou, 618")}
FIRST = {"qianchuan": date(2027, 3, 1), "magnetic_engine": date(2027, 4, 1), "wanxiangtai": date(2027, 6, 1),
         "jd_jzt": date(2027, 6, 1)}


@pytest.mark.parametrize("platform", sorted(HEADERS))
@pytest.mark.parametrize("language,suffix", [("zh", ".csv"), ("en", ".xlsx"), ("zh", ".xlsx"), ("en", ".csv")])
def test_each_platform_header_set_reads_and_matches(tmp_path, sample_plan, platform, language, suffix):
    channel, name = LINES[platform]
    rows = report_rows(name, FIRST[platform], 10, spend=8_000, cpm=32, ctr=0.02, cvr=0.008, aov=850)
    path = write_report(tmp_path / f"report{suffix}", HEADERS[platform][language], rows, title=TITLES[platform])
    report = read_report(path)
    assert report.source == platform and report.channel == channel
    assert len(report.rows) == 10 and report.unknown_columns == []
    assert sum(r.figures["spend"] for r in report.rows) == pytest.approx(80_000)
    assert sum(r.figures["impressions"] for r in report.rows) == pytest.approx(10 * round(8_000 / 32 * 1000))
    matched = match_report(sample_plan, report)
    assert matched.unmatched == []
    assert {(r.channel, r.line) for r in matched.rows} == {(channel, name)}
    plan = matched.apply(sample_plan)
    assert sum(r.gmv for r in plan.actuals) == pytest.approx(sum(r[7] for r in rows))


def test_weekly_rows_cover_seven_days(tmp_path):
    rows = report_rows("Qianchuan always-on", date(2027, 3, 1), 28, step=7)
    report = read_report(write_report(tmp_path / "qianchuan-weekly.csv", HEADERS["qianchuan"]["zh"], rows))
    assert [r.days for r in report.rows] == [7, 7, 7, 7]
    assert report.last_day == date(2027, 3, 28)


def test_chinese_week_range_and_real_date_cells(tmp_path):
    headers = HEADERS["wanxiangtai"]["zh"]
    rows = [["2027/06/01至2027/06/07", "x", 7000, 100000, 3000, "3%", 20, 17000, 0],
            [date(2027, 6, 8), "x", 1000, 20000, 500, "2.5%", 3, 2550, 0]]
    report = read_report(write_report(tmp_path / "wanxiangtai.xlsx", headers, rows))
    assert [(r.day, r.days) for r in report.rows] == [(date(2027, 6, 1), 7), (date(2027, 6, 8), 1)]


def test_totals_rows_are_skipped_and_said(tmp_path):
    rows = report_rows("Qianchuan always-on", date(2027, 3, 1), 3)
    rows.append(["合计", "", 30000, 750000, 11250, "", 111, 94350, 0])
    report = read_report(write_report(tmp_path / "千川.csv", HEADERS["qianchuan"]["zh"], rows))
    assert len(report.rows) == 3
    assert any("totals row" in w.message and w.row == 5 for w in report.warnings)


def test_unknown_columns_are_reported_never_read(tmp_path):
    headers = HEADERS["qianchuan"]["en"] + ["Likes"]
    rows = [r + [999] for r in report_rows("Qianchuan always-on", date(2027, 3, 1), 2)]
    report = read_report(write_report(tmp_path / "qianchuan.csv", headers, rows))
    assert report.unknown_columns == ["Likes"]
    assert all("Likes" not in r.figures and 999 not in r.figures.values() for r in report.rows)
    assert any("Likes" in w.message for w in report.warnings)


def test_a_campaign_not_in_the_plan_is_reported_and_kept_aside_until_linked(tmp_path, sample_plan):
    rows = report_rows("Qianchuan always-on", date(2027, 3, 1), 3) + report_rows("Pop-up store", date(2027, 3, 1), 3)
    report = read_report(write_report(tmp_path / "qianchuan.csv", HEADERS["qianchuan"]["en"], rows))
    # on Douyin in March the feed line and the store livestream can both be Qianchuan's: the name decides, or nothing
    matched = match_report(sample_plan, report)
    assert len(matched.unmatched) == 1 and "Pop-up store" in matched.unmatched[0].message
    assert {r.campaign for r in matched.rows if r.line} == {"Qianchuan always-on"}
    aside = [r for r in matched.rows if not r.line]
    assert len(aside) == 3 and {(r.campaign, r.tactic) for r in aside} == {("Pop-up store", "")}
    plan = matched.apply(sample_plan)
    assert unlinked_rows(plan) == 3
    # counted nowhere: not in any line's spend, not in the calibration's evidence
    entries = {e.line.name: e for e in line_actuals(plan)}
    assert entries["Qianchuan always-on"].actual["spend"] == 30_000
    assert calibrate(plan).find(("douyin", "feed_ads", "cpm")).evidence.exposure == 30_000
    # the user links it: its rows join the line, once
    store = next(line for line in plan.lines if line.name == "Douyin store livestream")
    linked = confirm_link(plan, "qianchuan", "Pop-up store", store)
    assert unlinked_rows(linked) == 0 and line_actuals(linked)[plan.lines.index(store)].actual["spend"] == 30_000
    assert match_report(linked, report).apply(linked).actuals == linked.actuals


def test_the_same_report_imported_twice_is_not_double_counted(tmp_path, sample_plan):
    rows = report_rows("Qianchuan always-on", date(2027, 3, 1), 14)
    report = read_report(write_report(tmp_path / "qianchuan.csv", HEADERS["qianchuan"]["zh"], rows))
    once = match_report(sample_plan, report).apply(sample_plan)
    twice = match_report(once, report).apply(once)
    assert len(twice.actuals) == len(once.actuals) == 14
    assert sum(r.spend for r in twice.actuals) == sum(r.spend for r in once.actuals) == 140_000
    # an overlapping, corrected export replaces its days and adds the new ones
    corrected = report_rows("Qianchuan always-on", date(2027, 3, 8), 14, spend=12_000)
    report2 = read_report(write_report(tmp_path / "qianchuan2.csv", HEADERS["qianchuan"]["zh"], corrected))
    third = match_report(twice, report2).apply(twice)
    assert len(third.actuals) == 21
    assert sum(r.spend for r in third.actuals) == 7 * 10_000 + 14 * 12_000


def test_a_confirmed_link_wins_and_moves_rows(tmp_path, sample_plan):
    rows = report_rows("Pop-up store", date(2027, 5, 21), 3)
    report = read_report(write_report(tmp_path / "wanxiangtai.csv", HEADERS["wanxiangtai"]["en"], rows))
    plan = match_report(sample_plan, report).apply(sample_plan)  # the only Taobao feed line then: proposed
    assert {r.line for r in plan.actuals} == {"Wanxiangtai, 618 and Double 11"}
    assert not plan.campaign_links[0].confirmed
    search = next(line for line in plan.lines if line.channel == "taobao" and line.tactic == "search_ads")
    plan = confirm_link(plan, "wanxiangtai", "Pop-up store", search)
    assert {r.line for r in plan.actuals} == {search.name} and plan.campaign_links[0].confirmed
    again = match_report(plan, report).apply(plan)
    assert {r.line for r in again.actuals} == {search.name} and len(again.actuals) == 3


def test_bad_cells_are_named_by_row_and_column(tmp_path):
    rows = report_rows("Qianchuan always-on", date(2027, 3, 1), 3)
    rows[1][3] = "lots"
    rows[2][0] = "someday"
    with pytest.raises(PlanError) as error:
        read_report(write_report(tmp_path / "qianchuan.csv", HEADERS["qianchuan"]["zh"], rows))
    text = str(error.value)
    assert "row 3, column D" in text and "lots" in text and "row 4, column A" in text


def test_header_units_and_gb18030(tmp_path):
    headers = ["日期", "计划名称", "消耗(万元)", "展示次数", "点击次数", "成交订单数", "成交金额(元)"]
    path = write_report(tmp_path / "千川报表.csv", headers, [["2027-03-01", "计划一", "1.5", "400000", "6000", "60",
                                                            "51000"]], encoding="gb18030")
    report = read_report(path)
    assert report.source == "qianchuan" and report.rows[0].figures["spend"] == 15_000


def test_a_report_whose_platform_cannot_be_told_is_refused(tmp_path):
    path = write_report(tmp_path / "export.csv", HEADERS["qianchuan"]["en"],
                        report_rows("x", date(2027, 3, 1), 2))
    with pytest.raises(PlanError, match="which platform"):
        read_report(path)
    assert read_report(path, source="jd_jzt").channel == "jd"


def test_not_a_report(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("hello,world\n1,2\n", encoding="utf-8")
    with pytest.raises(PlanError, match="no report table"):
        read_report(path)


@given(st.one_of(st.integers(0, 10**12).map(str),
                 st.tuples(st.integers(0, 10**9), st.integers(0, 99)).map(lambda t: f"{t[0]}.{t[1]:02d}"),
                 st.tuples(st.integers(0, 10**9), st.integers(0, 9)).map(lambda t: f"{t[0]}.{t[1]}")))
def test_the_fast_path_reads_what_the_amount_parser_reads(text):
    from market_entry_planner.core.actuals.reports import _PLAIN

    assert _PLAIN.match(text)
    assert float(text) == read_amount(text, "money").value == read_amount(text, "count").value


def test_a_campaign_split_by_creative_adds_up_per_day(tmp_path, sample_plan):
    rows = report_rows("Qianchuan always-on", date(2027, 3, 1), 2) + report_rows("Qianchuan always-on",
                                                                                 date(2027, 3, 1), 2, spend=5_000)
    report = read_report(write_report(tmp_path / "qianchuan.csv", HEADERS["qianchuan"]["en"], rows))
    matched = match_report(sample_plan, report)
    assert len(matched.rows) == 2 and [r.spend for r in matched.rows] == [15_000, 15_000]


def test_a_name_two_lines_share_is_not_guessed(tmp_path, sample_plan):
    from dataclasses import replace

    from market_entry_planner.core.model import LineItem

    lines = [LineItem("douyin", "kol_video", 1e5, name, date(2027, 3, 1), date(2027, 3, 31))
             for name in ("Spring KOL wave A", "Spring KOL wave B")]
    plan = sample_plan.with_lines(lines)
    rows = report_rows("Spring KOL", date(2027, 3, 2), 2)
    report = read_report(write_report(tmp_path / "qianchuan.csv", HEADERS["qianchuan"]["en"], rows))
    assert [r.line for r in match_report(plan, report).rows] == ["", ""]
    exact = read_report(write_report(tmp_path / "qianchuan2.csv", HEADERS["qianchuan"]["en"],
                                     report_rows("spring kol wave b", date(2027, 3, 2), 2)))
    assert {r.line for r in match_report(plan, exact).rows} == {"Spring KOL wave B"}
    assert replace(plan).campaign_links == ()  # matching proposes; only apply() stores


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolon_and_tab_separated_exports(tmp_path, delimiter):
    lines = [";".join(["京准通 报表"]), delimiter.join(["Date", "Campaign", "Spend", "Impressions", "Clicks"]),
             delimiter.join(["2027-03-01", "JD Kuaiche", "1.234,50" if delimiter == ";" else "1,234.50", "1000", "30"])]
    path = tmp_path / "jd.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = read_report(path)
    assert report.rows[0].figures == {"spend": 1234.5, "impressions": 1000, "clicks": 30}
