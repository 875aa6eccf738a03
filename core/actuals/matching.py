"""Which plan line each campaign of a report is, and the report's rows as the plan's actuals.

A campaign is matched once and remembered (`Plan.campaign_links`, the workbook's Actuals sheet): a link the user
confirmed always wins; otherwise the importer proposes one, in this order, among the plan's lines on the report's
channel whose dates overlap the campaign's days:
1. the line whose name is the campaign's name (case, spaces and punctuation aside), or contains it, or is contained
   in it;
2. the only such line among those of the tactics the report's tool buys (Wanxiangtai: feed ads), or the only
   such line at all.
A campaign with no line, or with several equally good ones, is reported as unmatched; its rows are kept aside
(no tactic, no line: counted in no line's figures and no calibration) until the marketer links it (`confirm_link`)
or adds the line and imports again, rather than the importer guessing.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from market_entry_planner.core.actuals.reports import Report, read_report
from market_entry_planner.core.actuals.vocabulary import PLATFORM_TACTICS
from market_entry_planner.core.model import LineItem, Plan
from market_entry_planner.core.problems import Problem
from market_entry_planner.core.reported import ActualRow, CampaignLink, merge_links, merge_rows
from market_entry_planner.core.workbook.cells import normalise

# a report row's tactic words -> the plan's tactic (when a report mixes feed, search and live campaigns)
TACTIC_WORDS = {
    "feed_ads": ("feed", "信息流", "短视频", "推商品", "feed ads"),
    "search_ads": ("search", "搜索", "关键词", "快车", "直通车"),
    "kol_live": ("kol live", "达人直播", "达人"),
    "brand_live": ("brand live", "店播", "自播", "直播间", "推直播间"),
    "kol_video": ("video", "种草", "视频"),
}


@dataclass
class Matched:
    """An import: the rows it adds (matched), the links it used or proposed, what it left out and why."""

    rows: list[ActualRow] = field(default_factory=list)
    links: list[CampaignLink] = field(default_factory=list)
    unmatched: list[Problem] = field(default_factory=list)

    def apply(self, plan: Plan) -> Plan:
        """The plan with these rows (a row already imported is replaced, never counted twice) and links."""
        return replace(plan, actuals=merge_rows(plan.actuals, self.rows),
                       campaign_links=merge_links(plan.campaign_links, self.links))


def _overlaps(line: LineItem, first: date, last: date) -> bool:
    return (line.start is None or line.start <= last) and (line.end is None or line.end >= first)


def _tactic_of(text: str) -> str | None:
    low = text.lower()
    for tactic, words in TACTIC_WORDS.items():
        if any(w in low for w in words):
            return tactic
    return None


def propose(plan: Plan, channel: str, campaign: str, first: date, last: date, tactic: str = "",
            source: str = "") -> LineItem | None:
    """The line a campaign most likely is (rule above), or None when there is none or no single best."""
    candidates = [line for line in plan.lines if line.channel == channel and _overlaps(line, first, last)]
    wanted = _tactic_of(tactic) if tactic else None
    if wanted:
        candidates = [line for line in candidates if line.tactic == wanted] or candidates
    name = normalise(campaign)
    if name:
        exact = [line for line in candidates if normalise(line.name) == name]
        if len(exact) == 1:
            return exact[0]
        near = [line for line in candidates if normalise(line.name) and
                (normalise(line.name) in name or name in normalise(line.name))]
        if len(near) == 1:
            return near[0]
    bought = [line for line in candidates if line.tactic in PLATFORM_TACTICS.get(source, ())]
    if len(bought) == 1:
        return bought[0]
    return candidates[0] if len(candidates) == 1 else None


def match_report(plan: Plan, report: Report) -> Matched:
    """Match a report's rows to the plan's lines (confirmed links first, then proposals); rows of one campaign,
    day and line are added up (a report may split a campaign by creative or placement)."""
    links = {link.campaign_key: link for link in plan.campaign_links}
    lines = {(line.channel, line.tactic, line.name) for line in plan.lines}
    by_campaign: dict[tuple[str, str], list] = defaultdict(list)
    for row in report.rows:
        by_campaign[(row.channel or report.channel, row.campaign)].append(row)
    matched = Matched()
    for (channel, campaign), rows in by_campaign.items():
        first = min(r.day for r in rows)
        last = max(r.day + timedelta(days=r.days - 1) for r in rows)
        link = links.get((report.source, campaign))
        if link is not None and (link.channel, link.tactic, link.line) not in lines:
            link = None  # unlinked, or the line it pointed at is gone (renamed or removed): propose again
        if link is None:
            line = propose(plan, channel, campaign, first, last, rows[0].tactic, report.source)
            if line is None:
                shown = campaign or "(no campaign name)"
                matched.unmatched.append(Problem(
                    f"campaign '{shown}' ({channel}, {first:%Y-%m-%d} to {last:%Y-%m-%d}, {len(rows)} rows) matches "
                    "no single line of the plan: its rows are kept aside, counted nowhere, until you link it to a "
                    "line (Actuals tab) or add the line", row=rows[0].row, column=report.columns.get("campaign"),
                    severity="warning"))
                link = CampaignLink(report.source, campaign, channel, "", "", confirmed=False)
            else:
                # the campaign named as the line is: nothing to confirm; any other proposal waits for the user
                link = CampaignLink(report.source, campaign, line.channel, line.tactic, line.name,
                                    confirmed=bool(campaign) and normalise(campaign) == normalise(line.name))
        matched.links.append(link)
        sums: dict[tuple[date, int], dict[str, float]] = {}
        for row in rows:
            period = (row.day, row.days)
            total = sums.get(period)
            if total is None:
                sums[period] = dict(row.figures)
                continue
            for key, value in row.figures.items():
                total[key] = total.get(key, 0.0) + value
        make, where = ActualRow, (link.channel, link.tactic, link.line)
        matched.rows.extend(make(*where, day, days, report.source, campaign, **figures)
                            for (day, days), figures in sums.items())
    return matched


def unlinked_rows(plan: Plan) -> int:
    """Rows kept aside: their campaign is linked to no line yet."""
    return sum(1 for row in plan.actuals if not row.line)


def confirm_link(plan: Plan, source: str, campaign: str, line: LineItem) -> Plan:
    """The user says which line a campaign is: the link is stored confirmed, and the campaign's rows (kept aside, or
    on another line) move to that line."""
    link = CampaignLink(source, campaign, line.channel, line.tactic, line.name, confirmed=True)
    moved = tuple(replace(r, channel=line.channel, tactic=line.tactic, line=line.name)
                  if (r.source, r.campaign) == (source, campaign) else r for r in plan.actuals)
    return replace(plan, actuals=merge_rows((), moved), campaign_links=merge_links(plan.campaign_links, [link]))


@dataclass
class Imported:
    """Reports read and matched: the plan with their rows, and what to tell the user."""

    plan: Plan
    rows: int = 0
    reports: list[str] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)      # rows passed over: totals, unknown columns
    unmatched: list[Problem] = field(default_factory=list)     # campaigns no line was found for
    proposed: list[CampaignLink] = field(default_factory=list)  # links the user has not confirmed


def import_reports(plan: Plan, paths) -> Imported:
    """Read, match and add several reports in one step (the app's File › Import actuals…). Raises PlanError naming
    the file, row and column when one cannot be read: then nothing is imported."""
    out = Imported(plan)
    for path in paths:
        report = read_report(path, plan.market.exchange_rates)
        matched = match_report(out.plan, report)
        out.plan = matched.apply(out.plan)
        out.rows += sum(1 for row in matched.rows if row.line)
        out.reports.append(report.source)
        where = str(path).replace("\\", "/").rsplit("/", 1)[-1]
        out.warnings += [replace(p, sheet=p.sheet or where) for p in report.warnings]
        out.unmatched += [replace(p, sheet=p.sheet or where) for p in matched.unmatched]
        out.proposed += [link for link in matched.links if not link.confirmed and link.line]
    return out
