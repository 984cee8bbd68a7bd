"""Fixtures shared by the actor tests: the packaged actor dictionary and a matcher over the shared parser."""

from __future__ import annotations

import pytest

from foedus.coder.actors import ActorDictionary, ActorMatcher


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary.default()


@pytest.fixture(scope="module")
def matcher(nlp) -> ActorMatcher:
    return ActorMatcher(nlp)


@pytest.fixture(scope="module")
def coder(nlp):
    """One whole-pipeline coder per module, for tests that code sentences."""
    from foedus.coder.pipeline import Coder

    return Coder(nlp)
