"""One-time codes read back or pasted: a verification, security or login code's digits.

"The code you texted me was ...", "SMS from ...: your verification code is ...", "Votre
code de vérification est ...", "Ihr Bestätigungscode lautet ...", "您的验证码是 ...",
"... is your login code": whoever holds the digits passes as the person, so they are a
secret like a password. A code's word counts when it is said to be one-time (a
verification, security, login or one-time word beside it, a strong word of its own such
as "OTP" or "验证码"), when it is the listener's own ("your code is") or when it came by
text ("the code you sent me"). Its digits follow a copula or a colon, or come first
("... is your code").

Look-alikes stay clean: a code's length or expiry ("a 6-digit code valid for 10
minutes": no digits after a copula), postal, discount, error and booking codes (their own
words beside "code"), an order number or an amount beside the code's words (only the
figures the copula gives count; a unit after them rules them out).

Kept by hand: no package lists the words of one-time codes across languages.
"""

from __future__ import annotations

import re

from .hints import holds_any
from .hit import Hit
from .mask import MASKERS

__all__ = ["TOLD", "find_codes"]

#: Literal pieces one of the code words holds (case as written): the gate.
_HINTS = ("code", "Code", "CODE", "ódigo", "ODIGO", "odice", "kod", "Kod", "KOD", "код", "Код",
          "OTP", "otp", "TAN", "验证码", "驗證碼", "认证码", "認証", "確認コード", "인증",
          "รหัส", "رمز", "कोड", "mã", "Mã", "clave", "Clave", "senha", "Senha")  # fmt: skip
#: A code's word: ``code`` and its compounds (Bestätigungscode, verificatiecode), other
#: languages' words, and words naming a one-time code by themselves.
_NOUN = re.compile(
    r"(?i)[^\W\d_]*(?:pass)?codes?\b|c[óo]digo|codice|kod[^\W\d_]*|код[^\W\d_]*|\botp\b"
    r"|\b(?-i:m?TAN)\b|验证码|驗證碼|认证码|認証(?:コード|番号)|確認コード|인증\s?(?:번호|코드)"
    r"|รหัส|رمز|कोड|\bmã\b|\bclave\b|\bsenha\b"
)
#: Words that make a code's word a one-time code's on their own.
_STRONG = re.compile(
    r"(?i)^(?:otp|m?tan|passcodes?|验证码|驗證碼|认证码|認証|인증)|verif|bestätig|bestaetig"
    r"|sicherheit|einmal|beveilig|bevestig|anmelde|login|sms"
)
#: A one-time code's qualifier, right before its word or after it.
_QUALIFIER = re.compile(
    r"(?i)verif|vérif|security|secure|one[- ]?time|log[- ]?in|sign[- ]?in|2fa|two[- ]factor"
    r"|authenticat|\botp\b|\bsms\b|texted|seguridad|seguran[çc]a|sécurité|sicurezza"
    r"|usage unique|un solo uso"
    r"|confirmaci[óo]n de (?:identidad|acceso)|acceso|d'accès|weryfik|jednoraz"
    r"|подтвержд|проверочн|doğrulama|\bonay|ยืนยัน|التحقق|सत्यापन|xác (?:minh|thực)"
    r"|verifikasi|din[áa]mic|tempor[áa]r|temporal|temporaire|temporary"
)
#: The listener's own code: a possessive right before the code's word.
_POSSESSIVE = re.compile(
    r"(?i)(?:^|[^\w])(?:your|ur|tu|su|votre|ton|ihr|dein|tuo|seu|teu|je|uw|jouw|tw[óo]j"
    r"|ваш|твой|din|ditt|您的|你的)\s*$"
)
#: A code that came by text or mail: "the code you texted me", "el código que me enviaron".
_TEXTED = re.compile(
    r"(?i)^\s*(?:(?:that|which)\s+)?(?:you|they|we|u)\s+(?:just\s+)?(?:texted|sent|sms'?d"
    r"|messaged|emailed|e-mailed)\b|^\s*(?:(?:that|which)\s+)?i\s+(?:got|received)\b"
    r"|^\s*que\s+(?:me|te|le|nos)\s+(?:enviaron|mandaron|enviaste|mandaste|lleg[óo]|envi[óo])"
    r"|^\s*que\s+(?:vous|tu)\s+(?:m'|nous\s+)?(?:avez|as)\s+envoy"
    r"|^\s*(?:from|in|by)\s+(?:the|your|an?)\s+(?:sms|text)"
)
#: Words after a code's that make it another code (postal, discount, error, booking).
_OTHER_CODE = re.compile(
    r"(?i)^\s*(?:postal|postale|promo|promocional|fiscal|de (?:error|erro|descuento|reserva"
    r"|pedido|barras|[áa]rea|pa[íi]s|seguimiento|commande|r[ée]servation|r[ée]duction|suivi)"
    r"|d'erreur|di errore|à barres|pays)\b"
)
#: Words right before a code's that make it another code (an order's, a postcode, a
#: discount's, an error's).
_OTHER_BEFORE = re.compile(
    r"(?i)\b(?:zip|postal|post|area|country|dial|dialling|dialing|sort|promo|promotional"
    r"|discount|coupon|voucher|gift|error|status|exit|http|reference|booking|order|tracking"
    r"|confirmation|reservation|product|tax|bar|qr|dress|source|airport|iata|swift|bic|bank"
    r"|branch|colou?r|language|currency|region|course|class|item|article|ticket|invoice"
    r"|referral|invite|invitation|door|gate|parking)[\s-]*$"
)
#: The digits of a code: a run, two groups, or a provider's prefix before them.
_VALUE = r"[A-Z]{1,3}-\d{4,8}|\d{3,4}[ -]\d{3,4}|\d{4,8}"
#: What may not follow a code's digits: more digits or letters of a word, a time's or a
#: decimal's next part, a unit (an amount, a duration, a length).
_END = (
    r"(?![\dA-Za-z\-]|[.,:/]\d)"
    r"(?!\s?(?:[%€$£]|(?i:minutes?|mins?|seconds?|secs?|hours?|digits?|chars?|characters?"
    r"|times|dollars?|euros?|pounds?|pesos?)\b))"
)
#: From a cue's word to what it names: a short stretch of its sentence, then a copula, a
#: naming verb or a colon, in several languages. The Polish copula "to" only after a code's
#: word ("kod to", "... SMS to"). One source for every cue told this way: a code's here, a
#: porting PIN's, backup codes' and a security answer's in :mod:`.said_secrets`.
TOLD = (
    r"(?:(?!\.\s)[^\n!?;。]){0,60}?"
    r"(?:\s(?i:is|was|are|were|es|era|fue|son|est|était|sont|ist|sind|lautet|lauten|war|è|é"
    r"|foi|são|sono|jest|wynosi|är|er|zijn|adalah|ialah|là|will\s+be|se\s+llam(?:a|aba)"
    r"|hie(?:ß|ss)|heißt|s'appel(?:le|ait)|chama(?:va)?-se|se\s+chama(?:va)?|si\s+chiama(?:va)?"
    r"|heette|heet)\b"
    r"|(?:(?<=kod)|(?<=ny)|(?<=wy)|(?<=SMS))\sto\b|\s?[:：=]|\s?(?:是|为|為|は|는|은|คือ|هو|है))"
)
#: From a code's word to its digits: told (:data:`TOLD`), or the digits right after it.
_AFTER = re.compile(rf"(?:{TOLD})?[\s\[(«\"'「【]*({_VALUE}){_END}")
#: Digits first: "<digits> is your verification code", "<digits> es tu código".
_BEFORE = re.compile(
    rf"(?<![\w\-+])({_VALUE})\s+(?i:is|es|est|ist|è|é|jest|to)\s+[^\n.!?\d]{{0,30}}$"
)


def _one_time(text: str, m: re.Match[str]) -> bool:
    """Whether the code's word at ``m`` names a one-time code (see the module's words)."""
    noun = m.group()
    right = text[m.end() : m.end() + 40]
    left = text[max(0, m.start() - 24) : m.start()]
    if _OTHER_CODE.match(right) or _OTHER_BEFORE.search(left):
        return False
    if _STRONG.search(noun):
        return True
    # Only the words before its digits qualify a code: a later word is another thing's.
    said = right[:30]
    digit = next((i for i, ch in enumerate(said) if ch.isdigit()), len(said))
    if _QUALIFIER.search(left) or _QUALIFIER.search(said[:digit]):
        return True
    turkish_own = noun.casefold().startswith("kod") and noun.casefold().endswith(("nuz", "niz"))
    return turkish_own or bool(_POSSESSIVE.search(left) or _TEXTED.match(right))


def find_codes(text: str, hits: list[Hit]) -> None:
    """Add the digits of one-time codes read back or pasted in ``text``."""
    # Codes are read back in words: a value of one word in a script with spaces (an id,
    # a number, a key) holds none, and costs an ``in`` test and ``isascii``.
    if (" " not in text and text.isascii()) or not holds_any(text, _HINTS):
        return
    for m in _NOUN.finditer(text):
        if not _one_time(text, m):
            continue
        after = _AFTER.match(text, m.end())
        if after is not None:
            hits.append(Hit("secret", after.start(1), after.end(1), MASKERS["secret"](after[1])))
            continue
        before = _BEFORE.search(text, max(0, m.start() - 50), m.start())
        if before is not None:
            value = before[1]
            hits.append(Hit("secret", before.start(1), before.end(1), MASKERS["secret"](value)))
