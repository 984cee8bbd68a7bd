"""Recognising the same text twice (content hash) and wire copies of one story (MinHash + LSH).

Two different questions, two tools:

* **Same text** — ``content_hash`` is the SHA-256 of the text with case folded and every run of
  whitespace made one space, so re-ingesting a file (or the same article re-encoded with other
  line breaks) is recognised and skipped.
* **Same story** — agencies' wire copies reappear at many outlets with small edits: another
  headline, a byline, a trailing "Reporting by ..." line, a cut last paragraph. ``StoryLinker``
  compares the *word 5-gram shingles* of the texts: a MinHash signature of ``NUM_PERM`` = 120
  hashes per article, split into ``BANDS`` = 40 bands of ``ROWS`` = 3 rows for locality-sensitive
  hashing. Two articles are linked when the Jaccard similarity of their shingle sets, estimated
  from the signatures, is at least ``THRESHOLD`` = 0.5. With 40 bands of 3 rows a pair at
  Jaccard 0.5 becomes a candidate with probability 0.995, a pair at 0.2 with 0.28 (and is then
  rejected by the full-signature estimate), so the threshold, not the banding, decides.

  Why 0.5: a 300-word wire story with a new byline and a trailing line keeps ~90% of its
  shingles (Jaccard ~0.85); two different stories on the same topic share almost no 5-grams
  (Jaccard < 0.05) even when they share actors and verbs; an outlet that keeps only the first
  half of the story lands near 0.5, the border we accept.

Linking is streaming: the index holds signatures in memory, at most ``max_stories`` of the most
recent ones (wire copies appear within days, so evicting the oldest keeps memory flat on a
corpus of any size).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

SHINGLE_WORDS = 5
NUM_PERM = 120
BANDS = 40
ROWS = NUM_PERM // BANDS
THRESHOLD = 0.5
DEFAULT_MAX_STORIES = 200_000

_WORD = re.compile(r"\w+", re.UNICODE)
_SPACE = re.compile(r"\s+")

# Fixed seed: signatures must be identical across runs and processes.
_rng = np.random.default_rng(20240620)
_MUL = (_rng.integers(1, 2**63 - 1, size=NUM_PERM, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
_ADD = _rng.integers(0, 2**63 - 1, size=NUM_PERM, dtype=np.uint64)


def normalise(text: str) -> str:
    """Case folded, whitespace collapsed: the form the content hash is taken of."""
    return _SPACE.sub(" ", text.casefold()).strip()


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the normalised text: equal for texts differing only in case or spacing."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[str]:
    """The set of word k-grams of the text (lower case, punctuation dropped)."""
    words = _WORD.findall(text.casefold())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def signature(text: str) -> np.ndarray:
    """MinHash signature (``NUM_PERM`` uint32 values) of the text's shingles.

    Each shingle is hashed to 32 bits (CRC32), then mapped through ``NUM_PERM`` multiply-shift
    hash functions; the signature keeps the minimum of each.
    """
    grams = shingles(text)
    if not grams:
        return np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    base = np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint64, count=len(grams))
    with np.errstate(over="ignore"):
        mixed = (base[:, None] * _MUL[None, :] + _ADD[None, :]) >> np.uint64(32)
    return mixed.min(axis=0).astype(np.uint32)


def similarity(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity: the share of equal MinHash values."""
    return float(np.count_nonzero(sig_a == sig_b)) / NUM_PERM


@dataclass
class StoryMatch:
    story_id: str
    similarity: float      # 1.0 for a new story (it matches itself)
    linked: bool           # True when the article joined an earlier story


class StoryLinker:
    """Streams articles in and gives each a story id; wire copies share the first copy's id."""

    def __init__(self, threshold: float = THRESHOLD, max_stories: int = DEFAULT_MAX_STORIES):
        self.threshold = threshold
        self.max_stories = max_stories
        self._signatures: OrderedDict[str, np.ndarray] = OrderedDict()   # story id -> signature
        self._buckets: list[dict[bytes, list[str]]] = [{} for _ in range(BANDS)]

    def __len__(self) -> int:
        return len(self._signatures)

    def add_known(self, story_id: str, sig: np.ndarray) -> None:
        """Seed the index with a story already stored (e.g. from a previous run)."""
        if story_id not in self._signatures:
            self._insert(story_id, np.asarray(sig, dtype=np.uint32))

    def link(self, article_id: str, text: str) -> StoryMatch:
        """The story this article belongs to: an earlier one at Jaccard >= threshold, or its own."""
        sig = signature(text)
        best_id, best = None, 0.0
        for story_id in self._candidates(sig):
            score = similarity(sig, self._signatures[story_id])
            if score > best:
                best_id, best = story_id, score
        if best_id is not None and best >= self.threshold:
            self._signatures.move_to_end(best_id)     # a story still being copied stays fresh
            return StoryMatch(best_id, best, True)
        self._insert(article_id, sig)
        return StoryMatch(article_id, 1.0, False)

    def _bands(self, sig: np.ndarray) -> Iterator[tuple[int, bytes]]:
        for band in range(BANDS):
            yield band, sig[band * ROWS:(band + 1) * ROWS].tobytes()

    def _candidates(self, sig: np.ndarray) -> set[str]:
        found: set[str] = set()
        for band, key in self._bands(sig):
            found.update(self._buckets[band].get(key, ()))
        return found

    def _insert(self, story_id: str, sig: np.ndarray) -> None:
        self._signatures[story_id] = sig
        for band, key in self._bands(sig):
            self._buckets[band].setdefault(key, []).append(story_id)
        while len(self._signatures) > self.max_stories:
            self._evict()

    def _evict(self) -> None:
        old_id, old_sig = self._signatures.popitem(last=False)
        for band, key in self._bands(old_sig):
            bucket = self._buckets[band].get(key)
            if bucket is None:
                continue
            try:
                bucket.remove(old_id)
            except ValueError:
                pass
            if not bucket:
                del self._buckets[band][key]


__all__ = ["content_hash", "normalise", "shingles", "signature", "similarity", "StoryLinker", "StoryMatch",
           "THRESHOLD", "NUM_PERM", "BANDS", "ROWS", "SHINGLE_WORDS"]
