"""A named body said again by a bare noun (issue 15, actors/group_words.py): "the group", "the
movement", "the party", "the organisation" after a named armed group, party, NGO or IGO is that
body; with no such body before, or another thing of that noun between ("a group of women"), the
noun stays no actor. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc
from test_actors_armed_anaphors import _codes

from eventscope.actors.drafts import Draft
from eventscope.actors.group_words import with_group_words
from eventscope.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "anaphor", "code"),
    [
        (
            "Boko Haram fighters stormed Damboa on Sunday. The group killed five soldiers.",
            "The group",
            "IMGMOSBKH",
        ),
        (
            "M23 rebels seized Bunagana on Monday. The group then attacked an army base.",
            "The group",
            "CODREBM23",
        ),
        (
            "Al-Shabaab fighters attacked a base in Lower Shabelle. The militant group said it "
            "killed 20 soldiers.",
            "The militant group",
            "IMGMOSSHB",
        ),
        (
            "The ANC accused the Democratic Alliance of racism. The party also criticised the "
            "police.",
            "The party",
            "ZAFPTYANC",
        ),
        (
            # a subject refers back to the subject, though another party is named after it
            "The BJP accused the Trinamool Congress of violence. The party said it would protest.",
            "The party",
            "INDPTYBJP",
        ),
        (
            "Amnesty International accused the police of torture. The group urged the "
            "government to investigate.",
            "The group",
            "NGOAMN",
        ),
        (
            "Fatah rejected the plan on Tuesday. The movement called for a general strike.",
            "The movement",
            "PSEPTYFTH",
        ),
    ],
)
def test_a_bare_group_noun_is_the_named_body_before_it(actors, nlp, text, anaphor, code):
    found = _codes(actors, nlp, text)
    assert found.get(anaphor) == (code, "coreference"), found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # no named body before: no actor
        ("Gunmen stormed a bank in Lagos. The group escaped with cash.", "The group"),
        # another group between: "the group" is the women, not al-Shabaab
        (
            "Al-Shabaab claimed the bombing. A group of women protested in Mogadishu. The group "
            "demanded peace.",
            "The group",
        ),
        # a group of something, and a party is no armed group's word
        ("Hamas fired rockets. The group of seven condemned the attack.", "The group"),
        ("Boko Haram attacked Damboa. The party condemned the attack.", "The party"),
        # a people named by a state's name is no body ("Nigeria ... the group")
        ("Nigeria sent troops to Borno. The group arrived on Monday.", "The group"),
    ],
)
def test_a_group_noun_with_no_body_before_it_stays_no_actor(actors, nlp, text, word):
    assert word not in _codes(actors, nlp, text)


def test_a_named_body_lends_its_code_to_the_noun_over_the_nouns_own_tokens():
    words = ["Hamas", "fired", "rockets", ".", "The", "group", "said", "so", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        pos=["PROPN", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "ADV", "PUNCT"],
        heads=[1, 1, 1, 1, 5, 6, 6, 6, 6],
        deps=["nsubj", "ROOT", "dobj", "punct", "det", "nsubj", "ROOT", "advmod", "punct"],
    )
    hamas = Draft(0, 1, country="PSE", sector="REB", code="PSEREBHMS", name="Hamas")
    found = with_group_words(doc, [hamas])
    assert [(d.start, d.end, d.code, d.resolution) for d in found] == [
        (0, 1, "PSEREBHMS", "dictionary"),
        (4, 6, "PSEREBHMS", "coreference"),
    ]


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        (
            "M23 rebels seized Bunagana on Monday. The group then attacked an army base near "
            "Rutshuru.",
            "CODREBM23",
            "19",
            "CODMIL",
        ),
        (
            "The Taliban captured the district centre of Ghormach. The group killed four "
            "Afghan policemen.",
            "AFGINSTAL",
            "19",
            "AFGCOP",
        ),
    ],
)
def test_the_group_acts_as_the_named_group(pipeline, text, source, root, target):
    events = pipeline.code_text(text, published=date(2020, 5, 9))
    found = {(e.source.code, e.cameo[:2], e.target.code if e.target else "") for e in events}
    assert (source, root, target) in found, found
