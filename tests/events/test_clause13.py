"""Round 13 (clause13): acts missed in long wire sentences and verbs whose object decides the code. Our own
sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source", [
    # a state declared into being: a statement (010) aimed at no one, not a demand on the state left (1044)
    ("Eritrea declared independence from Ethiopia after a referendum.", "ERI"),
    ("The Moldovan parliament proclaimed the country's independence from the Soviet Union.", "MDA"),
    ("Armenian separatists in Karabakh proclaimed an independent state in the enclave.", None),
    ("The military ruler declared the island a republic and cut its ties with the crown.", None),
])
def test_a_state_declared_into_being_is_a_statement(coder, text, source):
    t = triples(coder, text, date="1991-09-01")
    assert any(c == "010" and tg is None and (source is None or (s or "").startswith(source))
               for s, tg, c, m in t), t
    assert not has_coded(t, "1044", modality=None), t


@pytest.mark.parametrize("text", [
    "The government declared a state of emergency in the capital.",
    "The junta declared a curfew in the border provinces.",
])
def test_a_state_of_emergency_is_no_statehood(coder, text):
    t = triples(coder, text)
    assert not any(c == "010" for _, _, c, _ in t), t
