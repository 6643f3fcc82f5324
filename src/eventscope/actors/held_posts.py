"""A named body's posts are the body's: "a Hamas military post", "an al-Shabaab army base".

CONTRACT:

    drafts = with_owned_posts(doc, drafts)   # a body's draft widened over the post it owns

An armed word before a post, base or convoy (rules.toml ``installations``) stands for the force
that holds it ("a military post": MIL, :meth:`~.rules.ContextRules.installation_head`). With a
named armed group, party or movement before it ("a Hamas military post", "the Houthi army
camps" read as one noun phrase) that force is the body's own, not a state's army of the
place's country: the body's draft is widened over the post and the force's draft dropped, as
"a Hamas post" is already the body alone. A country's name ("a Syrian military post") is no
body and is left to the phrase builder.

Example:
    >>> import spacy
    >>> with_owned_posts(spacy.blank("en")("calm villagers"), [])
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..nlp.syntax import MODIFIER_DEPS
from .drafts import Draft
from .group_words import ARMED, BODY, body_kind
from .rules import ContextRules

if TYPE_CHECKING:
    from spacy.tokens import Doc

# How a name hangs on the post it owns ("Hamas" nmod or compound of "post").
OWNER_DEPS = MODIFIER_DEPS | {"poss"}


def with_owned_posts(doc: Doc, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` with each named body's draft widened over the held post right after it."""
    posts = ContextRules.shared().installations
    out: list[Draft] = []
    for draft in drafts:
        body = out[-1] if out else None
        if body is not None and _owns(doc, body, draft, posts):
            out[-1] = replace(body, end=draft.end)
            continue
        out.append(draft)
    return out


def _owns(doc: Doc, body: Draft, force: Draft, posts: frozenset[str]) -> bool:
    """``force`` is a code-less force over a post right after ``body``, whose name hangs on
    that post."""
    if (
        force.code
        or force.country
        or body.end != force.start
        or body_kind(body) not in (ARMED, BODY)
    ):
        return False
    post = doc[force.end - 1]
    name = doc[body.end - 1]
    return post.lower_ in posts and name.dep_ in OWNER_DEPS and name.head.i == post.i
