"""Names as speaker labels, in contact lists, in call requests and in meeting notes.

A diarised transcript or a meeting bot's segments label each turn with the person who
said it ("<name>: ...", ``{"speaker": "<name>", "text": ...}``); a car's or a speaker's
assistant looks a contact up (``{"contacts": [{"name": ..., "number": ...}]}``) or is
asked to "call <name> on <number>"; a meeting's summary lists its attendees and the
owners of its action items. Each class in several languages and scripts, on a plain
install (the lexicon hidden), with invented names; and the look-alikes (generic speaker
labels, roles, a product's persona, teams, rooms, companies) that must stay clean.
"""

from __future__ import annotations

import pytest
from _builders import name_masks, pii_kinds

from pytest_patter_trace.core._pii.mask import mask_name

MODES = ("forbid", "allow")

# The scan as it runs where faker is not installed.
pytestmark = pytest.mark.usefixtures("lexicon_hidden")

#: Case: the key, the value, the names it holds.
SPEAKERS = {
    "text_lines": (
        "meeting.transcript",
        "Orla Bramwell: can we move the review?\nDevraj Kundu: Thursday works for me."
        "\nOrla Bramwell: great, Thursday then.",
        ("Orla Bramwell", "Devraj Kundu"),
    ),
    "timestamped": (
        "recording.transcript",
        "[00:01:02] Li Wei: the demo build is ready\n[00:01:09] Ana Sobral: great, ship it",
        ("Li Wei", "Ana Sobral"),
    ),
    "speaker_dash": (
        "call.recording.transcript",
        "SPEAKER Halvard Strøm - we go live on Friday\nSPEAKER Ines Quiroga - fine by me",
        ("Halvard Strøm", "Ines Quiroga"),
    ),
    "cyrillic_lines": (
        "meeting.transcript",
        "Ольга Брусникина: начнём с отчёта\nТимур Ахмедов: хорошо, давайте"
        "\nОльга Брусникина: итак, цифры за март",
        ("Ольга Брусникина", "Тимур Ахмедов"),
    ),
    "single_given_repeated": (
        "meeting.transcript",
        "Marisol: shall we start?\nKwabena: yes, go ahead\nMarisol: first the budget",
        ("Marisol",),
    ),
    "json_speaker": (
        "meeting.segments",
        '[{"speaker": "Tomasz Wrona", "text": "Let us begin."},'
        ' {"speaker": "Eun-ji Park", "text": "Sure."}]',
        ("Tomasz Wrona", "Eun-ji Park"),
    ),
    "json_speaker_name": (
        "meeting_bot.diarisation",
        '{"segments": [{"speaker_name": "Greta Lindqvist", "start": 0.0, "text": "Hej."}]}',
        ("Greta Lindqvist",),
    ),
    "json_label_beside_id": (
        "meeting_bot.diarization",
        '[{"speaker": "spk_0", "label": "Bruno Tavares", "text": "Vamos começar."},'
        ' {"speaker": "spk_1", "label": "Chidera Obi", "text": "Okay."}]',
        ("Bruno Tavares", "Chidera Obi"),
    ),
    "json_participant": (
        "conference.turns",
        '[{"participant": "Ngozi Eze", "transcript": "I will share my screen."}]',
        ("Ngozi Eze",),
    ),
    "json_devanagari": (
        "meeting.segments",
        '[{"speaker": "राहुल वर्मा", "text": "ठीक है"}, {"speaker": "कविता जोशी", "text": "हाँ"}]',
        ("राहुल वर्मा", "कविता जोशी"),
    ),
}

#: Case: the key, a contacts lookup, the names it holds.
CONTACTS = {
    "contacts_name_number": (
        "assistant.contacts.search",
        '{"contacts": [{"name": "Wiremu Tane", "number": "+64 21 555 0134"}]}',
        ("Wiremu Tane",),
    ),
    "capitalised_keys": (
        "car.phonebook.lookup",
        '{"Contacts": [{"Display": "Saoirse Byrne", "Phone": "+353 87 555 0192"}]}',
        ("Saoirse Byrne",),
    ),
    "georgian": (
        "car.phonebook.lookup",
        '{"results": [{"display_name": "ლევან ბერიძე", "number": "+995 555 12 34 56"}]}',
        ("ლევან ბერიძე",),
    ),
    "thai": (
        "speaker.contacts.lookup",
        '{"matches": [{"display": "สมชาย ใจดี", "number": "+66 81 555 0123"}]}',
        ("สมชาย ใจดี",),
    ),
}

#: Case: the key, a request to call or write to someone, the name and the number.
CALLS = {
    "en_call_on": ("car.assistant.utterance", "Call Ines Morrow on (415) 555-0123.", "Ines Morrow"),
    "en_text_at": (
        "speaker.request.transcript",
        "Text Baptiste Roux at 415 555 0178 that I'm running late.",
        "Baptiste Roux",
    ),
    "en_send_message": (
        "car.assistant.utterance",
        "Send Obinna Eze a message at 803 555 0147 saying I'm on my way.",
        "Obinna Eze",
    ),
    "es_llama": (
        "car.assistant.utterance",
        "Llama a Rocío Benítez al 612 345 678.",
        "Rocío Benítez",
    ),
    "de_ruf_an": (
        "car.assistant.utterance",
        "Ruf Henrike Albers unter 0151 23456789 an.",
        "Henrike Albers",
    ),
    "fr_appelle": (
        "speaker.request.transcript",
        "Appelle Gaëlle Morvan au 06 12 34 56 78.",
        "Gaëlle Morvan",
    ),
    "pt_ligar": (
        "car.assistant.utterance",
        "Ligar para Tainá Albuquerque no 11 98765-4321.",
        "Tainá Albuquerque",
    ),
}

#: Case: the key, a meeting's notes, the names they hold.
MEETINGS = {
    "attendees": (
        "meeting_bot.summary",
        "Attendees: Pernille Dahl, Kofi Mensah. Next review in two weeks.",
        ("Pernille Dahl", "Kofi Mensah"),
    ),
    "asistentes": (
        "meeting.notes",
        "Asistentes: Marta Olivares, Joaquín Prieto. Se aprobó el presupuesto.",
        ("Marta Olivares", "Joaquín Prieto"),
    ),
    "owner": (
        "meeting_bot.action_items",
        '["Owner: Jonas Berg - draft the rollout plan", "Check the kiosk firmware"]',
        ("Jonas Berg",),
    ),
    "action_given": (
        "meeting_bot.action_items",
        '["Action: Priya to send the latency report", "Fix the wake-word triggers"]',
        ("Priya",),
    ),
    "summary_presented": (
        "meeting_bot.summary",
        "Summary: Maelle Dufort presented the new checkout flow; review next week.",
        ("Maelle Dufort",),
    ),
    "resumo_apresentou": (
        "meeting_bot.summary",
        "Resumo: Anselmo Quintela apresentou o painel novo; próximos passos com a loja.",
        ("Anselmo Quintela",),
    ),
    "item_name_to_verb": (
        "meeting_bot.action_items",
        '["Lucia Ferraro to email the vendor the new menu", "Check kiosk firmware"]',
        ("Lucia Ferraro",),
    ),
}

#: Look-alikes: the key and a value that names nobody.
CLEAN = {
    "numbered_speakers": ("meeting.transcript", "Speaker 1: hello there\nSpeaker 2: hi, ready"),
    "diariser_ids": ("meeting.transcript", "SPEAKER_00: hello there\nSPEAKER_01: yes, go on"),
    "roles": (
        "call.transcript",
        "Agent: how can I help?\nCaller: my order is late\nAgent: let me check that",
    ),
    "user_assistant": ("chat.transcript", "User: hi\nAssistant: hello, what can I do?"),
    "host_guest": (
        "podcast.transcript",
        "Host: welcome back\nGuest 2: thanks for having me\nInterpreter: merci",
    ),
    "persona_facing_user": (
        "voice.transcript",
        "Aria: how can I help?\nUser: book a table\nAria: for how many people?",
    ),
    "persona_with_role": (
        "voice.transcript",
        "Nova Assistant: hello\nCaller: hi\nNova Assistant: how can I help?",
    ),
    "json_roles": (
        "meeting.segments",
        '[{"speaker": "Assistant", "text": "Hi."}, {"speaker": "User", "text": "Hello."}]',
    ),
    "json_ids": (
        "meeting.segments",
        '[{"speaker": "SPEAKER_01", "text": "Hi."}, {"speaker": "spk_0", "label": "Agent",'
        ' "text": "Hello."}]',
    ),
    "json_team_room": (
        "meeting.segments",
        '[{"speaker": "Support Team", "text": "Hi."},'
        ' {"label": "Conference Room", "text": "Hello."}]',
    ),
    "traceback": (
        "exception.stacktrace",
        "Traceback (most recent call last):\nTimeoutError: the lookup timed out\n"
        "During handling of the above exception:\nTimeoutError: the lookup timed out again",
    ),
    "status_lines": (
        "worker.log",
        "Deepgram websocket closed: code 1011\nDeepgram websocket closed: code 1006",
    ),
    "ui_buttons": (
        "ui.config",
        '[{"label": "Save Draft", "text": "Keep it for later"},'
        ' {"label": "Send Now", "text": "Deliver it now"}]',
    ),
    "stt_letters": (
        "stt.response.body",
        '{"utterances": [{"speaker": "A", "text": "Next item."}, {"speaker": "B", "text": "Ok."}]}',
    ),
    "contacts_desk": (
        "assistant.contacts.search",
        '{"contacts": [{"name": "Front Desk", "number": "+1 415 555 0100"},'
        ' {"name": "Customer Support", "number": "+1 415 555 0101"}]}',
    ),
    "call_support": ("car.assistant.utterance", "Call Support at 415 555 0199."),
    "call_front_desk": ("car.assistant.utterance", "Call the front desk on 415 555 0100."),
    "call_mom": ("car.assistant.utterance", "Call Mom on her mobile."),
    "attendees_teams": (
        "meeting_bot.summary",
        "Attendees: Sales Team, Support. Next review Monday.",
    ),
    "action_team": (
        "meeting_bot.action_items",
        '["Action: Team to update firmware", "Owner: Platform Team"]',
    ),
    "log_lines": ("app.log", "Connection Refused: retry later\nServer Started: listening now"),
    "headings": ("meeting.notes", "Agenda: roadmap\nNext Steps: ship it\nOpen Questions: none"),
    "settings": ("agent.prompt", "Rules: be brief\nTone: friendly\nLanguage: English\nTone: warm"),
    "call_service": (
        "help.text",
        "Dial the operator at 112 or call Poison Control at 800 222 1222.",
    ),
    "decisions": (
        "meeting_bot.summary",
        "Decisions: keep the current menu layout; add Swahili prompts to the tutoring app.",
    ),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(SPEAKERS))
def test_speaker_labels_are_names(case: str, content: str) -> None:
    key, value, people = SPEAKERS[case]
    masks = name_masks(key, value, content)
    for person in people:
        assert mask_name(person) in masks, (person, masks)


@pytest.mark.parametrize("case", sorted(SPEAKERS))
def test_a_diarised_transcript_is_content(case: str) -> None:
    key, value, _ = SPEAKERS[case]
    assert "free_text" in pii_kinds(key, value, "forbid")


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(CONTACTS))
def test_a_contact_beside_their_number_is_a_name(case: str, content: str) -> None:
    key, value, people = CONTACTS[case]
    masks = name_masks(key, value, content)
    for person in people:
        assert mask_name(person) in masks, (person, masks)
    kinds = pii_kinds(key, value, content)
    assert "phone" in kinds
    assert ("tool_payload" in kinds) is (content == "forbid")


@pytest.mark.parametrize("content", MODES)
def test_a_list_of_people_to_dial_is_no_tool_payload(content: str) -> None:
    # An app's own batch of leads: names and numbers, but no tool's answer.
    value = (
        '[{"name": "Ilse Vandamme", "phone_number": "+32 470 55 01 23"},'
        ' {"name": "Ruben Aerts", "phone_number": "+32 470 55 01 87"}]'
    )
    kinds = pii_kinds("dialer.lead_batch", value, content)
    assert "tool_payload" not in kinds
    assert {"name", "phone"} <= kinds


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(CALLS))
def test_the_person_to_call_is_a_name(case: str, content: str) -> None:
    key, value, person = CALLS[case]
    assert mask_name(person) in name_masks(key, value, content)
    assert "phone" in pii_kinds(key, value, content)


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(MEETINGS))
def test_meeting_notes_name_their_people(case: str, content: str) -> None:
    key, value, people = MEETINGS[case]
    masks = name_masks(key, value, content)
    for person in people:
        assert mask_name(person) in masks, (person, masks)


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(CLEAN))
def test_labels_roles_and_teams_name_nobody(case: str, content: str) -> None:
    key, value = CLEAN[case]
    assert name_masks(key, value, content) == []
