"""(target59) Who did it to whom. A state's force named without its country ("the army") is not of the state its own
act falls on ("the army searched the Chinese consulate, accusing Peking"), nor of a state that a crowd's or armed
group's act falls on; people a "foreign" before their noun says are of another
state ("foreign media", "foreign intelligence services", "foreign firms") take no country of the sentence by guess.
Northern Ireland is the United Kingdom's (data/actors/countries.yaml), not Ireland's. The gold README's blind58 codes
as dictionary facts: the Red Guards CHNCVL, the EPLF ETHSEP until Asmara fell, Turkish Cypriot leaders CYPSEP, the New
IRA GBRUAF (data/actors). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


# ------------------------------------------------------------- a bare force is not of the state its act falls on
def test_army_searching_a_foreign_consulate_after_a_riot_is_the_rioters_states(coder):
    got = _events(coder, "Burmese students sacked the offices of the Chinese trade mission in Rangoon and the "
                         "army searched the Chinese embassy, accusing Peking of arming the rebels.", "1967-06-28")
    assert any(c.startswith("11") and s == "MMRMIL" and t.startswith("CHN") for c, s, t, _ in got), got
    assert all(s != "CHNMIL" for _, s, _, _ in got), got


# -------------------------------------------------------------------------------- "foreign" people of no country
def test_foreign_media_accused_by_a_government_are_of_no_country(coder):
    got = _events(coder, "Belarusian authorities detained a Polish reporter and accused foreign media of "
                         "inciting the protests.", "2020-08-20")
    assert ("112", "BLRGOV", "MED", "asserted") in [(c[:3], s, t, m) for c, s, t, m in got], got


# ------------------------------------------------------------------------------ Northern Ireland is the UK's own
def test_northern_ireland_police_and_their_chief_are_british(coder):
    got = _events(coder, "Northern Ireland's police chief apologised to the victims' families after officers in "
                         "Northern Ireland arrested the wrong men.", "2022-05-11")
    assert any(c.startswith("055") and s == "GBRCOP" for c, s, _, _ in got), got
    assert all(not s.startswith("IRL") and not t.startswith("IRL") for _, s, t, _ in got), got


# ------------------------------------------------ dictionary facts of the gold README's blind58 conventions
def test_red_guards_are_chinas_civilians(coder):
    got = _events(coder, "Red Guards ransacked the Indonesian embassy in Peking and beat two of its diplomats.",
                  "1967-04-24")
    assert any(s == "CHNCVL" and t.startswith("IDN") for _, s, t, _ in got), got


def test_eplf_before_asmara_fell_is_ethiopias_separatists(coder):
    got = _events(coder, "The EPLF shelled the Ethiopian garrison at Keren on Sunday.", "1989-03-12")
    assert any(c.startswith("19") and s == "ETHSEP" for c, s, _, _ in got), got
    assert all(not s.startswith("ERI") for _, s, _, _ in got), got


def test_turkish_cypriot_leader_is_cypsep(coder):
    got = _events(coder, "Mustafa Akinci criticised Ankara's plan to reopen Varosha.", "2019-08-10")
    assert any(c.startswith("11") and s == "CYPSEP" and t.startswith("TUR") for c, s, t, _ in got), got


# ------------------------------------------------------------------------------------------------------ guards
def test_bare_police_keep_the_state_named_in_a_later_clause_of_its_own(coder):
    got = _events(coder, "Police arrested twelve people at a road blockade near Kamloops on Monday, after Prime "
                         "Minister Justin Trudeau said the barricades had to come down.", "2020-02-24")
    assert any(c.startswith("173") and s == "CANCOP" for c, s, _, _ in got), got



def test_army_of_a_state_acting_on_its_own_people_keeps_that_state(coder):
    got = _events(coder, "Kenyan police fired tear gas at opposition supporters in Nairobi, and the army "
                         "arrested two Kenyan opposition leaders.", "2017-10-27")
    assert any(c.startswith("17") and s.startswith("KEN") and t.startswith("KEN") for c, s, t, _ in got), got


def test_ireland_itself_stays_irish(coder):
    got = _events(coder, "Ireland's foreign minister criticised Britain over the new border checks.", "2021-02-03")
    assert any(c.startswith("11") and s == "IRLGOV" and t.startswith("GBR") for c, s, t, _ in got), got


def test_foreign_minister_stays_his_own_states(coder):
    got = _events(coder, "Iran's foreign minister accused Israel of sabotaging the talks.", "2021-04-12")
    assert any(c.startswith("112") and s == "IRNGOV" and t.startswith("ISR") for c, s, t, _ in got), got
