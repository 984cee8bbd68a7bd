"""(coop35) Talks that the clause's act ended, told in an aside ("signed an accord, ending two months of talks"), were
held: the two subjects negotiated with each other (046 both ways), as with talks "after" which the act was done
(event_cues meeting_ending_participles). Our own sentences."""

from gold_helpers import coded, triples


def test_a_deal_ending_a_week_of_talks_codes_the_talks_both_ways(coder):
    got = triples(coder, "Serbia and Kosovo signed a deal on car plates, ending a week of talks in Brussels.",
                  "2022-11-24")
    assert ("SRB", "KSV", "asserted") in coded(got, "04"), got
    assert ("KSV", "SRB", "asserted") in coded(got, "04"), got


def test_concluding_talks_with_an_accord_codes_the_talks(coder):
    got = triples(coder, "Sudan and South Sudan signed an oil accord on Friday, concluding round-table talks that "
                  "began in March.", "2012-09-27")
    assert ("SDN", "SSD", "asserted") in coded(got, "04"), got


def test_talks_a_future_treaty_would_end_are_not_coded_from_the_aside(coder):
    got = triples(coder, "Armenia and Azerbaijan will sign a peace treaty next month, ending years of talks.",
                  "2025-03-06")
    assert not any(c.startswith("04") or c == "036" for _, _, c, _ in got), got


def test_ending_a_week_of_protests_is_no_meeting(coder):
    got = triples(coder, "Police dispersed the crowd, ending a week of protests.", "2022-11-24")
    assert not any(c.startswith("04") for _, _, c, _ in got), got
