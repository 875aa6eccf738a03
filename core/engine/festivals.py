"""What China's shopping festivals do to a dated line's price and conversion.

The calendar (resources/calendar/festivals.csv, editable per plan) gives each festival's days, the channels it
runs on, and two multipliers with a low–high range: on a festival day auction-bought media (CPM, CPC) costs
`cpm_multiplier` times its usual price, and every tactic converts at `cvr_multiplier` times its usual rate.
No source quantifies either (CHINA-FACTS): the shipped figures are assumptions, graded W.

On a day two festivals share for a channel (Kuaishou 616 inside 618 if a user extends 618 to Kuaishou), each
multiplier is the larger of the two, not their product: overlapping festivals are one shopping surge under two
names, and stacking them would count it twice.

`Schedule` turns the calendar and the lines' dates into day counts per "festival state" (the set of festivals in
force on a day for a channel). The engine, the weekly flighting and the Monte Carlo all derive their numbers from
these counts, with the same functions, so the headline, the weekly view and the uncertainty bands agree.
It works on date breakpoints, not on days, so a plan spanning decades costs no more than one spanning a year.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from market_entry_planner.core.calendar import Festival, festivals_between

# A one-entry cache, read and replaced as a whole tuple (safe across worker threads): edits rarely move the
# plan's period.
_last_segments: list = [(None, None, None)]


@dataclass(frozen=True, eq=False)
class Schedule:
    """When each line runs and which festival days it meets, as day counts per festival state.

    Days are day numbers (days since 1970-01-01, see `day_number`). A line with no dates is *undated*: it runs
    over the plan's period in the weekly view but meets no festival. A line with one date takes the other from the
    plan's period (its earliest and latest dates). Time is cut at `breaks` into segments within which every
    channel's festival state is constant.
    """

    period: tuple[int, int] | None      # first and last day any line names; None when no line has a date
    start: np.ndarray                   # per line, first day (meaningless when undated)
    end: np.ndarray                     # per line, last day (meaningless when undated)
    dated: np.ndarray                   # per line
    channel_code: np.ndarray            # per line, as in CompiledPlan
    festivals: tuple[Festival, ...]     # calendar rows in force on a day and channel of the period
    state_festivals: np.ndarray         # (states, festivals): which festivals make each state
    breaks: np.ndarray                  # (segments + 1,) first day of each segment, then the day after the last
    segment_state: np.ndarray           # (channels, segments)
    cumulative: np.ndarray              # (channels, segments + 1, states): days of each state before each break
    state_days: np.ndarray              # (lines, states): days of each state in each line (0 when undated)

    @property
    def states(self) -> int:
        return self.state_festivals.shape[0]

    def days_before(self, code: np.ndarray, day: np.ndarray) -> np.ndarray:
        """Days of each state from the period's start up to (not including) `day`, on channel `code`.

        code and day broadcast together; days must lie within [period start, period end + 1].
        """
        segment = np.clip(np.searchsorted(self.breaks, day, side="right") - 1, 0, len(self.breaks) - 2)
        into = (day - self.breaks[segment])[..., None]
        state = self.segment_state[code, segment][..., None]
        return self.cumulative[code, segment] + into * (state == np.arange(self.states))

    def interval_days(self, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        """Days of each state each dated line runs within [lo, hi), for day arrays of shape (lines, k).

        Shape (lines, k, states); zeros for undated lines.
        """
        start, end = self.start[:, None], self.end[:, None] + 1
        lo, hi = np.clip(lo, start, end), np.clip(hi, start, end)
        code = self.channel_code[:, None]
        days = self.days_before(code, hi) - self.days_before(code, lo)
        return np.where(self.dated[:, None, None], days, 0)

    def multipliers(self, cpm=None, cvr=None) -> tuple[np.ndarray, np.ndarray]:
        """Each state's (CPM, CVR) multipliers, shape (..., states), from per-festival values (..., festivals).

        Defaults: the calendar's values. The larger multiplier of the festivals in force wins; no festival: 1.
        """
        out = []
        for kind, values in (("cpm", cpm), ("cvr", cvr)):
            if values is None:
                values = np.array([f.multiplier(kind)[1] for f in self.festivals])
            values = np.asarray(values, dtype=float)
            if not self.festivals:
                out.append(np.ones(values.shape[:-1] + (self.states,)))
                continue
            largest = np.where(self.state_festivals, values[..., None, :], -np.inf).max(axis=-1)
            out.append(np.where(self.state_festivals.any(axis=1), largest, 1.0))
        return out[0], out[1]


_EPOCH = date(1970, 1, 1).toordinal()
_NO_DATE = np.iinfo(np.int64).min


def _days(dates) -> np.ndarray:
    """Day numbers of optional dates; _NO_DATE for None."""
    return np.fromiter((_NO_DATE if d is None else d.toordinal() - _EPOCH for d in dates), np.int64, len(dates))


def day_number(day: date) -> int:
    """Days since 1970-01-01: the unit of every day in a Schedule."""
    return day.toordinal() - _EPOCH


def day_date(number: int) -> date:
    return date.fromordinal(int(number) + _EPOCH)


def _distinct_rows(active: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct rows of a boolean matrix and each row's index among them (np.unique(axis=0), but faster)."""
    if active.shape[1] == 0:
        return np.zeros((1, 0), dtype=bool), np.zeros(len(active), dtype=np.intp)
    if active.shape[1] > 62:
        states, inverse = np.unique(active, axis=0, return_inverse=True)
        return states, inverse.reshape(-1)
    codes = active @ (np.int64(1) << np.arange(active.shape[1], dtype=np.int64))
    distinct, inverse = np.unique(codes, return_inverse=True)
    return ((distinct[:, None] >> np.arange(active.shape[1])) & 1).astype(bool), inverse.reshape(-1)


def _segments(calendar, channels: tuple, used: tuple, first: int, last: int):
    """The festivals in force over [first, last] and the time segments over which no channel's state changes."""
    key = (channels, used, first, last)
    cached_calendar, cached_key, cached = _last_segments[0]
    if cached_calendar is calendar and cached_key == key:
        return cached
    festivals = festivals_between(calendar, day_date(first), day_date(last), used)
    spans = [(max(day_number(f.start), first), min(day_number(f.end), last) + 1) for f in festivals]
    breaks = np.array(sorted({first, last + 1, *(d for span in spans for d in span)}), dtype=np.int64)
    groups, segments = len(channels), len(breaks) - 1
    active = np.zeros((groups, segments, len(festivals)), dtype=bool)
    for j, (f, span) in enumerate(zip(festivals, spans)):
        lo, hi = np.searchsorted(breaks, span)
        rows = np.array([c for c, channel in enumerate(channels) if f.applies_to(channel)], dtype=np.intp)
        active[rows, lo:hi, j] = True
    states, inverse = _distinct_rows(active.reshape(groups * segments, len(festivals)))
    segment_state = inverse.reshape(groups, segments)
    length = np.diff(breaks).astype(float)
    per_segment = length[None, :, None] * (segment_state[..., None] == np.arange(len(states)))
    cumulative = np.concatenate([np.zeros((groups, 1, len(states))), np.cumsum(per_segment, axis=1)], axis=1)
    result = (festivals, states, breaks, segment_state, cumulative)
    for array in result[1:]:
        array.flags.writeable = False  # shared between compiled plans
    _last_segments[0] = (calendar, key, result)
    return result


def build_schedule(starts, ends, channel_code: np.ndarray, channels, calendar) -> Schedule:
    """The schedule of lines with these (optional) dates on these channels, against the calendar."""
    n, groups = len(starts), len(channels)
    start, end = _days(starts), _days(ends)
    has_start, has_end = start != _NO_DATE, end != _NO_DATE
    dated = has_start | has_end
    if not dated.any():
        return Schedule(period=None, start=np.full(n, -1), end=np.full(n, -1), dated=dated,
                        channel_code=channel_code, festivals=(), state_festivals=np.zeros((1, 0), dtype=bool),
                        breaks=np.zeros(2, dtype=np.int64), segment_state=np.zeros((groups, 1), dtype=np.intp),
                        cumulative=np.zeros((groups, 2, 1)), state_days=np.zeros((n, 1)))
    named = np.concatenate([start[has_start], end[has_end]])
    first, last = int(named.min()), int(named.max())
    # a line with one date takes the other from the plan's period
    start = np.where(has_start, start, np.where(dated, first, -1))
    end = np.where(has_end, end, np.where(dated, last, -1))

    used = tuple(channels[c] for c in np.flatnonzero(np.bincount(channel_code[dated], minlength=groups)))
    festivals, states, breaks, segment_state, cumulative = _segments(calendar, tuple(channels), used, first, last)
    schedule = Schedule(period=(first, last), start=start, end=end, dated=dated, channel_code=channel_code,
                        festivals=festivals, state_festivals=states, breaks=breaks,
                        segment_state=segment_state, cumulative=cumulative, state_days=np.zeros((n, len(states))))
    code = channel_code[dated]
    schedule.state_days[dated] = (schedule.days_before(code, end[dated] + 1)
                                  - schedule.days_before(code, start[dated]))
    return schedule


def festival_factors(schedule: Schedule, auction: np.ndarray, state_cpm, state_cvr):
    """Per line (cpm_factor, cvr_factor), shape (..., lines), for state multipliers of shape (..., states).

    A dated line spreads its budget evenly over its days. Auction-bought lines (CPM, CPC) buy 1/m_cpm as much
    on a festival day, so impressions per yuan scale by the mean of 1/m_cpm over the line's days, and orders per
    impression by the impression-weighted mean of m_cvr. Other tactics buy the same units every day: only the
    mean m_cvr applies. Undated lines: 1 and 1. The sums run state by state (elementwise, no BLAS) so that one
    parameter set and a batch of draws give bit-identical numbers.
    """
    inverse = 1.0 / np.asarray(state_cpm, dtype=float)
    state_cvr = np.asarray(state_cvr, dtype=float)
    per_day = np.stack([inverse, state_cvr * inverse, state_cvr], axis=-2)[..., None]  # (..., 3, states, 1)
    days, dated = schedule.state_days, schedule.dated
    if per_day.ndim > 3:  # a batch of draws: work on the distinct line patterns, then spread to the lines
        patterns, line_pattern = np.unique(np.column_stack([days, auction, dated]), axis=0, return_inverse=True)
        days, auction, dated = patterns[:, :-2], patterns[:, -2] > 0, patterns[:, -1] > 0
        cpm_factor, cvr_factor = _factors(days, auction, dated, per_day)
        line_pattern = line_pattern.reshape(-1)
        return cpm_factor[..., line_pattern], cvr_factor[..., line_pattern]
    return _factors(days, auction, dated, per_day)


def _factors(days, auction, dated, per_day):
    weighted = 0.0
    for s in range(days.shape[1]):
        weighted = weighted + days[:, s] * per_day[..., s, :]
    total_days = days.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        cpm_factor = np.where(dated & auction, weighted[..., 0, :] / total_days, 1.0)
        cvr_factor = np.where(dated, np.where(auction, weighted[..., 1, :] / weighted[..., 0, :],
                                              weighted[..., 2, :] / total_days), 1.0)
    return cpm_factor, cvr_factor
