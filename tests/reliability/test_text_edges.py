"""Texts cut anywhere, shouted or flattened never raise inside the coder. Each prefix of a sentence ends the
document at a different word, which is where look-ahead code (``token.nbor(1)``, "the next word") breaks:
a headline cut after "was shot" raised IndexError once, a distance "200 kilometres away" read as a particle
raised ValueError. Our own sentences; the assertion is that coding returns a result for every variant."""

from __future__ import annotations

import pytest

import foedus

SENTENCES = [
    "Former prime minister Ahmed Karimi was shot dead while giving a speech in the capital, police said.",
    "Government troops shelled villages along the river on Sunday, more than 200 kilometres away.",
    "Rebels pushed the army back from the port and seized two bridges, according to local officials.",
    "The foreign minister said his country would not send troops if the talks failed.",
    "Protesters set fire to the ruling party's office after police fired tear gas at the crowd.",
    "The president called off the visit and accused the neighbouring government of backing the insurgents.",
    "Two soldiers were killed and three wounded when their vehicle hit a roadside bomb near the border.",
    "The Security Council imposed an arms embargo on the junta, which denied attacking civilians.",
]


def variants(text: str) -> list[str]:
    words = text.split()
    out = [" ".join(words[:n]) for n in range(1, len(words) + 1)]   # cut after every word
    out += [text.upper(), text.lower(), "".join(c for c in text if c.isalnum() or c.isspace())]
    return out


@pytest.mark.parametrize("text", SENTENCES)
def test_every_cut_and_case_of_a_sentence_codes_without_error(text):
    for v in variants(text):
        result = foedus.code_text(v, date="2024-05-01")
        assert result.events is not None, v
