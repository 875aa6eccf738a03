"""Test set-up: Qt offscreen before anything imports it, and helpers shared by the tests."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from core.benchmarks import sample_plan as _sample_plan  # noqa: E402


@pytest.fixture
def sample_plan():
    return _sample_plan()
