"""Shared by the event tests: one Coder per module."""

from __future__ import annotations

import pytest

from foedus.coder.pipeline import Coder


@pytest.fixture(scope="module")
def coder(nlp):
    return Coder(nlp)
