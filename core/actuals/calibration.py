"""Recalibrate the plan's assumptions from its actual results: each assumption's range is its prior, the report's
counts update it, and the posterior is what the Monte Carlo and the tornado then run on.

Families, and why (both conjugate: the update is two additions, exact, and needs no sampling):
- **Rates** (CTR, CVR, return rate): a **beta** prior on the share. The data are counts of successes in trials
  (clicks of impressions, orders of clicks or views, refunded of all orders), the binomial's conjugate is the beta,
  and a beta stays inside 0–1 and can be as skewed as a 0.3%–1.5% range.
- **Prices and yields** (CPM, CPC, average order value, views per session / hour / video): a **gamma** prior on the
  yield per unit bought (impressions per yuan, clicks per yuan, orders per yuan of GMV, views per session). The data
  are counts of events over an exposure, the Poisson's conjugate is the gamma; a price is then its inverse (CPM =
  1,000 ÷ impressions per yuan), an inverse-gamma: positive and right-skewed like the ranges prices are written with
  (Douyin CPM 20–40–90). This is the log-normal-like shape prices have, without giving up the exact update.

The prior is the assumption's own three-point range read as the Monte Carlo reads it (core/analysis/uncertainty.py:
PERT on low–value–high): the beta or gamma with that PERT's mean and variance. A range of zero width (a figure
taken as exact) is read as ±10%, so that evidence can still move it.

Real reports vary more from day to day than a binomial or a Poisson allows (auctions, creatives, weekdays). The
counts are therefore discounted by the rows' overdispersion φ = Pearson χ² ÷ degrees of freedom (at least 1):
a million impressions that vary like fifty thousand weigh like fifty thousand. Data that vary no more than chance
keep their full weight, which the seeded simulations in tests/test_actuals_calibration.py check (the 80% intervals
cover the truth 70–90% of the time).

The assumptions are an ordinary day's figures (the festival calendar raises prices and conversion on its days), so
a reported festival day's spend is divided by the calendar's CPM multiplier and its orders by the CVR multiplier
before they count.

No data → the posterior is the prior, exactly (the assumption row comes back unchanged). Data that the prior's range
cannot explain (a CTR of 0 over a million impressions against an assumed 0.8–3%) are flagged `conflict`: the
posterior follows the data, and the marketer sees it before accepting.

Calibrated rows keep their prior in their source text, and calibrating again starts from that prior with all the
data: accepting twice, or after another import, never counts a report twice.

Calibrated rows are written back with value = the posterior mean and low/high = its 0.4% and 99.6% quantiles: the
points a PERT needs to have the posterior's spread (a PERT's standard deviation is about its width ÷ 2√7), so the
Monte Carlo's bands narrow as data arrive.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from statistics import NormalDist

import numpy as np

from market_entry_planner.core.assumptions import Assumption
from market_entry_planner.core.calendar import festivals_between
from market_entry_planner.core.model import ANY, Plan, channel_label
from market_entry_planner.core.parameters import parameter
from market_entry_planner.core.reported import ActualRow

BETA, GAMMA = "beta", "gamma"
PERCENTILES = (10, 90)
_TAIL = NormalDist().cdf(-math.sqrt(7))  # 0.0040: the quantiles written back as low and high (see above)
_CONFLICT_TAIL = 0.005                   # the data's own 99% interval, for the conflict flag
_ZERO_WIDTH = 0.10
_GRID = 2001
AOV_KEY = (ANY, ANY, "aov")
AOV_RANGE = 0.30  # the brand's own AOV has no range: ±30% is its prior (say so where it is shown)
SOURCE_LABELS = {"qianchuan": "Qianchuan", "magnetic_engine": "Magnetic Engine", "wanxiangtai": "Wanxiangtai",
                 "jd_jzt": "JD Jingzhuntong"}
FIGURE_WORDS = {"impressions": "impressions", "clicks": "clicks", "views": "views", "spend": "yuan spent",
                "orders": "orders", "gmv": "yuan of GMV", "units": "units"}


@dataclass(frozen=True)
class Spec:
    """How one parameter is learned: `events` out of `exposure` (beta: successes of trials; gamma: events per unit
    of exposure); `inverse`: the parameter is `scale` ÷ the yield (a price) rather than the yield itself."""

    family: str
    events: str
    exposure: str
    inverse: bool = False
    scale: float = 1.0


def specs_for(tactic) -> dict[str, Spec]:
    """The parameters a line of this tactic can learn from a report, by how the tactic is bought."""
    specs: dict[str, Spec] = {}
    if tactic.buying == "cpm":
        specs["cpm"] = Spec(GAMMA, "impressions", "spend", inverse=True, scale=1000.0)
    elif tactic.buying == "cpc":
        specs["cpc"] = Spec(GAMMA, "clicks", "spend", inverse=True)
    elif tactic.audience_parameter:
        specs[tactic.audience_parameter] = Spec(GAMMA, "views", "units")
    reached = "impressions" if tactic.buying != "unit" else "views"
    specs["ctr"] = Spec(BETA, "clicks", reached)
    if tactic.conversion_parameter == "cvr":
        specs["cvr"] = Spec(BETA, "orders", "clicks" if tactic.buying != "unit" else "views")
    specs["return_rate"] = Spec(BETA, "returned", "orders")
    return specs


AOV_SPEC = Spec(GAMMA, "orders", "gmv", inverse=True)


@dataclass(frozen=True)
class Evidence:
    events: float
    exposure: float
    dispersion: float    # φ ≥ 1: the counts weigh events/φ and exposure/φ
    rows: int
    days: int
    text: str            # "14 days of Qianchuan report, 3.2m impressions"
    sources: tuple[str, ...] = ()  # the reports' platforms

    @property
    def observed(self) -> float:
        return self.events / self.exposure if self.exposure > 0 else float("nan")


@dataclass(frozen=True)
class Posterior:
    key: tuple[str, str, str]
    spec: Spec
    prior_row: Assumption         # the row the plan takes the figure from (maybe a generic "*" row)
    prior: tuple[float, float]    # (a, b) of the beta or gamma
    post: tuple[float, float]
    evidence: Evidence | None
    mean: float
    p10: float
    p90: float
    low: float                    # written back as the calibrated range
    high: float
    flag: str = ""                # "", "outside" (the plan's value is outside P10–P90) or "conflict"

    @property
    def observed(self) -> float | None:
        """The data's own figure (CPM = spend ÷ impressions × 1,000; CTR = clicks ÷ impressions), festival days read
        as ordinary ones (see the module's docstring), or None."""
        if self.evidence is None or not self.evidence.exposure or (self.spec.inverse and not self.evidence.events):
            return None
        y = self.evidence.observed
        return self.spec.scale / y if self.spec.inverse else y

    def calibrated(self) -> Assumption:
        """The assumption row to write: the prior row itself when there is no data. Its source keeps the prior
        (`original_prior` reads it back), so calibrating again with more data starts from the same prior and never
        counts a report twice."""
        if self.evidence is None:
            return self.prior_row
        channel, tactic, key = self.key
        prior = self.prior_row
        year = f", {prior.year}" if prior.year is not None else ""
        return Assumption(channel, tactic, key, self.mean, min(self.low, self.mean), max(self.high, self.mean),
                          "B", prior.year,
                          f"{CALIBRATED} {self.evidence.text}. {PRIOR} {prior.value!r} ({prior.low!r}–{prior.high!r}, "
                          f"grade {prior.grade}{year}): {prior.source}")


CALIBRATED, PRIOR = "calibrated from", "Prior:"
_PRIOR_TEXT = re.compile(r"\. Prior: (\S+) \((\S+)–(\S+), grade (\w)(?:, (\d{1,4}))?\): (.*)\Z", re.DOTALL)


def original_prior(row: Assumption) -> Assumption:
    """The row as it was before calibration (read back from a calibrated row's source), or the row itself."""
    if not row.source.startswith(CALIBRATED):
        return row
    found = _PRIOR_TEXT.search(row.source)
    if found is None:
        return row
    try:
        value, low, high = (float(found.group(i)) for i in (1, 2, 3))
    except ValueError:
        return row
    year = int(found.group(5)) if found.group(5) else None
    return replace(row, value=value, low=low, high=high, grade=found.group(4), year=year, source=found.group(6))


# -- priors and posteriors -------------------------------------------------------------------------------------------

def pert_moments(low: float, value: float, high: float) -> tuple[float, float]:
    """Mean and variance of the PERT the Monte Carlo draws from (shape 4)."""
    low, high = min(low, value), max(high, value)
    if high - low <= 0:
        spread = abs(value) * _ZERO_WIDTH or _ZERO_WIDTH
        low, high = value - spread, value + spread
    mean = (low + 4 * value + high) / 6
    return mean, max((mean - low) * (high - mean) / 7, 1e-300)


def prior_of(row: Assumption, spec: Spec) -> tuple[float, float]:
    mean, variance = pert_moments(row.low, row.value, row.high)
    if spec.family == BETA:
        mean = min(max(mean, 1e-9), 1 - 1e-9)
        total = max(mean * (1 - mean) / variance - 1, 2.0)  # a wider range than a beta can hold: the flattest
        return mean * total, (1 - mean) * total
    mean = max(mean, 1e-12)
    cv2 = variance / mean ** 2
    if spec.inverse:  # price = scale / λ ~ inverse gamma: match its mean and variance exactly
        a = 2 + 1 / cv2
        return a, mean * (a - 1) / spec.scale
    a = 1 / cv2
    return a, a / mean


def _quantiles(family: str, a: float, b: float, qs) -> np.ndarray:
    """Quantiles of a beta (of the share) or a gamma (of the yield), on a grid over the log-odds or the log: there
    the density is smooth and single-peaked, so 2,001 points give four significant digits."""
    qs = np.asarray(qs, dtype=float)
    if family == BETA:
        centre, sd = math.log(a / b), math.sqrt((a + b) / (a * b))
        x = np.linspace(centre - 14 * sd, centre + 14 * sd, _GRID)
        log_density = a * x - (a + b) * np.logaddexp(0.0, x)
    else:
        centre, sd = math.log(a / b), 1 / math.sqrt(a)
        x = np.linspace(centre - 14 * sd, centre + 14 * sd, _GRID)
        log_density = a * x - b * np.exp(x)
    density = np.exp(log_density - log_density.max())
    cdf = np.concatenate([[0.0], np.cumsum((density[1:] + density[:-1]) / 2)])
    cdf /= cdf[-1]
    found = np.interp(qs, cdf, x)
    return 1 / (1 + np.exp(-found)) if family == BETA else np.exp(found)


def _value_quantiles(spec: Spec, a: float, b: float, qs) -> np.ndarray:
    qs = np.asarray(qs, dtype=float)
    if spec.inverse:
        return spec.scale / _quantiles(spec.family, a, b, 1 - qs)
    return _quantiles(spec.family, a, b, qs)


def _mean(spec: Spec, a: float, b: float) -> float:
    if spec.family == BETA:
        return a / (a + b)
    return spec.scale * b / (a - 1) if spec.inverse else a / b


def _dispersion(spec: Spec, events: np.ndarray, exposure: np.ndarray) -> float:
    """Pearson χ² ÷ (rows − 1) around the pooled rate, at least 1 (1 with fewer than 3 usable rows)."""
    use = exposure > 0
    events, exposure = events[use], exposure[use]
    if len(events) < 3 or events.sum() <= 0:
        return 1.0
    rate = events.sum() / exposure.sum()
    expected = exposure * rate
    if spec.family == BETA:
        if rate >= 1:
            return 1.0
        variance = expected * (1 - rate)
    else:
        variance = expected
    chi2 = float(np.sum((events - expected) ** 2 / np.maximum(variance, 1e-12)))
    return max(1.0, chi2 / (len(events) - 1))


def posterior(key, spec: Spec, row: Assumption, events=None, exposure=None, evidence_text: str = "",
              days: int = 0, sources=()) -> Posterior:
    """The posterior of one figure from per-row counts (arrays), or the prior itself without data."""
    a0, b0 = prior_of(row, spec)
    events = np.asarray(events if events is not None else [], dtype=float)
    exposure = np.asarray(exposure if exposure is not None else [], dtype=float)
    total_exposure = float(exposure.sum())
    if total_exposure <= 0:  # no data: the prior, exactly
        p10, p90 = _value_quantiles(spec, a0, b0, [p / 100 for p in PERCENTILES])
        return Posterior(key, spec, row, (a0, b0), (a0, b0), None, row.value, float(p10), float(p90), row.low,
                         row.high)
    total_events = float(min(events.sum(), total_exposure) if spec.family == BETA else events.sum())
    phi = _dispersion(spec, events, exposure)
    if spec.family == BETA:
        a, b = a0 + total_events / phi, b0 + (total_exposure - total_events) / phi
        own = (0.5 + total_events / phi, 0.5 + (total_exposure - total_events) / phi)
    else:
        a, b = a0 + total_events / phi, b0 + total_exposure / phi
        own = (0.5 + total_events / phi, total_exposure / phi)
    p10, p90, low, high = _value_quantiles(spec, a, b, [0.1, 0.9, _TAIL, 1 - _TAIL])
    mean = _mean(spec, a, b)
    own_low, own_high = sorted(_value_quantiles(spec, *own, [_CONFLICT_TAIL, 1 - _CONFLICT_TAIL]))
    if own_high < row.low or own_low > row.high:
        flag = "conflict"
    elif not p10 <= row.value <= p90:
        flag = "outside"
    else:
        flag = ""
    evidence = Evidence(total_events, total_exposure, phi, len(events), days, evidence_text, tuple(sorted(sources)))
    return Posterior(key, spec, row, (a0, b0), (a, b), evidence, float(mean), float(p10), float(p90), float(low),
                     float(high), flag)


# -- a plan's actuals ------------------------------------------------------------------------------------------------

def _count_text(value: float) -> str:
    for size, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if value >= size:
            return f"{value / size:.1f}{suffix}"
    return f"{value:,.0f}"


def _evidence_text(days: int, sources, exposure: float, word: str) -> str:
    names = " and ".join(sorted(SOURCE_LABELS.get(s, s) for s in sources))
    reports = "reports" if len(sources) > 1 else "report"
    return f"{days} day{'s' if days != 1 else ''} of {names} {reports}, {_count_text(exposure)} {FIGURE_WORDS[word]}"


def _returned(row: ActualRow) -> float | None:
    if row.refunds is not None and row.gmv and row.orders is not None:
        return row.orders * min(row.refunds / row.gmv, 1.0)  # return rate is a share of GMV: counted in orders
    return row.refund_orders


def _column(rows: list[ActualRow], name: str, unit_price: float | None) -> np.ndarray:
    """One figure of a line's rows as an array; NaN where a row does not give it."""
    if name == "returned":
        refunds, gmv, orders = (_column(rows, n, None) for n in ("refunds", "gmv", "orders"))
        with np.errstate(invalid="ignore", divide="ignore"):
            by_share = orders * np.minimum(refunds / gmv, 1.0)  # return rate is a share of GMV: counted in orders
        return np.where(np.isfinite(by_share), by_share, _column(rows, "refund_orders", None))
    values = np.fromiter((np.nan if (v := getattr(r, name)) is None else v for r in rows), float, len(rows))
    if name == "units" and unit_price:  # sessions, hours or videos the report does not give: spend ÷ unit price
        spend = np.fromiter((r.spend for r in rows), float, len(rows))
        values = np.where(np.isnan(values) & (spend > 0), spend / unit_price, values)
    return values


def festival_multipliers(plan: Plan, rows: list[ActualRow], channel: str) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the mean over its days of the calendar's CPM and CVR multipliers on its channel (the larger where
    festivals overlap, 1 outside them: as the engine prices and converts a festival day)."""
    cpm, cvr = np.ones(len(rows)), np.ones(len(rows))
    if not rows:
        return cpm, cvr
    first = min(row.day for row in rows)
    last = max(row.last_day for row in rows)
    festivals = festivals_between(plan.calendar, first, last, (channel,))
    if not festivals:
        return cpm, cvr
    size = (last - first).days + 1
    day_cpm, day_cvr = np.ones(size), np.ones(size)
    for festival in festivals:
        a = max((festival.start - first).days, 0)
        b = min((festival.end - first).days, size - 1) + 1
        day_cpm[a:b] = np.maximum(day_cpm[a:b], festival.cpm_multiplier)
        day_cvr[a:b] = np.maximum(day_cvr[a:b], festival.cvr_multiplier)
    origin = first.toordinal()
    start = np.fromiter((row.day.toordinal() - origin for row in rows), np.intp, len(rows))
    days = np.fromiter((row.days for row in rows), np.intp, len(rows))
    for out, per_day in ((cpm, day_cpm), (cvr, day_cvr)):  # the mean over each row's days, by cumulative sums
        total = np.concatenate([[0.0], np.cumsum(per_day)])
        mean = np.round((total[start + days] - total[start]) / days, 12)  # sums of 1.0 come back as 1.0 exactly
        out[:] = np.where(days == 1, per_day[start], mean)
    return cpm, cvr


@dataclass(frozen=True)
class Calibration:
    posteriors: tuple[Posterior, ...]
    notes: tuple[str, ...] = ()

    def find(self, key) -> Posterior | None:
        return next((p for p in self.posteriors if p.key == tuple(key)), None)

    @property
    def with_data(self) -> tuple[Posterior, ...]:
        return tuple(p for p in self.posteriors if p.evidence is not None)


def calibrate(plan: Plan) -> Calibration:
    """A posterior for every figure the plan's actuals speak to: per channel × tactic × parameter, pooling the
    lines that take the figure from the assumptions (a line's own override is its own figure: its data are left
    out of the row's, with a note). The brand's average order value is calibrated from GMV ÷ orders."""
    lines = {(line.channel, line.tactic, line.name): line for line in plan.lines}
    by_line: dict[tuple, list[ActualRow]] = defaultdict(list)
    for row in plan.actuals:
        by_line[row.line_key].append(row)
    samples: dict[tuple, tuple[list, list, set, set]] = defaultdict(lambda: ([], [], set(), set()))
    overridden: set[tuple] = set()
    festival_days: set[int] = set()
    elsewhere = 0  # rows of lines this scenario does not have (another scenario's, or renamed since)
    for line_key, rows in by_line.items():
        line, tactic = lines.get(line_key), plan.tactics.get(line_key[1])
        if line is None or tactic is None:
            elsewhere += len(rows) if line_key[2] else 0  # rows kept aside (no line) are said elsewhere
            continue
        unit_price = line.overrides.get(tactic.price_parameter)
        if unit_price is None:
            found = plan.assumptions.find(line.channel, line.tactic, tactic.price_parameter)
            unit_price = found.value if found else None
        wanted = list(specs_for(tactic).items())
        if "aov" not in line.overrides:
            wanted.append(("aov", AOV_SPEC))
        columns: dict[str, np.ndarray] = {}
        days = set()
        for row in rows:
            if row.days == 1:
                days.add(row.day.toordinal())
            else:
                days.update(range(row.day.toordinal(), row.day.toordinal() + row.days))
        sources = {row.source for row in rows}
        # the assumptions are the figures of an ordinary day: a festival day's spend buys less (CPM, CPC) and its
        # clicks convert more (CVR), by the calendar's multipliers, so the report's festival days are read back
        # to ordinary days before they update the figures
        cpm_factor, cvr_factor = festival_multipliers(plan, rows, line.channel)
        marked = np.flatnonzero((cpm_factor != 1) | (cvr_factor != 1))
        festival_days.update(rows[i].day.toordinal() + d for i in marked for d in range(rows[i].days))
        for key, spec in wanted:
            if key in line.overrides:
                overridden.add((line.name, key))
                continue
            for name in (spec.events, spec.exposure):
                if name not in columns:
                    columns[name] = _column(rows, name, unit_price)
            events, exposure = columns[spec.events], columns[spec.exposure]
            if key in ("cpm", "cpc"):
                exposure = exposure / cpm_factor if tactic.buying != "unit" else exposure
            elif key == "cvr":
                events = events / cvr_factor
            given = ~(np.isnan(events) | np.isnan(exposure))
            if not given.any():
                continue
            bucket = samples[AOV_KEY if key == "aov" else (line.channel, line.tactic, key)]
            bucket[0].append(events[given])
            bucket[1].append(exposure[given])
            bucket[2].update(days)
            bucket[3].update(sources)
    posteriors = []
    for group, (events, exposure, days, sources) in samples.items():
        spec = AOV_SPEC if group == AOV_KEY else next(
            s for k, s in specs_for(plan.tactics[group[1]]).items() if k == group[2])
        row = _aov_row(plan) if group == AOV_KEY else plan.assumptions.find(*group)
        if row is None:
            continue
        row = original_prior(row)
        events, exposure = np.concatenate(events), np.concatenate(exposure)
        text = _evidence_text(len(days), sources, float(exposure.sum()), spec.exposure)
        posteriors.append(posterior(group, spec, row, events, exposure, text, len(days), sources))
    posteriors.sort(key=lambda p: (p.key[0] == ANY, p.key))
    notes = tuple(f"line '{name}' has its own {parameter(key).label}: its data are not used for the assumption row"
                  for name, key in sorted(overridden))
    if elsewhere:
        notes += (f"{elsewhere} report row{'s' if elsewhere != 1 else ''} belong to lines this scenario does not have "
                  f"(renamed, removed, or another scenario's): not used",)
    if festival_days:
        notes += (f"{len(festival_days)} reported day{'s' if len(festival_days) != 1 else ''} fell in shopping "
                  "festivals: their spend and orders were read at the calendar's CPM and CVR multipliers, so the "
                  "calibrated CPM, CPC and CVR are an ordinary day's",)
    return Calibration(tuple(posteriors), notes)


def _aov_row(plan: Plan) -> Assumption | None:
    aov = plan.market.aov
    if not aov:
        return None
    return Assumption(ANY, ANY, "aov", aov, aov * (1 - AOV_RANGE), aov * (1 + AOV_RANGE), "A", None,
                      f"the brand's average order value (Market), ±{AOV_RANGE:.0%} as its prior")


def accept(plan: Plan, calibration: Calibration, keys=None) -> Plan:
    """The plan with the calibrated figures (all with data, or those of `keys`): each written as its own
    channel × tactic row (a generic "*" row stays for the other channels). The brand's average order value is
    shown against the data but stays the brand's figure: the Market has no prior to keep, so a calibrated AOV would
    count the same reports again at the next calibration."""
    assumptions = plan.assumptions
    for p in calibration.with_data:
        if (keys is not None and p.key not in keys) or p.key == AOV_KEY:
            continue
        assumptions = assumptions.with_row(p.calibrated())
    return replace(plan, assumptions=assumptions)


def label(plan: Plan, key) -> str:
    channel, tactic, name = key
    if key == AOV_KEY:
        return "Average order value (brand)"
    tactic_label = plan.tactics[tactic].label if tactic in plan.tactics else tactic
    return f"{channel_label(channel)} · {tactic_label} · {parameter(name).label}"
