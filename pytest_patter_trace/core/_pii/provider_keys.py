"""Providers' credentials: by a shape of their own, and by a key naming the provider.

Mail, SMS and voice APIs, payments, CRMs, clouds, CI services and chat tools mint keys
with a prefix, a length and an alphabet of their own (``key-`` and 32 hex digits, a
marketing mail API's ``xkeysib-``, ``shpat_``, ``dop_v1_``, ``NRAK-``...). The shapes here
are the self-naming ones of gitleaks' rule set (``config/gitleaks.toml``) that neither our
own shapes (:mod:`.patterns`) nor detect-secrets' plugins (:mod:`.rulesets`) hold, and the
chat webhooks whose URL path is the credential.

A key naming a provider and a key, token or secret (``mailgun.key``,
``X-Postmark-Server-Token``, ``messagebird.accessKey``, ``twilio.chiave``) names its
credential, whatever the provider's shape: the value is a secret when it reads as a
generated key, not a path, an id of words or a placeholder.

Kept by hand: gitleaks is a Go program, its rules a TOML file; the shapes are copied as
data, a few dozen lines, rather than adding a dependency.
"""

from __future__ import annotations

import re
from itertools import pairwise

from . import vocabulary as voc
from .hints import holds_any, words_of
from .hit import Hit, placeholder
from .mask import MASKERS

__all__ = ["credential_value", "find_provider_keys", "provider_key"]

#: Self-naming provider tokens, by family. Each starts after no word character or dash and
#: ends before none, so a word ending in ``key`` (``monkey-``) or a longer run stays out.
_SHAPES = re.compile(
    r"(?<![\w-])(?:"
    # mail: Mailgun's legacy private key and webhook signing key; Brevo (Sendinblue)
    r"key-[0-9a-f]{32}|[0-9a-h]{32}-[0-9a-h]{8}-[0-9a-h]{8}"
    r"|x(?:keysib|smtpsib)-[0-9a-f]{64}-[A-Za-z0-9]{16}"
    # payments: Shopify, Flutterwave, Braintree (PayPal), Plaid, Square
    r"|shp(?:at|ca|pa|ss)_[0-9a-fA-F]{32}|FLWSECK(?:_TEST)?-[0-9a-h]{32}-X"
    r"|access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}"
    r"|access-(?:sandbox|development|production)-[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}"
    r"|EAAA[A-Za-z0-9_-]{56,60}"
    # CRMs and work tools: HubSpot, Linear, Notion, Atlassian, Postman, Airtable
    r"|pat-(?:na|eu|ap)\d-[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}"
    r"|lin_api_[A-Za-z0-9]{40}|ntn_\d{11}[A-Za-z0-9]{35}|ATATT3[A-Za-z0-9_=-]{186}"
    r"|PMAK-[0-9a-f]{24}-[0-9a-f]{34}|pat[A-Za-z0-9]{14}\.[0-9a-f]{64}"
    # clouds: DigitalOcean, Heroku, Alibaba, Azure AD client secrets, Cloudflare origin CA,
    # Doppler, Vault, Terraform Cloud, Databricks, Fly.io, Supabase, PlanetScale
    r"|do[opr]_v1_[0-9a-f]{64}|HRKU-AA[A-Za-z0-9_-]{58}|LTAI[A-Za-z0-9]{20}"
    r"|[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}|v1\.0-[0-9a-f]{24}-[0-9a-f]{146}"
    r"|dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}|hv[sb]\.[A-Za-z0-9_-]{90,300}"
    r"|[a-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}|dapi[0-9a-f]{32}(?:-\d)?"
    r"|fo1_[A-Za-z0-9_-]{43}|sbp_[0-9a-f]{40}|pscale_(?:tkn|oauth|pw)_[A-Za-z0-9_=.-]{32,64}"
    # CI, registries and monitoring: Buildkite, CircleCI, RubyGems, Docker Hub, Pulumi,
    # Prefect, Grafana, New Relic, Sentry
    r"|bkua_[0-9a-f]{40}|CCIPAT_[A-Za-z0-9]{22}_[0-9a-f]{40}|rubygems_[0-9a-f]{48}"
    r"|dckr_pat_[A-Za-z0-9_-]{27}|pul-[0-9a-f]{40}|pnu_[A-Za-z0-9]{36}"
    r"|glc_[A-Za-z0-9+/]{32,400}={0,3}|glsa_[A-Za-z0-9]{32}_[0-9a-fA-F]{8}"
    r"|eyJrIjoi[A-Za-z0-9]{70,400}={0,3}|NR(?:AK-[A-Z0-9]{27}|II-[A-Za-z0-9_-]{32}"
    r"|JS-[0-9a-f]{19})|sntryu_[0-9a-f]{64}|sntrys_eyJ[A-Za-z0-9+/=_]{60,}"
    # AI APIs: Perplexity, xAI, Replicate, LangSmith, Pinecone, Tavily
    r"|pplx-[A-Za-z0-9]{48}|xai-[A-Za-z0-9]{80}|r8_[A-Za-z0-9]{37}"
    r"|lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}|pcsk_[A-Za-z0-9_]{40,}|tvly-[A-Za-z0-9-]{32,}"
    r")(?![\w-])"
)
#: The shortest run a shape or hook above makes (``LTAI`` and 20, ``NRJS-`` and 19).
_LONG_RUN = re.compile(r"\S{24}")
#: A literal every shape above holds: a text with none is skipped without the pattern.
_HINTS = ("key-", "sib-", "shp", "FLWSECK", "$production$", "$sandbox$", "access-", "EAAA",
          "pat-", "lin_api_", "ntn_", "ATATT3", "PMAK-", "_v1_", "HRKU-", "LTAI", "Q~", "v1.0-",
          "dp.", "hvs.", "hvb.", "atlasv1", "dapi", "fo1_", "sbp_", "pscale_", "bkua_", "CCIPAT_",
          "rubygems_", "dckr_pat_", "pul-", "pnu_", "glc_", "glsa_", "eyJrIjoi", "NRAK-", "NRII-",
          "NRJS-", "sntry", "pplx-", "xai-", "r8_", "lsv2_", "pcsk_", "tvly-")  # fmt: skip
#: Airtable's personal access token holds only ``pat`` and a dot: asked apart.
_AIRTABLE = re.compile(r"pat[A-Za-z0-9]{14}\.")
#: A Mailgun signing key is 32 + 8 + 8 hex digits: asked apart, by its two short groups.
_SIGNING_HINT = re.compile(r"[0-9a-h]{32}-[0-9a-h]{8}-")

#: Chat webhooks whose URL path is the credential: Feishu and Lark bots, Mattermost and
#: Rocket.Chat incoming hooks. (Slack's, Discord's, Teams' and Zapier's: shapes.py.)
_WEBHOOK_PATH = re.compile(
    r"(?i)https?://[^\s/]+(?:/open-apis/bot/v2/hook/([0-9a-f-]{32,36})"
    r"|/hooks/([a-z0-9]{26}|[A-Za-z0-9]{17,24}/[A-Za-z0-9]{40,48}))(?![\w-])"
)


def find_provider_keys(text: str, hits: list[Hit]) -> None:
    """Add providers' self-naming tokens and chat webhook credentials in ``text``."""
    # Every token and hook is a run of 24 characters or more without white space: a text
    # without one (most of a transcript) is skipped by one search of its distinct words.
    if len(text) < 24 or _LONG_RUN.search(words_of(text)) is None:
        return
    shaped = holds_any(text, _HINTS)
    if not shaped and ("-" in text or "pat" in text):
        # Both lie inside one word: a long text's distinct words are asked (hints.py).
        words = words_of(text)
        shaped = "-" in words and _SIGNING_HINT.search(words) is not None
        shaped = shaped or ("pat" in words and _AIRTABLE.search(words) is not None)
    if shaped:
        for m in _SHAPES.finditer(text):
            if not placeholder(m.group()):
                hits.append(Hit("secret", m.start(), m.end(), MASKERS["secret"](m.group())))
    if "/hook" in text and "://" in text:
        for m in _WEBHOOK_PATH.finditer(text):
            group = 1 if m.group(1) is not None else 2
            hits.append(
                Hit("secret", m.start(group), m.end(group), MASKERS["secret"](m.group(group)))
            )


# -- a key naming a provider's credential ---------------------------------------------

#: Providers whose keys a voice agent's trace carries: mail, SMS and voice, speech and
#: language models, payments, CRMs and helpdesks, clouds, CI and monitoring, chat.
_PROVIDERS = voc.words(
    """mailgun sendgrid mailchimp mandrill postmark sparkpost mailjet sendinblue brevo ses
    resend mailersend mailerlite elasticemail smtp2go amazonses
    twilio vonage nexmo plivo telnyx messagebird bird sinch bandwidth infobip clicksend
    textmagic africastalking signalwire exotel kaleyra telesign bulksms esendex
    deepgram openai elevenlabs cartesia assemblyai anthropic groq gemini mistral cohere
    livekit daily vapi retell bland speechmatics gladia playht resemble rime lmnt
    huggingface replicate together fireworks perplexity openrouter pinecone langsmith
    langfuse google gcp azure aws firebase
    stripe paypal braintree adyen square razorpay paystack flutterwave mollie klarna
    gocardless coinbase worldpay authorizenet paddle chargebee recurly checkout plaid
    salesforce hubspot zendesk intercom freshdesk freshworks pipedrive zoho airtable
    notion asana jira atlassian linear clickup trello monday segment mixpanel amplitude
    calendly typeform docusign shopify
    digitalocean heroku cloudflare vercel netlify supabase planetscale mongodb alibaba
    linode hetzner scaleway backblaze
    github gitlab bitbucket circleci travis buildkite jenkins npm pypi dockerhub sentry
    datadog newrelic grafana pagerduty opsgenie snyk codecov
    slack discord telegram mattermost rocketchat whatsapp viber"""
)
#: Providers written in two words (``message_bird``, ``newRelic``, ``eleven_labs``).
_PROVIDER_PAIRS = voc.words("messagebird newrelic elevenlabs assemblyai africastalking playht")
#: The last word of a key naming a credential, in several languages.
_CREDENTIAL_WORDS = voc.words(
    """key keys token tokens secret auth apikey apitoken authtoken accesskey accesstoken
    secretkey clave llave chiave schlussel schluessel schlüssel cle clé chave sleutel
    klucz anahtar kulcs nyckel nøgle nokkel avain jeton gettone"""
)
#: Words that may stand between the provider and that last word (``server_token``,
#: ``api.key``, ``live_secret_key``): they say which of the provider's credentials.
_CREDENTIAL_KINDS = voc.words(
    """api access auth secret private server rest live prod production master admin
    signing sending account app client bot integration service sdk http restapi
    management mgmt write x"""
)


def provider_key(every: list[str], last: list[str]) -> bool:
    """Whether a key names a provider's credential: its name, then a key, token or secret.

    ``every``: the key's words; ``last``: its last segment's. The last segment ends with a
    credential word, and its other words are the provider's, a credential's kind or a
    header's ``x``, and so is the word right before it. Not ``twilio.key_id`` (an id),
    ``stripe.publishable_key`` (a public key), ``vonage.dtmf.keys`` (keys pressed) nor
    ``aws.s3.key`` (an object's key).
    """
    if not last or last[-1] not in _CREDENTIAL_WORDS:
        return False
    if any(w not in _PROVIDERS and w not in _CREDENTIAL_KINDS for w in last[:-1]):
        return False
    named = every[-2:-1]  # the word right before: ``vonage.dtmf.keys`` are keys pressed
    if not named or (named[0] not in _PROVIDERS and named[0] not in _CREDENTIAL_KINDS):
        return False
    if not _PROVIDERS.isdisjoint(every):
        return True
    return any(a + b in _PROVIDER_PAIRS for a, b in pairwise(every))


#: A credential's characters: letters, digits and the marks keys and tokens use.
_CREDENTIAL = re.compile(r"[A-Za-z0-9_+/=.:~$!-]{16,400}")
#: A generated id: a UUID or a run of hex digits (many providers' keys are one of these).
_GENERATED = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|[0-9a-f]{16,128}|[0-9A-F]{16,128}"
)
#: The pieces of a value between separators; two or more lower-case words among them
#: make it a path, an object's key or a name (``uploads/2026/recording-88.wav``).
_PIECES = re.compile(r"[^/.:_\-]+")


def credential_value(value: str) -> bool:
    """Whether a value under a provider's credential key reads as that credential."""
    if _CREDENTIAL.fullmatch(value) is None or placeholder(value):
        return False
    if _GENERATED.fullmatch(value) is not None:
        return True
    words = sum(1 for p in _PIECES.findall(value) if len(p) >= 3 and p.isalpha() and p.islower())
    if words >= 2:
        return False
    kinds = (any(c.isdigit() for c in value), any(c.isupper() for c in value))
    return (any(kinds) and any(c.islower() for c in value)) or all(kinds)
