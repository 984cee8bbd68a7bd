"""Round 9b, helper senses9b: our own sentences for senses and modalities the coder had wrong on fresh text.

- an act after a verb of carrying it through ("went on to kill", "proceeded to seize", "managed to arrest",
  "succeeded in freeing", "moved to freeze") took place: asserted, neither intended nor a purpose; with the carrying
  verb's own negation or modal ("did not manage to capture": negated). Data: modality_cues achieving_verbs;
  "manage to" is no statement of intent (030);
- "did not balk at sending", "did not refrain from criticising": the act was done (asserted); "balked at sending",
  "refrained from condemning": negated (modality_cues reluctance_verbs);
- strikes called off "on" a country are no labour strike (no 0832); backing out of talks leaves them (164), backs no
  one (no 051), and a planned summit backed out of did not take place (negated);
- "would not respond militarily": the attack (190) negated; "responded militarily": asserted.
"""

from __future__ import annotations

import pytest
from coded import events_on, has_event

_events = events_on("2024-05-01")


@pytest.mark.parametrize("text, root, source", [
    ("Bosnian Croat forces went on to expel thousands of Muslims from the valley.", "20", "HRV"),
    ("Sudanese paramilitaries went on to kill hundreds of civilians in El Geneina.", "20", "SDN"),
    ("The Malian junta proceeded to arrest two opposition leaders.", "173", "MLI"),
    ("Egyptian police managed to arrest the smugglers near the border.", "173", "EGYCOP"),
    ("Ethiopian troops succeeded in capturing the town of Lalibela.", "19", "ETH"),
    ("Somali forces managed to free the hostages held by al-Shabaab.", "0841", "SOM"),
])
def test_act_carried_through_is_asserted(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "asserted"), events
    assert not any(m == "intended" for _, _, _, m in events), events
    assert not any(c == "030" for c, _, _, _ in events), events


@pytest.mark.parametrize("text, root, source", [
    ("Ethiopian troops did not manage to capture the town of Lalibela.", "19", "ETH"),
    ("Kenyan police never managed to arrest the suspects.", "173", "KENCOP"),
])
def test_act_not_carried_through_is_negated(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "negated"), events
    assert not any(c.startswith(root) and m == "asserted" for c, _, _, m in events), events


@pytest.mark.parametrize("text, root, source, modality", [
    ("Iran did not balk at sending drones to Russia.", "06", "IRN", "asserted"),
    ("Hungary did not refrain from criticising the European Commission.", "11", "HUN", "asserted"),
    ("Germany balked at sending tanks to Ukraine.", "07", "DEU", "negated"),
    ("Peru refrained from condemning the coup in Bolivia.", "11", "PER", "negated"),
    ("Brazil refrained from criticising Venezuela.", "11", "BRA", "negated"),
])
def test_holding_back(coder, text, root, source, modality):
    events = _events(coder, text)
    assert has_event(events, root, source, modality), events
    if modality == "negated":
        assert not any(c.startswith(root) and m == "asserted" for c, _, _, m in events), events


@pytest.mark.parametrize("text", [
    "Trump called off strikes on Iran.",
    "The president called off planned strikes against Syrian bases.",
    "Netanyahu called off strikes on Hezbollah positions in Lebanon.",
    "The White House called off the strikes on Houthi targets.",
    "Washington called off strikes against militias in Iraq.",
])
def test_strikes_called_off_are_not_labour_strikes(coder, text):
    events = _events(coder, text)
    assert not any(c.startswith("083") for c, _, _, _ in events), events
    assert not any(m == "asserted" for _, _, _, m in events), events


@pytest.mark.parametrize("text, code, source, modality", [
    ("Kenya backed out of the talks with Somalia.", "164", "KEN", "asserted"),
    ("Hungary backed out of the negotiations with Serbia.", "164", "HUN", "asserted"),
    ("The Philippines backed out of the planned summit with China.", "04", "PHL", "negated"),
    ("Colombia backed out of the deal with Ecuador.", "127", "COL", "asserted"),
    ("Uganda backed out of a planned meeting with Rwanda.", "04", "UGA", "negated"),
])
def test_backing_out_backs_no_one(coder, text, code, source, modality):
    events = _events(coder, text)
    assert has_event(events, code, source, modality), events
    assert not any(c.startswith("05") for c, _, _, _ in events), events


@pytest.mark.parametrize("text, source, modality", [
    ("Japan would not respond militarily to North Korea.", "JPN", "negated"),
    ("The Philippines said it would not react militarily to the Chinese blockade.", "PHL", "negated"),
    ("Seoul will not retaliate militarily against Pyongyang, the minister said.", "KOR", "negated"),
    ("South Korea responded militarily to the shelling by the North.", "KOR", "asserted"),
    ("Armenia did not respond militarily to the Azerbaijani incursion.", "ARM", "negated"),
])
def test_military_response(coder, text, source, modality):
    events = _events(coder, text)
    assert has_event(events, "19", source, modality), events
    if modality != "asserted":
        assert not any(m == "asserted" for _, _, _, m in events), events


@pytest.mark.parametrize("text, root, source, modality", [
    ("The ICC prosecutor visited Bucha to collect evidence of war crimes.", "09", "IGOJUD", "asserted"),
    ("UN inspectors visited the plant in Zaporizhzhia to assess the damage.", "09", "IGOUNO", "asserted"),
    ("Ecuadorean police forced their way into the embassy to arrest the former vice president.", "173", "ECUCOP",
     "asserted"),
    ("Bolivian police forced their way into the party offices to detain its leader.", "173", "BOLCOP", "asserted"),
    ("Kenya sent troops to Somalia to quell unrest.", "175", "KEN", "intended"),
    ("The Indian foreign minister will visit Dhaka to meet the interim leader.", "04", "IND", "intended"),
])
def test_act_done_on_arrival(coder, text, root, source, modality):
    events = _events(coder, text)
    assert has_event(events, root, source, modality), events
    if modality != "asserted":
        assert not any(c.startswith(root) and m == "asserted" for c, _, _, m in events), events


def test_proceeded_and_moved_acts_asserted(coder):
    for text, root in [("Chinese troops proceeded to seize the disputed island.", "19"),
                       ("Washington moved to expel twelve Russian diplomats.", "17"),
                       ("The Thai government moved to ban the opposition party.", "17")]:
        events = _events(coder, text)
        assert any(c.startswith(root) and m == "asserted" for c, _, _, m in events), (text, events)
        assert not any(m == "intended" for *_, m in events), (text, events)


@pytest.mark.parametrize("text, root, source", [
    ("Israel postponed its attack on Rafah.", "19", "ISR"),
    ("The army deferred the offensive against the rebels in Darfur.", "19", "SDN"),
    ("The EU postponed sanctions on Georgia.", "16", "IGOEU"),
    ("Turkey put off its assault on Kobani.", "19", "TUR"),
    ("Nigeria delayed its offensive against Boko Haram.", "19", "NGA"),
])
def test_act_put_off_is_negated_and_nothing_asserted(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "negated"), events
    assert not any(m == "asserted" for *_, m in events), events
