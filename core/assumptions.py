"""The assumptions table: one sourced figure per channel × tactic × parameter.

A value is looked up from the most specific row to the most general:
(channel, tactic) → (channel, "*") → ("*", tactic) → ("*", "*").
So a new channel needs only its own channel-level rows (penetration, fees); tactic rows fall back to
the generic "*" rows until the user adds better ones.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable

ANY = "*"
GRADES = {
    "A": "company filing or official page",
    "B": "reputable press, analyst or academic work",
    "C": "agency or SEO blog, unverified",
    "W": "weak: assumed or derived; replace with your own figure",
}
WEAK_GRADES = frozenset({"C", "W"})


@dataclass(frozen=True)
class Assumption:
    channel: str
    tactic: str
    parameter: str
    value: float
    low: float
    high: float
    grade: str = "W"
    year: int | None = None
    source: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.channel, self.tactic, self.parameter)

    @property
    def weak(self) -> bool:
        return self.grade in WEAK_GRADES


class Assumptions:
    """An ordered, immutable table of assumption rows with fast lookup with fallback."""

    __slots__ = ("_rows", "_index")

    def __init__(self, rows: Iterable[Assumption] = ()):
        self._rows: tuple[Assumption, ...] = tuple(rows)
        self._index = {row.key: i for i, row in enumerate(self._rows)}

    # -- reading
    @property
    def rows(self) -> tuple[Assumption, ...]:
        return self._rows

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self):
        return iter(self._rows)

    def __eq__(self, other) -> bool:
        return isinstance(other, Assumptions) and self._rows == other._rows

    def __hash__(self):
        return hash(self._rows)

    def __repr__(self) -> str:
        return f"Assumptions({len(self._rows)} rows)"

    def exact(self, channel: str, tactic: str, parameter: str) -> Assumption | None:
        i = self._index.get((channel, tactic, parameter))
        return None if i is None else self._rows[i]

    def find(self, channel: str, tactic: str, parameter: str) -> Assumption | None:
        """The row that supplies this parameter for this channel × tactic, or None."""
        for key in ((channel, tactic, parameter), (channel, ANY, parameter),
                    (ANY, tactic, parameter), (ANY, ANY, parameter)):
            i = self._index.get(key)
            if i is not None:
                return self._rows[i]
        return None

    @property
    def channels(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for row in self._rows:
            if row.channel != ANY:
                seen.setdefault(row.channel, None)
        return tuple(seen)

    # -- editing (each returns a new table)
    def index_of(self, key: tuple[str, str, str]) -> int | None:
        return self._index.get(key)

    def with_row(self, row: Assumption) -> "Assumptions":
        """Replace the row with the same key, or append it."""
        rows = list(self._rows)
        i = self._index.get(row.key)
        if i is None:
            rows.append(row)
        else:
            rows[i] = row
        return Assumptions(rows)

    def with_value(self, key: tuple[str, str, str], value: float) -> "Assumptions":
        row = self._rows[self._index[key]]
        return self.with_row(replace(row, value=float(value)))

    def without(self, key: tuple[str, str, str]) -> "Assumptions":
        return Assumptions(r for r in self._rows if r.key != key)
