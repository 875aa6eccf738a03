"""China's shopping festivals as data: one edition's days, channels and multipliers, and the checks on them.

The calendar (resources/calendar/festivals.csv, editable per plan) gives each festival's days, the channels it
runs on, and two multipliers with a low–high range: on a festival day auction-bought media (CPM, CPC) costs
`cpm_multiplier` times its usual price, and every tactic converts at `cvr_multiplier` times its usual rate.
No source quantifies either (CHINA-FACTS): the shipped figures are assumptions, graded W. What the calendar does
to a dated line's price and conversion is the engine's (core/engine/festivals.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from market_entry_planner.core.problems import Problem

MULTIPLIERS = ("cpm", "cvr")


@dataclass(frozen=True)
class Festival:
    """One edition of a festival: its days (both inclusive), channels (() = every channel) and multipliers."""

    key: str
    label: str
    year: int
    start: date
    end: date
    channels: tuple[str, ...] = ()
    cpm_multiplier: float = 1.0
    cpm_low: float = 1.0
    cpm_high: float = 1.0
    cvr_multiplier: float = 1.0
    cvr_low: float = 1.0
    cvr_high: float = 1.0
    grade: str = "W"
    source: str = ""

    def applies_to(self, channel: str) -> bool:
        return not self.channels or channel in self.channels

    def multiplier(self, kind: str) -> tuple[float, float, float]:
        """(low, value, high) of the "cpm" or "cvr" multiplier."""
        return (getattr(self, f"{kind}_low"), getattr(self, f"{kind}_multiplier"), getattr(self, f"{kind}_high"))

    @property
    def weak(self) -> bool:
        return self.grade in ("C", "W")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def festival_problems(festival: Festival) -> list[tuple[str, str]]:
    """What is wrong with one festival row, as (field, message) pairs."""
    problems = []
    if not festival.key:
        problems.append(("key", "the festival has no name"))
    if festival.end < festival.start:
        problems.append(("end", f"the festival ends ({festival.end}) before it starts ({festival.start})"))
    for kind in MULTIPLIERS:
        low, value, high = festival.multiplier(kind)
        if not all(np.isfinite(x) and x > 0 for x in (low, value, high)):
            problems.append((f"{kind}_multiplier",
                             f"the {kind.upper()} multiplier and its range must be numbers above 0"))
        elif not low <= value <= high:
            problems.append((f"{kind}_low", f"the {kind.upper()} multiplier's range {low:g}–{high:g} does not "
                                            f"contain its value {value:g}"))
    return problems


# A one-entry cache, read and replaced as a whole tuple (safe across worker threads): plans made by editing share
# their calendar object.
_checked: list = [(None, [])]


def calendar_problems(calendar) -> list[Problem]:
    """Every problem of a plan's calendar, with the festival it is about."""
    checked_calendar, checked_problems = _checked[0]
    if checked_calendar is calendar:
        return list(checked_problems)
    problems, seen = [], set()
    for festival in calendar:
        name = f"festival '{festival.label or festival.key}' {festival.year}"
        for field, message in festival_problems(festival):
            problems.append(Problem(f"Calendar, {name}: {message}.", field="calendar"))
        if (festival.key, festival.year) in seen:
            problems.append(Problem(f"Calendar, {name}: appears twice.", field="calendar"))
        seen.add((festival.key, festival.year))
    _checked[0] = (calendar, problems)
    return list(problems)



def festival_to_dict(festival: Festival) -> dict:
    d = {name: getattr(festival, name) for name in Festival.__dataclass_fields__}
    d["start"], d["end"], d["channels"] = festival.start.isoformat(), festival.end.isoformat(), list(festival.channels)
    return d


def festival_from_dict(d: dict) -> Festival:
    return Festival(**{**d, "start": date.fromisoformat(d["start"]), "end": date.fromisoformat(d["end"]),
                       "channels": tuple(d.get("channels", ()))})


def festivals_between(calendar, first: date, last: date, channels=None) -> tuple[Festival, ...]:
    """The festivals with a day in [first, last] (on one of `channels`, if given), in calendar order."""
    return tuple(f for f in calendar if f.end >= first and f.start <= last
                 and (channels is None or any(f.applies_to(c) for c in channels)))
