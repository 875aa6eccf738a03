"""The parameters the model uses: what each means, its unit and the values it may take.

One table drives the assumptions sheet's Unit column, number formats, editors and validation, so a
parameter is described once.
"""
from __future__ import annotations

from dataclasses import dataclass

# kinds drive formatting and validation
MONEY = "money"      # CNY, >= 0
SHARE = "share"      # a fraction 0..1, shown as %
COUNT = "count"      # people, views or searches, >= 0
SHAPE = "shape"      # NBD k > 0 (may be inf = Poisson)
RATE = "rate"        # a plain number >= 0 (an elasticity, searches per person reached, views per viewer)


@dataclass(frozen=True)
class Parameter:
    key: str
    label: str
    kind: str
    unit: str
    meaning: str
    level: str = "line"  # "line": per channel × tactic; "channel": once per channel (tactic "*")
    limits: tuple[float, float] | None = None  # the values it may take, when narrower than its kind's


_ALL = (
    # what a line buys
    Parameter("cpm", "CPM", MONEY, "CNY per 1,000 impressions", "price of 1,000 bought impressions"),
    Parameter("cpc", "CPC", MONEY, "CNY per click", "price of one click on a keyword ad"),
    Parameter("slot_fee", "Slot fee", MONEY, "CNY per session", "a KOL's fixed fee for one livestream session"),
    Parameter("viewers_per_session", "Viewers per session", COUNT, "views (人次) per session",
              "cumulative views of one KOL livestream session, as platforms report them (人次)"),
    Parameter("cost_per_hour", "Cost per hour", MONEY, "CNY per hour",
              "host, studio and bought traffic for one hour of the brand's own livestream"),
    Parameter("viewers_per_hour", "Viewers per hour", COUNT, "views (人次) per hour",
              "cumulative views an hour of the brand's own livestream draws (人次)"),
    Parameter("fee_per_video", "Fee per video", MONEY, "CNY per video", "a KOL's or KOC's fee for one seeding video"),
    Parameter("views_per_video", "Views per video", COUNT, "views per video", "views one seeding video gets"),
    # who it reaches
    Parameter("views_per_viewer", "Views per viewer", RATE, "views per distinct viewer",
              "times the same person enters one session (or watches one video): cumulative views ÷ distinct viewers",
              limits=(1.0, 1000.0)),
    Parameter("viewer_pool", "Viewer pool", COUNT, "people per year",
              "distinct people who watch this KOL's (or store's) livestreams in a year: sessions reach within them"),
    Parameter("on_target", "On-target share", SHARE, "share of impressions",
              "share of impressions or viewers that fall in the brand's target group"),
    Parameter("k", "Exposure shape k", SHAPE, "NBD k",
              "how evenly exposure spreads: small k = the same people see it again and again"),
    Parameter("search_demand", "Search demand", COUNT, "searches per year",
              "searches per year of the brand's and its category's keywords on this platform that ads can answer"),
    # what it sells
    Parameter("ctr", "CTR", SHARE, "clicks per impression",
              "share of impressions (or viewers) that click through to the product"),
    Parameter("cvr", "CVR", SHARE, "orders per click (ads) or per view (live, video)",
              "share of clicks (ads) or of views (livestreams, videos) that order, at the reference order value"),
    Parameter("gmv_per_view", "GMV per view", MONEY, "CNY per view (人次)",
              "GMV one brand's slot in a KOL livestream takes per cumulative view, at the reference order value"),
    Parameter("reference_aov", "Reference order value", MONEY, "CNY per order",
              "the average order value at which the conversion figures hold"),
    Parameter("price_elasticity", "Price elasticity", RATE, "elasticity",
              "how conversion falls with price: orders per exposure × (AOV ÷ reference order value)^−elasticity",
              limits=(0.0, 5.0)),
    Parameter("frequency_response", "Frequency response", SHARE, "share per exposure",
              "share of a person's remaining purchase potential each exposure converts: sales saturate with "
              "frequency", limits=(1e-6, 1.0)),
    Parameter("return_rate", "Return rate", SHARE, "share of GMV", "share of GMV returned by buyers"),
    # what it costs
    Parameter("kol_commission", "KOL commission", SHARE, "share of net GMV", "commission a KOL takes on sales"),
    Parameter("fulfilment_per_order", "Fulfilment per order", MONEY, "CNY per order",
              "pick, pack, cross-border and last-mile cost of one order"),
    Parameter("return_cost_per_order", "Return cost per order", MONEY, "CNY per returned order",
              "reverse logistics of one returned order: courier pick-up, inspection, restocking"),
    Parameter("aov", "Average order value", MONEY, "CNY per order",
              "the brand's own average order value (a line may override the market's: a discounted KOL deal)"),
    Parameter("gross_margin", "Gross margin", SHARE, "share of net GMV",
              "the brand's gross margin (a line with its own order value keeps the unit cost: its margin follows)"),
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
# Every tactic needs these, besides its own price, audience and conversion parameters
FUNNEL_PARAMETERS = ("ctr", "on_target", "k", "frequency_response", "reference_aov", "price_elasticity",
                     "return_rate", "fulfilment_per_order", "return_cost_per_order")
# A search tactic's demand grows with the reach the plan's content builds on each channel (种草 → 拔草):
# "halo_douyin" on (taobao, search_ads) = extra searches on Taobao per person the plan reaches on Douyin
HALO_PREFIX = "halo_"


def halo_parameter(source_channel: str) -> str:
    return HALO_PREFIX + source_channel


def parameter(key: str) -> Parameter:
    """The definition of a parameter; unknown keys (a user tactic's own price or audience) get a generic one."""
    if key in PARAMETERS:
        return PARAMETERS[key]
    if key.startswith(HALO_PREFIX) and len(key) > len(HALO_PREFIX):
        source = key[len(HALO_PREFIX):]
        return Parameter(key, f"Search halo from {source}", RATE, "searches per person reached",
                         f"extra searches here per person the plan's content reaches on {source}")
    money = key.startswith(("fee", "cost", "price")) or key.endswith(("fee", "cost", "price"))
    return Parameter(key, key.replace("_", " ").capitalize(), MONEY if money else COUNT,
                     "CNY" if money else "count", "a user-defined parameter")


def valid_range(key: str) -> tuple[float, float]:
    """Bounds a value of this parameter must respect (inclusive)."""
    definition = parameter(key)
    if definition.limits is not None:
        return definition.limits
    kind = definition.kind
    if kind == SHARE:
        return (0.0, 1.0)
    if kind == SHAPE:
        return (1e-9, float("inf"))
    return (0.0, float("inf"))
