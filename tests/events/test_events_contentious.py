"""Contentious politics with no known actor (events/contentious.py), end to end on sentences we
wrote: protest, strike, riot and violence shapes coded with a generic actor; nominal events with
a real reading; planned, negated, generic and market uses that code nothing; stories of crime
and sport whose material conflict ranks below their other events; and a protest with no object
that gets no target.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.evaluate.stages import glocon_label
from eventscope.events.contentious import ContentiousBook, ContentiousCoder
from eventscope.pipeline import Pipeline

PUBLISHED = date(2022, 6, 9)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


def roots(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    events = pipeline.code_text(text, published=PUBLISHED)
    return [(e.root, e.source.sector if e.source else None, e.trigger) for e in events]


def contentious(pipeline: Pipeline, text: str) -> int:
    """The GLOCON reading: 1 when the top event is material conflict."""
    events = pipeline.code_text(text, published=PUBLISHED)
    return glocon_label([e.to_dict() for e in events])


@pytest.mark.parametrize(
    ("text", "root", "sector"),
    [
        # verbs whose clause names no actor the actor stage knows
        ("Rocks were hurled at passing cars near the depot.", "14", "CVL"),
        ("Angry locals barricaded the main road with burning tyres.", "14", None),
        ("Bus drivers downed tools at the depot on Thursday.", "14", "LAB"),
        ("Marchers blocked the highway for two hours.", "14", "OPP"),
        ("The crowd pelted the convoy with bottles.", "14", "CVL"),
        ("Hundreds of residents carried placards outside the clinic in Soweto.", "14", "CVL"),
        # nominal events that report one real event
        ("The stayaway entered its second week.", "14", "LAB"),
        ("Violent protests over water cuts erupted in the township.", "14", "OPP"),
        ("Shops were closed during Monday's riot.", "14", "CVL"),
        ("Two people were wounded in the attack on the police station.", "18", "UAF"),
    ],
)
def test_shapes_code_a_generic_actor(pipeline, text, root, sector):
    found = roots(pipeline, text)
    assert any(r == root for r, _, _ in found), found
    if sector is not None:
        assert any(s == sector for r, s, _ in found if r == root), found
    assert contentious(pipeline, text) == 1


@pytest.mark.parametrize(
    "text",
    [
        # planned, negated, conditional or intended
        "The union threatened a national strike next month.",
        "The teachers said they would march to the ministry.",
        "Residents did not block the road this time.",
        "Organisers called for a peaceful protest on Saturday.",
        "The party announced its intention to march on the capital.",
        # generic, a charge, a modifier, a month
        "The bishop urged everyone to fight violence and crime.",
        "Four men were charged with public violence.",
        "The strike committee met the mediator.",
        "Sales of winter coats rose in March.",
        "The report deals with family violence and child abuse.",
        # markets and other senses
        "Shares rallied on the bourse as the rand firmed.",
        "She threw a party for her neighbours.",
        "The two ministers struck a deal on fuel prices.",
        "The workers carried boxes of food into the warehouse.",
    ],
)
def test_no_contentious_event(pipeline, text):
    assert contentious(pipeline, text) == 0, roots(pipeline, text)


def test_protest_with_no_object_has_no_target(pipeline):
    events = pipeline.code_text("Nurses protested in Nairobi.", published=PUBLISHED)
    protests = [e for e in events if e.root == "14"]
    assert protests and all(e.target is None for e in protests)
    against = pipeline.code_text(
        "Kenyan nurses protested against the new health law in Nairobi.", published=PUBLISHED
    )
    assert any(e.root == "14" and e.target is not None for e in against)


def test_country_comes_from_the_place(pipeline):
    events = pipeline.code_text("Stones were thrown at police in Soweto.", published=PUBLISHED)
    material = [e for e in events if e.root == "14"]
    assert material and material[0].source is not None
    assert material[0].source.country == "ZAF"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Two suspects were arrested for the robbery. The magistrate refused bail. "
            "Police shot one suspect during the robbery, the court heard.",
            "crime",
        ),
        (
            "The striker scored twice as the league leaders beat their rivals. The coach "
            "praised his squad after the match.",
            "sport",
        ),
        (
            "Protesters marched to the court where the suspects were charged with murder. "
            "Police said the robbery suspects would stay in custody.",
            None,
        ),
    ],
)
def test_story_kind(nlp, text, kind):
    assert ContentiousCoder.load().story_kind(nlp(text)) == kind


def test_sport_story_has_no_material_conflict(pipeline):
    text = (
        "United beat City 2-0 in the derby on Saturday. The striker scored both goals and the "
        "coach praised his squad after the match in the league."
    )
    events = pipeline.code_text(text, published=PUBLISHED)
    assert all(e.root not in ("17", "18", "19", "20") for e in events)


def test_book_loads():
    book = ContentiousBook.load()
    assert book.nouns["strike"] == ("143", "LAB")
    assert "tool" in book.objects["down"]
    assert set(book.story_kinds) == {"crime", "sport", "accident", "market"}


def test_market_story_kind(nlp):
    text = (
        "Shares rose on the JSE as investors bought bank stocks. The rand firmed against the "
        "dollar and bond prices rallied after inflation slowed."
    )
    assert ContentiousCoder.load().story_kind(nlp(text)) == "market"


def test_story_about_conflict_ranks_it_first(pipeline):
    """Two sentences report the riot; the minister's condemnation is a comment on it."""
    text = (
        "The minister strongly condemned the government of Lesotho on Monday. "
        "Residents barricaded roads with burning tyres in Maseru. "
        "Stones were thrown at police vehicles in the township."
    )
    events = pipeline.code_text(text, published=PUBLISHED)
    top = max(events, key=lambda e: e.confidence)
    assert top.root in ("14", "15", "17", "18", "19", "20"), [
        (e.root, e.confidence) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Youths set alight the community hall on Sunday night.", "14"),
        ("The crowd set fire to two delivery trucks.", "14"),
        ("The marchers chanted slogans outside the council offices.", "14"),
        ("Residents were shocked by the killing of the councillor.", "18"),
    ],
)
def test_arson_chants_and_killings(pipeline, text, root):
    assert any(r == root for r, _, _ in roots(pipeline, text)), roots(pipeline, text)


@pytest.mark.parametrize(
    "text",
    ["He set the table for dinner.", "The children sang songs at the school concert."],
)
def test_ordinary_uses_of_set_and_chant(pipeline, text):
    assert contentious(pipeline, text) == 0, roots(pipeline, text)


def test_one_protest_sentence_leads_a_story_of_statements(pipeline):
    """A protest reported once among statements is what the story reports (GLOCON, #16)."""
    text = (
        "The Kenyan government accused the teachers' union of misleading parents on Monday. "
        "Kenya's education minister criticised the union again on Tuesday. "
        "About fifty teachers held a protest outside the ministry in Nairobi on Wednesday."
    )
    events = pipeline.code_text(text, published=PUBLISHED)
    top = max(events, key=lambda e: e.confidence)
    assert top.root == "14", [(e.root, e.trigger, e.confidence) for e in events]
    assert contentious(pipeline, text) == 1


def test_other_conflict_in_one_sentence_does_not_lead(pipeline):
    """Only a protest leads from one sentence: one shooting among statements stays below
    them (other conflict leads when two sentences report it)."""
    text = (
        "The minister praised the new trade agreement with Kenya on Monday. "
        "She said exports would grow and welcomed the investors. "
        "Separately, police said a man was shot dead in Durban on Sunday."
    )
    events = pipeline.code_text(text, published=PUBLISHED)
    conflict = [e for e in events if e.root in ("18", "19", "20")]
    others = [e for e in events if e.root not in ("14", "15", "17", "18", "19", "20")]
    assert conflict and others, [(e.root, e.trigger) for e in events]
    assert max(e.confidence for e in others) > max(e.confidence for e in conflict)


@pytest.mark.parametrize(
    "text",
    [
        "The voters demonstrated their faith in the mayor at the polls.",
        "The minister said the figures demonstrated that the reform was working.",
        "The captain rallied his players at half-time.",
    ],
)
def test_protest_verbs_in_their_other_sense(pipeline, text):
    """ "demonstrate X", "demonstrate that ...", "rally someone": no protest."""
    assert all(r != "14" for r, _, _ in roots(pipeline, text)), roots(pipeline, text)


def test_demonstrating_without_an_object_is_still_a_protest(pipeline):
    assert any(
        r == "14" for r, _, _ in roots(pipeline, "Nurses demonstrated outside the hospital.")
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a late rally in a game is no contention
        (
            "The visitors scored late in the match but their rally fell short. The coach "
            "praised his squad and the league leaders kept the title in sight.",
            "sport",
        ),
        # an explosion among words of accidents, with no word of contention
        (
            "An explosion at a chemical plant near Durban killed four workers on Monday. "
            "Firefighters fought the blaze for hours after the explosion, and the company said "
            "an accident in a gas pipe was to blame.",
            "accident",
        ),
        # "protesting" (not only "protest") names contention in a court story
        (
            "Residents were protesting outside the court where the suspects were charged "
            "with murder. The magistrate refused bail and the trial was postponed.",
            None,
        ),
    ],
)
def test_story_kind_words(nlp, text, kind):
    assert ContentiousCoder.load().story_kind(nlp(text)) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's nurses union criticised the health ministry at a protest outside parliament "
        "in Nairobi on Friday.",
        "The Kenyan government accused the union on Friday, during a protest outside "
        "parliament in Nairobi, of misleading nurses.",
    ],
)
def test_protest_beside_a_statement_in_its_sentence(pipeline, every_event, text):
    """A statement made at a protest: the protest, the setting of a peaceful act, is an act of
    its own (events/embedded.py keeps it), so both are coded and the sentence is contentious;
    with embedded events kept, too."""
    assert sorted(r for r, _, _ in roots(pipeline, text)) == ["11", "14"]
    assert contentious(pipeline, text) == 1
    found = roots(every_event, text)
    assert any(r == "14" for r, _, _ in found), found
    assert any(r == "11" for r, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a rally of a currency in a sentence about markets
        "The Kenyan shilling's strong rally on the back of Nairobi shares continued on Monday.",
        "The South African rand's recent rally against the dollar slowed, dealers said.",
        # a word of conflict in scare quotes is the speaker's word
        'The Kenyan minister described the newspaper report as an "attack" by the opposition.',
    ],
)
def test_conflict_words_in_another_sense(pipeline, text):
    found = roots(pipeline, text)
    assert all(r not in ("14", "18", "19") for r, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("goal crash", "sport"),  # one word each: the kind named first in the text
        ("crash goal", "accident"),
        ("crash goal goal", "sport"),  # more words win
        ("crash goal goal rally", "sport"),  # "rally" is a market word too: no veto
        ("crash goal protest", None),  # a word of contention: no story kind
        ("nothing here", None),
    ],
)
def test_the_story_kind_with_most_words_wins_and_ties_go_to_the_first_named(text, kind):
    from dataclasses import replace

    import spacy

    from eventscope.events.stories import story_kind

    book = replace(
        ContentiousBook.load(),
        contention=frozenset({"protest", "rally"}),
        market_sensitive=frozenset({"rally"}),
        story_kinds={"accident": frozenset({"crash"}), "sport": frozenset({"goal"})},
        min_story_words={"accident": 1, "sport": 1},
    )
    assert story_kind(spacy.blank("en")(text), book) == kind
