"""A broken treaty registry is an explicit, numbered error, never a silent "no registry match" (issue 12).

Before, clauses.py swallowed any error from loading the registry: with a broken $FOEDUS_TREATIES
every clause came out with ``treaty: null`` and nobody was told. Now loading raises E501/E502
naming the file and the problem, and ``foedus.commitments.check()`` raises it at start-up.
"""

from __future__ import annotations

import pytest

from foedus import commitments
from foedus.commitments import clauses, policies
from foedus.errors import DataError, InputError

BROKEN = """treaties:
  - id: broken_pact
    name: A pact without parties, clauses or sources
    status: in_force
    in_force: 2001-01-01
"""


@pytest.fixture
def broken(tmp_path, monkeypatch):
    path = tmp_path / "my_treaties.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    monkeypatch.setenv("FOEDUS_TREATIES", str(path))
    return path


def _assert_names_file_and_problem(exc, path):
    msg = str(exc)
    assert msg.startswith("[E501] Treaty registry ")
    assert str(path) in msg
    assert "treaty 'broken_pact', field parties: Field required" in msg


def test_the_packaged_registry_matches_the_example_clause(example_doc, example_mentions, monkeypatch):
    monkeypatch.delenv("FOEDUS_TREATIES", raising=False)
    [found] = clauses.extract(example_doc, example_mentions, "2024-06-20")
    assert found.treaty == "russia_dprk_2024" and found.agrees_with_registry is True


def test_a_broken_registry_stops_clause_extraction(example_doc, example_mentions, broken):
    with pytest.raises(DataError) as info:
        clauses.extract(example_doc, example_mentions, "2024-06-20")
    _assert_names_file_and_problem(info.value, broken)


def test_a_broken_registry_stops_policy_detection(example_doc, example_mentions, broken):
    with pytest.raises(DataError) as info:
        policies.detect(example_doc, example_mentions, "2024-06-20")
    _assert_names_file_and_problem(info.value, broken)


def test_a_missing_registry_file_is_named(example_doc, example_mentions, tmp_path, monkeypatch):
    missing = tmp_path / "nowhere.yaml"
    monkeypatch.setenv("FOEDUS_TREATIES", str(missing))
    with pytest.raises(InputError) as info:
        clauses.extract(example_doc, example_mentions, "2024-06-20")
    assert str(info.value) == f"[E502] Treaty registry {missing} cannot be read: the file does not exist. " \
                              "Give a readable YAML file with a top-level \"treaties:\" list."


def test_check_fails_at_start_up_on_a_broken_registry(broken):
    with pytest.raises(DataError) as info:
        commitments.check()
    _assert_names_file_and_problem(info.value, broken)


def test_check_returns_the_registry_coding_uses(monkeypatch):
    monkeypatch.delenv("FOEDUS_TREATIES", raising=False)
    registry = commitments.check()
    assert registry.get("russia_dprk_2024").name
    assert registry.path.endswith("treaties/treaties.yaml")


def test_a_broken_registry_stops_the_coder_before_the_first_article(nlp, broken):
    """A feed run unattended learns at start-up, once, that its registry is broken."""
    from foedus.errors import DataError
    from foedus.coder.pipeline import Coder

    with pytest.raises(DataError) as info:
        Coder(nlp)
    assert "[E501] Treaty registry" in str(info.value) and str(broken) in str(info.value)
