"""Acts the coder knows the words for but dropped because of the clause they stand in (silent11): a relative
clause in the simple past whose subject is "who" or "which" tells its antecedent's own act of the time of the
news; an infinitive under a verb that makes its object act ("forcing the troops to withdraw", "prompting the
president to order ...") is the object's act and took place; a mediator named by a reduced relative after a
comma or on the deal of an infinitive ("signed a deal in Helsinki, brokered by ...", "agreed to restore ties in
a deal brokered by ..."). Each class is checked on our own sentences; the counter-examples check that no act
is made up and that what is known or expected stays background."""

import pytest

from gold_helpers import has_coded, triples

from foedus.coder import vetter

DATE = "2024-05-01"


# ---- "..., who asked Washington for help": a past relative clause on an actor is news ---------------------
@pytest.mark.parametrize("text,code,source,target", [
    ("Rebel officers shelled the palace in a coup attempt against President Ali Bongo, who asked France for "
     "military help.", "02", "GAB", "FRA"),
    ("Egyptian riot police fired tear gas at students who stoned a police station in Alexandria.", "14", "EGY",
     "EGY"),
    ("Iraqi troops retook the town of Sinjar from Islamic State fighters, who withdrew without a fight.", "08",
     None, None),
    ("Venezuelan soldiers arrested three Colombian smugglers near Cucuta and handed them to police officers, who "
     "charged them with trafficking.", "17", "VENCOP", "COL"),
    ("Kenyan police dispersed demonstrators who blocked the highway to Mombasa.", "14", "KEN", None),
])
def test_past_relative_clause_is_news(coder, text, code, source, target):
    got = triples(coder, text, DATE)
    assert has_coded(got, code, source, target), got


@pytest.mark.parametrize("text,code", [
    # a perfect or a present tells what is known of the antecedent, not news of the report
    ("Police arrested the gunman who has killed three people in Oslo.", "18"),
    ("The rebels, who control the port, agreed to a truce.", "19"),
    # "that" on a thing names which one it is
    ("Iraq said the strike that killed the general violated its sovereignty.", "19"),
])
def test_background_relative_clause_stays_background(coder, text, code):
    got = triples(coder, text, DATE)
    assert not has_coded(got, code), got


# ---- "..., forcing the troops to withdraw": the object's own act, that took place -------------------------
@pytest.mark.parametrize("text,code,source", [
    ("Al-Shabaab fighters overran a military base in Lower Shabelle, forcing Somali troops to withdraw.", "08",
     "SOMMIL"),
    ("M23 rebels seized Bukavu, forcing Congolese soldiers to pull back.", "08", "CODMIL"),
    ("Protesters stormed the parliament in Kathmandu, forcing the prime minister to resign.", "08", "NPLGOV"),
    ("The drone strike killed a senior commander, prompting Hezbollah to fire rockets at northern Israel.", "19",
     "LBNREBHEZ"),
    ("Rebels forced the Malian army to abandon the town of Kidal.", "08", "MLIMIL"),
])
def test_caused_act_is_the_objects(coder, text, code, source):
    got = triples(coder, text, DATE)
    assert has_coded(got, code, source), got


def test_caused_act_under_a_threat_is_not_asserted(coder):
    got = triples(coder, "The Taliban threatened to force the Turkish troops to leave Kabul.", DATE)
    assert not has_coded(got, "08", "TURMIL"), got


# ---- "..., brokered by X": the mediator of the deal ----------------------------------------------------
@pytest.mark.parametrize("text,mediators,parties", [
    # (outranked14) the parties of one country: one mediation, towards the first (gold README, blind11a)
    ("Indonesia and the Free Aceh Movement signed a peace deal in Helsinki, brokered by the European Union.",
     {"IGOEUREEC"}, {"IDN"}),
    ("Rwanda and Congo signed a peace agreement in Washington, mediated by Qatar.", {"QAT"}, {"RWA", "COD"}),
    ("Kenya and Somalia agreed to restore relations in an accord brokered by Qatar.", {"QAT"}, {"KEN", "SOM"}),
    ("Ethiopia and Eritrea agreed to reopen their border under a deal mediated by Saudi Arabia.", {"SAU"},
     {"ETH", "ERI"}),
    ("The Sudanese army and the RSF signed a truce in Jeddah, brokered by Saudi Arabia.", {"SAU"},
     {"SDNMIL"}),
])
def test_mediator_of_the_deal(coder, text, mediators, parties):
    got = triples(coder, text, DATE)
    for m in mediators:
        assert {t for s, t, c, mod in got if s == m and c == "045" and mod == "asserted"} == parties, (m, got)


# ---- "..., a charge Qatar rejected as baseless": a reaction to a statement summed up by a noun ----------------
@pytest.mark.parametrize("text,dyad", [
    ("Kyiv accused Moscow of shelling the Zaporizhzhia nuclear plant, a charge the Kremlin rejected as absurd.",
     ("RUSGOV", "UKRGOV", "016")),
    ("Human Rights Watch said Ethiopian troops had executed civilians in Tigray, a finding Addis Ababa dismissed "
     "as biased.", ("ETHGOV", "NGOHRIHRW", "016")),   # (false24) a finding or claim of an act rejected is denied
    ("Turkey said Greek coastguards had pushed migrants back into Turkish waters, a claim Athens rejected.",
     ("GRCGOV", "TUR", "016")),
    ("Bahrain and Egypt cut ties with Qatar, accusing Doha of backing militants, a charge Qatar rejected.",
     ("QAT", "BHR", "016")),
])
def test_reaction_to_a_summed_up_statement(coder, text, dyad):
    # the rules' events: the learned event vetter drops Athens's rejection (a known loss, docs/model.md)
    with vetter.disabled():
        got = triples(coder, text, DATE)
    assert any(s == dyad[0] and t == dyad[1] and c.startswith(dyad[2]) and m == "asserted" for s, t, c, m in got), got


def test_summed_up_statement_needs_a_comma(coder):
    # no comma: the noun is no summary of the clause before it
    got = triples(coder, "Kyiv repeated the charge the Kremlin rejected last year.", DATE)
    assert not has_coded(got, "016", "RUSGOV"), got


# ---- "a deal under which Tehran will curb ...": the terms of a pact are acts of their own -----------------
@pytest.mark.parametrize("text,code,source,modality", [
    ("Israel's security cabinet approved a ceasefire with Hezbollah under which Israeli troops are to withdraw "
     "from southern Lebanon within 60 days.", "03", "ISRMIL", "intended"),
    ("Armenia and Azerbaijan signed an accord under which Armenian troops will withdraw from three villages.", "03",
     "ARMMIL", "intended"),
    ("Russia and North Korea signed a treaty under which each side would give military assistance if the other "
     "were attacked.", "07", "RUS", "conditional"),
])
def test_terms_of_a_pact(coder, text, code, source, modality):
    got = triples(coder, text, DATE)
    assert has_coded(got, code, source, modality=modality), got
    assert not has_coded(got, code, source, modality="asserted"), got


def test_law_under_which_is_background(coder):
    # the law a man is charged under tells no act of the lawmakers
    got = triples(coder, "Police charged the editor under a law under which journalists can be jailed.", DATE)
    assert not any(c.startswith("17") and m != "asserted" for s, t, c, m in got), got
