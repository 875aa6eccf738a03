"""The QApplication (settings, language, theme) and the main window on a plan: shared by the app and its
self-test."""
from __future__ import annotations


def make_application(argv=(), language: str | None = None):
    from PySide6.QtWidgets import QApplication

    from market_entry_planner.gui import i18n
    from market_entry_planner.gui.settings import Settings, configure_application
    from market_entry_planner.gui.theme import apply_scheme, follow_system

    app = QApplication.instance() or QApplication(["market-entry-planner", *argv])
    configure_application(app)
    settings = Settings()
    i18n.install(app, language or str(settings.value("view/language", i18n.SYSTEM)))
    apply_scheme(app, str(settings.value("view/theme", "system")))
    follow_system(app, lambda: str(Settings().value("view/theme", "system")))
    return app


def make_window(plan_path: str | None = None):
    from market_entry_planner.core.sample import sample_plan
    from market_entry_planner.gui.document import PlanDocument
    from market_entry_planner.gui.window.main_window import MainWindow

    document = PlanDocument(sample_plan())
    window = MainWindow(document)
    if plan_path:
        window.open_path(plan_path)
    return window
