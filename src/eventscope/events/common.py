"""What the contentious and domain coders share: their tables, the actors they use and imply.

CONTRACT:

    data = read_table("domain.toml", build, "bad event-shape table")   # build(dict) -> book
    usable(mention)                 # an actor the sentence names (not one filled in from context)
    covering(actors, token)         # the actor over the token or its phrase
    implied_actor(token, "OPP", "ZAF", 3)            # protesters the trigger implies
    implied_actor(noun, "CVL", "ZAF", 3, why="dateline")   # an uncoded victim noun

Both coders code events whose actors the actor stage did not find: a generic actor of a
sector ("protesters", "an unidentified attacker", resolution ``implied``), placed at the
trigger with no text, or a victim noun ("a farmer was shot") covered as an actor whose country
came from context (``why``).

Example:
    >>> from eventscope.models import Actor, ActorMention
    >>> police = Actor(text="police", start=0, end=6, country=None, sector="COP", code="COP")
    >>> usable(ActorMention(actor=police, start=0, end=1, sent_index=0), sectorless=False)
    False
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import DataFileError
from ..models import Actor, ActorMention, Resolution

if TYPE_CHECKING:
    from spacy.tokens import Token

Book = TypeVar("Book")
TABLES = "eventscope.data.events"


def read_table(name: str, build: Callable[[dict[str, Any]], Book], problem: str) -> Book:
    """``build`` applied to the TOML file ``data/events/<name>``; a file that cannot be read or
    parsed, or a missing or mistyped entry, is a :class:`DataFileError` naming the file."""
    try:
        text = resources.files(TABLES).joinpath(name).read_text(encoding="utf-8")
        return build(tomllib.loads(text))
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, IndexError) as exc:
        raise DataFileError(name, detail=f"{problem}: {exc}") from exc


def usable(mention: ActorMention, *, sectorless: bool = True) -> bool:
    """The sentence names this actor (it was not filled in from context); with
    ``sectorless=False`` an actor known only by its sector ("police" of no country) is no use."""
    actor = mention.actor
    if actor.resolution == "context":
        return False
    return sectorless or bool(actor.country or actor.code != actor.sector)


def covering(
    actors: Sequence[ActorMention], token: Token, *, phrase: bool = True
) -> ActorMention | None:
    """The actor over ``token`` or, with ``phrase``, over a word of its phrase ("Cosatu
    members", "200 miners"); the nearest to the token when several are."""
    inside = {t.i for t in token.subtree} if phrase and token.dep_ != "ROOT" else {token.i}
    hits = [m for m in actors if any(i in inside for i in range(m.start, m.end))]
    return min(hits, key=lambda m: abs(m.start - token.i)) if hits else None


def implied_actor(
    token: Token,
    sector: str,
    country: str | None,
    sent_index: int,
    *,
    why: Resolution | None = None,
) -> ActorMention:
    """An actor the text implies. With no ``why``: unnamed (protesters, an attacker, a place's
    state when ``sector`` is empty), at the trigger, with no text, resolution ``implied``.
    With ``why``: the uncoded noun ``token`` itself ("a farmer"), its country from ``why``."""
    named = why is not None
    actor = Actor(
        text=token.text if named else "",
        start=token.idx,
        end=token.idx + len(token.text) if named else token.idx,
        country=country,
        sector=sector or None,
        code=(country or "") + sector,
        resolution=why if why is not None else "implied",
    )
    end = token.i + 1 if named else token.i
    return ActorMention(actor=actor, start=token.i, end=end, sent_index=sent_index)
