"""The workbook is the plan: .xlsx read with python-calamine behind one safety gate, written with openpyxl."""
from market_entry_planner.core.workbook.reader import ReadResult, read_plan
from market_entry_planner.core.workbook.writer import build_workbook, write_plan

__all__ = ["ReadResult", "read_plan", "build_workbook", "write_plan"]
