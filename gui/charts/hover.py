"""A hover label that floats in the chart's scene beside the mouse, flipped to stay on screen.

Inside a plot, a label is clipped by the plot's view box: a long label near an edge loses half its text. In the
scene it is clipped by nothing, and it is kept within the visible area.
"""
from __future__ import annotations

import pyqtgraph as pg

GAP = 14  # pixels between the mouse and the label


class HoverLabel(pg.TextItem):
    def __init__(self, view: pg.GraphicsView):
        super().__init__(anchor=(0, 0), fill=pg.mkBrush(0, 0, 0, 200), color="w")
        self.view = view
        self.setZValue(1000)
        view.scene().addItem(self)
        self.hide()

    def show_at(self, scene_position, text: str):
        self.setText(text)
        box = self.textItem.boundingRect()
        area = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        x, y = scene_position.x() + GAP, scene_position.y() + GAP
        if x + box.width() > area.right():
            x = scene_position.x() - GAP - box.width()
        if y + box.height() > area.bottom():
            y = scene_position.y() - GAP - box.height()
        self.setPos(max(area.left(), x), max(area.top(), y))
        self.show()
