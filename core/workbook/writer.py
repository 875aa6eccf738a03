"""Write a plan as the workbook a marketer keeps and sends: inputs, assumptions, results and charts.

Only values are written, never formulas: openpyxl cannot store a formula's cached value, so a reader
without a calculation engine would see empty cells. Text that looks like a formula is stored as text.
"""
from __future__ import annotations

import errno
import glob
import logging
import math
import os
import stat
import tempfile
import time
from datetime import datetime
from pathlib import Path

import numpy as np
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.styles import Alignment
from openpyxl.worksheet.datavalidation import DataValidation

from market_entry_planner.core import __version__
from market_entry_planner.core.assumptions import GRADES
from market_entry_planner.core.benchmarks import default_assumptions
from market_entry_planner.core.engine.evaluate import Results, estimate
from market_entry_planner.core.metrics import METRIC_INFO
from market_entry_planner.core.model import ANY, Plan, channel_label
from market_entry_planner.core.parameters import HALO_PREFIX, MONEY, SHARE, parameter
from market_entry_planner.core.problems import PlanError
from market_entry_planner.core.workbook import streaming
from market_entry_planner.core.workbook.actuals_sheet import write_actuals_sheets
from market_entry_planner.core.workbook.calendar_sheet import write_calendar_sheet
from market_entry_planner.core.workbook.format import (
    ALL,
    BOLD_FONT,
    COMPUTED_FILL,
    COMPUTED_FONT,
    EMPHASIS_FONT,
    FMT_COUNT,
    FMT_DATE,
    FMT_MONEY,
    FMT_MONEY_CENTS,
    FMT_RATIO,
    FMT_SHARE,
    FORMAT_NAME,
    FORMAT_VERSION,
    HEADER_FILL,
    HEADER_FONT,
    INPUT_FILL,
    LISTS_CHANNEL_KEY,
    META_EMPTY_SCENARIO,
    TITLE_FONT,
    WARNING_FONT,
    WEAK_FILL,
    format_for,
    prepare_for_print,
    safe,
    write_table,
)
from market_entry_planner.core.workbook.vocabulary import (
    ASSUMPTION_COLUMNS,
    CATEGORY_NAMES,
    MARKET_FIELDS,
    PARAMETER_NAMES,
    PLAN_COLUMNS,
    TACTIC_COLUMNS,
    halo_text,
)

_log = logging.getLogger(__name__)


def _channel_text(channel: str) -> str:
    return ALL if channel == ANY else channel_label(channel)


def _tactic_text(plan: Plan, tactic: str) -> str:
    if tactic == ANY:
        return ALL
    known = plan.tactics.get(tactic)
    return known.label if known else tactic


def _parameter_text(key: str) -> str:
    if key.startswith(HALO_PREFIX):
        return halo_text(key, _channel_text)
    return PARAMETER_NAMES[key][0] if key in PARAMETER_NAMES else parameter(key).label


def _override_columns(plan: Plan) -> list[str]:
    seen: dict[str, None] = {}
    for scenario in plan.scenarios:
        for line in scenario.lines:
            for key in line.overrides:
                seen.setdefault(key, None)
    return list(seen)


def _extra_columns(plan: Plan) -> list[str]:
    seen: dict[str, None] = {}
    for scenario in plan.scenarios:
        for line in scenario.lines:
            for key in line.extra:
                seen.setdefault(key, None)
    return list(seen)


def _write_plan_sheet(wb, plan: Plan, results_by_scenario: dict[int, Results], streamed: list | None = None):
    ws = wb.create_sheet("Plan")
    overrides = _override_columns(plan)
    extras = _extra_columns(plan)
    fields = ["scenario", "channel", "tactic", "name", "budget", "units", "unit", "start", "end", "locked",
              "min_budget", "max_budget", "notes"]
    headers = [PLAN_COLUMNS[f][0] for f in fields]
    headers[fields.index("budget")] = "Budget (¥)"
    headers += [_parameter_text(k) for k in overrides] + extras
    rows = []
    for s_index, scenario in enumerate(plan.scenarios):
        results = results_by_scenario.get(s_index)
        for i, line in enumerate(scenario.lines):
            tactic = plan.tactics.get(line.tactic)
            units = None
            if results is not None:
                value = results.line["units"][i]
                units = float(value) if value == value else None
            rows.append([scenario.name, channel_label(line.channel), _tactic_text(plan, line.tactic), line.name,
                         line.budget, units, tactic.unit if tactic else None, line.start, line.end,
                         "yes" if line.locked else "no", line.min_budget, line.max_budget, line.notes or None]
                        + [line.overrides.get(k) for k in overrides] + [line.extra.get(k) for k in extras])
    # budgets in whole yuan (the cells keep the cents: only the display rounds); an override in cents only
    # where they mean something (a ¥2.50 click, not a ¥450,000 slot fee)
    override_formats = [money_format(row[len(fields) + j] for row in rows) if parameter(k).kind == MONEY
                        else format_for(parameter(k).kind) for j, k in enumerate(overrides)]
    formats = [None, None, None, None, FMT_MONEY, FMT_RATIO, None, FMT_DATE, FMT_DATE, None,
               FMT_MONEY, FMT_MONEY, None] + override_formats + [None] * len(extras)
    computed = {fields.index("units"), fields.index("unit")}
    notes = fields.index("notes")
    write_table(ws, "PlanLines", headers, rows, formats, computed=computed, streamed=streamed,
                widths={notes + 1: 48}, wrap={notes})
    ws.cell(row=1, column=fields.index("units") + 1).comment = Comment(
        "Computed from Budget on export. On import it is used only when Budget is empty.", "Market Entry Planner")
    if overrides:
        ws.cell(row=1, column=len(fields) + 1).comment = Comment(
            "Columns from here on override an assumption for one line; leave blank to use the Assumptions sheet.",
            "Market Entry Planner")
    last = max(len(rows), 1) + 1
    channels = DataValidation(type="list", formula1=f"=Lists!$A$2:$A${1 + len(plan.channels)}", allow_blank=True,
                              showErrorMessage=False, promptTitle="Channel",
                              prompt="Pick a channel, or type a new one that has rows on the Assumptions sheet.")
    tactics = DataValidation(type="list", formula1=f"=Lists!$B$2:$B${1 + len(plan.tactics)}", allow_blank=True,
                             showErrorMessage=True, errorTitle="Tactic",
                             error="Pick one of the tactics on the Tactics sheet.")
    budget = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                            showErrorMessage=True, errorTitle="Budget", error="A budget is a number of 0 or more.")
    ws.add_data_validation(channels)
    ws.add_data_validation(tactics)
    ws.add_data_validation(budget)
    channels.add(f"B2:B{last + 200}")
    tactics.add(f"C2:C{last + 200}")
    budget.add(f"E2:E{last + 200}")


def _write_lists(wb, plan: Plan):
    ws = wb.create_sheet("Lists")
    # column C maps each label back to its channel: a label cannot always be turned back into the key
    # ("ßtadt" shows as "Sstadt", a user's "jd_live" as "Jd Live", which reads as JD.com)
    ws["A1"], ws["B1"], ws["C1"] = "Channel", "Tactic", LISTS_CHANNEL_KEY
    for i, channel in enumerate(plan.channels, start=2):
        safe(ws.cell(row=i, column=1), channel_label(channel))
        safe(ws.cell(row=i, column=3), channel)
    for i, tactic in enumerate(plan.tactics.values(), start=2):
        safe(ws.cell(row=i, column=2), tactic.label)
    ws.sheet_state = "hidden"


def _write_assumptions(wb, plan: Plan):
    ws = wb.create_sheet("Assumptions")
    shipped = default_assumptions()
    fields = list(ASSUMPTION_COLUMNS)
    headers = [ASSUMPTION_COLUMNS[f][0] for f in fields]
    rows, formats_by_row, weak_rows = [], [], []
    for row in plan.assumptions:
        default = shipped.exact(*row.key)
        rows.append([_channel_text(row.channel), _tactic_text(plan, row.tactic), _parameter_text(row.parameter),
                     row.value, row.low, row.high, parameter(row.parameter).unit, row.grade, row.year,
                     row.source, default.value if default is not None else None])
        kind = parameter(row.parameter).kind
        formats_by_row.append(FMT_SHARE if kind == SHARE else (money_format((row.value, row.low, row.high))
                                                               if kind == MONEY else FMT_RATIO))
        weak_rows.append(row.weak)
    formats = [None] * len(headers)
    write_table(ws, "Assumptions", headers, rows, formats, computed={6, 10}, widths={10: 90})
    value_cols = [fields.index(f) + 1 for f in ("value", "low", "high", "default")]
    for r, (fmt, weak) in enumerate(zip(formats_by_row, weak_rows), start=2):
        for col in value_cols:
            ws.cell(row=r, column=col).number_format = fmt
        ws.cell(row=r, column=fields.index("source") + 1).alignment = Alignment(wrap_text=False)
        if weak:
            for col in (fields.index("value") + 1, fields.index("grade") + 1):
                ws.cell(row=r, column=col).fill = WEAK_FILL
    ws.cell(row=1, column=fields.index("grade") + 1).comment = Comment(
        "\n".join(f"{g}: {text}" for g, text in GRADES.items()) + "\nOrange: weak (C or W), replace with your own "
        "figure.", "Market Entry Planner")
    ws.cell(row=1, column=1).comment = Comment(
        "'All' rows apply to every channel (or tactic) without a row of its own.", "Market Entry Planner")


def _write_tactics(wb, plan: Plan):
    ws = wb.create_sheet("Tactics")
    fields = list(TACTIC_COLUMNS)
    headers = [TACTIC_COLUMNS[f][0] for f in fields]
    rows = [[t.key, t.label, t.buying, t.unit, t.price_parameter, t.audience_parameter or None,
             t.conversion_parameter, t.spend_kind,
             "yes" if t.whole_units else "no", t.description] for t in plan.tactics.values()]
    write_table(ws, "Tactics", headers, rows, [None] * len(headers), widths={len(headers): 80})


def _market_rows(plan: Plan) -> list[tuple[str, object, str, str]]:
    m = plan.market

    def name(field):
        return MARKET_FIELDS[field][0]

    rows = [
        (name("title"), plan.title, "", None),
        (name("notes"), plan.notes or None, "", None),
        (name("target"), m.target, "who the brand wants to reach", None),
        (name("category"), CATEGORY_NAMES.get(m.category, (m.category,))[0],
         "what the brand sells: sets its reference order value, price elasticity and return rates", None),
        (name("target_population"), m.target_population, "people in the target group", FMT_COUNT),
        (name("aov"), m.aov, "the brand's own figure: required, no default", money_format([m.aov])),
        (name("gross_margin"), m.gross_margin, "the brand's own figure: required, no default", FMT_SHARE),
        (name("agency_fee"), m.agency_fee, "share of the budget", FMT_SHARE),
        (name("effective_frequency"), m.effective_frequency, "exposures that count as effective (3+ by convention)",
         "0"),
        (name("currency"), m.currency, "money on these sheets is in CNY; the app can show this currency", None),
        (name("active"), plan.scenario.name, "the scenario the Results and Channels sheets describe", None),
    ]
    for code, rate in m.exchange_rates.items():
        rows.append((f"Exchange rate {code}", rate, f"CNY per 1 {code}", "0.0000"))
    return rows


def _write_market(wb, plan: Plan, results: Results | None):
    ws = wb.create_sheet("Market")
    ws["A1"] = "Market and brand"
    ws["A1"].font = TITLE_FONT
    headers = ["Field", "Value", "Note"]
    for col, text in enumerate(headers, start=1):
        cell = ws.cell(row=2, column=col, value=text)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    rows = _market_rows(plan)
    for r, (field, value, note, fmt) in enumerate(rows, start=3):
        ws.cell(row=r, column=1, value=field).font = BOLD_FONT
        cell = safe(ws.cell(row=r, column=2), value)
        cell.fill = INPUT_FILL
        if fmt:
            cell.number_format = fmt
        safe(ws.cell(row=r, column=3), note or None).font = COMPUTED_FONT
    top = 3 + len(rows) + 1
    ws.cell(row=top, column=1, value="Channel audiences (penetration is edited on the Assumptions sheet)").font = \
        EMPHASIS_FONT
    channel_headers = ["Channel", "Penetration", "Audience", "Grade", "Source"]
    table_rows = []
    for channel in plan.channels:
        row = plan.assumptions.find(channel, ANY, "penetration")
        if row is None:
            continue
        table_rows.append([channel_label(channel), row.value, row.value * plan.market.target_population, row.grade,
                           row.source])
    for col, text in enumerate(channel_headers, start=1):
        cell = ws.cell(row=top + 1, column=col, value=text)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for r, values in enumerate(table_rows, start=top + 2):
        for col, value in enumerate(values, start=1):
            cell = safe(ws.cell(row=r, column=col), value)
            cell.fill, cell.font = COMPUTED_FILL, COMPUTED_FONT
            cell.number_format = {2: FMT_SHARE, 3: FMT_COUNT}.get(col, "General")
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 44
    ws.column_dimensions["C"].width = 60
    ws.column_dimensions["E"].width = 80
    ws.freeze_panes = "A3"
    prepare_for_print(ws, title_rows=2)


_RESULT_COLUMNS = ("budget", "units", "impressions", "reach", "reach_pct", "frequency", "effective_reach",
                   "effective_reach_pct", "clicks", "orders", "gmv", "returns", "net_gmv", "media", "kol_fees",
                   "kol_commission", "platform_fee", "fulfilment", "fixed_costs", "agency_fee", "marketing_cost",
                   "cost", "contribution", "roas", "roi", "deposit")


def _metric_header(key: str, frequency: int) -> str:
    label = METRIC_INFO[key].label
    if key.startswith("effective_reach"):
        label = label.replace("Effective reach", f"Effective reach {frequency}+")
    return label + (" (¥)" if METRIC_INFO[key].kind == "money" else "")


def money_format(values) -> str:
    """Whole yuan, unless a value has cents and is small enough for them to matter (prices, not budgets)."""
    cents = any(isinstance(v, (int, float)) and math.isfinite(v) and abs(v) < 1000 and v != round(v)
                for v in values)
    return FMT_MONEY_CENTS if cents else FMT_MONEY


def _number(value):
    value = float(value)
    return value if math.isfinite(value) else None


def _write_results(wb, plan: Plan, results_by_scenario: dict[int, Results], failures: dict[int, str],
                   streamed: list | None = None):
    ws = wb.create_sheet("Results")
    # scenarios that could not be estimated are said above the table, so the reader of the workbook knows
    # why their lines are missing (their inputs are on the Plan sheet all the same)
    for r, (s_index, reason) in enumerate(sorted(failures.items()), start=1):
        safe(ws.cell(row=r, column=1), f"Results could not be computed for the scenario "
                                        f"'{plan.scenarios[s_index].name}': {reason}").font = WARNING_FONT
    top = len(failures) + 2 if failures else 1
    frequency = plan.market.effective_frequency
    headers = ["Scenario", "Channel", "Tactic", "Line"] + [_metric_header(k, frequency) for k in _RESULT_COLUMNS]
    formats = [None] * 4 + [format_for(METRIC_INFO[k].kind) for k in _RESULT_COLUMNS]
    rows = []
    for s_index, scenario in enumerate(plan.scenarios):
        results = results_by_scenario.get(s_index)
        if results is None:
            continue
        # whole columns as Python floats: indexing numpy arrays cell by cell costs more than writing the cells
        columns = [[_number(v) for v in np.asarray(results.line[k], dtype=float).tolist()] for k in _RESULT_COLUMNS]
        for i, line in enumerate(scenario.lines):
            rows.append([scenario.name, channel_label(line.channel), _tactic_text(plan, line.tactic), line.name]
                        + [column[i] for column in columns])
    write_table(ws, "Results", headers, rows, formats, computed=set(range(len(headers))), top=top,
                 streamed=streamed)


def _write_channels(wb, plan: Plan, results: Results | None):
    ws = wb.create_sheet("Channels")
    if results is None:
        ws["A1"] = "The plan could not be estimated; see the Plan sheet."
        return None
    frequency = plan.market.effective_frequency
    keys = [k for k in _RESULT_COLUMNS if k != "units"]
    headers = ["Channel", _metric_header("audience", frequency)] + [_metric_header(k, frequency) for k in keys]
    formats = [None, FMT_COUNT] + [format_for(METRIC_INFO[k].kind) for k in keys]
    rows = []
    for c, channel in enumerate(results.compiled.channels):
        rows.append([channel_label(channel), float(results.compiled.audience[c])]
                    + [_number(results.channel[k][c]) for k in keys])
    rows.append(["Total (deduplicated)", plan.market.target_population] + [_number(results.total[k]) for k in keys])
    write_table(ws, "Channels", headers, rows, formats, computed=set(range(len(headers))))
    for col in range(1, len(headers) + 1):
        ws.cell(row=len(rows) + 1, column=col).font = EMPHASIS_FONT
    return len(rows) - 1  # channel rows, without the total


def _write_charts(wb, channel_rows: int | None, frequency: int):
    ws = wb.create_sheet("Charts")
    ws["A1"] = "Charts of the active scenario (data: the Channels sheet)"
    ws["A1"].font = TITLE_FONT
    prepare_for_print(ws, one_page=True)  # the three charts on one page: none is cut by a page break
    if not channel_rows:
        return
    data = wb["Channels"]
    header_col = {data.cell(row=1, column=c).value: c for c in range(1, data.max_column + 1)}
    categories = Reference(data, min_col=1, min_row=2, max_row=1 + channel_rows)

    def bar(title, columns, y_title, anchor, fmt):
        chart = BarChart()
        chart.type = "col"
        chart.title = title
        chart.y_axis.title = y_title
        chart.y_axis.numFmt = fmt
        chart.y_axis.majorGridlines = None if len(columns) > 1 else chart.y_axis.majorGridlines
        for column in columns:
            col = header_col[column]
            chart.add_data(Reference(data, min_col=col, min_row=1, max_row=1 + channel_rows), titles_from_data=True)
        chart.set_categories(categories)
        chart.height, chart.width = 8, 16
        chart.legend.position = "b"
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        ws.add_chart(chart, anchor)

    bar("Budget by channel", ["Budget (¥)"], "¥", "A3", '"¥"#,##0')
    bar("Reach by channel", ["Reach"], "people", "K3", "#,##0")
    bar("GMV and total cost by channel", ["GMV (¥)", "Total cost (¥)"], "¥", "A20", '"¥"#,##0')


def _write_about(wb, plan: Plan):
    ws = wb.create_sheet("About")
    lines = [
        ("Market Entry Planner", TITLE_FONT),
        (f"Written by Market Entry Planner {__version__}, workbook format {FORMAT_VERSION}, on "
         f"{datetime.now():%Y-%m-%d %H:%M}.", None),
        ("Yellow cells are inputs: edit them here or in the app. Grey cells are computed by the app and are "
         "recomputed when the workbook is opened again.", None),
        ("Money is in CNY. Orange assumptions are weak (grade C or W): replace them with your own figures.", None),
        ("Grades: " + "; ".join(f"{g} = {text}" for g, text in GRADES.items()), None),
    ]
    for r, (text, font) in enumerate(lines, start=1):
        cell = ws.cell(row=r, column=1, value=text)
        if font:
            cell.font = font
    ws.column_dimensions["A"].width = 120
    prepare_for_print(ws)


def _write_meta(wb, plan: Plan):
    ws = wb.create_sheet("_meta")
    rows = [("format", FORMAT_NAME), ("format_version", FORMAT_VERSION), ("app_version", __version__),
            ("written", datetime.now().isoformat(timespec="seconds"))]
    rows += [(META_EMPTY_SCENARIO, s.name, i) for i, s in enumerate(plan.scenarios) if not s.lines]
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            safe(ws.cell(row=r, column=c), value)
    ws.sheet_state = "hidden"


def _estimate_scenarios(plan: Plan) -> tuple[dict[int, Results], dict[int, str]]:
    """Results of every scenario that can be estimated, and why the others cannot.

    Any exception is caught, not only PlanError: a save must never fail (and lose the user's work) because
    the engine could not compute results; the inputs are written all the same.
    """
    results, failures = {}, {}
    for index in range(len(plan.scenarios)):
        try:
            results[index] = estimate(plan.with_scenario(index))
        except PlanError as error:
            failures[index] = str(error)
        except Exception as error:  # noqa: BLE001 - see above; logged with its traceback
            _log.exception("estimating scenario %d failed while writing the workbook", index)
            failures[index] = f"an internal error ({type(error).__name__}: {error})"
    return results, failures


def _build(plan: Plan, results: dict[int, Results] | None, streamed: list | None) -> Workbook:
    failures = {}
    if results is None:
        results, failures = _estimate_scenarios(plan)
    wb = Workbook()
    wb.remove(wb.active)
    _write_plan_sheet(wb, plan, results, streamed)
    _write_assumptions(wb, plan)
    _write_market(wb, plan, results.get(plan.active))
    _write_tactics(wb, plan)
    write_calendar_sheet(wb, plan)
    write_actuals_sheets(wb, plan, streamed)
    _write_results(wb, plan, results, failures, streamed)
    channel_rows = _write_channels(wb, plan, results.get(plan.active))
    _write_charts(wb, channel_rows, plan.market.effective_frequency)
    _write_about(wb, plan)
    _write_lists(wb, plan)
    _write_meta(wb, plan)
    wb.active = 0
    return wb


def build_workbook(plan: Plan, results: dict[int, Results] | None = None) -> Workbook:
    """The whole workbook in memory, every cell an openpyxl cell. Results are computed per scenario when
    not given. write_plan writes the same workbook faster (see streaming.py)."""
    return _build(plan, results, None)


def _refuse_read_only(path: Path):
    """A file marked read-only is not replaced. The rename below would replace it silently on Linux and macOS
    (the folder is what counts there); Excel and LibreOffice refuse, and so do we, on every system."""
    try:
        mode = path.stat().st_mode
    except OSError:  # not there yet (or unreachable: the write says why)
        return
    if stat.S_ISREG(mode) and (not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK)):
        raise PermissionError(errno.EACCES, "the file is read-only", str(path))


def write_plan(plan: Plan, path: str | Path, results: dict[int, Results] | None = None) -> Path:
    """Write atomically: a temporary file beside the target, then a rename, so a failed save never leaves a
    half-written workbook where the user's file was.

    Every failure removes the temporary file, and a save cleans up what a killed one left behind. The file gets the
    permissions a new file gets (the umask), or keeps those of the file it replaces; a read-only file is refused,
    never replaced. An OSError names the file asked for (`path`), never the temporary one.
    """
    path = Path(path)
    folder = path.parent
    try:
        _refuse_read_only(path)
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(path))
        mode = _mode_for(path)
        _remove_stale_temporaries(path)
        streamed = []  # the Plan and Results rows: written as XML text, not openpyxl cells
        wb = _build(plan, results, streamed)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-{os.getpid()}-", suffix=_TEMPORARY,
                                             dir=folder)
    except OSError as error:
        raise _naming(error, path) from None
    os.close(handle)
    try:
        streaming.save(wb, streamed, temporary)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _naming(error, path) from None
        raise
    return path


_TEMPORARY = ".xlsx.tmp"
STALE_AFTER = 15 * 60  # seconds: a save takes seconds, so an older temporary file was left by a killed one


def _naming(error: OSError, path: Path) -> OSError:
    """The same error, about the file the user asked for (mkstemp's and rename's name the temporary file)."""
    named = type(error)(error.errno, error.strerror or str(error), str(path))
    return named


def _umask() -> int:
    try:  # Linux says it without changing it (os.umask would, for every thread of the app)
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    current = os.umask(0o022)
    os.umask(current)
    return current


def _mode_for(path: Path) -> int:
    """The permissions the saved file gets: those of the file it replaces (a read-only one is refused before), else
    a new file's."""
    try:
        existing = path.stat()
    except FileNotFoundError:
        return 0o666 & ~_umask()
    return stat.S_IMODE(existing.st_mode)


def _remove_stale_temporaries(path: Path):
    """Temporary files of this workbook left by a save that was killed: their process is gone, or they are old."""
    now = time.time()
    for leftover in path.parent.glob(f".{glob.escape(path.stem)}-*{_TEMPORARY}"):
        parts = leftover.name[len(path.stem) + 2:].split("-")
        pid = int(parts[0]) if parts and parts[0].isdigit() else None
        try:
            stale = now - leftover.stat().st_mtime > STALE_AFTER or (pid is not None and not _alive(pid))
            if stale:
                leftover.unlink()
        except OSError:  # gone already, or not ours to remove: the save goes on
            continue


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":  # os.kill(pid, 0) would end the process on Windows: age decides there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True
