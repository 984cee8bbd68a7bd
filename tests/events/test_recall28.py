"""Recall of verbal and diplomatic events, round 28 (recall28). A state or an armed group that says its own campaign
of force (an attack noun with no doer of its own: "the offensive", "the military operation", "the armed struggle")
will go on, last or widen threatens more force (138, intended), aimed at the noun's own target or the subject of its
"until" clause; a speaker of no side is no doer. A military or ground operation and an armed struggle are force (190)
nouns; pausing one's own offensive or halting military operations de-escalates (087). A visit with its own visitor and
destination told in an "after"/"following"/"since" phrase took place (042), a capital visited standing for its
country; one still ahead, or with no visitor or destination of its own, is not coded so. A vote, a referendum or a
declaration called, declared or said to be illegal or invalid, and anything called null and void, is rejected (120);
another act called illegal, or one condemned as illegal, stays criticism (111). A wanted person (a suspect, a
terrorist, "jailed cartel figures") handed, sent or transferred to another state, or anyone handed to a court or tribunal,
is judicial cooperation (063); hostages or pilots handed over stay releases (0841). Fighting alongside an ally's forces
is military cooperation (062) whatever the ally's words ("government forces"); forces backed by another's means of war
("backed by Emirati armour") are helped in war by their owner (062), forces backed by another's strikes or troops have
that one fighting their foe too (19x); a backer named alone is left to other rules. Our own sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target, modality", [
    ("Kenya said the military offensive against the rebels would continue until they surrendered.",
     "138", "KEN", "KENREB", "intended"),
    ("Colombia's defence minister said the military operation would continue until the ELN released the hostages.",
     "138", "COLGOV", "COLREB", "intended"),
    ("Israel said it would pause its offensive for ten hours a day in parts of Gaza.", "0356", "ISR", "PSE", "intended"),
    ("Turkey said it would halt military operations in northern Syria.", "0356", "TUR", None, "intended"),
    ("Beijing cut military ties after Nancy Pelosi's visit to Taipei.", "042", "USALEG", "TWN", "asserted"),
    ("Relations soured after a trip by the Iranian foreign minister to Riyadh.", "042", "IRNGOV", "SAU", "asserted"),
    ("Kosovo's assembly declared independence, and Belgrade called the declaration invalid.", "120", "SRBGOV", "KSV",
     "asserted"),
    ("Catalonia held an independence referendum, and Madrid said the vote was illegal.", "120", "ESPGOV", None,
     "asserted"),
    ("Guyana signed an oil deal with Exxon, and Venezuela denounced the deal as null and void.", "120", "VEN", None,
     "asserted"),
    ("Turkey handed over two Islamic State suspects to German prosecutors.", "063", "TUR", "DEU", "asserted"),
    ("Guatemala sent 12 jailed gang members to the United States on Friday.", "063", "GTM", "USA", "asserted"),
    ("Croatia handed the former general to the UN war crimes tribunal in The Hague.", "063", "HRV", "IGO", "asserted"),
    ("Pakistan handed back the captured Indian pilot at the Wagah border.", "0841", "PAK", "IND", "asserted"),
    ("Chadian troops fighting alongside Malian government forces recaptured the town of Kidal.", "062", "TCD", "MLI",
     "asserted"),
    ("Mozambican troops backed by Rwandan armour retook the port of Mocimboa da Praia.", "062", "RWA", "MOZ", "asserted"),
    ("Kenyan troops backed by U.S. air strikes drove al-Shabaab fighters out of the town of Kismayo.", "195", "USA",
     "SOMREB", "asserted"),
    ("Protests erupted in Manila following the visit of Chinese President Xi Jinping to the Philippines.",
     "042", "CHNGOV", "PHL", "asserted"),
])
def test_recall28_events(coder, text, code, source, target, modality):
    t = triples(coder, text, date="2023-05-10", modality=None)
    assert has_coded(t, code, source, target, modality=modality), t


@pytest.mark.parametrize("text, absent", [
    # a speaker of no side tells of another's campaign; analysts, a monitor
    ("The UN said the offensive would continue for weeks, displacing thousands more.", "13"),
    ("Analysts said the ground operation would last months.", "13"),
    # a bare operation or struggle is no force
    ("Doctors said the operation would last four hours.", "13"),
    ("The union said its struggle for higher wages would go on.", "13"),
    ("The surgeon said the operation on the senator had gone well.", "19"),
    # another act called illegal, or a vote condemned as illegal, is criticism
    ("Ankara extradited the journalist to Iran, and Paris called the move illegal.", "12"),
    ("The tribunal condemned the vote as illegal.", "12"),
    # hostages handed over are released, troops sent are no prisoners
    ("Hamas handed over three Israeli hostages to the Red Cross in Gaza.", "06"),
    ("Russia sent thousands of troops to the border with Ukraine.", "06"),
    # a backer named alone: money, arms or troops, not told
    ("M23 rebels backed by Rwanda seized the town of Goma.", "06"),
    # a visit still ahead, or one with no visitor or destination of its own
    ("The two sides will sign the accord after the president's visit to Tokyo.", "04"),
    ("Prices rose after a visit to the market.", "04"),
])
def test_recall28_other_uses(coder, text, absent):
    t = triples(coder, text, date="2023-05-10", modality=None)
    assert not has_coded(t, absent, modality=None), t


@pytest.mark.parametrize("text, source, target, wrong", [
    # a pronoun's visit is the dated clause's own subject's, even when the subject comes after it
    ("Seoul protested again. Speaking in Minsk after his trip to Beijing, Putin praised the talks.", "RUS", "CHN", "KOR"),
    ("Kenya's president flew home on Friday after his visit to Addis Ababa.", "KEN", "ETH", None),
])
def test_a_pronouns_visit_is_its_clauses_subjects(coder, text, source, target, wrong):
    got = triples(coder, text, "2024-06-20")
    assert has_coded(got, "042", source, target), got
    assert not any(c == "042" and (s or "").startswith(wrong or "-") for s, t, c, m in got), got
