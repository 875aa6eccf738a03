"""Helpers for GUI tests: a real main window on the sample plan, and mouse drags pyqtgraph understands."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication


def make_window(qtbot, plan=None):
    from market_entry_planner.core.sample import sample_plan
    from market_entry_planner.gui.document import PlanDocument
    from market_entry_planner.gui.settings import Settings
    from market_entry_planner.gui.theme import apply_scheme
    from market_entry_planner.gui.window.main_window import MainWindow

    apply_scheme(QApplication.instance(), "light")
    window = MainWindow(PlanDocument(plan or sample_plan()), Settings())
    # not qtbot.addWidget: pytest-qt would close it before our fixture marks it saved (and a prompt would open)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def close_without_prompt(window):
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()


def _send(widget, kind, position: QPointF, button, buttons):
    event = QMouseEvent(kind, position, widget.mapToGlobal(position), button, buttons, Qt.NoModifier)
    QApplication.sendEvent(widget, event)


def drag(view, start: QPointF, end: QPointF, steps: int = 8):
    """Press, move in steps with the left button held, release: a real drag for a QGraphicsView."""
    viewport = view.viewport()
    _send(viewport, QEvent.MouseButtonPress, start, Qt.LeftButton, Qt.LeftButton)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        _send(viewport, QEvent.MouseMove, point, Qt.NoButton, Qt.LeftButton)
        QApplication.processEvents()
    _send(viewport, QEvent.MouseButtonRelease, end, Qt.LeftButton, Qt.NoButton)
    QApplication.processEvents()


def item_position(view, item) -> QPointF:
    """Where a plot item (at data coordinates item.pos()) is, in the view's viewport coordinates."""
    view.grab()  # pyqtgraph updates a ViewBox's transform when it paints
    view_box = item.getViewBox()
    return QPointF(view.mapFromScene(view_box.mapViewToScene(item.pos())))
