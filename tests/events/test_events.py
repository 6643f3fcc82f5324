"""The event coder on the real parser: every CAMEO root, syntax, modality, compound actors.

Actor mentions come from the small stand-in in ``test_events_support`` (country names and
demonyms), so these tests do not depend on the actor stage.
"""

from __future__ import annotations

import pytest
from test_events_support import dyads, mentions_for

from eventscope.events import EventCoder, EventOptions
from eventscope.events.cameo import Codebook

COLLECTIVES = {"the sides": ("AZE", "CHN"), "the two countries": ("AZE", "CHN")}


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder.load(codebook=Codebook.load())


def code(nlp, coder, text, **options):
    doc = nlp(text)
    used = coder if not options else EventCoder(coder.book, EventOptions(**options))
    return used.find(doc, mentions_for(doc, collectives=COLLECTIVES))


def has(found, source, target, prefix):
    return any(s == source and t == target and c.startswith(prefix) for s, t, c in found)


# (sentence, source, target, expected code or root prefix): >= 2 sentences per root 01-20.
ROOTS = [
    ("Japan declined to comment on the report about India.", "JPN", "IND", "011"),
    ("Egypt denied responsibility for the explosion in Kenya.", "EGY", "KEN", "016"),
    ("France expressed condolences to Norway after the storm.", "FRA", "NOR", "018"),
    ("Ukraine appealed to Germany for more help.", "UKR", "DEU", "02"),
    ("Kenya called on Egypt to resume talks.", "KEN", "EGY", "026"),
    ("Brazil pledged to send aid to Mexico.", "BRA", "MEX", "033"),
    ("Japan offered to mediate between India and Pakistan.", "JPN", "IND", "039"),
    ("The foreign ministers of Russia and Iran met in Geneva.", "RUS", "IRN", "040"),
    ("Turkey held talks with Georgia on energy.", "TUR", "GEO", "040"),
    ("The Japanese prime minister paid a visit to India.", "JPN", "IND", "042"),
    ("Russia negotiated with Ukraine for three days.", "RUS", "UKR", "046"),
    ("France praised Germany for its leadership.", "FRA", "DEU", "051"),
    ("Azerbaijan and Georgia signed an agreement on transit.", "AZE", "GEO", "057"),
    ("Pakistan apologized to India for the incident.", "PAK", "IND", "055"),
    ("Norway cooperated with Brazil on forest protection.", "NOR", "BRA", "060"),
    ("Israel shared intelligence with Egypt.", "ISR", "EGY", "064"),
    ("China sent medical supplies to Kenya.", "CHN", "KEN", "070"),
    ("Germany granted asylum to Syrian refugees.", "DEU", "SYR", "075"),
    ("Iran released the French sailors.", "IRN", "FRA", "084"),
    ("Russia withdrew its troops from Georgia.", "RUS", "GEO", "087"),
    ("Mexico lifted sanctions on Brazil.", "MEX", "BRA", "085"),
    ("Kenya investigated the Egyptian company.", "KEN", "EGY", "090"),
    ("India launched an investigation into the Pakistani bank.", "IND", "PAK", "090"),
    ("Georgia demanded that Russia withdraw its forces.", "GEO", "RUS", "10"),
    ("Georgia demanded talks with Russia.", "GEO", "RUS", "106"),
    ("France condemned Iran for the arrests.", "FRA", "IRN", "111"),
    ("Japan accused China of violating its airspace.", "JPN", "CHN", "112"),
    ("Egypt criticized Israel over the strike.", "EGY", "ISR", "111"),
    ("Iran rejected the proposal by France.", "IRN", "FRA", "120"),
    ("Pakistan refused to meet India.", "PAK", "IND", "125"),
    ("Turkey threatened to attack Syria.", "TUR", "SYR", "138"),
    ("Russia threatened Ukraine with sanctions.", "RUS", "UKR", "130"),
    ("Armenian students protested against Azerbaijan.", "ARM", "AZE", "140"),
    ("Hundreds of Kenyans demonstrated against Egypt.", "KEN", "EGY", "141"),
    ("Russia mobilized troops near Ukraine.", "RUS", "UKR", "154"),
    ("India deployed troops to the border with China.", "IND", "CHN", "154"),
    ("Egypt imposed sanctions on Israel.", "EGY", "ISR", "163"),
    ("Georgia severed diplomatic relations with Russia.", "GEO", "RUS", "161"),
    ("Japan expelled Chinese diplomats.", "JPN", "CHN", "161"),  # CAMEO 161: diplomats
    ("Iran arrested two British journalists.", "IRN", "GBR", "173"),
    ("Turkey seized Greek fishing boats.", "TUR", "GRC", "171"),
    ("India deported Pakistani workers.", "IND", "PAK", "174"),
    ("Armenian gunmen kidnapped two Azerbaijani farmers.", "ARM", "AZE", "181"),
    ("A bomb attack by Syrian militants killed Turkish soldiers.", "SYR", "TUR", "18"),
    ("Russia attacked Ukraine.", "RUS", "UKR", "190"),
    ("Israeli artillery shelled Syrian positions.", "ISR", "SYR", "194"),
    ("Syrian troops gassed Turkish villagers.", "SYR", "TUR", "2041"),
    ("Armenian forces massacred Azerbaijani civilians.", "ARM", "AZE", "202"),
    ("Serbian units committed a massacre against Albanian villagers.", "SRB", "ALB", "202"),
]


@pytest.mark.parametrize(("text", "source", "target", "expected"), ROOTS)
def test_every_root_is_coded(nlp, coder, text, source, target, expected):
    found = dyads(code(nlp, coder, text))
    assert has(found, source, target, expected), found


def test_the_root_table_covers_all_twenty_roots():
    roots = [expected[:2] for *_, expected in ROOTS]
    assert all(roots.count(f"{r:02d}") >= 2 for r in range(1, 21))


SYNTAX = [
    # passives: the agent is the source, the passive subject (or "to X") the target
    ("Medical supplies were sent by Japan to Ukraine.", {("JPN", "UKR", "070")}),
    ("Azerbaijan was attacked by Armenia.", {("ARM", "AZE", "190")}),
    # inverse verb: the giver is in the "from" phrase
    ("Azerbaijan received aid from China.", {("CHN", "AZE", "070")}),
    # event nouns with their own arguments
    (
        "The meeting between Russia and Turkey lasted hours.",
        {("RUS", "TUR", "040"), ("TUR", "RUS", "040")},
    ),
    ("The visit of the Japanese minister to India was a success.", {("JPN", "IND", "042")}),
    # intent, threat and refusal frames replace the embedded event
    ("Mexico plans to visit Brazil.", {("MEX", "BRA", "036")}),
    ("Azerbaijan agreed to cooperate with Georgia.", {("AZE", "GEO", "031")}),
    ("China said it would send aid to Kenya.", {("CHN", "KEN", "033")}),
    ("Brazil refused to sign the treaty with Mexico.", {("BRA", "MEX", "120")}),
    ("Iran offered assistance to Syria.", {("IRN", "SYR", "033")}),
    # reported speech codes the reported event, not the statement
    ("France said that Germany had attacked Russia.", {("DEU", "RUS", "190")}),
    ("Ukraine said that Russia must return the ships.", {("UKR", "RUS", "1053")}),
    # accusation: the hostile noun's source attacked the speaker, who accuses it
    (
        "Armenia described the shelling as a provocation by Azerbaijan.",
        {("AZE", "ARM", "180"), ("ARM", "AZE", "112")},
    ),
    # compound sources with a target: each source
    ("Germany and France sent aid to Ukraine.", {("DEU", "UKR", "070"), ("FRA", "UKR", "070")}),
    # compound subject of a reciprocal verb with no target: the first with each other one
    (
        "Russia, Iran and Turkey signed a deal.",
        {
            ("RUS", "IRN", "057"),
            ("IRN", "RUS", "057"),
            ("RUS", "TUR", "057"),
            ("TUR", "RUS", "057"),
        },
    ),
    (
        "Azerbaijan and China signed an agreement on trade.",
        {("AZE", "CHN", "057"), ("CHN", "AZE", "057")},
    ),
    # a collective mention ("the sides" -> AZE and CHN) codes both directions
    ("The sides exchanged views on trade.", {("AZE", "CHN", "040"), ("CHN", "AZE", "040")}),
    ("Russia and Ukraine clashed near the border.", {("RUS", "UKR", "190"), ("UKR", "RUS", "190")}),
    # a conditional intent is a threat; "threatened to cut off" likewise
    (
        "Russia will cut gas supplies to Ukraine unless Ukraine pays its debts.",
        {("RUS", "UKR", "131")},
    ),
    ("Russia threatened to cut off gas to Ukraine.", {("RUS", "UKR", "131")}),
    # a conditional offer is an intent; what is demanded is not coded as a fact
    ("Iran said it would meet Turkey if Turkey released the prisoners.", {("IRN", "TUR", "036")}),
    (
        "Georgia demanded that Russia withdraw its forces.",
        {("GEO", "RUS", "1056")},
    ),  # 100 is residual, 105 the yield of no named kind
    # light verbs carry an event noun; compound nouns ("hunger strike") are looked up first
    ("Israel mounted an invasion of Syria.", {("ISR", "SYR", "190")}),
    ("Kenyan students staged protests against Egypt.", {("KEN", "EGY", "140")}),
    ("Iranian workers began a hunger strike in Iran.", {("IRN", "IRN", "142")}),
    # domestic events take the place's country as target
    ("Turkey lifted the curfew in Syria.", {("TUR", "SYR", "0813")}),
    # the purpose clause of a protest is the protest
    ("Kenyans rallied to protest against Egypt.", {("KEN", "EGY", "140")}),
    # a place is not a target, but the country named with it is
    (
        "Azerbaijan sent medical supplies to Xian and Mianyang cities of China.",
        {("AZE", "CHN", "070")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SYNTAX)
def test_syntax_gives_exactly_these_events(nlp, coder, text, expected):
    assert dyads(code(nlp, coder, text)) == expected


NO_EVENT = [
    "Russia did not attack Ukraine.",
    "Japan never met China.",
    "Ukraine was not attacked by Russia.",
    "If Iran attacks Israel, the United States will respond.",
    "Could Russia invade Georgia?",
    "Kenya might send troops to Egypt.",
    "Pakistan did not agree to meet India.",
    "Japan accused China of attacking its ships.",  # the attack itself is only alleged
    "The weather in Kenya was sunny.",
    "Egypt is a large country.",
    "Kenya rejected calls for talks with Egypt.",  # the talks did not take place
    "Egypt rejected an invitation to attend talks with Kenya.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(nlp, coder, text):
    found = dyads(code(nlp, coder, text))
    forbidden = {c[:2] for *_, c in found} - {"11", "12"}
    assert not forbidden, found


def test_accusation_codes_only_the_accusation(nlp, coder):
    found = dyads(code(nlp, coder, "Japan accused China of attacking its ships."))
    assert found == {("JPN", "CHN", "112")}


def test_events_are_unique_per_sentence_and_codes_exist(nlp, coder):
    events = code(
        nlp, coder, "China sent aid to Kenya. China sent aid to Kenya and sent aid to Kenya."
    )
    keys = [(e.sent_index, e.source.start, e.target.start, e.cameo) for e in events]
    assert len(keys) == len(set(keys)) == 2
    codebook = Codebook.load()
    assert all(e.cameo in codebook and 0 <= e.confidence <= 1 for e in events)


def test_confidence_ranks_full_clauses_above_nouns(nlp, coder):
    verb = code(nlp, coder, "Russia met Iran.")[0]
    noun = code(nlp, coder, "The meeting between Russia and Iran ended.")[0]
    inferred = code(nlp, coder, "Russia praised the plan in Iran.")[0]
    assert verb.confidence > noun.confidence
    assert verb.confidence > inferred.confidence
    assert (verb.trigger_start, verb.trigger_end, verb.pattern) == (1, 2, "verb:meet")


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, {("RUS", "IRN", "051")}),
        ({"infer_targets": False}, {("RUS", None, "051")}),
        ({"min_confidence": 0.95}, set()),
    ],
)
def test_options(nlp, coder, options, expected):
    # (not "..., Iran said.": who reports an event is no party to it, issue 15)
    found = dyads(code(nlp, coder, "Russia praised the plan in Iran.", **options))
    assert found == expected


def test_the_reporter_is_not_an_inferred_target(nlp, coder):
    assert dyads(code(nlp, coder, "Russia praised the plan, Iran said.")) == {("RUS", None, "051")}


def test_no_mentions_no_events(nlp, coder):
    assert coder.find(nlp("The talks ended."), []) == []
