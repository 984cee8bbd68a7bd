"""Acts the coder read in a short sentence but missed in a long wire sentence (silent10): the parse of a long
sentence goes wrong in a few shapes (coder/syntax.py repair_*, SentenceCoder._repair_coordination), and a few
constructions tell an act outside the main clause (a document's content, a relative clause "in which", a
reaction told in a relative clause on a summary noun, a place that comes under an armed side's control).
Each class is checked on our own sentences; the counter-examples check that no act is made up."""

import pytest

from gold_helpers import triples


def dyads(coder, text, date="2024-05-01"):
    return {(s, t, c[:2]) for s, t, c, m in triples(coder, text, date)}


def roots(coder, text, date="2024-05-01"):
    return {c[:2] for s, t, c, m in triples(coder, text, date)}


# ---- a dateline read as the subject, the real subject hung on it -------------------------------------
@pytest.mark.parametrize("text,dyad", [
    ("NEW YORK, Aug 6 - The U.N. Security Council imposed a trade embargo on Iraq.", ("IGOUNO", "IRQ", "16")),
    ("ADDIS ABABA, Nov 2 - Leaders of Ethiopia and Somalia signed a security agreement at the African Union "
     "headquarters.", ("ETHGOV", "SOMGOV", "05")),
    ("TEHRAN, Oct 4 - Iran summoned the British ambassador over remarks by a minister.", ("IRN", "GBRGOV", "11")),
    ("NAIROBI, Jan 9 - The Kenyan government recalled its ambassador to Uganda after a border dispute.",
     ("KENGOV", "UGA", "16")),
    ("HAVANA, July 12 - Cuban police arrested dozens of protesters outside the Capitol building.",
     ("CUBCOP", "CUBCVL", "17")),
])
def test_dateline_is_no_subject(coder, text, dyad):
    assert dyad in dyads(coder, text, "1990-06-01"), triples(coder, text, "1990-06-01")


# ---- "as troops loyal to X battled ...": an adjective phrase after the subject read as its clause ----------
@pytest.mark.parametrize("text,source", [
    ("Gunfire echoed across Juba as troops loyal to President Salva Kiir battled forces of his deputy.", "SSDMIL"),
    ("Explosions shook Tripoli as militiamen loyal to the interior minister attacked a rival brigade near the port.",
     "LBYREB"),
    ("Heavy gunfire was heard in N'Djamena as soldiers loyal to the junta attacked a rebel column.", "TCDMIL"),
    ("Smoke rose over Bangui as rebels allied with the former president shelled the airport.", "CAFREB"),
    ("Clashes broke out in Khartoum after paramilitaries close to the deputy leader seized the airport.", "SDNMIL"),
])
def test_subject_with_adjective_phrase_acts(coder, text, source):
    got = triples(coder, text)
    assert any(s == source and c[:2] in {"17", "18", "19"} for s, t, c, m in got), got


# ---- a verbal act coordinated with the clause of a thing belongs to the actor above -----------------------
@pytest.mark.parametrize("text,dyad", [
    ("Iran called an explosion that cut power at its Natanz enrichment plant an act of nuclear terrorism and "
     "blamed Israel.", ("IRN", "ISR", "11")),
    ("Turkey called the bombing that killed 12 police officers in Istanbul an act of terror and blamed Kurdish "
     "militants.", ("TUR", "TURREB", "11")),
    ("Ukraine said the strike that destroyed the dam was a war crime and blamed Russian forces.",
     ("UKR", "RUSMIL", "11")),
    ("Kosovo said the riot that injured 30 NATO soldiers was planned in Belgrade and blamed Serbia.",
     ("KSV", "SRB", "11")),
    ("Hungary said a report by EU auditors was politically motivated and accused Brussels of bias.",
     ("HUN", "IGOEUREEC", "11")),
    ("Berlin said tests by a military laboratory showed the critic had been poisoned with Novichok, and demanded "
     "answers from Moscow.", ("DEUGOV", "RUSGOV", "10")),
])
def test_coordinated_verbal_act_of_the_actor_above(coder, text, dyad):
    assert dyad in dyads(coder, text), triples(coder, text)


def test_a_storm_still_kills_in_its_own_clause(coder):
    # the killing is the storm's (no act); the officials only blame
    got = triples(coder, "Officials blamed the storm that hit the coast and killed 20 people.")
    assert not any(c[:2] in {"18", "19", "20"} for s, t, c, m in got), got


# ---- coordinated passives share the by-agent ----------------------------------------------------------
@pytest.mark.parametrize("text,dyad", [
    ("The Pope was shot and seriously wounded by a Turkish gunman in St Peter's Square.", ("TURUAF", "VAT", "19")),
    ("The opposition leader was beaten and detained by police in Harare.", ("ZWECOP", "ZWEOPP", "18")),
    ("Two journalists were abducted and tortured by militiamen in Tripoli.", ("LBYREB", "LBYMED", "18")),
])
def test_coordinated_passives_share_the_agent(coder, text, dyad):
    assert dyad in dyads(coder, text), triples(coder, text)


# ---- a reaction told in a relative clause on a noun that sums up the act ------------------------------
@pytest.mark.parametrize("text,dyad", [
    ("Serbia recognised Kosovo's passports, a move Russia criticised as a betrayal.", ("RUS", "SRB", "11")),
    ("India revoked Kashmir's autonomy, a decision Pakistan denounced at the United Nations.", ("PAK", "IND", "11")),
    ("Ghana expelled three Nigerian traders, a step Abuja condemned as hostile.", ("NGAGOV", "GHA", "11")),
    ("Moldova recognised the new Syrian government, a move Moscow condemned as hasty.", ("RUSGOV", "MDA", "11")),
    ("Estonia removed a Soviet war memorial, a decision the Kremlin denounced as barbaric.", ("RUSGOV", "EST", "11")),
    ("Putin signed treaties annexing four occupied regions, a step the U.N. General Assembly later condemned by a "
     "large majority.", ("IGOUNO", "RUSGOV", "11")),
])
def test_reaction_in_relative_clause_on_summary_noun(coder, text, dyad):
    got = triples(coder, text)
    assert dyad in {(s, t, c[:2]) for s, t, c, m in got}, got
    reactors = {s for s, t, c, m in got if c[:2] == "11"}
    assert all(t is not None for s, t, c, m in got if s in reactors), got   # once, on the doer


@pytest.mark.parametrize("text,dyad", [
    ("Two car bombs exploded near the ministry in Mogadishu, killing 100 people in an attack the government "
     "blamed on al-Shabaab.", ("SOMGOV", "SOMREB", "11")),
    ("Four soldiers were killed in an ambush the government blamed on Boko Haram.", ("NGAGOV", "NGAREB", "11")),
])
def test_attack_blamed_in_relative_clause_without_pronoun(coder, text, dyad):
    assert dyad in dyads(coder, text), triples(coder, text)


# ---- a place that comes under an armed side's control -------------------------------------------------
@pytest.mark.parametrize("text,date,dyad", [
    ("On 27 January 2025, the lakeside city of Goma came under the control of M23 fighters backed by Rwanda.",
     "2025-01-27", ("CODREB", "COD", "19")),
    ("The town of Ansongo came under the control of jihadist fighters.", "2024-05-01", ("MLIREB", "MLI", "19")),
    ("Kunduz came under Taliban control on Sunday.", "2021-08-08", ("AFGREBTAL", "AFG", "19")),
    ("On 6 August 2021, the provincial capital Zaranj fell to the Taliban.", "2021-08-06", ("AFGREBTAL", "AFG", "19")),
    ("The district capital fell to the Taliban after a week of fighting.", "2021-07-01", ("AFGREBTAL", "AFG", "19")),
])
def test_place_under_armed_control_is_occupied(coder, text, date, dyad):
    assert dyad in dyads(coder, text, date), triples(coder, text, date)


@pytest.mark.parametrize("text", [
    "Oil prices fell to their lowest level since 2021.",
    "The vote came under the control of the electoral commission.",
])
def test_no_occupation_without_armed_side(coder, text):
    assert "19" not in roots(coder, text), triples(coder, text)


# ---- what a document signed by one party does, its signer does ----------------------------------------
@pytest.mark.parametrize("text,code", [
    ("Putin signed decrees annexing four Ukrainian regions.", "19"),
    ("Erdogan signed a decree withdrawing Turkey from the Istanbul Convention.", "16"),
    ("Biden signed an executive order imposing sanctions on Israeli settlers.", "16"),
    ("Museveni signed a law banning foreign funding of opposition parties.", "17"),
    ("The Dutch government issued an order expelling two Iranian diplomats.", "17"),
    ("Putin signed a decree recognising the independence of two breakaway regions.", "05"),
])
def test_content_of_document_signed_is_the_signers_act(coder, text, code):
    assert code in roots(coder, text), triples(coder, text)


@pytest.mark.parametrize("text", [
    "Ukraine and Poland signed a treaty ending a dispute over grain exports.",
    "Jimmy Carter and Leonid Brezhnev signed a treaty limiting long-range nuclear arms.",
])
def test_terms_of_a_pact_signed_together_are_the_pact(coder, text):
    assert roots(coder, text) == {"05"}, triples(coder, text)


# ---- a relative clause "in which" on an event or a document -------------------------------------------
@pytest.mark.parametrize("text,dyad", [
    ("Hasina fled after weeks of protests in which security forces killed hundreds of people.",
     ("BGDCOP", "BGDCVL", "17")),
    ("Thousands joined protests in which police detained dozens of students in Tbilisi.", ("GEOCOP", "GEOCVL", "17")),
    ("Officials signed a statement in which Serbia committed to recognise Kosovo's documents.", ("SRB", "KSV", "03")),
])
def test_act_inside_an_event_in_which_clause(coder, text, dyad):
    # a bare country code expected ("KSV") is that country with any sector ("KSVGOV" for "Kosovo's officials")
    got = {(s, t if len(dyad[1]) > 3 else (t or "")[:3], r) for s, t, r in dyads(coder, text, "2024-08-05")}
    assert dyad in got, triples(coder, text, "2024-08-05")


def test_place_in_which_clause_stays_background(coder):
    assert not triples(coder, "The village in which the minister was born celebrated his election.")


# ---- "for" + gerund after an act on someone: that one's deed, the reason -------------------------------
@pytest.mark.parametrize("text,kept", [
    ("The US sanctioned two Chinese companies for supplying components to Iran.", "16"),
    ("Washington sanctioned three Iranian firms for supplying drones to Russia.", "16"),
    ("The Security Council imposed sanctions on Serbia for fuelling the war in Bosnia.", "16"),
    ("The UK sanctioned three Iranian generals for plotting attacks in Europe.", "16"),
    ("The EU fined Hungary for refusing to accept asylum seekers.", "17"),
])
def test_reason_gerund_is_no_act_of_the_subject(coder, text, kept):
    assert roots(coder, text) == {kept}, triples(coder, text)


# ---- a taking or destroying coordinated with the toll of an aside is a second act ----------------------
@pytest.mark.parametrize("text,date,dyad", [
    ("Hamas gunmen attacked Israeli towns and a music festival, killing about 1,200 people and seizing some 250 "
     "hostages.", "2023-10-08", ("PSEREBHMS", "ISR", "181")),
    ("Boko Haram fighters raided a school in Kankara, killing two guards and abducting more than 300 boys.",
     "2020-12-12", ("NGAREB", "NGAEDU", "181")),   # (Kankara now in the gazetteer: the school's pupils, in Nigeria)
    # the market's owner is not said: any target (the learned chooser's pick), the act and its doer are the point
    ("ISWAP fighters attacked the town of Damasak, killing eight soldiers and burning the market.", "2024-05-01",
     ("NGAREB", "*", "1712")),
])
def test_second_act_beside_the_toll(coder, text, date, dyad):
    got = {(s, t if dyad[1] != "*" else "*", c) for s, t, c, m in triples(coder, text, date)}
    assert dyad in got, triples(coder, text, date)


def test_wounded_beside_killed_is_one_toll(coder):
    got = triples(coder, "Gunmen attacked a village in Zamfara, killing 20 people and wounding 30.")
    assert len(got) == 1, got
