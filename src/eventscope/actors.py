"""Actor coding: find who acts in a parsed document (countries, officials, forces, firms, IGOs).

CONTRACT (stub; the actors work replaces the body, keeps the interface):

    coder = ActorCoder.load(options=ActorOptions(user_files=("my.csv",)))
    mentions: list[ActorMention] = coder.find(doc, on=date(2020, 8, 20))

``on`` is the article date, for date-restricted dictionary codes (a person who is GOV
only while in office). ``find`` returns every actor mention of ``doc`` in document order, each an
:class:`~eventscope.models.ActorMention` with token offsets, sentence index and an
:class:`~eventscope.models.Actor` carrying char offsets, country, sector, CAMEO code,
name and resolution. Load is done once and reused for every document.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from .models import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorOptions:
    """Options of the actor stage. ``user_files``: extra dictionaries (CAMEO text or CSV)."""

    user_files: tuple[str, ...] = ()


class ActorCoder:
    """Dictionary- and rule-based actor coder; immutable after :meth:`load`."""

    @classmethod
    def load(cls, *, options: ActorOptions | None = None) -> ActorCoder:
        return cls()

    def find(self, doc: Doc, *, on: date | None = None) -> list[ActorMention]:
        raise NotImplementedError("actor coding is not implemented yet")
