"""Names in prose written about a person: summaries, hand-offs, notes, judges, greetings.

A call's summary, a CRM note or a warm-transfer message names the caller in the third
person, where no "my name is" announces them; a reminder or a voicemail greeting names
the person it is said to or for. Here a name is two to four capitalised words (one after
a title or in a greeting's vocative) at a place that only a person fills:

- after a note's or summary's heading when a reporting verb follows ("Resumen: <name>
  solicita ...", "Notiz: <name> hat ..."), and at a summary's start ("<name> called to");
- after a role word, with its article, a comma, a parenthesis or a title ("il cliente
  <name>", "El paciente, Sr. <name>,", "Customer (<name>)", "Kundin <name>");
- after a hand-off or a note's lead-in ("Transferring <name> to", "Warm transfer:
  <name>", "Llamada con <name>:", "Spoke w/ <name>");
- after a judge's verb, when the text is about an agent ("... read back ... to <name>");
- in a voicemail greeting ("You've reached <name>", "messagerie de <name>") and a
  greeting's vocative ("Guten Tag <name>, wir erinnern Sie ...");
- a speaker's name inside a turn in the languages of "X hier", "é a X", "mówi X",
  "det är X", "це X";
- in Chinese and Japanese, a role word or an honorific around the name ("客户<name>要求",
  "<name>様より").

Capitalised words that are no person's (departments, products, companies, places, days,
headings) stop a run: the project's word lists, and with the ``names`` extra its lexicon.
Kept by hand: no package on the index reads these registers without a model.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import names
from . import vocabulary as voc
from .demonyms import demonym
from .hints import holds_any
from .hit import Hit
from .mask import mask_name

__all__ = ["find_prose_names", "whole_person"]

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁЄІЇҐ"
#: One capitalised word of a name: a capital, then letters, inner hyphens or apostrophes.
_CAP = rf"[{_UPPER}][^\W\d_]+(?:['’\-][^\W\d_]+)*"
#: Two to four capitalised words, lower-case particles between them ("Ravi da Paz").
_PARTICLE = r"(?:da|das|de|del|della|di|do|dos|du|la|le|van|von|der|den|ter|ten|bin|binti|ibn)"
_RUN = re.compile(rf"({_CAP}(?:\s+(?:{_PARTICLE}\s+)*{_CAP}){{1,3}})(?!\w)")
_ONE = re.compile(rf"({_CAP})(?!\w)")

#: Titles before a name: with one, a single word is a name ("Sr. Ribas").
_TITLE = (
    r"(?:(?:mr|mrs|ms|mx|dr|sr|sra|srta|m|mme|mlle|dhr|mevr|sig|sig\.ra|prof)\.?"
    r"|herr|frau|señor|señora|don|doña|dona|dom|pan|pani|signor|signora|monsieur|madame)"
)
_ROLES = (
    r"caller|customer|client|patient|member|tenant|policy ?holder|account ?holder|cust|cx"
    r"|cliente|paciente|paziente|titular|titolare|socio|socia|llamante|chiamante|usuario"
    r"|kunde|kundin|patientin|anrufer|anruferin|mieter|mieterin|mitglied|versicherte[rn]?"
    r"|appelant|appelante|locataire|adhérent|adhérente|assuré|assurée|patiente"
    r"|klant|patiënt|beller|huurder|cliënt|klient|klientka|pacjent|pacjentka|kund|kunden"
    r"|patienten|müşteri|hasta|клієнт|клиент|пацієнт|пациент|abonent|abonentka"
    r"|resident|occupant|occupier|service user|pupil|residente|inquilino|inquilina|alumno"
    r"|alumna|résident|résidente|occupante|élève|bewohner|bewohnerin|schüler|schülerin"
    r"|bewoner|bewoonster|leerling|mieszkaniec|mieszkanka|lokator|lokatorka|uczeń|uczennica"
)
#: A role word (where it starts), then a comma, a parenthesis or a title before the name.
_ROLE = re.compile(rf"(?i)(?:{_ROLES})(?!\w)\s*[,(:]?\s*(?:(?P<title>{_TITLE})\s+)?")
_ROLE_WORDS = frozenset(_ROLES.replace(" ?", "").split("|"))
#: People a note names by their part in a hiring or a claim, written in lower case before
#: the name ("referee ... confirmed"); capitalised, they open a title ("Candidate Survey").
_NOTE_ROLES = (
    "referee|candidate|applicant|interviewee|witness|guarantor|beneficiary|recipient"
    "|candidato|candidata|solicitante|testigo|bewerber|bewerberin|candidat"
)
_NOTE_ROLE = re.compile(rf"(?:{_NOTE_ROLES})(?!\w)\s*[,(:]?\s*(?:(?P<title>(?i:{_TITLE}))\s+)?")

#: Headings of a summary or a note, and of a hand-off: the person comes next. The short
#: ones are everyday words ("not", "note"): they count only right before their colon.
_HEADINGS = (
    r"summary|call summary|recap:|note:|notes:|resumen|resumo|zusammenfassung|synthèse"
    r"|résumé|riepilogo|sintesi|özet|samenvatting|notatka|podsumowanie|sammanfattning"
    r"|opsummering|notiz|notitie|nota:|anteckning|notat:|not:|handoff|hand-off"
    r"|warm transfer|cold transfer|übergabe|weiterleitung|traspaso|transferencia"
    r"|transferência|transfert|trasferimento|overdracht|przekazanie|compte rendu|compte-rendu"
    r"|escalation|eskalation|escalado|escalada|escalade|escalatie|eskalacja|eskalering"
    r"|visit note|care note|shift note|daily note|progress note|handover note|care log"
    r"|visit log|visit report|welfare check|pflegebericht|pflegenotiz|besuchsnotiz"
    r"|nota de visita|nota de cuidados|note de visite|note de soins|nota di visita"
    r"|bezoeknotitie|zorgnotitie|dagrapport|notatka z wizyty|besöksanteckning"
)
#: A heading (where it starts), then up to four lower-case words before its colon
#: ("Traspaso a agente:").
_HEADING = re.compile(
    rf"(?i)(?:{_HEADINGS.replace(':', '')})(?:\s+(?-i:[a-zà-ÿ]+)){{0,4}}\s*[:：\-–]\s*"
    rf"(?:(?P<title>{_TITLE})\s+)?"
)
#: Lead-ins of a note or a hand-off that the person follows at once.
_LEADS = (
    r"llamada con|call with|spoke w/|spoke with|spoke to|talked to|gespräch mit"
    r"|telefonat mit|appel avec|chiamata con|ligação com|gesprek met|rozmowa z|samtal med"
    r"|transferring|transferred|transfiriendo|transferindo|trasferisco"
)
_LEAD = re.compile(rf"(?i)(?:{_LEADS})\s+(?:(?P<title>{_TITLE})\s+)?")


def _literals(alternatives: str) -> tuple[str, ...]:
    """Each alternative in lower case and capitalised: where its pattern may start."""
    plain = alternatives.replace(" ?", " ").split("|")
    return tuple(sorted({w for a in plain for w in (a, a[:1].upper() + a[1:])}))


def _gate(alternatives: str) -> tuple[str, ...]:
    """The longest word of each alternative, lower-case and capitalised: a cheap gate.

    Each alternative holds its longest word, so a text holding none of these holds none
    of the alternatives; single words are asked of the text's distinct words at once.
    """
    # Of equally long words the one with a letter outside ASCII: "là", not "em".
    longest = {
        max(a.replace(":", "").split(), key=lambda w: (len(w), not w.isascii()))
        for a in alternatives.split("|")
    }
    return tuple(sorted({w for a in longest for w in (a, a[:1].upper() + a[1:])}))


_HEADING_AT = _literals(_HEADINGS)
_LEAD_AT = _literals(_LEADS)
_ROLE_AT = _literals(_ROLES.replace("versicherte[rn]?", "versicherte"))
_TURKISH = re.compile(r"[ğışİ]")
#: A lower-case verb, then a third person's pronoun within three words: a person acted.
_PRONOUN_AFTER = re.compile(
    r"\s+[a-zß-ÿ]+(?:\s+[a-zß-ÿ]+){0,2}?\s+(?:her|his|their|him|them|she|he|they|herself"
    r"|himself|ihre[nmrs]?|seine[nmrs]?|sa|son|ses|sus?|sua|suo|hun|haar|zijn|jej|jego"
    r"|hans|hennes|sin|sitt|sina)(?![^\W\d_])"
)
#: Verbs that report what a person did, right after their name in a summary.
_REPORTS = voc.words(
    """called calls calling wants wanted asked asks requested requests reported reports
    needs needed confirmed said says mentioned states stated disputes disputed inquired
    wishes would is was has had gave provided updated presented presents shared proposed
    suggested raised demoed
    llama llamó solicita solicitó pide pidió quiere informa informó reporta desea indica
    confirma pregunta preguntó dio presentó propuso compartió
    liga ligou solicitou pede pediu quer relatou relata deseja confirmou informou apresentou
    apresenta propôs compartilhou
    ruft rief möchte bittet meldet will hat fragt teilt wünscht beschwert gab präsentierte
    stellte zeigte
    appelle demande souhaite veut signale indique confirme donne a est présente propose
    chiama chiede vuole desidera segnala comunica richiede ha
    belt belde wil vraagt vroeg meldt heeft geeft gaf
    prosi dzwoni dzwonił dzwoniła chce zgłasza zgłosił zgłosiła pyta pytał pytała podał
    podała ringer ringde vill frågar begär har ringede vil spørger
    istiyor sordu aradı bildirdi arıyor talep"""
)
#: A judge's verbs: whom an agent spoke to ("... to <name> instead of ...").
_JUDGE = re.compile(r"(?<!\w)(?:to|told|asked|greeted|thanked|addressed)\s+")
_JUDGE_HINTS = ("agent", "Agent", "assistant", "Assistant")
_JUDGE_GATE = re.compile(r"(?i)\b(?:the|an?)\s+(?:agent|assistant|bot|model)\b")

#: Whose voicemail it is, in several languages.
_MAILBOXES = (
    r"you've reached|youve reached|you have reached|ha llamado a|has llamado a"
    r"|messagerie de|messagerie vocale de|boîte vocale de|répondeur de|mailbox von"
    r"|anrufbeantworter von|segreteria di|segreteria telefonica di|casella vocale di"
    r"|hai raggiunto|você ligou para|caixa postal de|buzón de|buzón de voz de|voicemail of"
    r"|voicemail for|voicemail van|poczta głosowa|röstbrevlåda|telesekreter"
)
_MAILBOX = re.compile(rf"(?i)(?:{_MAILBOXES})\s+")
_MAILBOX_AT = _literals(_MAILBOXES)

#: Greetings that open a message said to someone, then the person's name and a comma.
_GREET = re.compile(
    r"(?i)^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|guten (?:tag|morgen|abend)"
    r"|hallo|liebe|lieber|bonjour|bonsoir|cher|chère|hola|buen(?:os|as) (?:días|tardes|noches)"
    r"|estimad[oa]|olá|oi|bom dia|boa (?:tarde|noite)|prezad[oa]|buongiorno|buonasera|ciao"
    r"|gentile|car[oa]|goede(?:morgen|middag|navond)|beste|dzień dobry|witaj|hej|hejsan"
    r"|god (?:morgon|dag)|goddag|merhaba|sayın|добрий день|доброго дня|вітаю|xin chào)"
    r"[,!]?\s+"
)
#: A speaker's own name inside a turn: "é a <name>", "det är <name>", "це <name>".
_SELVES = (
    r"é a|é o|sou a|sou o|aqui é|aqui fala|mówi|z tej strony|det är|det er|här är"
    r"|це|говорить|мене звати|em là|anh là|chị là|tôi là"
)
_SELF_BEFORE = re.compile(rf"(?i)(?:{_SELVES})\s+")
_SELF_AT = _literals(_SELVES)
#: Two capitalised words in a row (a particle between them), or a title and a capitalised
#: word: what every name after a lead-in needs. One search that skips to capitals in C
#: rules out most long texts before the lead-ins' words are asked.
_PAIR = re.compile(
    rf"[{_UPPER}][^\W\d_]*(?:\.[ \t]*|[ \t]+(?:{_PARTICLE}[ \t]+)?)[{_UPPER}][^\W\d_]"
)
#: Each lead-in's longest words; all of them: one gate before any lead-in is looked for.
_HEADING_GATE, _LEAD_GATE = _gate(_HEADINGS), _gate(_LEADS)
_NOTE_AT = _literals(_NOTE_ROLES)
_NOTE_GATE = _gate(_NOTE_ROLES)
_ROLE_GATE = _gate(_ROLES.replace("versicherte[rn]?", "versicherte").replace(" ?", " "))
_MAILBOX_GATE, _SELF_GATE = _gate(_MAILBOXES), _gate(_SELVES)
_ANY_GATE = tuple(
    sorted({*_HEADING_GATE, *_LEAD_GATE, *_ROLE_GATE, *_MAILBOX_GATE, *_SELF_GATE, *_JUDGE_HINTS})
)
#: The name before "hier" or "here", read back from the word: at a turn's start or after
#: a comma ("Ja hallo, <name> hier").
_SELF_AFTER = re.compile(rf"(?:^|,\s)({_CAP}(?:\s+{_CAP}){{1,2}})\s+$")

#: Chinese: a role word, a name of two or three characters, a verb or punctuation.
_ZH_ROLES = ("客户", "顾客", "患者", "病人", "用户", "会员", "来电人", "联系人", "投保人")
_ZH_ROLE = re.compile(
    rf"(?:{'|'.join(_ZH_ROLES)})([\u4e00-\u9fff]{{2,3}}?)"
    r"(?=要求|表示|来电|反映|称|咨询|询问|希望|想|需要|申请|投诉|说|致电|办理|反馈|提出|确认|[，,。：:（(])"
)
#: Characters that open a verb or a particle: a run holding one is no name ("客户要求").
_ZH_NOT_NAME = set("要表来反称咨询希想需申投说致办报提确已在的对于您我他她本")
#: Japanese: a surname and up to four kana or kanji, read back from an honorific.
_JA_SURNAMES = sorted((s for s in voc.JA_SURNAMES if "で" not in s), key=len, reverse=True)
_JA_BEFORE = re.compile(rf"(?:{'|'.join(_JA_SURNAMES)})[\u3040-\u30ff\u4e00-\u9fff]{{0,4}}$")
_JA_HONORIFICS = ("様", "さま", "さん")

#: Capitalised words that are no person's in prose: departments, products, companies,
#: places and what a heading says. Kept by hand, in the languages of the lead-ins.
_NOT_PERSON = voc.words(
    """care support service services client clients clientes customer customers billing
    sales desk team plan premium basic standard gold silver platinum office department
    dental clinic clínica clinica insurance bank banco bahn airlines airline calendar
    station union world everyone all there assistenza servizio atendimento atención
    kundenservice kundendienst account closure request requested update summary call
    note notes resumen resumo riepilogo synthèse zusammenfassung transfer queue
    next last this that today tomorrow yesterday segunda feira terça quarta quinta sexta
    google apple microsoft amazon acme hospital pharmacy farmacia apotheke
    polska polski polskie svenska svenske danske norske suomen türk türkiye italiane
    italiana italiano española español españa française français deutsche deutscher
    nederlandse nederland belgische brasil brasileira portugal portugueses europa
    europe european international national nacional nationale central centrale
    my your our his her their mi mis tu su mein meine dein sein ihr unser mon ma mes
    ton votre notre il lo gli mio mia meu minha mijn uw ons mój moja min mitt benim
    auto spel poste poczta telekom open fraud prevention semana santa studio dentistico
    veterinary journey mapping portal tier line login teams zoom
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december"""
)


#: Endings of the one-word names of services and companies ("Klantenservice", "Sparkasse").
_ORG_ENDINGS = ("service", "dienst", "kasse", "bank", "versicherung", "verzekering",
                "telekom", "telecom", "post", "group", "gruppe", "holding", "partners", "care",
                "unit", "banking")  # fmt: skip


def _person_word(word: str, *, first: bool = True) -> bool:
    """Whether ``word`` may be part of a name; an everyday word only after the first.

    Surnames are often everyday words ("White", "Paz", "King"); a given name before them
    ("Cathy White") says they are a surname, which a run of two everyday words does not.
    """
    folded = word.casefold()
    return not (
        (word.isupper() and len(word) > 1)  # "IBAN", "CRM": an acronym
        or folded in _NOT_PERSON
        or folded.endswith(_ORG_ENDINGS)
        or folded in _ROLE_WORDS
        or folded in voc.NOT_NAME_WORDS
        or names.not_a_name(word)
        or (first and names.everyday(word))
        or names.greeting(word)
        or demonym(word)
    )


def _could_be_person(words: list[str]) -> bool:
    """With the lexicon: a known given name or surname, or no word it knows otherwise."""
    lex = names.lexicon()
    if lex is None:
        return True
    folded = [w.casefold() for w in words]
    if folded[0] in lex.given or folded[-1] in lex.surnames:
        return True
    return not any(w in lex.words or w in lex.places for w in folded)


def _run(text: str, pos: int, *, single: bool = False) -> tuple[int, int] | None:
    """The name run starting at ``pos``: two to four words, or one when ``single``."""
    m = _RUN.match(text, pos)
    if m is None and single:
        m = _ONE.match(text, pos)
    if m is None:
        return None
    words = [w for w in m.group(1).split() if w[:1].isupper()]
    later = all(_person_word(w, first=False) for w in words[1:])
    if not (_person_word(words[0]) and later):  # "Bright Smile Dental": a business
        return None
    if len(words) < 2 and not single:
        return None
    if not _could_be_person(words):
        return None
    end = text.index(words[-1], pos) + len(words[-1])
    return pos, end


def whole_person(text: str) -> bool:
    """Whether ``text`` is a person's name and nothing else: two to four name words."""
    span = _run(text, 0)
    return span is not None and span[1] == len(text)


def _next_word(text: str, end: int) -> str:
    m = re.match(r"\s*([^\W\d_]+)", text[end : end + 40])
    return m.group(1).casefold() if m else ""


def _add(text: str, span: tuple[int, int] | None, hits: list[Hit]) -> None:
    if span is not None:
        hits.append(Hit("name", span[0], span[1], mask_name(text[span[0] : span[1]])))


def _reported(
    text: str, span: tuple[int, int] | None, *, comma: bool = True
) -> tuple[int, int] | None:
    """``span`` when a reporting verb follows it, or with ``comma`` a comma or parenthesis.

    A value's opening run before a comma is as often a place ("San Sebastián, ...").
    """
    if span is None:
        return None
    after = text[span[1] : span[1] + 2].lstrip()
    if (comma and after[:1] in (",", "(", ";")) or _next_word(text, span[1]) in _REPORTS:
        return span
    return None


def _closed(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """``span`` when a closing parenthesis, a full stop or the text's end follows it."""
    if span is None:
        return None
    after = text[span[1] : span[1] + 3].lstrip()[:1]
    return span if after in ("", ")", ".", "-", "–") else None


#: Words a speaker puts after their own name ("det är <name> som ringer").
_AFTER_SELF = voc.words("som here hier her här ringer calling speaking z från fra from")


def _said_alone(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """``span`` when the turn ends after it, a punctuation mark or a word of its own follows."""
    if span is None:
        return None
    after = text[span[1] : span[1] + 2].lstrip()
    if not after or after[:1] in ",.!?;:" or _next_word(text, span[1]) in _AFTER_SELF:
        return span
    return None


_JSON_STRING = re.compile(r'":\s*"')


def _starts(text: str) -> list[int]:
    """Where a summary's sentence may open with a name: the value's start, a JSON string."""
    found = [] if _GREET.match(text) else [len(text) - len(text.lstrip(" \"'{["))]
    if '":' in text:
        found += [m.end() for m in _JSON_STRING.finditer(text)]
    return found


def _word_starts(text: str, literals: tuple[str, ...], *, bounded: bool = True) -> list[int]:
    """Where one of ``literals`` starts a word: found in C, without a pattern's search.

    A pattern of many alternatives costs a step at every character of a long text; each
    literal's ``str.find`` skips to it.
    """
    found: set[int] = set()
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            if not bounded or at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
                found.add(at)
            at = text.find(literal, at + 1)
    return sorted(found)


def find_prose_names(text: str, hits: list[Hit]) -> bool:
    """Add the names written about a person or said to one (see the module's text).

    Returns whether it found one: the text is then about that person. Each rule is asked
    only where its lead-in's words are (a gate on the text's words first).
    """
    if " " not in text and text.isascii():
        return False  # most values: an id, a number, a word (names in CJK need no space)
    before = len(hits)
    if _PAIR.search(text) is not None and holds_any(text, _ANY_GATE):
        _led_names(text, hits)
    for start in _starts(text):
        _add(text, _reported(text, _run(text, start), comma=False), hits)
    greeted = _GREET.match(text)
    if greeted is not None:
        span = _run(text, greeted.end(), single=True)
        if span is not None and text[span[1] : span[1] + 1] in (",", "!"):
            _add(text, span, hits)
    for here in _word_starts(text, (" hier", " here"), bounded=False):
        said = _SELF_AFTER.search(text, max(0, here - 80), here + 1)
        if said is not None:
            _add(text, _run(text, said.start(1)), hits)
    if not text.isascii():
        _cjk_names(text, hits)
    return len(hits) > before


def _led_names(text: str, hits: list[Hit]) -> None:
    """Names after a heading, a lead-in, a role, a mailbox's words, a speaker's words."""
    marked = ":" in text or "：" in text or " - " in text or " – " in text
    if marked and holds_any(text, _HEADING_GATE):
        for at in _word_starts(text, _HEADING_AT):
            m = _HEADING.match(text, at)
            if m is None:
                continue
            span = _run(text, m.end(), single=bool(m.group("title")))
            # A lower-case word next is a verb: Turkish puts it last ("Özet: <name> kartı
            # ... istiyor"); elsewhere a person's pronoun must follow it ("Visit note:
            # <name> missed her dose"), as no "Fire Alarm tested" has.
            lower = span is not None and text[span[1] : span[1] + 9].lstrip()[:1].islower()
            if lower and span is not None and _TURKISH.search(text) is None:
                lower = _PRONOUN_AFTER.match(text, span[1]) is not None
            _add(text, span if lower else _reported(text, span), hits)
    _led(text, (_LEAD_GATE, _LEAD_AT), _LEAD, hits, said=None)
    # A verb or a mark after the name: "Customer Journey Mapping" is a title.
    _led(text, (_ROLE_GATE, _ROLE_AT), _ROLE, hits, said=_role_said)
    _led(text, (_NOTE_GATE, _NOTE_AT), _NOTE_ROLE, hits, said=_role_said)
    _led(text, (_MAILBOX_GATE, _MAILBOX_AT), _MAILBOX, hits, said=None)
    _led(text, (_SELF_GATE, _SELF_AT), _SELF_BEFORE, hits, said=_said_alone)
    if holds_any(text, _JUDGE_HINTS) and _JUDGE_GATE.search(text):
        for m in _JUDGE.finditer(text):
            span = _run(text, m.end())
            after = text[span[1] : span[1] + 1] if span else ""
            if span and (after in ("", " ", ".", ",", ";", ")") or not after.isalpha()):
                _add(text, span, hits)


def _role_said(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    return _reported(text, span) or _closed(text, span)


def _led(
    text: str,
    gate_literals: tuple[tuple[str, ...], tuple[str, ...]],
    lead: re.Pattern[str],
    hits: list[Hit],
    *,
    said: Callable[[str, tuple[int, int] | None], tuple[int, int] | None] | None,
) -> None:
    """Add the names after each lead-in starting at one of the literals (gate first)."""
    gate, literals = gate_literals
    if not holds_any(text, gate):
        return
    for at in _word_starts(text, literals):
        m = lead.match(text, at)
        if m is not None:
            span = _run(text, m.end(), single=bool(m.groupdict().get("title")))
            _add(text, span if said is None else said(text, span), hits)


def _cjk_names(text: str, hits: list[Hit]) -> None:
    for at in _word_starts(text, _ZH_ROLES, bounded=False):
        m = _ZH_ROLE.match(text, at)
        if m is not None and _ZH_NOT_NAME.isdisjoint(m.group(1)):
            hits.append(Hit("name", m.start(1), m.end(1), mask_name(m.group(1))))
    for at in _word_starts(text, _JA_HONORIFICS, bounded=False):
        m = _JA_BEFORE.search(text, max(0, at - 10), at)
        if m is not None:
            hits.append(Hit("name", m.start(), m.end(), mask_name(m.group())))
