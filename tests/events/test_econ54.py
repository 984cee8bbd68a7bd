"""Economic statecraft (fifty-fourth session, helper econ54, found on the tune part and blind 53's economic batch): our
own sentences."""

import pytest

from gold_helpers import has_coded, triples


# ---- a halt or suspension ordered to trade, imports or exports is the embargo (163), to aid its cut (162) ------------

@pytest.mark.parametrize("text, source, target, code", [
    ("President Trump ordered a halt to all imports of Venezuelan crude on Tuesday.", "USAGOV", "VEN", "163"),
    ("Bogota's president ordered the suspension of coal exports to Turkey.", "COLGOV", "TUR", "163"),
    ("The prime minister ordered an end to trade with Qatar.", None, "QAT", "163"),
    ("The chancellor ordered the suspension of development aid to Rwanda.", None, "RWA", "162"),
])
def test_a_halt_to_trade_ordered_is_the_embargo(coder, text, source, target, code):
    t = triples(coder, text, date="2019-02-05")
    assert has_coded(t, code, source, target), t


def test_a_halt_to_fighting_ordered_is_still_no_embargo(coder):
    t = triples(coder, "Putin ordered a halt to the offensive near Kharkiv.", date="2022-05-01")
    assert not any(c.startswith("16") for s, tg, c, m in t), t


# ---- an owned sanction reimposed in the passive is imposed by its owner ------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("UN sanctions on North Korea were reimposed on Sunday.", "IGOUNO", "PRK"),
    ("American tariffs on Mexican tomatoes were reinstated this week.", "USA", "MEX"),
])
def test_owned_sanctions_reimposed_are_imposed(coder, text, source, target):
    t = triples(coder, text, date="2019-02-05")
    assert has_coded(t, "163", source, target), t


def test_owned_sanctions_lifted_are_not_imposed(coder):
    t = triples(coder, "UN sanctions on North Korea were lifted on Sunday.", date="2019-02-05")
    assert not has_coded(t, "163"), t


# ---- aid of several kinds named side by side: one act per kind --------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("Japan suspended economic and military aid to Burma on Friday.", "MMR"),
    ("Washington suspended all military and most economic assistance to Guatemala.", "GTM"),
])
def test_aid_of_two_kinds_cut_is_two_cuts(coder, text, target):
    t = triples(coder, text, date="1988-09-23")
    assert has_coded(t, "1621", None, target), t
    assert has_coded(t, "1622", None, target), t
    assert not has_coded(t, "07"), t   # the aid suspended is not aid given


def test_aid_of_two_kinds_pledged_is_two_pledges(coder):
    t = triples(coder, "Canada pledged military and humanitarian aid to Ukraine on Tuesday.", date="2022-03-01")
    assert has_coded(t, "0332", "CAN", "UKR", modality="intended"), t
    assert has_coded(t, "0333", "CAN", "UKR", modality="intended"), t


def test_aid_of_one_kind_stays_one_act(coder):
    t = triples(coder, "Japan suspended economic aid to Burma on Friday.", date="1988-09-23")
    assert sum(1 for s, tg, c, m in t if c.startswith("16")) == 1, t
    assert not has_coded(t, "1622"), t
