"""Verb patterns of round 21 (patterns21). A labelling verb in a clause on a noun names that noun ("..., a decision the
mayor called a joke", "..., a show of force Beijing called provocative": criticism, 111), a name told through the "of"
phrase of a plain noun ("an act of desperation", "proof of hostility") or an adjective after "as" ("described the
raid as treasonous") censures as the name itself does; more names of scorn. A stated refusal to let an actor enter,
cross or land is a rejection (12x); a labour union dissolved or banned is banned (1722); a peacekeeping mission ended
withdraws the peacekeepers (1661). Our own sentences, each family with
sentences where the same words mean something else."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    # a labelling verb in a clause on the noun it names
    ("Poland cut its grain imports from Ukraine, a decision the Ukrainian minister called a disgrace.", "111", "UKRGOV",
     "POL"),
    ("Japan held naval drills near the islands, a show of force Beijing called provocative.", "111", "CHN", "JPN"),
    # a name told through the "of" phrase of a plain noun
    ("Turkey closed its airspace to Armenian flights, and Yerevan called it an act of desperation.", "111", "ARM", "TUR"),
    ("Belgrade called it proof of Croatian hostility.", "111", "SRB", None),
    # an adjective after "as"; more names of scorn
    ("The Georgian president described the raid as treasonous.", "111", "GEOGOV", None),
    ("Moscow called the draft resolution ambiguous.", "111", "RUS", None),
    ("Hungary called the new EU proposal an ultimatum.", "111", "HUN", None),
    # a stated refusal to let an actor in is a rejection
    ("Athens said it would not allow Turkish survey ships to enter its waters.", "12", "GRC", "TUR"),
    ("Baghdad said it would not let U.N. inspectors into the country.", "12", "IRQ", "IGOUNO"),
    # a labour union dissolved or banned; a peacekeeping mission ended
    ("The military government dissolved the Polish trade unions.", "1722", None, None),
    ("The Security Council ended the peacekeeping mission in Haiti.", "1661", "IGOUNO", "HTI"),
])
def test_labels_of_scorn(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, absent", [
    ("The minister called the summit an act of friendship.", "11"),
    ("She called the agreement a sign of hope.", "11"),
    ("The coach called the match a display of courage.", "11"),
    ("He called it a day.", "11"),
    ("Japan sent a delegation to Seoul, a step the minister called a new chapter.", "11"),
    ("The prime minister announced a tax cut, a move the unions called a fair compromise.", "11"),
    ("The mayor described the festival as a great success.", "11"),
    ("Israel said it would not allow Iran to acquire nuclear weapons.", "12"),
    ("Turkey let Syrian refugees cross its border.", "12"),
    ("The club said it would not allow English fans to enter the stadium.", "12"),
    ("The sugar dissolved in the water.", "17"),
    ("The band ended its tour in Oslo.", "16"),
])
def test_other_names_are_no_criticism(coder, text, absent):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, absent, modality=None), t
