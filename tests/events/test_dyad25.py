"""Countries of targets (issue 10, helper dyad25): our own sentences."""

from gold_helpers import triples


def _has(t, code, source=None, target=None, modality=None):
    return any(c[:len(code)] == code and (modality is None or m == modality)
               and (source is None or (s or "").startswith(source))
               and (target is None or (tg or "").startswith(target)) for s, tg, c, m in t)


def test_the_two_who_agree_agree_with_each_other(coder):
    # a group subject spreads a cooperative act over its parties: each with the other, not with the topic
    # ("talks on Sudan") or the town of a relative clause ("Ankara, where the two agreed ...")
    t = triples(coder, "Emmanuel Macron said he had spoken by phone with Olaf Scholz and that the two had agreed to hold "
                       "talks on Sudan.", date="2024-03-01")
    assert _has(t, "03", "FRA", "DEU") and not _has(t, "03", "FRA", "SDN"), t
