"""An acronym with more than one owner is the owner whose full name the story spells out.

(``actors/acronyms.py``, ``data/actors/acronym_owners.tsv``; sentences we wrote.)
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.actors.acronyms import acronym_owners, with_spelled_owners
from eventscope.actors.lexicon import Entry, Hit


@pytest.mark.parametrize(
    ("text", "acronym", "code"),
    [
        # no full name: the acronym's news-dominant owner (armed_groups.csv, by date)
        ("The RSF shelled a market in El Fasher on Monday.", "RSF", "SDNREBRSF"),
        ("On Monday, RSF fighters attacked a camp near El Fasher.", "RSF", "SDNREBRSF"),
        ("The ADF killed 20 villagers near Beni on Tuesday.", "ADF", "CODREBADF"),
        ("The SDF arrested ten Islamic State suspects in Hasakah.", "SDF", "SYRREBSDF"),
        # the story spells out another owner: every use of the acronym is that owner
        (
            "Reporters Without Borders (RSF) condemned the arrest of a journalist in Moscow. "
            "RSF urged Russia to release him.",
            "RSF",
            "NGORSF",
        ),
        (
            "The Australian Defence Force (ADF) sent troops to Fiji after the cyclone. "
            "The ADF delivered aid to Suva.",
            "ADF",
            "AUSMIL",
        ),
        (
            "Japan's Self-Defense Forces (SDF) rescued 40 people after the earthquake. "
            "The SDF sent 2,000 troops to Ishikawa.",
            "SDF",
            "JPNMIL",
        ),
    ],
)
def test_acronym_is_the_owner_the_story_names(actors, nlp, text, acronym, code):
    mentions = actors.find(nlp(text), on=date(2024, 3, 5))
    codes = {m.actor.code for m in mentions if m.actor.text.startswith(acronym)}
    assert codes == {code}, [(m.actor.text, m.actor.code) for m in mentions]


def test_a_hit_of_another_word_is_left_alone(vocab):
    from spacy.tokens import Doc

    doc = Doc(vocab, words=["Reporters", "Without", "Borders", "and", "the", "UN", "spoke"])
    un = Hit(5, 6, Entry("org", code="IGOUNO", sector="IGO"))
    assert with_spelled_owners(doc, [un]) == [un]


def test_a_lower_case_word_is_no_acronym(vocab):
    from spacy.tokens import Doc

    doc = Doc(vocab, words=["Reporters", "Without", "Borders", "said", "rsf"])
    hit = Hit(4, 5, Entry("org", code="SDNREBRSF", country="SDN", sector="REB"))
    assert with_spelled_owners(doc, [hit]) == [hit]


def test_every_owner_row_is_read():
    owners = acronym_owners()
    assert {"RSF", "ADF", "SDF"} <= set(owners)
    assert all(entry.code and entry.sector for rows in owners.values() for _, entry in rows)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the French names of the two NGOs, with and without accents
        ("Médecins Sans Frontières accused the army of blocking aid.", "NGOMSF"),
        ("Reporters sans Frontières condemned the arrest of a journalist.", "NGORSF"),
        ("Reporters sans Frontieres condemned the arrest of a journalist.", "NGORSF"),
        # the Wagner Group by its fighters (a bare "Wagner" is also a surname: no actor)
        ("Wagner mercenaries killed dozens of civilians near Moura.", "RUSMILWAG"),
        ("Wagner fighters withdrew from Bakhmut.", "RUSMILWAG"),
    ],
)
def test_other_spellings_of_owners(actors, nlp, text, code):
    mentions = actors.find(nlp(text), on=date(2024, 3, 5))
    assert code in {m.actor.code for m in mentions}, [
        (m.actor.text, m.actor.code) for m in mentions
    ]
