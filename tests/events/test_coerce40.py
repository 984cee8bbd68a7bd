"""Coercion (CAMEO 17: property seized or destroyed, arrests, expulsions, repression) the coder missed, each fixed
as a class and tested on our own sentences (helper coerce40 of the fortieth session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, code, source", [
    # a crowd that burns or loots property of an owner it names riots (145) and destroys or seizes that property too
    # (gold README: "protesters burning parliament 145 plus 1712", "ransacking ministers' homes 145 plus 1711")
    ("Demonstrators torched the main police station in Mardan after the fuel price rise.", "2023-02-14", "1712", "PAKCVL"),
    ("Protesters set fire to the headquarters of the ruling party in Khartoum.", "2019-03-02", "1712", "SDNCVL"),
    ("Rioters looted the governor's residence in Kandy on the third night of unrest.", "2022-04-21", "171", "LKACVL"),
])
def test_a_crowd_destroying_property_riots_and_destroys_it(coder, text, date, code, source):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source), t


@pytest.mark.parametrize("text, date", [
    # tyres, bins or an effigy burned are the protest's means, not property destroyed: the riot alone
    ("Protesters threw stones at police and set tyres alight outside the court in Lusaka.", "2021-08-09"),
    ("Youths set fire to rubbish bins and hurled bottles at riot police in Lyon.", "2023-07-01"),
])
def test_tyres_and_bins_burned_by_protesters_are_only_a_riot(coder, text, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "145"), t
    assert not has_coded(t, "17", modality=None), t


def test_shops_burned_at_large_stay_one_riot(coder):
    # property with no owner named, in a place where a crowd rioted at large: the riot alone (gold README)
    t = triples(coder, "Rioters burned shops and cars in the centre of Port-Gentil overnight.", date="2016-09-01")
    assert has_coded(t, "145"), t
    assert not has_coded(t, "17", modality=None), t


def test_a_crowd_storming_a_building_is_not_also_destroying_it(coder):
    # storming is the riot's entry, not destruction (gold README: a crowd that stormed a building without damage)
    t = triples(coder, "Hundreds of protesters stormed the provincial assembly in Quetta.", date="2022-06-20")
    assert has_coded(t, "145"), t
    assert not has_coded(t, "1712", modality=None), t


@pytest.mark.parametrize("text, date, source, target", [
    # a reward raised or offered for a person's capture or arrest is the arrest sought (gold README: 173)
    ("The army doubled the bounty for the capture of the rebel commander.", "2021-01-04", "MIL", "REB"),
    ("Washington raised the reward for the capture of the cartel boss to ten million dollars.", "2019-06-11",
     "USA", None),
    # an arrest or a detention ordered or approved is the arrest, as "ordered his arrest"
    ("A court in Moscow ordered the detention of the journalist for two months.", "2020-06-12", "RUSJUD", "RUSMED"),
    ("A judge approved the arrest of the opposition leader on bribery charges.", "2024-03-02", "JUD", "OPP"),
])
def test_a_reward_for_a_capture_and_an_arrest_ordered_are_arrests(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "173", source, target), t


def test_a_reward_for_anything_else_is_no_arrest(coder):
    t = triples(coder, "The government offered a reward to farmers who plant more wheat.", date="2019-05-03")
    assert not has_coded(t, "17", modality=None), t


@pytest.mark.parametrize("text, date, target", [
    # gunmen no one names firing on protesters repress them (175, no source), as a state's forces would
    ("Gunmen on motorbikes opened fire on protesters outside the governor's office in Bamenda.", "2017-10-01", "CMRCVL"),
    ("Snipers fired into a crowd of peace marchers near the parliament in Sarajevo.", "1992-04-06", None),
])
def test_unnamed_gunmen_firing_on_protesters_repress_them(coder, text, date, target):
    t = triples(coder, text, date=date)
    assert any(c == "175" and s is None and (target is None or (tg or "").startswith(target)) for s, tg, c, m in t), t


@pytest.mark.parametrize("text, date", [
    # a crowd at large, not protesting: the attack keeps its code
    ("Gang members opened fire on a crowd waiting for a bus in Cap-Haitien, killing five.", "2022-05-01"),
    ("A man drove a lorry into a crowd watching the fireworks on the seafront, killing dozens.", "2016-07-15"),
])
def test_gunmen_firing_on_a_crowd_at_large_is_no_repression(coder, text, date):
    t = triples(coder, text, date=date)
    assert not has_coded(t, "175", modality=None), t


def test_soldiers_firing_on_a_stone_throwing_crowd_repress_it(coder):
    # the crowd that threw stones at the troops is the one they fire on (its people: CVL of its country)
    t = triples(coder, "Palestinians threw stones at Israeli troops in Nablus, and soldiers fired on the crowd.",
                date="1988-12-09")
    assert has_coded(t, "175", "ISRMIL", "PSECVL"), t


@pytest.mark.parametrize("text, date", [
    # "caught ... off guard / by surprise / on holiday": an idiom of surprise, nobody seized (no 17)
    ("The general's sudden resignation caught currency traders on holiday.", "2018-12-28"),
    ("The rebel offensive caught the government's troops off guard.", "2016-04-02"),
    # an epidemic declared a public health emergency imposes no state of emergency (no 1724)
    ("The World Health Organization declared the cholera outbreak a public health emergency.", "2023-02-10"),
])
def test_idioms_of_catching_and_health_emergencies_are_no_coercion(coder, text, date):
    t = triples(coder, text, date=date)
    assert not has_coded(t, "17", modality=None), t


def test_a_suspect_caught_by_police_and_a_state_of_emergency_stay_coded(coder):
    t = triples(coder, "Police caught the suspect at a checkpoint near Nis.", date="2011-05-26")
    assert has_coded(t, "173", "SRBCOP"), t
    t = triples(coder, "Peru's president declared a state of emergency in the southern region of Puno.", date="2023-01-15")
    assert has_coded(t, "1724", "PERGOV", "PER"), t


@pytest.mark.parametrize("text, date, source, target", [
    # online platforms cut off by name or kind restrict the state's own people's freedoms (1721 at the country)
    ("Ethiopian authorities blocked Facebook, Telegram and TikTok across the Amhara region.", "2023-08-05", "ETHGOV", "ETH"),
    ("Bangladesh restricted access to social media platforms as the student protests spread.", "2024-07-18", "BGD", "BGD"),
    # a blackout of communications imposed
    ("Authorities imposed a communications blackout on the Tigray region.", "2020-11-04", None, None),
])
def test_platforms_and_blackouts_cut_off_are_curbs_on_freedoms(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "1721", source, target), t


def test_a_joined_verb_in_a_passive_is_the_passive_verb(coder):
    # "were tear-gassed by police": the joined hyphenated verb the tagger read as an adjective, with its passive
    # auxiliary, is the passive participle, its by-phrase the doer
    t = triples(coder, "Students protesting the closure of their campus were tear-gassed by police in Kampala.", date="2022-03-04")
    assert has_coded(t, "175", "UGACOP", "UGA"), t


@pytest.mark.parametrize("text, date, source", [
    # answering with riot-control weapons is using them on those who provoked the answer
    ("Protesters in Lima threw stones at police, who responded with tear gas and rubber bullets.", "2023-01-19", "PERCOP"),
    ("Philippine supply boats neared the shoal, and the Chinese coast guard answered with water cannon.", "2023-08-05",
     "CHN"),
])
def test_answering_with_tear_gas_is_repression(coder, text, date, source):
    t = triples(coder, text, date=date)
    assert has_coded(t, "175", source), t


def test_answering_with_a_statement_is_no_repression(coder):
    t = triples(coder, "The ministry responded with a statement rejecting the claims.", date="2022-01-01")
    assert not has_coded(t, "17", modality=None), t
