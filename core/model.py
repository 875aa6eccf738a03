"""The plan a marketer edits: market, tactics, assumptions and lines, grouped in scenarios.

Everything here is an immutable value. An edit makes a new plan (`dataclasses.replace`), which keeps
undo trivial (keep the old value) and lets the engine cache compiled arrays per plan object.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Mapping

from market_entry_planner.core.assumptions import Assumptions
from market_entry_planner.core.calendar import Festival
from market_entry_planner.core.reported import ActualRow, CampaignLink

ANY = "*"  # an assumption row for every channel (or every tactic)

BUYING_MODELS = ("cpm", "cpc", "unit")
SPEND_KINDS = ("media", "kol")

# Display names of the channels we ship; a user-added channel shows its key, capitalised.
CHANNEL_LABELS = {
    "douyin": "Douyin",
    "kuaishou": "Kuaishou",
    "taobao": "Taobao/Tmall",
    "jd": "JD.com",
}


def channel_label(channel: str) -> str:
    return CHANNEL_LABELS.get(channel, channel.replace("_", " ").title())


@dataclass(frozen=True)
class Tactic:
    """How a tactic is bought, as data: a user can add one (say Xiaohongshu notes) without code.

    buying "cpm": budget buys impressions at `price_parameter` per 1,000.
    buying "cpc": budget buys clicks at `price_parameter` each; impressions = clicks / CTR.
    buying "unit": budget buys units (sessions, hours, videos) at `price_parameter` each, and each unit
    brings `audience_parameter` viewers; orders come from viewers × CVR rather than from clicks.
    """

    key: str
    label: str
    buying: str
    unit: str
    price_parameter: str
    audience_parameter: str = ""
    spend_kind: str = "media"  # "kol": the budget pays KOLs (slot/video fees) and commission applies
    whole_units: bool = False
    description: str = ""
    # the conversion figure its evidence comes in: "cvr" (orders per click, or per view for a unit tactic) or
    # "gmv_per_view" (yuan of GMV per view, as livestream records are published)
    conversion_parameter: str = "cvr"

    @property
    def pays_commission(self) -> bool:
        return self.spend_kind == "kol"


@dataclass(frozen=True)
class Market:
    """The brand and its target group. AOV and margin are the brand's own figures: no defaults."""

    target: str = ""
    category: str = "other"  # what the brand sells: sets its category preset (core/benchmarks.categories)
    target_population: float = 0.0
    aov: float | None = None
    gross_margin: float | None = None
    agency_fee: float = 0.0
    effective_frequency: int = 3
    currency: str = "CNY"
    # CNY per one unit of each display currency, e.g. {"EUR": 7.8}
    exchange_rates: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class LineItem:
    """One row of the plan. `budget` is the single money input; units follow from it."""

    channel: str
    tactic: str
    budget: float
    name: str = ""
    start: date | None = None
    end: date | None = None
    overrides: Mapping[str, float] = field(default_factory=dict)
    notes: str = ""
    locked: bool = False
    min_budget: float | None = None
    max_budget: float | None = None
    # columns of a hand-made sheet the model does not use: kept and written back, never dropped
    extra: Mapping[str, object] = field(default_factory=dict)

    def with_budget(self, budget: float) -> "LineItem":
        return replace(self, budget=float(budget))


@dataclass(frozen=True)
class Scenario:
    name: str
    lines: tuple[LineItem, ...] = ()


@dataclass(frozen=True)
class Plan:
    """A whole document: what one workbook holds."""

    market: Market
    assumptions: Assumptions
    tactics: Mapping[str, Tactic]
    scenarios: tuple[Scenario, ...] = (Scenario("Base"),)
    active: int = 0
    title: str = "Plan"
    notes: str = ""
    # shopping festivals with their CPM and conversion multipliers (assumptions, editable); a plan made by the
    # app starts with the shipped calendar (benchmarks.default_calendar): the data types load no files
    calendar: tuple[Festival, ...] = ()
    # what the platforms reported (core/reported.py): rows of actual results and the campaigns' plan lines
    actuals: tuple[ActualRow, ...] = ()
    campaign_links: tuple[CampaignLink, ...] = ()

    @property
    def scenario(self) -> Scenario:
        return self.scenarios[self.active]

    @property
    def lines(self) -> tuple[LineItem, ...]:
        return self.scenario.lines

    @property
    def channels(self) -> tuple[str, ...]:
        """Channels the assumptions know (a channel exists once it has a row), in data order."""
        return self.assumptions.channels

    def with_lines(self, lines) -> "Plan":
        scenarios = list(self.scenarios)
        scenarios[self.active] = replace(self.scenario, lines=tuple(lines))
        return replace(self, scenarios=tuple(scenarios))

    def with_line(self, index: int, line: LineItem) -> "Plan":
        lines = list(self.lines)
        lines[index] = line
        return self.with_lines(lines)

    def with_scenario(self, index: int) -> "Plan":
        return replace(self, active=index)

    @property
    def total_budget(self) -> float:
        return float(sum(line.budget for line in self.lines))
