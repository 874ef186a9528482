"""Secrets said in a conversation or pasted into a payload, and IP addresses told by their
owner or pasted in a log excerpt; their look-alikes stay clean.

Every password, PIN, code, word list, answer and address here is invented for these tests.
"""

from __future__ import annotations

import json

import pytest
from _builders import span

from pytest_patter_trace.checks.pii import find_pii
from pytest_patter_trace.core.model import SpanRecord


def _span(key: str, value: object) -> SpanRecord:
    return span("getpatter.call", 2, attributes={key: value})


def _kinds(key: str, value: object) -> set[str]:
    return {f.kind for f in find_pii([_span(key, value)], content="allow")}


def _chat(text: str) -> str:
    return json.dumps([{"role": "user", "content": text}], ensure_ascii=False)


_SEED_EN = "velvet oyster canyon mirror pulse tunnel harbor violin saddle crane ember lumber"
_SEED_ES = "ábaco cometa girasol ladrillo montaña nube órbita pájaro rueda sello taza volcán"
_SEED_FR = "abeille balcon cerise domino écorce fanfare gazon hibou ivoire jongler lanterne mouton"

SAID = {
    # A new password said after the verb that sets it, in several languages.
    "reset_en": ("text", "Please reset it to Tq7mWx42! so I can log back in."),
    "change_mine_en": ("transcript", "Can you change my password to ZebraQ_5519 before noon?"),
    "set_it_chat": ("gen_ai.input.messages", _chat("Set it to Gv8#pLm3vR and I'll try again.")),
    "new_password_en": ("input", "OK, the new password will be Lr5!vMq82t, thanks."),
    "reset_es": ("lk.user_input", "Cámbiala a Rto92kqL$ por favor, no puedo entrar."),
    "new_password_es": ("text", "La nueva contraseña es Pw84zYq!m, apúntala."),
    "reset_de": ("input", "Bitte setz es auf Mx4vQ9tz! zurück, ich muss mich anmelden."),
    "new_password_fr": ("transcript", "Le nouveau mot de passe sera Kp3wz8Nf? merci."),
    "change_fr": ("text", "Changez-le en Hb62qLx!a s'il vous plaît."),
    "change_pt": ("text", "Pode mudar a senha para Wq73Lpz9# agora?"),
    "change_it": ("text", "Cambiala in Fz81kQw?e per favore."),
    "change_nl": ("text", "Zet het op Np4xq7Ls! alsjeblieft."),
    # A number-porting PIN or transfer code.
    "port_pin_alnum": ("transcript", "Number porting PIN: 7QX2MK9D, keep it safe."),
    "port_out_pin": ("text", "The port-out PIN is 48213907."),
    "transfer_code_they_gave": ("text", "The transfer code they sent me is 884120."),
    "pac_code": ("input", "My PAC code is KLT418295, I want to switch today."),
    "nip_portabilidad": ("text", "Mi NIP de portabilidad es 4821."),
    "code_rio": ("text", "Mon code RIO est 02P7A4K9Z1BC, je change d'opérateur."),
    "portierung": ("text", "Mein Portierungscode lautet X7K9P2."),
    "codice_trasferimento": ("text", "Il codice di migrazione è LM58QA77."),
    "port_pin_chat": ("gen_ai.input.messages", _chat("Transfer PIN for my line: 30917742")),
    # Recovery (seed) words after their cue.
    "seed_en": ("text", f"My recovery words are {_SEED_EN}, can you check them?"),
    "seed_colon_chat": ("gen_ai.input.messages", _chat(f"Seed phrase: {_SEED_EN}")),
    "seed_es": ("transcript", f"Mi frase semilla es {_SEED_ES}."),
    "seed_fr": ("text", f"Ma phrase de récupération : {_SEED_FR}"),
    "seed_de": ("text", f"Meine Wiederherstellungswörter lauten {_SEED_EN}."),
    # 2FA backup or recovery codes, every one of the list.
    "backup_dashed": ("text", "Here are my backup codes: 4410-2289 7731-0054 9902-1187"),
    "recovery_alnum": ("transcript", "Recovery codes: 8d2k-x7pq, m4zt-9wbn, q2rs-5hjv"),
    "backup_es": ("text", "Mis códigos de respaldo son 55128834, 90021476 y 11873320"),
    "backup_de": ("text", "Meine Backup-Codes: 3391 2204, 7712 9903"),
    # The answer to a security question.
    "secret_answer": ("text", "Secret answer: Willowbrook."),
    "answer_to_question": ("input", "The answer to my security question is Pepper2011."),
    "memorable_word": ("gen_ai.input.messages", _chat("My memorable word is lantern.")),
    "maiden_name": ("transcript", "My mother's maiden name is Okonkwo."),
    "first_pet": ("text", "The name of my first pet was Biscuit, if you need it."),
    "respuesta_secreta": ("text", "Mi respuesta secreta es Canela."),
    "jeune_fille": ("text", "Le nom de jeune fille de ma mère est Lefèvre."),
    "sicherheitsantwort": ("text", "Meine Sicherheitsantwort lautet Bello."),
}


@pytest.mark.parametrize("case", sorted(SAID))
def test_a_secret_said_is_found(case: str) -> None:
    key, value = SAID[case]
    assert "secret" in _kinds(key, value)


KEYED = {
    "port_out_pin": {"msisdn": "+15550100", "port_out_pin": "60418822"},
    "transfer_code": {"line": "mobile", "transfer_code": "K8ZQ41"},
    "porting_pin": {"portingPin": "2210"},
    "pac": {"pac_code": "RPX551204"},
    "seed_phrase": {"wallet": "main", "seed_phrase": _SEED_EN},
    "mnemonic": {"mnemonic": _SEED_EN},
    "security_answer": {"security_answer": "Rosewood"},
    "backup_codes": {"backup_codes": "2281-4470 9913-0025"},
}


@pytest.mark.parametrize("case", sorted(KEYED))
def test_a_secret_under_its_payload_key_is_found(case: str) -> None:
    assert "secret" in _kinds("tool.arguments", json.dumps(KEYED[case]))


@pytest.mark.parametrize(
    "value",
    [
        "Here are my backup codes: 4410-2289 7731-0054 9902-1187",
        "These are my 2FA recovery codes: 0318-6620, 5527-1049, 7790-2216, 1184-5503",
    ],
)
def test_backup_codes_are_no_phone_numbers(value: str) -> None:
    assert _kinds("text", value) == {"secret"}


CLEAN = {
    "factory": ("text", "Reset it to factory settings please, it keeps freezing."),
    "length_rule": ("text", "Set it to 8 characters minimum, the app says."),
    "weekday": ("text", "Change it to Tuesday at 10am please."),
    "version": ("text", "Reset it to the default, version 2.4.1."),
    "werkseinstellungen": ("text", "Stell es auf Werkseinstellungen zurück."),
    "order_ref": ("text", "Change it to order AB-20931 instead."),
    "pin_rules": ("text", "The transfer PIN must be 4 to 8 digits."),
    "pin_length": ("text", "Your port-out PIN is 6 digits long."),
    "booking_code": ("text", "Booking code: XK7P2Q, arriving Friday."),
    "instructions": (
        "lk.instructions",
        "Help callers move their number; ask for the port-out PIN only in the secure form.",
    ),
    "bip_words_sentence": (
        "text",
        "Please order a blue jacket and a warm scarf for my cousin before the winter trip.",
    ),
    "seed_question": ("text", "What are recovery words and how many should I write down?"),
    "seed_where": ("text", "I wrote my recovery words on paper and kept them in a drawer."),
    "word_list_no_cue": (
        "text",
        "apple banana cherry grape lemon mango melon olive peach pear plum lime",
    ),
    "backup_rules": ("text", "Backup codes are 8 digits and each can be used once."),
    "backup_lost": ("text", "I lost my backup codes, can you reset 2FA?"),
    "maiden_question": ("text", "What is your mother's maiden name?"),
    "answer_rule": ("text", "The secret answer must be at least 4 characters."),
    "answer_forgot": ("text", "I forgot the answer to my security question."),
    "question_itself": ("text", "Security question: What was the name of your first pet?"),
}


@pytest.mark.parametrize("case", sorted(CLEAN))
def test_a_look_alike_holds_no_secret(case: str) -> None:
    key, value = CLEAN[case]
    assert "secret" not in _kinds(key, value)


IPS = {
    "vpn_public_v4": ("text", "The VPN says my public IP is 18.204.33.71, is that blocked?"),
    "vpn_public_v6": (
        "transcript",
        "Behind the VPN my IP address shows as 2600:1f18:abcd:1200:3c4e:9a1b:77d0:12ef.",
    ),
    "cloud_chat": ("gen_ai.input.messages", _chat("my home IP is 35.180.22.94 since Monday")),
    "es": ("text", "Mi IP pública es 34.95.12.201, ¿está bloqueada?"),
    "de": ("text", "Meine öffentliche IP-Adresse lautet 52.29.140.7."),
    "fr": ("text", "Mon adresse IP est 35.181.40.9 derrière le VPN, c'est bloqué ?"),
    "pt": ("text", "O meu IP é 54.94.10.77 no servidor VPN."),
    "log_excerpt": (
        "tool.arguments",
        json.dumps(
            {
                "file": "app.log",
                "excerpt": '81.40.12.7 - - [03/Mar/2026:08:15:02 +0000] "GET /acct HTTP/1.1" 200',
            }
        ),
    ),
    "log_lines": (
        "lk.function_tool.arguments",
        json.dumps(
            {
                "lines": [
                    '2a01:4b00:81f2:3300:1d2e:44a1:9c3b:7e10 - - [03/Mar/2026:08:15:02 +0000] "POST'
                    ' /login HTTP/1.1" 401 31'
                ]
            }
        ),
    ),
    "log_after_break": (
        "tool.result",
        json.dumps({"tail": 'up\n95.141.7.20 - - [03/Mar/2026:08:15:04 +0000] "GET / HTTP/1.1"'}),
    ),
}


@pytest.mark.parametrize("case", sorted(IPS))
def test_an_ip_told_or_pasted_is_found(case: str) -> None:
    key, value = IPS[case]
    assert "ip" in _kinds(key, value)


CLEAN_IPS = {
    "docs_range": ("text", "My public IP is 203.0.113.50 according to the VPN."),
    "private": ("text", "My router's local IP is 192.168.1.1."),
    "server": ("text", "The VPN server IP is 52.1.22.3, we connect to it."),
    "gateway": ("text", "Our gateway is 44.10.2.3."),
    "docs_log": (
        "tool.arguments",
        json.dumps({"excerpt": '198.51.100.4 - - [03/Mar/2026:08:15:02 +0000] "GET / HTTP/1.1"'}),
    ),
    "upstream": ("tool.arguments", json.dumps({"upstream": "10.0.0.5:8080", "note": "a.b.c.d"})),
}


@pytest.mark.parametrize("case", sorted(CLEAN_IPS))
def test_a_server_or_documentation_address_stays_clean(case: str) -> None:
    key, value = CLEAN_IPS[case]
    assert "ip" not in _kinds(key, value)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("config.example_key", "AKIAQ3TV7EXAMPLEK2MB"),
        ("docs.sample_token", "sk_test_Vb7Rk2PzQ9mX4wL8nT3yC6dF"),
        ("readme.placeholder_secret_key", "wZrT8/Qp3mXEXAMPLEKEYvN2/b7LsA9kRt0cPyHd"),
        ("support_bundle.cookie", "sid=<redacted>; csrftoken=[REDACTED]"),
        ("http.request.header.cookie", "session=***; theme=dark"),
    ],
)
def test_a_documentation_example_or_a_redacted_cookie_is_no_secret(key: str, value: str) -> None:
    assert "secret" not in _kinds(key, value)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("stripe.api_key", "sk_test_Vb7Rk2PzQ9mX4wL8nT3yC6dF"),
        ("aws.access_key", "AKIAQ3TV7PLMK2MBZX4R"),
        # A documented example under a credential's own key is exported all the same.
        ("aws.access_key_id", "AKIAQ3TV7EXAMPLEK2MB"),
        ("support_bundle.cookie", "sid=Qw8rT2mZ7pLk4Vn9Xb3c; csrftoken=<redacted>"),
    ],
)
def test_a_real_key_or_cookie_stays_a_secret(key: str, value: str) -> None:
    assert "secret" in _kinds(key, value)


_SEED_NUMBERED = " ".join(f"{i}. {w}" for i, w in enumerate(_SEED_EN.split(), 1))

MORE_SAID = {
    "pin_de_portabilidad": ("text", "Mi PIN de portabilidad es 4821."),
    "wechsel_pin": ("text", "Die Wechsel-PIN lautet 73920155."),
    "seed_numbered": ("text", f"Here are my 12 words: {_SEED_NUMBERED}"),
    "seed_lines": ("text", "My seed phrase\n" + "\n".join(_SEED_EN.split())),
    "seed_dash": ("transcript", f"secret recovery phrase - {_SEED_EN}"),
    "question_answer_en": ("text", "Security question answer: Marigold"),
    "question_es": ("text", "La respuesta a mi pregunta de seguridad es Tizona."),
    "question_fr": ("text", "La réponse à ma question secrète est Mistral."),
    "question_de": ("text", "Die Antwort auf meine Sicherheitsfrage ist Brummbär."),
    "maedchenname": ("text", "Der Mädchenname meiner Mutter ist Wagenknecht."),
    "primera_mascota": ("text", "Mi primera mascota se llamaba Chispa."),
    "erstes_haustier": ("text", "Mein erstes Haustier hieß Flocke."),
}


@pytest.mark.parametrize("case", sorted(MORE_SAID))
def test_a_secret_said_another_way_is_found(case: str) -> None:
    key, value = MORE_SAID[case]
    assert "secret" in _kinds(key, value)


@pytest.mark.parametrize(
    "value",
    [
        "my VPN IP is 18.204.33.71 and it is blocked",
        "Since this morning my IP shows 2a02:c7c:5e21:9b00:41e2:8a3f:17c0:6d55",
    ],
)
def test_an_own_vpn_address_is_found(value: str) -> None:
    assert "ip" in _kinds("text", value)


@pytest.mark.parametrize(
    "value",
    [
        "my website's IP is 18.204.33.71, can you whitelist it?",
        "My favourite colour is blue and my first car was a Fiat.",
        "Please give me my 12 words backup card, I lost it.",
        "My mother's maiden name is the one on file, right?",
    ],
)
def test_more_look_alikes_stay_clean(value: str) -> None:
    kinds = _kinds("text", value)
    assert "secret" not in kinds
    assert "ip" not in kinds


@pytest.mark.parametrize(
    "payload",
    [
        {"msisdn": "+15550100", "pin": "4821"},
        {"line": {"number": "+15550100", "nip": 57302}},
        {"accountPIN": "90210733"},
        {"sim": "8944", "pin_code": "1470"},
    ],
)
def test_a_pin_under_its_field_is_a_secret(payload: dict[str, object]) -> None:
    assert "secret" in _kinds("tool.arguments", json.dumps(payload))


@pytest.mark.parametrize(
    "payload",
    [
        {"pin_length": 6, "pin_required": True},
        {"map_pin": "48.8566,2.3522"},
        {"pin": "required"},
        {"pin": "12"},
    ],
)
def test_a_pin_field_without_a_pin_stays_clean(payload: dict[str, object]) -> None:
    assert "secret" not in _kinds("tool.arguments", json.dumps(payload))


@pytest.mark.parametrize(
    "value",
    [
        "Update it to Nq6vZp2x please.",
        "Switch it to Hx4!mQz7 then.",
        "Verander het in Tk9wq2Lm! a.u.b.",
        "Pon la nueva clave: Vb7kQ2xz",
        "Altera a senha para Jm3pX8wq!",
        "Mettre le mot de passe à Rz5tQ2pk?",
        "My security word is periwinkle.",
        "The answer to my first school question... my first school was Greenhill.",
        "Die Antwort auf meine Geheimfrage ist Kuckuck.",
        "2fa codes: 3391-2204 7712-9903",
        "Code de portabilité : 51P9X2K7Q4LM",
        f"Here are my wallet words: {_SEED_EN}",
    ],
)
def test_every_cue_passes_the_gate(value: str) -> None:
    assert "secret" in _kinds("text", value)
