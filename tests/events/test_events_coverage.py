"""Broadened verb coverage (#15) and the classifier fill's root for states and armed groups."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_events_support import bare_mention, dyads, mentions_for

from eventscope.events import EventCoder, EventOptions
from eventscope.events.classifier import Prediction
from eventscope.events.learned import ClassifierOptions, _fill_root

RULES_ONLY = EventOptions(classifier=ClassifierOptions(enabled=False))


@pytest.fixture(scope="module")
def rules() -> EventCoder:
    return EventCoder.load(options=RULES_ONLY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Indian police apprehended two Pakistani fishermen near the coast.",
            ("IND", "PAK", "173"),
        ),
        ("Russia castigated Japan over its new defence budget.", ("RUS", "JPN", "111")),
        ("Turkish jets strafed Syrian positions near the border.", ("TUR", "SYR", "195")),
        ("Indian troops repelled Pakistani forces near the border.", ("IND", "PAK", "190")),
        ("Egypt ratified the treaty with Israel on Sunday.", ("EGY", "ISR", "057")),
        (
            "The Iranian president greeted the Chinese delegation at the airport.",
            ("IRN", "CHN", "043"),
        ),
    ],
)
def test_news_verbs_of_the_codebook_are_coded(nlp, rules, text, expected):
    doc = nlp(text)
    assert expected in dyads(rules.find(doc, mentions_for(doc)))


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit Kenya on Sunday.",  # "hit" is not an attack pattern (often figurative)
        "Iran did not apprehend the Iraqi pilgrims.",  # negated: no event
        "The plan could target Chinese exporters.",  # unreal: no event
    ],
)
def test_figurative_negated_or_unreal_uses_give_no_event(nlp, rules, text):
    doc = nlp(text)
    codes = {code for _, _, code in dyads(rules.find(doc, mentions_for(doc)))}
    assert not codes & {"190", "173"}


def _guess(root: str, ranked: tuple[str, ...]) -> Prediction:
    return Prediction(event=0.95, penta=4, penta_prob=0.8, root=root, root_prob=0.4, ranked=ranked)


@pytest.mark.parametrize(
    ("source", "root"),
    [
        (bare_mention("SYR", "MIL"), "19"),  # an army's material conflict is not a protest
        (bare_mention("SDN", "REB"), "19"),
        (bare_mention("IRN"), "19"),  # a country named alone acts through its state
        (bare_mention("KEN", "CVL"), "14"),  # civilians do protest
        (bare_mention("FRA", "LAB"), "14"),
    ],
)
def test_the_fill_does_not_make_states_or_armed_groups_protest(source, root):
    assert _fill_root(_guess("14", ("14", "19", "18")), source) == root


def test_the_fill_keeps_a_root_that_is_not_protest():
    assert _fill_root(_guess("18", ("18", "14")), bare_mention("SYR", "MIL")) == "18"


def test_the_classifier_ranks_the_roots_of_its_pentaclass(nlp):
    coder = EventCoder.load()
    assert coder.classifier is not None
    guess = coder.classifier.predict(nlp("Rebels attacked an army base and killed soldiers.")[:])
    assert guess.ranked[0] == guess.root
    assert len(set(guess.ranked)) == len(guess.ranked) >= 2


def test_the_model_runs_only_where_a_fill_could_code_something():
    from eventscope.events.learned import may_fill

    off = ClassifierOptions(fill_one_sided=1.01)
    assert not may_fill([bare_mention("KEN", "CVL")], off)  # one actor: no dyad to fill
    assert not may_fill([bare_mention("KEN", "GOV"), bare_mention("KEN", "GOV")], off)
    assert may_fill([bare_mention("KEN", "GOV"), bare_mention("KEN", "OPP")], off)
    assert may_fill([bare_mention("KEN"), bare_mention("UGA")], off)
    assert may_fill([bare_mention("KEN", "CVL")], ClassifierOptions(fill_one_sided=0.8))


@pytest.fixture(scope="module")
def pipeline(nlp):
    from eventscope.pipeline import Pipeline

    return Pipeline(nlp=nlp)


def _coded(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    found = set()
    for event in pipeline.code_text(text):
        data = event.to_dict()
        source, target = data.get("source") or {}, data.get("target") or {}
        found.add((source.get("country"), target.get("country"), str(data["cameo"])))
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CAMEO 081 "ease administrative sanctions": measures, controls, restrictions
        ("Greece eased emergency measures in Macedonia province.", ("GRC", "MKD", "081")),
        ("Turkey lifted travel restrictions on Iraqi pilgrims.", ("TUR", "IRQ", "081")),
        # verbs of CAMEO code names: 083 accede, 115 bring a lawsuit, 144 obstruct
        ("The Nepalese government acceded to the demands of Maoist rebels.", ("NPL", "NPL", "083")),
        (
            "The Greek government brought a lawsuit against the German firm Siemens.",
            ("GRC", "DEU", "115"),
        ),
        ("Armenian villagers obstructed the Turkish army convoy.", ("ARM", "TUR", "144")),
        # a titled person's country named after the name ("King X of Jordan")
        (
            "King Hussein of Jordan said he would be ready to meet Syrian officials.",
            ("JOR", "SYR", "036"),
        ),
    ],
)
def test_verbs_of_cameo_code_names(pipeline, text, expected):
    assert expected in _coded(pipeline, text)


def test_one_sided_fill_for_a_confident_class_but_not_material_conflict():
    from eventscope.events.learned import _one_sided

    options = ClassifierOptions()
    sure = Prediction(event=0.9, penta=1, penta_prob=0.9, root="03", root_prob=0.9)
    assert _one_sided(sure, options)
    assert not _one_sided(Prediction(0.9, 1, 0.4, "03", 0.9), options)  # class unsure
    assert not _one_sided(Prediction(0.9, 4, 0.9, "19", 0.9), options)  # material conflict
    assert not _one_sided(sure, ClassifierOptions(fill_one_sided=1.01))


def test_one_actor_with_a_confident_verbal_class_is_filled(nlp):
    from eventscope.pipeline import Pipeline

    text = "Nepal has agreed to hold fresh elections in the spring."
    filled = Pipeline(nlp=nlp).code_text(text)
    assert [(e.to_dict()["source"]["country"], e.to_dict()["target"]) for e in filled] == [
        ("NPL", None)
    ]
    assert filled[0].to_dict()["cameo"] == "030"
    # the sentence fill's threshold (the document's last resort is switched off here)
    off = EventOptions(classifier=ClassifierOptions(fill_one_sided=1.01, last_resort=False))
    assert Pipeline(nlp=nlp, events=EventCoder.load(options=off)).code_text(text) == []


def _at(country: str, start: int):
    mention = bare_mention(country)
    return replace(mention, start=start, end=start + 1)


def test_an_inferred_target_is_the_first_other_country_after_the_trigger():
    from eventscope.events.one_way import sentence_target

    # "Peru(0) granted(1) asylum to Panamanian(4) officers ... since the U.S.(9) invasion"
    source, panama, usa = _at("PER", 0), _at("PAN", 4), _at("USA", 9)
    mentions = [source, panama, usa]
    assert sentence_target(source, mentions, 2) is panama
    assert sentence_target(source, mentions) is None  # two others and no trigger: no guess
    assert sentence_target(source, [source, _at("PAN", 0)], 2) is not None  # the only other
    both_before = [_at("PAN", 1), _at("USA", 2), source]
    assert sentence_target(source, both_before, 5) is None  # two others, none after it
