"""Write the synthetic platform reports shipped for the sample plan (resources/sample/), seeded: the same files
every run. They are made up — simulated from chosen "true" figures with day-to-day noise — so that the tour's
import, calibration and re-forecast work out of the box. Never real campaign results.

Run: python scripts/make_sample_reports.py
"""
from __future__ import annotations

import csv
import os
import sys
from datetime import date, timedelta

import numpy as np
from openpyxl import Workbook

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

SAMPLE = os.path.join(os.path.dirname(__file__), "..", "resources", "sample")
FIRST, LAST = date(2027, 1, 1), date(2027, 3, 14)
QIANCHUAN = "sample-qianchuan-report.csv"
JD = "sample-jd-report.xlsx"


def _days():
    day = FIRST
    while day <= LAST:
        yield day
        day += timedelta(days=1)


def _festival(day, channel):
    """The sample plan's calendar on that day: (CPM, CVR) multipliers, the larger where festivals overlap."""
    from market_entry_planner.core.sample import sample_plan

    found = [f for f in sample_plan().calendar if f.start <= day <= f.end and f.applies_to(channel)]
    return (max((f.cpm_multiplier for f in found), default=1.0), max((f.cvr_multiplier for f in found), default=1.0))


def _simulate(rng, day_spend, price_per_unit_of_reach, ctr, cvr, aov, refund, by="cpm", festival=(1.0, 1.0)):
    """One day's figures: spend, impressions, clicks, orders, GMV, refunds, with auction-like noise; on a festival
    day the auction costs and the clicks convert by the calendar's multipliers, as the model has it."""
    price_per_unit_of_reach *= festival[0]
    cvr *= festival[1]
    spend = round(day_spend * rng.lognormal(0, 0.15), 2)
    if by == "cpm":
        impressions = int(rng.poisson(spend / (price_per_unit_of_reach * rng.lognormal(0, 0.08)) * 1000))
        clicks = int(rng.binomial(impressions, min(ctr * rng.lognormal(0, 0.1), 1)))
    else:  # cpc: spend buys clicks; impressions follow from the CTR
        clicks = int(rng.poisson(spend / (price_per_unit_of_reach * rng.lognormal(0, 0.08))))
        impressions = int(clicks / (ctr * rng.lognormal(0, 0.1)))
    orders = int(rng.binomial(clicks, cvr))
    gmv = round(sum(aov * rng.lognormal(0, 0.25) for _ in range(orders)), 2)
    return spend, impressions, clicks, orders, gmv, round(gmv * refund * rng.uniform(0.7, 1.3), 2)


def qianchuan(rng):
    """Douyin's Qianchuan, as its Chinese export: a title row, daily rows, a totals row."""
    rows, totals = [], np.zeros(6)
    for day in _days():
        spend, imp, clicks, orders, gmv, refunds = _simulate(rng, 3_200, 52, 0.011, 0.007, 780, 0.42,
                                                             festival=_festival(day, "douyin"))
        rows.append([day.isoformat(), "Qianchuan always-on", f"{spend:.2f}", imp, clicks, f"{clicks / imp:.2%}",
                     orders, f"{gmv:.2f}", f"{refunds:.2f}"])
        totals += (spend, imp, clicks, orders, gmv, refunds)
    rows.append(["合计", "", f"{totals[0]:.2f}", int(totals[1]), int(totals[2]), "", int(totals[3]),
                 f"{totals[4]:.2f}", f"{totals[5]:.2f}"])
    with open(os.path.join(SAMPLE, QIANCHUAN), "w", newline="", encoding="utf-8-sig") as handle:
        out = csv.writer(handle)
        out.writerow([f"巨量千川 数据报表（合成示例数据，非真实投放结果） {FIRST:%Y-%m-%d} 至 {LAST:%Y-%m-%d}"])
        out.writerow(["日期", "计划名称", "消耗(元)", "展示次数", "点击次数", "点击率", "成交订单数", "成交金额(元)",
                      "退款金额(元)"])
        out.writerows(rows)


def jd(rng):
    """JD's Jingzhuntong (Kuaiche search), as its English interface exports it: weekly rows in an .xlsx."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Report"
    ws.append(["JD Jingzhuntong (京准通) campaign report: SYNTHETIC sample data for the Market Entry Planner tour, "
               "not real results"])
    ws.append(["Date", "Campaign", "Total spend (CNY)", "Impressions", "Clicks", "CPC", "Orders", "GMV", "Refunds"])
    week = FIRST
    while week + timedelta(days=6) <= LAST:
        figures = np.zeros(6)
        for d in range(7):
            figures += _simulate(rng, 700, 2.8, 0.022, 0.016, 900, 0.33, by="cpc",
                                 festival=_festival(week + timedelta(days=d), "jd"))
        spend, imp, clicks, orders, gmv, refunds = figures
        ws.append([f"{week:%Y-%m-%d} ~ {week + timedelta(days=6):%Y-%m-%d}", "JD Kuaiche", round(spend, 2),
                   int(imp), int(clicks), round(spend / clicks, 2), int(orders), round(gmv, 2), round(refunds, 2)])
        week += timedelta(days=7)
    wb.save(os.path.join(SAMPLE, JD))


if __name__ == "__main__":
    qianchuan(np.random.default_rng(2027))
    jd(np.random.default_rng(2028))
    print(f"Wrote {QIANCHUAN} and {JD} to {os.path.normpath(SAMPLE)}")
