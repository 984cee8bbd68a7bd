"""General verbs and event nouns of non-violent political life missing from the dictionaries (issue 10,
helper lexgaps, round 5): our own sentences, with negated and intended uses and ordinary non-political
uses that must stay no event."""

import pytest
from gold_helpers import triples


def _has(t, code, source=None, target=None, modality="asserted"):
    return any(c == code and m == modality and (source is None or (s or "").startswith(source))
               and (target is None or (tg or "").startswith(target)) for s, tg, c, m in t)


def _asserted(t):
    return {c for s, tg, c, m in t if m == "asserted"}


def test_sanctions_named_by_their_instruments(coder):
    t = triples(coder, "Canada imposed travel bans on twelve Iranian officials.")
    assert _has(t, "163", "CAN", "IRN") and "172" not in _asserted(t), t
    t = triples(coder, "The EU did not impose travel bans on Georgian officials.")
    assert _has(t, "163", "IGOEUREEC", "GEO", "negated") and not _asserted(t), t
    t = triples(coder, "The US Senate enacted tough sanctions against North Korea.")
    assert _has(t, "163", "USALEG", "PRK"), t
    assert not triples(coder, "Parliament enacted a new pension law on Tuesday.")


def test_taken_off_a_terrorism_list_eases_a_sanction(coder):
    t = triples(coder, "Washington removed Sudan from its list of state sponsors of terrorism.")
    assert _has(t, "081", "USA", "SDN"), t
    t = triples(coder, "The US could remove Cuba from its list of state sponsors of terrorism.")
    assert not _asserted(t), t
    assert not triples(coder, "The teacher removed the boy from the class list.")


def test_joining_an_alliance_is_a_formal_agreement(coder):
    t = triples(coder, "Finland formally joined NATO in April.")
    assert _has(t, "057", "FIN", "IGOWSTNAT"), t
    t = triples(coder, "Ukraine did not join the alliance.")
    assert _has(t, "057", "UKR", None, "negated") and not _asserted(t), t
    for text in ("Moldova plans to join the EU.", "Sweden will join NATO next month."):
        t = triples(coder, text)
        assert t and not _asserted(t), (text, t)
    assert not triples(coder, "The striker joined Arsenal from Lyon last summer.")


def test_stripping_citizenship_restricts_rights(coder):
    t = triples(coder, "Belarus stripped 20 exiled opposition figures of their citizenship.")
    assert _has(t, "172", "BLR"), t
    t = triples(coder, "Bahrain revoked the citizenship of 130 dissidents.")
    assert _has(t, "172", "BHR", "BHROPP") and "080" not in _asserted(t), t
    assert not triples(coder, "The skater was stripped of her medal.")


def test_people_expelled_are_deported_and_diplomats_expelled(coder):
    t = triples(coder, "Cuba expelled five dissidents to Spain.")
    assert _has(t, "174", "CUB", "CUBOPP"), t
    t = triples(coder, "Nicaragua expelled diplomats from three European countries.")
    assert _has(t, "174", "NIC") and "166" not in _asserted(t), t  # (violence56) expelled envoys are 174 (gold README since blind21)


def test_a_mobilisation_declared(coder):
    t = triples(coder, "Azerbaijan declared a general mobilisation after the border clashes.")
    assert _has(t, "154", "AZE"), t


def test_a_ceasefire_approved_is_declared(coder):
    t = triples(coder, "Israel's cabinet approved a truce with Hamas.")
    assert _has(t, "0871", "ISRGOV", "PSEREB") and "051" not in _asserted(t), t
    t = triples(coder, "Israel's cabinet is expected to approve a ceasefire with Hezbollah.")
    assert not _asserted(t), t
    t = triples(coder, "The Arab League approved the Egyptian proposal for a truce in Sudan.")
    assert "0871" not in _asserted(t), t
    assert not triples(coder, "The council approved the new budget.")


def test_hostages_handed_over_are_released(coder):
    t = triples(coder, "Hamas handed over four hostages to the Red Cross.")
    assert _has(t, "0841", "PSEREB"), t
    t = triples(coder, "The government would not hand over the hostages.")
    assert _has(t, "0841", None, None, "negated") and "0841" not in _asserted(t), t
    t = triples(coder, "The rebels will hand over the captives next week.")
    assert t and not _asserted(t), t
    assert not triples(coder, "The coach handed over the trophy to the captain.")


def test_skipping_a_summit_refuses_the_meeting(coder):
    t = triples(coder, "The Turkish president skipped the NATO meeting.")
    assert _has(t, "125", "TURGOV"), t
    t = triples(coder, "Putin did not skip the summit in Kazan.")
    assert not _asserted(t), t
    assert not triples(coder, "She skipped lunch to finish the report.")


def test_withdrawal_from_a_bloc_cuts_relations(coder):
    t = triples(coder, "Mali announced its withdrawal from the G5 Sahel alliance.")
    assert _has(t, "161", "MLI") and "087" not in _asserted(t), t


def test_trading_barbs_or_accusations_is_no_trade(coder):
    t = triples(coder, "Japan and South Korea traded barbs over the wartime labour ruling.")
    assert _has(t, "111", "JPN", "KOR") and _has(t, "111", "KOR", "JPN") and "061" not in _asserted(t), t
    t = triples(coder, "The UK and France did not trade accusations over the migrants.")
    assert not _asserted(t), t
    assert not triples(coder, "The two teams traded goals in the second half.")


def test_an_invitation_withdrawn_refuses_the_meeting_and_flights_are_no_event(coder):
    t = triples(coder, "Algeria withdrew its invitation to the French interior minister.")
    assert _has(t, "125", "DZA") and "087" not in _asserted(t), t
    assert not triples(coder, "The airline cancelled flights because of fog.")


def test_reaching_a_deal_signs_it(coder):
    t = triples(coder, "The EU reached a deal with Turkey on migrants.")
    assert _has(t, "057", "IGOEUREEC", "TUR"), t
    t = triples(coder, "Israel and Hamas failed to reach a ceasefire agreement.")
    assert _has(t, "057", "ISR", "PSEREB", "negated") and not _asserted(t), t
    assert not triples(coder, "The runners reached the finish line.")


def test_sanctions_a_bloc_agrees_are_imposed(coder):
    t = triples(coder, "The EU agreed a new package of sanctions against Belarus.")
    assert _has(t, "163", "IGOEUREEC", "BLR"), t
    t = triples(coder, "EU ministers agreed to lift sanctions on Syria.")
    assert "163" not in _asserted(t) and _has(t, "0354", "IGOEUREEC", "SYR", "intended"), t


def test_calls_for_an_overthrow_or_a_handover_of_power_demand_it(coder):
    t = triples(coder, "Khamenei called for the overthrow of the Bahraini monarchy.")
    assert _has(t, "1041", "IRNGOV", "BHR"), t
    t = triples(coder, "The opposition called on the junta to hand over power to civilians.")
    assert _has(t, "1044", "OPP", "MIL"), t


def test_declining_to_answer_declines_comment(coder):
    t = triples(coder, "The spokesman declined to answer questions about the strike.")
    assert "011" in _asserted(t) and "120" not in _asserted(t), t


@pytest.mark.parametrize("text, code, source, target, modality", [
    ("Britain pledged 10 million pounds in emergency aid for Libya.", "0333", "GBR", None, "intended"),
    ("Russia began shipping grain to Egypt.", "061", "RUS", "EGY", "asserted"),
    ("Serbia moved troops closer to the Kosovo border.", "154", "SRB", None, "asserted"),
    ("The Taliban barred girls from secondary schools.", "1721", "AFGGOV", "AFGCVL", "asserted"),  # governing since 2021
])
def test_aid_trade_deployments_and_bars_by_their_objects(coder, text, code, source, target, modality):
    t = triples(coder, text)
    assert _has(t, code, source, target, modality), t


@pytest.mark.parametrize("text", [
    "The company moved its headquarters to Dublin.",
    "The storm cut power to thousands of homes.",
])
def test_ordinary_uses_stay_no_event(coder, text):
    assert not triples(coder, text)


@pytest.mark.parametrize("text", [
    "Georgia hopes to join the European Union by 2030.",     # spaCy lemmatizes "hopes" as "hop"
    "Ukraine applied to join NATO in 2022.",
    "Bosnia aspires to join the EU.",
])
def test_hoping_or_applying_to_join_is_no_joining(coder, text):
    t = triples(coder, text)
    assert t and "057" not in _asserted(t), t


def test_admitting_responsibility_concedes_it(coder):
    t = triples(coder, "Moscow admitted responsibility for the downing of the airliner.")
    assert "015" in _asserted(t) and "051" not in _asserted(t), t


@pytest.mark.parametrize("text, code, source, target", [
    ("Burundi quit the International Criminal Court.", "161", "BDI", "IGOJUDICC"),
    ("Nicaragua quit the Organization of American States.", "161", "NIC", "IGOOAS"),
    ("The Philippines withdrew from the International Criminal Court.", "161", "PHL", "IGOJUDICC"),
    ("Armenia froze its membership in the CSTO.", "160", "ARM", None),
    ("Saudi Arabia reopened its embassy in Damascus.", "050", "SAU", "SYR"),
    ("The junta revoked the French ambassador's diplomatic immunity.", "172", None, "FRAGOV"),
    ("Moscow turned down a French call for a ceasefire.", "1246", "RUS", "FRA"),
    ("The former president appealed to the Supreme Court to halt his trial.", "020", None, "JUD"),
    ("The Turkish president drove across the border into Cyprus for talks.", "042", "TURGOV", "CYP"),
])
def test_leaving_bodies_memberships_embassies_and_other_acts(coder, text, code, source, target):
    t = triples(coder, text)
    assert _has(t, code, source, target), t


def test_leaving_a_body_negated_or_planned_is_not_asserted(coder):
    t = triples(coder, "Hungary did not quit the International Criminal Court.")
    assert _has(t, "161", "HUN", "IGOJUDICC", "negated") and not _asserted(t), t
    t = triples(coder, "The Turkish president left the NATO summit early.")
    assert "161" not in _asserted(t), t
    t = triples(coder, "Voters in Britain chose to leave the European Union in a referendum.")
    assert "161" not in _asserted(t), t
    t = triples(coder, "Hungary plans to quit the International Criminal Court.")
    assert "161" not in _asserted(t), t


@pytest.mark.parametrize("text", [
    "The coach quit the club after a row with the owner.",
    "The defendant left the court after the hearing.",
    "Police escorted the fans to the stadium.",
])
def test_leaving_or_escorting_in_ordinary_life_is_no_event(coder, text):
    assert not triples(coder, text)


@pytest.mark.parametrize("text, code, source, target", [
    # (yield43) a terrorist designation sanctions the group, 163 (gold README: a cartel's terrorist designation 163)
    ("The United States designated the Houthis a terrorist organisation.", "163", "USA", "YEMREB"),
    ("Canada listed the Revolutionary Guards as a terrorist entity.", "163", "CAN", "IRN"),
    # (sides39) a diplomat declared persona non grata is expelled, 174, as the gold README's blind21 section codes
    # expelled ambassadors and as the dev set codes every persona non grata line (it was 166 before)
    ("Estonia declared a Russian diplomat persona non grata on Monday.", "174", "EST", "RUS"),
    ("Macron sent condolences to the Turkish president.", "018", "FRAGOV", "TURGOV"),
])
def test_designations_persona_non_grata_and_condolences(coder, text, code, source, target):
    t = triples(coder, text)
    assert _has(t, code, source, target), t


def test_a_designation_not_made_or_planned_is_not_asserted(coder):
    t = triples(coder, "The EU did not list the Revolutionary Guards as a terrorist group.")
    assert _has(t, "163", "IGOEUREEC", "IRN", "negated") and not _asserted(t), t
    t = triples(coder, "Britain plans to designate the Wagner group a terrorist organisation.")
    assert t and not _asserted(t), t
    for text in ("Police put the suspect on a list of wanted persons.",
                 "The official was designated as the new head of the agency."):
        assert not triples(coder, text), text
