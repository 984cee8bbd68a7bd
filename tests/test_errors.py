from foedus.errors import Errors, Warnings


def test_errors_codes_are_prefixed_and_unique():
    names = [n for n in vars(Errors) if n[:1] == "E" and n[1:].isdigit()]
    assert len(names) == len(set(names)) > 5
    assert Errors.E101.format(path="x.txt") == "[E101] File not found: x.txt"
    assert Warnings.W101.startswith("[W101] ")
