"""The market panel: the brand's own figures, the display currency, and each channel's penetration.

Fields commit when editing finishes (Enter, focus out or an arrow step), each as one undoable edit.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from market_entry_planner.core import edits
from market_entry_planner.core.benchmarks import categories
from market_entry_planner.core.model import ANY
from market_entry_planner.core.numbers import SYMBOLS
from market_entry_planner.core.parameters import COUNT, MONEY, SHARE
from market_entry_planner.gui.amount_edit import AmountSpinBox
from market_entry_planner.gui.dialogs.market_needs import NEEDS, ask_for_market
from market_entry_planner.gui.document import Change, PlanDocument
from market_entry_planner.gui.format import default_locale
from market_entry_planner.gui.i18n import channel_text, data_text

CURRENCIES = ("CNY", "EUR", "USD")


def _spin(prefix="", suffix="", decimals=0, maximum=1e12, step=1.0, kind=COUNT, rates=dict) -> AmountSpinBox:
    """A box that reads what people type (46m, 4.600万, €85, 62%): money in yuan, shares in percentage points."""
    box = AmountSpinBox(kind, lambda: "CNY", rates)
    box.setPrefix(prefix)
    box.setSuffix(suffix)
    box.setDecimals(decimals)
    box.setRange(0, maximum)
    box.setSingleStep(step)
    box.setGroupSeparatorShown(True)
    box.setKeyboardTracking(False)  # valueChanged only when the edit is committed
    return box


class MarketPanel(QScrollArea):
    editRejected = Signal(str)

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)

        # a plan from a hand-made sheet may lack the brand's figures: said here until they are set
        self.missing_bar = QWidget()
        bar = QHBoxLayout(self.missing_bar)
        bar.setContentsMargins(8, 6, 8, 6)
        self.missing_label = QLabel("")
        self.missing_label.setWordWrap(True)
        self.missing_bar.setObjectName("missingBar")
        self.missing_bar.setAttribute(Qt.WA_StyledBackground, True)
        self.missing_bar.setStyleSheet("#missingBar { background: rgba(230, 126, 34, 0.22); border-radius: 4px; }")
        self.missing_button = QPushButton(self.tr("Set them…"))
        self.missing_button.clicked.connect(lambda: self.ask_for_missing())
        bar.addWidget(self.missing_label, 1)
        bar.addWidget(self.missing_button)
        layout.addWidget(self.missing_bar)

        brand = QGroupBox(self.tr("Plan and brand"))
        form = QFormLayout(brand)
        self.title = QLineEdit()
        self.target = QLineEdit()
        self.category = QComboBox()
        for key, preset in categories().items():
            self.category.addItem(data_text(preset.label), key)
        rates = lambda: dict(self.document.plan.market.exchange_rates)  # noqa: E731
        self.population = _spin(maximum=2e9, step=100_000)
        self.aov = _spin(prefix="¥", decimals=2, maximum=1e7, step=10, kind=MONEY, rates=rates)
        self.margin = _spin(suffix=" %", decimals=1, maximum=100, step=1, kind=SHARE)
        self.agency = _spin(suffix=" %", decimals=1, maximum=100, step=0.5, kind=SHARE)
        self.frequency = QSpinBox()
        self.frequency.setRange(1, 20)
        self.frequency.setKeyboardTracking(False)
        # the labels also name the undoable edits ("Edit Gross margin")
        self.field_labels = {"title": self.tr("Plan title"), "target": self.tr("Target group"),
                             "category": self.tr("Category"),
                             "target_population": self.tr("Target population"),
                             "aov": self.tr("Average order value"), "gross_margin": self.tr("Gross margin"),
                             "agency_fee": self.tr("Agency fee"),
                             "effective_frequency": self.tr("Effective frequency"), "currency": self.tr("Currency")}
        for field, widget in (("title", self.title), ("target", self.target), ("category", self.category),
                              ("target_population", self.population),
                              ("aov", self.aov), ("gross_margin", self.margin), ("agency_fee", self.agency),
                              ("effective_frequency", self.frequency)):
            form.addRow(self.field_labels[field], widget)
        self.category.setToolTip(self.tr("What the brand sells: sets the order value at which conversion rates hold, "
                                         "how conversion falls with price, and the return rates (Assumptions tab)"))
        self.population.setToolTip(self.tr("People in the target group"))
        self.aov.setToolTip(self.tr("The brand's own average order value, in CNY: required, no default"))
        self.margin.setToolTip(self.tr("The brand's own gross margin: required, no default"))
        self.frequency.setToolTip(self.tr("Exposures that count as effective (3+ by convention)"))
        layout.addWidget(brand)

        money = QGroupBox(self.field_labels["currency"])
        form = QFormLayout(money)
        self.currency = QComboBox()
        for code in CURRENCIES:
            self.currency.addItem(f"{SYMBOLS[code]} {code}", code)
        self.currency.setToolTip(self.tr("Money is planned in CNY; this only changes how it is shown"))
        form.addRow(self.tr("Show money in"), self.currency)
        self.rates = {}
        for code in CURRENCIES[1:]:
            box = _spin(prefix="¥", decimals=4, maximum=1000, step=0.05)
            box.rejected.connect(self.editRejected)
            box.setToolTip(self.tr("CNY per 1 {0}").format(code))
            form.addRow(self.tr("1 {0} =").format(code), box)
            self.rates[code] = box
            box.valueChanged.connect(lambda value, c=code: self._commit_rate(c, value))
        layout.addWidget(money)

        self.channels_box = QGroupBox(self.tr("Channel penetration (share of the target group using each)"))
        self.channels_form = QFormLayout(self.channels_box)
        self.penetration: dict[str, QDoubleSpinBox] = {}
        layout.addWidget(self.channels_box)
        self.note = QLabel(self.tr("Penetration is an assumption row (Channel, All, penetration): its source and "
                                   "grade are on the Assumptions tab."))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.setWidget(body)

        for box in (self.population, self.aov, self.margin, self.agency):
            box.rejected.connect(self.editRejected)
        self.title.editingFinished.connect(lambda: self.commit("title", self.title.text()))
        self.target.editingFinished.connect(lambda: self.commit("target", self.target.text()))
        self.category.currentIndexChanged.connect(lambda _: self.commit("category", self.category.currentData()))
        self.population.valueChanged.connect(lambda v: self.commit("target_population", v))
        self.aov.valueChanged.connect(lambda v: self.commit("aov", v if v > 0 else None))
        self.margin.valueChanged.connect(lambda v: self.commit("gross_margin", v / 100))
        self.agency.valueChanged.connect(lambda v: self.commit("agency_fee", v / 100))
        self.frequency.valueChanged.connect(lambda v: self.commit("effective_frequency", v))
        self.currency.currentIndexChanged.connect(lambda _: self.commit("currency", self.currency.currentData()))
        document.changed.connect(self._changed)
        self.refresh()

    def _changed(self, change: Change):
        if change.kind in ("market", "assumptions", "assumption_rows", "reset"):
            self.refresh()

    def _set(self, widget, value):
        widget.blockSignals(True)
        if isinstance(widget, QLineEdit):
            widget.setText(value or "")
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))
        else:
            widget.setValue(value)
        widget.blockSignals(False)

    def missing(self) -> list[str]:
        """The brand figures the plan lacks (GMV, ROAS and ROI need all three)."""
        m = self.document.plan.market
        return [field for field in NEEDS if not getattr(m, field)]

    def ask_for_missing(self, source: str = "") -> bool:
        """Ask for the missing brand figures (pre-filled with category defaults, marked so); True if set."""
        missing = self.missing()
        if not missing:
            return False
        values = ask_for_market(self.window(), self.document.plan, missing, source)
        if values is None:
            return False
        try:
            new = edits.set_market_fields(self.document.plan, values)
        except edits.EditError as error:
            self.editRejected.emit(str(error))
            return False
        self.document.edit(self.tr("Set the brand's figures"), new, Change("market"))
        return True

    def refresh(self):
        plan = self.document.plan
        m = plan.market
        missing = self.missing()
        names = {"target_population": self.tr("target group size"), "aov": self.tr("average order value"),
                 "gross_margin": self.tr("gross margin")}
        self.missing_bar.setVisible(bool(missing))
        listed = [names[f] for f in missing]
        listed = "" if not listed else listed[0] if len(listed) == 1 else \
            self.tr("{0} and {1}").format(*listed) if len(listed) == 2 else self.tr("{0}, {1} and {2}").format(*listed)
        self.missing_label.setText(self.tr("Missing: {0}. GMV, ROAS and ROI are shown once they are set.").format(
            listed) if missing else "")
        for field, widget in (("target_population", self.population), ("aov", self.aov),
                              ("gross_margin", self.margin)):  # the missing figure's box says it is missing
            widget.setSpecialValueText(self.tr("missing") if field in missing else "")
        self._set(self.title, plan.title)
        self._set(self.target, m.target)
        self._set(self.category, m.category)
        self._set(self.population, m.target_population)
        self._set(self.aov, m.aov or 0.0)
        self._set(self.margin, (m.gross_margin or 0.0) * 100)
        self._set(self.agency, m.agency_fee * 100)
        self._set(self.frequency, m.effective_frequency)
        self._set(self.currency, m.currency)
        for code, box in self.rates.items():
            self._set(box, m.exchange_rates.get(code, 0.0))
        channels = [c for c in plan.channels if plan.assumptions.exact(c, ANY, "penetration") is not None]
        if list(self.penetration) != channels:
            while self.channels_form.rowCount():
                self.channels_form.removeRow(0)
            self.penetration = {}
            for channel in channels:
                box = _spin(suffix=" %", decimals=1, maximum=100, step=1, kind=SHARE)
                box.valueChanged.connect(lambda v, c=channel: self._commit_penetration(c, v))
                box.rejected.connect(self.editRejected)
                self.channels_form.addRow(channel_text(channel), box)
                self.penetration[channel] = box
        for channel, box in self.penetration.items():
            row = plan.assumptions.exact(channel, ANY, "penetration")
            self._set(box, row.value * 100)
            audience = row.value * m.target_population
            box.setToolTip(self.tr("{0} people; {1} ({2}): {3}").format(
                default_locale().toString(float(audience), "f", 0), row.grade, row.year or "", row.source))

    def commit(self, field: str, value):
        """One undoable edit of a market field (the currency menu uses it too)."""
        plan = self.document.plan
        try:
            new = edits.set_market_field(plan, field, value)
        except edits.EditError as error:
            self.editRejected.emit(str(error))
            self.refresh()
            return
        if new != plan:
            label = self.field_labels.get(field, field.replace("_", " "))
            # a category brings its preset's assumption rows: the Assumptions tab follows
            self.document.edit(self.tr("Edit {0}").format(label), new,
                               Change("reset" if field == "category" else "market"))

    def _commit_rate(self, code: str, value: float):
        if value <= 0:
            return
        new = edits.set_exchange_rate(self.document.plan, code, value)
        if new != self.document.plan:
            self.document.edit(self.tr("Edit exchange rate {0}").format(code), new, Change("market"))

    def _commit_penetration(self, channel: str, percent: float):
        new = edits.set_penetration(self.document.plan, channel, percent / 100)
        if new != self.document.plan:
            self.document.edit(self.tr("Edit penetration of {0}").format(channel_text(channel)), new,
                               Change("assumptions"))
