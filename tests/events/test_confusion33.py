"""Type confusion (confusion33): forces moved abroad on a peacekeeping or relief mission, or at a request named in
their own clause, protect that country (074), no mobilisation against it (154); a mission only so called, or forces
kept at home, stay 154. Sanctions whose lifting or easing is ordered or signed are eased (085; intended 0354), not
imposed. Our own sentences."""

import pytest

from gold_helpers import triples


@pytest.mark.parametrize("text, date, target", [
    ("Senegal and Mali sent troops to Guinea-Bissau on Friday to reinforce the West African peacekeeping force.",
     "1998-03-06", "GNB"),
    ("Belarusian paratroopers landed in Armenia as part of a CSTO mission requested by the Armenian government.",
     "2022-01-08", "ARM"),
    ("Italian marines landed in Albania at the head of a multinational relief force.", "1997-04-15", "ALB"),
])
def test_forces_on_a_mission_abroad_protect(coder, text, date, target):
    got = triples(coder, text, date)
    assert any(c == "074" and (t or "").startswith(target) for s, t, c, m in got), got
    assert not any(c == "154" and (t or "").startswith(target) for s, t, c, m in got), got


def test_a_mission_only_so_called_stays_a_deployment(coder):
    got = triples(coder, "Moscow ordered troops into the two regions for what it called peacekeeping.", "2022-02-22")
    assert not any(c == "074" for s, t, c, m in got), got


@pytest.mark.parametrize("text, date, code", [
    ("Obama said he would order the lifting of U.S. sanctions on Myanmar.", "2016-09-14", "0354"),
    ("The president signed a decree easing sanctions on Cuba.", "2015-01-15", "085"),
])
def test_sanctions_lifted_are_eased(coder, text, date, code):
    got = triples(coder, text, date)
    assert any(c == code for s, t, c, m in got), got
    assert not any(c in {"163", "1312"} for s, t, c, m in got), got


def test_sanctions_ordered_are_still_imposed(coder):
    got = triples(coder, "Washington ordered new sanctions on Iran on Tuesday.", "2019-06-25")
    assert any(c == "163" for s, t, c, m in got), got
