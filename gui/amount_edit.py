"""Boxes that read money, counts and shares as people type them: 1.2m, 30万, €120k, 1.234,50, 12% (core.amounts).

A QDoubleSpinBox alone reads "1.2m" as 1 and "500k" as 500. AmountSpinBox lets any text be typed and reads it with
the one amount parser of the app, the workbook and the command line; a text that is not an amount ("1.2.3", a date,
"10%" as money) is refused with a message, never guessed. Money without a currency is in the box's currency (the
display currency); "€120k" or "¥30万" convert at the plan's exchange rates.
"""
from __future__ import annotations

from typing import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

from market_entry_planner.core.amounts import AmountError, read_amount, to_cny
from market_entry_planner.core.parameters import COUNT, MONEY, SHARE


def amount_message(error: AmountError) -> str:
    """Why a typed text is not an amount, in the app's language."""
    translate = QCoreApplication.translate
    messages = {
        "malformed": translate("Amounts", "'{0}' is not an amount: write it like 1,234,567.89, 1.234.567,89, 1.2m or "
                                          "30万"),
        "date": translate("Amounts", "'{0}' is a date, not an amount"),
        "percent_not_allowed": translate("Amounts", "'{0}' is a percentage; an amount is expected here"),
        "currency_not_allowed": translate("Amounts", "'{0}' is money; a number is expected here"),
        "scale_not_allowed": translate("Amounts", "'{0}' has a scale (k, m, 万); a plain number is expected here"),
        "too_many_digits": translate("Amounts", "'{0}' has too many digits to be a figure"),
        "not_finite": translate("Amounts", "'{0}' is not a finite number"),
        "ambiguous": translate("Amounts", "'{0}' can be read two ways: write it without the separator, or with two "
                                          "decimals"),
        "no_rate": translate("Amounts", "'{0}' is in {1}, but the plan has no {1} exchange rate: set it on the Market "
                                        "tab"),
        "too_large": translate("Amounts", "'{0}' is more than a plan can hold"),
        "negative": translate("Amounts", "'{0}' is negative"),
        "boolean": translate("Amounts", "'{0}' is not an amount"),
        "error_value": translate("Amounts", "'{0}' is a spreadsheet error, not an amount"),
        "two_currencies": translate("Amounts", "'{0}' names two currencies"),
    }
    message = messages.get(error.code)
    if message is None:
        return str(error)
    return message.format(error.text, error.details.get("currency", ""))


def typed_value(text: str, kind: str = MONEY, currency: str = "CNY", rates: Mapping[str, float] | None = None):
    """A typed text as a figure: money in yuan (a bare amount is in `currency`), a share in percentage points, a
    count as written. None for an empty text; AmountError for anything else that is not one."""
    amount = read_amount(text, kind)
    if amount is None:
        return None
    if kind == MONEY:
        return to_cny(amount, rates or {}, default=currency)
    return amount.value


class AmountSpinBox(QDoubleSpinBox):
    """A spin box whose text is read by core.amounts. Its value is in its currency (the display currency) for
    money, in percentage points for a share (kind SHARE, with a % suffix), as written for a count.

    rejected(message): the text typed when editing finished is not an amount (or is out of range); the box goes back
    to its value. In a table, the delegate hands what was typed (last_typed) to the model, which says why."""

    rejected = Signal(str)

    def __init__(self, kind: str = MONEY, currency: Callable[[], str] = lambda: "CNY",
                 rates: Callable[[], Mapping[str, float]] = dict, parent=None):
        super().__init__(parent)
        self.kind, self._currency, self._rates = kind, currency, rates
        self.setGroupSeparatorShown(True)
        self.setKeyboardTracking(False)  # the value changes when the edit is done, not with "1.2" of "1.2.3"
        # what the user last typed: Qt puts the value back over a text it cannot read (a table's delegate even
        # before the box sees Enter), and the app must still say why that text was refused
        self.edited_text: str | None = None
        self._said: str | None = None  # the refused text already said (Enter, then focus out: once)
        self.lineEdit().textEdited.connect(self._edited)

    def set_context(self, currency: Callable[[], str], rates: Callable[[], Mapping[str, float]]):
        self._currency, self._rates = currency, rates

    def typed_text(self) -> str:
        """What was typed, without the box's prefix and suffix."""
        return self._strip(self.lineEdit().text())

    def _edited(self, text: str):
        self.edited_text, self._said = self._strip(text), None

    def last_typed(self) -> str:
        """The text the user last typed, even if Qt has since shown the value again over it."""
        return self.edited_text if self.edited_text is not None else self.typed_text()

    def typed(self):
        """The typed figure: yuan for money (converted from the currency typed or the box's), percentage points for a
        share, the count for a count. None when empty; AmountError when not an amount."""
        text = self.typed_text()
        if self.kind == SHARE and text and not text.endswith("%"):
            text += "%"  # the box is in percentage points: 12 is 12%
        return typed_value(text, self.kind, self._currency(), self._rates())

    def _shown(self, text: str) -> float:
        """A typed text as a value of this box (in its currency, or points)."""
        value = typed_value(text, self.kind, self._currency(), self._rates()) if self.kind != SHARE else \
            read_amount(text if text.endswith("%") else text + "%", SHARE).value
        if value is None:
            raise AmountError("malformed", "empty", text)
        if self.kind == MONEY and self._currency() != "CNY":
            rate = self._rates().get(self._currency())
            value = value / rate if rate else value
        return value

    # -- QAbstractSpinBox: any text may be typed; it is read when editing finishes
    def validate(self, text: str, position: int):
        body = self._strip(text)
        if not body:
            return QValidator.State.Intermediate, text, position
        try:
            value = self._shown(body)
        except AmountError:
            return QValidator.State.Intermediate, text, position
        state = QValidator.State.Acceptable if self.minimum() <= value <= self.maximum() else \
            QValidator.State.Intermediate
        return state, text, position

    def valueFromText(self, text: str) -> float:
        try:
            return self._shown(self._strip(text))
        except AmountError:
            return self.value()

    def fixup(self, text: str) -> str:
        return text

    def textFromValue(self, value: float) -> str:
        """The value in the box's locale, without trailing zero decimals: 80% (not 80.0000, which an Italian reads
        as eighty thousand), ¥250,000, 1.25."""
        locale = self.locale()
        if locale.language() == QLocale.C:  # the bare C locale has no thousands separators: read as English
            locale = QLocale(QLocale.English, QLocale.UnitedStates)
        if not self.isGroupSeparatorShown():
            locale.setNumberOptions(locale.numberOptions() | locale.NumberOption.OmitGroupSeparator)
        text = locale.toString(float(value), "f", self.decimals())
        point = locale.decimalPoint()
        if self.decimals() and point in text:
            text = text.rstrip("0").removesuffix(point)
        return text

    def _strip(self, text: str) -> str:
        prefix, suffix = self.prefix(), self.suffix()
        if prefix and text.startswith(prefix):
            text = text[len(prefix):]
        if suffix and text.endswith(suffix):
            text = text[: -len(suffix)]
        return text.strip()

    # -- a text that is not an amount is said, before Qt quietly puts the old value back
    def keyPressEvent(self, event):
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self._refuse_unreadable()
        super().keyPressEvent(event)

    def focusOutEvent(self, event):
        self._refuse_unreadable()
        super().focusOutEvent(event)

    def _refuse_unreadable(self):
        """Say why the typed text is not an amount (or is out of range); Qt then shows the value again."""
        body = self.last_typed()
        special = self.specialValueText()
        if not body or body == self._said or body == self._strip(self.textFromValue(self.value())) or (
                special and body == special):
            return
        self._said = body
        try:
            value = self._shown(body)
        except AmountError as error:
            self.rejected.emit(amount_message(error))
            return
        if not self.minimum() <= value <= self.maximum():
            self.rejected.emit(QCoreApplication.translate("Amounts", "'{0}' is outside {1} – {2}").format(
                body, self.textFromValue(self.minimum()), self.textFromValue(self.maximum())))


KIND_OF_EDITOR = {"money": MONEY, "cny": MONEY, "percent": SHARE, "number": COUNT, "ratio": COUNT}
