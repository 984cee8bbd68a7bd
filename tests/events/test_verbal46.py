"""(verbal46) Verbal conflict the coder missed. Defiance and rebuffs told in a participle aside ("..., defying a ruling
of the supreme court", "..., spurning an offer from Brussels") are acts of their own (12x), as rejections are; so are
charges and complaints ("..., alleging fraud", "..., complaining that ..."). A new clause's subject the parser joined to
the clause before (", and U.S. envoy William Walker accused ...") is still its verb's subject. A coup, a threat or
retaliation named by a labelling verb is criticism; a label inside a demand ("demanded a halt to what it called an
aggression") criticises the doer of the act it names. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source"), [
    ("Bolivia's government extradited the former minister to Argentina, defying a ruling of the Supreme Court.",
     "2015-04-02", "BOL"),
    ("Kenya went ahead with the deportations, flouting an order of the East African Court of Justice.", "2018-02-11",
     "KEN"),
    ("Ankara resumed drilling off Cyprus on Monday, spurning an offer of talks from the European Union.", "2020-08-10",
     "TUR"),
    ("The Sudanese army extended its offensive on Friday, rebuffing an appeal from the African Union for a truce.",
     "2023-06-02", "SDN"),
])
def test_a_defiance_or_a_rebuff_in_a_participle_aside_is_a_rejection_of_its_own(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(c[:2] == "12" and s.startswith(source) and m == "asserted" for c, s, t, m in events), events


def test_a_charge_in_a_participle_aside_is_an_accusation_of_its_own(coder):
    events = _events(coder, "Zambia's opposition leader refused to accept the result, alleging massive fraud by the "
                            "ruling party.", "2016-08-16")
    assert any(c[:2] == "11" and s.startswith("ZMB") and m == "asserted" for c, s, t, m in events), events
