"""Helpers for the commitments tests: actor mentions built by hand from surface strings.

foedus.coder.actors finds mentions in real use; these tests pin the input so they test only the
commitment and policy rules (the pipeline test runs the real matcher).
"""

from __future__ import annotations


import pytest



from hand_mentions import HandMention, mentions_for, EXAMPLE_ACTORS  # noqa: E402,F401


@pytest.fixture(scope="session")
def example_doc(nlp, example_text):
    return nlp(example_text)


@pytest.fixture(scope="session")
def example_mentions(example_doc):
    return mentions_for(example_doc, EXAMPLE_ACTORS)
