"""data/lexicon/modality_cues.yaml: the refusal table names real CAMEO codes, each a 12x rejection of
an act of cooperation, and the words the factuality rules read are where they say."""

from __future__ import annotations

from foedus import lexicon, taxonomy
from foedus.coder import modality


def test_refusal_codes_map_acts_of_cooperation_to_rejections():
    table = lexicon.load("modality_cues").refusal_codes
    for act, refusal in table.items():
        assert taxonomy.is_valid(act) and taxonomy.is_valid(refusal), (act, refusal)
        assert refusal.startswith("12") and act[:2] in {"03", "04", "05", "06", "07", "08"}, (act, refusal)
    assert modality.refusal_code("0841") == "1243"     # longest prefix: 084
    assert modality.refusal_code("062") == "1212"
    assert modality.refusal_code("190") is None        # "will not attack" refuses nothing
    assert modality.refusal_code("072") is None        # "will not send missiles": a negated intent (0332)


def test_no_is_a_word_not_a_boolean():
    words = lexicon.load("modality_cues")
    assert "no" in words.negative_determiners and "without" in words.negating_prepositions
