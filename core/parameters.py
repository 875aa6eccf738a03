"""The parameters the model uses: what each means, its unit and the values it may take.

One table drives the assumptions sheet's Unit column, number formats, editors and validation, so a
parameter is described once.
"""
from __future__ import annotations

from dataclasses import dataclass

# kinds drive formatting and validation
MONEY = "money"      # CNY, >= 0
SHARE = "share"      # a fraction 0..1, shown as %
COUNT = "count"      # people or views, >= 0
SHAPE = "shape"      # NBD k > 0 (may be inf = Poisson)


@dataclass(frozen=True)
class Parameter:
    key: str
    label: str
    kind: str
    unit: str
    meaning: str
    level: str = "line"  # "line": per channel × tactic; "channel": once per channel (tactic "*")


_ALL = (
    Parameter("cpm", "CPM", MONEY, "CNY per 1,000 impressions", "price of 1,000 bought impressions"),
    Parameter("cpc", "CPC", MONEY, "CNY per click", "price of one click on a keyword ad"),
    Parameter("slot_fee", "Slot fee", MONEY, "CNY per session", "a KOL's fixed fee for one livestream session"),
    Parameter("viewers_per_session", "Viewers per session", COUNT, "viewers per session",
              "cumulative viewers of one KOL livestream session"),
    Parameter("cost_per_hour", "Cost per hour", MONEY, "CNY per hour",
              "host, studio and bought traffic for one hour of the brand's own livestream"),
    Parameter("viewers_per_hour", "Viewers per hour", COUNT, "viewers per hour",
              "viewers an hour of the brand's own livestream draws"),
    Parameter("fee_per_video", "Fee per video", MONEY, "CNY per video", "a KOL's or KOC's fee for one seeding video"),
    Parameter("views_per_video", "Views per video", COUNT, "views per video", "views one seeding video gets"),
    Parameter("ctr", "CTR", SHARE, "clicks per impression",
              "share of impressions (or viewers) that click through to the product"),
    Parameter("cvr", "CVR", SHARE, "orders per click (ads) or per viewer (live, video)",
              "share of clicks (ads) or of viewers (livestreams, videos) that order"),
    Parameter("on_target", "On-target share", SHARE, "share of impressions",
              "share of impressions or viewers that fall in the brand's target group"),
    Parameter("k", "Exposure shape k", SHAPE, "NBD k",
              "how evenly exposure spreads: small k = the same people see it again and again"),
    Parameter("kol_commission", "KOL commission", SHARE, "share of net GMV", "commission a KOL takes on sales"),
    Parameter("return_rate", "Return rate", SHARE, "share of GMV", "share of GMV returned by buyers"),
    Parameter("fulfilment_per_order", "Fulfilment per order", MONEY, "CNY per order",
              "pick, pack, cross-border and last-mile cost of one order"),
    Parameter("aov", "Average order value", MONEY, "CNY per order",
              "the brand's own average order value (a line may override the market's)"),
    Parameter("platform_fee", "Platform fee", SHARE, "share of net GMV",
              "the platform's commission / technical service fee on sales", level="channel"),
    Parameter("penetration", "Penetration", SHARE, "share of target population",
              "share of the target group that uses the channel in a year", level="channel"),
    Parameter("deposit", "Deposit", MONEY, "CNY, refundable",
              "store deposit: cash tied up, refunded on leaving, so not counted as a cost", level="channel"),
    Parameter("annual_fee", "Annual fee", MONEY, "CNY per year", "the platform's yearly store fee", level="channel"),
    Parameter("store_setup", "Store set-up", MONEY, "CNY once",
              "opening the store: design, onboarding partner, listings", level="channel"),
)

PARAMETERS: dict[str, Parameter] = {p.key: p for p in _ALL}
# Every tactic needs these, besides its own price (and audience) parameter
FUNNEL_PARAMETERS = ("ctr", "cvr", "on_target", "k", "return_rate", "fulfilment_per_order")


def parameter(key: str) -> Parameter:
    """The definition of a parameter; unknown keys (a user tactic's own price or audience) get a generic one."""
    if key in PARAMETERS:
        return PARAMETERS[key]
    money = key.startswith(("fee", "cost", "price")) or key.endswith(("fee", "cost", "price"))
    return Parameter(key, key.replace("_", " ").capitalize(), MONEY if money else COUNT,
                     "CNY" if money else "count", "a user-defined parameter")


def valid_range(key: str) -> tuple[float, float]:
    """Bounds a value of this parameter must respect (inclusive)."""
    kind = parameter(key).kind
    if kind == SHARE:
        return (0.0, 1.0)
    if kind == SHAPE:
        return (1e-9, float("inf"))
    return (0.0, float("inf"))
