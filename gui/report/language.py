"""A report's language, independent of the app's: the report can be written in Chinese from an app shown in
Italian. Its Qt translation is loaded but not installed (installing would retranslate the whole app), and numbers
and dates follow the language's locale, as the app's own formatter does when the app is in that language."""
from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QTranslator

from market_entry_planner.core.paths import resource
from market_entry_planner.gui.format import Formatter
from market_entry_planner.gui.i18n import LANGUAGES
from market_entry_planner.gui.models.flighting import month_text

LOCALES = {"en": (QLocale.English, QLocale.UnitedStates), "it": (QLocale.Italian, QLocale.Italy),
           "zh_CN": (QLocale.Chinese, QLocale.China)}
_LONG_DATES = {"en": "MMMM d, yyyy", "it": "d MMMM yyyy", "zh_CN": "yyyy年M月d日"}
# the report's font, first found wins; Qt falls back per character where one lacks a glyph. Chinese first takes a
# CJK font for Latin text too, so a line of mixed text has one look.
FONTS = {"zh_CN": ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Noto Sans",
                   "DejaVu Sans", "Arial"),
         "latin": ("Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans")}


class ReportFormatter(Formatter):
    """The app's formatter in the report's locale, with the month and long-date names the report needs."""

    def __init__(self, currency: str, rate: float, locale: QLocale, language: str):
        super().__init__(currency, rate, locale)
        self.language = language

    def month(self, value, year: bool = True) -> str:
        return month_text(value, year, self.locale)

    def long_date(self, value) -> str:
        return self.locale.toString(QDate(value.year, value.month, value.day), _LONG_DATES[self.language])

    def number(self, value: float, decimals: int) -> str:
        return self._number(value, decimals)


class ReportLanguage:
    def __init__(self, code: str, currency: str = "CNY", rate: float = 1.0):
        if code not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {code!r}")
        self.code = code
        self.locale = QLocale(*LOCALES[code])
        self.translator = QTranslator()
        self.loaded = self.translator.load(str(resource("translations", f"mep_{code}.qm")))
        self.formatter = ReportFormatter(currency, rate, self.locale, code)

    @classmethod
    def for_plan(cls, code: str, plan) -> "ReportLanguage":
        """In the currency the plan is shown in (its Market sheet), at its exchange rate."""
        market = plan.market
        rate = 1.0 if market.currency == "CNY" else market.exchange_rates.get(market.currency, 0.0)
        return cls(code, market.currency, rate)

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """`text` in this language (the source text where it has no translation), %n filled in."""
        found = self.translator.translate(context, text, disambiguation, n) if self.loaded else ""
        found = found or text
        if n >= 0:
            if found == text and "(s)" in found:  # an English plural without its .qm entry
                found = found.replace("(s)", "" if n == 1 else "s")
            found = found.replace("%n", self.locale.toString(n))
        return found

    @property
    def fonts(self) -> tuple[str, ...]:
        return FONTS["zh_CN" if self.code == "zh_CN" else "latin"]
