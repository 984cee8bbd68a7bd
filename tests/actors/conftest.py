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
