"""Round 18 (targets18): targets of acts whose addressee the rules missed. A denial of a statement the
sentence reported before ("X said ..., a charge Y denied", "an account Y rejected", "Y dismissed the
report") answers the one who made it; a statement's holder may be named by an adjective ("denied
Palestinian claims"); a body of no country (an NGO, the UN) makes charges too. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from gold_helpers import countries, dyads_on

dyads = dyads_on("2024-05-10")


@pytest.mark.parametrize("text, pair", [
    ("Kenyan officials said Ugandan troops had crossed the border near Busia, a charge the Ugandan army denied.",
     ("UGA", "KEN")),
    ("Manila said a Chinese ship had rammed a supply boat near the shoal, an account Beijing rejected.",
     ("CHN", "PHL")),
    ("Police in Dhaka fired on students, Human Rights Watch said, a charge the government denied.",
     ("BGD", "NGO")),
    ("Seoul said hackers linked to Pyongyang had stolen bank data, and North Korea dismissed the report as a lie.",
     ("PRK", "KOR")),
    ("Ethiopia denied Eritrean claims that its jets had bombed a market.", ("ETH", "ERI")),
])
def test_a_denied_statement_answers_whoever_made_it(coder, text, pair):
    found = {(s, t) for s, t, r in countries(dyads(coder, text)) if r == "01"}
    assert pair in found


def test_a_denial_with_no_charge_named_stays_without_target(coder):
    found = {(s, t) for s, t, r in countries(dyads(coder, "The Ugandan army denied reports that its troops had crossed the border."))
             if r == "01"}
    assert all(t == "" for _, t in found)


@pytest.mark.parametrize("text, root, country", [
    ("Kenyan teachers demanded a pay rise.", "10", "KEN"),
    ("Students in Serbia demanded justice for the victims of the collapse.", "10", "SRB"),
    ("The Zimbabwean opposition rejected the official results of the presidential election.", "12", "ZWE"),
])
def test_a_people_s_grievance_naming_no_one_is_aimed_at_their_government(coder, text, root, country):
    found = {(s, t) for s, t, r in dyads(coder, text) if r == root}
    assert (found and all(s[:3] == country for s, _ in found)
            and any(t == f"{country}GOV" for _, t in found))


def test_a_grievance_at_a_person_named_by_a_pronoun_gets_no_government_target(coder):
    found = {(s, t) for s, t, r in dyads(coder, "A crowd in Lahore beat a foreign engineer after accusing him of blasphemy.")
             if r == "11"}
    assert all(not (t or "").endswith("GOV") for _, t in found)
