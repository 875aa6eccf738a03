"""A plan as plain JSON-able data: the sample plan's format, autosave and crash-recovery copies.

The workbook is the user's document; this is the lossless machine format beside it.
"""
from __future__ import annotations

from dataclasses import asdict
from datetime import date

from market_entry_planner.core.assumptions import Assumption, Assumptions
from market_entry_planner.core.benchmarks import default_assumptions, default_calendar, default_tactics
from market_entry_planner.core.calendar import festival_from_dict, festival_to_dict
from market_entry_planner.core.model import LineItem, Market, Plan, Scenario, Tactic
from market_entry_planner.core.reported import ActualRow, CampaignLink


def _date(text):
    return date.fromisoformat(text) if text else None


def line_from_dict(d: dict) -> LineItem:
    return LineItem(
        channel=d["channel"], tactic=d["tactic"], budget=float(d.get("budget", 0.0)), name=d.get("name", ""),
        start=_date(d.get("start")), end=_date(d.get("end")),
        overrides={k: float(v) for k, v in d.get("overrides", {}).items()}, notes=d.get("notes", ""),
        locked=bool(d.get("locked", False)), min_budget=d.get("min_budget"), max_budget=d.get("max_budget"),
        extra=dict(d.get("extra", {})),
    )


def line_to_dict(line: LineItem) -> dict:
    d = {"channel": line.channel, "tactic": line.tactic, "name": line.name, "budget": line.budget}
    if line.start:
        d["start"] = line.start.isoformat()
    if line.end:
        d["end"] = line.end.isoformat()
    if line.overrides:
        d["overrides"] = dict(line.overrides)
    if line.notes:
        d["notes"] = line.notes
    if line.locked:
        d["locked"] = True
    if line.min_budget is not None:
        d["min_budget"] = line.min_budget
    if line.max_budget is not None:
        d["max_budget"] = line.max_budget
    if line.extra:
        d["extra"] = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in line.extra.items()}
    return d


def plan_from_dict(d: dict) -> Plan:
    market = d.get("market", {})
    assumptions = (Assumptions(Assumption(**row) for row in d["assumptions"])
                   if "assumptions" in d else default_assumptions(market.get("category", "other")))
    tactics = ({t["key"]: Tactic(**t) for t in d["tactics"]} if "tactics" in d else dict(default_tactics()))
    scenarios = tuple(
        Scenario(s["name"], tuple(line_from_dict(line) for line in s.get("lines", ())))
        for s in d.get("scenarios", [{"name": "Base"}])
    )
    return Plan(
        market=Market(**{**market, "exchange_rates": dict(market.get("exchange_rates", {}))}),
        assumptions=assumptions, tactics=tactics, scenarios=scenarios,
        active=int(d.get("active", 0)), title=d.get("title", "Plan"), notes=d.get("notes", ""),
        calendar=(tuple(festival_from_dict(f) for f in d["calendar"]) if "calendar" in d else default_calendar()),
        actuals=tuple(ActualRow(**{**row, "day": date.fromisoformat(row["day"])}) for row in d.get("actuals", ())),
        campaign_links=tuple(CampaignLink(**link) for link in d.get("campaign_links", ())),
    )


def plan_to_dict(plan: Plan) -> dict:
    return {
        "title": plan.title,
        "notes": plan.notes,
        "market": {**asdict(plan.market), "exchange_rates": dict(plan.market.exchange_rates)},
        "assumptions": [asdict(row) for row in plan.assumptions],
        "tactics": [asdict(t) for t in plan.tactics.values()],
        "scenarios": [{"name": s.name, "lines": [line_to_dict(x) for x in s.lines]} for s in plan.scenarios],
        "active": plan.active,
        "calendar": [festival_to_dict(f) for f in plan.calendar],
        **({"actuals": [{**asdict(row), "day": row.day.isoformat()} for row in plan.actuals]} if plan.actuals else {}),
        **({"campaign_links": [asdict(link) for link in plan.campaign_links]} if plan.campaign_links else {}),
    }
