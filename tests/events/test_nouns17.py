"""People shown protesting whom a state's forces fired on, beat, dispersed or arrested held that protest
(round 17, nouns17): "troops fired on rioting youths" is a riot (145) by those youths as well as the
repression (175); "police beat protesters who disputed the vote" a protest (141) against their government.
Not beside force that did not happen, nor for people of another country or armed men, and not a second time
when a clause on them tells a violent act of their own."""

import pytest

from gold_helpers import triples


def _has(t, code, source=None, target=None, modality="asserted"):
    return any(c.startswith(code) and (modality is None or m == modality) and (source is None or (s or "").startswith(source))
               and (target is None or (tg or "").startswith(target)) for s, tg, c, m in t)


@pytest.mark.parametrize("text, code, source, target", [
    ("Tunisian soldiers fired on rioting youths in Sfax.", "145", "TUNCVL", "TUNGOV"),
    ("Zambian police opened fire on protesters demanding lower fuel prices in Lusaka.", "141", "ZMBCVL", "ZMBGOV"),
    ("Bolivian riot police beat and detained hundreds of demonstrators who rejected the election result.", "141",
     "BOLCVL", "BOLGOV"),
    ("Georgian police fired tear gas at thousands of students marching through Tbilisi.", "141", "GEO",
     "GEOGOV"),
    ("Russian police detained anti-war protesters in Kazan.", "141", "RUSCVL", "RUSGOV"),
])
def test_protest_of_people_repressed(coder, text, code, source, target):
    t = triples(coder, text)
    assert _has(t, code, source, target), t


@pytest.mark.parametrize("text, code", [
    # force that did not happen, or may have
    ("Police in Lusaka did not fire on the demonstrators.", "14"),
    ("Police in Kampala may have fired on the protesters.", "14"),
    ("Police will disperse any protesters who gather near the palace in Harare.", "14"),
    # a bare "protesters" may be a crowd at a protest the sentence does not tell; a strike is no rally
    ("Russian police detained a protester in Kazan.", "141"),
    ("Police in Durban opened fire on striking miners.", "141"),
    # armed men are no protesters
    ("Israeli troops killed three Hamas militants in Gaza.", "14"),
    ("Colombian troops arrested two rebel commanders in Cauca.", "14"),
])
def test_no_protest_without_force_done(coder, text, code):
    t = triples(coder, text)
    assert not _has(t, code, modality="asserted"), t


def test_own_violent_act_not_doubled(coder):
    # the storming is their act (145), no second protest (141) of the same people
    t = triples(coder, "Kenyan police fired tear gas at demonstrators who stormed the parliament compound in Nairobi.")
    assert not _has(t, "141"), t


@pytest.mark.parametrize("text, code, source, target", [
    # an act of another kind named after "after"/"following" happened, its doer named by the noun's own words
    ("Government troops entered the town after the withdrawal of Tuareg rebel fighters.", "087", None, None),
    ("Lithuania closed its consulate after Russia's expulsion of two Lithuanian diplomats.", "1", "RUS", "LTU"),
    ("Japan summoned China's ambassador after the arrest of a Japanese businessman by Chinese police.", "173",
     "CHNCOP", "JPN"),
])
def test_sequel_act_of_its_own_doer(coder, text, code, source, target):
    from foedus.coder import vetter

    with vetter.disabled():   # the rules' reading: the vetter of session 33 drops the event (a known loss, docs/model.md)
        t = triples(coder, text)
    assert _has(t, code, source, target), t


@pytest.mark.parametrize("text, code", [
    # no doer of its own: the speaker is never made the doer; a planned sequel is not asserted
    ("The minister said after the expulsion of two diplomats that ties would suffer.", "1"),
    ("Prices will fall after the withdrawal of U.S. troops next year.", "08"),
])
def test_no_sequel_act_without_doer_or_fact(coder, text, code):
    t = triples(coder, text)
    assert not _has(t, code, modality="asserted"), t
