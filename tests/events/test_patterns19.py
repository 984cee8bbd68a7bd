"""Doers named by their kind, and words of tariffs (round 19, patterns19): armed forces or rebels named as mentions
(a MIL or REB sector), gunmen or armoured vehicles that cross, roll or sweep into a place use force there (190);
levies or duties imposed, and tariffs or duties raised, are an embargo (163); a government suspended by an
international body is suspended from it (160); a bomb, a warhead or a nuclear device tested is a show of force (150),
and "tested on" is no attack; direct rule imposed on a region is an administrative sanction (172); people enslaved
are taken captive (181). Our own sentences, each family with sentences where the same words mean something
else."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    # doers of an armed entry named by their kind
    ("Hamas gunmen crossed into southern Israel at dawn.", "190", "PSEREB", "ISR"),
    ("Russian armoured vehicles rolled into the Georgian city of Gori on Wednesday.", "190", "RUS", "GEO"),
    ("Islamic State fighters swept into the Sinjar region.", "190", None, "IRQ"),
    # tariffs named by other words
    ("Washington imposed levies on Canadian steel.", "163", "USA", "CAN"),
    ("Beijing slapped duties on Australian wine.", "163", "CHN", "AUS"),
    ("The United States doubled tariffs on Indian goods.", "163", "USA", "IND"),
    # a government suspended by a body it belongs to; a court suspending an office-holder stays 172
    ("The African Union suspended Mali's transitional government.", "160", "IGO", "MLIGOV"),
    ("Thailand's Constitutional Court suspended Prime Minister Paetongtarn Shinawatra.", "172", "THAJUD", "THAGOV"),
    # weapons tested
    ("India tested a nuclear device in the Rajasthan desert.", "150", "IND", None),
    ("Pakistan detonated five nuclear devices on Thursday.", "150", "PAK", None),
    ("North Korea said it had tested a hydrogen bomb.", "150", "PRK", None),
    # direct rule imposed; people enslaved
    ("Madrid imposed direct rule on Catalonia.", "172", "ESPGOV", None),
    ("The central government placed the province under direct rule.", "172", None, None),
    ("The militants enslaved hundreds of women.", "181", "REB", None),
])
def test_kinds_and_tariffs(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, absent", [
    ("The refugees crossed into Uganda on foot.", "19"),
    ("The storm rolled into the coast on Tuesday.", "19"),
    ("Aid trucks rolled into Gaza on Sunday.", "19"),
    ("General Smith crossed into Iraq on Friday to meet his commanders.", "19"),
    ("The plane disappeared from radar after it crossed into Syrian airspace.", "19"),
    ("The government raised taxes on fuel.", "16"),
    ("The new minister took up his duties on Monday.", "16"),
    ("The club suspended the coach for three games.", "16"),
    ("Scientists tested a new vaccine on mice.", "1"),
    ("The company tested the software for bugs.", "1"),
    ("The king ruled the country directly for a decade.", "17"),
])
def test_other_uses_are_not_coded_so(coder, text, absent):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, absent, modality=None), t
