"""atheris harness: the readers turn any bytes into articles or per-item errors, never a crash.

Run (optional; atheris is not a dependency, CI uses the Hypothesis tests instead):
    .venv/bin/pip install atheris
    .venv/bin/python fuzz/fuzz_readers.py -dict=fuzz/readers.dict -max_total_time=60

The first input byte picks the file kind (.txt, .html, .jsonl, .jsonl.gz, .rss, .warc.gz);
the rest is written to a temporary file read by :func:`eventscope.io.sources.read_sources`.
Also fuzzes the in-memory JSONL record path (``decode_bytes`` + ``json.loads`` +
``record_to_article``). Any exception other than an :class:`ArticleError` is a finding.
"""

from __future__ import annotations

import gzip
import json
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["eventscope"]):
    from eventscope.errors import ArticleError
    from eventscope.io.readers import decode_bytes, record_to_article
    from eventscope.models import Article
    from eventscope.io.sources import read_sources

SUFFIXES = (".txt", ".html", ".jsonl", ".jsonl.gz", ".rss", ".warc.gz")
# Small limits so the size checks are reached by small inputs.
MAX_BYTES = 4096
MAX_DECOMPRESSED = 65536


def check_items(items: list[object]) -> None:
    for item in items:
        if not isinstance(item, Article | ArticleError):
            raise RuntimeError(f"reader yielded {type(item).__name__}: {item!r}")
        if isinstance(item, ArticleError) and not str(item).startswith(f"[{item.code}]"):
            raise RuntimeError(f"error message without its code: {item}")
        if isinstance(item, Article):
            # Downstream (spaCy, the store, stderr) needs every field encodable as UTF-8.
            fields = (item.id, item.text, item.title, item.url, item.source)
            for value in (field for field in fields if field is not None):
                value.encode("utf-8")


def fuzz_file(folder: Path, data: bytes) -> None:
    suffix = SUFFIXES[data[0] % len(SUFFIXES)] if data else ".txt"
    body = data[1:]
    if suffix.endswith(".gz") and data and data[0] & 0x80:
        body = gzip.compress(body)  # half the time a valid gzip stream around random bytes
    path = folder / f"input{suffix}"
    path.write_bytes(body)
    check_items(list(read_sources([path], max_bytes=MAX_BYTES, max_decompressed=MAX_DECOMPRESSED)))


def fuzz_record(data: bytes) -> None:
    try:
        record = json.loads(decode_bytes("fuzz:1", data))
        check_items([record_to_article("fuzz:1", record)])
    except ArticleError:
        pass  # the expected outcome for bad input: a per-item error
    except json.JSONDecodeError:
        pass  # read_jsonl turns this into a BadRecordError


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)

        def one_input(data: bytes) -> None:
            fuzz_file(folder, data)
            fuzz_record(data)

        atheris.Setup(sys.argv, one_input)
        atheris.Fuzz()


if __name__ == "__main__":
    main()
