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


def find_rule_secrets(text: str, hits: list[Hit]) -> None:
    """Add the credentials detect-secrets' provider rules match in ``text``."""
    if len(text) < 16 or not holds_any(text, _HINTS):
        return
    pattern = _combined()
    if pattern is None:
        return
    for m in pattern.finditer(text):
        value = m.group()
        if len(value) >= 12 and not placeholder(value):
            hits.append(Hit("secret", m.start(), m.end(), mask_secret(value)))
