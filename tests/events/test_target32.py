"""target32: target choice. Our own sentences.

- an outward act (denounce, demand, threaten, consult: event_cues outward_roots) of a state's body is not aimed at its
  own country as a bare name or place: the learned chooser's fill takes its next best option instead."""

from gold_helpers import triples


def test_denunciation_not_aimed_at_own_country(coder):
    got = triples(coder, "Mogadishu annulled Ethiopia's agreement with Somaliland, calling the pact an assault on "
                         "Somali sovereignty.")
    assert ("SOMGOV", "ETH", "111", "asserted") in got
    assert ("SOMGOV", "SOM", "111", "asserted") not in got


def test_rejection_of_own_election_kept(coder):
    # reject (12) is not an outward root: a government turns down its own people's demands
    got = triples(coder, "Lukashenko again ruled out a new election in Belarus.")
    assert ("BLRGOV", "BLR", "120", "asserted") in got
