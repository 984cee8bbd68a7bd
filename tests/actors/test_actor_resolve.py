"""ActorDictionary.resolve: names, dated roles, composition, case rules."""

from __future__ import annotations

import datetime as dt

import pytest

from foedus.coder import actors
from foedus.errors import InputError


def code(name, date=None):
    actor = actors.resolve(name, date)
    return actor.code if actor else None


def test_biden_is_government_only_while_in_office():
    assert code("Joe Biden", "2023-05-01") == "USAGOV"
    assert code("Joe Biden", "2019-03-01") == "USAELI"
    assert code("Joe Biden", "2020-09-01") == "USAOPP"   # the candidate, before taking office
    assert code("Joe Biden", "2012-05-01") == "USAGOV"  # vice president
    assert code("Joe Biden", "2001-05-01") == "USALEG"  # senator


def test_trump_two_terms():
    assert code("Donald Trump", "2018-06-01") == "USAGOV"
    assert code("Donald Trump", "2022-06-01") == "USAELI"
    assert code("Donald Trump", dt.date(2025, 3, 1)) == "USAGOV"
    assert code("Trump", "2025-01-20") == "USAGOV"  # first day of the term


def test_without_date_the_latest_role_counts():
    assert code("Yoon Suk Yeol") == "KORGOV"
    assert code("Annalena Baerbock") == "IGOUNO"


def test_korean_leaders_by_date():
    assert code("Yoon Suk Yeol", "2024-06-20") == "KORGOV"
    assert code("Yoon Suk Yeol", "2025-06-01") == "KORELI"
    assert code("Lee Jae-myung", "2025-07-01") == "KORGOV"
    assert code("Lee Jae-myung", "2023-07-01") == "KOROPP"
    assert code("Cho Tae-yul", "2024-06-20") == "KORGOV"
    assert code("Chang Ho-jin", "2024-06-20") == "KORGOV"


def test_spelling_variants_are_one_person():
    names = {actors.resolve(n, "2024-06-20").name for n in ("Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "KIM JONG UN")}
    assert names == {"Kim Jong Un"}
    assert actors.resolve("Zelenskyy").name == actors.resolve("Zelensky").name == "Volodymyr Zelensky"


def test_explicit_surname_aliases_resolve_alone():
    assert code("Putin", "2024-06-20") == "RUSGOV"
    assert code("Yoon", "2024-06-20") == "KORGOV"


def test_countries_capitals_seats_and_organisations():
    assert code("South Korea") == "KOR"
    assert code("Seoul") == "KORGOV"
    assert code("the Kremlin") == "RUSGOV"
    assert code("Downing Street") == "GBRGOV"
    assert code("the Pentagon") == "USAMIL"
    assert code("Kyiv") == code("Kiev") == "UKRGOV"
    assert code("NATO") == "IGOWSTNAT"
    assert code("Korean Central News Agency") == code("KCNA") == "PRKMED"
    assert code("Yonhap") == "KORMED"
    assert code("Xinhua") == "CHNMED"


def test_composed_names():
    assert code("Russian troops") == "RUSMIL"
    assert code("Chinese foreign ministry spokesman") == "CHNGOV"
    assert code("Israeli police") == "ISRCOP"
    assert code("North Korea's state media") == "PRKMED"
    assert code("Yoon's office", "2024-06-20") == "KORGOV"
    assert code("South Korea's President Yoon Suk Yeol", "2024-06-20") == "KORGOV"


def test_pronoun_us_is_not_the_united_states():
    assert code("US") == "USA"
    assert code("U.S.") == "USA"
    assert actors.resolve("us") is None


def test_non_actors_and_unknown_names():
    assert actors.resolve("South China Sea") is None
    assert actors.resolve("Korean War") is None
    assert actors.resolve("Zorblax Quendi") is None


def test_agent_alone_has_no_country():
    actor = actors.resolve("the president")
    assert actor.code == "GOV" and actor.country is None and actor.sector == "GOV"
    assert actors.resolve("office") is None  # compose-only word


def test_bad_date_is_a_user_error():
    with pytest.raises(InputError, match=r"\[E107\]"):
        actors.resolve("Joe Biden", "20 May 2023")


def test_phoenix_people_are_reachable():
    # Converted from the Phoenix dictionaries, not in the hand file.
    actor = actors.resolve("Hamid Karzai", "2005-01-01")
    assert actor is not None and actor.code == "AFGGOV"
