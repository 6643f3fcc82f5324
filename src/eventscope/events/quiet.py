"""No last-resort guess in a story about markets or sport.

CONTRACT:

    quiet_story(domain, doc)  # True for a market report that names no contention

The last resort (``EventCoder.last_resort``) gives a document in which no stage found an event
the classifier's guess for its most eventful sentence. A reader would rather have one guess
than none in political news; in a market report or a sports story (the story kinds of
:func:`~eventscope.events.stories.story_kind`: several words of the kind and no word of
contention) the guess is a business act or a match read as politics: "Only Kuwait has an
official stock exchange" as a threat, "the issue will be listed in Luxembourg" as intent.
Crime and accident stories keep it: an arrest or an official's reply is their political
event.

Example:
    >>> quiet_story(object(), None)
    False
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

QUIET_KINDS = frozenset({"market", "sport"})


def quiet_story(domain: object, doc: Doc) -> bool:
    """Whether ``doc`` is a story of a :data:`QUIET_KINDS` kind by ``domain``'s contentious
    coder (a domain coder without one, as a plugin's may be, finds none)."""
    contentious = getattr(domain, "contentious", None)
    return contentious is not None and contentious.story_kind(doc) in QUIET_KINDS
