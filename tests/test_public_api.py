import foedus


def test_public_names_are_exported():
    for name in foedus.__all__:
        assert getattr(foedus, name) is not None, name
