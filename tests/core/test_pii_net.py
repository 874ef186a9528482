"""Phones, IP addresses, secrets and e-mails: the classes held-out data missed or misread.

Each case is one value in one span, where traces carry it; ``find_pii`` is the real
detector. Every value is invented here (fiction or unassigned numbers, RFC 2606 hosts,
random keys); the edge addresses come from the providers' published ranges.
"""

from __future__ import annotations

import pytest
from _builders import span

from pytest_patter_trace.checks.pii import find_pii
from pytest_patter_trace.core._pii.redact import redact
from pytest_patter_trace.core.model import EventRecord, SpanRecord


def _span(key: str, value: object, *, kind: str = "INTERNAL", event: bool = False) -> SpanRecord:
    if event:
        return span(
            "getpatter.call", 2, kind=kind, events=(EventRecord("exception", 0, {key: value}),)
        )
    return span("getpatter.call", 2, kind=kind, attributes={key: value})


def _kinds(
    key: str, value: object, *, kind: str = "INTERNAL", event: bool = False, content: str = "allow"
) -> set[str]:
    found = find_pii([_span(key, value, kind=kind, event=event)], content=content)
    return {f.kind for f in found} - {"free_text", "tool_payload"}


# -- IP addresses ---------------------------------------------------------------------

#: Published edge addresses of CDNs and clouds: the far end of a connection, a server.
EDGE_PEERS = {
    "cloudflare_v4": ("network.peer.address", "172.67.140.3"),
    "cloudflare_v6": ("network.peer.address", "2606:4700:3031::ac43:8c03"),
    "fastly": ("net.peer.ip", "151.101.66.217"),
    "fastly_v6": ("net.sock.peer.addr", "2a04:4e42:400::485"),
    "google_front_end": ("net.peer.ip", "172.217.20.46"),
    "google_v6": ("network.peer.address", "2a00:1450:4001:82b::200e"),
    "cloudfront": ("net.sock.peer.addr", "13.224.61.118"),
    "twilio_media": ("network.peer.address", "168.86.137.44"),
}


@pytest.mark.parametrize("content", ["forbid", "allow"])
@pytest.mark.parametrize(("key", "value"), list(EDGE_PEERS.values()), ids=list(EDGE_PEERS))
def test_edge_address_under_a_peer_key_is_a_server(key: str, value: str, content: str) -> None:
    assert _kinds(key, value, content=content) == set()


@pytest.mark.parametrize("span_kind", ["INTERNAL", "SERVER"])
@pytest.mark.parametrize("key", ["network.peer.address", "net.peer.ip", "net.sock.peer.addr"])
def test_other_public_address_under_a_peer_key_is_still_the_caller(
    key: str, span_kind: str
) -> None:
    assert _kinds(key, "186.33.21.77", kind=span_kind) == {"ip"}
    assert _kinds(key, "2800:a4:17c1:9d00::4e", kind=span_kind) == {"ip"}


def test_edge_address_under_a_client_key_is_still_a_person() -> None:
    # A caller behind a CDN's VPN egress: the client key says whose it is.
    assert _kinds("client.address", "104.28.212.9") == {"ip"}


CALLER_IPS = {
    "cf_connecting_ip": ("http.request.header.cf-connecting-ip", ("186.33.21.77",)),
    "x_forwarded_for_list": ("http.request.header.x-forwarded-for", ("186.33.21.77, 10.1.2.3",)),
    "forwarded_for_v6": (
        "http.request.header.forwarded",
        ('for="[2800:a4:17c1:9d00::4e]:40112";proto=https;by=10.9.0.2',),
    ),
    "x_real_ip": ("http.request.header.x-real-ip", ("186.33.21.77",)),
    "envoy_external": ("http.request.header.x-envoy-external-address", ("186.33.21.77",)),
    "ice_srflx": (
        "webrtc.remote_candidate",
        "candidate:99183 1 udp 1677729535 186.33.21.77 61000 typ srflx raddr 10.1.2.3 rport 5000",
    ),
    "ice_host_public_v6": (
        "webrtc.remote_candidate",
        "candidate:7713 1 udp 2122262783 2800:a4:17c1:9d00::4e 50410 typ host generation 0",
    ),
    "rate_limit_message_v6": (
        "exception.message",
        "too many requests for 2800:a4:17c1:9d00:8a1:42ff:fe10:77 on /v1/web-call",
    ),
    "rate_limit_message_v4": ("exception.message", "rate limit exceeded for 186.33.21.77"),
    "log_disconnected": ("log.message", "websocket 186.33.21.77:51544 disconnected: 1006"),
    "access_log_v6": (
        "log.message",
        '2800:a4:17c1:9d00::4e - - [02/Feb/2026:09:00:01 +0000] "GET /widget HTTP/1.1" 200 12',
    ),
}


@pytest.mark.parametrize(("key", "value"), list(CALLER_IPS.values()), ids=list(CALLER_IPS))
def test_caller_addresses_are_found(key: str, value: object) -> None:
    event = key == "exception.message"
    assert "ip" in _kinds(key, value, event=event)


ICE_HOST = {
    "private_v4": "candidate:5511 1 udp 2122260223 192.168.40.12 51230 typ host generation 0",
    "foundation_trunk_zero": (
        "candidate:0412938475 1 udp 2122260223 192.168.40.12 51230 typ host generation 0"
    ),
    "mdns": (
        "candidate:88 1 udp 2113937151 5d1c2a7e-4b1f-4c4e-9d7a-2f0e8c6b1a33.local 50001 typ host"
    ),
    "tcp_private": "candidate:12 1 tcp 1518280447 10.20.30.40 9 typ host tcptype active",
}


SERVER_IN_MESSAGES = {
    "websocket_to_server": ("log.message", "websocket to 186.33.21.77 closed by remote"),
    "refused_by_server": ("exception.message", "connection refused by 186.33.21.77:443"),
    "connect_timed_out": ("exception.message", "connect to 186.33.21.77:443 timed out"),
}


@pytest.mark.parametrize(
    ("key", "value"), list(SERVER_IN_MESSAGES.values()), ids=list(SERVER_IN_MESSAGES)
)
def test_a_server_address_in_a_message_is_clean(key: str, value: str) -> None:
    assert _kinds(key, value, event=key == "exception.message") == set()


@pytest.mark.parametrize("value", list(ICE_HOST.values()), ids=list(ICE_HOST))
def test_ice_host_candidate_on_a_private_address_is_clean(value: str) -> None:
    assert _kinds("webrtc.local_candidate", value) == set()


# -- phone numbers --------------------------------------------------------------------

PHONES = {
    "bare_int_under_phone_number": ("phone.number", 447911123456),
    "bare_digits_under_phone_number": ("phone.number", "447911123456"),
    "japanese_text": ("getpatter.stt.text", "電話番号は080-4411-2398です"),
    "korean_text": ("lk.user_transcript", "제 번호는 010-2345-6789입니다"),
    "arabic_indic_digits": ("stt.transcript", "رقم هاتفي ٠٧٩٠١٢٣٤٥٦٧"),
    "persian_digits": ("stt.transcript", "شماره من ۰۹۱۲۳۴۵۶۷۸۹ است"),
    "customer_intl_in_log": ("log.message", "customer +44 20 7946 0018 called back"),
    "reference_then_phone": (
        "lk.user_transcript",
        "my order number is 55123 and my phone is 020 7946 0018",
    ),
    "fullwidth_digits": ("lk.user_transcript", "携帯は０９０−１２３４−５６７８です"),
}


@pytest.mark.parametrize(("key", "value"), list(PHONES.values()), ids=list(PHONES))
def test_phone_numbers_are_found(key: str, value: object) -> None:
    assert "phone" in _kinds(key, value)


NOT_PHONES = {
    "docs_hotline": ("docs.hotline", "+1 888 555 0142"),
    "org_hotline": ("org.hotline", "+44 20 7946 0321"),
    "support_hotline_number": ("company.hotline_number", "0800 123 4567"),
    "isbn": ("log.message", "ISBN 978-3-16-148410-0"),
    "policy_number": ("lk.user_transcript", "my policy number is 0123 456 789"),
    "confirmation_code": ("lk.user_transcript", "my confirmation code is 4821 9930 12"),
    "dob_us_dashes": ("llm.input_messages.1.message.content", "DOB 11-23-1987"),
    "dob_words_dashes": ("lk.user_transcript", "born 03-09-1979 in Leeds"),
    "digits_one_by_one": ("lk.user_transcript", "it's 4 5 3 2 0 1 5 1 1 2 8 3 0 3 6 6"),
    "fullwidth_card_groups": (
        "lk.user_transcript",
        "カードは４５３２ ０１５１ １２８３ ０３６６です",
    ),
    "digits_one_by_one_trunk_zero": ("lk.user_transcript", "it's 6 0 1 1 0 0 0 0 0 0 0 0 0 0 0 4"),
}


@pytest.mark.parametrize(("key", "value"), list(NOT_PHONES.values()), ids=list(NOT_PHONES))
def test_not_a_callers_phone(key: str, value: object) -> None:
    assert "phone" not in _kinds(key, value)


# -- secrets --------------------------------------------------------------------------

SECRETS = {
    "sql_set_password": ("db.statement", "SET PASSWORD FOR 'svc'@'%' = 'Hk3$pW9zQm2r'"),
    "sql_alter_user": ("db.statement", "ALTER USER app_rw WITH PASSWORD 'Qz7!vR2mpL9x'"),
    "sql_identified_by": ("db.query.text", "CREATE USER 'rpt'@'%' IDENTIFIED BY 'Zr8#tY4nVp1q'"),
    "sql_alter_role_unquoted_clause": (
        "db.statement",
        "ALTER ROLE etl PASSWORD 'mN4&bV8cX2zL' VALID UNTIL 'infinity'",
    ),
    "mysql_dash_p": ("process.command_line", "mysql -h 10.4.0.9 -u svc -pT7gq!Kz29wLm calls"),
    "mysqldump_password_eq": (
        "process.command_line",
        "mysqldump --password=w8Lp#2rQx calls > /tmp/d.sql",
    ),
    "sshpass": ("process.command_line", "sshpass -p 'Vq8#mL2xTz' ssh deploy@10.0.0.4"),
    "redis_cli_a": ("process.command_line", "redis-cli -h cache -a Zp7Kq2Lm9Wx4 ping"),
    "cartesia_key": ("log.message", "using key sk_car_a1B2c3D4e5F6g7H8i9J0kLmN"),
    "odbc_pwd": ("db.connection_string", "Driver={ODBC};Server=db1;UID=svc;PWD=Jq5%zr8Wm1;"),
    "amqp_at_in_password": ("messaging.url", "amqp://svc:Pa@ss-w0rd9@broker.example.net:5672/"),
    "discord_webhook": (
        "url.full",
        "https://discord.com/api/webhooks/112233445566778899/"
        "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hJ3kL5mN7pQ9rS1tU3v",
    ),
    "discordapp_webhook": (
        "http.url",
        "https://discordapp.com/api/webhooks/998877665544332211/Zx9-Yw8_Vu7Ts6Rq5Po4Nm3Lk2Jh1Gf0Ed",
    ),
    "teams_webhook": (
        "url.full",
        "https://contoso.webhook.office.com/webhookb2/1a2b3c4d-1111-2222-3333-444455556666@"
        "9f8e7d6c-aaaa-bbbb-cccc-ddddeeeeffff/IncomingWebhook/0123456789abcdef0123456789abcdef/"
        "5e6f7a8b-1212-3434-5656-787890901212",
    ),
    "slack_webhook": (
        "webhook.url",
        "https://hooks.slack.com/services/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",
    ),
    "google_oauth": (
        "http.request.header.authorization",
        ("Bearer ya29.a0Ab3Cd4Ef5Gh6Ij7Kl8Mn9Op0",),
    ),
    "google_oauth_in_text": ("log.message", "refreshed token ya29.c.b0Aa1Bb2Cc3Dd4Ee5Ff6Gg7Hh8Ii9"),
    "github_fine_grained_in_quotes": (
        "exception.message",
        "ValueError: bad credentials 'github_pat_11AB2CD3E0aBcDeFgHiJkL_mNoPqRsTuVwXyZ0123456789"
        "aBcDeFgHiJkLmNoPqRsTuVwXyZ012345'",
    ),
    "websocket_protocol": (
        "http.request.header.sec-websocket-protocol",
        ("token, Qw7eR9tY2uI4oP6aS8dF0gH1jK3lZ5x",),
    ),
    "spoken_pin_words": ("tts.text", "my account pin is four four seven two"),
    "spoken_pin_digits": ("lk.user_transcript", "the PIN is 8 3 1 6"),
}


@pytest.mark.parametrize(("key", "value"), list(SECRETS.values()), ids=list(SECRETS))
def test_secrets_are_found(key: str, value: object) -> None:
    event = key == "exception.message"
    assert "secret" in _kinds(key, value, event=event)


def test_password_with_at_sign_in_a_url_is_no_email() -> None:
    value = "amqp://svc:Pa@ss-w0rd9@broker.example.net:5672/"
    assert _kinds("messaging.url", value) == {"secret"}
    assert _kinds("redis.url", "rediss://default:Tr1ck@y-Pass@cache.example.org:6380") == {"secret"}


NOT_SECRETS = {
    "masked_key_ellipsis": ("openai.api_key", "sk-…9c"),
    "masked_key_dots": ("log.message", "using key sk-...Qx7f for project voice"),
    "type_tag_phone": ("caller.phone", "<PHONE>"),
    "hash_redaction": (
        "caller.phone",
        "sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
    ),
    "sql_without_password": ("db.statement", "SELECT id FROM users WHERE role = 'admin'"),
    "sql_password_placeholder": ("db.statement", "ALTER USER app WITH PASSWORD $1"),
    "mysql_prompt_flag": ("process.command_line", "mysql -h db.internal -u svc -p calls"),
    "pin_code_of_a_door": ("lk.user_transcript", "the pin code for the gate is on the sign"),
    "webhook_without_token": ("url.full", "https://discord.com/api/webhooks"),
    "sql_bind_parameter": ("db.statement", "ALTER USER app WITH PASSWORD :new_password"),
    "password_word_in_prose": ("log.message", "password 'reset' e-mail sent to the account"),
}


@pytest.mark.parametrize(("key", "value"), list(NOT_SECRETS.values()), ids=list(NOT_SECRETS))
def test_not_secrets(key: str, value: object) -> None:
    assert _kinds(key, value) == set()


# -- e-mails ----------------------------------------------------------------------------

EMAILS = {
    "devanagari_both_parts": ("transcript", "मेरा ईमेल अनिल@डाक.भारत है"),
    "devanagari_local": ("lk.user_transcript", "ईमेल सुनीता.वर्मा@example.in पर भेजें"),
    "cjk_domain": ("lk.user_transcript", "メールは taro@例え.テスト です"),
    "chinese_local_and_domain": ("lk.user_transcript", "邮箱 王芳@公司.中国"),
    "punycode_domain": ("gen_ai.prompt.1.content", "write to ana.lima@xn--exmple-cua.xn--p1ai"),
    "punycode_tld_only": ("customer.contact", "kofi@mail.xn--90ae"),
    "quoted_local": ("notification.to", '"mary o\'neil"@example.org'),
    "spelt_out": ("lk.user_transcript", "it's john dot smith at gmail dot com"),
    "spelt_bracketed_after_at": ("lk.user_transcript", "email me at j.novak(at)example(dot)cz"),
    "spelt_out_french": ("lk.user_transcript", "c'est jean point dupont arobase exemple point fr"),
    "spelt_out_dutch": (
        "lk.user_transcript",
        "het is piet punt jansen apenstaartje voorbeeld punt nl",
    ),
    "spelt_out_russian": ("lk.user_transcript", "почта ivan точка petrov собака gmail точка com"),
    "spelt_out_spanish": ("lk.user_transcript", "es maria punto lopez arroba correo punto es"),
}


@pytest.mark.parametrize(("key", "value"), list(EMAILS.values()), ids=list(EMAILS))
def test_emails_are_found(key: str, value: str) -> None:
    assert "email" in _kinds(key, value)


def test_idn_email_is_masked_fixed_width() -> None:
    shown = str(redact("lk.user_transcript", "मेरा ईमेल अनिल@डाक.भारत है"))
    assert "अनिल" not in shown
    assert "डाक" not in shown
