"""Events missed or miscoded although both actors were found (issue 15, branch events13):
an act an authority orders or approves (``events/enacted.py``), a participle on a message noun
(``events/authored.py``), a demand made with a that-clause (``events/mandative.py``), a wish
that another party act (``events/wishes.py``), a vote to act and a verb coordinated with a
passive. Sentences we wrote."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventscope.events.authored import message_author
from eventscope.events.enacted import enacted_rule
from eventscope.events.patterns import PatternBook
from eventscope.events.syntax import inherited_subject


def coded(nlp, actors, events, text):
    doc = nlp(text)
    return {
        (e.source.actor.country, e.target.actor.country if e.target else None, e.cameo)
        for e in events.find(doc, actors.find(doc))
        if e.source
    }


@pytest.fixture(scope="module")
def book() -> PatternBook:
    return PatternBook.load()


# An order, decree or approval of an act named by its object is that act (CAMEO codes the one
# who makes it happen): not a demand (100) nor a plan.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niger ordered the expulsion of French diplomats.", ("NER", "FRA", "161")),
        ("Mali decided the expulsion of the French ambassador.", ("MLI", "FRA", "161")),
        ("The European Union approved new sanctions against Russia.", (None, "RUS", "163")),
        ("Putin ordered an attack on Ukraine.", ("RUS", "UKR", "190")),
        ("The Kenyan court ordered the arrest of the opposition leader.", ("KEN", "KEN", "173")),
    ],
)
def test_an_ordered_act_is_the_act(nlp, actors, events, text, expected):
    source, target, code = expected
    found = coded(nlp, actors, events, text)
    assert any(source in (None, s) and t == target and c == code for s, t, c in found), found
    assert not any(c.startswith(("10", "03", "13")) for _, _, c in found), found


# A row of the verb for that object, an order given to someone, and an approval of a request
# or proposal keep their own codes.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The World Bank approved a loan to Kenya.", "071"),
        ("Niger ordered French diplomats to leave the country.", "161"),
    ],
)
def test_own_rows_and_orders_to_someone_stay(nlp, actors, events, text, expected):
    assert expected in {c for _, _, c in coded(nlp, actors, events, text)}


def _parse(vocab, words, heads, deps, tags):
    pos = ["VERB" if t.startswith("VB") else "NOUN" for t in tags]
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


@pytest.mark.parametrize(
    ("lemma", "noun", "enacted"),
    [
        ("order", "attack", "190"),
        ("authorize", "attack", "190"),
        ("approve", "proposal", None),  # an acceptance, not the proposal (root 03)
        ("praise", "attack", None),  # no verb of enacting
    ],
)
def test_enacted_rule_by_verb_and_noun(nlp, book, lemma, noun, enacted):
    doc = _parse(
        nlp.vocab, ["X", lemma, noun], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["NNP", "VBD", "NN"]
    )
    doc[1].lemma_, doc[2].lemma_ = lemma, noun
    rule = enacted_rule(book, doc[1], doc[2])
    assert (rule.code if rule else None) == enacted


# A present participle on a statement, letter or resolution speaks for the message's author.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU issued a statement condemning the attack on Ukraine.", (None, "UKR", "111")),
        ("France issued a communique denouncing Russia.", ("FRA", "RUS", "111")),
        (
            "The UN Security Council adopted a resolution condemning North Korea.",
            (None, "PRK", "111"),
        ),
        ("Germany released a statement praising Japan.", ("DEU", "JPN", "051")),
    ],
)
def test_a_message_participle_is_its_authors_act(nlp, actors, events, text, expected):
    source, target, code = expected
    found = coded(nlp, actors, events, text)
    assert any(source in (None, s) and t == target and c == code for s, t, c in found), found
    assert not any(c == "084" for _, _, c in found), found  # a statement is released, no one


@pytest.mark.parametrize(
    ("words", "heads", "deps", "author"),
    [
        # "X issued (a) statement condemning Y"
        (
            ["X", "issued", "statement", "condemning", "Y"],
            [1, 1, 1, 2, 3],
            ["nsubj", "ROOT", "dobj", "acl", "dobj"],
            "X",
        ),
        # "X's statement condemning Y": the possessor
        (
            ["X", "statement", "condemning", "Y", "angered"],
            [1, 4, 1, 2, 4],
            ["poss", "nsubj", "acl", "dobj", "ROOT"],
            "X",
        ),
        # "a man carrying Y": no message, the man acts himself
        (
            ["X", "arrested", "man", "carrying", "Y"],
            [1, 1, 1, 2, 3],
            ["nsubj", "ROOT", "dobj", "acl", "dobj"],
            None,
        ),
    ],
)
def test_message_author_by_shape(nlp, book, words, heads, deps, author):
    tags = (
        ["NNP", "VBD", "NN", "VBG", "NNP"]
        if deps[1] == "ROOT"
        else ["NNP", "NN", "VBG", "NNP", "VBD"]
    )
    doc = _parse(nlp.vocab, words, heads, deps, tags)
    for token in doc:
        token.lemma_ = token.text.lower()
    verb = next(t for t in doc if t.dep_ == "acl")
    found = message_author(book, verb)
    assert (found.text if found is not None else None) == author


# "demanded that Y <act>": the act asked for makes the demand specific (CAMEO 100 is residual);
# a clause that states a fact asks for nothing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China demanded that Japan withdraw its troops from the islands.", ("CHN", "JPN", "1056")),
        ("Britain urged that Iran release the detained sailors.", ("GBR", "IRN", "0253")),
        ("The EU demanded that Russia was responsible for the attack.", (None, "RUS", "100")),
    ],
)
def test_demand_with_a_that_clause(nlp, actors, events, text, expected):
    source, target, code = expected
    found = coded(nlp, actors, events, text)
    assert any(source in (None, s) and t == target and c == code for s, t, c in found), found


# A verb coordinated with a passive, with an auxiliary of its own, shares the passive's
# subject, not its "by" agent; a bare conjunct may share the passive itself ("were arrested
# by Y and charged"), so it keeps the agent reading.
@pytest.mark.parametrize(
    ("words", "heads", "deps", "subject"),
    [
        (
            ["X", "was", "indicted", "by", "Y", "and", "will", "resign"],
            [2, 2, 2, 2, 3, 2, 7, 2],
            ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "cc", "aux", "conj"],
            "X",
        ),
        (
            ["X", "was", "arrested", "by", "Y", "and", "charged"],
            [2, 2, 2, 2, 3, 2, 2],
            ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "cc", "conj"],
            "Y",
        ),
        (
            ["X", "indicted", "Z", "and", "resigned"],
            [1, 1, 1, 1, 1],
            ["nsubj", "ROOT", "dobj", "cc", "conj"],
            "X",
        ),
    ],
)
def test_coordinated_verb_shares_the_passive_subject(nlp, words, heads, deps, subject):
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    found = inherited_subject(doc[len(words) - 1], frozenset())
    assert found is not None and found.text == subject


# "X wants Y to <act>" asks Y to act (CAMEO 02): coded by the act's root, else 020; a negated
# wish asks nothing, and "wants to meet Y" stays the wisher's own intent.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan wants China to release the detained businessmen.", {("JPN", "CHN", "0253")}),
        ("Turkey wants Sweden to extradite the suspects.", {("TUR", "SWE", "021")}),
        ("Israel wants Germany to pay more compensation to the victims.", {("ISR", "DEU", "020")}),
        ("Russia does not want Ukraine to join NATO.", set()),
        ("The Kremlin wants to meet Ukraine.", {("RUS", "UKR", "036")}),
    ],
)
def test_wanting_another_party_to_act_asks_it(nlp, actors, events, text, expected):
    assert coded(nlp, actors, events, text) == expected


# A verb of enacting in a purpose or plan ("power to decree sanctions") enacts nothing: the
# event noun codes itself, as without the verb.
def test_enacting_infinitive_leaves_the_noun(nlp, actors, events):
    text = "Canada's parliament voted to authorize new sanctions against Iran."
    found = coded(nlp, actors, events, text)
    assert ("CAN", "IRN", "163") in found, found


# A vote to act is the voting body's act ("fact" frame, like "began to shell"): not the
# classifier's guess nor a plan.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Polish parliament voted to expel the Russian ambassador.", ("POL", "RUS", "161")),
        ("Lithuanian lawmakers voted to impose sanctions on Belarus.", ("LTU", "BLR", "163")),
    ],
)
def test_a_vote_to_act_is_the_act(nlp, actors, events, text, expected):
    assert expected in coded(nlp, actors, events, text)
