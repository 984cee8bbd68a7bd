"""Event dates from our own sentences, relative to a publication date."""

import datetime as dt

import pytest

from foedus.coder import dates
from foedus.errors import InputError

THURSDAY = dt.date(2024, 6, 20)  # a Thursday


def _date(nlp, text, verb_text, published=THURSDAY):
    doc = nlp(text)
    verb = next(t for t in doc if t.text == verb_text)
    return dates.event_date(verb.sent, verb, published)


@pytest.mark.parametrize("text, verb, expected", [
    # same weekday as publication: that very day, not the week before
    ("Canada announced Thursday that it would expel two diplomats.", "announced", ("2024-06-20", "day")),
    ("The two leaders signed the accord in Oslo on Wednesday.", "signed", ("2024-06-19", "day")),
    ("Rebels shelled the border town on Saturday.", "shelled", ("2024-06-15", "day")),
    ("The foreign ministers will meet on Monday in Geneva.", "meet", ("2024-06-24", "day")),
    ("Troops withdrew from the village yesterday.", "withdrew", ("2024-06-19", "day")),
    ("The navy seized a cargo ship last week.", "seized", ("2024-06-10", "week")),
    ("Parliament approved the budget this week.", "approved", ("2024-06-17", "week")),
    ("Brazil recalled its ambassador last month.", "recalled", ("2024-05-01", "month")),
    ("Chile and Peru settled the dispute last year.", "settled", ("2023-01-01", "year")),
    ("The envoy arrived in Cairo two days ago.", "arrived", ("2024-06-18", "day")),
    ("Police arrested the opposition leader last Tuesday.", "arrested", ("2024-06-18", "day")),
    ("Police arrested the opposition leader last Thursday.", "arrested", ("2024-06-13", "day")),
    ("The summit opens next Monday.", "opens", ("2024-06-24", "day")),
    ("Talks collapsed in March.", "collapsed", ("2024-03-01", "month")),
    ("The treaty was ratified in 2019.", "ratified", ("2019-01-01", "year")),
    ("The rivals met again earlier this month.", "met", ("2024-06-01", "month")),
    ("Seoul imposed sanctions on 3 March 2023.", "imposed", ("2023-03-03", "day")),
    ("Seoul imposed sanctions on March 3, 2022.", "imposed", ("2022-03-03", "day")),
    ("Seoul imposed sanctions on 2021-11-05.", "imposed", ("2021-11-05", "day")),
])
def test_expressions(nlp, text, verb, expected):
    assert _date(nlp, text, verb) == expected


def test_day_month_without_year_uses_the_latest_past_one(nlp):
    text = "Seoul imposed new sanctions on 3 March."
    assert _date(nlp, text, "imposed", dt.date(2024, 6, 20)) == ("2024-03-03", "day")
    assert _date(nlp, text, "imposed", dt.date(2024, 1, 15)) == ("2023-03-03", "day")


def test_no_expression_is_the_publication_day(nlp):
    assert _date(nlp, "Japan protested the missile launch.", "protested") == ("2024-06-20", "published")


def test_future_without_expression_falls_back_to_publication(nlp):
    # every event has a date when the article has one: GDELT rows never lack SQLDATE
    assert _date(nlp, "Japan will protest the missile launch.", "protest") == ("2024-06-20", "published")


def test_no_publication_date(nlp):
    assert _date(nlp, "The two leaders signed the accord on Wednesday.", "signed", None) == (None, None)


def test_date_of_another_clause_not_taken(nlp):
    # "on Monday" belongs to the ministers' meeting, not to the announcement
    text = "Norway announced that its ministers had met their Swedish counterparts on Monday."
    assert _date(nlp, text, "announced") == ("2024-06-20", "published")


def test_reported_clause_inherits_the_report_date(nlp):
    text = "Canada announced Tuesday it is considering sanctions on the regime."
    assert _date(nlp, text, "considering") == ("2024-06-18", "day")


def test_own_clause_date_wins_over_the_governing_one(nlp):
    text = "Officials said on Friday that rebels attacked the convoy on Tuesday."
    assert _date(nlp, text, "attacked") == ("2024-06-18", "day")
    assert _date(nlp, text, "said") == ("2024-06-14", "day")


def test_find_mentions_marks_possessive_weekday_and_ignores_verb_may():
    # "Wednesday's vote" is kept apart (weekday_poss): it dates only an act it names ("killed in
    # Saturday's raid"), never the clause's verb ("review"); the verb "may" is no month
    kinds = [m.kind for m in dates.find_mentions("Officials may review Wednesday's vote in May.")]
    assert kinds == ["weekday_poss", "in_month"]


@pytest.mark.parametrize("value, expected", [
    ("2024-06-20", dt.date(2024, 6, 20)),
    ("2024-06-20T08:30:00Z", dt.date(2024, 6, 20)),
    ("20 June 2024", dt.date(2024, 6, 20)),
    ("June 20, 2024", dt.date(2024, 6, 20)),
    ("2024/06/20", dt.date(2024, 6, 20)),
    ("Thu, 20 Jun 2024 10:00:00 +0000", dt.date(2024, 6, 20)),
])
def test_parse_date(value, expected):
    assert dates.parse_date(value) == expected


@pytest.mark.parametrize("value", ["", "yesterday", "2024-13-45", "20/06", "soon", "06/07/2024"])
def test_parse_date_refuses(value):
    with pytest.raises(InputError, match=r"\[E107\]"):
        dates.parse_date(value)


@pytest.mark.parametrize("text, verb, expected", [
    ("Protesters marched over the weekend.", "marched", ("2024-06-15", "week")),
    ("The sides agreed to meet.", "meet", ("2024-06-20", "published")),
    ("Norway had expelled the envoy.", "expelled", ("2024-06-20", "published")),
    ("The sides agreed to meet on Monday.", "meet", ("2024-06-24", "day")),
])
def test_tense_rules(nlp, text, verb, expected):
    assert _date(nlp, text, verb) == expected


def test_clause_head_ends_when_the_root_is_not_a_verb(nlp):
    """A sentence whose root is a noun made `_clause_head` loop forever while tokens were compared
    with `is` (spaCy makes a new Token on each access). Our own sentences, both verbless at the root."""
    import signal

    def _hang(signum, frame):
        raise AssertionError("dates._clause_head did not finish within 20 s")

    old = signal.signal(signal.SIGALRM, _hang)
    signal.alarm(20)
    try:
        for text in ["More than 70 people also killed in an attack on the hamlets of Dogo and Sera near the border.",
                     "Heavy fighting near the river crossing on Sunday, with dozens of people killed."]:
            doc = nlp(text)
            for tok in doc:
                dates.event_date(tok.sent, tok, THURSDAY)
                assert dates._clause_head(tok).i in range(len(doc))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


# ---- issue 11 (2): future dates forward, one date per expression, period bounds are not dates ----
MARCH_1987 = dt.date(1987, 3, 10)


def test_future_date_resolves_forward_for_every_event_of_the_clause(nlp):
    text = "Shamir will visit Washington on April 29 and meet President Reagan."
    assert _date(nlp, text, "visit", MARCH_1987) == ("1987-04-29", "day")
    assert _date(nlp, text, "meet", MARCH_1987) == ("1987-04-29", "day")


@pytest.mark.parametrize("text, verb, expected", [
    ("Putin is to visit Beijing on May 15.", "visit", ("1987-05-15", "day")),
    ("The ministers are expected to sign the accord in April.", "sign", ("1987-04-01", "month")),
    ("The two sides plan to resume talks on 2 May.", "resume", ("1987-05-02", "day")),
    ("The summit is scheduled to open on June 8.", "open", ("1987-06-08", "day")),
    ("The conference opens on April 29 in Geneva.", "opens", ("1987-04-29", "day")),
    ("The envoy is visiting Cairo on March 20.", "visiting", ("1987-03-20", "day")),
    ("The vote is scheduled for June 8.", "scheduled", ("1987-06-08", "day")),
    ("The referendum is set for April 12.", "set", ("1987-04-12", "day")),
    # a present-tense clause with a calendar date: the nearer reading
    ("Police arrest the opposition leader on March 3.", "arrest", ("1987-03-03", "day")),
    ("The summit opens in May.", "opens", ("1987-05-01", "month")),
    ("Parliament reconvenes in December.", "reconvenes", ("1986-12-01", "month")),
    # the same words in the past tense stay in the past
    ("Putin visited Beijing on May 15.", "visited", ("1986-05-15", "day")),
    ("The ministers signed the accord in April.", "signed", ("1986-04-01", "month")),
])
def test_forward_looking_clauses(nlp, text, verb, expected):
    assert _date(nlp, text, verb, MARCH_1987) == expected


@pytest.mark.parametrize("text, verb", [
    ("The two countries have been at war since 1932.", "been"),
    ("Rebels have held the town since March.", "held"),
    ("The ceasefire will last until June.", "last"),
    ("The country pledged to cut emissions by 2030.", "pledged"),
    ("Reagan will consult the allies before the Venice summit in June.", "consult"),
    ("Troops have shelled the city for the past week.", "shelled"),
    ("The envoy arrived ahead of Monday's talks.", "arrived"),
])
def test_period_bounds_are_not_event_dates(nlp, text, verb):
    assert _date(nlp, text, verb, MARCH_1987) == ("1987-03-10", "published")


def test_intended_hint_reads_forward(nlp):
    doc = nlp("The president vowed to retaliate in April.")
    verb = next(t for t in doc if t.text == "retaliate")
    assert dates.event_date(verb.sent, verb, MARCH_1987, future=True) == ("1987-04-01", "month")
