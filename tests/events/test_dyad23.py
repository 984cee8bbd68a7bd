"""Countries of bare agents and of possessive pronouns on conjoined objects (issue 10, helper dyad23): our own sentences."""

from gold_helpers import triples


def _has(t, code, source=None, target=None, modality="asserted"):
    return any(c == code and m == modality and (source is None or (s or "").startswith(source))
               and (target is None or (tg or "") == target) for s, tg, c, m in t)


def test_its_on_a_conjunct_is_the_first_conjuncts_owner(coder):
    t = triples(coder, "Washington blacklisted Eritrea's armed forces and its ruling party.", date="2021-11-12")
    assert _has(t, "163", "USA", "ERIPTY") and not any((tg or "").startswith("USAPTY") for s, tg, c, m in t), t
    # a person's name is not "its": the subject's
    t = triples(coder, "Britain sanctioned Putin's daughters and its own banks.", date="2022-04-06")
    assert not any((tg or "").startswith("RUSBUS") for s, tg, c, m in t), t
