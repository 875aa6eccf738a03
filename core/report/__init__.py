"""The plan as a report for the meeting where it is decided: its content as plain data in the reader's language
(builder.py, content.py) and the PowerPoint writer (pptx_writer.py). The PDF is drawn by the app (gui/report/),
from the same content."""
