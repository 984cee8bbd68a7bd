"""(coerce26) A state's forces firing on people of another country they hold down, shown protesting or throwing
stones, repress them (175 to that country's civilians), as they do their own people. Our own sentences, not
dev-set ones."""
from gold_helpers import has_coded, triples


def test_stone_throwers_of_another_country_fired_on_are_repressed(coder):
    t = triples(coder, "Israeli troops opened fire on Palestinian stone-throwers near Nablus on Friday.")
    assert has_coded(t, "175", "ISR", "PSECVL"), t


def test_protesters_of_another_country_fired_on_are_repressed(coder):
    t = triples(coder, "Moroccan troops opened fire on Sahrawi protesters marching in Laayoune.")
    assert has_coded(t, "175", "MAR", None) or has_coded(t, "175", "MAR", "ESH"), t


def test_armed_men_of_another_country_are_fought_not_repressed(coder):
    t = triples(coder, "Israeli troops fired on Hezbollah fighters near the border.")
    assert not any(c == "175" for s, tg, c, m in t), t

