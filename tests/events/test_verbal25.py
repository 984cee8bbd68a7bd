"""Session 25 (verbal25): cooperative and verbal acts told around the main verb. Our own sentences."""

import pytest

from gold_helpers import triples


def root_dyads(t, root):
    return {(s[:3] if s else None, g[:3] if g else None) for s, g, c, _ in t if c.startswith(root)}


@pytest.mark.parametrize("text, first, second", [
    # a first party told with its title, hung by the parser inside the second party's phrase
    ("Prime Minister Ranil Wickremesinghe and Tamil Tiger leader Velupillai Prabhakaran signed a truce on Friday.",
     "LKA", "LKA"),
    ("Sudanese Vice President Ali Osman Taha and southern rebel leader John Garang signed a peace accord.",
     "SDN", "SDN"),
    ("Mexican President Andres Manuel Lopez Obrador and Guatemalan President Alejandro Giammattei signed a border deal.",
     "MEX", "GTM"),
])
def test_titled_first_party_signs_too(coder, text, first, second):
    t = triples(coder, text)
    signs = {(s, g) for s, g, c, _ in t if c.startswith("057")}
    assert len(signs) == 2 and all(s and g and s != g for s, g in signs), t
    assert root_dyads(t, "057") == {(first, second), (second, first)}, t


def test_party_of_a_place_phrase_is_no_signer(coder):
    # "the president of Chile and ..." names the first party through a preposition: no change there
    t = triples(coder, "The foreign minister of Chile and his Peruvian counterpart signed a fishing accord.")
    assert all(c.startswith("057") for _, _, c, _ in t), t


@pytest.mark.parametrize("text, requester, doer", [
    ("Nigeria sent troops to Gambia at the request of Banjul to restore order.", "GMB", "NGA"),
    ("Kenyan police arrived in Haiti at Port-au-Prince's request.", "HTI", "KEN"),
    ("French troops landed in Chad at the invitation of the Chadian government.", "TCD", "FRA"),
    ("Jordan opened its airspace to Iraqi flights, answering an appeal from Baghdad.", "IRQ", "JOR"),
    ("Ghana said it would send doctors to Liberia in response to a request from Monrovia.", "LBR", "GHA"),
])
def test_act_at_anothers_request_is_its_appeal(coder, text, requester, doer):
    t = triples(coder, text)
    assert (requester, doer) in root_dyads(t, "02"), t
    assert all(m == "asserted" for _, _, c, m in t if c.startswith("02")), t


@pytest.mark.parametrize("text", [
    # a request only weighed, or one with no requester named, is no appeal
    "The pact would allow Chinese police to be deployed in the islands at Honiara's request.",
    "Troops may be sent to the border at the request of the governor, officials said.",
    "Australia sent police to the islands at the request of the government.",
])
def test_no_appeal_without_a_made_request(coder, text):
    t = triples(coder, text)
    assert not root_dyads(t, "02"), t


@pytest.mark.parametrize("text, parties", [
    ("Turkey said it would reopen its border crossings after talks with Armenia.", ("TUR", "ARM")),
    ("Ghana will lift its ban on fuel exports to Togo after talks with Lome, the energy minister said.", ("GHA", "TGO")),
])
def test_talks_before_a_reported_plan_were_held(coder, text, parties):
    t = triples(coder, text)
    talks = {(s[:3], g[:3]) for s, g, c, m in t if c[:2] == "04" and m == "asserted" and s and g}
    assert parties in talks, t


@pytest.mark.parametrize("text", [
    "Kenya will reopen its embassy in Somalia after talks with Mogadishu next month.",
    "Ghana said it would send troops to Mali after a visit to Bamako.",
])
def test_no_talks_held_before_an_unreported_plan_or_a_visit(coder, text):
    t = triples(coder, text)
    assert not any(c[:2] == "04" and m == "asserted" for _, _, c, m in t), t
