"""What each result means, in a marketer's words: labels and kinds for tables, the CLI and the workbook."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    kind: str  # "money", "count", "share", "ratio"
    meaning: str


_ALL = (
    Metric("budget", "Budget", "money", "what the line pays up front: ad media, KOL fees, livestream hours"),
    Metric("units", "Units", "ratio", "what the budget buys in the tactic's unit (sessions, videos, 1,000 impressions…)"),
    Metric("impressions", "Impressions", "count", "all bought impressions, views or live viewers"),
    Metric("target_impressions", "On-target impressions", "count", "impressions that fall in the target group"),
    Metric("reach", "Reach", "count", "different people of the target group reached at least once"),
    Metric("reach_pct", "Reach % of target", "share", "reach as a share of the target population"),
    Metric("frequency", "Frequency", "ratio", "average times a reached person is exposed"),
    Metric("effective_reach", "Effective reach", "count", "people reached at least the effective frequency (3+)"),
    Metric("effective_reach_pct", "Effective reach % of target", "share", "effective reach as a share of the target"),
    Metric("clicks", "Clicks", "count", "clicks through to the product"),
    Metric("orders", "Orders", "count", "orders placed"),
    Metric("gmv", "GMV", "money", "gross merchandise value of the orders"),
    Metric("returns", "Returned GMV", "money", "GMV that buyers return"),
    Metric("net_gmv", "Net GMV", "money", "GMV after returns"),
    Metric("media", "Media", "money", "ad media and brand-livestream budget"),
    Metric("kol_fees", "KOL fees", "money", "KOL slot and video fees"),
    Metric("kol_commission", "KOL commission", "money", "commission KOLs take on net GMV"),
    Metric("platform_fee", "Platform fees", "money", "the platform's commission on net GMV"),
    Metric("fulfilment", "Fulfilment", "money", "pick, pack and delivery of the orders"),
    Metric("return_costs", "Returns handling", "money", "reverse logistics of the returned orders"),
    Metric("fixed_costs", "Channel fixed costs", "money", "annual fees and store set-up, shared among a channel's lines"),
    Metric("agency_fee", "Agency fee", "money", "the agency's fee on the budget"),
    Metric("marketing_cost", "Marketing cost", "money", "budget + agency fee + channel fixed costs"),
    Metric("cost", "Total cost", "money",
           "marketing cost + commissions + platform fees + fulfilment + returns handling"),
    Metric("contribution", "Contribution", "money",
           "net GMV × gross margin − commissions − platform fees − fulfilment − returns handling"),
    Metric("roas", "ROAS", "ratio",
           "GMV ÷ budget: what Chinese platforms call ROI (投产比, e.g. Qianchuan's ROI is GMV over ad spend)"),
    Metric("roi", "Profit ROI", "share",
           "(contribution − marketing cost) ÷ marketing cost: what the plan earns after paying for itself"),
    Metric("deposit", "Deposits (refundable)", "money", "store deposits: cash tied up, not a cost"),
    Metric("audience", "Audience", "count", "people of the target group who use the channel"),
)

METRIC_INFO: dict[str, Metric] = {m.key: m for m in _ALL}


def metric(key: str) -> Metric:
    return METRIC_INFO[key]
