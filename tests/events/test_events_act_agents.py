"""A reaction to an act a noun names is aimed at whoever did the act (``events/act_agents.py``;
issue #15, branch events12): "X condemned the killing of journalists by Y" is X -> Y 111, not
X -> the journalists. Sentences we wrote."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventscope.events.act_agents import act_agent_targets
from eventscope.events.patterns import PatternBook, VerbRule
from eventscope.events.syntax import ActorIndex, subject
from eventscope.models import Actor, ActorMention

_CONDEMN = VerbRule(lemma="condemn", code="111", prep=None, objects=frozenset())


def _mention(code: str, start: int, end: int) -> ActorMention:
    actor = Actor(text="x", start=start, end=end, country=code[:3], sector=code[3:], code=code)
    return ActorMention(actor=actor, start=start, end=end, sent_index=0)


def _doc(vocab, words: list[str], heads: list[int], deps: list[str]) -> Doc:
    pos = [
        "VERB" if dep == "ROOT" else "ADP" if dep in ("prep", "agent") else "NOUN" for dep in deps
    ]
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)


# "France condemned (the) arrest of activists by police", with the "by" hung in three places,
# and without it; the activists (token 4) are Iranian, the police (token 6) the Iranian police.
_WORDS_OF_ARREST = ["France", "condemned", "arrest", "of", "activists", "by", "police"]
_VICTIMS, _POLICE = _mention("IRNOPP", 4, 5), _mention("IRNCOP", 6, 7)


@pytest.fixture(scope="module")
def book() -> PatternBook:
    return PatternBook.load()


@pytest.mark.parametrize(
    ("heads", "deps", "expected"),
    [
        # "by" under the act noun
        (
            [1, 1, 1, 2, 3, 2, 5],
            ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj"],
            "IRNCOP",
        ),
        # "by" under the act noun's "of" object
        (
            [1, 1, 1, 2, 3, 4, 5],
            ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj"],
            "IRNCOP",
        ),
        # "by" hung as an agent on the active reaction verb
        (
            [1, 1, 1, 2, 3, 1, 5],
            ["nsubj", "ROOT", "dobj", "prep", "pobj", "agent", "pobj"],
            "IRNCOP",
        ),
        # "by" as a means of the verb with no subject (a passive reading): not the act's agent
        ([1, 1, 1, 2, 3, 1, 5], ["dep", "ROOT", "dobj", "prep", "pobj", "agent", "pobj"], None),
    ],
)
def test_the_by_agent_of_the_act_noun(vocab, book, heads, deps, expected):
    doc = _doc(vocab, _WORDS_OF_ARREST, heads, deps)
    index = ActorIndex.build([_VICTIMS, _POLICE])
    found = act_agent_targets(doc[1], _CONDEMN, doc[2], index, book)
    assert [m.actor.code for group in found for m in group] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("rule", "object_index", "why"),
    [
        (VerbRule(lemma="visit", code="042", prep=None, objects=frozenset()), 2, "no reaction"),
        (VerbRule(lemma="lodge", code="111", prep=None, objects=frozenset({"arrest"})), 2, "row"),
        (_CONDEMN, 4, "the object is an actor itself"),
    ],
)
def test_no_act_agent(vocab, book, rule, object_index, why):
    doc = _doc(
        vocab,
        _WORDS_OF_ARREST,
        [1, 1, 1, 2, 3, 2, 5],
        ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj"],
    )
    index = ActorIndex.build([_VICTIMS, _POLICE])
    assert act_agent_targets(doc[1], rule, doc[object_index], index, book) == [], why


@pytest.mark.parametrize(
    ("deps", "expected"),
    [
        # "France condemned the shelling by police": the parser's "by" on an active verb
        (["nsubj", "ROOT", "dobj", "agent", "pobj"], "France"),
        # "France was condemned ... by police": the passive's agent acts
        (["nsubjpass", "ROOT", "dobj", "agent", "pobj"], "police"),
    ],
)
def test_an_active_subject_wins_over_a_stray_agent(vocab, deps, expected):
    doc = _doc(vocab, ["France", "condemned", "shelling", "by", "police"], [1, 1, 1, 1, 3], deps)
    found = subject(doc[1])
    assert found is not None and found.text == expected


def _dyads(pipeline, text):
    events = pipeline.code_text(text, published=date(2024, 5, 1))
    return {
        (e.source.code[:3] if e.source else None, e.root, e.target.code[:3] if e.target else None)
        for e in events
    }


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # an agent named by "by", after the victims
        (
            "The EU condemned the killing of two journalists by Israeli forces.",
            ("IGO", "11", "ISR"),
        ),
        (
            "Germany criticised the arrest of the opposition leader by the Tanzanian police.",
            ("DEU", "11", "TZA"),
        ),
        (
            "France condemned the detention of three activists by Iranian authorities.",
            ("FRA", "11", "IRN"),
        ),
        (
            "The United States denounced the expulsion of its diplomats by Russia.",
            ("USA", "11", "RUS"),
        ),
        ("Poland condemned the bombing of a hospital by Russian forces.", ("POL", "11", "RUS")),
        ("Brazil condemned the shelling of civilians by the Sudanese army.", ("BRA", "11", "SDN")),
        # praise (05), demands (10) and appeals of the same shape
        (
            "Washington praised the arrest of the cartel leader by Mexican authorities.",
            ("USA", "05", "MEX"),
        ),
        ("Spain praised the rescue of migrants by the Italian coast guard.", ("ESP", "05", "ITA")),
        (
            "The UN praised the release of political prisoners by the Myanmar government.",
            ("IGO", "05", "MMR"),
        ),
        ("Russia demanded the release of its citizens by Ukraine.", ("RUS", "10", "UKR")),
        # a possessive or adjective agent (read by the usual rules)
        ("Britain condemned Russia's annexation of Crimea.", ("GBR", "11", "RUS")),
        ("Egypt condemned the Israeli strikes on Gaza.", ("EGY", "11", "ISR")),
        ("Lebanon condemned Israel's killing of three soldiers.", ("LBN", "11", "ISR")),
        # no agent named: the victim stays the target
        ("Turkey condemned the arrest of the opposition leader.", ("TUR", "11", "TUR")),
        ("Kuwait condemned the killing of civilians in Gaza.", ("KWT", "11", "PSE")),
    ],
)
def test_a_reaction_targets_the_acts_agent(pipeline, text, dyad):
    assert dyad in _dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("France condemned the detention of three activists by Iranian authorities.", "FRA"),
        ("Japan welcomed the release of the hostages by Hamas.", "JPN"),
        ("Kenya condemned the abduction of aid workers by al-Shabaab militants.", "KEN"),
        ("Egypt denounced the killing of its citizens by Libyan militias.", "EGY"),
    ],
)
def test_the_victims_of_an_act_with_an_agent_are_no_target(pipeline, text, victims):
    found = _dyads(pipeline, text)
    assert found and not [d for d in found if d[1] in ("05", "11") and d[2] == victims], found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # an act that draws a reaction from someone: the reaction is aimed at the act's agent
        (
            "The arrest of the opposition leader by the Tanzanian police drew criticism"
            " from Germany.",
            ("DEU", "11", "TZA"),
        ),
        (
            "The killing of two journalists by Israeli forces sparked condemnation from the EU.",
            ("IGO", "11", "ISR"),
        ),
        # the expulsion of diplomats is CAMEO 161 as a noun too, and the news beside the reaction
        (
            "The expulsion of French diplomats by Niger drew criticism from Paris.",
            ("NER", "16", "FRA"),
        ),
        ("Russia's expulsion of two Estonian diplomats angered Tallinn.", ("RUS", "16", "EST")),
        ("Mali announced the expulsion of UN peacekeepers.", ("MLI", "16", "IGO")),
    ],
)
def test_reactions_drawn_and_expulsions(pipeline, text, dyad):
    assert dyad in _dyads(pipeline, text)


def test_a_protest_over_an_act_is_not_the_acts_agents(pipeline):
    # the "by" under the act inside the protest's phrase names who kidnapped, not who protested
    text = "On 6 May, a crowd gathered in Zakho in protest of the kidnapping of a civilian by PKK."
    events = pipeline.code_text(text, published=date(2024, 5, 8))
    protests = [e for e in events if e.root == "14" and e.source is not None]
    assert protests and not [e for e in protests if "PKK" in e.source.code]
