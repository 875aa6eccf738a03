"""The report's content (core/report): built from the app's own figures, every text through the translation it is
given, metric names from core/metrics.py, and the PowerPoint deck python-pptx writes from it. No Qt here."""
from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

import market_entry_planner.core.metrics as metrics
from market_entry_planner.core.engine.evaluate import estimate
from market_entry_planner.core.model import CHANNEL_LABELS, Scenario
from market_entry_planner.core.optimise.optimiser import optimise
from market_entry_planner.core.problems import PlanError
from market_entry_planner.core.report import layout
from market_entry_planner.core.report.builder import build_report
from market_entry_planner.core.report.content import BODY_BOTTOM, BODY_TOP, Chart, Paragraph, Table, Tiles
from market_entry_planner.core.sample import sample_plan

DRAWS = 500  # the content's structure does not depend on the number of draws; tests that compare bands use 10,000


def _yuan(value: float) -> str:
    return f"{'−' if value < 0 else ''}¥{abs(value):,.0f}"


@pytest.fixture(scope="module")
def sample_report():
    return build_report(sample_plan(), draws=DRAWS)


def test_the_report_has_every_part_in_reading_order(sample_report):
    keys = [s.key for s in sample_report.slides]
    expected = ["title", "headline", "plan", "chart:reach", "chart:costs", "chart:funnel", "chart:calendar",
                "chart:cashflow", "chart:scenarios", "chart:tornado", "assumptions", "method", "appendix"]
    assert [k for i, k in enumerate(keys) if i == 0 or keys[i - 1] != k] == expected  # the appendix spans slides
    assert sample_report.slide("title").title == sample_plan().title
    assert "advice" not in keys  # no optimiser was run


def test_the_plan_table_holds_the_estimate_line_by_line(sample_report):
    plan = sample_plan()
    results = estimate(plan)
    rows = [row for s in sample_report.slides_of("plan") for b in s.blocks if isinstance(b, Table) for row in b.rows]
    lines = [row for row in rows if row[2]]  # line rows name their line; totals do not
    assert len(lines) == len(plan.lines)
    by_name = {row[2]: row for row in lines}
    for i, line in enumerate(plan.lines):
        row = by_name[line.name]
        assert row[0] == CHANNEL_LABELS[line.channel]
        assert row[4] == _yuan(line.budget)
        assert row[5] == f"{results.line['reach'][i]:,.0f}"
        assert row[7] == f"{results.line['orders'][i]:,.0f}"
        assert row[8] == _yuan(results.line["gmv"][i])
        assert row[9] == f"{results.line['roas'][i]:,.2f}"
    total = rows[-1]
    assert total[0] == "Total (deduplicated)" and total[5] == f"{results.total['reach']:,.0f}"
    douyin = next(row for row in rows if row[0] == "Douyin total")
    assert douyin[4] == _yuan(sum(x.budget for x in plan.lines if x.channel == "douyin"))


def test_the_headline_is_the_apps_with_its_p10_p90(sample_report):
    from market_entry_planner.core.analysis.uncertainty import monte_carlo

    plan = sample_plan()
    total = estimate(plan).total
    tiles = {t.key: t for t in sample_report.slide("headline").blocks[0].tiles}
    assert tiles["budget"].value == f"¥{total['budget'] / 1e6:.2f}m" and tiles["budget"].detail == "13 lines"
    assert tiles["reach"].value == f"{total['reach'] / 1e6:.2f}m"
    assert tiles["roi"].value == f"{total['roi'] * 100:.1f}%"
    low, _, high = monte_carlo(plan, DRAWS, 0, metrics=("gmv",)).band("gmv")
    assert tiles["gmv"].band == f"P10–P90 ¥{low / 1e6:.1f}m–¥{high / 1e6:.1f}m"
    assert tiles["frequency"].band == ""  # the app bands reach, effective reach, GMV and ROI only


def test_metric_names_come_from_core_metrics(monkeypatch):
    """Model v2 renames results (Chinese platforms call GMV ÷ ad spend "ROI"): the report follows METRIC_INFO."""
    monkeypatch.setitem(metrics.METRIC_INFO, "roas", replace(metrics.METRIC_INFO["roas"], label="ROI (GMV ÷ spend)"))
    monkeypatch.setitem(metrics.METRIC_INFO, "reach", replace(metrics.METRIC_INFO["reach"], label="People reached"))
    report = build_report(sample_plan(), draws=DRAWS)
    tiles = {t.key: t.label for t in report.slide("headline").blocks[0].tiles}
    assert tiles["roas"] == "ROI (GMV ÷ spend)" and tiles["reach"] == "People reached"
    plan_table = report.slides_of("plan")[0].blocks[0]
    assert "ROI (GMV ÷ spend)" in plan_table.headers and "People reached" in plan_table.headers
    chart = report.slide("chart:reach").blocks[0]
    assert chart.y_axis.title == "People reached"


def _texts(report) -> list[str]:
    found = []
    for slide in report.slides:
        found += [slide.title, slide.subtitle]
        for block in slide.blocks:
            if isinstance(block, Paragraph):
                found.append(block.text)
            elif isinstance(block, Tiles):
                found += [t for tile in block.tiles for t in (tile.label, tile.detail)]
            elif isinstance(block, Table):
                found += list(block.headers)
            elif isinstance(block, Chart):
                found += [block.title, *(s.name for s in block.series)]
    return [t for t in found if t]


def test_every_text_goes_through_the_translation():
    """A pseudo-translation marks each text it is asked for: every title, paragraph, header and label carries the
    mark (data labels through context "data", festivals through "Festival")."""
    asked = set()

    def translate(context, text, disambiguation=None, n=-1):
        asked.add(context)
        text = text.replace("%n", str(n)) if n >= 0 else text
        return "«" + text + "»"

    report = build_report(sample_plan(), translate=translate, draws=DRAWS)
    names = {sample_plan().title, "Base", "Base ●", "#"}  # the plan's own names, a scenario's mark, the rank column
    unmarked = [t for t in _texts(report) if "«" not in t and t not in names]
    assert unmarked == []
    assert asked == {"ReportBuilder", "data", "Festival"}


def test_a_named_scenario_is_reported_and_an_unknown_one_is_a_clear_problem():
    plan = sample_plan()
    plan = replace(plan, scenarios=(*plan.scenarios, Scenario("Stretch", plan.lines[:4])))
    report = build_report(plan, scenario="stretch", draws=DRAWS)  # any case
    assert report.scenario == "Stretch"
    headline = {t.key: t for t in report.slide("headline").blocks[0].tiles}
    assert headline["budget"].detail == "4 lines"
    summary = report.slide("chart:scenarios")
    assert any(isinstance(b, Chart) for b in summary.blocks)  # two scenarios: the chart compares them
    with pytest.raises(PlanError) as raised:
        build_report(plan, scenario="Nope", draws=DRAWS)
    problem = raised.value.problems[0]
    assert (problem.sheet, problem.column) == ("Plan", "Scenario") and "'Base', 'Stretch'" in problem.message


def test_the_optimisers_advice_is_shown_for_its_own_scenario_only():
    plan = sample_plan()
    answer = optimise(plan, "reach")
    report = build_report(plan, optimisation=answer, draws=DRAWS)
    advice = report.slides_of("advice")
    assert advice, "the advice slide is missing"
    table = next(b for b in advice[0].blocks if isinstance(b, Table))
    changed = [row for row in table.rows[:-1] if row[5] != "–"]
    assert len(changed) == len(answer.budget_changes)
    first = min(answer.budget_changes)
    assert table.rows[first][4] == _yuan(answer.budgets_after[first])
    applied = answer.apply(plan)  # after Apply, the advice still describes the plan
    assert build_report(applied, optimisation=answer, draws=DRAWS).slides_of("advice")
    other = plan.with_lines(plan.lines[:5])  # another plan: the advice is not about it
    assert not build_report(other, optimisation=answer, draws=DRAWS).slides_of("advice")
    doubled = plan.with_lines([line.with_budget(line.budget * 2) for line in plan.lines])  # same lines, new budgets
    assert not build_report(doubled, optimisation=answer, draws=DRAWS).slides_of("advice")


def test_weak_assumptions_are_marked_and_sources_given(sample_report):
    plan = sample_plan()
    table = sample_report.slide("assumptions").blocks[0]
    assert len(table.rows) == 10
    for row, mark in zip(table.rows, table.marks):
        assert (mark == "weak") == row[5].startswith(("C", "W")) and row[6]
    appendix = [row for s in sample_report.slides_of("appendix") for b in s.blocks if isinstance(b, Table)
                and b.key == "appendix" for row in b.rows]
    assert len(appendix) == len(plan.assumptions)  # every assumption
    weak = sum(1 for a in plan.assumptions if a.weak)
    marks = [m for s in sample_report.slides_of("appendix") for b in s.blocks if isinstance(b, Table)
             and b.key == "appendix" for m in b.marks]
    assert marks.count("weak") == weak


def test_every_table_part_fits_its_slide(sample_report):
    """Split before drawing: each part, with what stands above and below it, fits the slide's body (estimate)."""
    from market_entry_planner.core.report.builder import _block_height

    for slide in sample_report.slides:
        if slide.layout != "stack":
            continue
        tables = sum(layout.table_height(b) for b in slide.blocks if isinstance(b, Table))
        others = sum(_block_height(b) for b in slide.blocks if isinstance(b, Paragraph))  # each with its gap
        tiles = sum(2 * 68 + 2 * 10 for b in slide.blocks if isinstance(b, Tiles))
        assert tables + others + tiles <= BODY_BOTTOM - BODY_TOP, slide.title


def test_a_long_plan_spreads_over_slides_without_a_lonely_total():
    plan = sample_plan()
    plan = plan.with_lines([replace(line, name=f"{line.name} #{k}") for k in range(6) for line in plan.lines])
    report = build_report(plan, draws=DRAWS)
    parts = report.slides_of("plan")
    assert len(parts) >= 3 and all(s.parts == len(parts) for s in parts)
    assert [s.part for s in parts] == list(range(1, len(parts) + 1))
    assert all(len(b.rows) >= 3 for s in parts for b in s.blocks if isinstance(b, Table))
    widths = {tuple(round(w, 3) for w in layout.column_widths(b)) for s in parts for b in s.blocks
              if isinstance(b, Table)}
    assert len(widths) == 1  # the same columns on every slide
    assert sum(len(b.rows) for s in parts for b in s.blocks if isinstance(b, Table)) == 6 * 13 + 4 + 1


def test_columns_never_break_a_number_or_a_word():
    report = build_report(sample_plan(), draws=DRAWS)
    for slide in report.slides:
        for table in (b for b in slide.blocks if isinstance(b, Table)):
            table = layout.fitted(table)
            widths = layout.column_widths(table)
            assert math.isclose(sum(widths), layout.BODY_WIDTH)
            for c, width in enumerate(widths):
                for i, row in enumerate(table.rows):
                    if layout.cell_spans(table, i)[c] != 1:
                        continue
                    bold = table.mark(i) in ("group", "total")
                    need = (layout.text_em(row[c], bold) if table.align[c] == "r" else
                            layout.longest_token_em(row[c], bold) / layout.WORD_SLACK)
                    assert need * table.font_size <= width - 2 * layout.CELL_PAD_X + 1e-6, (table.key, row[c])


def test_a_split_never_leaves_a_total_alone_on_a_page():
    rows = tuple((f"line {i}", "¥1,000") for i in range(6)) + (("Total", "¥6,000"),)
    table = Table("t", ("Line", "Budget"), rows, ("l", "r"), ("",) * 6 + ("total",), 10.0)
    widths = layout.column_widths(table)
    row = layout.data_row_height(table, 0, widths)
    room = layout.header_height(table, widths) + 5.5 * row  # five rows a page: 5 + 2 without the rule
    parts = layout.split_table(table, room)
    assert [len(p.rows) for p in parts] == [4, 3]
    assert [r for p in parts for r in p.rows] == list(rows) and parts[1].marks[-1] == "total"


def test_numbers_and_nowrap_columns_are_never_broken_even_with_spaces():
    """A right-aligned figure is one piece, even with a space in it (a locale's thousands mark), and so is a
    nowrap column's text; a left-aligned text column may wrap at its spaces."""
    figure, grade, name = "12 345 678 901 234", "W (weak)", "a long name with many words in it to wrap " * 3
    table = Table("t", ("Name", "Figure", "Grade"), ((name, figure, grade),), ("l", "r", "l"), nowrap=(2,))
    widths, size = layout.column_widths(table, 230), layout.fitted(table, 230).font_size
    assert size == table.font_size  # room enough at the table's own size
    assert widths[1] - 2 * layout.CELL_PAD_X >= layout.text_em(figure) * size
    assert widths[2] - 2 * layout.CELL_PAD_X >= layout.text_em(grade) * size
    assert widths[0] - 2 * layout.CELL_PAD_X < layout.text_em(name) * size


def test_lines_needed_wraps_words_and_chinese():
    assert layout.lines_needed("one two three", 1000, 10) == 1
    assert layout.lines_needed("one two three", layout.text_em("one two") * 10 * 1.03, 10) == 2
    assert layout.lines_needed("第一行\n第二行", 1000, 10) == 2
    assert layout.lines_needed("触达人数触达人数", 4 * 10 * 1.03, 10) == 2  # Chinese breaks between characters
    assert layout.lines_needed("x" * 100, 10 * 10, 10) >= 5  # a word longer than the line breaks


# -- the PowerPoint deck ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def deck(sample_report, tmp_path_factory):
    from pptx import Presentation

    from market_entry_planner.core.report.pptx_writer import write_pptx

    path = write_pptx(sample_report, tmp_path_factory.mktemp("deck") / "report.pptx")
    return path, Presentation(str(path))


def _slide_text(slide) -> str:
    return " ".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def _tables(slide):
    return [shape.table for shape in slide.shapes if shape.has_table]


def test_the_deck_opens_with_a_slide_per_part(deck, sample_report):
    _, presentation = deck
    assert len(presentation.slides) == len(sample_report.slides)
    assert presentation.slide_width == 12192000 and presentation.slide_height == 6858000  # 16:9
    for slide, content in zip(presentation.slides, sample_report.slides):
        assert content.title in _slide_text(slide)
        assert sample_report.footer in _slide_text(slide)


def test_the_decks_plan_table_holds_the_estimate(deck, sample_report):
    _, presentation = deck
    plan = sample_plan()
    results = estimate(plan)
    index = [s.key for s in sample_report.slides].index("plan")
    cells = {}
    for slide in list(presentation.slides)[index:index + len(sample_report.slides_of("plan"))]:
        for table in _tables(slide):
            for r in range(1, len(table.rows)):
                row = [table.cell(r, c).text for c in range(len(table.columns))]
                if row[2]:
                    cells[row[2]] = row
    assert len(cells) == len(plan.lines)
    for i, line in enumerate(plan.lines):
        assert cells[line.name][4] == _yuan(line.budget)
        assert cells[line.name][8] == _yuan(results.line["gmv"][i])


def test_the_decks_headline_and_channels_are_the_estimate(deck, sample_report):
    _, presentation = deck
    results = estimate(sample_plan())
    slide = presentation.slides[[s.key for s in sample_report.slides].index("headline")]
    text = _slide_text(slide)
    assert f"¥{results.total['budget'] / 1e6:.2f}m" in text and f"{results.total['roi'] * 100:.1f}%" in text
    table = _tables(slide)[0]
    rows = {table.cell(r, 0).text: [table.cell(r, c).text for c in range(len(table.columns))]
            for r in range(1, len(table.rows))}
    for j, channel in enumerate(results.compiled.channels):
        assert rows[CHANNEL_LABELS[channel]][1] == _yuan(results.channel["budget"][j])
        assert rows[CHANNEL_LABELS[channel]][2] == f"{results.channel['reach'][j]:,.0f}"
    assert rows["Total (deduplicated)"][2] == f"{results.total['reach']:,.0f}"


def test_the_decks_charts_are_native_with_the_reports_data(deck, sample_report):
    _, presentation = deck
    keys = [s.key for s in sample_report.slides]
    reach = presentation.slides[keys.index("chart:reach")]
    chart = next(shape.chart for shape in reach.shapes if shape.has_chart)
    content = sample_report.slide("chart:reach").blocks[0]
    names = [s.name for s in chart.plots[0].series]
    assert names[:len(content.series)] == [s.name for s in content.series]
    assert np.allclose(list(chart.plots[0].series[0].values), content.series[0].values)
    costs = presentation.slides[keys.index("chart:costs")]
    assert sum(1 for shape in costs.shapes if shape.has_chart) == 2
    tornado = presentation.slides[keys.index("chart:tornado")]
    bars = next(shape.chart for shape in tornado.shapes if shape.has_chart)
    assert list(bars.plots[0].categories) == list(sample_report.slide("chart:tornado").blocks[0].categories)


def test_a_chinese_deck_names_an_east_asian_font(tmp_path):
    from pptx import Presentation
    from pptx.oxml.ns import qn

    from market_entry_planner.core.report.pptx_writer import EAST_ASIAN_FONT, write_pptx

    labels = {"Douyin": "抖音", "Kuaishou": "快手", "Taobao/Tmall": "淘宝/天猫", "JD.com": "京东"}

    def translate(context, text, disambiguation=None, n=-1):
        text = text.replace("%n", str(n)) if n >= 0 else text
        return labels.get(text, text)

    report = build_report(sample_plan(), translate=translate, language="zh_CN", draws=DRAWS)
    presentation = Presentation(str(write_pptx(report, tmp_path / "zh.pptx")))
    slide = presentation.slides[[s.key for s in report.slides].index("headline")]
    runs = [run for shape in slide.shapes if shape.has_table for row in shape.table.rows for cell in row.cells
            for paragraph in cell.text_frame.paragraphs for run in paragraph.runs if run.text == "抖音"]
    assert runs and runs[0].font._rPr.find(qn("a:ea")).get("typeface") == EAST_ASIAN_FONT


@pytest.mark.libreoffice
@pytest.mark.slow
def test_libreoffice_converts_the_deck_to_pdf(deck, tmp_path):
    from pypdf import PdfReader

    from tests.workbook_helpers import convert, converted, require_libreoffice

    require_libreoffice()
    path, presentation = deck
    done = convert([path], "pdf", tmp_path)
    if "could not be loaded" in done.stdout + done.stderr:  # calc alone cannot open a deck
        pytest.fail("LibreOffice cannot open .pptx here: install its presentation program (Debian: "
                    "libreoffice-impress-nogui, as .ci/run does)")
    pdf = converted(done, [path], tmp_path, ".pdf")[0]
    pages = PdfReader(pdf).pages
    assert len(pages) == len(presentation.slides)
    assert sample_plan().title in pages[0].extract_text()


def test_full_width_brackets_stay_with_what_they_enclose():
    """Qt never breaks after "（" or before "）" (UAX #14): the header 投产比（ROAS） needs "（ROAS）" on one line."""
    assert layout.longest_token_em("投产比（ROAS）") == pytest.approx(layout.text_em("（ROAS）") * layout.WORD_SLACK)
    assert layout._tokens("抖音，快手。") == ("抖", "音，", "快", "手。")
    assert layout._tokens("合计（已去重）") == ("合", "计", "（已", "去", "重）")
