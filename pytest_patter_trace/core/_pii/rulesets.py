"""Token shapes from a maintained rule set: detect-secrets' provider plugins.

detect-secrets (Yelp) keeps regular expressions for the credentials of many providers
(Slack webhooks and tokens, GitHub, GitLab, Stripe, SendGrid, npm, PyPI, Discord,
Telegram, Mailchimp, Azure storage, private keys...). When it is installed (the ``pii``
extra), its rule shapes run next to ours; without it, our own shapes still run. Its
entropy, keyword, IP and Twilio plugins are left out: on trace values they flag ids,
hashes and SIDs (docs/pii.md).
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from itertools import pairwise

from .hints import holds_any
from .hit import Hit, placeholder
from .mask import mask_secret

__all__ = ["find_rule_secrets", "rules_available"]

#: Plugins whose rules are token shapes (module, class).
_PLUGINS = (
    ("artifactory", "ArtifactoryDetector"),
    ("aws", "AWSKeyDetector"),
    ("azure_storage_key", "AzureStorageKeyDetector"),
    ("discord", "DiscordBotTokenDetector"),
    ("github_token", "GitHubTokenDetector"),
    ("gitlab_token", "GitLabTokenDetector"),
    ("mailchimp", "MailchimpDetector"),
    ("npm", "NpmDetector"),
    ("openai", "OpenAIDetector"),
    ("private_key", "PrivateKeyDetector"),
    ("pypi_token", "PypiTokenDetector"),
    ("sendgrid", "SendGridDetector"),
    ("slack", "SlackDetector"),
    ("square_oauth", "SquareOAuthDetector"),
    ("stripe", "StripeDetector"),
    ("telegram_token", "TelegramBotTokenDetector"),
)


@lru_cache(maxsize=1)
def _combined() -> re.Pattern[str] | None:
    """One alternation of every plugin's rules, or ``None`` without detect-secrets."""
    sources: list[str] = []
    for module_name, class_name in _PLUGINS:
        try:
            module = importlib.import_module(f"detect_secrets.plugins.{module_name}")
            plugin = getattr(module, class_name)
        except (ImportError, AttributeError):
            continue
        for rule in getattr(plugin, "denylist", ()):
            # Groups renamed away: one pattern holds them all; flags kept inline.
            text = re.sub(r"\((?!\?)", "(?:", rule.pattern)
            inline = "(?i)" if rule.flags & re.IGNORECASE else ""
            verbose = rule.flags & re.VERBOSE
            if verbose:
                text = re.sub(r"\s+|#[^\n]*", "", text)
            sources.append(f"(?:{'(?i:' + text + ')' if inline else text})")
    return re.compile("|".join(sources)) if sources else None


def rules_available() -> bool:
    """Whether detect-secrets' rules are installed and loaded."""
    return _combined() is not None


#: Literal parts of those rules: a value holding none is skipped without running them
#: (ours, for speed: most trace values hold no credential at all).
_HINTS = ("hooks.slack", "xox", "AKIA", "ASIA", "gh", "glpat", "SG.", "sk_", "rk_", "sq0",
          "npm_", "pypi-", "BEGIN", "sk-", "AccountKey", "AKC", "AP", "-us", ":AA")  # fmt: skip


#: A key passed to an SDK's client as a literal, in code a stack trace or a log quotes
#: (``Deepgram("9c1e...")``, ``OpenAI(api_key='sk-...')``, ``make_client("...")``): a class
#: named in CamelCase, or a callable named for a client, then a long random literal.
#: Kept by hand: detect-secrets' keyword plugin wants an assignment to a key's name, and
#: its entropy plugins flag every hash and id in a trace (docs/pii.md). The class name is
#: one flat run (``[A-Z][a-z0-9]+[A-Za-z0-9]*``, the same names as capitalised parts
#: repeated): a repeated part could split a long mixed-case run, such as base64, in
#: exponentially many ways before failing.
_CLIENT_CALL = re.compile(
    r"(?<![\w.])(?:[A-Z][a-z0-9]+[A-Za-z0-9]*|[a-z_]*client)\(\s*"
    r"(?:(?:api_?key|token|key|secret|auth_token|access_token|apiKey)\s*=\s*)?"
    r"[\"']([A-Za-z0-9_\-]{24,})[\"']"
)
#: Classes whose literal is an identifier or a value, never a credential.
_VALUE_CLASSES = frozenset(("UUID", "Uuid", "ObjectId", "Decimal", "Path", "PurePath",
                            "Version", "Commit", "Digest", "Hash", "Color", "Colour", "Url",
                            "Uri", "Id", "Sha", "Ulid", "Snowflake", "Tag", "Field", "Column",
                            "Text", "Label", "Name", "String", "Str", "Enum",
                            "Literal"))  # fmt: skip
#: Endings of such classes, and of exceptions (their literal is a message or a code).
_VALUE_ENDS = ("Id", "ID", "Hash", "Error", "Exception", "Warning", "Code", "Number")


def _random_key(value: str) -> bool:
    """Letters and digits mixed all through, as generated keys are (not words and a number)."""
    kinds = [ch.isdigit() for ch in value if ch.isalnum()]
    changes = sum(a != b for a, b in pairwise(kinds))
    return changes >= 6 and len(set(value)) >= 10


def _client_keys(text: str, hits: list[Hit]) -> None:
    """Add keys passed to an SDK's client as a literal (see ``_CLIENT_CALL``)."""
    for m in _CLIENT_CALL.finditer(text):
        name = text[m.start() : text.index("(", m.start())]
        value = m.group(1)
        if name in _VALUE_CLASSES or name.endswith(_VALUE_ENDS) or not _random_key(value):
            continue
        if not placeholder(value):
            hits.append(Hit("secret", m.start(1), m.end(1), mask_secret(value)))


def find_rule_secrets(text: str, hits: list[Hit]) -> None:
    """Add the credentials detect-secrets' provider rules match in ``text``.

    Also a key passed to an SDK's client as a literal (``Deepgram("...")``).
    """
    if len(text) >= 30 and ('("' in text or "('" in text or '="' in text or "='" in text):
        _client_keys(text, hits)
    if len(text) < 16 or not holds_any(text, _HINTS):
        return
    pattern = _combined()
    if pattern is None:
        return
    for m in pattern.finditer(text):
        value = m.group()
        if len(value) >= 12 and not placeholder(value):
            hits.append(Hit("secret", m.start(), m.end(), mask_secret(value)))
