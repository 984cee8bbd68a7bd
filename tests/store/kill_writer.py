"""Subprocess for the kill test: writes numbered articles in batches, announcing each commit."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from store_factory import numbered_article  # noqa: E402

from foedus.store import Store  # noqa: E402


def main(db: str, total: int, batch_size: int) -> None:
    with Store(db) as store:
        known = store.known_hashes()
        batch = []
        for i in range(total):
            item = numbered_article(i)
            if item[0].content_hash in known:
                continue
            batch.append(item)
            if len(batch) == batch_size:
                print("writing", flush=True)
                written = store.write_batch(batch)
                print(f"committed {written}", flush=True)
                batch = []
        if batch:
            print(f"committed {store.write_batch(batch)}", flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
