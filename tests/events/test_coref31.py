"""(coref31) An object "them" is never its own clause's subject; a body's name that modifies a body noun
("the ECOWAS bloc", "the NATO alliance") is the subject "it" goes back to. Sentences written for these tests."""

from __future__ import annotations


def events(coder, text, date="2021-05-04"):
    r = coder.code_text(text, date=date)
    return [(e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
            for e in r.events]


def pronoun_codes(coder, text):
    """Each pronoun's resolved codes, by its text."""
    from foedus.coder import coref

    doc = coder.nlp(text)
    mentions = coder.matcher.find(doc, "2021-05-04")
    out = coref.resolve(doc, mentions)
    return {doc[i].lower_: [m.code for m in ms] for i, ms in out.items()}


def test_them_is_not_its_clauses_subject(coder):
    # "Chadian troops ... drove them back": "them" are the rebels, not the troops who drove
    got = pronoun_codes(coder, "Sudanese rebels crossed the border at dawn, and Chadian soldiers drove them back.")
    assert got["them"] and all(c.endswith("REB") for c in got["them"])


def test_them_after_a_state_subject_is_the_plural_people(coder):
    # a state's name that only looks plural ("the United States") is not "them"
    got = pronoun_codes(coder, "Cuba sent 40 dissidents to the United States and stripped them of their passports.")
    assert "USA" not in got.get("them", [])


def test_bloc_name_is_the_subject_it_goes_back_to(coder):
    got = events(coder, "The ECOWAS bloc warned Mali's junta that it could impose sanctions on the country.")
    assert all(not (src or "").startswith("MLI") for root, src, _, _ in got if root == "16" or root == "13")
    assert any((src or "").startswith("IGOWAF") for _, src, _, _ in got)
