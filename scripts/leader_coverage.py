"""List, per country, whether the hand people file has a head of state/government (and a foreign and a
defence minister) in office on given dates.

    PYTHONPATH=src python scripts/leader_coverage.py [--dates 2016-07-01,2020-07-01,2024-07-01,2026-06-01]
        [--offices head,foreign,defence] [--phoenix] [--gaps]

A country counts as covered for "head" when a hand-curated person holds a role of the country's GOV code
with a head-of-state or head-of-government title on that date; --phoenix also counts any dated GOV role
of the converted Phoenix people (they carry no titles; they end about 2015).
"""
from __future__ import annotations

import argparse
import re

from foedus import data
from foedus.coder.actors import ACTOR_DIR, parse_role, read_tsv

# UN members, plus Taiwan, Kosovo, Palestine (and the Holy See, an observer)
STATES = """AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY
SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV
MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW
PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB
VUT VEN VNM YEM ZMB ZWE TWN KSV PSE VAT""".split()

OFFICES = {
    "head": re.compile(r"\b(president|prime minister|premier|chancellor|king|queen|emir|sultan|chief adviser|head of the (?:sovereignty|transitional|presidential)|monarch|"
                       r"supreme leader|head of state|head of government|chairman|chairwoman|military ruler|"
                       r"junta leader|leader of the (?:junta|military government|transition)|pope|taoiseach|"
                       r"captain[s]? regent|prince|grand duke|governor-general|crown prince|co-prince|"
                       r"state counsellor|general secretary)\b", re.I),
    "foreign": re.compile(r"\bforeign (?:minister|secretary)|secretary of state|minister of foreign|external affairs", re.I),
    "defence": re.compile(r"\bdefen[cs]e (?:minister|secretary)|secretary of defen[cs]e|minister of defen[cs]e|"
                          r"secretary of war|war minister|armed forces minister", re.I),
}
# words that make a title some other office; removed before the office is looked for
NOT_THE_OFFICE = re.compile(r"\b(?:vice|deputy|first deputy|former|acting deputy)[- ](?:president|prime minister|premier|"
                            r"chairman|foreign minister|defen[cs]e minister)|\b[\w-]+ party (?:president|chairman|leader)|"
                            r"president of the (?:senate|assembly|national assembly|parliament|court|commission)|"
                            r"(?:president|prime minister)-elect|candidate", re.I)


def holders(rows, tier: str):
    for row in rows:
        raw = row.get("roles") or []
        if isinstance(raw, str):
            raw = [r for r in raw.split(";") if r.strip()]
        for text in raw:
            yield row, parse_role(text, tier), tier


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dates", default="2016-07-01,2020-07-01,2024-07-01,2026-06-01")
    ap.add_argument("--offices", default="head")
    ap.add_argument("--phoenix", action="store_true")
    ap.add_argument("--gaps", action="store_true", help="print only countries with a gap")
    args = ap.parse_args()
    dates = args.dates.split(",")
    offices = args.offices.split(",")
    rows = list(holders(data.read_yaml(f"{ACTOR_DIR}/people.yaml"), "hand"))
    if args.phoenix:
        rows += list(holders(read_tsv(f"{ACTOR_DIR}/phoenix/people.tsv"), "phoenix"))
    gaps = 0
    for c in STATES:
        line = []
        for office in offices:
            for d in dates:
                names = sorted({str(row["name"]) for row, r, tier in rows
                                if r.code.startswith(c) and r.covers(d) and (
                                    (tier == "phoenix" and office == "head" and r.code == c + "GOV")
                                    or OFFICES[office].search(NOT_THE_OFFICE.sub("", r.title)))})
                line.append(f"{office[:4]}{d[:4]}=" + ("/".join(n.split()[-1] for n in names) if names else "-"))
                gaps += not names
        if not args.gaps or any(x.endswith("=-") for x in line):
            print(c, " ".join(line))
    print(f"# {gaps} gaps")


if __name__ == "__main__":
    main()
