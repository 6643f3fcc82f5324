"""A relative clause's violence takes no target from the main clause (issue 15).

The domain coder reads the target of a violent verb by word order, the nearest actor after
it; in "rebels who attacked the town were repelled by Congolese troops" that actor is the
main clause's agent, who did not suffer the attack. A relative clause ends where its subtree
ends, so its target is found inside it, else implied from what it names (the town's
civilians) as for any violent act with no named victim (``events/victims``). The embedded
clause is read with embedded events kept (``every_event``): since "driven back by X" is coded
(190, the lead's rows of the twenty-second session), the default pipeline leads with the
main clause's act. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 5, 20)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Rebels who attacked the town of Goma were driven back by Congolese troops.", "MIL"),
        ("Gunmen who raided the village near Jos were hunted down by Nigerian soldiers.", "MIL"),
    ],
)
def test_the_main_clause_agent_is_not_the_relative_clause_target(every_event, text, wrong):
    events = every_event.code_text(text, published=PUBLISHED)
    relative = [e for e in events if e.cameo.startswith("18")]
    assert relative, [(e.cameo, e.target) for e in events]
    assert all(e.target is None or e.target.sector != wrong for e in relative)


def test_the_main_clause_act_is_coded_by_default(pipeline):
    text = "Rebels who attacked the town of Goma were driven back by Congolese troops."
    events = pipeline.code_text(text, published=PUBLISHED)
    assert [(e.source.code, e.target.code, e.cameo) for e in events if e.target] == [
        ("CODMIL", "CODREB", "190")
    ]


def test_a_target_inside_the_relative_clause_stays(pipeline):
    text = "Rebels who attacked Congolese soldiers near Goma were later captured."
    events = pipeline.code_text(text, published=PUBLISHED)
    assert any(e.cameo.startswith("18") and e.target and e.target.sector == "MIL" for e in events)
