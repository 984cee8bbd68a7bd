"""Event nouns under a word that carries no event of its own (round 9b): a consultation, a mediation, a
siege or an assault named after "after"/"following" is an event that happened, its parties taken from the
noun's own words (for a consultation also the clause's subjects, for a mediation the clause's subject as
the party helped); protests told by a verb of their course ("entered their third week", "left four
dead"). A statement made after an attack never makes the speaker the attacker."""

import pytest

from gold_helpers import triples


def _has(t, code, source=None, target=None, modality="asserted"):
    return any(c.startswith(code) and (modality is None or m == modality) and (source is None or (s or "").startswith(source))
               and (target is None or (tg or "").startswith(target)) for s, tg, c, m in t)


@pytest.mark.parametrize("text, code, source, target", [
    # consultations after which the parties acted
    ("The foreign ministers of Peru and Chile issued a joint statement after talks in Lima on Tuesday.", "04", "PER", "CHL"),
    ("Kenya and Somalia agreed to reopen their border after a meeting in Nairobi.", "04", "KEN", "SOM"),
    ("Vietnam signed a maritime accord with Indonesia following negotiations in Jakarta.", "04", "VNM", "IDN"),
    ("Ghana lifted the visa rule after talks with Nigeria.", "04", "GHA", "NGA"),
    ("Mongolia and Kyrgyzstan will expand direct flights, their foreign ministers said after talks in Bishkek.", "04", None, None),
    ("After talks in Ankara, Sweden's foreign minister said Stockholm would tighten its terror laws.", "04", "SWE", None),
    # a mediation named after "after": the mediator helps the clause's subject
    ("The rebels released 12 hostages after mediation by Qatar.", "045", "QAT", None),
    ("Colombian guerrillas freed two police officers following mediation by Cuba.", "045", "CUB", None),
    # violence named after "after": its own words name the attacker
    ("Ukrainian troops took back the village after a Russian assault on the hills.", "19", "RUS", None),
    ("The garrison surrendered after a three-month siege by Serbian forces.", "19", "SRB", None),
    # protests told by the verb of their course
    ("The protests against President Saied entered their third week on Sunday.", "14", "TUN", "TUN"),
    ("Riots over fuel prices left four people dead in Abuja.", "14", "NGA", None),
    # protests filling a stretch of time before the act
    ("Thailand's army removed the prime minister after months of street protests.", "14", "THA", "THA"),
    ("The Peruvian president resigned following weeks of protests over a disputed vote.", "14", "PER", "PER"),
    # a protest broken up by a state's forces was held, by its own holders
    ("Police dispersed a rally by opposition supporters in Harare.", "14", "ZWE", "ZWEGOV"),
    ("A protest by teachers was dispersed by police in Nairobi.", "14", "KEN", "KENGOV"),
    ("Police in Minsk did not break up the vigil for the jailed activist.", "14", "BLR", "BLR"),
    ("A demonstration by opposition supporters in Lilongwe was broken up by riot police.", "14", "MWIOPP", "MWI"),
    ("A demonstration by opposition supporters in Lilongwe was broken up by riot police.", "17", "MWICOP", "MWIOPP"),
])
def test_nominal_event_found(coder, text, code, source, target):
    t = triples(coder, text)
    assert _has(t, code, source, target), t


@pytest.mark.parametrize("text, code", [
    # the speaker after an attack is no attacker, and what was said is no consultation
    ("The minister said after the attack that security would be tightened.", "18"),
    ("The minister said after the attack that security would be tightened.", "19"),
    ("Bolivia's president spoke to reporters after the bombing of the market.", "18"),
    # a consultation only planned, or hoped for, is not asserted
    ("Mexico will sign the deal after talks with Canada next week.", "04"),
    ("Officials hope to reach a deal after a meeting with the rebels.", "04"),
    # disasters and events of other kinds stay empty
    ("The storm left ten people dead in Manila.", "14"),
    ("The wedding went ahead after the storm.", "04"),
    ("No rally was dispersed by the police in Tbilisi.", "14"),
    ("Turkish police prevented a demonstration by students in Sivas.", "14"),
    ("The French minister said after a cabinet meeting in Paris that taxes would rise.", "04"),
    ("Chile and Peru will resume trade after talks next week.", "04"),
])
def test_no_event_from_the_phrase(coder, text, code):
    t = triples(coder, text)
    assert not _has(t, code, modality="asserted"), t
