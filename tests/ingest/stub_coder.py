"""A tiny deterministic stand-in for ``foedus.coder.pipeline.Coder`` so runner and CLI tests control their events.

It knows a few country names and verbs; every sentence "<country> <verb> ... <country>" is one
event dated on the article's date. Texts containing UNCODABLE fail like a coding error does.
Tests with the real coder live beside these (they need the spaCy model).
"""

from __future__ import annotations

import re

from foedus.reader import InputProblem
from foedus.schema import Actor, Article, CodingResult, Event, Plover

COUNTRIES = {"South Korea": "KOR", "Seoul": "KOR", "Russia": "RUS", "Moscow": "RUS", "North Korea": "PRK",
             "Philippines": "PHL", "Manila": "PHL", "China": "CHN", "Beijing": "CHN", "Germany": "DEU",
             "Ukraine": "UKR", "Kyiv": "UKR", "Japan": "JPN", "Australia": "AUS"}
VERBS = {  # verb: (CAMEO, root, name, quad class, Goldstein, PLOVER)
    "condemned": ("111", "11", "Criticize or denounce", 3, -2.0, "ACCUSE"),
    "accused": ("112", "11", "Accuse", 3, -2.0, "ACCUSE"),
    "protested": ("111", "11", "Criticize or denounce", 3, -2.0, "ACCUSE"),
    "rammed": ("190", "19", "Use conventional military force", 4, -10.0, "ASSAULT"),
    "pledged": ("070", "07", "Provide aid", 2, 7.0, "AID"),
    "signed": ("057", "05", "Sign formal agreement", 1, 8.0, "AGREE"),
    "praised": ("051", "05", "Praise or endorse", 1, 3.4, "SUPPORT"),
}
_NAMES = re.compile("|".join(sorted(map(re.escape, COUNTRIES), key=len, reverse=True)))


class StubCoder:
    def code_inputs(self, inputs, n_process: int = 1, batch_size: int = 16):
        for item in inputs:
            if isinstance(item, InputProblem):
                yield item
            elif "UNCODABLE" in item.text:
                yield InputProblem(where=item.origin or item.id, message="could not be coded: stub failure")
            else:
                yield self.code(item)

    def code(self, item) -> CodingResult:
        art = Article(id=item.id, title=item.title, date=item.date, source=item.source, url=item.url)
        result = CodingResult(article=art)
        for n, sent in enumerate(re.split(r"(?<=\.)\s+", item.text)):
            names = _NAMES.findall(sent)
            verb = next((v for v in VERBS if v in sent.split()), None)
            if verb is None or len(names) < 2:
                continue
            code, root, name, quad, goldstein, plover = VERBS[verb]
            src, tgt = (Actor(text=x, code=COUNTRIES[x] + "GOV", country=COUNTRIES[x], sector="GOV")
                        for x in (names[0], names[1]))
            result.events.append(Event(id=f"{item.id}-e{len(result.events)}", sentence=n, evidence=sent,
                                       span=[0, len(sent)], source=src, target=tgt, cameo=code, root=root,
                                       cameo_name=name, quad_class=quad, goldstein=goldstein,
                                       plover=Plover(type=plover, mode=None), date=item.date,
                                       date_precision="day" if item.date else None))
            result.actors.extend([src, tgt])
        return result
