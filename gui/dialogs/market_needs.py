"""Asking for the brand's figures a plan lacks, before it shows GMV or ROI: a sheet made by hand rarely says its target
group size, average order value and gross margin, and the app never borrows them from another plan.

The boxes start at the category's defaults (core/market_defaults.py), marked as such until the user types a figure
of their own; nothing is used until the user confirms.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from market_entry_planner.core.market_defaults import CATEGORIES, category_defaults
from market_entry_planner.core.model import Plan
from market_entry_planner.core.parameters import COUNT, MONEY, SHARE
from market_entry_planner.gui import theme
from market_entry_planner.gui.amount_edit import AmountSpinBox

NEEDS = ("target_population", "aov", "gross_margin")


class MarketNeedsDialog(QDialog):
    """The missing brand figures, pre-filled with a category's defaults that say they are defaults."""

    def __init__(self, plan: Plan, missing, source: str = "", parent=None):
        super().__init__(parent)
        self.plan = plan
        self.missing = [field for field in NEEDS if field in missing]
        self.setWindowTitle(self.tr("Your brand's figures"))
        labels = {"target_population": self.tr("Target group size (people)"),
                  "aov": self.tr("Average order value"), "gross_margin": self.tr("Gross margin")}
        self.category_labels = {"womens_apparel": self.tr("Women's apparel"),
                                "beauty": self.tr("Beauty and personal care"), "food_wine": self.tr("Food and wine"),
                                "luxury_leather": self.tr("Luxury leather goods"), "home": self.tr("Home and design"),
                                "other": self.tr("Other")}
        self.targets = {"womens_apparel": self.tr("women 25–40 in tier-1 and tier-2 cities"),
                        "beauty": self.tr("women 18–35 in tier-1 to tier-3 cities"),
                        "food_wine": self.tr("adults 25–45 in tier-1 and tier-2 cities"),
                        "luxury_leather": self.tr("affluent adults 25–45 in tier-1 cities"),
                        "home": self.tr("homeowners 28–45 in tier-1 and tier-2 cities"),
                        "other": self.tr("adults 20–45 in tier-1 and tier-2 cities")}
        names = {"target_population": self.tr("target group size"), "aov": self.tr("average order value"),
                 "gross_margin": self.tr("gross margin")}
        missing_names = [names[f] for f in self.missing]
        listed = missing_names[0] if len(missing_names) == 1 else \
            self.tr("{0} and {1}").format(*missing_names) if len(missing_names) == 2 else \
            self.tr("{0}, {1} and {2}").format(*missing_names)
        intro = QLabel(self.tr(
            "{0} does not give the brand's {1}. Reach can be estimated without them; GMV, ROAS and ROI cannot. "
            "The figures below are the defaults of a product category, assumed rather than sourced: replace them "
            "with your own.").format(source or self.tr("The sheet"), listed))
        intro.setWordWrap(True)
        self.category = QComboBox()
        for item in CATEGORIES:
            self.category.addItem(self.category_labels.get(item.key, item.label), item.key)
        self.category.setCurrentIndex(max(self.category.findData(category_defaults(plan.market).key), 0))
        form = QFormLayout()
        form.addRow(self.tr("Product category"), self.category)
        self.boxes: dict[str, AmountSpinBox] = {}
        self.marks: dict[str, QLabel] = {}
        rates = lambda: dict(plan.market.exchange_rates)  # noqa: E731
        for field in self.missing:
            kind = {"target_population": COUNT, "aov": MONEY, "gross_margin": SHARE}[field]
            box = AmountSpinBox(kind, lambda: "CNY", rates)
            box.setKeyboardTracking(False)
            if field == "target_population":
                box.setRange(1, 2e9)
                box.setDecimals(0)
                box.setSingleStep(100_000)
            elif field == "aov":
                box.setPrefix("¥")
                box.setRange(0.01, 1e7)
                box.setDecimals(2)
                box.setSingleStep(10)
            else:
                box.setSuffix(" %")
                box.setRange(0, 100)
                box.setDecimals(1)
            mark = QLabel(self.tr("category default"))
            mark.setStyleSheet("color: #b36b00; font-style: italic;")
            mark.setToolTip(self.tr("An assumed starting figure for the category, not your brand's: replace it"))
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(box, 1)
            line.addWidget(mark)
            form.addRow(labels[field], row)
            box.rejected.connect(self._rejected)
            box.lineEdit().textEdited.connect(lambda _text, f=field: self._own(f))
            self.boxes[field], self.marks[field] = box, mark
        self.target_note = QLabel("")
        self.target_note.setWordWrap(True)
        theme.set_muted(self.target_note)
        self.message = QLabel("")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Use these figures"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Later"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.target_note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.default_fields = set(self.boxes)
        self.category.currentIndexChanged.connect(lambda _: self._fill())
        self._fill()
        self.resize(560, self.sizeHint().height())

    def _fill(self):
        """The category's defaults in every box that still shows a default."""
        defaults = category_defaults(key=self.category.currentData())
        values = {"target_population": defaults.target_population, "aov": defaults.aov,
                  "gross_margin": defaults.gross_margin * 100}
        for field in self.default_fields:
            box = self.boxes[field]
            box.blockSignals(True)
            box.setValue(values[field])
            box.blockSignals(False)
        self.target_note.setText(self.tr("The default target group size is for {0}.").format(
            self.targets.get(defaults.key, defaults.target)) if "target_population" in self.default_fields else "")

    def _own(self, field: str):
        """The user typed a figure: it is theirs, no longer a default."""
        self.marks[field].hide()
        self.default_fields.discard(field)
        if field == "target_population":
            self.target_note.setText("")

    def _rejected(self, message: str):
        self.message.setText(message)

    def values(self) -> dict:
        """The figures to set: population in people, AOV in yuan, margin as a share."""
        out = {}
        for field, box in self.boxes.items():
            box.interpretText()
            out[field] = box.value() / 100 if field == "gross_margin" else box.value()
        return out


def ask_for_market(parent, plan: Plan, missing, source: str = "") -> dict | None:
    """The brand figures the user confirms, or None when they choose to set them later."""
    dialog = MarketNeedsDialog(plan, missing, source, parent)
    dialog.setAttribute(Qt.WA_DeleteOnClose, False)
    if parent is not None:
        parent.last_market_dialog = dialog
    return dialog.values() if dialog.exec() == QDialog.Accepted else None
