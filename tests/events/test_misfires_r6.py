"""Precision misfires (round 6b): an intercepted craft of another state is the interceptor's force, not
its owner's attack; conjoined agents of a passive (or subjects of a one-sided act) are co-sources, never
each other's target. Our own sentences."""

import pytest

from gold_helpers import triples


@pytest.mark.parametrize("text,source,target", [
    ("Chinese warplanes intercepted a Japanese drone over the East China Sea.", "CHN", "JPN"),
    ("A British drone was intercepted by Iranian jets over the Gulf of Oman.", "IRN", "GBR"),
    ("Turkey shot down a Syrian drone near the border on Tuesday.", "TUR", "SYR"),
])
def test_one_intercepted_craft_is_the_interceptors_force(coder, text, source, target):
    got = triples(coder, text)
    assert any(c.startswith("19") and s.startswith(source) and t.startswith(target) and m == "asserted"
               for s, t, c, m in got), got
    assert not any(s.startswith(target) for s, t, c, m in got), got


@pytest.mark.parametrize("text,source,target", [
    ("Polish air defences intercepted twelve Belarusian drones over Lublin.", "BLR", "POL"),
    ("Jordanian jets shot down a drone launched by Iran toward Amman.", "IRN", "JOR"),
    ("Israeli air defences intercepted a Hezbollah drone over the Galilee.", "LBN", "ISR"),
])
def test_counted_or_launched_craft_stays_the_launchers_attack(coder, text, source, target):
    got = triples(coder, text)
    assert any(c.startswith("19") and s.startswith(source) and t.startswith(target) for s, t, c, m in got), got


def test_craft_not_intercepted_is_no_asserted_force(coder):
    got = triples(coder, "Chinese warplanes did not intercept the Japanese drone.")
    assert not any(c.startswith("19") and m == "asserted" for s, t, c, m in got), got
