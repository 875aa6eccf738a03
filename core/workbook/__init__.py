"""The workbook is the plan: .xlsx read and write with openpyxl."""
from core.workbook.reader import ReadResult, read_plan
from core.workbook.writer import build_workbook, write_plan

__all__ = ["ReadResult", "read_plan", "build_workbook", "write_plan"]
