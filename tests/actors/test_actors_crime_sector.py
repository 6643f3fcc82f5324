"""Unnamed armed men are criminals (CRM) in a story about crime, unless the story denies the crime
(issue 15, actors/sectors.py): "no reports on ... crime motivation", "no sign of gang
involvement", "not related to drug trafficking", "ruled out a drug motive" keep them UAF.
Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.rules import ContextRules
from eventscope.actors.sectors import criminal_context
from eventscope.pipeline import Pipeline

CUES = ContextRules.load().crime_cues


@pytest.mark.parametrize(
    ("text", "criminal"),
    [
        ("A man was shot dead in a drive-by shooting.", True),
        ("Police said the attack was linked to a gang war.", True),
        ("Police said the motive was organized crime.", True),
        # a "no" on something else than what is known of the cue: the cue stands
        ("There was no arrest in the cartel killing.", True),
        ("The town ruled by the cartel saw two killings.", True),
        # denied: a "no"/"nor"/"not" on the cue's phrase or its verb, a verb of denial
        ("There are no reports on the perpetrators nor the crime motivation.", False),
        ("There are no reports on the identity of the killers or the crime motivation.", False),
        ("Police said there was no sign of gang involvement.", False),
        ("The killing was not related to drug trafficking, police said.", False),
        ("Police ruled out a drug motive.", False),
        ("Police denied any cartel link.", False),
        # no cue at all
        ("Two men were shot dead near the market.", False),
    ],
)
def test_a_crime_cue_counts_unless_the_text_denies_it(nlp, text, criminal):
    assert criminal_context(nlp(text), CUES) is criminal


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp=nlp)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        (
            "On 3 May 2020, in Recife, Pernambuco, a trader was shot dead by three armed men. "
            "Police said the killing was linked to drug trafficking.",
            "CRM",
        ),
        (
            "On 3 May 2020, in Recife, Pernambuco, a trader was shot dead by three armed men. "
            "There are no reports on the identity of the attackers nor the crime motivation.",
            "UAF",
        ),
    ],
)
def test_armed_men_are_criminals_only_where_the_crime_is_said(pipeline, text, sector):
    events = pipeline.code_text(text, published=date(2020, 5, 5))
    sources = {e.source.sector for e in events if e.source is not None}
    assert sector in sources, [(e.source, e.cameo, e.target) for e in events]
