"""Economic statecraft in the words of the trade and debt wire (round 28): sanctions and trade curbs dropped or
lifted, export curbs and energy cut-offs imposed, debt payments stopped, property nationalised. Sentences written
for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_sanctions_dropped_or_ended_are_eased(coder):
    got = triples(coder, "Washington dropped its sanctions on Pakistan after the talks.", date="1991-03-01")
    assert has_coded(got, "085", "USA", "PAK"), got
    assert not coded(got, "163"), got
    got = triples(coder, "Riyadh ended its boycott of Doha on Monday.", date="2021-01-04")
    assert has_coded(got, "085", "SAU", "QAT"), got


def test_trade_curbs_lifted_ease_an_embargo_not_an_administrative_ban(coder):
    got = triples(coder, "Japan lifted its export curbs on machine tools to China.", date="1990-05-01")
    assert has_coded(got, "085", "JPN", "CHN"), got
    assert not coded(got, "080") and not coded(got, "081"), got
    got = triples(coder, "Seoul lifted its ban on imports of American beef.", date="1990-05-01")
    assert has_coded(got, "085", "KOR", "USA"), got
    # a ban on a party lifted stays the administrative ease
    got = triples(coder, "The president lifted the ban on the opposition party.", date="1990-05-01")
    assert not coded(got, "085"), got


def test_exports_restricted_or_export_controls_tightened_are_an_embargo(coder):
    got = triples(coder, "Tokyo restricted exports of three chemicals to South Korea.", date="2019-07-04")
    assert has_coded(got, "163", "JPN", "KOR"), got
    assert not coded(got, "170"), got
    got = triples(coder, "Beijing tightened controls on exports of graphite to the United States.", date="2023-10-20")
    assert has_coded(got, "163", "CHN", "USA"), got


def test_energy_supplies_or_a_pipeline_cut_off_are_an_embargo(coder):
    got = triples(coder, "Moscow cut off gas supplies to Estonia on Tuesday.", date="1992-04-18")
    assert has_coded(got, "163", "RUS", "EST"), got
    assert not coded(got, "161"), got
    got = triples(coder, "Iraq shut down the pipeline carrying Syrian oil to the coast.", date="1982-04-10")
    assert has_coded(got, "163", "IRQ", "SYR"), got
    assert not coded(got, "172"), got
    # arms supplies stopped stay a cut in military aid
    got = triples(coder, "Paris stopped arms supplies to Baghdad.", date="1990-08-05")
    assert not coded(got, "163"), got


def test_debt_payments_stopped_or_capped_refuse_economic_cooperation(coder):
    got = triples(coder, "Argentina stopped interest payments to its creditors on Friday.", date="1985-01-03")
    assert has_coded(got, "1211", "ARG"), got
    got = triples(coder, "Nigeria froze repayments on its commercial debt.", date="1986-06-01")
    assert has_coded(got, "1211", "NGA"), got
    got = triples(coder, "Ecuador declared a moratorium on its foreign debt.", date="1987-02-20")
    assert has_coded(got, "1211", "ECU"), got
    # a moratorium on nuclear tests is no debt
    got = triples(coder, "Moscow declared a moratorium on nuclear tests.", date="1985-08-01")
    assert not coded(got, "121"), got


def test_a_nationalisation_announced_confiscates_property(coder):
    got = triples(coder, "Bolivia's president announced the nationalisation of the tin mines.", date="1985-04-01")
    assert has_coded(got, "1711", "BOL"), got


def test_assets_frozen_or_sales_halted_by_order_are_an_embargo(coder):
    got = triples(coder, "Carter ordered a freeze on all Libyan government assets in American banks.", date="1986-01-08")
    assert has_coded(got, "163", "USA", "LBY"), got
    got = triples(coder, "The president ordered a halt to grain sales to Poland.", date="1981-12-29")
    assert has_coded(got, "163", None, "POL"), got


def test_a_debtor_asking_for_credits_appeals_for_economic_aid_not_news(coder):
    # "new" is no plural of "news": asking for new credits is no request for information (0214)
    got = triples(coder, "Warsaw asked Western governments for new credits.", date="1989-09-01")
    assert has_coded(got, "0231", "POL"), got
    assert not coded(got, "0214"), got


def test_a_capital_named_as_the_target_of_sanctions_is_its_country(coder):
    got = triples(coder, "Japan joined the Western sanctions against Pretoria.", date="1986-09-20")
    assert ("JPN", "ZAF", "163", "asserted") in {(s, t, c, m) for s, t, c, m in got}, got
    # a capital criticised stays its government
    got = triples(coder, "Washington condemned Moscow on Friday.", date="1986-09-20")
    assert has_coded(got, "111", "USA", "SUNGOV"), got


def test_trade_offices_named_without_their_country(coder):
    got = triples(coder, "The Commerce Department imposed a 20 percent duty on Canadian lumber.", date="1986-10-16")
    assert has_coded(got, "163", "USAGOV", "CAN"), got
    got = triples(coder, "MITI urged Washington to drop the tariffs.", date="1987-03-30")
    assert has_coded(got, "02", "JPNGOV", "USA"), got


def test_un_sanctions_are_the_un_s_act(coder):
    got = triples(coder, "The U.N. sanctions on Libya took effect on Wednesday.", date="1992-04-15")
    assert has_coded(got, "163", "IGOUNO", "LBY"), got
    got = triples(coder, "Moscow and Beijing vetoed U.N. sanctions against the junta.", date="2008-07-11")
    assert has_coded(got, "129", "RUS", "IGOUNO"), got
    # sanctions coming back into force are no return visit
    got = triples(coder, "UN sanctions on Iran came back into force on Sunday.", date="2025-09-28")
    assert not coded(got, "04"), got


def test_answering_with_tariffs_imposes_them_and_vowing_to_strike_back_with_them_threatens_sanctions(coder):
    got = triples(coder, "Ottawa would answer the American tariffs with 25 percent duties on American goods, "
                         "the prime minister said.", date="2025-02-02")
    assert has_coded(got, "1312", "CAN", "USA", modality=None), got
    got = triples(coder, "Beijing vowed to strike back with its own sanctions.", date="1995-02-04")
    assert has_coded(got, "1312", "CHN", modality=None), got
    assert not coded(got, "138"), got
    # striking back with no economic measure named stays a threat of force
    got = triples(coder, "Tehran vowed to strike back at Israel.", date="2024-04-14")
    assert has_coded(got, "138", "IRN", "ISR", modality=None), got


def test_trade_remedy_duties_or_cases_dropped_ease_the_embargo(coder):
    got = triples(coder, "Washington dropped its countervailing duty case against Canadian lumber.", date="1986-12-30")
    assert has_coded(got, "085", "USA", "CAN"), got
    assert not coded(got, "081"), got
