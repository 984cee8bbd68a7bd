"""Round 8b: statements of hostile intent and ceasefires (threat8b). A vow, pledge or promise whose
object is hostile is a threat (13x), not an intent to cooperate; a warning whose content is the warner's
own forceful response is a threat of force (138), not a pessimistic comment; a truce that takes effect,
holds or halts a fight is its parties' truce (0871) whoever brokered it; a stated refusal to cede or give
up ground is a refusal to yield (124), asserted. Our own sentences."""

import pytest

from gold_helpers import triples


def _has(t, code, source=None, target=None, modality=None):
    return any(c == code and (modality is None or m == modality) and (source is None or (s or "").startswith(source))
               and (target is None or (tg or "").startswith(target)) for s, tg, c, m in t)


def _codes(t):
    return {c for _, _, c, _ in t}


@pytest.mark.parametrize("text, source, target", [
    ("Hezbollah vowed to avenge the killing of its commander.", "LBN", None),
    ("The Houthis pledged to retaliate against American warships.", "YEM", "USA"),
    ("The Taliban promised harsh punishment for the attackers.", "AFG", None),
    ("Moscow vowed a crushing response to any strike on its territory.", "RUS", None),
    ("The junta vowed to crush the rebellion in the north.", None, None),
    ("Hamas pledged retribution for the assassination.", "PSE", None),
    ("Islamabad vowed a befitting military response to any Indian aggression.", "PAK", None),
    ("Baghdad vowed to destroy the militants hiding in the desert.", "IRQ", None),
    ("Khartoum swore vengeance against the Rapid Support Forces.", "SDN", None),
    ("Israel pledged to strike back at Hezbollah.", "ISR", "LBN"),
    ("Hezbollah swore to avenge the commander killed in Beirut.", "LBN", None),
])
def test_hostile_vows_are_threats(coder, text, source, target):
    t = triples(coder, text)
    assert _has(t, "138", source, target), t
    assert "030" not in _codes(t), t   # not the vow's cooperative default
    assert len([c for c in _codes(t) if c.startswith("13")]) == 1, t   # one threat


def test_a_vow_to_punish_is_one_threat(coder):
    t = triples(coder, "The Kremlin promised to punish Ukraine for the drone attack.")
    assert [c for c in _codes(t) if c.startswith("13")] and "030" not in _codes(t), t
    assert len(t) == 1, t


@pytest.mark.parametrize("text, code", [
    ("The president vowed to help the flood victims.", "03"),
    ("Japan pledged aid to the Philippines.", "03"),
    ("Germany promised support for Ukraine's reconstruction.", "03"),
    ("Nigeria vowed to release the detained journalists.", "03"),
])
def test_friendly_vows_stay_cooperative(coder, text, code):
    t = triples(coder, text)
    assert any(c.startswith(code) for c in _codes(t)), t
    assert not any(c.startswith("13") for c in _codes(t)), t


@pytest.mark.parametrize("text, source, target", [
    ("Iran warned that any attack on its nuclear sites would be met with a devastating response.", "IRN", None),
    ("Beijing cautioned that any move toward independence would be met with force.", "CHN", None),
    ("Russia warned it would respond with force to any NATO deployment in Finland.", "RUS", None),
    ("Israel warned that any Iranian aggression would be met with a crushing response.", "ISR", "IRN"),
    ("Seoul warned that any North Korean provocation would be met with overwhelming force.", "KOR", "PRK"),
])
def test_warnings_of_ones_own_response_are_threats(coder, text, source, target):
    t = triples(coder, text)
    assert _has(t, "138", source, target, "asserted"), t
    assert "012" not in _codes(t), t


@pytest.mark.parametrize("text", [
    "North Korea warned that it would retaliate if the drills went ahead.",
    "Caracas cautioned that it would hit back if Guyana let foreign troops in.",
])
def test_conditional_warnings_of_retaliation_are_threats_of_force(coder, text):
    t = triples(coder, text)
    # "warned": the warning was given, the threat is made (asserted, round 20); "cautioned" is no threat-making verb
    modality = "asserted" if " warned " in text else "conditional"
    assert any(c == "138" and m == modality for _, _, c, m in t), t


@pytest.mark.parametrize("text", [
    "The IMF warned that the war could hurt growth in Europe.",
    "Kyiv warned that Russia could attack the capital again.",
])
def test_warnings_of_others_stay_comments(coder, text):
    t = triples(coder, text)
    assert "012" in _codes(t), t
    assert "138" not in _codes(t), t


@pytest.mark.parametrize("text, a, b", [
    ("A ceasefire between Armenia and Azerbaijan took effect at noon.", "ARM", "AZE"),
    ("A truce between India and Pakistan came into force on Sunday.", "IND", "PAK"),
    ("The Ethiopia-Eritrea ceasefire held for a third day.", "ETH", "ERI"),
    ("A ceasefire took effect along the Armenia-Azerbaijan border.", "ARM", "AZE"),
    ("A ceasefire brokered by Qatar and Egypt halted the fighting between Israel and Hamas.", "ISR", "PSE"),
    ("A truce mediated by Turkey ended the clashes between Russia and Ukraine.", "RUS", "UKR"),
    ("A truce halted the fighting between Thailand and Cambodia.", "THA", "KHM"),
])
def test_truces_in_effect_are_their_parties(coder, text, a, b):
    t = triples(coder, text)
    assert _has(t, "0871", a, b, "asserted") and _has(t, "0871", b, a, "asserted"), t
    assert "173" not in _codes(t), t


def test_broker_of_a_truce_that_halted_a_fight_mediated():
    from foedus.coder.pipeline import Coder

    r = Coder().code_text("A truce mediated by Turkey ended the clashes between Russia and Ukraine.", date="2024-05-01")
    got = {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in r.events}
    assert ("045", "TUR", "RUS") in got and ("045", "TUR", "UKR") in got, got


@pytest.mark.parametrize("text, a, b", [
    ("The ceasefire between Sudan's army and the RSF collapsed after two days.", "SDN", "SDN"),
    ("The truce between Israel and Hamas broke down on Tuesday.", "ISR", "PSE"),
])
def test_collapsed_truces_are_violations(coder, text, a, b):
    t = triples(coder, text)
    assert _has(t, "196", a, b), t
    assert "0871" not in _codes(t), t


@pytest.mark.parametrize("text, source", [
    ("Serbia would not cede Kosovo.", "SRB"),
    ("Israel will not give up the Golan Heights.", "ISR"),
    ("Armenia refused to hand over the disputed villages.", "ARM"),
    ("Venezuela refused to surrender its claim to Essequibo.", "VEN"),
    ("Morocco said it would never relinquish Western Sahara.", "MAR"),
    ("Azerbaijan refused to cede any land to the separatists.", "AZE"),
])
def test_refusals_to_yield_are_124(coder, text, source):
    t = triples(coder, text)
    assert _has(t, "124", source, None, "asserted"), t


@pytest.mark.parametrize("text", [
    "Serbia did not cede Kosovo in 2008.",
    "The ceasefire between Israel and Hamas may take effect on Sunday, mediators said.",
])
def test_no_asserted_act_when_it_did_not_happen(coder, text):
    t = triples(coder, text)
    assert not any(c in {"124", "0871"} and m == "asserted" for _, _, c, m in t), t


@pytest.mark.parametrize("text, broker, a, b", [
    ("Egypt secured a truce between Israel and Islamic Jihad after two days of fighting.", "EGY", "ISR", "PSE"),
    ("The African Union arranged a ceasefire between Sudan's army and the RSF.", "IGO", "SDN", "SDN"),
    ("Turkish diplomats negotiated a truce between Azerbaijan and Armenia.", "TUR", "AZE", "ARM"),
])
def test_a_truce_brokered_between_two_is_mediation_and_their_truce(coder, text, broker, a, b):
    t = triples(coder, text)
    assert _has(t, "045", broker, a) and _has(t, "0871", a, b, "asserted") and _has(t, "0871", b, a, "asserted"), t


@pytest.mark.parametrize("text", [
    "Qatar is trying to broker a ceasefire between Israel and Hamas.",
    "Qatar did not broker a ceasefire between Israel and Hamas.",
    "Washington is brokering a truce between Congo and Rwanda.",
])
def test_a_truce_not_yet_brokered_is_not_asserted(coder, text):
    t = triples(coder, text)
    assert not any(c == "0871" and m == "asserted" for _, _, c, m in t), t
