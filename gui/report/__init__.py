"""The report in the app: its language (Qt's translations, the locale's numbers), the PDF drawn with QPainter,
File › Export report… and File › Print…, and the `report` command. The content comes from core/report."""
