"""The shipped data sets: benchmark assumptions and tactics (resources/benchmarks), the festival calendar
(resources/calendar). Loaded once, on first use."""
from __future__ import annotations

import csv
from datetime import date
from functools import lru_cache
from pathlib import Path

from market_entry_planner.core.assumptions import Assumption, Assumptions
from market_entry_planner.core.calendar import MULTIPLIERS, Festival
from market_entry_planner.core.model import Tactic
from market_entry_planner.core.paths import resource

BENCHMARKS = "benchmarks"
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


def read_tactics_csv(path: Path) -> dict[str, Tactic]:
    with open(path, newline="", encoding="utf-8") as handle:
        return {
            r["tactic"]: Tactic(
                key=r["tactic"], label=r["label"], buying=r["buying"], unit=r["unit"],
                price_parameter=r["price_parameter"], audience_parameter=r["audience_parameter"],
                spend_kind=r["spend_kind"], whole_units=r["whole_units"].strip().lower() in ("yes", "true", "1"),
                description=r["description"],
            )
            for r in csv.DictReader(handle)
        }


@lru_cache(maxsize=1)
def default_assumptions() -> Assumptions:
    return read_assumptions_csv(resource(BENCHMARKS, "assumptions.csv"))


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

