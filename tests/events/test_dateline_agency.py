"""The news agency a dateline credits ("KYIV, June 3 (Reuters) - ") filed the story: it is no actor of the story and no
country the article is about, so it places no unplaced troops, police or civilians. Our own sentences."""

import pytest

from foedus.coder import places
from gold_helpers import has_coded, triples


def test_the_agency_span_of_a_dateline():
    text = "KANO, Feb 3 (Reuters) - Soldiers fired on a crowd."
    start, end = places.dateline_agency(text)
    assert text[start:end].strip() == "(Reuters)"
    assert places.dateline_agency("Soldiers fired on a crowd, Reuters reported.") is None
    assert places.dateline_agency("KANO, Feb 3 - Soldiers fired on a crowd.") is None


@pytest.mark.parametrize("text, date, source, target", [
    # with the agency counted, "troops" and "police" took the agency's country (GBR, USA, FRA)
    ("MAIDUGURI, Aug 12 (Reuters) - Army troops recaptured Bama from the insurgents after two days of fighting.",
     "2015-08-12", "NGAMIL", "NGA"),
    ("HUE, June 2 (AP) - Police fired tear gas at students marching to the provincial office.",
     "1966-06-02", "VNMCOP", "VNM"),
    ("GAO, March 9 (AFP) - Soldiers detained a dozen traders at a checkpoint on the river road.",
     "2014-03-09", "MLIMIL", "MLI"),
])
def test_a_dateline_agency_places_no_actor(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "1", source, target), t
    assert not any(c in (s or "") + (tg or "") for s, tg, _, _ in t for c in ("GBR", "USA", "FRA")), t


def test_an_agency_named_in_the_story_is_kept(coder):
    # outside the dateline the agency is a party like any other ("expelled a Reuters correspondent")
    t = triples(coder, "Moscow expelled a Reuters correspondent over a report on troop movements.", date="2022-03-01")
    assert has_coded(t, "174", "RUS", "GBR"), t
