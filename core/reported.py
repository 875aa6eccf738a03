"""What the platforms reported, as part of the plan: rows of actual results and which plan line each campaign is.

A plan carries these like its festival calendar: imported from the platforms' ad reports (core/actuals), kept in
the workbook's Actuals sheet, undone and redone with every other edit. A row is one campaign of one report on one
day (or week): importing the same report again replaces its rows, it never adds them twice (`row_key`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

# the figures a report row may give, in the order the Actuals sheet and the JSON show them
FIGURES = ("spend", "impressions", "clicks", "orders", "gmv", "views", "refunds", "refund_orders", "units")


@dataclass(frozen=True)
class ActualRow:
    """One report row, matched to one plan line (channel, tactic and name identify the line)."""

    channel: str
    tactic: str
    line: str            # the plan line's name
    day: date            # the first day the row covers
    days: int            # 1 for a daily row, 7 for a weekly one
    source: str          # the platform report it came from: "qianchuan", "magnetic_engine", "wanxiangtai", "jd_jzt"
    campaign: str        # the campaign as the report names it
    spend: float = 0.0   # CNY (a report row without a spend cell spent nothing)
    impressions: float | None = None
    clicks: float | None = None
    orders: float | None = None
    gmv: float | None = None          # CNY
    views: float | None = None        # livestream or video views (人次)
    refunds: float | None = None      # refunded GMV, CNY
    refund_orders: float | None = None
    units: float | None = None        # sessions, hours or videos the row paid for, when the report says

    @property
    def last_day(self) -> date:
        return self.day + timedelta(days=self.days - 1)

    @property
    def line_key(self) -> tuple[str, str, str]:
        return (self.channel, self.tactic, self.line)

    @property
    def row_key(self) -> tuple:
        """Same line, same days, same report and campaign: the same row (a second import replaces it)."""
        return (self.channel, self.tactic, self.line, self.day, self.days, self.source, self.campaign)


@dataclass(frozen=True)
class CampaignLink:
    """A report's campaign belongs to this plan line. `confirmed`: the user said so (or kept the proposal); an
    unconfirmed link is the importer's proposal, shown for the user to check."""

    source: str
    campaign: str
    channel: str
    tactic: str
    line: str
    confirmed: bool = False

    @property
    def campaign_key(self) -> tuple[str, str]:
        return (self.source, self.campaign)


def merge_rows(existing: tuple[ActualRow, ...], new) -> tuple[ActualRow, ...]:
    """The rows after an import: a new row replaces an existing one with the same `row_key` (where it was), others
    are added after. Only the rows of the campaigns being imported are compared (a plan holds tens of thousands)."""
    incoming = {row.row_key: row for row in new}
    campaigns = {(row.source, row.campaign) for row in incoming.values()}
    merged = []
    for row in existing:
        if (row.source, row.campaign) in campaigns:
            replacement = incoming.pop(row.row_key, None)
            merged.append(row if replacement is None else replacement)
        else:
            merged.append(row)
    merged.extend(incoming.values())
    return tuple(merged)


def merge_links(existing: tuple[CampaignLink, ...], new) -> tuple[CampaignLink, ...]:
    by_key = {link.campaign_key: link for link in existing}
    for link in new:
        by_key[link.campaign_key] = link
    return tuple(by_key.values())
