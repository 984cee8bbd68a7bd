"""A small event database for the API and browser tests, built from hand-made CodingResult objects."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from foedus.schema import Actor, Article, CodingResult, Commitment, Event, Location, Plover, Quote
from foedus.store import ArticleRecord, Store

ACTORS = {
    "KORGOV": Actor(text="Seoul", code="KORGOV", country="KOR", sector="GOV", name="South Korean government"),
    "PRKMIL": Actor(text="Pyongyang's army", code="PRKMIL", country="PRK", sector="MIL", name="North Korean military"),
    "RUSGOV": Actor(text="Moscow", code="RUSGOV", country="RUS", sector="GOV", name="Russian government"),
    "UKR": Actor(text="Kyiv", code="UKR", country="UKR", name="Ukraine"),
    "USAGOV": Actor(text="Washington", code="USAGOV", country="USA", sector="GOV", name="US government"),
}
# cameo -> root, name, quad class, Goldstein, PLOVER type
CODES = {
    "042": ("04", "Make a visit", 1, 1.9, "CONSULT"),
    "0332": ("03", "Express intent to provide military aid", 1, 5.2, "AID"),
    "057": ("05", "Sign formal agreement", 2, 8.0, "AGREE"),
    "112": ("11", "Accuse", 3, -2.0, "ACCUSE"),
    "190": ("19", "Use conventional military force", 4, -10.0, "ASSAULT"),
}
PLACES = {
    "Seoul": Location(name="Seoul", country="KOR", lat=37.57, lon=126.98),
    "Kyiv": Location(name="Kyiv", country="UKR", lat=50.45, lon=30.52),
}


def _article(art_id: str, date: str, sentences: list[tuple[str, str | None, str | None, str, str, str | None]]):
    """``sentences``: (sentence text, source, target, cameo, modality, place); one event per sentence with
    a source, its evidence span the sentence's character range in the article text."""
    text_parts: list[str] = []
    events: list[Event] = []
    pos = 0
    for n, (sentence, src, tgt, cameo, modality, place) in enumerate(sentences):
        start = pos
        text_parts.append(sentence)
        pos += len(sentence) + 1
        if src is None:
            continue
        root, name, quad, gold, ptype = CODES[cameo]
        events.append(Event(
            id=f"{art_id}-e{len(events)}", sentence=n, evidence=sentence, span=[start, start + len(sentence)],
            source=ACTORS[src], target=ACTORS[tgt] if tgt else None, cameo=cameo, root=root, cameo_name=name,
            quad_class=quad, goldstein=gold, plover=Plover(type=ptype), modality=modality, date=date,
            date_precision="day", location=PLACES.get(place) if place else None, confidence=0.9, flags=[]))
    text = " ".join(text_parts)
    result = CodingResult(
        article=Article(id=art_id, title=f"Report {art_id}", date=date, source="Test Wire",
                        sentences=[s[0] for s in sentences]),
        events=events,
        quotes=[Quote(text="We will not stand by", speaker=ACTORS["KORGOV"], sentence=0, span=[0, 5])],
        actors=list({e.source.code: e.source for e in events}.values()),
        commitments=[],
        policies=[],
    )
    record = ArticleRecord(id=art_id, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                           title=f"Report {art_id}", date=date, source="Test Wire",
                           url=f"https://news.example/{art_id}", text=text,
                           ingested_at=dt.datetime(2024, 7, 1, 9, 0, 0))
    return record, result


def corpus() -> list:
    """Five articles in June 2024: 8 events, 2 of them placed, one considered (not asserted)."""
    items = [
        _article("seoul-arms", "2024-06-03", [
            ("Seoul accused Moscow of arming the North.", "KORGOV", "RUSGOV", "112", "asserted", "Seoul"),
            ("Officials said Seoul may send weapons to Kyiv.", "KORGOV", "UKR", "0332", "considered", "Seoul"),
            ("The weather was mild.", None, None, "", "", None),
        ]),
        _article("kyiv-strike", "2024-06-05", [
            ("Russian forces struck Kyiv overnight.", "RUSGOV", "UKR", "190", "asserted", "Kyiv"),
            ("Kyiv accused Moscow of targeting homes.", "UKR", "RUSGOV", "112", "asserted", None),
        ]),
        _article("pact-signed", "2024-06-19", [
            ("Moscow signed a defence pact with Pyongyang's army chiefs.", "RUSGOV", "PRKMIL", "057", "asserted", None),
        ]),
        _article("us-visit", "2024-06-24", [
            ("Washington visited Seoul for talks.", "USAGOV", "KORGOV", "042", "asserted", None),
            ("Seoul accused Moscow again.", "KORGOV", "RUSGOV", "112", "asserted", None),
        ]),
        _article("late-june", "2024-06-28", [
            ("Seoul accused Moscow of breaking sanctions.", "KORGOV", "RUSGOV", "112", "asserted", None),
        ]),
    ]
    items[2][1].commitments.append(Commitment(
        parties=[ACTORS["RUSGOV"], ACTORS["PRKMIL"]], kind="mutual_defense", trigger="armed attack",
        obligation="provide military assistance", strength=3, conditions=[], source=ACTORS["RUSGOV"],
        treaty=None, agrees_with_registry=None, sentences=[0], evidence="Moscow signed a defence pact."))
    return items


def build_db(path: Path) -> Path:
    with Store(path) as store:
        assert store.write_batch(corpus()) == 5
    return path


def outlier_db(path: Path) -> Path:
    """The corpus, plus 200 more events through 2024 (one article a week or so) and two misdated articles
    (1970 and 2031) that stretch the date axis: the timeline should clip to the bulk."""
    items = corpus()
    day = dt.date(2024, 1, 1)
    for n in range(100):
        date = (day + dt.timedelta(days=3 * n + (n % 2))).isoformat()
        items.append(_article(f"bulk-{n}", date, [
            ("Moscow struck Kyiv.", "RUSGOV", "UKR", "190", "asserted", "Kyiv"),
            ("Washington visited Seoul.", "USAGOV", "KORGOV", "042", "asserted", None),
            (f"Dispatch {n}.", None, None, "", "", None)]))          # texts differ: no deduplication
    for art_id, date in (("misdated-1970", "1970-01-01"), ("misdated-2031", "2031-05-01")):
        items.append(_article(art_id, date, [("Moscow struck Kyiv.", "RUSGOV", "UKR", "190", "asserted", None),
                                             (f"Dispatch {art_id}.", None, None, "", "", None)]))
    with Store(path) as store:
        assert store.write_batch(items) == len(items)
    return path


class FakeCoder:
    """Stands in for the spaCy coder where a test checks the endpoint, not the coding."""

    def __init__(self):
        self.calls: list[tuple[str, str | None]] = []

    def code_text(self, text, date=None, id=None, title=None, source=None, url=None):
        from foedus.schema import Article, CodingResult

        self.calls.append((text, date))
        if not text.strip():
            from foedus.errors import Errors, InputError

            raise InputError(Errors.E102.format(path=id or "the text"))
        return CodingResult(article=Article(id=id or "posted", title=title, date=date, source=source,
                                            sentences=[text]), events=[], quotes=[], actors=[], commitments=[],
                            policies=[])

    def code_inputs(self, inputs, n_process=1, batch_size=16):
        """The ingest runner's entry point: problems pass through, articles are coded in order."""
        from foedus.reader import InputProblem

        for item in inputs:
            if isinstance(item, InputProblem):
                yield item
            else:
                yield self.code_text(item.text, date=item.date, id=item.id, title=item.title, source=item.source,
                                     url=item.url)
