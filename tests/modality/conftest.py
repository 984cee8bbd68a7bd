"""One Coder for the factuality tests of this folder."""

from __future__ import annotations

import pytest

from foedus.coder.pipeline import Coder


@pytest.fixture(scope="module")
def coder(nlp):
    return Coder(nlp)
