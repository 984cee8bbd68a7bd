"""Round 4, helper threats: intents, threats, rejections and reduced relations (our own sentences)."""

import pytest
from gold_helpers import triples


def _codes(t, prefix=""):
    return {(c, m) for s, tgt, c, m in t if c.startswith(prefix)}


# ---- stopping supplies or funding reduces aid (162); on a condition it is a threat (1311) -----------
@pytest.mark.parametrize("text,code", [
    ("The Netherlands halted deliveries of F-35 parts to Israel.", "162"),
    ("Germany suspended development funding to Niger after the coup.", "1621"),
    ("The United States stopped supplying artillery shells to the army in May.", "162"),
    ("Canada froze arms shipments to Saudi Arabia.", "162"),
])
def test_stopping_supplies_reduces_aid(coder, text, code):
    t = triples(coder, text)
    assert (code, "asserted") in _codes(t), t
    # the supplying that was stopped did not go on
    assert ("072", "asserted") not in _codes(t), t


@pytest.mark.parametrize("text", [
    "Poland would stop all arms deliveries to Ukraine if Kyiv kept blocking its grain imports, Warsaw said.",
    "Unless Belgrade recognises the court, Brussels will suspend its funding to Serbia.",
])
def test_stopping_supplies_on_a_condition_is_a_threat(coder, text):
    t = triples(coder, text)
    assert ("1311", "conditional") in _codes(t), t
    assert not any(m == "asserted" and c.startswith("16") for c, m in _codes(t)), t


# (econ28) gas or oil supplies halted are an embargo (163; gold README blind25: "a state gas company's threat to halt
# supplies is 1312, the cut 163"), so halting them on a condition threatens sanctions (1312), not aid (1311)
def test_stopping_energy_supplies_on_a_condition_threatens_sanctions(coder):
    t = triples(coder, "Moscow would halt gas deliveries to Moldova if Chisinau joined the sanctions, the Kremlin said.")
    assert ("1312", "conditional") in _codes(t), t
    assert not any(m == "asserted" and c.startswith("16") for c, m in _codes(t)), t


# ---- ending a settlement (127) or calling off a summit (125) is a rejection --------------------------
@pytest.mark.parametrize("text", [
    "The rebels tore up the peace deal with the government.",
    "Niamey ended the security agreement with Washington.",
])
def test_ending_an_agreement_rejects_it(coder, text):
    t = triples(coder, text)
    assert ("127", "asserted") in _codes(t), t
    assert not any(c.startswith("057") for c, m in _codes(t)), t   # the agreement was not signed


# (ask57) a defence or military pact ended rejects military cooperation (gold README: "ending a defence cooperation
# accord is 1212"), not a settlement (127)
@pytest.mark.parametrize("text", [
    "Bolivia terminated its defence accord with Chile.",
    "Burkina Faso's junta scrapped the military agreement with France.",
])
def test_ending_a_defence_pact_rejects_military_cooperation(coder, text):
    t = triples(coder, text)
    assert ("1212", "asserted") in _codes(t), t
    assert not any(c.startswith("057") for c, m in _codes(t)), t


@pytest.mark.parametrize("text, root", [
    ("Serbia cancelled its summit with Kosovo's leaders.", "12"),
    # (yield43) talks or a meeting arranged and called off halt the contacts (164; gold README: a cancelled meeting
    # is the meeting negated plus 164), a summit cancelled stays the refusal
    ("The president called off his meeting with the Chinese premier.", "164"),
    ("Seoul cancelled the planned talks with Pyongyang.", "164"),
])
def test_cancelling_a_meeting_rejects_it(coder, text, root):
    t = triples(coder, text)
    assert any(c.startswith(root) and m == "asserted" for c, m in _codes(t)), t
    assert not any(c.startswith("04") and m == "asserted" for c, m in _codes(t)), t


# ---- ultimatums and proposed sanctions -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Putin gave the Ukrainian garrison 24 hours to surrender or face destruction.",
    "The Security Council set a deadline for Iraq to disarm.",
    "The junta issued an ultimatum to the French ambassador.",
])
def test_an_ultimatum_is_139(coder, text):
    t = triples(coder, text)
    assert ("139", "asserted") in _codes(t), t


@pytest.mark.parametrize("text", [
    "Paris will propose an embargo on Iranian oil, the foreign minister said.",
    "The European Commission will propose new sanctions against Belarus.",
])
def test_proposed_sanctions_lie_ahead(coder, text):
    t = triples(coder, text)
    assert ("1312", "intended") in _codes(t), t
    assert not any(c.startswith("16") and m == "asserted" for c, m in _codes(t)), t


def test_proposed_sanctions_are_not_imposed(coder):
    t = triples(coder, "The European Commission proposed sanctions on Belarusian potash exports.")
    assert ("1312", "asserted") in _codes(t), t
    assert not any(c.startswith("16") and m == "asserted" for c, m in _codes(t)), t


# ---- using force; "will not hesitate to" states the act all the more ----------------------------------
@pytest.mark.parametrize("text,mod", [
    ("Turkey will use force against Kurdish militants if they cross the border, Ankara said.", "conditional"),
    ("Beijing said it would not hesitate to use force against separatists.", "intended"),
    ("Iran will not hesitate to strike Israeli cities, a Revolutionary Guards commander said.", "intended"),
    ("China will not hesitate to use force if Taiwan declares independence, a Chinese general said.", "conditional"),
])
def test_force_that_lies_ahead_is_a_threat(coder, text, mod):
    t = triples(coder, text)
    assert any(c.startswith("138") and m == mod for c, m in _codes(t)), t
    assert not any(c.startswith("19") and m in {"asserted", "negated"} for c, m in _codes(t)), t


def test_hesitating_holds_the_act_back(coder):
    t = triples(coder, "Berlin hesitated to send Leopard tanks to Ukraine.")
    assert ("072", "negated") in _codes(t), t
    t = triples(coder, "The police did not hesitate to fire on the crowd.")
    assert any(c.startswith("17") and m == "asserted" for c, m in _codes(t)), t


# ---- "determined that": a finding, not an intent ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The inquiry determined that the army had killed the protesters.",
    "Investigators determined that the missile was fired from Russian-held territory.",
    "Ottawa said it had determined that Indian agents were involved in the killing.",
])
def test_determined_that_is_no_intent(coder, text):
    t = triples(coder, text)
    assert not any(c.startswith("03") for c, m in _codes(t)), t


# ---- a deployment abroad that lies ahead is an intent to protect (0334); at home it stays 154 ------------
@pytest.mark.parametrize("text,mod", [
    ("Canada plans to send soldiers to Latvia to reinforce NATO's eastern flank.", "intended"),
    ("Kenya will deploy police officers to Haiti next month, the government said.", "intended"),
    ("Italy is considering sending troops to Lebanon.", "considered"),
    ("Japan has no plans to send troops to Iraq, Tokyo said.", "negated"),
])
def test_deployment_abroad_ahead_is_an_intent_to_protect(coder, text, mod):
    t = triples(coder, text)
    assert ("0334", mod) in _codes(t), t
    assert not any(c.startswith("15") for c, m in _codes(t)), t


def test_deployment_at_home_ahead_stays_a_deployment(coder):
    t = triples(coder, "The governor said he would deploy the National Guard to the capital.")
    assert not any(c.startswith("03") for c, m in _codes(t)), t


# ---- "will not allow" transit or airspace is the refusal of cooperation (12x); a veto is 129 -------------
@pytest.mark.parametrize("text", [
    "Austria will not permit arms shipments to Israel.",
    "Slovakia said it would not allow weapons deliveries to Ukraine across its border.",
    "Bulgaria will not allow the transit of Russian gas, the energy minister said.",
])
def test_will_not_allow_transit_is_a_refusal(coder, text):
    t = triples(coder, text)
    assert any(c.startswith("121") and m == "asserted" for c, m in _codes(t)), t
    assert not any(c.startswith("06") and m == "asserted" for c, m in _codes(t)), t


@pytest.mark.parametrize("text", [
    "China vetoed the Security Council's humanitarian aid resolution on Syria.",
    "Poland vetoed the EU budget over the rule-of-law clause.",
    "Washington vetoed a draft calling for sanctions on Israel.",
])
def test_a_veto_is_a_veto(coder, text):
    t = triples(coder, text)
    assert ("129", "asserted") in _codes(t), t
    assert not any(c.startswith("16") for c, m in _codes(t)), t


@pytest.mark.parametrize("text", [
    "Azerbaijan ordered a blockade of the Lachin corridor.",
    "The Bosnian Serb army ordered a siege of Sarajevo.",
])
def test_ordering_a_siege_imposes_it(coder, text):
    t = triples(coder, text)
    assert ("191", "asserted") in _codes(t), t
    assert not any(c.startswith("10") for c, m in _codes(t)), t


def test_poised_to_act_is_intended(coder):
    t = triples(coder, "Turkey is poised to approve Sweden's NATO membership.")
    assert t and all(m == "intended" for s, tgt, c, m in t), t


# ---- a violent passive promised on a condition is the speaker's threat ---------------------------------
@pytest.mark.parametrize("text,src,tgt", [
    ("Israeli cities will be struck if Israel attacks Lebanon, Hezbollah's leader said.", "LBN", "ISR"),
    ("Iranian refineries would be bombed if Tehran closed the strait, the Israeli defence minister said.", "ISR", "IRN"),
    ("Trump said Venezuela would be hit very hard if it attacked Guyana.", "USA", "VEN"),
])
def test_violent_passive_on_a_condition_is_the_speaker_s_threat(coder, text, src, tgt):
    t = triples(coder, text)
    assert any(s and s.startswith(src) and g and g.startswith(tgt) and c.startswith("138") and m == "conditional"
               for s, g, c, m in t), t
    assert not any(c.startswith(("18", "19")) and m == "asserted" for s, g, c, m in t), t


def test_violent_passive_of_one_s_own_side_is_no_threat(coder):
    t = triples(coder, "Ukrainian towns would be shelled if the talks failed, Kyiv said.")
    assert not any(c.startswith("13") for s, g, c, m in t), t


# ---- a plan dropped was not carried out; failing is no rejection -----------------------------------------
@pytest.mark.parametrize("text", [
    "Kenya abandoned its plan to send police to Haiti.",
    "Sweden shelved its plan to deliver Gripen jets to Ukraine.",
    "Parliament rejected the government's plan to send troops to Mali.",
])
def test_a_dropped_plan_was_not_carried_out(coder, text):
    t = triples(coder, text)
    assert any(m == "negated" for s, g, c, m in t), t
    assert not any(c.startswith(("03", "07", "15")) and m in {"asserted", "intended"} for s, g, c, m in t), t


def test_a_plan_not_abandoned_still_lies_ahead(coder):
    t = triples(coder, "Kenya did not abandon its plan to send police to Haiti.")
    assert any(c.startswith("03") and m == "intended" for s, g, c, m in t), t


@pytest.mark.parametrize("text", [
    "The EU failed to agree new sanctions on Russia.",
    "Serbian forces failed to capture the town.",
    "The council failed to adopt the resolution on Yemen.",
])
def test_failing_is_no_rejection(coder, text):
    t = triples(coder, text)
    assert not any(c.startswith("12") for s, g, c, m in t), t
    assert not any(m == "asserted" and not c.startswith("01") for s, g, c, m in t), t


@pytest.mark.parametrize("text", [
    "Russia threatened to cut off gas supplies to Moldova.",
    "Qatar threatened to halt deliveries of liquefied gas to the EU.",
])
def test_threat_to_stop_supplies_is_1311(coder, text):
    t = triples(coder, text)
    assert ("1311", "asserted") in {(c, m) for s, g, c, m in t}, t


# ---- "X did Y, a move condemned by Z": Z's reaction to X ---------------------------------------------------
@pytest.mark.parametrize("text,src,tgt", [
    ("Israel approved new settlements in the West Bank, a decision criticised by the EU.", "IGOEUREEC", "ISR"),
    ("China sent warships into Philippine waters, a step denounced by Manila.", "PHL", "CHN"),
    ("Serbia recognised the new government, a step condemned by Albania.", "ALB", "SRB"),
])
def test_appositive_reaction_is_the_agent_s_act_on_the_doer(coder, text, src, tgt):
    t = triples(coder, text)
    assert any(s and s.startswith(src) and g and g.startswith(tgt) and c.startswith("11") and m == "asserted"
               for s, g, c, m in t), t


def test_appositive_praise_is_no_reaction_rule(coder):
    t = triples(coder, "Ukraine received new tanks, a decision welcomed by Poland.")
    assert not any(c.startswith(("11", "12")) for s, g, c, m in t), t


def test_by_participle_on_other_nouns_stays_background(coder):
    t = triples(coder, "Rebels backed by Rwanda seized the town, officials said.")
    assert not any(c.startswith(("11", "12")) for s, g, c, m in t), t


# ---- plans in the past perfect, vetoed drafts, and PETRARCH defaults that are no event -----------------
def test_a_plan_in_the_past_perfect_was_not_carried_out(coder):
    t = triples(coder, "Students in Dhaka had planned a march for Friday, but police sealed off the campus.")
    assert not any(c.startswith("03") and m == "intended" for s, g, c, m in t), t
    t = triples(coder, "Ankara had intended to open the border crossing, but the talks collapsed.")
    assert not any(c.startswith("03") and m == "intended" for s, g, c, m in t), t


@pytest.mark.parametrize("text", [
    "China vetoed a draft resolution condemning the coup in Myanmar.",
    "Moscow vetoed a text demanding a ceasefire in Syria.",
])
def test_what_a_vetoed_draft_says_did_not_happen(coder, text):
    t = triples(coder, text)
    assert ("129", "asserted") in {(c, m) for s, g, c, m in t}, t
    assert not any(c.startswith("1") and not c.startswith("12") and m == "asserted" for s, g, c, m in t), t


@pytest.mark.parametrize("text", [
    "A Red Cross convoy heading to Mariupol was stopped at a checkpoint.",
    "Voters in Chile voted in a referendum on a new constitution.",
    "Government troops and rebels fought fierce battles for a second week.",
])
def test_no_intent_or_disapproval_from_petrarch_defaults(coder, text):
    t = triples(coder, text)
    assert not any(c.startswith(("03", "11")) for s, g, c, m in t), t


# ---- "..., drawing a rebuke from Z": Z's reaction to the subject -------------------------------------------
@pytest.mark.parametrize("text,src,tgt", [
    ("Armenia joined the International Criminal Court, prompting sharp criticism from Moscow.", "RUS", "ARM"),
    ("Slovenia recognised Palestine on Tuesday, drawing a rebuke from Israel.", "ISR", "SVN"),
    ("Hungary blocked the aid package, earning condemnation from Poland.", "POL", "HUN"),
])
def test_drawn_reaction_is_the_reacting_actor_s_act(coder, text, src, tgt):
    t = triples(coder, text)
    assert any(s and s.startswith(src) and g and g.startswith(tgt) and c.startswith("11") and m == "asserted"
               for s, g, c, m in t), t



# ---- widening an operation is force; an order to release or to leave is that act --------------------------
@pytest.mark.parametrize("text,code,mod", [
    ("Russia intensified its bombardment of Kharkiv.", "195", "asserted"),
    ("Turkey expanded its military operation in northern Iraq.", "190", "asserted"),
    ("Unless the militants disarm, Baghdad will widen its offensive in Anbar, the prime minister said.", "138",
     "conditional"),
])
def test_widening_an_operation_is_force(coder, text, code, mod):
    t = triples(coder, text)
    assert (code, mod) in {(c, m) for s, g, c, m in t}, t


@pytest.mark.parametrize("text,code", [
    ("Egypt's president ordered the release of the detained journalists.", "084"),
    ("Mali's junta ordered the French envoy to leave the country within 72 hours.", "174"),  # (violence56) expelled envoys are 174 (gold README since blind21)
])
def test_an_order_of_one_s_own_act_is_that_act(coder, text, code):
    t = triples(coder, text)
    assert any(c.startswith(code) and m == "asserted" for s, g, c, m in t), t
    assert not any(c.startswith("10") for s, g, c, m in t), t


# ---- "a man accused of X", "protesters opposed to Y": descriptions, no accusation or disapproval -----------
@pytest.mark.parametrize("text", [
    "Police arrested three men accused of blasphemy in Lahore.",
    "Canada sanctioned two Russian officers suspected of torturing prisoners.",
    "Riot police dispersed students opposed to the new tuition fees in Santiago.",
])
def test_descriptive_participle_is_no_accusation(coder, text):
    t = triples(coder, text)
    assert t, t
    assert not any(c.startswith("11") for s, g, c, m in t), t


def test_accusing_with_a_named_accuser_is_still_coded(coder):
    t = triples(coder, "Kyiv accused Russian troops of torturing prisoners in Izium.")
    assert any(c.startswith("112") and s.startswith("UKR") for s, g, c, m in t), t


# ---- "is set to X": X is intended (a statement of intent or threat), not a purpose -------------------------
@pytest.mark.parametrize("text,code", [
    # (precision34) an announced expulsion or recall is the act, intended (gold: "said it would expel the high
    # commissioner" 174 intended, "would withdraw from the NPT" 161 intended), no threat
    ("The United States is set to expel Russian diplomats.", "174"),  # (violence56) expelled envoys are 174 (gold README since blind21)
    ("Lithuania is set to recall its ambassador from Beijing.", "161"),
    ("The EU is set to impose new sanctions on Iran.", "1312"),
])
def test_set_to_act_is_a_statement_of_what_lies_ahead(coder, text, code):
    t = triples(coder, text)
    assert (code, "intended") in {(c, m) for s, g, c, m in t}, t
    assert not any(c.startswith("16") and m != "intended" for s, g, c, m in t), t


def test_purpose_of_a_deployment_stays_a_purpose(coder):
    t = triples(coder, "Riot police were deployed to disperse the protesters in Tbilisi.")
    assert not any(c.startswith("17") and m == "asserted" for s, g, c, m in t), t
