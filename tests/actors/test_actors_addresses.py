"""Names that end an address in brackets are where something is, not who acts (issue 15):
"(Rafi LGA, Niger)", "(Srikakulam, AP)".

Sentences are our own; the actor stage alone, hand-built Docs where the parse is not the point.
"""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from eventscope.actors.addresses import in_address, without_address_parts
from eventscope.actors.lexicon import Entry, Hit

ON = date(2020, 5, 9)


def mentions(actors, nlp, text: str) -> dict[str, tuple[str, str]]:
    return {m.actor.text: (m.actor.code, m.actor.resolution) for m in actors.find(nlp(text), on=ON)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen attacked Kagara (Rafi LGA, Niger), killing one resident.", "Niger"),
        ("Protesters marched in Dolapeta village (Srikakulam, AP) on Friday.", "AP"),
        ("Soldiers dispersed a crowd in Dixinn (Conakry, Guinea) at dawn.", "Guinea"),
        ("Police shot a man in Ratnapura (Sabaragamuwa, Sri Lanka) overnight.", "Sri Lanka"),
    ],
)
def test_the_last_part_of_an_address_in_brackets_is_no_actor(actors, nlp, text, name):
    assert name not in mentions(actors, nlp, text)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a bracket that explains a name has no comma
        ("The Niger Delta Avengers (NDA) said Nigeria (the government) lied.", "Nigeria", "NGA"),
        # a list of actors in brackets keeps its role words
        ("Security services (police, soldiers) dispersed the crowd.", "police", "COP"),
        # a country acting, with a comma before it but no bracket
        ("Iraq, Iran and Syria condemned the strikes.", "Iran", "IRN"),
    ],
)  # fmt: skip
def test_names_outside_addresses_stay_actors(actors, nlp, text, name, code):
    assert mentions(actors, nlp, text)[name][0][: len(code)] == code


def test_in_address_on_a_hand_built_doc():
    doc = spacy.blank("en")("fighting in Kagara ( Rafi LGA , Niger ) and in Niger .")
    assert in_address(doc, 7, 8)
    assert not in_address(doc, 11, 12)
    niger = Entry("country", country="NER", name="Niger")
    police = Entry("agent", sector="COP")
    hits = [Hit(7, 8, niger), Hit(11, 12, niger), Hit(4, 5, police)]
    assert without_address_parts(doc, hits) == [Hit(11, 12, niger), Hit(4, 5, police)]
