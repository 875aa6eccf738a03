"""Where the bundled resources are: beside core/ in a checkout, an installed wheel or a PyInstaller bundle."""
from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
