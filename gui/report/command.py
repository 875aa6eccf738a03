"""`market-entry-planner report PLAN.xlsx -o OUT.pdf|OUT.pptx [--scenario NAME] [--language en|it|zh_CN]`.

A command of core.cli's parser (its errors, exit codes and messages), added by gui/launch.py. This module imports
no Qt until the command runs, so `market-entry-planner --help` stays fast; the command starts a QGuiApplication,
offscreen when there is no display. Bad input exits 2 with one message naming file, sheet, row and column.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

LANGUAGES = ("en", "it", "zh_CN")
FORMATS = (".pdf", ".pptx")


def add_command(commands):
    from market_entry_planner.core.optimise.objectives import OBJECTIVES

    p = commands.add_parser("report", help="write the plan as a report for a meeting: a PDF or a PowerPoint deck, "
                                           "in English, Italian or Chinese")
    p.add_argument("plan", metavar="PLAN.xlsx")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf|OUT.pptx",
                   help="the report to write; its extension says which kind")
    p.add_argument("--scenario", metavar="NAME", help="the scenario to report (default: the workbook's active one)")
    p.add_argument("--language", choices=LANGUAGES, default="en", help="the report's language (default en)")
    p.add_argument("--optimise", choices=OBJECTIVES, metavar="OBJECTIVE",
                   help="also run the optimiser for this objective (reach, reach3, gmv or contribution) on the "
                        "scenario's budget and add its advice to the report")
    p.set_defaults(run=run)


def application():
    """The running QGuiApplication, or a new one (offscreen on a Linux machine without a display)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["market-entry-planner"])
    return app


def run(args) -> int:
    # the heavy libraries before Qt: PySide6 inspects every module imported after it (0.5 s for pandas alone)
    import pandas  # noqa: F401

    if str(args.output).lower().endswith(".pptx"):
        import pptx  # noqa: F401

    from market_entry_planner.core.cli import _load, _refuse_overwrite_input
    from market_entry_planner.core.problems import PlanError, Problem
    from market_entry_planner.core.report.figures import scenario_index

    output = Path(args.output)
    if output.suffix.lower() not in FORMATS:
        raise PlanError([Problem(f"-o: a report is written as .pdf or .pptx, not '{output.suffix or output.name}'")],
                        source=args.output)
    _refuse_overwrite_input(args.plan, args.output)
    result = _load(args.plan)
    try:
        index = scenario_index(result.plan, args.scenario)
    except PlanError as error:
        raise PlanError(error.problems, source=args.plan) from None
    plan = result.plan.with_scenario(index)
    if output.suffix.lower() == ".pdf":
        application()  # fonts; a deck needs only Qt's translations and locales, which need no application
    from market_entry_planner.core.report.builder import build_report
    from market_entry_planner.gui.report.language import ReportLanguage

    language = ReportLanguage.for_plan(args.language, plan)
    try:
        optimisation = None
        if args.optimise:
            from market_entry_planner.core.optimise.optimiser import optimise

            optimisation = optimise(plan, args.optimise)
        report = build_report(plan, translate=language.translate, numbers=language.formatter,
                              language=args.language, optimisation=optimisation)
    except PlanError as error:
        raise PlanError([result.locate(p, index) for p in error.problems], source=args.plan) from None
    if output.suffix.lower() == ".pdf":
        from market_entry_planner.gui.report.pdf import write_pdf

        _, rendering = write_pdf(report, language, output)
        for page, problems in sorted(rendering.problems.items()):
            print(f"warning: {output}: page {page}: {problems[0]}", file=sys.stderr)
    else:
        from market_entry_planner.core.report.pptx_writer import write_pptx

        write_pptx(report, output)
    print(f"Wrote {output}: {len(report.slides)} pages, scenario '{plan.scenario.name}', language {args.language}")
    return 0
