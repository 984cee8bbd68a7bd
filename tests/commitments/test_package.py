"""The commitments package (issue 12): one wing per concept, public names from ``foedus.commitments``."""
from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import foedus.commitments as commitments
from foedus.commitments import clauses, policies, rules, scenario, treaties


def test_every_public_name_resolves_to_its_wing():
    for name in commitments.__all__:
        assert getattr(commitments, name) is not None, name
    assert commitments.load_registry is treaties.load
    assert commitments.extract is clauses.extract
    assert commitments.detect_policies is policies.detect
    assert commitments.run_scenario is scenario.run
    assert commitments.flag_event is rules.flag_event
    assert commitments.Registry is treaties.Registry


def test_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        commitments.nope  # noqa: B018


@pytest.mark.parametrize("old", ["treaties", "policies", "scenario", "rules"])
def test_no_modules_left_at_the_old_paths(old):
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module(f"foedus.{old}")
    assert hasattr(commitments, "__path__")  # foedus.commitments is the package, not the old module


def test_importing_the_package_loads_no_wing():
    code = ("import sys, foedus.commitments; "
            "print(sorted(m for m in sys.modules if m.startswith('foedus.commitments.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
