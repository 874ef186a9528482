"""Text from another channel pasted into a call: threads, one-time codes, letterheads.

An e-mail thread's headers and quoted replies name their senders beside their
addresses; a chat export labels each message with its sender and a time stamp; an SMS
or a voicemail's text reads back a one-time code; a voice-biometrics record names the
enrolled speaker. Those are a person's. A business's own letterhead or footer (its name,
its office, its customer-service or toll-free line) is no one's, and a code's length,
expiry, an order number or an extension stays clean. Every value is invented.
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds

pytest.importorskip("phonenumbers")

MODES = ("forbid", "allow")

#: E-mail threads: headers and quoted replies with a display name before the address.
MAIL = [
    "From: Odile Marchetti <omar77@example.org>\nSubject: Re: refund\n\nAny news?",
    'To: "Kwabena Asante" <kasante@example.net>\nCc: billing@example.com\n\nHello',
    "Reply-To: Ingrid Solvang <isolvang@example.com>\n\nPlease reply here.",
    "Thanks!\n\nOn Tue, 4 Mar 2025 at 10:12, Teodor Vasilescu <tv88@example.org> wrote:\n> hi",
    "Merci.\n\nLe lun. 3 mars 2025 à 09:40, Aurélie Fontanel <afont@example.fr> a écrit :",
    "Danke\n\nAm 03.03.2025 um 09:40 schrieb Jörg Haberland <jhab@example.de>:\n> Hallo",
    "Gracias\n\nEl lun, 3 mar 2025 a las 9:40, Ximena Olivares (<xol@example.mx>) escribió:",
    "From: Laleh Kamali [mailto:lkamali@example.com]\nSent: Monday, 3 March 2025 09:40",
    "From: Σταύρος Καλογήρου <stavros.k@example.gr>\nSubject: Re: παραγγελία",
    "From: 王秀英 <wxy@example.cn>\nSubject: 回复: 账单",
    "From: Henrietta Oyelaran\nSent: Tuesday, March 4, 2025 10:12 AM\nTo: Claims",
    "Von: Matthias Greiner\nGesendet: Dienstag, 4. März 2025 10:12\nBetreff: Rückruf",
    "De : Océane Marchal\nEnvoyé : mardi 4 mars 2025 10:12\nObjet : Facture",
]
#: Mailboxes of no person: a role, a team, a business, a no-reply sender.
MAIL_NEGATIVES = [
    "From: Example Bank Support <support@example.com>\nSubject: Your statement",
    "From: No Reply <noreply@example.com>\nSubject: Receipt",
    'From: "Billing Team" <billing@example.com>\nTo: ops@example.com\n\nInvoice attached.',
    "On Tue, 4 Mar 2025 at 10:12, Customer Service <help@example.com> wrote:",
    "From: Accounts Payable\nSent: Tuesday, March 4, 2025 10:12 AM\nTo: Claims",
    "From: Lisbon\nTo: Madrid\nDeparture: 10:12",
]

#: Chat exports: one line with a time stamp and the sender's name, in several scripts.
CHATS = [
    "[14:02] Chidinma Okafor: Abeg call me on +234 803 555 0147.",
    "[14:02] Wiremu Tane: my number is +64 21 555 0188",
    "12/03/2025, 14:02 - Dagny Lindqvist: Ring mig på +46 70 555 01 23",
    "[12/03/2025, 14:02:51] Ilse Verbruggen: Mijn nummer is +32 470 55 01 23",
    "[2:02 PM] Rashida Khatun: can you call back?\n[2:03 PM] Agent: Sure.",
    "[14:02] สมศรี ใจดี: โทร +66 81 555 0142",
    "[14:02] پریسا نوروزی: شماره من +98 912 555 0147",
    "[14:02] கண்மணி செல்வம்: என் எண் +91 98765 01234",
    "[14:02] 张伟 明: 我的电话 +86 138 0013 8000",
]
#: Exports that put the sender's name and the time on a line of their own (Telegram,
#: Teams, Slack copies), and messages announced with their sender ("SMS from <name>").
SENDER_LINES = [
    "Bogdan Ilyin, [12.03.2025 14:02]\nПерезвоните мне, пожалуйста.",
    "[2:02 PM] Fenna de Wit\nCan you call me back?",
    "Yusuf Demirci  2:02 PM\ncall me on my mobile",
    "Text message from Mireille Dufour: rappelez-moi après 17h",
    "Voicemail from Kofi Mensah (+233 24 555 0147): please call back",
    "Nachricht von Henrike Albers: Bitte um Rückruf.",
]
#: The same forms from a role, a business or a number: no one's name.
SENDER_NEGATIVES = [
    "Support Team, [12.03.2025 14:02]\nYour ticket was updated.",
    "[2:02 PM] Virtual Assistant\nHow can I help?",
    "Text message from Example Bank: your statement is ready",
    "Voicemail from +44 20 7946 0000: no message left",
    "Message from System Administrator: maintenance tonight",
]
#: Role labels and log lines with a time stamp: no one's name.
CHAT_NEGATIVES = [
    "[14:02] Agent: How can I help?",
    "[14:02] Bot: Your ticket is 48213.",
    "[14:02] Customer: I need to change my plan.",
    "[14:02:11] Connection Pool: exhausted, retrying",
    "12/03/2025, 14:02 - Support: We have received your message.",
]

#: One-time codes read back or pasted, in several languages.
CODES = [
    ("The code you sent to my phone was 482913.", "482913"),
    ("SMS from +44 7700 900123: your verification code is 730415", "730415"),
    ("Your Example login code is 551834", "551834"),
    ("Votre code de vérification est 604218.", "604218"),
    ("tu código de verificación es 917364", "917364"),
    ("Ihr Bestätigungscode lautet 382910.", "382910"),
    ("Il tuo codice di verifica è 274619", "274619"),
    ("O seu código de segurança é 836152", "836152"),
    ("Twój kod weryfikacyjny to 401927", "401927"),
    ("Doğrulama kodunuz: 519273", "519273"),
    ("Ваш код подтверждения: 628401", "628401"),
    ("您的验证码是 739102，5分钟内有效。", "739102"),
    ("認証コードは 284017 です", "284017"),
    ("인증번호 [503826]를 입력해 주세요", "503826"),
    ("รหัส OTP ของคุณคือ 917253", "917253"),
    ("728391 is your verification code. It expires in 10 minutes.", "728391"),
    ("OTP: 610284", "610284"),
    ("My one-time passcode is 3392 0174", "3392 0174"),
    ("Tu clave dinámica es 482019", "482019"),
    ("Sua senha temporária é 550912", "550912"),
    ("Your security code: G-318204", "G-318204"),
    ("Mã OTP của bạn là 604731", "604731"),
    ("Kode verifikasi Anda adalah 771203", "771203"),
]
#: A code's length and expiry, order numbers, booking references, amounts, times and
#: extensions beside a code's words: clean.
CODE_NEGATIVES = [
    "We sent a 6-digit code valid for 10 minutes.",
    "Your verification code expires at 14:30.",
    "The order code is 100234 and the booking reference is QX7T2L.",
    "Your zip code is 90210.",
    "The discount code is 2025 off? No, it's SPRING.",
    "Please enter the code from the SMS, extension 4021 can help.",
    "Votre code postal est 75011.",
    "El código de error es 50321.",
    "The verification code was resent 3 times; the total due is 1499 dollars.",
    "Your area code is 0161? No, it's the country code 44.",
    "Ticket 4821: the login code screen times out after 1200 seconds.",
    "La clave del producto es la serie 2024.",
    "The booking code is 483920, and your login is the e-mail address.",
    "The booking code you sent me was 4821 or so.",
    "El código del seguro es 44819203.",
]

#: Voice-biometric enrolment records naming the enrolled speaker.
ENROLMENTS = [
    {"speaker": "Tomasz Wierzbicki", "enrolment": "complete", "phrase": "open sesame"},
    {"enrolled_user": "Amara Nwosu", "status": "enrolled"},
    {"voiceprint_owner": "Hyun-woo Baek", "samples": 3},
    {"enrolled_speaker": "Leilani Kahale", "voiceprint_id": "vp_9c1e"},
]
#: Labels of a diariser or a role, not an enrolled person.
ENROLMENT_NEGATIVES = [
    {"speaker": "SPEAKER_00", "enrolment": "complete"},
    {"speaker": "agent", "voiceprint": "pending"},
    {"speaker": "A", "enrolment": "failed"},
    {"enrolled_user": "caller", "status": "enrolled"},
]

#: A business's own lines: letterhead and footer blocks, OCR of a bill's heading.
LETTERHEADS = [
    ("org.letterhead", "Northwind Mutual plc · 4 Harbour Row · Tel. 0800 046 0123"),
    ("company.footer", "Brightwater Energy Ltd, 12 Mill Lane, Leeds | Hotline 0800 085 0012"),
    (
        "tool.result",
        json.dumps(
            {"ocr_text": "Lakeside Gas Co.\n45 Shore Drive\nCustomer service 1-800-555-0142"}
        ),
    ),
    (
        "tool.result",
        json.dumps(
            {"ocr_text": "Stadtwerke Beispiel\nKundenservice: 0800 123 4567\nFax 0800 123 4568"}
        ),
    ),
    ("tool.result", json.dumps({"ocr_text": "Banco Ejemplo\nAtención al cliente 900 123 456"})),
    ("tool.result", json.dumps({"ocr_text": "Helpline (premium) Tel. 0906 123 4567"})),
]
#: A person's own line stays a finding, a letterhead's label or not.
PERSONAL_LINES = [
    ("tool.result", json.dumps({"ocr_text": "Account holder: Mr J. Okoro\nTel. 07700 900 417"})),
    ("user.transcript", "Tel. 0161 496 0813, that is my home line"),
    ("lk.user_input", "numărul meu de telefon 0745 112 233"),
    ("tool.result", json.dumps({"ocr_text": "Dr Ama Mensah · Tel. 0161 496 0813"})),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", MAIL)
def test_a_mail_thread_names_its_senders(value: str, mode: str) -> None:
    assert "name" in _kinds("input.value", value, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", MAIL_NEGATIVES)
def test_a_role_mailbox_names_no_one(value: str, mode: str) -> None:
    assert "name" not in _kinds("input.value", value, mode)


@pytest.mark.parametrize("mode", MODES)
def test_a_sip_headers_number_as_display_name_is_no_name(mode: str) -> None:
    value = '"+33 6 12 34 56 78" <sip:+33612345678@sip.example.net>;tag=91ac'
    assert "name" not in _kinds("sip.from", value, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", CHATS)
def test_a_chat_line_names_its_sender(value: str, mode: str) -> None:
    assert "name" in _kinds("gen_ai.input.messages", value, mode)


@pytest.mark.parametrize("value", CHATS[:4])
def test_a_chat_line_as_a_spans_input_is_said_not_a_payload(value: str) -> None:
    kinds = _kinds("input.value", value, "forbid")
    assert "free_text" in kinds
    assert "tool_payload" not in kinds


@pytest.mark.parametrize("value", ['[{"id": 1}]', "[1, 2]", '["a", "b"]', "[true]"])
def test_a_json_array_as_a_spans_input_is_still_a_payload(value: str) -> None:
    assert "tool_payload" in _kinds("input.value", value, "forbid")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", SENDER_LINES)
def test_a_messages_sender_is_named(value: str, mode: str) -> None:
    assert "name" in _kinds("gen_ai.input.messages", value, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", SENDER_NEGATIVES)
def test_a_message_from_a_role_names_no_one(value: str, mode: str) -> None:
    assert "name" not in _kinds("gen_ai.input.messages", value, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", CHAT_NEGATIVES)
def test_a_role_label_in_a_chat_is_no_name(value: str, mode: str) -> None:
    assert "name" not in _kinds("gen_ai.input.messages", value, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("value", "code"), CODES)
def test_a_one_time_code_read_back_is_a_secret(value: str, code: str, mode: str) -> None:
    assert code in value
    assert "secret" in _kinds("getpatter.user_text", value, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", CODE_NEGATIVES)
def test_a_codes_length_expiry_and_references_are_clean(value: str, mode: str) -> None:
    assert "secret" not in _kinds("getpatter.user_text", value, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("record", ENROLMENTS)
def test_an_enrolled_speaker_is_named(record: dict[str, object], mode: str) -> None:
    assert "name" in _kinds("tool.result", json.dumps(record), mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("record", ENROLMENT_NEGATIVES)
def test_a_diarisers_label_is_no_enrolled_name(record: dict[str, object], mode: str) -> None:
    assert "name" not in _kinds("tool.result", json.dumps(record), mode)


#: Voice-biometrics keys holding the enrolled person, and the labels they may hold instead.
ENROLLED_KEYS = [
    ("voiceprint.owner", "Amara Nwosu"),
    ("biometrics.enrolled_speaker", "Hyun-woo Baek"),
    ("voiceId.enrolledUser", "Leilani Kahale"),
    ("speaker_verification.speaker", "Tomasz Wierzbicki"),
]
ENROLLED_KEY_NEGATIVES = [
    ("biometrics.speaker", "SPEAKER_00"),
    ("speaker_verification.speaker", "A"),
    ("biometrics.enrolled_user", "caller"),
    ("voice.enrolment.speaker", "Virtual Agent"),
    ("biometrics.verification.user", "Unknown User"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "value"), ENROLLED_KEYS)
def test_an_enrolled_speaker_under_its_key_is_named(key: str, value: str, mode: str) -> None:
    assert "name" in _kinds(key, value, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "value"), ENROLLED_KEY_NEGATIVES)
def test_a_label_under_a_biometric_key_is_no_name(key: str, value: str, mode: str) -> None:
    assert "name" not in _kinds(key, value, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "value"), LETTERHEADS)
def test_a_business_letterhead_is_its_own(key: str, value: str, mode: str) -> None:
    assert not _kinds(key, value, mode) & {"phone", "address", "name"}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "value"), PERSONAL_LINES)
def test_a_persons_own_line_stays_a_finding(key: str, value: str, mode: str) -> None:
    assert "phone" in _kinds(key, value, mode)
