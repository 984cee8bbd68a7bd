import pytest

from foedus.errors import Errors, Warnings, _CodedMessages


def _codes(cls) -> dict[str, str]:
    """Code -> message text (without the "[Ennn] " prefix) of every message constant of ``cls``."""
    return {n: v for n, v in vars(cls).items() if n[:1] in {"E", "W"} and n[1:].isdigit() and isinstance(v, str)}


def _shared_texts(cls) -> dict[str, list[str]]:
    by_text: dict[str, list[str]] = {}
    for code, text in _codes(cls).items():
        by_text.setdefault(text, []).append(code)
    return {text: codes for text, codes in by_text.items() if len(codes) > 1}


def test_errors_codes_are_prefixed():
    assert len(_codes(Errors)) > 5
    assert Errors.E101.format(path="x.txt") == "[E101] File not found: x.txt"
    assert Warnings.W101.startswith("[W101] ")


@pytest.mark.parametrize("cls", [Errors, Warnings])
def test_no_two_codes_share_a_message(cls):
    assert _shared_texts(cls) == {}


def test_the_check_catches_a_duplicate():
    class Fake(metaclass=_CodedMessages):
        E001 = "Bad {option} value {value!r}."
        E002 = "Something else."
        E003 = "Bad {option} value {value!r}."

    assert _shared_texts(Fake) == {"Bad {option} value {value!r}.": ["E001", "E003"]}
    assert Fake.E003 == "[E003] Bad {option} value {value!r}."


def test_one_code_for_a_whole_number_of_1_or_more():
    assert Errors.E454.format(option="--workers", value="0") == (
        "[E454] Bad --workers value '0': expected a whole number of 1 or more.")
    assert not hasattr(Errors, "E706")
