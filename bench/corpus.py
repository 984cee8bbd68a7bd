"""A generator of real-looking multi-paragraph news articles for benchmarks (our own sentences).

Deterministic for a seed, so two runs measure the same texts.
"""

from __future__ import annotations

import random

STATES = [("South Korea", "Seoul", "South Korean"), ("North Korea", "Pyongyang", "North Korean"),
          ("Russia", "Moscow", "Russian"), ("Ukraine", "Kyiv", "Ukrainian"), ("China", "Beijing", "Chinese"),
          ("Japan", "Tokyo", "Japanese"), ("Iran", "Tehran", "Iranian"), ("Israel", "Jerusalem", "Israeli"),
          ("Germany", "Berlin", "German"), ("France", "Paris", "French"), ("India", "New Delhi", "Indian"),
          ("Turkey", "Ankara", "Turkish"), ("Brazil", "Brasilia", "Brazilian"), ("Egypt", "Cairo", "Egyptian")]
OFFICES = ["President", "Foreign Minister", "Defence Minister", "Prime Minister", "ambassador", "spokesman"]
ACTS = [
    "{A} condemned {B}'s decision to expand its naval patrols near the disputed islands.",
    "{A} and {B} signed a trade agreement in {city} on {day}, officials said.",
    "The {adjA} {office} met his {adjB} counterpart in {city} to discuss energy cooperation.",
    "{A} is considering sending humanitarian aid to {B} after the floods, a government source said.",
    "{A} imposed new sanctions on {B} over its missile tests.",
    "Police in {city} arrested dozens of protesters who marched against the new labour law on {day}.",
    "{A} accused {B} of violating the ceasefire along the border.",
    "{A} warned {B} that further provocations would be met with a firm response.",
    "The {adjA} military said it had shot down two drones launched from {B}.",
    "{A} did not rule out supplying weapons to {B}, the {adjA} {office} told reporters.",
    "{A} pledged to provide economic assistance to {B} for the reconstruction of its ports.",
    "Talks between {A} and {B} on the fishing dispute collapsed on {day} without an agreement.",
    "{A} denied sending troops into {B}'s territory.",
    "If {B} attacks, {A} will respond with all necessary means, the {office} said.",
    "The {adjA} {office} praised {B} for its role in the prisoner exchange.",
    "{A} recalled its ambassador from {B} in protest at the expulsion of two diplomats.",
]
FILLER = [
    "Analysts said the move reflected growing unease in the region.",
    "The statement came a day after a week of intense diplomatic activity.",
    "Markets reacted calmly to the news, with the currency little changed by the afternoon.",
    "Officials gave no further details about the timing or the scale of the measures.",
    "The decision is expected to be debated in parliament next month.",
    "Both governments have described their relations as stable in recent years.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article(rng: random.Random, paragraphs: int = 4) -> str:
    paras = []
    for _ in range(paragraphs):
        sents = []
        for _ in range(rng.randint(2, 4)):
            if rng.random() < 0.35:
                sents.append(rng.choice(FILLER))
                continue
            (a, city, adj_a), (b, _, adj_b) = rng.sample(STATES, 2)
            sents.append(rng.choice(ACTS).format(A=a, B=b, adjA=adj_a, adjB=adj_b, city=city,
                                                 office=rng.choice(OFFICES), day=rng.choice(DAYS)))
        paras.append(" ".join(sents))
    return "\n\n".join(paras)


def corpus(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [article(rng, rng.randint(3, 6)) for _ in range(n)]
