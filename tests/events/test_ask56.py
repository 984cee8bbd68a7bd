"""Helper ask56 (issue 10): giving and yielding, asking and refusing (CAMEO roots 06, 07, 08, 10, 12) in wording
nobody tuned on. Our own sentences, not gold sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target, date", [
    # forces sent abroad to help a state or its army fight beside it: military cooperation (062), not a
    # mobilisation against the country they go to (154)
    ("Rwanda sent soldiers to Bangui to help President Touadera push back the rebel coalition.",
     "RWA", "CAFGOV", "2021-01-10"),
    ("Angola sent troops to prop up President Sassou Nguesso's government in Brazzaville.", "AGO", "COG", "1997-10-10"),
    ("Kenya sent troops to Somalia to help the Somali government fight al-Shabaab.", "KEN", "SOM", "2011-10-20"),
])
def test_forces_sent_to_help_a_state_cooperate_with_it(coder, text, source, target, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "062", source, target), t
    assert not has_coded(t, "154", source, modality=None), t


@pytest.mark.parametrize("text, code", [
    # at home, or helping no state: the deployment stays one
    ("Poland sent soldiers to its border with Belarus to help guards stop migrants.", "154"),
    # forces sent to protect a state keep the protection rule (074)
    ("France sent 2,000 soldiers to Mali to protect the government.", "074"),
])
def test_forces_sent_at_home_or_to_protect_keep_their_code(coder, text, code):
    t = triples(coder, text, date="2021-05-10")
    assert has_coded(t, code, modality=None), t
    assert not has_coded(t, "062", modality=None), t


@pytest.mark.parametrize("text, source", [
    # cooperation with the nuclear watchdog suspended or ended refuses it its work (1245; gold README: suspending
    # cooperation with the IAEA 1245 at IGOUNOIAE), not a cut in relations (160)
    ("North Korea halted its cooperation with the International Atomic Energy Agency on Monday.", "PRK"),
    ("Syria suspended cooperation with the IAEA after the raid on its reactor site.", "SYR"),
])
def test_cooperation_with_the_watchdog_suspended_refuses_its_work(coder, text, source):
    t = triples(coder, text, date="2009-04-14")
    assert has_coded(t, "1245", source, "IGOUNOIAE"), t
    assert not has_coded(t, "160", modality=None), t


def test_inspectors_barred_are_refused(coder):
    t = triples(coder, "Syria barred UN inspectors from a desert site near Deir ez-Zor on Friday.", date="2008-06-20")
    assert has_coded(t, "1245", "SYR", "IGOUNO"), t
    assert not has_coded(t, "160", modality=None), t


def test_cooperation_suspended_with_others_stays_a_cut_in_relations(coder):
    t = triples(coder, "Ankara suspended military cooperation with Tel Aviv after the raid.", date="2010-06-03")
    assert not has_coded(t, "1245", modality=None), t


@pytest.mark.parametrize("text, source, target", [
    # voting against a text rejects it (120); only a veto vetoes (129)
    ("Hungary and Slovakia voted against the EU's new asylum rules at the interior ministers' meeting.", "HUN",
     "IGOEUREEC"),
    ("Norway's parliament voted against the government's plan to sell the state oil company.", "NORLEG", "NORGOV"),
])
def test_a_vote_against_rejects(coder, text, source, target):
    t = triples(coder, text, date="2015-09-22")
    assert has_coded(t, "120", source, target), t
    assert not has_coded(t, "129", modality=None), t


def test_a_veto_stays_a_veto(coder):
    t = triples(coder, "China vetoed the draft resolution on Myanmar at the Security Council.", date="2007-01-12")
    assert has_coded(t, "129", "CHN"), t


@pytest.mark.parametrize("text, source, target", [
    # an embargo or sanctions kept in place: the easing refused (1244), asserted even when told as a plan ("would keep
    # ... until"): the refusal is made now (gold README, Intention: a refusal is the 12x rejection, asserted)
    ("Washington said it would keep its trade embargo on Vietnam until Hanoi accounted for missing servicemen.",
     "USA", "VNM"),
    ("The European Union lifted its visa ban on Belarusian ministers but kept its arms embargo on Minsk.",
     "IGOEUREEC", "BLR"),
    ("Japan agreed to retain its embargo on North Korean imports until the abduction issue was resolved.", "JPN",
     "PRK"),
])
def test_an_embargo_kept_refuses_to_ease_it(coder, text, source, target):
    t = triples(coder, text, date="1994-01-20")
    assert has_coded(t, "1244", source, target), t
    assert not has_coded(t, "13", source, modality=None), t


def test_an_embargo_kept_only_on_a_condition_stays_conditional(coder):
    t = triples(coder, "Exporters said they would stop shipments unless Ottawa kept its embargo on Chinese steel.",
                date="2019-03-20")
    assert not has_coded(t, "1244"), t


def test_an_embargo_extended_is_imposed_again(coder):
    t = triples(coder, "The Security Council extended its arms embargo on Somalia for another year.", date="2019-11-15")
    assert has_coded(t, "163", "IGOUNO", "SOM"), t
    assert not has_coded(t, "124", modality=None), t


@pytest.mark.parametrize("text, code, source, target", [
    # the state's refusal to let a rally or march go ahead, or to register a party, restricts political freedoms
    # (1721; a party kept off the register is banned, 1722), no bare rejection (120)
    ("Police in Minsk refused permission for an opposition march on Independence Avenue.", "1721", "BLRCOP", "BLR"),
    ("Moscow's city hall rejected an application for a protest rally on Sakharov Avenue.", "1721", "RUS", "RUS"),
    ("Belarus's justice ministry refused to register the opposition Christian Democratic Party.", "1722", "BLRGOV",
     "BLROPP"),
])
def test_a_rally_or_a_party_refused_restricts_freedoms(coder, text, code, source, target):
    t = triples(coder, text, date="2011-03-20")
    assert has_coded(t, code, source, target), t
    assert not has_coded(t, "120", modality=None), t


def test_a_refusal_of_something_else_stays_a_rejection(coder):
    t = triples(coder, "Minsk refused permission for the EU ambassador's visit to the Kurapaty memorial.",
                date="2011-03-20")
    assert not has_coded(t, "172", modality=None), t
