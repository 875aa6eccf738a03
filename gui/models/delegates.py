"""Editors for table cells, chosen by the model's KIND_ROLE: combo boxes, boxes for amounts (money, counts, %)
that read what people type (1.2m, 30万, €120k: gui/amount_edit.py), dates."""
from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDoubleSpinBox, QSpinBox, QStyledItemDelegate

from market_entry_planner.gui.amount_edit import KIND_OF_EDITOR, AmountSpinBox
from market_entry_planner.gui.models.tables import CHOICES_ROLE, CONTEXT_ROLE, KIND_ROLE


class PlanDelegate(QStyledItemDelegate):
    def __init__(self, currency_symbol=lambda: "¥", parent=None):
        super().__init__(parent)
        self.currency_symbol = currency_symbol

    def createEditor(self, parent, option, index):
        kind = index.data(KIND_ROLE)
        if kind == "choice":
            editor = QComboBox(parent)
            for key, label in index.data(CHOICES_ROLE) or []:
                editor.addItem(label, key)
            return editor
        if kind in KIND_OF_EDITOR:
            editor = self._amount_editor(kind, index, parent)
        if kind in ("money", "cny"):
            editor.setPrefix("¥" if kind == "cny" else self.currency_symbol())
            editor.setRange(0, 1e12)
            editor.setDecimals(2)
            editor.setSingleStep(10_000 if kind == "money" else 1)
            editor.setGroupSeparatorShown(True)
            editor.setAccelerated(True)
            return editor
        if kind == "percent":
            editor.setSuffix("%")
            editor.setRange(0, 100)
            editor.setDecimals(4)
            editor.setSingleStep(0.1)
            return editor
        if kind in ("number", "ratio"):
            editor.setRange(0, 1e12)
            editor.setDecimals(4 if kind == "number" else 2)
            editor.setGroupSeparatorShown(True)
            return editor
        if kind == "date":
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            text_format = QLocale().dateFormat(QLocale.ShortFormat)  # the language's own order, 4-digit year
            editor.setDisplayFormat(text_format if "yyyy" in text_format else text_format.replace("yy", "yyyy"))
            return editor
        if kind == "year":
            editor = QSpinBox(parent)
            editor.setRange(1990, 2100)
            return editor
        return super().createEditor(parent, option, index)

    def updateEditorGeometry(self, editor, option, index):
        """An editor at least as wide as its text with a digit more and its buttons: a narrow Budget column must
        not cut ¥250,000,000 to "¥250,00"."""
        super().updateEditorGeometry(editor, option, index)
        if isinstance(editor, QDoubleSpinBox):
            text = editor.prefix() + editor.textFromValue(max(editor.value(), 1.0) * 10) + editor.suffix()
            buttons = editor.style().pixelMetric(editor.style().PixelMetric.PM_ScrollBarExtent) + 16
            wanted = editor.fontMetrics().horizontalAdvance(text) + buttons
            if editor.width() < wanted:
                editor.resize(wanted, editor.height())

    @staticmethod
    def _amount_editor(kind: str, index, parent) -> AmountSpinBox:
        currency, rates = index.data(CONTEXT_ROLE) or ("CNY", {})
        return AmountSpinBox(KIND_OF_EDITOR[kind], lambda: currency, lambda: rates, parent)

    def setEditorData(self, editor, index):
        value = index.data(Qt.EditRole)
        if isinstance(editor, AmountSpinBox):
            editor.setValue(float(value or 0.0))
            editor.shown_text = editor.typed_text()  # what the user has not changed is not re-read
            editor.edited_text = None
            return
        if isinstance(editor, QComboBox):
            position = editor.findData(value)
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value or 0.0))
        elif isinstance(editor, QDateEdit):
            editor.setDate(value if isinstance(value, QDate) and value.isValid() else QDate.currentDate())
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or QDate.currentDate().year()))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, AmountSpinBox):
            text = editor.last_typed()  # Qt may have put the value back over a text it could not read
            editor.edited_text = None
            if text == getattr(editor, "shown_text", None):
                return  # unchanged: re-reading the rounded text would move the value by a rounding
            if editor.specialValueText() and text in ("", editor.specialValueText()):
                model.setData(index, editor.minimum(), Qt.EditRole)  # "no maximum", "any"
                return
            model.setData(index, text, Qt.EditRole)  # the model reads it (core.amounts) and says why not
            return
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.EditRole)
        elif isinstance(editor, QDoubleSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.EditRole)
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date(), Qt.EditRole)
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.EditRole)
        else:
            super().setModelData(editor, model, index)
