"""Secrets a person says or pastes in a conversation, by the words that announce them.

Whoever holds these passes as the person, so each is a secret like a password:

- a new password, said after the verb that sets it ("reset it to ...", "cámbiala a ...",
  "setz es auf ...") or after "new password" in the caller's language;
- a number-porting PIN or transfer code ("port-out PIN", "PAC", "code RIO", "NIP de
  portabilidad", "Portierungscode");
- a wallet's recovery (seed) words: a run of twelve or more lower-case words after their
  cue ("recovery words", "frase semilla", "phrase de récupération");
- two-factor backup codes: every code of the list after "backup codes", "códigos de
  respaldo", "Backup-Codes" (their groups of digits are no phone numbers);
- the answer to a security question ("secret answer: ...", "my mother's maiden name is
  ...", "meine Sicherheitsantwort lautet ...").

Each value must have its class's shape: a password mixes letters with digits or marks, a
PIN or code holds a digit, recovery words hold no sentence's little words, an answer is
a few words that are no verdict on it ("wrong", "required"). Look-alikes stay clean:
"reset it to factory settings", a PIN's length or rules, a booking or order code, a
question asking for an answer.

Kept by hand: no package lists these announcing words across languages.
"""

from __future__ import annotations

import re

from . import vocabulary as voc
from .hints import holds_any
from .hit import Hit, placeholder
from .mask import MASKERS
from .one_time_codes import TOLD

__all__ = ["find_said_secrets"]

#: Literal pieces every cue below holds one of (case as written), each a piece of one word:
#: the gate, asked of a long text's distinct words.
_HINTS = (
    # setting a password
    "set", "Set", "SET", "hange", "HANGE", "pdate", "ake", "witch", "assword", "ASSWORD",
    "asscode", "ambia", "ámbia", "ontraseña", "lave", "ponl", "Ponl", "stablec", "etz", "tell",
    "nder", "asswort", "ennwort", "ettez", "ets-", "emets", "ettre", "éinitialis", "passe",
    "uda", "ude", "roca", "roque", "ltera", "ltere", "edefin", "oloc", "enha", "mposta", "etti",
    "zet", "Zet", "erander", "ijzig", "achtwoord", "PIN", "pin", "Pin",
    # porting
    "ransfer", "ort", "ORT", "igration", "ccount", "PAC", "pac", "Pac", "STAC", "stac", "NIP",
    "RIO", "rio", "ortabili", "odice", "ódigo", "odigo", "ortierung", "echsel", "verstapcode",
    # recovery words
    "ecovery", "ECOVERY", "eed", "EED", "allet", "estore", "nemonic", "nemónic", "némonique",
    "emilla", "écupération", "ecuperation", "ecrète", "iederherstell", "ecupera", "ecupero",
    "emente", "erstel", "ords", "ORDS", "alabras", "mots", "örter", "arole", "alavras",
    "oorden",
    # backup codes
    "ackup", "ACKUP", "ack-up", "2FA", "2fa", "MFA", "mfa", "actor", "mergenc", "escue", "pare",
    "espaldo", "eserv", "iserva", "ecours", "auvegarde", "icherungs", "otfall", "rsatz",
    "apasow", "dzyskiw",
    # security answers
    "nswer", "NSWER", "ecurity", "afety", "ecret", "emorable", "aiden", "irst", "espuesta",
    "oltera", "ascota", "éponse", "eponse", "nimal", "fille", "icherheits", "eheim",
    "eburtsname", "ädchenname", "aadchenname", "austier", "esposta", "isposta", "ubile",
    "eisjesnaam",
)  # fmt: skip

# -- a new password ---------------------------------------------------------------------------

#: The verb that sets a password and its object, or "new password", in several languages;
#: the value follows.
_SET_CUE = re.compile(
    r"(?i)(?:\b(?:re-?set|set|change|changed|update|updated|make|switch)\s+"
    r"(?:it|that|this|mine|(?:my|the)\s+(?:password|passcode|pass\s?word|pin|login))"
    r"\s+(?:back\s+)?(?:to|as|into)(?:\s+be)?"
    r"|\bnew\s+(?:password|passcode|pass\s?word|pin)\s+(?:is|will\s+be|should\s+be|would\s+be"
    r"|can\s+be|:)"
    # es
    r"|\b(?:c[áa]mbia|pon|establece|restablece|resetea)(?:la|lo|le)\s+(?:a|en|por|como)"
    r"|\b(?:cambia|cambiar|pon|poner)\s+(?:mi|la)\s+(?:contraseña|clave)\s+(?:a|en|por|como)"
    r"|\bnueva\s+(?:contraseña|clave)\s+(?:es|ser[áa]|sería|:)"
    # pt
    r"|\b(?:mude|muda|mudar|troque|troca|trocar|altere|altera|alterar|redefina|redefinir"
    r"|coloque|coloca)(?:-a|-o)?\s+(?:a\s+)?(?:minha\s+)?(?:senha\s+)?para"
    r"|\bnova\s+senha\s+(?:é|ser[áa]|:)"
    # fr
    r"|\b(?:changez|change|changer|mettez|mets|mettre|remettez|remets|réinitialisez"
    r"|réinitialise)(?:-le|-la)?\s+(?:(?:mon|le)\s+mot\s+de\s+passe\s+)?(?:en|à|a|sur|par)"
    r"|\bnouveau\s+mot\s+de\s+passe\s+(?:est|sera|serait|:)"
    # de
    r"|\b(?:setz|setze|setzen\s+sie|stell|stelle|stellen\s+sie|änder|ändere|ändern\s+sie)"
    r"\s+(?:es|ihn|das|mein\s+passwort|das\s+passwort|mein\s+kennwort)\s+(?:bitte\s+)?"
    r"(?:auf|in|zu)"
    r"|\bneues?\s+(?:passwort|kennwort)\s+(?:ist|lautet|wäre|wird|:)"
    # it
    r"|\b(?:cambia|cambiala|cambialo|imposta|impostala|impostalo|reimposta|reimpostala"
    r"|metti|mettila)\s+(?:la\s+(?:mia\s+)?password\s+)?(?:in|a|su|come)"
    r"|\bnuova\s+password\s+(?:è|sarà|:)"
    # nl
    r"|\b(?:zet|verander|wijzig|reset)\s+(?:het|hem|mijn\s+wachtwoord|het\s+wachtwoord)"
    r"\s+(?:op|in|naar)"
    r"|\bnieuwe?\s+wachtwoord\s+(?:is|wordt|:))"
    r"\s+(\S{6,64})"
)
#: A number with a unit or a time (``10am``, ``21C``, ``5GHz``, ``1080p``): no password.
_MEASURE = re.compile(r"\d+(?:[.,:/-]\d+)*[A-Za-z°]{0,4}")


def _password_like(value: str) -> bool:
    """Letters with digits or marks, mixed like a chosen password; no word, time or amount."""
    if placeholder(value) or _MEASURE.fullmatch(value):
        return False
    letters = sum(ch.isalpha() for ch in value)
    digits = sum(ch.isdigit() for ch in value)
    marks = len(value) - letters - digits
    cased = any(ch.isupper() for ch in value) and any(ch.islower() for ch in value)
    return letters >= 2 and (digits >= 1 or (marks >= 1 and cased))


# -- a porting PIN or a transfer code --------------------------------------------------------

_PORT_CUE = re.compile(
    r"(?i)(?:\b(?:number\s+)?(?:port(?:ing)?(?:[- ]?out)?|number[- ]transfer|transfer"
    r"|switch(?:ing)?|migration|account)\s*[- ]?(?:pin|passcode|code|authori[sz]ation\s+code"
    r"|auth\s+code)\b"
    r"|\b(?:pac|stac)(?:\s+code)?\b|\b(?:nip|pin)\s+de\s+portabilidad|\bc[óo]digo\s+(?:de\s+)?"
    r"(?:portabilidad|portabilidade|transferencia|transferência|migraci[óo]n)"
    r"|\bcode\s+(?:rio|de\s+portabilit[ée]|de\s+transfert)\b|\bportierungs?[- ]?(?:pin|code)"
    r"|\bwechsel-?(?:code|pin)|\bcodice\s+(?:di\s+)?(?:migrazione|trasferimento|portabilit[àa])"
    r"|\boverstapcode)"
)
#: From the cue to its value: a short stretch of its sentence, then a copula or a colon.
_TOLD = re.compile(TOLD + r"[\s\"'«]*")
_CODE = re.compile(
    r"([A-Za-z0-9]{4,16})(?![\w-]|[.,:/]\d)"
    r"(?!\s?(?i:digits?|chars?|characters?|letters?|numbers?|minutes?|days?|hours?)\b)"
)
#: Words right before a porting cue that make the code a bank's or a booking's.
_OTHER_TRANSFER = re.compile(r"(?i)\b(?:bank|wire|swift|bic|sort|booking|order|flight)[\s-]*$")


def _ported(text: str, hits: list[Hit]) -> None:
    for m in _PORT_CUE.finditer(text):
        if _OTHER_TRANSFER.search(text, max(0, m.start() - 16), m.start()):
            continue
        told = _TOLD.match(text, m.end())
        code = _CODE.match(text, told.end()) if told is not None else None
        if code is not None and any(ch.isdigit() for ch in code[1]):
            hits.append(Hit("secret", code.start(1), code.end(1), MASKERS["secret"](code[1])))


# -- recovery words ---------------------------------------------------------------------------

_SEED_CUE = re.compile(
    r"(?i)(?:\b(?:secret\s+)?(?:recovery|seed|backup|wallet|mnemonic|restore)[- ]"
    r"(?:words|phrase|sentence|seed)|\bmnemonic(?:\s+phrase)?|\bseed[- ]words"
    r"|\b(?:frase|palabras)\s+(?:semilla|de\s+recuperaci[óo]n|de\s+respaldo|mnem[óo]nica)"
    r"|\b(?:phrase|mots)\s+(?:de\s+r[ée]cup[ée]ration|secr[èe]te|mn[ée]monique)"
    r"|\bwiederherstellungs(?:phrase|wörter|woerter|satz)|\bseed-?(?:phrase|wörter)"
    r"|\b(?:frase|palavras)\s+(?:de\s+recupera[çc][ãa]o|semente)"
    r"|\b(?:frase|parole)\s+(?:di\s+recupero|mnemonica)|\bherstel(?:zin|woorden|frase)"
    r"|\b(?:12|15|18|21|24|twelve|twenty[- ]four)[- ](?:words|palabras|mots|wörter|parole"
    r"|palavras|woorden))"
    # What is said between the cue and the words ("are", "in order:", "-"), if anything.
    r"(?:(?:(?!\.\s)[^\n!?;.\d]){0,24}?(?:\s(?i:are|is|were|was|son|es|sont|est|sind"
    r"|lauten|lautet|ist|são|é|sono|è|zijn)\b|\s?[:\-–—]))?\s*"
)
#: Twelve or more words of three to eight letters (every BIP-39 list's words) in a row,
#: numbered or not, on one line or one a line.
_WORD_RUN = re.compile(
    r"(?:(?:\d{1,2}[.):]?\s*)?[^\W\d_]{3,8}[\s,;]+){11,23}(?:\d{1,2}[.):]?\s*)?[^\W\d_]{3,8}\b"
)
_LETTERS = re.compile(r"[^\W\d_]+")
#: The fewest words of a recovery phrase (BIP-39's shortest is twelve).
_SEED_MIN = 12
#: A sentence's little words, in the cue's languages: recovery words hold none.
_LITTLE = voc.words(
    """the and are but for not you your with this that have was were from they them then
    than what when where which who how can will would should could there their our its
    los las una uno del por para con que como pero muy más son les des une est pour dans
    avec sur pas qui und der die das den dem ein eine ist nicht mit für auf sich dos das
    uma com não por para che per non una del della sono het een van zijn niet met voor
    ich wir sie und"""
)


def _seed_words(text: str, hits: list[Hit]) -> None:
    for m in _SEED_CUE.finditer(text):
        run = _WORD_RUN.match(text, m.end())
        if run is None:
            continue
        # The words up to the sentence that goes on after them ("..., can you check?").
        end, count = run.start(), 0
        for word in _LETTERS.finditer(text, run.start(), run.end()):
            if not word.group().islower() or word.group() in _LITTLE:
                break
            end, count = word.end(), count + 1
        if count >= _SEED_MIN:
            hits.append(Hit("secret", run.start(), end, MASKERS["secret"](text[run.start() : end])))


# -- backup codes -----------------------------------------------------------------------------

_BACKUP_CUE = re.compile(
    r"(?i)(?:\b(?:2fa|mfa|two[- ]factor|backup|back-up|recovery|emergency|rescue|spare)"
    r"(?:\s+(?:backup|recovery|login))?\s+codes?"
    r"|\bc[óo]digos?\s+de\s+(?:respaldo|recuperaci[óo]n|recupera[çc][ãa]o|backup|reserva"
    r"|emergencia)|\bcodes?\s+de\s+(?:secours|r[ée]cup[ée]ration|sauvegarde)"
    r"|\b(?:backup|wiederherstellungs|sicherungs|notfall|ersatz)-?codes?"
    r"|\bcodici\s+di\s+(?:backup|recupero|riserva)|\b(?:back-?up|herstel|reserve)codes?"
    r"|\bkody\s+(?:zapasowe|odzyskiwania))"
)
_ONE_CODE = r"(?:[A-Za-z0-9]{3,5}[- ][A-Za-z0-9]{3,5}|[A-Za-z0-9]{6,10})"
#: A list of codes: each followed by a comma, a space, "and" in the cue's languages.
_CODE_ITEM = re.compile(
    rf"({_ONE_CODE})(?![\w-])(?:\s*[,;/]?\s*(?:(?i:and|y|e|et|und|en|i|oraz)\s+)?|\s*$)"
)


def _backup_codes(text: str, hits: list[Hit]) -> None:
    for m in _BACKUP_CUE.finditer(text):
        told = _TOLD.match(text, m.end())
        at = told.end() if told is not None else -1
        while at >= 0:
            item = _CODE_ITEM.match(text, at)
            if item is None or not any(ch.isdigit() for ch in item[1]):
                break
            hits.append(Hit("secret", item.start(1), item.end(1), MASKERS["secret"](item[1])))
            at = item.end() if item.end() > at else -1


# -- security answers -------------------------------------------------------------------------

_ANSWER_CUE = re.compile(
    r"(?i)(?:\b(?:secret|security|memorable|safety)\s+(?:answer|word|phrase|information)"
    r"|\banswer\s+(?:to|for|of)\s+(?:my|the|your)\s+(?:security|secret|challenge)\s+question"
    r"|\b(?:security|secret|challenge)\s+question(?:'s)?\s+answer|\bmother'?s\s+maiden\s+name"
    r"|\bmy\s+first\s+(?:pet|school|car|teacher)(?:'s\s+name)?|\bsecret\s+word"
    r"|\brespuesta\s+(?:secreta|de\s+seguridad|(?:a|de)\s+(?:mi|la)\s+pregunta\s+"
    r"(?:de\s+seguridad|secreta))|\bmi\s+primera\s+mascota|\bapellido\s+de\s+soltera|\bpalabra\s+secreta"
    r"|\br[ée]ponse\s+(?:secr[èe]te|à\s+(?:ma|la)\s+question\s+(?:secr[èe]te"
    r"|de\s+s[ée]curit[ée]))|\bmon\s+premier\s+animal|\bnom\s+de\s+jeune\s+fille|\bmot\s+secret"
    r"|\b(?:sicherheits|geheim)antwort|\bantwort\s+auf\s+(?:meine|die)\s+(?:sicherheits|geheim)frage"
    r"|\b(?:geburtsname|mädchenname|maedchenname)\s+meiner\s+mutter|\bmein\s+erstes\s+haustier"
    r"|\bresposta\s+(?:secreta|de\s+seguran[çc]a)|\bnome\s+de\s+solteira"
    r"|\brisposta\s+(?:segreta|di\s+sicurezza)|\bcognome\s+da\s+nubile"
    r"|\bgeheim\s+antwoord|\bmeisjesnaam)"
)
_ANSWER = re.compile(r"([^\s.,!?;:\"]+(?: [^\s.,!?;:\"]+){0,3})(?=\s*(?:[.,!?;\"]|$))")
#: An answer's first word that makes it a verdict, a rule or a question, not the answer.
_NOT_ANSWER = voc.words(
    """wrong incorrect right correct required missing not invalid case empty blank unknown
    the a an what which who where when how why at same too different my your
    incorrecta incorrecto obligatoria correcta la el une un le la falsch richtig erforderlich
    errata sbagliata errada correta"""
)


def _answers(text: str, hits: list[Hit]) -> None:
    for m in _ANSWER_CUE.finditer(text):
        told = _TOLD.match(text, m.end())
        answer = _ANSWER.match(text, told.end()) if told is not None else None
        if answer is None or answer[1].split()[0].casefold() in _NOT_ANSWER:
            continue
        hits.append(Hit("secret", answer.start(1), answer.end(1), MASKERS["secret"](answer[1])))


#: A PIN's field of a JSON body (``"pin": "4821"``, ``"nip": 57302``, ``"pin_code"``): its
#: four to eight digits. A field of another word (``pin_length``, ``map_pin``) is not one.
_PIN_FIELD = re.compile(
    r"(?i)\"(?:pin|nip|pin[_-]?code|pin[_-]?number)\"\s*:\s*\"?(\d{4,8})(?![\d.,])\"?"
)
#: What every _PIN_FIELD match holds (as written): the gate.
_PIN_FIELD_HINTS = ('in"', 'IN"', 'ip"', 'IP"', 'ode"', 'ODE"', 'ber"', 'BER"')


def find_said_secrets(text: str, hits: list[Hit]) -> None:
    """Add the secrets said or pasted in ``text`` (see the module's words)."""
    if '":' in text and holds_any(text, _PIN_FIELD_HINTS):
        for m in _PIN_FIELD.finditer(text):
            hits.append(Hit("secret", m.start(1), m.end(1), MASKERS["secret"](m[1])))
    # Said in words: a value of one word in a script with spaces holds none.
    if " " not in text or not holds_any(text, _HINTS):
        return
    for m in _SET_CUE.finditer(text):
        value = m.group(1).rstrip(".,;:)\"'")
        if _password_like(value):
            end = m.start(1) + len(value)
            hits.append(Hit("secret", m.start(1), end, MASKERS["secret"](value)))
    _ported(text, hits)
    _seed_words(text, hits)
    _backup_codes(text, hits)
    _answers(text, hits)
