"""Providers' credentials by their own shape, and by a key naming the provider.

Mail, SMS and voice APIs, payments, CRMs, cloud, CI and chat webhooks each mint keys of a
shape of their own (a prefix, a length, an alphabet); a value under a key naming the
provider and a key, token or secret is its credential whatever its shape. Ids, object
keys and placeholders under such keys stay clean. Every key here is random, made for
these tests; hosts are RFC 2606 names.
"""

from __future__ import annotations

import json

import pytest
from _builders import span

from pytest_patter_trace.checks.pii import find_pii


def _kinds(key: str, value: object) -> set[str]:
    found = find_pii([span("getpatter.call", 2, attributes={key: value})], content="allow")
    return {f.kind for f in found}


#: Tokens that name their provider by a prefix (gitleaks' rule set lists these shapes).
SHAPED = {
    "mail_legacy": "key-a4c123b1612dd272d1371c17149d4395",
    "mail_signing": "36b3216fdaeeb975729fae923d5a4fd1-2aabfe22-8f219e9c",
    "mail_marketing": "xkeysib-b0eb53f16947ccf25ec84d8dbc74254770f58904dba41ecccc3fc1626e53a130"
    "-KjIg8xNbe3nNyjOq",
    "shop": "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",
    "cloud_pat": "dop_v1_7c76fb008f86bebb2737f6a6f0fb23c6f5da2cec255404e4fb440034d6608697",
    "dashboards": "glsa_WLuqIA1id6Vw5DQL05HA064GiIjHGb3C_50454f31",
    "monitoring": "NRAK-U7794G9DPMRCG629BE2U66MR268",
    "errors": "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",
    "registry": "dckr_pat_PlJhx2jIclHkCiHp6bR1IqfEouH",
    "gems": "rubygems_1569969e58b081006f7e3dfc967a64cb14028d512c9791e5",
    "infra": "pul-58e08baa7196b50ac2f86702824c1c099724caf4",
    "warehouse": "dapi941d4072014b3ce107f80e222f828767",
    "tracker": "lin_api_VPDF2yeE6RsXcNOPmeMjvqPVStNKiaEdFrRgSnRF",
    "llm_search": "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",
    "models": "r8_TxoF54Fzbka8FRCztUjAwyuh1vauWv1zh87mT",
    "tracing": "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",
    "vault": "hvs.GHZEM9YpvujA-C5Q52ryFlwRlOEVHzc0X0AWIRh-JUqBlIFXZ53Ncqe28_ajY75FnCttn6kfaqDeMqG3"
    "omjMyXHCabM6JOF",
    "payments_africa": "FLWSECK-78h9ha51bag75c0h53h7b2534ga18cg7-X",
    "payments_wallet": "access_token$production$mtmo3oqsg5lo50dj$c1604d115cea325a65e19cbae530282b",
    "directory_secret": "A948Q~pAWTN3lg8zV5yPU8d0FZfWe7ihGyiRUIQf",
    "cloud_access_id": "LTAIqVTSu7rtaUWM6ZO88eb0",
    "api_client": "PMAK-73fec8df4f50947aaeb26c57-d21fa5d328263dfe574de739988b886e75",
    "database": "pscale_tkn_ppjs46LmuezqpGHoPZgPDcgaE40o1C6xc4sohdmM0Lm",
    "backend": "sbp_2b5e803b61ba4168160adb59261ff2d3c425c8d9",
    "ci": "bkua_9d19bdd0b6cc60d5d32cbe54014c2b54b95523cf",
    "platform": "HRKU-AAzMqf9OgXluCZz8xBfZuXTptFyfePpX6N1NF2XV54wca_7E56w8ZniqT3Ul",
    "banking": "access-production-e1142a21-c402-364f-9572-b85a8e48f687",
    "crm": "pat-eu1-ab165c58-ac58-31be-38cb-8cb4ba2e7519",
    "vectors": "pcsk_GbOY1x_HvAV8DnRlzGW7hUNwOdqryzdaeA6AOSRwLqgotVz89HoZ9zDnki7XeZZOmEP",
    "llm_chat": "xai-JUo09jwQO10Y0ADsWJPiX1EwY2orTyRqBRlEaZUZrwpPtuEFBNOfQ5xj7t2ydf0K5uY8iH1"
    "wOLaQan8e",
    "workspace": "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",
}


@pytest.mark.parametrize("value", SHAPED.values(), ids=SHAPED.keys())
def test_a_provider_shape_is_a_secret_under_any_key(value: str) -> None:
    assert "secret" in _kinds("integration.config", value)


@pytest.mark.parametrize("value", list(SHAPED.values())[:6], ids=list(SHAPED)[:6])
def test_a_provider_shape_is_a_secret_in_text_and_payloads(value: str) -> None:
    assert "secret" in _kinds("log.message", f"retrying send with credential {value} (attempt 2)")
    assert "secret" in _kinds("app.env", f"PROVIDER_CREDENTIAL={value}\nREGION=eu")
    chat = [{"role": "user", "content": f"ecco la chiave che usiamo: {value} grazie"}]
    assert "secret" in _kinds("gen_ai.input.messages", json.dumps(chat))
    args = {"name": "configure_mail", "arguments": {"provider": "x", "credential": value}}
    assert "secret" in _kinds("tool.call", json.dumps(args))


#: Chat webhooks whose path is the credential.
WEBHOOKS = [
    "https://open.feishu.cn/open-apis/bot/v2/hook/d74ff1fe-4f7f-4505-aaef-9ebdd25b001a",
    "https://chat.example.com/hooks/g645jcn0ivgxv479ns1v1q9dss",
]


@pytest.mark.parametrize("url", WEBHOOKS)
def test_a_chat_webhook_url_holds_a_secret(url: str) -> None:
    assert "secret" in _kinds("notify.target", url)


#: A provider's name and a key, token or secret word: the value is that credential.
PROVIDER_KEYS = [
    ("mailgun.key", "key-a4c123b1612dd272d1371c17149d4395"),
    ("postmark.server_token", "89a01749-ddb1-44f7-a101-0b93b7d946bf"),
    ("X-Postmark-Server-Token", "54074e32-48c8-401b-aef7-50110c575130"),
    ("messagebird.accessKey", "xm8eygpnnhccfs4gignsuv1qb"),
    ("deepgram.key", "64d6d59291f0cde2e5738713a818d8962058765a"),
    ("sinch.token", "6ca7cff00d796c25410335b400141212"),
    ("intercom_token", "Kv3azKgaS=m=x_SHuKBD_vok=nPTmZYl2dVAMH2-vWD6qeSPt5Pv74GDqQ7E"),
    ("datadog.key", "wq7sdTWx6uX9MGE2sNVbYAbBHXgwETdIKnT30fK0"),
    ("integrations.zendesk.token", "GmrtWT01NjUjpUuMHwkpu9mq9Ugk9Qgm"),
    ("cloudflare.token", "c4499d863386ce10cd79e048c07dd7753eda83d7c58dfe0d5a0cf318656b3e6f"),
    ("MAILJET_KEY", "6ca7cff00d796c25410335b400141212"),
    ("sendinblueKey", "GmrtWT01NjUjpUuMHwkpu9mq9Ugk9Qgm"),
    ("plivo.auth", "wq7sdTWx6uX9MGE2sNVbYAbBHXgwETdIKnT30fK0"),
    ("vonage.api.key", "xm8eygpnnhccfs4gignsuv1qb"),
    ("pagos.stripe.clave", "GmrtWT01NjUjpUuMHwkpu9mq9Ugk9Qgm"),
    ("twilio.chiave", "6ca7cff00d796c25410335b400141212"),
]


@pytest.mark.parametrize(("key", "value"), PROVIDER_KEYS)
def test_a_value_under_a_provider_key_is_a_secret(key: str, value: str) -> None:
    assert "secret" in _kinds(key, value)


#: Under a provider's key yet no credential: an id, an object key, a placeholder, a
#: public key, a domain; and key-shaped look-alikes in text.
CLEAN = [
    ("mailgun.key", "${MAILGUN_KEY}"),
    ("mailgun.key", "***"),
    ("mailgun.domain", "mg.example.org"),
    ("stripe.idempotency_key", "89a01749-ddb1-44f7-a101-0b93b7d946bf"),
    ("stripe.publishable_key", "GmrtWT01NjUjpUuMHwkpu9mq9Ugk9Qgm"),
    ("aws.s3.key", "uploads/2026/recording-88.wav"),
    ("twilio.key_id", "6ca7cff00d796c25410335b400141212"),
    ("cache.key", "6ca7cff00d796c25410335b400141212"),
    ("redis.key", "session:GmrtWT01NjUjpUuMHwkpu9mq9Ugk9Qgm"),
    ("sendgrid.template_key", "welcome-email-v2"),
    ("log.message", "store it in a key-value store, then monkey-patch the client"),
    ("log.message", "dapi and pul- are prefixes we do not use"),
    ("docs.example.mailgun_key", "key-a4c123b1612dd272d1371c17149d4395"),
]


@pytest.mark.parametrize(("key", "value"), CLEAN)
def test_look_alikes_stay_clean(key: str, value: str) -> None:
    assert "secret" not in _kinds(key, value)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("vonage.dtmf.keys", "4929123456781234"),
        ("aws.s3.key", "recordings/Xq7Lm2Pz9Rt4Vb8Nk3Wd"),
        ("twilio.recording.key", "RE5f3c2a9b8d7e6f5a4b3c2d1e0f9a8b7c"),
    ],
)
def test_a_key_of_another_thing_under_a_provider_stays_clean(key: str, value: str) -> None:
    assert "secret" not in _kinds(key, value)


def test_a_provider_key_field_in_tool_arguments_is_a_secret() -> None:
    args = {"to": "ops", "sinch_token": "6ca7cff00d796c25410335b400141212", "retry": 2}
    assert "secret" in _kinds("gen_ai.tool.call.arguments", json.dumps(args))
    assert "secret" in _kinds(
        "tool.input",
        json.dumps({"config": {"plivoAuth": "wq7sdTWx6uX9MGE2sNVbYAbBHXgwETdIKnT30fK0"}}),
    )
