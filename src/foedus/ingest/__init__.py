"""Ingest corpora into the event database: readers for text, JSONL, HTML and feeds, deduplication
and story linking, and the streaming ``ingest`` runner. See docs/ingest.md."""

from __future__ import annotations

from .dedup import StoryLinker, content_hash
from .readers import iter_inputs
from .records import read_records
from .runner import IngestInterrupted, IngestSummary, ingest, ingest_items

__all__ = ["ingest", "ingest_items", "read_records", "IngestSummary", "IngestInterrupted", "iter_inputs", "content_hash", "StoryLinker"]
