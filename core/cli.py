"""The headless commands (DESIGN.md's command line): estimate, optimise, template.

Bad input exits 2 with one message on stderr naming the file, sheet, row and column.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from core import __version__
from core.benchmarks import sample_plan
from core.estimate import Results, estimate
from core.model import channel_label
from core.problems import PlanError, Problem
from core.workbook import read_plan, write_plan

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
            "ROAS", "ROI"]

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
             "Money in CNY. ROAS = GMV / budget; ROI = (contribution − marketing cost) / marketing cost."]
    return "\n".join(lines)


def _load(path: str):
    result = read_plan(path, base=None)
    for warning in result.warnings:
        print(f"warning: {path}: {warning}", file=sys.stderr)
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
    if args.json:
        json.dump(results_json(results, result.plan), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(results_table(results, result.plan))
        if args.output:
            print(f"\nWrote {args.output}")
    return 0


def _refuse_overwrite_input(source: str, output: str):
    if Path(output).resolve() == Path(source).resolve():
        raise PlanError([Problem("refusing to overwrite the workbook being read; choose another output file")],
                        source=output)


def cmd_template(args) -> int:
    write_plan(sample_plan(), args.output)
    print(f"Wrote the sample plan to {args.output}")
    return 0


def build_parser() -> argparse.ArgumentParser:
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
    p = commands.add_parser("template", help="write the sample plan as a workbook to start from")
    p.add_argument("output", metavar="OUT.xlsx")
    p.set_defaults(run=cmd_template)
    return parser


def main(argv=None) -> int:
    parser = build_parser()
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
    except OSError as error:
        print(f"error: {error.filename or ''}: {error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
