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
