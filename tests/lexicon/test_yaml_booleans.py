"""(nouns20) A bare on/off/yes/no in a YAML word list is read as a boolean, and the word never matches ("set off",
"went off", "warships off the coast" were lost so): every word of the event word lists is a string."""

from __future__ import annotations

import glob
import os

import yaml

import foedus

DATA = os.path.join(os.path.dirname(foedus.__file__), "data")


def _booleans(x, path):
    if isinstance(x, bool):
        yield path
    elif isinstance(x, dict):
        for k, v in x.items():
            yield from _booleans(k, f"{path} key")
            yield from _booleans(v, f"{path}.{k}")
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from _booleans(v, f"{path}[{i}]")


def test_no_word_list_holds_a_boolean():
    files = glob.glob(os.path.join(DATA, "events", "*.yaml")) + glob.glob(os.path.join(DATA, "lexicon", "*.yaml"))
    assert files
    found = [p for f in files for p in _booleans(yaml.safe_load(open(f, encoding="utf-8")), os.path.basename(f))]
    assert not found, found
