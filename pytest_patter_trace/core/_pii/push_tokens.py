"""Push-notification tokens: FCM registration tokens, APNs device tokens, Expo push tokens.

A push token addresses one person's phone: whoever holds it (and the sender's key) can
message that device, so a token is a secret. Under a key naming one (``device.push_token``,
``apns.device_token``, ``notifications.registration_id``) a value shaped like a token is
one; Expo's own form (``ExponentPushToken[...]``) says what it is anywhere. A masked
token (``****abcd``) or a placeholder has no token's shape.

Kept by hand: the key words and the three services' published token forms; no package
lists them.
"""

from __future__ import annotations

import re

from .hit import Hit
from .mask import MASKERS
from .vocabulary import words

__all__ = ["find_expo_tokens", "push_key", "push_token"]

#: Last key words (joined) naming a push token by themselves.
_TOKEN_KEYS = words(
    """pushtoken fcmtoken gcmtoken apnstoken apnsdevicetoken devicetoken expotoken
    expopushtoken pushregistrationtoken fcmregistrationtoken registrationtoken
    pushnotificationtoken notificationtoken"""
)
#: Key words naming a push service: its ``token`` or ``registration_id`` is a device's.
_SERVICES = words("push notification notifications fcm gcm apns firebase expo webpush")
#: Last key words (joined) that hold a token under a push service's key.
_SERVICE_FIELDS = words("token registrationid registration regid deviceid")
#: What a push token looks like: Expo's form; an APNs token (hex, 32 bytes or longer); an
#: FCM token (an instance id, a colon, a long base64url body); a bare long base64url one.
_SHAPE = re.compile(
    r"Expo(?:nent)?PushToken\[[\w-]{10,}\]|[0-9a-fA-F]{64,200}|[\w-]{8,}:[\w-]{60,}|[\w-]{100,}"
)
_EXPO = re.compile(r"Expo(?:nent)?PushToken\[[\w-]{10,}\]")


def push_key(every: list[str], ends: set[str]) -> bool:
    """Whether a key (its words, its joined last words) names a push token."""
    if ends & _TOKEN_KEYS:
        return True
    return bool(ends & _SERVICE_FIELDS) and not _SERVICES.isdisjoint(every)


def push_token(value: str) -> bool:
    """Whether a whole value is shaped like a push token (a masked one is not)."""
    return _SHAPE.fullmatch(value) is not None


def find_expo_tokens(text: str, hits: list[Hit]) -> None:
    """Add Expo push tokens anywhere in ``text`` (their form names them)."""
    for m in _EXPO.finditer(text):
        hits.append(Hit("secret", m.start(), m.end(), MASKERS["secret"](m.group())))
