"""Targets of listed actors (issue 10, helper dyad24): our own sentences."""

from gold_helpers import triples


def _has(t, code, source=None, target=None, modality="asserted"):
    return any(c == code and m == modality and (source is None or (s or "").startswith(source))
               and (target is None or (tg or "") == target) for s, tg, c, m in t)


def test_each_actor_of_an_of_list_is_a_target(coder):
    t = triples(coder, "Boko Haram fighters killed dozens of Chadian soldiers and Nigerien gendarmes near Lake Chad.",
                date="2021-05-03")
    assert _has(t, "190", "TCDREB", "TCDMIL") and _has(t, "190", "TCDREB", "NERCOP"), t


def test_the_model_target_and_its_conjunct(coder):
    t = triples(coder, "Al-Shabaab fighters fired shells filled with chlorine at Kenyan and Somali troops near Kismayo.",
                date="2021-05-03")
    assert _has(t, "2041", "SOMREB", "KENMIL") and _has(t, "2041", "SOMREB", "SOMMIL"), t
    # one target named alone stays one
    t = triples(coder, "Al-Shabaab fighters fired shells filled with chlorine at Kenyan troops near Kismayo.",
                date="2021-05-03")
    assert [tg for s, tg, c, m in t if c == "2041"] == ["KENMIL"], t


def test_a_demand_on_a_listed_subject_is_a_demand_on_each(coder):
    t = triples(coder, "The UN chief urged that Ethiopia and Eritrea withdraw their troops from the border.", date="2023-05-30")
    assert _has(t, "020", "IGO", "ETH") and _has(t, "020", "IGO", "ERI"), t


def test_a_bomber_shot_down_is_the_shooters_force_against_its_owner(coder):
    t = triples(coder, "A Turkish F-16 shot down a Russian bomber near the Syrian border.", date="2015-11-24")
    assert _has(t, "195", "TURMIL", "RUSMIL") and not any((s or "").startswith("RUS") for s, tg, c, m in t), t


def test_tigrayan_fighters_are_ethiopias_rebels(coder):
    t = triples(coder, "Tigrayan fighters recaptured Mekelle as the federal government declared a unilateral ceasefire.",
                date="2021-06-29")
    assert _has(t, "192", "ETHREB") and _has(t, "0871", "ETHGOV", "ETHREB"), t


def test_vice_premier_liu_he_is_chinas_government(coder):
    t = triples(coder, "Vice Premier Liu He met Treasury Secretary Steven Mnuchin in Washington for trade talks.",
                date="2019-05-09")
    assert any((s or "").startswith("CHNGOV") for s, tg, c, m in t) and not any(
        (s or "").startswith("TWN") or (tg or "").startswith("TWN") for s, tg, c, m in t), t
