"""Recall of round 12 (violence and coercion, roots 17, 18): people seized or captured, coups by a country's own
soldiers, unarmed people shot dead, leaders shot or wounded and not killed, people used as human shields far
from their verb. Our own sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, code, source, target", [
    # people seized by a foreign state's forces or by armed men are taken hostage, not confiscated
    ("Venezuelan naval forces seized 12 Guyanese sailors near the disputed coast.", "2024-05-01", "181", "VENMIL", "GUY"),
    ("Eritrean troops seized four Ethiopian soldiers at the border post.", "2021-03-01", "181", "ERIMIL", "ETH"),
    ("Colombian commandos seized Ecuador's president in a night raid on Quito.", "2024-05-01", "181", "COL", "ECU"),
    # enemy soldiers or airmen captured by a state are held as hostages (blind8)
    ("Armenia said it had captured two Azerbaijani soldiers near the frontier.", "2021-05-27", "181", "ARM", "AZE"),
    # a country's own soldiers who oust or overthrow its leader: a coup, coded by its arrest
    ("Gabon's army ousted President Ali Bongo after the disputed election.", "2023-08-30", "173", "GABMIL", "GAB"),
    ("Malian soldiers overthrew President Amadou Toumani Toure in the capital.", "2012-03-22", "173", "MLIMIL", "MLI"),
    # unarmed people or criminals shot dead: killing by physical assault
    ("A Russian soldier shot dead six Ukrainian villagers near Bucha, officials said.", "2022-04-02", "1823", "RUS", "UKR"),
    # a leader shot or wounded and not killed: an attempt on his life
    ("Gunmen shot and wounded the governor of Kandahar province outside his office.", "2012-05-01", "185", None, "AFG"),
    ("Slovak Prime Minister Robert Fico was shot and wounded by a gunman in Handlova.", "2024-05-15", "185", None, "SVK"),
    # people used as human shields, the role named after a long object
    ("Rebels tied the captured government soldiers to the gates of their fuel and arms depots at the base as human shields.",
     "2015-01-01", "184", None, None),
])
def test_violence_recall12(coder, text, date, code, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, date, wrong", [
    # a country's own police capture a criminal: an arrest, no hostage-taking
    ("Mexican police captured the cartel leader in a raid on a ranch in Sinaloa.", "2016-01-08", {"181"}),
    # goods seized stay goods
    ("Indian customs officers seized two tonnes of heroin at the port of Mundra.", "2021-09-20", {"181", "173"}),
    # a parliament that ousts a leader stages no coup
    ("Peru's Congress ousted President Pedro Castillo in an impeachment vote.", "2022-12-07", {"173"}),
    # armed men shot dead are killed (round46: 1823, as the dev set's gold codes pirates, IRA members and bombers shot
    # dead); no assassination of an official
    ("Nigerian troops shot dead five bandit fighters in a forest in Zamfara.", "2022-01-10", {"186", "185"}),
])
def test_other_uses_keep_their_code(coder, text, date, wrong):
    t = triples(coder, text, date=date)
    assert not any(c in wrong for _, _, c, _ in t), t
