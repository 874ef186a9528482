"""What an agent remembers, and what is written about a call, is conversation content.

A memory layer's entries (mem0's ``memory`` field, Zep's facts, LangGraph's store items,
Letta's blocks, a framework's recalled memories), a note or comment on the ticket or the
CRM record of a call, a summary carried into the next call, a judge's rationale and a
follow-up text message are what a caller said or what someone wrote about them: under
``content="forbid"`` each is content whatever its length or language. Beside them, the
numbers and identifiers of the same owners (a memory's hash or score, a process's memory
use, a ticket's status, a judge's score) and a note key of no such owner stay clean.
Every value is invented.
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds

pytest.importorskip("phonenumbers")


def _entries(*facts: str) -> str:
    """A memory layer's search result: a JSON list of ``{"memory": ...}`` entries."""
    return json.dumps(
        [
            {"id": f"mem_{i:04x}e1", "memory": fact, "score": round(0.9 - i / 10, 2)}
            for i, fact in enumerate(facts)
        ],
        ensure_ascii=False,
    )


#: Memories in several languages and frameworks' spellings, with no identifier in them.
REMEMBERED = [
    ("memory.entries", _entries("Prefiere que la llamen por la tarde.")),
    ("memory.entries", _entries("Liebt kurze Antworten", "Hat zwei Hunde")),
    ("mem0.memory", "Wil graag een bevestiging per e-mail."),
    ("mem0.search.results", json.dumps({"results": [{"memory": "Ama il caffè amaro"}]})),
    ("agent.memory.recall", "Kullanıcı akşamları aranmak istiyor."),
    ("agent.memories", "Föredrar svar på svenska."),
    ("zep.memory.facts", json.dumps([{"fact": "Jogs before work", "uuid": "f-31c"}])),
    ("langgraph.store.value", json.dumps({"preferred_channel": "text messages"})),
    ("letta.memory.block.value", "Asiakas haluaa lyhyitä vastauksia."),
    ("crewai.long_term_memory.value", "Mag geen wachtmuziek."),
    ("user.long_term_memory", "Wolałaby rozmawiać po polsku."),
    ("autogen.memory.query.results", '[{"content": "Bruker kun appen", "mime_type": "text"}]'),
    ("agent.memory.recall", "ব্যবহারকারী সকালে কথা বলতে চান।"),
    ("mem0.memory", "Mtumiaji anapenda majibu mafupi."),
]


@pytest.mark.parametrize(("key", "value"), REMEMBERED)
def test_a_memory_entry_is_content(key: str, value: str) -> None:
    assert "free_text" in _kinds(key, value, "forbid")
    assert not {"free_text", "tool_payload"} & _kinds(key, value, "allow")


def test_a_memory_entry_holding_a_number_is_content_and_the_number() -> None:
    value = _entries("Terugbelnummer 06 98765432")
    assert {"free_text", "phone"} <= _kinds("memory.entries", value, "forbid")
    assert "free_text" not in _kinds("memory.entries", value, "allow")


#: Notes, comments and summaries written about a call, short or in any language.
WRITTEN = [
    ("zendesk.ticket.comment", "Agent: escalated to billing."),
    ("freshdesk.ticket.note", "Cliente ligou duas vezes."),
    ("jira.issue.comment", "QA: see INC-5521."),
    ("hubspot.contact.notes", "Wants the Tuesday slot."),
    ("crm.note", "Lieferadresse geändert."),
    ("call.summary", "Klant belde over factuur."),
    ("conversation.summary", "Asked twice about the refund."),
    ("intercom.conversation.note", "Called from a new number."),
    ("eval.judge.rationale", "Polite, but missed the callback."),
    ("eval.judge.reasoning", "Resolved on first contact."),
    ("arize.eval.explanation", "Correct, concise."),
    ("langfuse.score.comment", "Good recovery."),
    ("qa.scorecard.comment", "Empathy lacking."),
    ("sms.body", "Vi ringer dig i morgon."),
    ("twilio.sms.body", "Hẹn gặp lại anh."),
    ("email.followup.body", "Merci pour votre appel."),
    ("salesforce.Task.Description", "Rang about the invoice; will pay Friday."),
    ("hubspot.call.description", "Belde over de levering."),
    ("handoff.context", "Warm transfer: wants to dispute a fee."),
    ("twilio.conversationrelay.handoffData", "Übergabe: Kunde möchte kündigen."),
    ("escalation.briefing", "Caller upset about a double charge."),
    ("meeting_bot.action_items", '["Send the revised quote", "Call back on Monday"]'),
    ("zoom.meeting.next_steps", "Confirm the delivery window."),
    ("langsmith.example.inputs", '{"question": "do you deliver on sundays"}'),
    ("braintrust.dataset.expected", "Lo siento, no abrimos los domingos."),
]


#: What a model extracted from a call, under a call analysis's key: a payload.
EXTRACTED = [
    ("vapi.analysis.structuredData", '{"intent": "cancel", "sentiment": "negative"}'),
    ("retell.call_analysis.custom_analysis_data", '{"reason": "billing", "resolved": false}'),
    ("bland.analysis", '{"wants_callback": true, "topic": "warranty"}'),
    ("call.extracted_entities", '{"product": "router", "issue": "no signal"}'),
]


@pytest.mark.parametrize(("key", "value"), EXTRACTED)
def test_what_a_model_extracted_from_a_call_is_a_payload(key: str, value: str) -> None:
    assert "tool_payload" in _kinds(key, value, "forbid")
    assert not {"free_text", "tool_payload"} & _kinds(key, value, "allow")


@pytest.mark.parametrize(("key", "value"), WRITTEN)
def test_what_is_written_about_a_call_is_content(key: str, value: str) -> None:
    assert "free_text" in _kinds(key, value, "forbid")
    assert not {"free_text", "tool_payload"} & _kinds(key, value, "allow")


#: The same owners' numbers and identifiers, and note keys owned by nothing of a call.
CLEAN = [
    ("memory.entries", "[]"),
    ("memory.entries", json.dumps([{"id": "mem_1a2b3c", "hash": "5d41402abc", "score": 0.7}])),
    ("memory.content_hash", "5d41402abc4b2a76b9719d911017c592"),
    ("memory.score", "0.82"),
    ("memory.id", "mem_77e2f0"),
    ("gpu.memory", "24 GB"),
    ("system.memory.limit", "2 GiB"),
    ("jvm.memory.used", "512 MB"),
    ("memory.pressure", "low"),
    ("navigator.deviceMemory", "8"),
    ("zendesk.ticket.status", "pending"),
    ("zendesk.ticket.id", "SUP-40211"),
    ("eval.judge.score", "4/5"),
    ("eval.judge.model", "gpt-4o-mini"),
    ("gen_ai.usage.reasoning_tokens", "1024"),
    ("llm.reasoning.effort", "high"),
    ("note", "Block 3 of 9 uploaded"),
    ("build.note", "2 files of 40 changed"),
    ("sms.status", "delivered"),
    ("sms.template", "Your code is {{code}}"),
    ("call.summary.length", "1532"),
    ("task.description", "Block 4 of 10 uploaded"),
    ("gen_ai.tool.description", "Looks up an order by its number."),
    ("handoff.target", "sip:queue-billing@pbx.example.com"),
    ("vapi.analysis.successEvaluation", "true"),
    ("vapi.analysis.structuredData", "{}"),
    ("langsmith.example.id", "3f2a9c1e-77d0-4b8e-9a51-2c6e0d4f8b13"),
    ("meeting_bot.action_items", "[]"),
    ("celery.task.summary", "3 of 4 steps done, retrying"),
    ("eval.recall.value", "high"),
]


@pytest.mark.parametrize(("key", "value"), CLEAN)
def test_numbers_and_ids_beside_them_stay_clean(key: str, value: str) -> None:
    assert _kinds(key, value, "forbid") == set()


def test_an_identifier_alone_in_a_call_note_is_no_content() -> None:
    # The number is the finding; a note of figures only holds no one's words.
    found = _kinds("crm.note", "4929 8814 2205 7319", "forbid")
    assert "free_text" not in found


#: A message's body in transit through a broker: the payload it carries.
IN_TRANSIT = [
    ("messaging.message.body", '{"event": "signup.completed", "plan": "family"}'),
    ("rabbitmq.message.body", '{"order": "B-2231", "status": "packed"}'),
    ("sqs.message.body", "callback requested for tomorrow morning"),
    ("nats.message.payload", '{"caller": {"city": "Tromsø"}}'),
]


@pytest.mark.parametrize(("key", "value"), IN_TRANSIT)
def test_a_message_body_in_transit_is_a_payload(key: str, value: str) -> None:
    assert "tool_payload" in _kinds(key, value, "forbid")
    assert not {"free_text", "tool_payload"} & _kinds(key, value, "allow")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("messaging.message.body", '{"dead_letter_reason": "ttl_expired", "attempts": 3}'),
        ("messaging.message.body", "dead-letter after 3 retries: timeout"),
        ("messaging.message.body", ""),
        ("messaging.message.body.size", "2048"),
        ("messaging.message.id", "9b2f61c0-1d2e-4f3a-8b7c-6d5e4f3a2b1c"),
    ],
)
def test_a_failed_delivery_record_and_a_body_size_are_no_payload(key: str, value: str) -> None:
    assert _kinds(key, value, "forbid") == set()
