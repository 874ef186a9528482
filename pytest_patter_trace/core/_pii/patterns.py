"""Compiled patterns, literal gates and tables for the PII detector.

The shapes text is matched against (e-mails, secrets, phone and card candidates,
addresses, dates of birth). Word lists live in :mod:`.vocabulary`. Imported only when a
check runs (``pii`` loads it lazily), so importing the plugin never pays for compiling
these.
"""

from __future__ import annotations

import re

# -- a system prompt about one caller ------------------------------------------------------

#: What makes a system prompt about one caller: a name given, a caller's own details.
PROMPT_ABOUT_CALLER = re.compile(
    r"(?:\b(?:name is|named|speaking (?:with|to)|talking (?:with|to)|calling is|caller is"
    r"|customer is|patient is)\s+[A-Z\u00c0-\u024f][\w'-]+"
    r"|(?i:\b(?:caller|customer|user|patient|client|member|guest)(?:'s|s'|’s)\s+"
    r"(?:name|full name|phone|number|e-?mail|address|date of birth|dob|birthday|order"
    r"|account|booking|appointment|balance|plan|policy)\b[^.\n]{0,20}\b(?:is|are|was)\b)"
    r"|\d{4,})"
)

# -- shared text patterns ------------------------------------------------------------------

#: Seven digits with at most separators between them: the gate to every number detector.
NUMBER_RUN = re.compile(r"\d[\d ().\-\u00a0\u2013]{5,}\d")
DIGIT = re.compile(r"\d")
#: Cheap literal gates, checked with ``in`` before the patterns that need them.
SECRET_HINTS = ("sk-", "sk_", "rk_", "gsk_", "AKIA", "ASIA", "eyJ", "gh", "xox", "AIza",
                "-----BEGIN", "earer ", "asic ", "hf_", "whsec_", "ya29.")  # fmt: skip
ASSIGN_HINTS = ("pass", "pwd", "secret", "key", "token")
EU_STREET_HINTS = ("str", "weg", "allee", "platz", "gasse", "damm", "rue", "avenue", "boulevard",
                   "place", "chemin", "allée", "impasse", "quai", "via", "piazza", "corso",
                   "calle", "avenida", "plaza", "paseo", "carrer", "rua", "box")  # fmt: skip
NUMBER_THEN_WORD = re.compile(r"\d[A-Za-z]?\s+[A-Za-z]")
PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")

#: Structures that are never PII and must not feed the number detectors.
BENIGN = re.compile(
    r"""
    \d{4}[-./]\d{1,2}[-./]\d{1,2}
        (?:[T\ ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?
    | (?<![\d.])\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?![.\d])
        (?:[\ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?
    | \b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\b
    | \b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b
    | \b(?=[0-9a-f]*[a-f])[0-9a-f]{12,}\b
    | (?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\d|\.\d)  # a sentence's full stop may follow
    | (?<![\d.])\d+\.\d+(?![\d.])
    | \b0x[0-9a-fA-F]+\b
    """,
    re.X,
)
#: What every BENIGN match holds (a hex digit, a separator, a hex digit; twelve hex
#: digits; ``0x``): a window with none of these has no BENIGN match, found at a tenth of
#: the cost. Change these with BENIGN (tests/test_pii_long_values.py checks they agree).
BENIGN_SEPARATED = re.compile(r"[-./:](?<=[\da-fA-F].)[\da-fA-F]")
BENIGN_HEX_RUN = re.compile(r"[0-9a-f]{12}")

# -- e-mail -------------------------------------------------------------------------------

EMAIL = re.compile(
    r"(?:(?<![\w.+%-])[^\W_][\w.%+-]{0,63}|\"[^\"\\\n@]{1,64}\")"
    r"@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+([^\W\d_]{2,24})(?![\w-])"
)

# -- secrets ------------------------------------------------------------------------------

SECRET_SHAPES = re.compile(
    r"""
    (?<![\w-])sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{20,}
    | (?<![\w-])sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}
    | (?<![\w-])[sr]k_(?:live|test)_[A-Za-z0-9]{16,}
    | (?<![\w-])sk_[A-Za-z0-9]{32,}
    | (?<![\w-])gsk_[A-Za-z0-9]{40,}
    | (?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])
    | (?<![\w-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}
    | (?<![\w-])ya29\.[A-Za-z0-9_.-]{20,}
    | (?<![\w-])gh[pousr]_[A-Za-z0-9]{36,}
    | (?<![\w-])github_pat_[A-Za-z0-9_]{40,}
    | (?<![\w-])xox[abposr]-[A-Za-z0-9-]{10,}
    | (?<![\w-])AIza[0-9A-Za-z_-]{35}
    | (?<![\w-])hf_[A-Za-z0-9]{30,}
    | (?<![\w-])whsec_[A-Za-z0-9+/]{24,}
    | -----BEGIN\ (?:[A-Z]+\ )*PRIVATE\ KEY-----
    | (?i:\b(?:bearer|basic)\s+)[A-Za-z0-9._~+/-]{12,}=*
    """,
    re.X,
)
#: ``password=hunter2``, ``"api_key": "..."``, ``TWILIO_AUTH_TOKEN=...`` inside text.
SECRET_ASSIGN = re.compile(
    r"(?i)(?:password|passwd|pwd|passphrase|secret|api[_-]?key|auth[_-]?token|access[_-]?token"
    r"|refresh[_-]?token|private[_-]?key"
    # Azure's header and connection-string keys: ``Ocp-Apim-Subscription-Key: …``,
    # ``AccountKey=…;``, ``SharedAccessKey=…;`` (Service Bus, Event Hubs, IoT Hub).
    r"|subscription[_-]?key|functions[_-]?key|account[_-]?key|shared[_-]?access[_-]?key"
    # ``aws_secret_access_key = …``, ``client_secret: …``, ``secret_key=…``.
    r"|secret[_-]?access[_-]?key|secret[_-]?key|client[_-]?secret)"
    r"[\"']?\s*[:=]\s*[\"']?([^\s\"'&,;}]{4,})"
)
#: A SIP or SIPS URI with a password in its user part (RFC 3261 19.1.1, deprecated yet
#: sent by softphones and trunk configs): ``sip:2047:password@pbx.example.org``.
SIP_CREDENTIALS = re.compile(r"(?i)(?<![\w.+-])sips?:[^\s:@;<>\"]+:([^\s:@;<>\"]{3,})@")
#: A SIP or HTTP Digest ``Authorization`` answer: its ``response`` hash proves the
#: password for the nonce, and replays while the nonce lives (RFC 2617, RFC 8760).
DIGEST_RESPONSE = re.compile(
    r"(?i)\bdigest\s[^\n]{0,400}?\bresponse\s*=\s*\"?([0-9a-f]{32}|[0-9a-f]{64})\b\"?"
)
#: ``scheme://user:password@host`` and ``scheme://:password@host`` (Redis's usual form).
URL_CREDENTIALS = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s/:@]*:([^\s/@]+)@", re.I)
#: A secret in a URL query string: ``?token=``, ``&sig=``, ``X-Amz-Signature=``.
URL_QUERY_SECRET = re.compile(
    r"(?i)(?:^|[?&;])((?:[\w.-]*[_.-])?(?:token|secret|signature|password|passwd|pwd|apikey"
    r"|api_key|api-key|credential)|key|sig|auth|jwt|code_verifier)=([^&#\s\"'<>]{6,})"
)
#: A quoted random-looking string a few words after a word naming a secret.
SECRET_QUOTED = re.compile(r"""(['"`])([A-Za-z0-9_\-+/=.]{16,})\1""")
SECRET_CONTEXT = re.compile(
    r"(?i)(?:key|token|secret|password|passwd|credential|clave|contraseña|clé|cle|schlüssel"
    r"|chiave|senha|jeton|passwort)\b[^'\"`\n]{0,30}$"
)
#: An already masked value: a few characters kept around a run of mask characters.
#: Groups of mask characters may sit between separators (``****-****-****-4242``) and a
#: redaction word between the runs (``sk_***REDACTED***``).
MASKED_VALUE = re.compile(
    r"^[\w-]{0,12}?(?:[*•#]{3,}|[xX]{4,}|\.{3}|…)"
    r"(?:[*•#xX.…_\s-]|(?i:redacted|masked|hidden|removed|filtered)(?=[*•#_-]))*[A-Za-z0-9]{0,4}$"
)
#: A redaction word with a few words of why or by whom (``redacted-by-proxy``, ``[removed
#: for privacy]``, ``scrubbed_by_gateway``): a placeholder a proxy or SDK put in.
REDACTION_PHRASE = re.compile(
    r"(?i)^[\[<({]?\s*(?:redacted|masked|hidden|removed|filtered|scrubbed|omitted|censored"
    r"|anonymi[sz]ed|withheld)(?:[-_ ](?:by|for|from|due|to|per|[a-z]{2,12})){0,4}\s*[\]>)}]?$"
)
#: An auth scheme before a credential or a placeholder.
AUTH_SCHEME = re.compile(r"(?i)^(?:bearer|basic|token|digest|apikey|api-key|key)\s+")

# -- numbers -------------------------------------------------------------------------------

PHONE_CANDIDATE_BODY = (
    # ``sip_+4420...``: LiveKit names a SIP participant after the caller's number.
    # ``callbacks/+2348...``: a number with its plus as a path segment.
    r"(?:(?<![\w@/#%+.-])|(?<=[A-Za-z]_)(?=\+)|(?<=/)(?=\+\d))"
    r"(?:\+|00)?[ \u00a0]?\(?\d[\d \u00a0().\-\u2013]{5,24}\d\)?"
    r"(?![\w]|[.\-]\d)"
)
#: The lookahead names every character a match can start with (a sign, a bracket, a
#: space, a digit): the same matches, but a letter is passed over at once instead of
#: trying the look-behinds there (about twice as fast on prose).
PHONE_CANDIDATE = re.compile(r"(?=[+( \u00a0\d])" + PHONE_CANDIDATE_BODY)
PHONE_CONTEXT = re.compile(
    r"(?i)\b(?:phone|cell|mobile|tel|fax|whatsapp|sms|text me|call me|reach me|callback"
    r"|call back|(?:my|your|phone|contact|callback) number|caller id"
    # Hindi and Urdu in Latin letters, Swahili: "mera number", "nambari yangu".
    r"|(?:mera|meri|mere|hamara|apna|aapka|tumhara) (?:number|nambar|no)|nambari yangu"
    # Estonian "minu number", Icelandic "síminn", "símanúmerið".
    r"|(?:minu|mu) (?:telefoni|mobiili)?number|telefoninumber|s[íi]minn|s[íi]man[úu]mer\w*"
    # Norwegian, Danish, Swedish: "ring meg på", "mit nummer", "nummeret mitt".
    r"|ringe? (?:til )?(?:meg|mig|mej)(?: på)?|(?:mitt|mit|mit mobil|mitt mobil)nummer"
    r"|(?:mitt|mit) (?:telefon|mobil)?nummer|nummer(?:et)? mitt|(?:telefon|mobil)nummer\w*)"
    r"\W[^\d\n]{0,20}$"
)
CARD_CANDIDATE = re.compile(r"(?<![\w.+/-])\d(?:[ -]?\d){12,18}(?!\w|[.-]\d)")
#: Thirteen digits, single spaces or dashes between: in every CARD_CANDIDATE match.
CARD_HINT = re.compile(r"\d(?:[ -]?\d){12}")
SSN_DASHED = re.compile(r"(?<![\w.-])(\d{3})-(\d{2})-(\d{4})(?![\w-]|\.\d)")
SSN_SPACED = re.compile(r"(?<![\w.-])(\d{3}) (\d{2}) (\d{4})(?![\w-]|\.\d)")
SSN_CONTEXT = re.compile(
    r"(?i)(?:ssn|social security|social sec|social|seguro social|seguridad social)\b"
    r"[^\d\n]{0,30}$"
)
SSN_BARE = re.compile(r"(?<![\w.+-])(\d{3})(\d{2})(\d{4})(?![\w-]|\.\d)")
#: Words right after a number, on its line, naming it a social security number ("..., my
#: SSN"), unless they lead another number.
SSN_AFTER = re.compile(
    r"(?i)[ \t,;:(\-\u2013]*"
    # An aside on how it is written first ("..., without dashes, that's my SSN").
    r"(?:(?:with|without|no)[ \t]+(?:any[ \t]+|the[ \t]+)?(?:dashes|hyphens|spaces|gaps"
    r"|separators)[ \t,;:)\-\u2013]*)?"
    r"(?:(?:is|was|my|mi|mon|ma|meu|minha|mein|meine|the|el|la|de|del|es|est|ist|o|a|that's"
    r"|that’s|thats|that|it's|it’s|its|which|this)[ \t]+){0,3}"
    r"(?:ssn|social security|seguro social|seguridad social)\b"
    # Not the label of the next number ("4821 SSN 523-81-..."), even one a long value's
    # piece ends before ("4821 Social Security No.").
    r"(?![^\d\n]{0,20}\d|[ \t]*(?i:no\.|nr\.|#|:))"
)
#: Part of every match of SSN_DASHED, SSN_SPACED and SSN_BARE, and of IPV4: a text
#: without it has no match, found several times faster (no look-behind to try at each
#: character). Change them with those patterns (tests/test_pii_long_values.py checks).
SSN_DASHED_HINT = re.compile(r"\d{3}-\d{2}-\d")
SSN_SPACED_HINT = re.compile(r"\d{3} \d{2} \d")
SSN_BARE_HINT = re.compile(r"\d{9}")
#: Words near a number that make it a caller's phone number even when it is mistyped.
PHONE_WORDS_BEFORE = re.compile(
    r"(?i)\b(?:phone|mobile|cell|telephone|tel|whatsapp|callback|call(?:ed)? (?:me )?back"
    r"|teléfono|telefono|telefonnummer|téléphone|portable|handy)\b[^\d\n]{0,25}$"
)
PHONE_WORDS_AFTER = re.compile(
    r"(?i)^[^\d\n]{0,25}\b(?:phone|mobile|cell|callback|whatsapp)(?: number)?\b"
)
#: A verb of calling or texting right before a number: it is a phone number.
CALL_VERB_BEFORE = re.compile(
    r"(?i)\b(?:transfer(?:r?ing|r?ed|s)?(?: the)?(?: caller| call)? to|forward(?:ing|ed)?"
    r"(?: the)?(?: call)? to|call(?:ing|ed|s)?(?: to)?|dial(?:l?ing|l?ed)?|(?:sms|text)"
    r"(?: \w+)?(?: sent)? to|anruf an|llamada(?: transferida)? al?|appel vers|chiamata a"
    r"|ligação para)\s*[:(]?\s*$"
)
#: A caller, customer or user, in the sentence around a mistyped number.
CALLER_WORDS = re.compile(
    r"(?i)\b(?:caller|customer|user|client|cliente|kunde|patient|my|their|her|his|me)\b"
)
IBAN_CANDIDATE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})(\d{2})((?: ?[A-Z0-9]){10,34})")
IPV4 = re.compile(
    r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
    r"(?![\d]|\.\d)"
)
IPV4_HINT = re.compile(r"\d\.\d")
IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")
IP_CONTEXT = re.compile(
    r"(?i)(?:(?:remote|client|src|source|user|caller)_?(?:addr|address|ip)"
    r"|client|caller|customer|user|remote|peer|source|src|origin|forwarded(?:-for)?"
    r"|x-real-ip|ip address|ip addr)\b[^\d\n]{0,12}$"
)

# -- dates of birth, addresses, speech ----------------------------------------------------

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE = (
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}})"
)
DOB_TEXT = re.compile(
    r"(?i)\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|birthday|born(?: on)?)"
    rf"[\s:=,'\"-]{{0,4}}(?:is\s+|was\s+)?({DATE})"
)
DOB_VALUE = re.compile(rf"(?i)^\s*{DATE}\s*$|^\s*\d{{8}}\s*$")

_SUFFIX_ANY_CASE = r"(?:street|avenue|boulevard|road|lane|drive|parkway|highway|terrace)"
_SUFFIX_CAPITAL = (
    r"(?:St|Ave|Rd|Blvd|Ln|Dr|Ct|Court|Way|Pl|Place|Pkwy|Cir|Circle|Hwy|Sq|Square|Trail"
    r"|Close|Crescent|Gardens|Grove|Mews|Row|Street|Avenue|Road|Lane|Drive|Terrace|Parkway"
    r"|Boulevard|Highway)"
)
ADDRESS_EN = re.compile(
    r"\b\d{1,6}[A-Za-z]?(?:-\d{1,4})?\s+(?:[NSEW]\.?\s+)?"
    rf"(?:(?:[A-Za-z][A-Za-z'\-]+\.?\s+){{1,3}}(?i:{_SUFFIX_ANY_CASE})\b"
    rf"|(?:[A-Z][A-Za-z'\-]+\.?\s+){{1,3}}{_SUFFIX_CAPITAL}\b)\.?"
    r"(?:,?\s+(?:Apt|Suite|Unit|Ste|#)\.?\s*[\w-]+)?"
    r"(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?"
    r"(?:,?\s+(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}))?"
)
ADDRESS_EU = re.compile(
    r"\b[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|str\.|weg|allee|platz|gasse|damm)\s+\d{1,4}[a-z]?\b"
    r"(?:,\s*\d{5}\s+[A-ZÄÖÜ][a-zäöüß]+)?"
    r"|\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Pp]lace|[Cc]hemin"
    r"|[Aa]llée|[Ii]mpasse|[Qq]uai)\s+(?:(?:de la|de|du|des|d'|l')\s*)?[A-ZÀ-Ý][\w'\-]+"
    r"|\b(?:Via|Viale|Piazza|Corso|Calle|Avenida|Plaza|Paseo|Carrer|Rua)\s+"
    r"(?:(?:de|del|della|di|da|do|dos|das|la|las|los)\s+)*[A-ZÀ-Ý][a-zà-ÿ'\-]+"
    r"(?:\s+[A-ZÀ-Ý][a-zà-ÿ'\-]+)?,?\s+\d{1,4}\b"
    r"|\bP\.?\s?O\.?\s?Box\s+\d{1,6}\b"
)
POSTCODE_VALUE = re.compile(
    r"^\s*(?:\d{5}(?:-\d{4}|-\d{3})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{4}(?:\s?[A-Z]{2})?"
    r"|\d{2}-\d{3}|\d{3}\s\d{2}|\d{3}-\d{4})\s*$"
)

#: Markers after which a developer message quotes speech outright: the rest is content
#: unless it reads as a developer's own words (``DEV_WORDS``).
SPEECH_MARKER_STRONG = re.compile(
    r"(?i)\b(?:said|says|transcript|transcription|transcribed|utterance|heard|asked|stt|asr"
    r"|reply|replied|answer|answered|completion|hypothesis|spoke|spoken|nlu fallback"
    r"|no intent matched|intent not matched|unrecognized input|could not understand)\b"
    r"[^:=\n]{0,25}[:=]\s*"
    r"|\b(?:user|caller|customer|assistant|agent|bot|client)\s*[:=]\s*"
)
#: Words that introduce what a caller said: the text after them (after ``:`` or ``=``) is
#: the caller's, whatever it holds.
SPEECH_MARKER = re.compile(
    r"(?i)\b(?:said|says|say|transcript|transcription|utterance|heard|caller|user|customer"
    r"|speech|asked|input)\b[^:=\n]{0,25}[:=]\s*"
)
#: A word, or a run of digits: the tokens of a number read out in words.
WORD_OR_DIGITS = re.compile(r"[^\W\d_]+|\d+")
PROSE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
QUOTED = re.compile(r"'([^'\n]{8,})'|\"([^\"\n]{8,})\"|“([^”\n]{8,})”")
JSON_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"(\s*:)?')

# -- tables --------------------------------------------------------------------------------

#: IBAN length per country (SWIFT IBAN registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30,
    "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22,
    "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip

#: Regions tried for numbers written without a country code, by their first digit.
REGIONS_TRUNK_ZERO: tuple[str, ...] = ("GB", "FR", "DE", "AU", "IT", "NL", "IN", "SE", "FI", "TR",
                                       "JP", "AT", "CH", "BE", "BR")  # fmt: skip
#: Canada after the US: the North American plan's other area codes (506, 709, 867...).
REGIONS_OTHER: tuple[str, ...] = ("US", "CA", "ES", "IT", "IN", "MX", "BR", "PL", "CZ")

# -- numbers read out in words ------------------------------------------------------------

#: A run of digit words and short digit groups: the words are checked one by one after.
SPOKEN_RUN = re.compile(r"(?i)(?<![\w-])(?:(?:[^\W\d_]{1,11}|\d{1,4})(?:[ ,.\-]{1,3}|$)){7,}")

# -- names in developer messages ----------------------------------------------------------

#: Words naming a person in a developer message, several languages, or a name field.
NAME_INTRO = re.compile(
    r"(?:\b(?i:customer|caller|callee|patient|contact|client|member|guest|subscriber"
    r"|account holder|cardholder|applicant|passenger|user|recipient|beneficiary|cliente"
    r"|kunde|kundin|klant|klient|kund|paziente|paciente|müşteri|asiakas|zákazník|pacjent"
    r"|mr|mrs|ms|miss|dr|herr|frau|sr|sra|señor|señora|m|mme|mlle|sig|sig\.ra|signor"
    r"|signora|dhr|mevr|pani|fru|created contact|for contact"
    r"|(?:escalated|transferred|assigned|forwarded|handed over) to|spoke with|speaking with"
    r"|(?:handled|booked|requested|submitted|placed|signed) by|named)\b\.?"
    r"|\b(?i:name|cnam|caller id)(?:\s+lookup)?(?:\s+returned)?\s*[:=]?"
    r"|\b(?i:[a-z_]*(?:full_?name|first_?name|last_?name|caller_?name|customer_?name"
    r"|contact_?name|cnam|holder_?name|patient_?name|surname))\s*[:=])"
    r"\s*['\"“]?(?=\S)"
)
#: One capitalised word of a name (any script), or a lower-case particle inside one.
#: Initials, then a surname ("held for J. R. Okonkwo"); "U.S." is no name. One initial
#: only after a word that takes a person ("by A. Nowak"): "option A. Then" is no name.
INITIALS_SURNAME = re.compile(
    r"(?:(?<=[a-z,:] )(?=(?:[A-Z]\. ?){2})|\b(?:for|by|with|to|from|and|agent|caller|customer"
    r"|patient|contact|client|user|member|guest) )"
    r"((?!U\.[SK]\.)(?:[A-Z]\. ?){1,3}([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?))(?![\w.])"
)
#: A given name, a Dutch, German or Arabic particle, a surname ("Jan van der Berg").
PARTICLE_NAME = re.compile(
    r"\b([A-Z][a-z]+) (?:van der|van den|van de|van|von der|von|ter|ten|bin|binti|ibn)"
    r" ([A-Z][a-z'’]+)\b"
)
#: An error quoting two to four capitalised words as the missing key or record.
QUOTED_NAME_IN_ERROR = re.compile(
    r"(?:\b(?:KeyError|LookupError|NotFound\w*|DoesNotExist)\b:?\s*|(?i:\bno (?:such )?"
    r"(?:user|contact|customer|patient|caller|record|person) (?:named )?))['\"]"
    r"((?:[A-Z][a-z'’\-]+ ){1,3}[A-Z][a-z'’\-]+)['\"]"
)
NAME_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-])*\.?")

# -- e-mails written out in words ---------------------------------------------------------

OBFUSCATED_EMAIL = re.compile(
    r"(?i)(?<![\w.])([a-z0-9][\w\-]*(?:(?:\s+(?:dot|punto|point|punkt|ponto|piste|tečka"
    r"|kropka|nokta|punt|точка)\s+|\.)[\w\-]+)*)"
    r"(?:\s*[\[({<]\s*(?:at|arroba|@)\s*[\])}>]\s*|\s+(?:at|arroba|chiocciola|klammeraffe"
    r"|snabel-a|miukumauku|zavináč|małpa|arobase|apenstaartje|собака)\s+)"
    r"([a-z0-9][\w\-]*(?:(?:\s*[\[({<]\s*(?:dot|punto|point|punkt|ponto)\s*[\])}>]\s*"
    r"|\s+(?:dot|punto|point|punkt|ponto|piste|tečka|kropka|nokta|punt|точка)\s+|\.)"
    r"[a-z0-9][\w\-]*)+)"
)

# -- more secrets -------------------------------------------------------------------------

#: A secret on a command line after a flag naming it: ``--api-key X``, ``--password=X``.
CLI_SECRET = re.compile(
    r"(?i)(?<![\w-])--?(?:[a-z0-9]+[-_])*(?:password|passwd|pwd|passphrase|secret|token"
    r"|api[-_]?key|apikey|auth[-_]?token|access[-_]?key|secret[-_]?key|private[-_]?key"
    r"|credentials?|auth|key)(?:=|\s+)[\"']?([^\s\"'=-][^\s\"']{3,})"
)
#: curl's ``-u user:password`` and ``--user user:password``.
CLI_USER_PASSWORD = re.compile(r"(?<![\w-])(?:-u|--user)\s+[^\s:]+:([^\s\"']{4,})")
#: A key's words in a message, then the key unquoted: "auth token 3c9f... rejected".
SECRET_UNQUOTED = re.compile(
    r"(?i)\b(?:api[ _-]?key|auth(?:entication)?[ _-]?token|access[ _-]?token|bearer[ _-]?token"
    r"|refresh[ _-]?token|secret(?:[ _-]?key)?|password|passwd|token|credential|clave|clé"
    r"|schlüssel|chiave|senha|jeton|passwort|contraseña"
    # A provider's name and "key": "deepgram key 3f9a...", "the openai key was sk-...".
    r"|(?:deepgram|openai|elevenlabs|eleven labs|cartesia|assemblyai|twilio|telnyx|vonage"
    r"|plivo|livekit|daily|groq|anthropic|gemini|mistral|cohere|azure|aws|gcp|google"
    r"|stripe|sendgrid|mailgun|signing|webhook|private|service|master|license|licence)"
    r"[ _-]?keys?)s?\b"
    r"[:=]?\s*(?:(?:is|was|of|for|provided|given|used|value)[:=]?\s+){0,2}"
    r"([A-Za-z0-9][A-Za-z0-9_\-+/=.]{19,})"
)
#: A lower-case hex string of provider-token length (Twilio 32, Deepgram 40).
HEX_TOKEN = re.compile(r"[0-9a-f]{24,64}|[0-9A-F]{24,64}")

# -- IP addresses in messages -------------------------------------------------------------

#: Words before an address that make it a client's in a developer message.
IP_MESSAGE_CONTEXT = re.compile(
    r"(?i)\b(?:from|ip|ips|address|addr|visitor|device|login|blocked|banned|throttled"
    # An address looked up for where it is: a visitor's, geolocated.
    r"|requests?|geoip|geolocat\w*|geo)\b[^\d\n]{0,12}$"
)
#: A catalogue or order reference word right before a number: the number is its reference.
#: Kept by hand, like every context word here: no library says what a word makes a number.
REF_BEFORE = re.compile(
    r"(?i)\b(?:sku|skus|part(?: no\.?| number)?|item|product|model|serial(?: no\.?)?"
    r"|catalog(?:ue)?|article|art\.?(?: ?nr\.?)?|ref\.?|reference)[\s:#=]{1,3}$"
)
#: Sec-WebSocket-Protocol carrying a credential (``token, <key>``: Deepgram, others).
#: Kept by hand: detect-secrets' rules are per provider token shape, and this one is a
#: header convention around a key of any shape.
WS_PROTOCOL_TOKEN = re.compile(
    r"(?i)(?<![\w-])(?:token|bearer|access_token|authorization)\s*,\s*([A-Za-z0-9._~+/=-]{16,})"
)
#: An HTTP request line after an address in a log line: the address is the client's.
REQUEST_AFTER = re.compile(r"\s+\"?(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /")
#: Words before an address that make it a server's, a resolver's or a proxy's.
SERVER_WORDS = re.compile(
    r"(?i)\b(?:server|servers|upstream|host|hostname|dns|resolver|nameserver|gateway"
    r"|proxy|load balancer|balancer|lb|endpoint|backend|remote end|node|cluster|database|db"
    r"|redis|broker|cdn|origin server|connect(?:ing|ed)? to|resolved to|listening on|bind"
    r"|peer closed|ntp|smtp|turn|stun|relay|sbc|media server|rtp|carrier|trunk|edge|ingress"
    r"|egress|vpn|nat|signaling|signalling|pbx|webhook|health ?(?:check|probe)|probe|crawler"
    r"|twilio|telnyx|vonage|plivo|livekit|daily|aws|gcp|azure|cloudflare|akamai|fastly)\b"
    r"[^\n]{0,25}$"
)
#: Words right after an address that make it a provider's, a bot's or an allowlisted one.
PROVIDER_AFTER = re.compile(
    r"(?i)[^\n]{0,30}?\b(?:twilio|telnyx|vonage|plivo|livekit|googlebot|bingbot|crawler|bot"
    r"|allowlist|allowlisted|whitelist|whitelisted|health ?check)\b"
)
#: Words before an address that make it a version or an OID, not an address.
VERSION_WORDS = re.compile(
    r"(?i)(?:\b(?:version|ver|build|release|revision|rev|sdk|firmware|oid|driver|patch"
    r"|update|v)\b[^\d\n]{0,12}|\bv)$"
)

# -- phone context, more languages --------------------------------------------------------

#: Words close before a number that name it a phone number, in several languages.
PHONE_NUMBER_WORDS = re.compile(
    r"(?i)(?:\b(?:(?:callback|call-back|contact|return|their|his|her|my|the caller's"
    r"|customer's|caller's|phone|mobile|cell|telephone)\s+number|number to call"
    r"|reach (?:me|them|him|her) (?:at|on)|ring (?:me |them |him |her )?back (?:at|on)"
    r"|call from|calls? received from|missed call from|sms from|text from"
    r"|número(?: de)? (?:teléfono|telefone|celular|móvil|contacto)|numéro de (?:téléphone"
    r"|portable|mobile)|numero di (?:telefono|cellulare)|(?:rück)?rufnummer|handynummer"
    r"|telefonnummer|telefoonnummer|numer telefonu|telefon numarası|puhelinnumero"
    r"|telefonní číslo|mobilnummer|teléfono|telefone|telefono|téléphone|telefon|puhelin)\b"
    r"[^\d\n]{0,20}$)"
)
#: The Ofcom drama range for mobiles (07700 900000-900999): libphonenumber calls it
#: invalid, yet it stands for a UK mobile number in every test and script that uses it.
OFCOM_DRAMA_MOBILE = re.compile(r"(?:44|0)7700900\d{3}")

# -- addresses in more languages ----------------------------------------------------------

_STREET_SUFFIXES = (
    r"straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|straat|laan|plein"
    r"|gracht|kade|singel|dijk|steeg|gatan|vägen|gata|väg|gränd|torget|gade|vej|stræde|allé"
    r"|katu|tie|kuja|polku|raitti|väylä"
)
#: Compound street names (``Keizersgracht 221``, ``Storgatan 14``, ``Vesterbrogade 42``).
ADDRESS_COMPOUND = re.compile(
    rf"\b[A-ZÀ-ÞÄÖÜÅØÆ][a-zà-ÿäöüßåøæ\-]*(?:{_STREET_SUFFIXES})\s+\d{{1,4}}(?:\s?[A-Za-z])?\b"
    r"(?:,?\s+(?:\d{3}\s?\d{2}|\d{4}\s?[A-Z]{2}|\d{4,5})?\s*[A-ZÀ-Þ][\wà-ÿ\-]+)?"
)
#: A street word before the name, several languages (``ul. Długa 17``, ``Rua das Flores 128``).
ADDRESS_PREFIXED = re.compile(
    r"\b(?:ul\.|al\.|pl\.|os\.|Rua|Avenida|Av\.|Travessa|Praça|Alameda|Estrada|Calle|C/"
    r"|Plaza|Paseo|Camino|Carrer|Ronda|Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Rue"
    r"|Avenue|Boulevard|Chemin|Allée|Impasse|Quai|Route)\s+"
    r"(?:(?:de|del|della|dei|di|da|do|dos|das|la|las|los|le|les|du|des|d'|l')\s*)*"
    r"[A-ZÀ-ÞĄĆĘŁŃÓŚŹŻ][\wà-ÿąćęłńóśźż'\-]+(?:\s+[A-ZÀ-ÞĄĆĘŁŃÓŚŹŻ][\wà-ÿąćęłńóśźż'\-]+){0,3}"
    r",?\s+(?:n[º°o.]\s*)?\d{1,5}\b"
)
#: Turkish addresses: ``Atatürk Caddesi No: 45``, ``Lale Sokak No 3``.
ADDRESS_TR = re.compile(
    r"\b[A-ZÇĞİÖŞÜ][\wçğıöşü]+\s+(?:Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sk\.|Bulvarı|Blv\.)"
    r"(?:\s+No\s*:?\s*\d{1,4}[A-Za-z]?)?"
)
#: Czech and Slovak house numbers: ``Vinohradská 1511/230``, then a postcode.
ADDRESS_SLASH = re.compile(
    r"\b[A-ZÀ-ŽČŘŠŽ][\wà-žčďěňřšťůž]+(?:\s+[A-ZÀ-Ž]?[\wà-žčďěňřšťůž]+)?\s+\d{1,5}/\d{1,4}[a-z]?"
    r",\s*\d{3}\s?\d{2}\s+[A-ZÀ-Ž]"
)
#: A named street and a town, without a number (``Abbey Road, London``).
ADDRESS_NO_NUMBER = re.compile(
    r"\b(?:[A-Z][a-z'\-]+\s+){1,3}(?:Street|Road|Avenue|Lane|Drive|Boulevard|Square|Place"
    r"|Crescent|Close|Gardens|Terrace|Row|Walk|Mews|Hill|Way)\b,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
    rf"|\b[A-ZÀ-ÞÄÖÜ][a-zà-ÿäöüß\-]*(?:{_STREET_SUFFIXES}),\s*[A-ZÀ-Þ][\wà-ÿ\-]+"
)
ADDRESS_HINTS = ("gracht", "straat", "laan", "gat", "väg", "vej", "gade", "katu", "tie", "ul.",
                 "al.", "Rua", "Cad", "Sok", "Sk.", "Bulv", "/", "Road", "Street", "Lane",
                 "Avenue", "ring", "ufer", "plein", "kade", "allé", "stræde", "kuja", "Largo",
                 "Vicolo", "Camino", "Ronda", "Travessa", "Praça", "Alameda")  # fmt: skip

# -- dates of birth in more languages -----------------------------------------------------

#: Words for a birth date in the corpora's languages; a date follows within a few words.
DOB_WORDS = re.compile(
    r"(?i)\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|birthday|born(?: on| in)?"
    r"|fecha de nacimiento|nacid[oa](?: el)?|geburtsdatum|geboren(?: am)?|date de naissance"
    r"|né(?:e)? le|nat[oa] il|data di nascita|data de nascimento|nascid[oa] em"
    r"|geboortedatum|geboren op|födelsedatum|född|fødselsdato|født|syntymäaika(?:ni|si|nsa)?"
    r"|syntynyt"
    r"|datum narození|narozen[aá]?|data urodzenia|urodzon[ya]|urodził[ae]?m? się|urodził[ao]? się"
    r"|nac[ií](?: el)?|nacimos|je suis née? le|sono nat[oa] il|nasci em|ich wurde am"
    r"|doğum tarihi|doğum|doğdum"
    # Cyrillic, Greek, Devanagari, Arabic, Hebrew, Vietnamese, Indonesian, Thai.
    r"|дата рождения|дата народження|д\.\s?р\.|родил(?:ся|ась)|народи(?:вся|лася)"
    r"|роден[ао]?|ημερομηνία γέννησης|ημ/νία γέννησης|γεννήθηκα|γεννημένος|γεννημένη"
    r"|जन्म तिथि|जन्मतिथि|जन्म दिनांक|जन्म की तारीख|पैदा हुआ|पैदा हुई|जन्म"
    r"|تاريخ الميلاد|تاريخ ميلادي|ولدت في|ولدت|תאריך לידה|תאריך הלידה|נולדתי|נולדה|נולד"
    r"|ngày sinh|sinh ngày|sinh năm|tanggal lahir|lahir pada|lahir"
    # Swahili (nilizaliwa, alizaliwa, tarehe ya kuzaliwa), Tagalog, Romanian, Slovak.
    r"|\w{0,6}zaliwa|ipinanganak|kapanganakan|născut[ăa]?|nascut[ăa]?|data nașterii"
    r"|data naşterii|data nasterii|dátum narodenia|narodil[a]? sa|narodená|narodený"
    # Czech "narodila jsem se", Hungarian "születtem", "születési dátum", "szül.".
    r"|narodil[a]?(?: jsem)? se|születtem|született|születési (?:dátum|idő)"
    r"|szül\.)(?!\w)"
    # Scripts without spaces: no word boundary around the birth word.
    r"|生年月日|出生日期|出生于|出生於|生日|誕生日|생년월일|생일|วันเกิด|เกิดวันที่|เกิดเมื่อ"
    # Persian, Urdu, Bengali, Tamil, Telugu, Marathi.
    r"|تاریخ تولد|متولد|تاریخ پیدائش|پیدائش|জন্ম ?তারিখ|জন্মেছি|জন্ম"
    r"|பிறந்த தேதி|பிறந்தேன்|பிறந்தது|పుట్టిన తేదీ|జన్మ తేదీ|जन्मतारीख|जन्म तारीख"
    # Abbreviations ending in a dot: German "geb.", Polish "ur.".
    r"|\b(?:geb|ur)\."
    r"|(?i:\bnasci(?: no)?(?: dia)?(?!\w))"
)
#: A month word in any script: letters and the combining marks inside Devanagari, Thai
#: and other Brahmic words (सितंबर, กุมภาพันธ์), which ``\w`` leaves out.
_MONTH_WORD = r"[^\W\d_](?:[^\W\d_]|[\u0900-\u0dff\u0e31-\u0e4e\u0300-\u036f]){2,13}"
#: A year, maybe after an era: Buddhist (พ.ศ. 2528), Common Era words.
_YEAR = r"(?:(?:พ\.\s?ศ\.|ค\.\s?ศ\.|B\.E\.|CE|AD)\s?)?\d{4}"
#: An English day said as an ordinal word ("the twenty-first of June").
_ORDINAL_DAY = (
    r"(?i:(?:the\s+)?(?:(?:twenty|thirty)[\s-])?(?:first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
    r"|seventeenth|eighteenth|nineteenth|twentieth|thirtieth))"
)
#: A date after a birth word: numeric, ISO, or day + month word (any language) + year.
_DOB_DATE = (
    r"(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
    # Czech and Slovak space after each dot: "4. 6. 1966".
    r"|\d{1,2}\.\s\d{1,2}\.\s?\d{4}"
    # Danish and Norwegian day/month, a space, the year: "6/11 1948".
    r"|\d{1,2}/\d{1,2}\s\d{4}"
    # Hungarian year first with a space after each dot: "1987. 11. 23.".
    r"|\d{4}\.\s\d{1,2}\.\s\d{1,2}"
    # Vietnamese: "12 tháng 5 năm 1991", "ngày 12 tháng 5, 1991".
    r"|\d{1,2}\s+(?i:tháng)\s+\d{1,2},?\s+(?:(?i:năm)\s+)?\d{4}"
    # Vietnamese year first: "1991, ngày 12 tháng 5".
    r"|\d{4},?\s+(?i:ngày)\s+\d{1,2}\s+(?i:tháng)\s+\d{1,2}"
    # Year first with a year word: Georgian "1985 წლის 3 მაისს", Armenian "1985 թ. մայիսի
    # 3", Lithuanian "1985 m. gegužės 3 d.", Latvian "1985. gada 3. maijā".
    rf"|\d{{4}}\s+წლის\s+\d{{1,2}}\s+{_MONTH_WORD}|\d{{4}}\s?թ\.?\s+{_MONTH_WORD}\s+\d{{1,2}}"
    rf"|\d{{4}}\s?m\.\s+{_MONTH_WORD}\s+\d{{1,2}}(?:\s?d\.)?"
    rf"|\d{{4}}\.\s+gada\s+\d{{1,2}}\.\s+{_MONTH_WORD}"
    # Basque: "1970eko maiatzaren 3an".
    rf"|\d{{4}}e?ko\s+{_MONTH_WORD}\s+\d{{1,2}}(?:e?an)?"
    # Hungarian year first: "1971. november 2-án".
    rf"|\d{{4}}\.\s+{_MONTH_WORD}\s+\d{{1,2}}\.?(?:-?[áaée]n)?"
    # Day, month word, year; Tagalog "ika-4 ng Marso 1992".
    rf"|\d{{1,2}}(?:\.|st|nd|rd|th)?\s+(?:de\s+|of\s+|ng\s+)?{_MONTH_WORD}\.?,?\s+(?:de\s+)?"
    rf"{_YEAR}"
    rf"|{_ORDINAL_DAY}\s+(?:of\s+)?{_MONTH_WORD},?\s+\d{{4}}"
    # A two-digit year after a day and month word: "born 14 Mar 62".
    rf"|\d{{1,2}}\s+{_MONTH_WORD}\.?\s+\d{{2}}(?![\d:])"
    rf"|{_MONTH_WORD}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{8}}"
    # A two-digit year after a month word ("13 February '93", "Feb 13 '93").
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[^\W\d_]{3,10}\.?,?\s+['’]\d{2}"
    r"|[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+['’]\d{2}"
    r"|(?:昭和|平成|令和|大正)?\s?\d{1,4}年\s?\d{1,2}月\s?\d{1,2}日"
    r"|\d{2,4}년 ?\d{1,2}월 ?\d{1,2}일)(?:\b|(?<=[日일]))"
)
DOB_AFTER = re.compile(r"[^\d\n]{0,30}?" + _DOB_DATE)
#: A date, then a word saying it is a birth: Japanese 生まれ, Chinese 出生, Korean 생 or
#: 태어났, Russian "года рождения", German and Dutch "geboren" are read date first.
DOB_BEFORE = re.compile(
    r"((?:昭和|平成|令和|大正)?\s?\d{1,4}年\s?\d{1,2}月\s?\d{1,2}日"
    r"|\d{2,4}년\s?\d{1,2}월\s?\d{1,2}일"
    r"|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}"
    r"|\d{1,2}\.?\s+[^\W\d_]{3,10}\s+\d{4})"
    # Not 生産 / 생산 (production), 생성 (creation): a date of making, not of birth.
    r"\s?(?:に|で|에)?\s?(?:生まれ|出生|태어|출생|생(?![산성활방])"
    r"|(?:года|г\.)\s+рождения|г\.\s?р\.|року народження"
    # German and Dutch put the birth word last: "ich bin am 5. Juli 1969 geboren".
    r"|(?i:geboren)\b)"
)
#: What every DOB_BEFORE birth word holds: a text without one has no match.
DOB_BEFORE_HINTS = ("生", "태어", "출생", "생", "рожд", "р.", "народж", "geboren")
#: A birth question closing one conversation turn in JSON, the date in the next turn;
#: the turns may nest their text (``"parts": [{"content": ...}]``), so several brackets
#: may close one turn and open the next.
DOB_NEXT_TURN = re.compile(
    r"[^\d\n{}]{0,40}?\}(?:\s*[\]}]){0,4}\s*,\s*\{(?:[^\d\n{}\[]{0,100}?[\[{]){0,4}"
    r"[^\d\n{}]{0,100}?" + _DOB_DATE
)

#: Words that announce a street address in a message, then the address (name + number).
ADDRESS_CONTEXT = re.compile(
    r"(?i:\b(?:address|adresse|adres|adresa|dirección|direccion|indirizzo|endereço|endereco"
    r"|osoite|deliver(?:y|ing)? to|ship(?:ping)? to|located at|lives? at|wohnt in))"
    r"\W{0,3}(?:is\s+)?"
    r"((?:[A-ZÀ-ŽĄĆĘŁŃÓŚŹŻ][\w.'\-]*\s+){1,4}\d{1,5}[A-Za-z]?(?:/\d{1,4})?"
    r"(?:,\s*(?:\d{2,3}[ -]?\d{2,3}\s+)?[A-ZÀ-ŽĄĆĘŁŃÓŚŹŻ][\w\-]+)?"
    r"|\d{1,5}[A-Za-z]?\s+(?:[A-ZÀ-Ž][\w.'\-]*\s*){1,4}(?:,\s*[A-ZÀ-Ž][\w\-]+)?)"
)
#: A toll-free or published line right after words that make it the organisation's.
ORG_LINE_BEFORE = re.compile(
    r"(?i)\b(?:our|hotline|helpline|support line|support number|toll-free|toll free"
    r"|freephone|main line|switchboard|customer service|(?:call|text|reach|contact) us(?: at| on)?"
    r"|outbound caller ?id|caller ?id (?:is )?set to|purchased|provisioned|from number"
    r"|front desk|reception"
    r"|(?:clinic|office|store|shop|practice|restaurant|hotel|salon|pharmacy|business|company)"
    r"(?:'s)? (?:main )?(?:number|line|phone|fax))\b"
    r"[^\d\n]{0,15}$"
    # "our office number is": a few words may sit between "our" and the number.
    r"|(?i:\bour\b)[^\d\n.;]{0,25}$"
)

#: Worth a look for a national identifier: 8+ digits, or letters around a digit run.
ID_CANDIDATE = re.compile(
    r"\d{8}|\d{4}\.\d{2}\.\d{3}|[XYZxyz]-\d{7}|\d{3}[ .-]\d{3}|[A-Za-z]\d{2,}[A-Za-z]"
    r"|\d{4} \d{4} \d{4}|\d{2} \d{2} \d{2}"
)
#: A password in SQL: ``PASSWORD '...'`` (PostgreSQL, Oracle), ``IDENTIFIED BY '...'``, and
#: in double quotes (Oracle's quoted passwords, and SQL written inside a script's string).
SQL_PASSWORD = re.compile(r"""(?i)\b(?:password|identified\s+by)\s+['"]([^'"\n]{4,})['"]""")
#: A password told in words: "the password is X", "mi contraseña es X".
SPOKEN_PASSWORD = re.compile(
    r"(?i)\b(?:password|passcode|passwort|contraseña|mot de passe|senha|wachtwoord|hasło)"
    r"\s+(?:is|es|est|ist|é|è|was|:)\s+(\S{6,})"
)
#: Card digits in four groups split by dots (``4142.6110.6824.1962``): not an IP (groups of 4).
CARD_DOTTED = re.compile(r"(?<![\w.])\d{4}\.\d{4}\.\d{4}\.\d{1,4}(?![\w]|\.\d)")
#: A value that is one hex or UUID-shaped id: no national identifier inside.
HEX_ID = re.compile(r"[0-9a-fA-F]{8,}(?:-[0-9a-fA-F]{4,})*|[\w]{2,12}[-_][0-9a-fA-F]{12,}")
