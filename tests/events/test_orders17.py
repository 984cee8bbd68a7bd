"""Acts ordered to one's own forces (orders17): the object of an ordering verb controls its infinitive, and
forces sent to another country to defend it protect it (074). Our own sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target", [
    # "ordered his forces to advance on X": the forces advance ("troop * (on)"), not the one who orders
    ("Russian President Vladimir Putin ordered the army to march on Kyiv.", "RUS", "UKR"),
    ("The Sudanese army chief ordered his troops to advance on Khartoum.", "SDN", "SDN"),
])
def test_object_of_an_order_controls_its_infinitive(coder, text, source, target):
    t = triples(coder, text, date="2024-05-02", modality=None)
    assert has_coded(t, "190", source, target, modality=None), t


def test_an_appeal_to_another_party_is_no_act_of_its_own(coder):
    # "urged the rebels to advance": the appeal (02x), not an attack by the rebels
    t = triples(coder, "The UN urged the rebels to advance on the capital.", date="2024-05-02", modality=None)
    assert not has_coded(t, "190", modality=None), t


@pytest.mark.parametrize("text, source, target", [
    ("Bush ordered U.S. troops and warplanes to Saudi Arabia to defend the kingdom.", "USA", "SAU"),
    ("The president ordered British troops to Kuwait to protect the emirate.", "GBR", "KWT"),
])
def test_forces_sent_to_defend_another_country_protect_it(coder, text, source, target):
    t = triples(coder, text, date="1990-08-08", modality=None)
    assert has_coded(t, "074", source, target) and not has_coded(t, "154", source, target), t


@pytest.mark.parametrize("text", [
    "Putin ordered Russian troops into Ukraine to protect the separatists.",
    "The president ordered troops to the capital to protect government buildings.",
])
def test_forces_sent_to_protect_a_party_or_at_home_stay_a_deployment(coder, text):
    t = triples(coder, text, date="2022-02-21", modality=None)
    assert not has_coded(t, "074"), t


@pytest.mark.parametrize("text", [
    "The Kremlin said Putin had ordered Russian troops in after the separatists asked for help.",
    "The president ordered the army in to end the siege.",
])
def test_an_order_to_own_forces_is_no_demand(coder, text):
    # "ordered troops in": the forces are sent in (154), the order is no demand (100) on one's own army
    t = triples(coder, text, date="2022-02-21", modality=None)
    assert not has_coded(t, "100", modality=None), t


def test_an_order_to_another_party_stays_a_demand(coder):
    from foedus.coder import vetter

    with vetter.disabled():   # the rules' reading: the vetter of session 33 drops the event (a known loss, docs/model.md)
        t = triples(coder, "Russia ordered Ukraine to withdraw its troops from the border.", date="2022-02-21",
                    modality=None)
    assert has_coded(t, "10", "RUS", "UKR"), t
