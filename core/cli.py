"""The headless commands (DESIGN.md's command line): estimate, optimise, template.

Bad input exits 2 with one message on stderr naming the file, sheet, row and column. Output never breaks on a
console that cannot show "¥", "−" or Chinese (a Windows console in cp1252): the table falls back to plain
characters, the JSON to \\u escapes (the same JSON).
"""
from __future__ import annotations

import argparse
import codecs
import json
import math
import sys
from pathlib import Path

from market_entry_planner.core import __version__
from market_entry_planner.core.amounts import AmountError, parse_money
from market_entry_planner.core.engine.evaluate import Results, estimate
from market_entry_planner.core.model import channel_label
from market_entry_planner.core.optimise.objectives import OBJECTIVES
from market_entry_planner.core.problems import PlanError, Problem
from market_entry_planner.core.sample import sample_plan
from market_entry_planner.core.workbook import read_plan, write_plan
from market_entry_planner.core.workbook.reader import MARKET_NEED_LABELS

EXIT_BAD_INPUT = 2
JSON_FIELDS = ("budget", "impressions", "target_impressions", "reach", "reach_pct", "frequency", "effective_reach",
               "effective_reach_pct", "clicks", "orders", "gmv", "returns", "net_gmv", "media", "kol_fees",
               "kol_commission", "platform_fee", "fulfilment", "fixed_costs", "agency_fee", "marketing_cost", "cost",
               "contribution", "roas", "roi", "deposit")


def _clean(value):
    """JSON has no NaN: undefined ratios (ROAS of a zero budget) become null."""
    value = float(value)
    return None if math.isnan(value) or math.isinf(value) else value


def results_json(results: Results, plan) -> dict:
    c = results.compiled
    lines = []
    for i in range(c.size):
        lines.append({"channel": c.line_channel[i], "tactic": c.line_tactic[i], "name": c.line_name[i],
                      "units": _clean(results.line["units"][i]),
                      **{k: _clean(results.line[k][i]) for k in JSON_FIELDS}})
    channels = [{"channel": ch, "label": channel_label(ch), "audience": _clean(c.audience[j]),
                 **{k: _clean(results.channel[k][j]) for k in JSON_FIELDS}} for j, ch in enumerate(c.channels)]
    totals = {k: _clean(results.total[k]) for k in JSON_FIELDS}
    totals["population"] = c.population
    return {"plan": plan.title, "scenario": plan.scenario.name, "currency": "CNY",
            "effective_frequency": c.effective_frequency, "totals": totals, "channels": channels, "lines": lines}


def _money(value: float) -> str:
    if value != value:
        return "–"
    sign = "-" if value < 0 else ""
    value = abs(value)
    for limit, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if value >= limit:
            return f"{sign}¥{value / limit:,.2f}{suffix}"
    return f"{sign}¥{value:,.0f}"


def _count(value: float) -> str:
    if value != value:
        return "–"
    for limit, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= limit:
            return f"{value / limit:,.2f}{suffix}"
    return f"{value:,.0f}"


def _ratio(value: float, pct: bool = False) -> str:
    if value != value:
        return "–"
    return f"{value:.1%}" if pct else f"{value:,.2f}"


def results_table(results: Results, plan) -> str:
    """The per-channel table and the deduplicated total, as a marketer reads it."""
    c = results.compiled
    n = c.effective_frequency
    head = ["Channel", "Budget", "Reach", "% target", "Freq", f"Reach {n}+", "Clicks", "Orders", "GMV", "Cost",
            "ROAS", "Profit ROI"]

    def row(label, d, j=None):
        get = (lambda k: d[k][j]) if j is not None else (lambda k: d[k])
        return [label, _money(get("budget")), _count(get("reach")), _ratio(get("reach_pct"), True),
                _ratio(get("frequency")), _count(get("effective_reach")), _count(get("clicks")), _count(get("orders")),
                _money(get("gmv")), _money(get("cost")), _ratio(get("roas")), _ratio(get("roi"), True)]

    body = [row(channel_label(ch), results.channel, j) for j, ch in enumerate(c.channels)]
    total = row("Total (deduplicated)", results.total)
    widths = [max(len(r[i]) for r in [head, *body, total]) for i in range(len(head))]

    def fmt(r):
        return "  ".join(r[0].ljust(widths[0]) if i == 0 else r[i].rjust(widths[i]) for i in range(len(r)))

    rule = "-" * len(fmt(head))
    t = results.total
    lines = [f"{plan.title} — scenario '{plan.scenario.name}', {c.size} lines, target "
             f"{_count(c.population)} people", "", fmt(head), rule, *map(fmt, body), rule, fmt(total), "",
             f"Contribution {_money(t['contribution'])}; marketing cost {_money(t['marketing_cost'])} "
             f"(budget + agency fee + channel fixed costs); refundable deposits {_money(t['deposit'])}.",
             "Money in CNY. ROAS = GMV / budget (what Chinese platforms call ROI, 投产比); "
             "Profit ROI = (contribution − marketing cost) / marketing cost."]
    return "\n".join(lines)


# what a console that cannot show a character gets instead ("¥" -> "CNY ", "−" -> "-"); anything else is "?"
_PLAIN = {"¥": "CNY ", "￥": "CNY ", "€": "EUR ", "−": "-", "–": "-", "—": "-", "…": "...", "×": "x", "→": "->",
          "’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "\u202f": " ", "≈": "~", "≤": "<=", "≥": ">="}


def _plain_fallback(error: UnicodeEncodeError):
    text = error.object[error.start:error.end]
    return "".join(_PLAIN.get(c, "?") for c in text), error.end


codecs.register_error("market-entry-planner-plain", _plain_fallback)


def _safe_streams():
    """Make stdout and stderr unable to fail on a character their encoding lacks (cp1252, ascii, a pipe)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        if encoding.startswith("utf") or not hasattr(stream, "reconfigure"):
            continue
        try:
            stream.reconfigure(errors="market-entry-planner-plain")
        except (ValueError, OSError):  # a closed or detached stream
            pass


def _unicode_console() -> bool:
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("_", "-")
    return encoding.startswith("utf")


def _load(path: str):
    result = read_plan(path, base=None)
    for warning in result.warnings:
        print(f"warning: {path}: {warning}", file=sys.stderr)
    for note in result.notes:
        print(f"note: {path}: {note}", file=sys.stderr)
    if result.missing_market and not result.native:
        missing = [MARKET_NEED_LABELS[f] for f in result.missing_market]
        names = ", ".join(missing[:-1]) + (" and " if len(missing) > 1 else "") + missing[-1]
        raise PlanError([Problem(
            f"the workbook does not give the brand's {names}, which every estimate needs (a hand-made sheet is "
            "never given the sample plan's figures). Add a sheet 'Market' with a row per figure, label in column A "
            "and value in column B: " + ", ".join(f"'{m.capitalize()}'" for m in missing)
            + "; or open the file in the app, which asks for them.", sheet="Market")], source=path)
    return result


def _estimate_located(result, path):
    try:
        return estimate(result.plan)
    except PlanError as error:
        raise PlanError([result.locate(p) for p in error.problems], source=path) from None


def cmd_estimate(args) -> int:
    result = _load(args.plan)
    results = _estimate_located(result, args.plan)
    if args.output:
        _refuse_overwrite_input(args.plan, args.output)
        write_plan(result.plan, args.output)
    return _report(args, lambda: results_json(results, result.plan), lambda: results_table(results, result.plan))


def _report(args, as_json, as_table) -> int:
    """One JSON object with --json, else the table (and where -o wrote the workbook)."""
    if args.json:
        json.dump(as_json(), sys.stdout, ensure_ascii=not _unicode_console(), indent=2)
        sys.stdout.write("\n")
    else:
        print(as_table())
        if args.output:
            print(f"\nWrote {args.output}")
    return 0


def _refuse_overwrite_input(source: str, output: str):
    if Path(output).resolve() == Path(source).resolve():
        raise PlanError([Problem("refusing to overwrite the workbook being read; choose another output file")],
                        source=output)


def _budget_argument(text: str | None, plan, option: str = "--budget") -> float | None:
    """--budget as a marketer types it: 5000000, 5m, ¥5,000,000, 500万, 1,2 mln, or €600k at the plan's exchange
    rate (core.amounts, the parser of every amount in the app and the workbook)."""
    if text is None:
        return None
    try:
        value = parse_money(text, rates=plan.market.exchange_rates)
    except AmountError as problem:
        hint = (" (add 'Exchange rate {0}' to the plan's Market sheet, or give the amount in CNY)".format(
            problem.details.get("currency")) if problem.code == "no_rate" else "")
        raise PlanError([Problem(f"{option} '{text}': {problem}{hint}.")]) from None
    if value is None:
        raise PlanError([Problem(f"{option}: expected an amount, e.g. 5m, ¥5,000,000, 500万 or €600k.")])
    return value


def _channel_minimums(texts: list[str] | None, plan) -> dict[str, float]:
    """--min-channel CHANNEL=AMOUNT, e.g. Tmall=500k or 抖音=¥1,000,000: the channel by any name the workbook
    import understands, the amount as --budget reads it."""
    from market_entry_planner.core.workbook.cells import normalise
    from market_entry_planner.core.workbook.vocabulary import CHANNEL_VALUES

    names = {normalise(channel_label(c)): c for c in plan.channels} | {normalise(c): c for c in plan.channels}
    minimums: dict[str, float] = {}
    for text in texts or ():
        name, _, amount = text.partition("=")
        channel = names.get(normalise(name)) or CHANNEL_VALUES.get(normalise(name))
        if not amount or channel is None:
            known = ", ".join(channel_label(c) for c in plan.channels)
            raise PlanError([Problem(f"--min-channel '{text}': expected CHANNEL=AMOUNT with a channel of the plan "
                                     f"({known}), e.g. Tmall=500k.")])
        value = _budget_argument(amount, plan, option="--min-channel")
        minimums[channel] = max(minimums.get(channel, 0.0), value)
    return minimums


def _channel_of(name: str, plan, option: str, example: str) -> str:
    """A channel by any name the workbook import understands (Tmall, 抖音, jd)."""
    from market_entry_planner.core.workbook.cells import normalise
    from market_entry_planner.core.workbook.vocabulary import CHANNEL_VALUES

    names = {normalise(channel_label(c)): c for c in plan.channels} | {normalise(c): c for c in plan.channels}
    channel = names.get(normalise(name)) or CHANNEL_VALUES.get(normalise(name))
    if channel is None:
        known = ", ".join(channel_label(c) for c in plan.channels)
        raise PlanError([Problem(f"{option} '{name}': not a channel; the plan's are {known} (e.g. {example}).")])
    return channel


def _pairs(texts, option: str, example: str) -> list[tuple[str, str]]:
    out = []
    for text in texts or ():
        name, _, value = text.partition("=")
        if not name.strip() or not value.strip():
            raise PlanError([Problem(f"{option} '{text}': expected NAME=VALUE, e.g. {example}.")])
        out.append((name.strip(), value.strip()))
    return out


def _share_argument(text: str, option: str) -> float:
    """30% or 0.3 → 0.3 (core.amounts reads it)."""
    from market_entry_planner.core.amounts import read_amount, share_fraction
    from market_entry_planner.core.parameters import SHARE

    try:
        amount = read_amount(text, SHARE)
    except AmountError as problem:
        raise PlanError([Problem(f"{option} '{text}': {problem}.")]) from None
    if amount is None:
        raise PlanError([Problem(f"{option}: expected a share, e.g. 30%.")])
    return share_fraction(amount, False)


def _kpi_argument(kpi: str, text: str, plan, option: str) -> tuple[str, float]:
    """KPI=VALUE as a marketer types it: reach=60% (of the target group) or reach=30m (people), gmv=20m (money),
    contribution=-1m, roas=3, roi=0 or roi=-10% → (kpi key, value in the key's unit)."""
    from market_entry_planner.core.amounts import read_amount
    from market_entry_planner.core.parameters import COUNT, RATE

    key = kpi.strip().lower().replace(" ", "_").replace("-", "_")
    key = {"effective_reach": "reach3", "reach_3": "reach3", "profit": "contribution", "roi_pct": "roi"}.get(key, key)
    negative = text.startswith(("-", "−"))
    body = text[1:] if negative else text
    sign = -1.0 if negative else 1.0
    try:
        if key in ("reach", "reach3"):
            if body.rstrip().endswith("%"):
                return key + "_pct", sign * _share_argument(body, option)
            amount = read_amount(body, COUNT)
            return key, sign * amount.value * 1.0
        if key in ("gmv", "contribution"):
            return key, sign * _budget_argument(body, plan, option)
        if key == "roas":
            return key, sign * read_amount(body, RATE).value
        if key == "roi":
            return key, sign * (_share_argument(body, option) if body.rstrip().endswith("%")
                                else read_amount(body, RATE).value)
    except AmountError as problem:
        raise PlanError([Problem(f"{option} {kpi}='{text}': {problem}.")]) from None
    except AttributeError:  # read_amount gave None: an empty value
        pass
    raise PlanError([Problem(f"{option} '{kpi}={text}': expected reach, reach3 (effective reach), gmv, "
                             "contribution, roas or roi with a value, e.g. reach=60%, gmv=20m, roas=3, roi=0.")])


def _constraints(args, plan, minimums: dict):
    """--max-channel, --channel-share and --floor as core's Constraints (with --min-channel's minimums)."""
    from market_entry_planner.core.optimise.constraints import Constraints

    maximums: dict[str, float] = {}
    for name, amount in _pairs(args.max_channel, "--max-channel", "JD=800k"):
        channel = _channel_of(name, plan, "--max-channel", "JD=800k")
        value = _budget_argument(amount, plan, option="--max-channel")
        maximums[channel] = min(maximums.get(channel, float("inf")), value)
    shares: dict[str, tuple[float, float]] = {}
    for name, text in _pairs(args.channel_share, "--channel-share", "douyin=30%..50%"):
        channel = _channel_of(name, plan, "--channel-share", "douyin=30%..50%")
        low_text, dots, high_text = text.partition("..")
        low = _share_argument(low_text, "--channel-share") if low_text.strip() else 0.0
        high = _share_argument(high_text, "--channel-share") if dots and high_text.strip() else (1.0 if dots else low)
        if not dots:  # one share: exactly that
            high = low
        shares[channel] = (low, high)
    floors: dict[str, float] = {}
    population = None
    for name, text in _pairs(args.floor, "--floor", "roi=0"):
        key, value = _kpi_argument(name, text, plan, "--floor")
        if key.endswith("_pct"):
            if population is None:
                from market_entry_planner.core.engine.compile import compile_plan
                population = compile_plan(plan).population
            key, value = key[:-4], value * population
        floors[key] = value
    return Constraints(channel_minimums=dict(minimums), channel_maximums=maximums, channel_shares=shares,
                       floors=floors)


def _line_limits(line) -> dict:
    return {"locked": bool(line.locked), "min_budget": line.min_budget, "max_budget": line.max_budget}


def optimise_json(o, plan) -> dict:
    """One object: the objective before and after, totals (DESIGN fields, after), channels and lines."""
    after = results_json(o.after, plan)
    before = results_json(o.before, plan)
    binding = o.binding
    lines = []
    for i, (row, old) in enumerate(zip(after["lines"], before["lines"])):
        figures = {k: v for k, v in row.items() if k not in ("channel", "tactic", "name")}  # after, DESIGN fields
        lines.append({"channel": row["channel"], "tactic": row["tactic"], "name": row["name"],
                      "budget_before": old["budget"], "budget_after": row["budget"],
                      "change": _clean(row["budget"] - old["budget"]),
                      "units_before": old["units"], "units_after": row["units"], "binding": str(binding[i]),
                      **_line_limits(plan.lines[i]), **figures, "before": {k: old[k] for k in JSON_FIELDS}})
    channels = [{**row, "budget_before": old["budget"]} for row, old in zip(after["channels"], before["channels"])]
    change = o.value_after - o.value_before
    return {"plan": after["plan"], "scenario": after["scenario"], "currency": "CNY",
            "effective_frequency": after["effective_frequency"],
            "objective": o.objective, "objective_label": o.label, "budget": o.limits.total, "at_most": o.limits.at_most,
            "before": _clean(o.value_before), "after": _clean(o.value_after), "change": _clean(change),
            "change_pct": _clean(change / abs(o.value_before)) if o.value_before else None,
            "upper_bound": None if o.upper_bound is None else _clean(o.upper_bound), "exact": o.exact,
            "method": o.method, "kept_input": o.kept_input, "unspent": _clean(o.unspent), "notes": list(o.notes),
            "channel_minimums": o.channel_minimums, "constraints": _constraints_json(o),
            "frequency": {str(i + 1): {"min": f["low"], "max": f["high"], "least_budget": _clean(f["least"]),
                                       "most_budget": _clean(f["most"])} for i, f in (o.frequency or {}).items()},
            "binding": o.binding_constraints, "step": o.step,
            "totals": after["totals"], "totals_before": before["totals"], "channels": channels, "lines": lines}


def _constraints_json(o) -> dict:
    asked = o.constraints
    if asked is None:
        return {"channel_minimums": o.channel_minimums, "channel_maximums": {}, "channel_shares": {}, "floors": {}}
    return {"channel_minimums": {k: float(v) for k, v in asked.channel_minimums.items() if v},
            "channel_maximums": {k: float(v) for k, v in asked.channel_maximums.items()},
            "channel_shares": {k: [float(lo), float(hi)] for k, (lo, hi) in asked.channel_shares.items()},
            "floors": {k: float(v) for k, v in asked.floors.items()}}


def goal_json(g, plan) -> dict:
    """The goal-seek's answer, and the optimised plan at that budget (as `optimise --json` gives it)."""
    out = {"goal": {"kpi": g.kpi, "target": g.target, "reached": g.reached, "budget": g.budget,
                    "best": _clean(g.best), "best_budget": g.best_budget, "most": g.most,
                    "evaluations": g.evaluations, "message": g.message}}
    if g.optimisation is not None:
        out.update(optimise_json(g.optimisation, plan))
    return out


def optimise_table(o, plan) -> str:
    """Before and after per line, then the totals that matter, as a marketer reads them."""
    c = o.compiled
    n = c.effective_frequency
    before, after = o.budgets_before, o.budgets_after
    limit_words = {"locked": "locked", "min": "at minimum", "max": "at maximum", "free": ""}

    def limit(i):
        word = str(o.binding[i])
        return "zero" if word == "min" and o.limits.lower[i] == 0 else limit_words[word]

    def tactic(key):
        return plan.tactics[key].label if key in plan.tactics else key

    head = ["Channel", "Tactic", "Line", "Before", "After", "Change", "Limit"]
    body = [[channel_label(c.line_channel[i]), tactic(c.line_tactic[i]), c.line_name[i] or f"line {i + 1}",
             _money(before[i]), _money(after[i]), ("+" if after[i] >= before[i] else "") + _money(after[i] - before[i]),
             limit(i)] for i in range(c.size)]
    total = ["Total", "", "", _money(before.sum()), _money(after.sum()),
             ("+" if after.sum() >= before.sum() else "") + _money(after.sum() - before.sum()), ""]
    widths = [max(len(r[k]) for r in [head, *body, total]) for k in range(len(head))]

    def fmt(r):
        return "  ".join(r[k].ljust(widths[k]) if k < 3 or k == 6 else r[k].rjust(widths[k])
                         for k in range(len(r))).rstrip()

    rule = "-" * len(fmt(head))
    tb, ta = o.before.total, o.after.total
    metrics = [("Reach", "reach", _count), (f"Reach {n}+", "effective_reach", _count), ("GMV", "gmv", _money),
               ("Contribution − marketing cost", None, _money), ("Profit ROI", "roi", lambda v: _ratio(v, True))]
    rows = []
    for label, key, show in metrics:
        old = tb[key] if key else tb["contribution"] - tb["marketing_cost"]
        new = ta[key] if key else ta["contribution"] - ta["marketing_cost"]
        change = f"{(new - old) / abs(old):+.1%}" if old and old == old and new == new else "–"
        rows.append([label, show(old), show(new), change])
    mw = [max(len(r[k]) for r in [["", "Before", "After", "Change"], *rows]) for k in range(4)]
    spend = "up to" if o.limits.at_most else "exactly"
    floors = "".join(f", at least {_money(m)} on {channel_label(ch)}" for ch, m in o.channel_minimums.items())
    lines = [f"{plan.title} — scenario '{plan.scenario.name}': maximise {o.label.lower()} spending {spend} "
             f"{_money(o.limits.total)}{floors}", f"Method: {o.method}.", "", fmt(head), rule, *map(fmt, body), rule,
             fmt(total), "",
             "  ".join(["".ljust(mw[0]), "Before".rjust(mw[1]), "After".rjust(mw[2]), "Change".rjust(mw[3])]),
             *["  ".join([r[0].ljust(mw[0]), r[1].rjust(mw[1]), r[2].rjust(mw[2]), r[3].rjust(mw[3])]) for r in rows]]
    binding = [b["words"] for b in o.binding_constraints]
    if binding:
        lines += ["", "Held at: " + "; ".join(binding)]
    if o.notes:
        lines += [""] + list(o.notes)
    return "\n".join(lines)


def _risk_text(bands: dict, o) -> str:
    show = _money if o.objective in ("gmv", "contribution") else _count
    c, k = bands["central"], bands["cautious"]
    same = " (the same plan: no candidate had a higher P10)" if bands["cautious_is_central"] else ""
    return (f"Over {bands['draws']} Monte Carlo draws of the assumptions, {o.label} P10–P50–P90:\n"
            f"  best at the central figures  {show(c['p10'])} – {show(c['p50'])} – {show(c['p90'])}\n"
            f"  cautious (highest P10)       {show(k['p10'])} – {show(k['p50'])} – {show(k['p90'])}{same}")


def cmd_optimise(args) -> int:
    from market_entry_planner.core.optimise.optimiser import optimise  # the optimiser loads only for this command

    result = _load(args.plan)
    if args.output:
        _refuse_overwrite_input(args.plan, args.output)
    budget = _budget_argument(args.budget, result.plan)
    minimums = _channel_minimums(args.min_channel, result.plan)
    constraints = _constraints(args, result.plan, minimums)
    step = _budget_argument(args.step, result.plan, option="--step") if args.step else 0.0
    if step is not None and step < 0:
        raise PlanError([Problem("--step: expected an amount of 0 or more, e.g. 10k.")])
    target = _kpi_argument(*args.target.partition("=")[::2], result.plan, "--target") if args.target else None
    frequency = _frequency_arguments(args.frequency_cap, args.min_frequency, result.plan)
    if frequency and (target is not None or args.risk == "p10" or args.by_month):
        raise PlanError([Problem("--frequency-cap and --min-frequency cannot be combined with --target, --risk p10 "
                                 "or --by-month yet.")])
    if args.month_cap and not args.by_month:
        raise PlanError([Problem("--month-cap needs --by-month: the caps limit the spend the timing moves.")])
    if args.by_month:
        for option, given in (("--target", target), ("--step", step), ("--risk p10", args.risk == "p10")):
            if given:
                raise PlanError([Problem(f"--by-month cannot be combined with {option} yet: time the plan first, "
                                         "then ask the other question of the result (-o).")])
        try:
            return _retime(args, result, budget, minimums, constraints)
        except PlanError as error:
            raise PlanError([result.locate(p) for p in error.problems], source=args.plan) from None
    try:
        if target is not None:
            from market_entry_planner.core.optimise.goal_seek import goal_seek

            found = goal_seek(result.plan, target[0], target[1], constraints, step=step or 0.0)
            if args.output and found.optimisation is not None:
                write_plan(found.optimisation.apply(result.plan), args.output)
            return _report(args, lambda: goal_json(found, result.plan), lambda: "\n\n".join(
                [found.message] + ([optimise_table(found.optimisation, result.plan)] if found.optimisation else [])))
        if args.risk == "p10":
            from market_entry_planner.core.optimise.risk import cautious

            choice = cautious(result.plan, args.objective, budget, args.at_most, constraints, step or 0.0)
            optimised = choice.cautious
            if args.output:
                write_plan(optimised.apply(result.plan), args.output)
            bands = {"draws": choice.draws, "candidates": choice.candidates,
                     "central": dict(zip(("p10", "p50", "p90"), choice.central_band)),
                     "cautious": dict(zip(("p10", "p50", "p90"), choice.cautious_band)),
                     "cautious_is_central": optimised is choice.central}
            return _report(args, lambda: {**optimise_json(optimised, result.plan), "risk": bands},
                           lambda: optimise_table(optimised, result.plan) + "\n\n" + _risk_text(bands, optimised))
        optimised = optimise(result.plan, args.objective, budget, args.at_most, channel_minimums=minimums,
                             constraints=constraints, step=step or 0.0, frequency=frequency or None)
    except PlanError as error:
        raise PlanError([result.locate(p) for p in error.problems], source=args.plan) from None
    if args.output:
        write_plan(optimised.apply(result.plan), args.output)
    return _report(args, lambda: optimise_json(optimised, result.plan), lambda: optimise_table(optimised, result.plan))


def _frequency_arguments(caps, floors, plan) -> dict[int, tuple[float | None, float | None]]:
    """--frequency-cap and --min-frequency LINE=F: the line by its name or its row on the Plan sheet (1 = the
    first line), F a number above 1."""
    from market_entry_planner.core.workbook.cells import normalise

    names: dict[str, list[int]] = {}
    for i, line in enumerate(plan.lines):
        names.setdefault(normalise(line.name), []).append(i)
    out: dict[int, list] = {}
    for option, texts, side in (("--frequency-cap", caps, 1), ("--min-frequency", floors, 0)):
        for text in texts or ():
            name, sep, value = text.rpartition("=")
            if not sep or not name.strip():
                raise PlanError([Problem(f"{option} '{text}': write it as LINE=F, e.g. \"Qianchuan always-on=3\" "
                                         "or 1=3.")])
            key = name.strip()
            if key.isdigit():
                row = int(key) - 1
                if not 0 <= row < len(plan.lines):
                    raise PlanError([Problem(f"{option} '{text}': the plan has lines 1 to {len(plan.lines)}.")])
                rows = [row]
            else:
                rows = names.get(normalise(key), [])
                if len(rows) != 1:
                    known = ", ".join(f"'{line.name}'" for line in plan.lines if line.name)
                    why = "several lines have that name: give its row number" if rows else f"no line is named " \
                        f"'{key}' (lines: {known})"
                    raise PlanError([Problem(f"{option} '{text}': {why}.")])
            try:
                number = float(value.strip().replace(",", "."))
            except ValueError:
                raise PlanError([Problem(f"{option} '{text}': '{value}' is not a number.")]) from None
            bounds = out.setdefault(rows[0], [None, None])
            bounds[side] = number
    return {i: (low, high) for i, (low, high) in out.items()}


def _month_caps(texts, plan) -> dict:
    """--month-cap YYYY-MM=AMOUNT, the amount as --budget reads it."""
    from market_entry_planner.core.optimise.timing import parse_month

    caps = {}
    for text in texts or ():
        month, sep, amount = text.partition("=")
        if not sep:
            raise PlanError([Problem(f"--month-cap '{text}': write it as 2027-06=1m.")])
        value = _budget_argument(amount, plan, option=f"--month-cap {month.strip()}")
        if value < 0:
            raise PlanError([Problem(f"--month-cap {month.strip()}: expected an amount of 0 or more.")])
        caps[parse_month(month)] = value
    return caps


def _retime(args, result, budget, minimums, constraints) -> int:
    from market_entry_planner.core.optimise.timing import retime

    found = retime(result.plan, args.objective, budget, args.at_most, constraints,
                   _month_caps(args.month_cap, result.plan), minimums)
    if args.output:
        write_plan(found.plan, args.output)
    return _report(args, lambda: timing_json(found), lambda: timing_table(found))


def timing_json(t) -> dict:
    """The retimed plan: the objective before, with the dates as they are and retimed; spend per month; lines."""
    after = results_json(estimate(t.plan), t.plan)
    lines = [{**row, "start": None if line.start is None else line.start.isoformat(),
              "end": None if line.end is None else line.end.isoformat()}
             for row, line in zip(after["lines"], t.plan.lines)]
    return {"plan": after["plan"], "scenario": after["scenario"], "currency": "CNY", "objective": t.objective,
            "objective_label": t.label, "by_month": True, "before": _clean(t.value_before),
            "untimed": _clean(t.value_untimed), "after": _clean(t.value_after),
            "upper_bound": None if t.upper_bound is None else _clean(t.upper_bound), "exact": t.exact,
            "method": t.method, "notes": list(t.notes), "months": _json_safe(t.months_table()),
            "binding": t.base.binding_constraints + t.binding_caps, "totals": after["totals"],
            "channels": after["channels"], "lines": lines}


def timing_table(t) -> str:
    """Spend per month before, with the dates as they are, and retimed; then the lines that moved."""
    show = _money if t.objective in ("gmv", "contribution") else _count
    head = ["Month", "Plan", "Optimised", "Retimed", "Cap"]
    body = [[row["month"], _money(row["before"]), _money(row["untimed"]), _money(row["after"]),
             "" if row["cap"] is None else _money(row["cap"])] for row in t.months_table()]
    widths = [max(len(r[k]) for r in [head, *body]) for k in range(len(head))]

    def fmt(r):
        return "  ".join(r[0].ljust(widths[0]) if k == 0 else r[k].rjust(widths[k]) for k in range(len(r))).rstrip()

    out = [f"{t.label}: {show(t.value_before)} as planned, {show(t.value_untimed)} optimised with the dates as "
           f"they are, {show(t.value_after)} retimed by month.", f"Method: {t.method}.", "",
           "Spend per month (line budgets):", fmt(head), "-" * len(fmt(head)), *map(fmt, body)]
    moved = [line for line in t.plan.lines if " · " in (line.name or "") and line.budget > 0]
    if moved:
        out += ["", "Lines split by month:"] + [f"  {line.name}: {_money(line.budget)} ({line.start} – {line.end})"
                                                for line in moved]
    binding = [b["words"] for b in t.base.binding_constraints + t.binding_caps]
    if binding:
        out += ["", "Held at: " + "; ".join(binding)]
    if t.notes:
        out += [""] + list(t.notes)
    return "\n".join(out)


def _actuals_plan(args):
    """The plan with every report imported (each row matched to its line, the same report twice counted once)."""
    from market_entry_planner.core.actuals.matching import match_report
    from market_entry_planner.core.actuals.reports import read_report

    result = _load(args.plan)
    plan, reports = result.plan, []
    for path in args.reports:
        report = read_report(path, plan.market.exchange_rates)
        for warning in report.warnings:
            print(f"warning: {path}: {warning}", file=sys.stderr)
        matched = match_report(plan, report)
        for problem in matched.unmatched:
            print(f"warning: {path}: {problem}", file=sys.stderr)
        for link in matched.links:
            if not link.confirmed:
                print(f"note: {path}: campaign '{link.campaign}' read as the line '{link.line}' ({link.channel}); "
                      "confirm it in the app's Actuals tab or rename the campaign", file=sys.stderr)
        plan = matched.apply(plan)
        reports.append({"path": path, "platform": report.source, "rows": len(report.rows),
                        "matched_rows": len(matched.rows), "unmatched": [p.message for p in matched.unmatched],
                        "unknown_columns": report.unknown_columns})
    if not any(row.line for row in plan.actuals):
        raise PlanError([Problem("no report row matched a line of the plan: nothing to compare or calibrate")],
                        source=", ".join(args.reports))
    return result, plan, reports


def _json_safe(value):
    """Nested dicts and lists with every float through _clean (NaN and infinities become null)."""
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    if isinstance(value, float):
        return _clean(value)
    return value


def actuals_json(plan, reports, forecast) -> dict:
    from market_entry_planner.core.actuals.calibration import label
    from market_entry_planner.core.actuals.reforecast import line_actuals

    results = estimate(plan)
    lines = []
    for entry, i in zip(line_actuals(plan), range(len(plan.lines))):
        share = (entry.planned_to_date or 0.0) / entry.planned if entry.planned else 0.0
        planned = {m: float(results.line[m][i]) * share for m in ("impressions", "clicks", "orders", "gmv")}
        lines.append({
            "channel": entry.line.channel, "tactic": entry.line.tactic, "name": entry.line.name,
            "budget": entry.planned, "days_reported": entry.days, "pacing": entry.pacing,
            "planned": {"spend": entry.planned_to_date, **(planned if entry.planned_to_date is not None else
                                                           dict.fromkeys(planned))},
            "actual": {m: entry.actual[m] for m in ("spend", "impressions", "clicks", "orders", "gmv")},
        })
    assumptions = []
    for p in forecast.calibration.posteriors:
        assumptions.append({
            "channel": p.key[0], "tactic": p.key[1], "parameter": p.key[2], "label": label(plan, p.key),
            "family": p.spec.family, "prior_value": p.prior_row.value, "prior_low": p.prior_row.low,
            "prior_high": p.prior_row.high, "observed": p.observed, "posterior_mean": p.mean, "p10": p.p10,
            "p90": p.p90, "flag": p.flag, "evidence": p.evidence.text if p.evidence else "",
            "accepted": p.key[2] != "aov"})
    return _json_safe({
        "as_of": forecast.as_of.isoformat(), "reports": reports, "lines": lines, "assumptions": assumptions,
        "unlinked_rows": sum(1 for row in plan.actuals if not row.line),
        "notes": list(forecast.calibration.notes),
        "reforecast": {"scenario": forecast.plan.scenarios[forecast.scenario].name,
                       "left_to_allocate": forecast.reallocatable, "totals": forecast.headline()},
    })


def _parameter_text(key: str):
    """How an assumption's figure reads in the table: a rate as a percentage (1.11%, not 0.01108), a price in yuan."""
    from market_entry_planner.core.parameters import MONEY, SHARE, parameter

    kind = parameter(key).kind
    if kind == SHARE:
        return lambda value: f"{value:.2%}"
    if kind == MONEY:
        return lambda value: f"¥{value:,.2f}"
    return lambda value: f"{value:.4g}"


def actuals_table(plan, forecast) -> str:
    from market_entry_planner.core.actuals.calibration import label
    from market_entry_planner.core.actuals.reforecast import line_actuals

    out = [f"Actuals to {forecast.as_of:%Y-%m-%d} (planned: spend to date on an even pace)", "", "Line".ljust(40) + "Planned".rjust(14) + "Spent".rjust(14)
           + "Pace".rjust(8)]
    for entry in line_actuals(plan):
        if not entry.days and not entry.planned_to_date:
            continue
        pace = f"{entry.pacing:.0%}" if entry.pacing is not None else "–"
        planned = _money(entry.planned_to_date) if entry.planned_to_date is not None else "–"
        out.append(entry.line.name[:39].ljust(40) + planned.rjust(14) + _money(entry.actual["spend"]).rjust(14)
                   + pace.rjust(8))
    out += ["", "Assumption".ljust(44) + "Plan".rjust(10) + "Data".rjust(10) + "Posterior".rjust(11)
            + "P10–P90".rjust(22) + "  flag"]
    for p in forecast.calibration.posteriors:
        shown = _parameter_text(p.key[-1])
        observed = shown(p.observed) if p.observed is not None else "–"
        out.append(label(plan, p.key)[:43].ljust(44) + shown(p.prior_row.value).rjust(10) + observed.rjust(10)
                   + shown(p.mean).rjust(11) + f"{shown(p.p10)}–{shown(p.p90)}".rjust(22) + f"  {p.flag}")
    head = forecast.headline()
    reach, gmv = head["reach"], head["gmv"]
    out += ["", f"{forecast.plan.scenarios[forecast.scenario].name}: reach {_count(reach['forecast'])} "
                f"(P10–P90 {_count(reach.get('p10', float('nan')))}–{_count(reach.get('p90', float('nan')))}), "
                f"GMV {_money(gmv['forecast'])} (P10–P90 {_money(gmv.get('p10', float('nan')))}–"
                f"{_money(gmv.get('p90', float('nan')))})"]
    out += list(forecast.calibration.notes)
    return "\n".join(out)


def cmd_actuals(args) -> int:
    from market_entry_planner.core.actuals.reforecast import reforecast

    if args.output:
        _refuse_overwrite_input(args.plan, args.output)
    result, plan, reports = _actuals_plan(args)
    try:
        forecast = reforecast(plan, draws=args.draws, seed=0)
    except PlanError as error:
        raise PlanError([result.locate(p) for p in error.problems], source=args.plan) from None
    if args.output:
        write_plan(forecast.plan, args.output)
    return _report(args, lambda: actuals_json(plan, reports, forecast), lambda: actuals_table(plan, forecast))


def cmd_template(args) -> int:
    write_plan(sample_plan(), args.output)
    print(f"Wrote the sample plan to {args.output}")
    return 0


def build_parser(extra_commands=()) -> argparse.ArgumentParser:
    """The commands below, and any the app adds (`extra_commands`: functions that add a subparser, such as the
    report, which needs Qt and so lives in gui/report/command.py)."""
    parser = argparse.ArgumentParser(
        prog="market-entry-planner",
        description="Plan a brand's entry into Chinese social and livestream e-commerce (Douyin, Kuaishou, "
                    "Taobao/Tmall, JD.com): reach, frequency, costs and sales per line, channel and in total.",
        epilog="Without a command, the desktop app opens (on PLAN.xlsx if given, else on the sample plan).")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = commands.add_parser("estimate", help="estimate a plan workbook and print the results")
    p.add_argument("plan", metavar="PLAN.xlsx")
    p.add_argument("--json", action="store_true", help="print one JSON object: totals, channels, lines")
    p.add_argument("-o", "--output", metavar="OUT.xlsx", help="also write the full workbook with results")
    p.set_defaults(run=cmd_estimate)
    p = commands.add_parser("optimise", aliases=["optimize"],
                            help="reallocate the budget across lines to maximise reach, effective reach, GMV or "
                                 "contribution, within each line's locks, minimums and maximums")
    p.add_argument("plan", metavar="PLAN.xlsx")
    p.add_argument("--objective", choices=OBJECTIVES, default="reach",
                   help="reach (deduplicated), reach3 (effective reach at the market's frequency), gmv, or "
                        "contribution (contribution − marketing cost); default reach")
    p.add_argument("--budget", metavar="N", help="total budget to allocate (default: the plan's current total); "
                                                 "5000000, 5m, ¥5,000,000, 500万 or €600k all work")
    p.add_argument("--at-most", action="store_true", help="spend up to the budget instead of exactly")
    p.add_argument("--min-channel", action="append", metavar="CHANNEL=N",
                   help="spend at least N on a channel, e.g. --min-channel Tmall=500k (repeat for several)")
    p.add_argument("--max-channel", action="append", metavar="CHANNEL=N",
                   help="spend at most N on a channel, e.g. --max-channel JD=800k (repeat for several)")
    p.add_argument("--channel-share", action="append", metavar="CHANNEL=LOW..HIGH",
                   help="keep a channel's share of the money spent in a range, e.g. douyin=30%%..50%% (or 30%%.. "
                        "or ..50%%)")
    p.add_argument("--floor", action="append", metavar="KPI=V",
                   help="hold a KPI at or above a level whatever the objective: roi=0, roas=3, contribution=1m, "
                        "reach=50%% or reach3=10m (repeat for several)")
    p.add_argument("--target", metavar="KPI=V",
                   help="what does it take? the least budget reaching reach=60%%, reach3=30%%, gmv=20m or "
                        "contribution=1m; for roas=3 or roi=0, the most that can be spent holding it")
    p.add_argument("--step", metavar="N", help="round every budget that takes any amount to N, e.g. 10k")
    p.add_argument("--risk", choices=("p50", "p10"), default="p50",
                   help="p50: the best plan at the central figures (default); p10: the plan with the highest P10 "
                        "of the objective over Monte Carlo draws of the assumptions, with both plans' P10–P90")
    p.add_argument("--frequency-cap", action="append", metavar="LINE=F",
                   help="show a line's ads at most F times on average per person it reaches, e.g. "
                        "\"Qianchuan always-on=3\" or 1=3 (its row on the Plan sheet); feed ads, videos, livestreams")
    p.add_argument("--min-frequency", action="append", metavar="LINE=F",
                   help="a target frequency: at least F exposures per person the line reaches, e.g. 5=2")
    p.add_argument("--by-month", action="store_true",
                   help="also choose when to spend: lines bought by the yuan may move budget between the months of "
                        "their own dates (into or out of 618, Double 11…); moved lines are split by month")
    p.add_argument("--month-cap", action="append", metavar="YYYY-MM=N",
                   help="with --by-month: spend at most N (line budgets) in that month, e.g. 2027-06=1m (repeat)")
    p.add_argument("--json", action="store_true", help="print one JSON object: objective before and after, totals, "
                                                       "channels, lines, and the constraints that bind")
    p.add_argument("-o", "--output", metavar="OUT.xlsx", help="also write the optimised plan as a workbook")
    p.set_defaults(run=cmd_optimise)
    p = commands.add_parser("actuals", help="import platform reports (Qianchuan, Magnetic Engine, Wanxiangtai, JD; "
                                            "CSV or .xlsx): plan against actual, recalibrated assumptions, and a "
                                            "re-forecast of the rest of the year")
    p.add_argument("plan", metavar="PLAN.xlsx")
    p.add_argument("reports", metavar="REPORT", nargs="+", help="platform report exports (.csv or .xlsx)")
    p.add_argument("--json", action="store_true", help="print one JSON object: per line planned and actual to date, "
                                                       "per assumption prior, posterior mean and P10–P90")
    p.add_argument("--draws", type=int, default=2000, help="Monte Carlo draws for the re-forecast's P10–P90")
    p.add_argument("-o", "--output", metavar="OUT.xlsx",
                   help="also write the plan with the actuals, the calibrated assumptions and the re-forecast "
                        "scenario")
    p.set_defaults(run=cmd_actuals)
    p = commands.add_parser("template", help="write the sample plan as a workbook to start from")
    p.add_argument("output", metavar="OUT.xlsx")
    p.set_defaults(run=cmd_template)
    for add in extra_commands:
        add(commands)
    return parser


def main(argv=None, extra_commands=()) -> int:
    _safe_streams()
    parser = build_parser(extra_commands)
    args = parser.parse_args(argv)
    if getattr(args, "run", None) is None:
        parser.print_help()
        return 0
    try:
        return args.run(args)
    except PlanError as error:
        print(f"error: {error.summary()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # output piped into `head`: not an error of ours
        sys.stderr.close()
        return 0
    except OSError as error:  # write_plan names the file asked for, never its temporary file
        where = error.filename or getattr(args, "output", None) or getattr(args, "plan", None) or "?"
        print(f"error: {where}: {error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
