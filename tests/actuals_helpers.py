"""Platform reports for tests: written as the platforms' exports are (CSV or .xlsx, Chinese or English headers)."""
from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

# per platform: headers in Chinese as its export writes them, then the English interface's
HEADERS = {
    "qianchuan": {
        "zh": ["日期", "计划名称", "消耗(元)", "展示次数", "点击次数", "点击率", "成交订单数", "成交金额(元)", "退款金额"],
        "en": ["Date", "Campaign name", "Spend", "Impressions", "Clicks", "CTR", "Orders", "GMV", "Refund amount"],
    },
    "magnetic_engine": {
        "zh": ["日期", "推广计划", "花费（元）", "曝光量", "点击量", "千次展现费用", "订单数", "GMV", "退款金额"],
        "en": ["Date", "Campaign", "Cost", "Impressions", "Clicks", "CPM", "Paid orders", "Revenue", "Refunds"],
    },
    "wanxiangtai": {
        "zh": ["日期", "计划名称", "花费", "展现量", "点击量", "点击率", "成交笔数", "总成交金额", "退款金额"],
        "en": ["Date", "Campaign", "Spend", "Impressions", "Clicks", "CTR", "Orders", "Sales", "Refunds"],
    },
    "jd_jzt": {
        "zh": ["时间", "计划名称", "总花费", "展示数", "点击数", "平均点击单价", "总成交订单数", "总成交金额", "退款金额"],
        "en": ["Date", "Campaign", "Total spend", "Impressions", "Clicks", "CPC", "Orders", "GMV", "Refunds"],
    },
}
TITLES = {"qianchuan": "巨量千川 数据报表", "magnetic_engine": "磁力金牛 推广报表", "wanxiangtai": "万相台 报表",
          "jd_jzt": "京准通 数据报表"}


def report_rows(campaign: str, first: date, days: int, spend: float = 10_000.0, cpm: float = 40.0,
                ctr: float = 0.015, cvr: float = 0.01, aov: float = 850.0, refund: float = 0.12, step: int = 1):
    """Rows of [date text, campaign, spend, impressions, clicks, ratio, orders, gmv, refunds]: exact figures."""
    rows = []
    for d in range(0, days, step):
        day = first + timedelta(days=d)
        impressions = round(spend / cpm * 1000)
        clicks = round(impressions * ctr)
        orders = round(clicks * cvr)
        gmv = orders * aov
        text = day.isoformat() if step == 1 else f"{day.isoformat()} ~ {(day + timedelta(days=step - 1)).isoformat()}"
        rows.append([text, campaign, spend * step, impressions * step, clicks * step, f"{ctr:.2%}", orders * step,
                     gmv * step, round(gmv * step * refund, 2)])
    return rows


def write_report(path: Path, headers, rows, title: str | None = None, encoding: str = "utf-8-sig") -> Path:
    path = Path(path)
    body = ([[title]] if title else []) + [list(headers)] + [list(r) for r in rows]
    if path.suffix == ".xlsx":
        wb = Workbook()
        ws = wb.active
        ws.title = "报表"
        for row in body:
            ws.append(row)
        wb.save(path)
    else:
        with open(path, "w", newline="", encoding=encoding) as handle:
            csv.writer(handle).writerows(body)
    return path
