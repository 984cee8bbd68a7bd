"""Round 8b, helper nominal8b: an act of violence named as the subject of a verb about its consequence, with a
possessor or a definite determiner, is presupposed ("Russia's missile strike on the port could derail shipments":
the strike happened, the derailing is weighed); a hedged noun ("a possible offensive", "any strike", "further
strikes", "Iran's retaliation"), a verb of hypothesis ("would devastate"), of happening ("could begin", "never
happened") or one that tells the act itself ("could target") keeps the act unrealised. Our own sentences.
"""

from __future__ import annotations

import pytest
from coded import events_on

from foedus.coder import modality

_events = events_on("2024-05-01")


@pytest.mark.parametrize("text, root, source", [
    ("Sudanese officials said the army's bombardment of Omdurman could delay the delivery of food aid.", "19", "SDN"),
    ("Pakistan's drone strike on a village in Khost province may complicate talks with the Taliban, analysts said.",
     "19", "PAK"),
    ("The Houthi missile attack on the tanker could push insurance costs higher, shipping firms warned.", "19", "YEM"),
    ("Ethiopia's air strike on the market in Tigray might undermine the peace process, the envoy said.", "19", "ETH"),
    ("Israel's raid on the Jenin camp could inflame the West Bank, Palestinian officials warned.", "19", "ISR"),
    ("Russia's shelling of the Zaporizhzhia plant did not damage the reactors, the agency said.", "19", "RUS"),
    ("India's missile strike on Pakistani territory last week might escalate the crisis, diplomats said.", "19", "IND"),
    ("Iraqi officials said Turkey's bombardment of the Sinjar district could destabilise the region.", "19", "TUR"),
    ("Ukraine said Russia's shelling of Kherson has not stopped the evacuations.", "19", "RUS"),
    # (force29) militants' bombing of a building, with no aerial word, is a planted bomb (183)
    ("The Somali militants' bombing of the hotel may deter foreign investors, officials said.", "18", "SOM"),
    ("Iran's missile barrage on Israel did not cause major damage, the army said.", "19", "IRN"),
    ("No American troops were hurt in the Iranian missile attack on the bases, the Pentagon said.", "19", "IRN"),
    ("No civilians were killed in the Turkish air strike on the village, Ankara said.", "19", "TUR"),
    ("Nobody was injured in Tuesday's rocket attack on the US embassy in Baghdad, officials said.", "19", ""),
])
def test_presupposed_act_noun_is_asserted(coder, text, root, source):
    events = _events(coder, text)
    assert any(c.startswith(root) and s.startswith(source) and m == "asserted" for c, s, _, m in events), events


@pytest.mark.parametrize("text", [
    "Any attack on Taiwan would be met with force, the minister said.",
    "A strike on Iran could ignite a regional war, analysts warned.",
    "A possible Israeli offensive on Rafah could cause mass casualties, the United Nations said.",
    "An invasion of Taiwan would devastate the world economy.",
    "Further Russian strikes on the grid could leave millions without heat this winter.",
    "A planned offensive by Sudan's army could begin within days.",
    "No attack on the embassy took place, the police said.",
    "A Turkish incursion into Syria could threaten the fight against Islamic State.",
    "A new Russian offensive may come in the spring, Ukrainian officials said.",
    "Another Israeli strike on Lebanon could provoke Hezbollah, Beirut warned.",
    "Pakistan denied the air strike on the Afghan village.",
    "The strike could target Iranian oil facilities, US officials said.",
    "Israel's retaliation could hit Iran's oil facilities, analysts said.",
    "The offensive could begin next week, a Ukrainian commander said.",
    "Russia's expected offensive could overwhelm Ukrainian defences in the east.",
    "China's invasion of Taiwan would devastate the global economy, the report said.",
    "Any strike on Iran's nuclear sites could trigger a regional war.",
    "No Russian attack on NATO territory has taken place, the alliance said.",
    "A renewed offensive by the rebels may threaten Goma, the United Nations warned.",
    "The attack on the embassy never happened, the police said.",
    "The planned Israeli offensive on Rafah could kill thousands, aid groups warned.",
    "A potential Turkish incursion into northern Syria could displace Kurds.",
    "Israel's offensive on Rafah could cause a humanitarian catastrophe, aid agencies warned.",
    "The truce between Armenia and Azerbaijan has not collapsed, both governments said.",
    "The ceasefire between Israel and Hezbollah could collapse within days, diplomats warned.",
    "The Russian invasion could topple the government in Kyiv within days, officials feared.",
    "Thousands of civilians could be killed in the Israeli offensive on Rafah, aid groups warned.",
    "Civilians could be hurt in the planned strike on the port, the navy said.",
    "No civilians would be harmed in any attack on the city, the army said.",
])
def test_hedged_or_hypothetical_act_noun_stays_unrealised(coder, text):
    events = _events(coder, text)
    assert not any(c[:2] in {"18", "19", "20"} and m == "asserted" for c, _, _, m in events), events


@pytest.mark.parametrize("text, noun, expected", [
    ("Russia's missile strike on the port could derail shipments.", "strike", True),
    ("The army's shelling of the plant did not damage the reactors.", "shelling", True),
    ("A missile strike on the port could derail shipments.", "strike", False),
    ("Russia's strike on the port could target fuel depots.", "strike", False),
    ("Russia's strike on the port would derail shipments.", "strike", False),
    ("The offensive could begin soon.", "offensive", False),
    ("Iran's retaliation could derail the talks.", "retaliation", False),
])
def test_presupposed(nlp, text, noun, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == noun)
    assert modality.presupposed(tok, "190") is expected
    assert not modality.presupposed(tok, "040")   # only acts of violence


@pytest.mark.parametrize("text, root, source", [
    ("The Sudanese army did not apologise after bombing a market in Omdurman.", "19", "SDN"),
    ("Moscow has not commented since shelling the port of Izmail.", "19", "RUS"),
    ("The rebels did not withdraw after seizing the town.", "19", ""),
    ("The Iranian foreign minister said Tehran did not want a war after firing missiles at two US bases.", "19", "IRN"),
])
def test_gerund_after_a_negated_fact_is_asserted(coder, text, root, source):
    """ "did not apologise after bombing": the gerund after "after"/"since" is told as a fact, not negated."""
    events = _events(coder, text)
    assert any(c.startswith(root) and s.startswith(source) and m == "asserted" for c, s, _, m in events), events


@pytest.mark.parametrize("text, root", [
    ("Serbia would not recognise Kosovo even after joining the EU.", "05"),
    ("Israel could strike Hezbollah again after shelling the border villages, the army said.", "19"),
])
def test_gerund_after_a_modal_verb_lies_ahead(coder, text, root):
    """ "would not recognise Kosovo even after joining the EU": the gerund shares the modal, never asserted."""
    events = _events(coder, text)
    assert not any(c.startswith(root) and m == "asserted" for c, _, _, m in events), events


@pytest.mark.parametrize("text, root, expected", [
    ("India voted for a General Assembly resolution demanding an immediate ceasefire in Gaza.", "10", "asserted"),
    ("Ghana voted for a UN resolution condemning the coup in Niger.", "11", "asserted"),
    ("Hungary voted against an EU resolution condemning Israel's strikes on Lebanon.", "11", "negated"),
])
def test_vote_for_a_text_performs_its_act(coder, text, root, expected):
    """ "voted for a resolution condemning ...": the vote makes the condemnation (as "voted to demand"), not an
    intention; "voted against" one does not."""
    events = _events(coder, text)
    assert any(c.startswith(root) and m == expected for c, _, _, m in events), events
    if expected != "asserted":
        assert not any(c.startswith(root) and m == "asserted" for c, _, _, m in events), events


@pytest.mark.parametrize("text, expected", [
    ("The Slovak government said it will reject the EU's migration pact.", "asserted"),
    ("Serbia said it would boycott the summit in Tirana.", "asserted"),
    ("Hungary may reject the new sanctions package, diplomats said.", "considered"),
    ("Georgia's ruling party said it would refuse the European Parliament's demands if the vote was annulled.",
     "conditional"),
    ("Mali plans to reject the ECOWAS mediation proposal.", "intended"),
    ("France said it would veto any new resolution authorising war against Iraq.", "intended"),
])
def test_rejection_stated_with_will_is_made(coder, text, expected):
    """ "said it will reject the pact": a rejection (12x) stated with one's own will/would is made (asserted, like
    "will not allow"); weighed, conditional, planned or aimed at any text to come, it is not."""
    events = _events(coder, text)
    assert any(c.startswith("12") and m == expected for c, _, _, m in events), events
