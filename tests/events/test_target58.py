"""(target58) Who did it to whom. East Pakistan was Pakistan until the surrender in Dacca (1971-12-16): its
police, army and people before then are PAK, while the Mukti Bahini and the Bangladesh government in exile stay
BGDREB (data/actors/dated_states.tsv and its ``keeps`` column; the gold README's blind57 section); Sheikh Mujibur
Rahman was in Pakistan's opposition until March 1971. The Taliban fighting in Pakistan's towns before August 2021 are
Pakistan's rebels (data/actors/groups_abroad.tsv), their envoys there stay Afghan. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


# ----------------------------------------------------------------------------------- East Pakistan before 1971-12-16
def test_police_of_dacca_before_independence_are_pakistans(coder):
    got = _events(coder, "Police fired on students marching through Dacca against the new language law, "
                         "killing two.", "1953-03-01")
    assert any(s == "PAKCOP" for _, s, _, _ in got), got
    assert all(not s.startswith("BGD") and not t.startswith("BGD") for _, s, t, _ in got), got


def test_mukti_bahini_stay_bangladesh_rebels_and_their_enemy_is_pakistan(coder):
    got = _events(coder, "Mukti Bahini guerrillas ambushed an army convoy near Jessore on Tuesday.", "1971-09-14")
    assert any(c.startswith("19") and s == "BGDREB" and t.startswith("PAK") for c, s, t, _ in got), got


def test_mujib_before_the_crackdown_is_pakistans_opposition(coder):
    got = _events(coder, "Sheikh Mujibur Rahman accused the central government of neglecting the flood victims.",
                  "1970-08-20")
    assert any(c.startswith("11") and s == "PAKOPP" for c, s, _, _ in got), got


# ------------------------------------------------------------------------------------------------------ guards
def test_dhaka_police_after_independence_are_bangladeshs(coder):
    got = _events(coder, "Police fired tear gas at opposition supporters marching through Dhaka on Sunday.",
                  "1996-03-03")
    assert any(s == "BGDCOP" for _, s, _, _ in got), got


# ------------------------------------------------------------ an armed group fighting next door (groups_abroad.tsv)
def test_taliban_attacking_in_pakistans_north_west_are_pakistans_rebels(coder):
    got = _events(coder, "Taliban gunmen shot a schoolgirl on her school bus in Mingora, in the Swat valley.",
                  "2012-10-10")
    assert any(c.startswith("18") and s == "PAKREB" for c, s, _, _ in got), got


def test_taliban_fighting_in_afghanistan_stay_afghan(coder):
    got = _events(coder, "Taliban fighters ambushed a NATO convoy near Kandahar.", "2010-05-01")
    assert got and all(s.startswith("AFG") for _, s, _, _ in got), got


def test_taliban_envoy_in_islamabad_stays_afghan(coder):
    got = _events(coder, "The Taliban's ambassador in Islamabad rejected Washington's demand to surrender bin Laden.",
                  "2001-09-21")
    assert any(s.startswith("AFG") for _, s, _, _ in got), got
    assert all(not s.startswith("PAK") and not t.startswith("PAK") for _, s, t, _ in got), got
