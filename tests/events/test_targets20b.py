"""Round 20b (targets20b): an onlooker of an act is no party to it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import countries, dyads_on

dyads = dyads_on("2024-05-10")


@pytest.mark.parametrize("text, a, b, onlooker", [
    # the subject of an absolute "with" clause of watching, or a "with" phrase that says its name is only
    # there, watches the act: the parties act on each other, not on the onlooker
    ("Ethiopia and Eritrea signed a peace agreement in Algiers on Tuesday, with UN Secretary-General Kofi Annan "
     "looking on.", "ETH", "ERI", "IGO"),
    ("Serbia and Kosovo signed a trade deal in Washington, with U.S. President Donald Trump in attendance.",
     "SRB", "KSV", "USA"),
    ("Israel and the UAE signed a normalisation accord at the White House, with Trump watching.", "ISR", "ARE", "USA"),
    ("Armenia and Azerbaijan signed a border accord in Tbilisi, with the Georgian prime minister, who hosted the "
     "talks, looking on.", "ARM", "AZE", "GEO"),
])
def test_an_onlooker_of_a_signing_is_no_party_to_it(coder, text, a, b, onlooker):
    found = countries(dyads(coder, text))
    assert (a, b, "05") in found and (b, a, "05") in found
    assert not any(t == onlooker for _, t, _ in found)


def test_a_with_partner_that_does_something_else_stays_a_partner(coder):
    # "with protesters watching the match": the protesters are the partner of the clash, not onlookers of it
    found = countries(dyads(coder, "Police clashed with protesters watching the match in Nairobi."))
    assert any(t == "KEN" for _, t, _ in found)
