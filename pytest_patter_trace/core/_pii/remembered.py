"""Keys naming what an agent remembers and what is written about a call.

Both are conversation content beside the chat itself: a memory layer's entries are
facts and wishes a caller said, kept for later calls (mem0's ``memory``, Zep's facts,
LangGraph's store values, Letta's blocks, CrewAI's and AutoGen's memories); a note or
comment on a call's ticket or CRM record, a summary carried into the next call, a
judge's rationale and a follow-up text are what a person or a model wrote about the
caller. Under such a key any words are content, however short ("QA: see INC-5521.").

Kept narrow by the key's owner: a memory word before the last segment (``gpu.memory``
is a size), a call's, ticket's, CRM's or evaluation's word before a note word (a bare
``note`` or ``checkout.note`` may hold a build's progress or a card). Kept by hand: no
package lists the memory layers' or the help desks' field names.
"""

from __future__ import annotations

import re

from . import patterns as pat
from . import vocabulary as voc
from .conversation import has_words
from .key_memo import key_cache

__all__ = [
    "described",
    "extracted_key",
    "failed_delivery",
    "memory_key",
    "memory_strings",
    "memory_words",
    "transit_key",
    "written_key",
]

#: Key words owning a memory store: the word itself, and memory layers by name.
_MEMORY_OWNERS = voc.words(
    """memory memories mem0 zep letta memgpt langmem graphiti cognee supermemory memobase
    motorhead recalled remembered"""
)
#: Frameworks whose ``store`` is an agent's long-term memory (LangGraph's ``BaseStore``).
_STORE_FRAMEWORKS = voc.words("langgraph langchain langmem llamaindex crewai autogen agent agents")
#: Last key words holding a memory's text (not its id, hash, score or size).
_MEMORY_FIELDS = voc.words(
    """entries entry memory memories recall recalled recollection recollections value
    values content contents text data fact facts result results item items record records
    context summary summaries block blocks note notes observation observations insight
    insights snippet snippets hits matches"""
)
#: Last key segments (joined words) that name a memory whole, with no owner before them.
_MEMORY_SEGMENTS = voc.words(
    """memories longtermmemory shorttermmemory entitymemory usermemory usermemories
    agentmemory agentmemories corememory archivalmemory recallmemory memoryentries
    memoryblocks rememberedfacts recalledmemories memorycontext memoryfacts"""
)
#: Last key words (or the last segment's words joined) of a note, comment, summary or
#: verdict someone wrote.
_NOTE_WORDS = voc.words(
    """note notes comment comments remark remarks annotation annotations summary summaries
    recap wrapup memo rationale reasoning explanation justification critique feedback
    actionitems nextsteps takeaways keypoints briefing"""
)
#: Owners of a description that is a call's note: a CRM's or help desk's activity (not
#: ``task.description`` or a tool's: those describe a job).
_LOGGED_OWNERS = voc.words(
    """crm ticket tickets case cases call calls activity engagement interaction zendesk
    freshdesk jira hubspot salesforce intercom servicenow helpscout gorgias kustomer zoho
    pipedrive"""
)
#: Key words of a handoff to a person, and the last words holding what it tells them.
_HANDOFF_OWNERS = voc.words("handoff handover transfer escalation warmtransfer")
_HANDOFF_FIELDS = voc.words("context data brief briefing message whisper")
#: Key words of an evaluation's examples, and the last words holding an example's turns.
_EXAMPLE_OWNERS = voc.words("example examples dataset datasets testcase testcases")
_EXAMPLE_FIELDS = voc.words(
    "input inputs output outputs expected expectedoutput reference referenceoutput ideal"
)
#: Last segments (words joined) holding what a model extracted from a call.
_EXTRACTED_SEGMENTS = voc.words(
    """structureddata customanalysisdata extracteddata extractedentities extractedfields
    analysisdata"""
)
#: Owners of a bare ``analysis`` segment that analyses a call: voice stacks by name.
_ANALYSIS_OWNERS = voc.words("call calls postcall bland vapi retell synthflow ultravox")
#: Key words owning a note about a call: the call, its ticket or CRM record, its review,
#: and the help desks, CRMs and contact centres by name.
_CALL_OWNERS = voc.words(
    """call calls conversation conversations interaction interactions engagement
    engagements contact contacts customer customers caller callers postcall handoff
    transfer escalation meeting meetings ticket tickets issue issues case cases crm lead
    leads deal deals activity activities eval evals evaluation evaluations
    judge grader qa scorecard review reviews score scores zendesk freshdesk jira hubspot
    salesforce intercom servicenow helpscout gorgias kustomer zoho pipedrive genesys five9
    talkdesk aircall dialpad arize langfuse langsmith braintrust"""
)
#: Key words of a message sent to a person, and the last words holding its text.
_MESSAGE_OWNERS = voc.words("sms mms whatsapp email mail followup reminder")
_MESSAGE_FIELDS = voc.words("body text content message plain html")
#: Key words of a message broker, and of a failed delivery's record beside a body.
_BROKERS = voc.words(
    """messaging kafka sqs sns pubsub rabbitmq amqp nats kinesis eventbridge servicebus
    eventhub eventhubs mq jms activemq pulsar queue"""
)
_FAILED = voc.words("dead letter deadletter dlq retry retries error errors failure")
#: A broker's record of a message it could not deliver: what failed, not the payload.
_FAILED_DELIVERY = re.compile(r'(?i)dead[-_ ]?letter|\bdlq\b|^\s*\{\s*"(?:error|errors|fault)"\s*:')
#: Fields of a memory's JSON that describe the entry, not what it remembers.
_ENTRY_FIELDS = voc.words(
    """id uuid hash key namespace userid agentid runid sessionid createdat updatedat
    expiresat mimetype type kind score categories category metadata role"""
)


def memory_key(every: list[str], last: list[str]) -> bool:
    """Whether a key (its words; its last segment's words) holds an agent's memories."""
    if "".join(last) in _MEMORY_SEGMENTS:
        return True
    if last[-1] not in _MEMORY_FIELDS:
        return False
    before = every[: len(every) - len(last)]
    if not _MEMORY_OWNERS.isdisjoint(before):
        return True
    return "store" in before and not _STORE_FRAMEWORKS.isdisjoint(before)


def written_key(every: list[str], last: list[str]) -> bool:
    """Whether a key holds a note, summary or message written about or to a caller.

    Also a handoff's context for the person taking the call, and an evaluation
    example's turns.
    """
    before = every[: len(every) - len(last)] + last[:-1]
    word = last[-1]
    if word in _NOTE_WORDS or "".join(last) in _NOTE_WORDS:
        return not _CALL_OWNERS.isdisjoint(before)
    if word in _HANDOFF_FIELDS and not _HANDOFF_OWNERS.isdisjoint(before):
        return True
    if word in _EXAMPLE_FIELDS and not _EXAMPLE_OWNERS.isdisjoint(before):
        return True
    return described(every, last) or (
        word in _MESSAGE_FIELDS and not _MESSAGE_OWNERS.isdisjoint(before)
    )


def described(every: list[str], last: list[str]) -> bool:
    """Whether a key is a CRM's or help desk's description of a call (its note)."""
    return last == ["description"] and not _LOGGED_OWNERS.isdisjoint(every[:-1])


def extracted_key(every: list[str], last: list[str]) -> bool:
    """Whether a key holds what a model extracted from a call (a call analysis's data)."""
    if "".join(last) in _EXTRACTED_SEGMENTS:
        return True
    return last == ["analysis"] and not _ANALYSIS_OWNERS.isdisjoint(every[:-1])


def memory_strings(text: str) -> list[tuple[int, int]]:
    """Spans of a memory's JSON strings that hold words, not the entries' ids and times."""
    found: list[tuple[int, int]] = []
    field = ""
    for m in pat.JSON_STRING.finditer(text):
        if m.group(2) is not None:  # an object key
            field = "".join(voc.key_tokens(m.group(1)))
            continue
        if field not in _ENTRY_FIELDS and has_words(m.group(1)):
            found.append(m.span(1))
    return found


def transit_key(every: list[str], last: list[str]) -> bool:
    """Whether a key holds a message's body in a broker (``messaging.message.body``)."""
    if last[-1] not in ("body", "payload") or not _FAILED.isdisjoint(every):
        return False
    before = every[: len(every) - len(last)]
    return "message" in before and not _BROKERS.isdisjoint(before)


def failed_delivery(text: str) -> bool:
    """Whether a message body is a broker's record of a failed delivery (a dead letter)."""
    return _FAILED_DELIVERY.search(text[:200]) is not None


#: Words of a key holding what an agent remembers of a caller (``agent.memory.recall``,
#: ``mem0.memories``): a disclosure kept there is the caller's, as in a note.
_MEMORY_TOKENS = voc.words("memory memories recall recalled remembered mem0")


@key_cache(256)
def memory_words(key: str) -> bool:
    """Whether a key's words name an agent's memory, whatever else it holds."""
    return not _MEMORY_TOKENS.isdisjoint(voc.key_tokens(key))
