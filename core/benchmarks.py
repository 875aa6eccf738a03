"""The shipped data sets: benchmark assumptions, tactics and category presets (resources/benchmarks), the festival
calendar (resources/calendar). Loaded once, on first use.

A category preset (women's apparel, beauty…) holds the figures that depend on what the brand sells: the reference
order value at which conversion rates hold, the price elasticity, return rates per tactic, and a typical order
value and gross margin that are offered (clearly marked) where the brand's own figures are missing.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from market_entry_planner.core.assumptions import Assumption, Assumptions
from market_entry_planner.core.calendar import MULTIPLIERS, Festival
from market_entry_planner.core.model import Tactic
from market_entry_planner.core.paths import resource

BENCHMARKS = "benchmarks"
OTHER = "other"  # the category of a plan that names none
SUGGESTED = ("aov", "gross_margin")  # a category's typical figures: offered, never applied silently
CALENDAR = "calendar"


def _number(text: str) -> float:
    return float(text.strip())


def read_assumptions_csv(path: Path) -> Assumptions:
    with open(path, newline="", encoding="utf-8") as handle:
        rows = [
            Assumption(
                channel=r["channel"].strip(), tactic=r["tactic"].strip(), parameter=r["parameter"].strip(),
                value=_number(r["value"]), low=_number(r["low"]), high=_number(r["high"]),
                grade=r["grade"].strip(), year=int(r["year"]) if r["year"].strip() else None,
                source=r["source"].strip(),
            )
            for r in csv.DictReader(handle)
        ]
    return Assumptions(rows)


@dataclass(frozen=True)
class Category:
    key: str
    label: str
    rows: tuple[Assumption, ...]            # assumption rows the preset sets (channel "*")
    suggestions: dict[str, Assumption]      # "aov", "gross_margin": the category's typical figures, not defaults


def read_categories_csv(path: Path) -> dict[str, Category]:
    rows: dict[str, list] = {}
    labels: dict[str, str] = {}
    with open(path, newline="", encoding="utf-8") as handle:
        for r in csv.DictReader(handle):
            key = r["category"].strip()
            labels[key] = r["label"].strip()
            rows.setdefault(key, []).append(Assumption(
                channel=r["channel"].strip(), tactic=r["tactic"].strip(), parameter=r["parameter"].strip(),
                value=_number(r["value"]), low=_number(r["low"]), high=_number(r["high"]), grade=r["grade"].strip(),
                year=int(r["year"]) if r["year"].strip() else None, source=r["source"].strip()))
    return {key: Category(key, labels[key], tuple(a for a in found if a.parameter not in SUGGESTED),
                          {a.parameter: a for a in found if a.parameter in SUGGESTED})
            for key, found in rows.items()}


def read_tactics_csv(path: Path) -> dict[str, Tactic]:
    with open(path, newline="", encoding="utf-8") as handle:
        return {
            r["tactic"]: Tactic(
                key=r["tactic"], label=r["label"], buying=r["buying"], unit=r["unit"],
                price_parameter=r["price_parameter"], audience_parameter=r["audience_parameter"],
                conversion_parameter=r.get("conversion_parameter") or "cvr",
                spend_kind=r["spend_kind"], whole_units=r["whole_units"].strip().lower() in ("yes", "true", "1"),
                description=r["description"],
            )
            for r in csv.DictReader(handle)
        }


@lru_cache(maxsize=1)
def _shipped_assumptions() -> Assumptions:
    return read_assumptions_csv(resource(BENCHMARKS, "assumptions.csv"))


@lru_cache(maxsize=1)
def categories() -> dict[str, Category]:
    """The category presets, in the order a picker shows them ("other" last)."""
    return read_categories_csv(resource(BENCHMARKS, "categories.csv"))


def category(key: str) -> Category:
    """A category preset; an unknown key (a workbook from elsewhere) is "other"."""
    found = categories()
    return found.get(key, found[OTHER])


def with_category(assumptions: Assumptions, key: str) -> Assumptions:
    """The table with a category preset's rows in place of the same keys (added where missing)."""
    for row in category(key).rows:
        assumptions = assumptions.with_row(row)
    return assumptions


@lru_cache(maxsize=8)
def default_assumptions(category_key: str = "other") -> Assumptions:
    """The shipped benchmark table for a brand of this category."""
    return with_category(_shipped_assumptions(), category_key)


@lru_cache(maxsize=1)
def default_tactics() -> dict[str, Tactic]:
    return read_tactics_csv(resource(BENCHMARKS, "tactics.csv"))


def _channels(text: str) -> tuple[str, ...]:
    parts = [p.strip() for p in text.replace(",", ";").split(";")]
    return () if parts in ([], [""], ["*"]) else tuple(p for p in parts if p)


def read_calendar_csv(path: Path) -> tuple[Festival, ...]:
    with open(path, newline="", encoding="utf-8") as handle:
        return tuple(
            Festival(key=r["festival"].strip(), label=r["label"].strip(), year=int(r["year"]),
                     start=date.fromisoformat(r["start"].strip()), end=date.fromisoformat(r["end"].strip()),
                     channels=_channels(r["channels"]),
                     **{f"{kind}_{part}": float(r[f"{kind}_{part}"]) for kind in MULTIPLIERS
                        for part in ("multiplier", "low", "high")},
                     grade=r["grade"].strip() or "W", source=r["source"].strip())
            for r in csv.DictReader(handle)
        )


@lru_cache(maxsize=1)
def default_calendar() -> tuple[Festival, ...]:
    """The shipped calendar: CNY, 520, 618, Kuaishou 616, Douyin 818, Double 11 and 12.12, 2026–2028."""
    return read_calendar_csv(resource(CALENDAR, "festivals.csv"))

