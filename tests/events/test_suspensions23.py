"""Things suspended and firms listed (session 23, miss1610): cooperation suspended reduces relations (160); a treaty
or a pact suspended breaks them (161); a mediation suspended is halted (165); a firm added to the US entity list or
a sanctions list is sanctioned (163). Our own sentences, with sentences where the same words mean something else."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    ("Turkey suspended its cooperation with Interpol on Tuesday.", "160", "TUR", "IGO"),
    ("Niger's junta froze security cooperation with France.", "160", "NER", "FRA"),
    ("Armenia suspended a defence pact with Russia.", "161", "ARM", "RUS"),
    ("Russia suspended the New START treaty with the United States.", "161", "RUS", "USA"),
    ("Egypt suspended its mediation between Israel and Hamas.", "165", "EGY", None),
    ("The U.S. Commerce Department added six Chinese chipmakers to its entity list.", "163", "USA", "CHN"),
    ("Britain added three Iranian banks to its sanctions list.", "163", "GBR", "IRN"),
])
def test_suspensions_and_listings(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, absent", [
    ("The committee added a new item to its agenda list.", "16"),
    ("The league suspended the player for breaching its code.", "16"),
    ("She added the book to her reading list.", "16"),
])
def test_other_uses_are_not_coded_so(coder, text, absent):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, absent, modality=None), t
