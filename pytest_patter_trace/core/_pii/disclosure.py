"""Sensitive disclosures about a person inside conversation content.

A caller who says something sensitive about themself or someone close to them (health,
money trouble, legal matters, bereavement) discloses personal data even with no name
or number in the sentence: a term of one of those fields together with a word that ties
it to a person (the first person, or a relative).

A lexicon, kept by hand: no maintained package lists these phrases across languages,
and the NER models measured in docs/pii.md know nothing of disclosures.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as voc
from .hit import Hit
from .mask import mask_free_text

__all__ = ["find_sensitive", "sensitive_word"]


#: Terms of health, money trouble, legal matters and bereavement, in several languages.
_SENSITIVE = re.compile(
    r"(?i)(?<!\w)(?:diagnos\w*|cancer\w*|cáncer|câncer|diabet\w*|hiv|aids|depressi\w*|depresión"
    r"|antidepress\w*|chemo\w*|chemioterapia|quimioterapia|pregnan\w*|enceinte|embarazada"
    r"|schwanger|incinta|grávida|dialys\w*|diálisis|hemodiálise|dialisi|surgery|cirugía"
    r"|operation am|psychiatr\w*|schizophren\w*|bipolar|epilep\w*|dementia|demenz|alzheimer\w*"
    r"|stroke|infarct\w*|heart attack|miscarriage|aborto|abortion|rehab|overdose|suicid\w*"
    r"|cardiolog\w*|oncolog\w*|prescription|medication|meds|insulin|tumou?r\w*|krebs"
    r"|bankrupt\w*|bankruptcy|quiebra|faillite|insolven\w*|pleite|foreclos\w*|evict\w*"
    r"|behind on (?:my |the )?(?:mortgage|rent|payments|bills)|mortgage arrears|debts?"
    r"|deudas?|dettes?|schulden|dívidas?|debiti|surendetté\w*|arbeitslos|unemployed"
    r"|lost my job|can't pay|cannot pay|can not pay|no puedo pagar|je ne peux pas payer"
    r"|court|hearing|custody|arrest\w*|lawyer|attorney|solicitor|restraining order|lawsuit"
    r"|sued|convicted|probation|parole|prison|jail|juicio|abogad\w*|avocat|anwalt"
    r"|divorc\w*|scheidung|bewährung|gefängnis|prisión|prisão|tribunal|gericht"
    r"|passed away|died|dead|death|funeral|deceased|widow\w*|bereave\w*|falleci\w*|murió"
    r"|décéd\w*|gestorben|verstorben|faleceu|faleci\w*|morreu|è morto|è morta|morto"
    r"|nie żyje|zmarł\w*|overleden|avled|vefat"
    # More languages: Italian, Dutch, Polish, Russian; fertility treatment.
    r"|cancro|divorzio|fallimento|kanker|zwanger|failliet|faillissement|scheiding|depresj\w*"
    r"|cukrzyc\w*|upadłoś\w*|rozwód|rozwod\w*|komornik\w*|ivf|infertil\w*|fertility treatment"
    r"|диабет\w*|депресси\w*|рак|банкрот\w*|развод\w*|умер\w*|беременн\w*)(?!\w)"
    r"|糖尿病|诊断|癌症|抑郁|うつ病|がん|癌|通院|亡くな|去世|破産|破产|离婚|離婚|逮捕"
)
#: Words that tie a term to a person: the speaker, or someone close to them.
_PERSON_TIES = voc.FIRST_PERSON | voc.words(
    """husband wife son daughter mother father mom mum dad brother sister partner
    grandmother grandfather kids children child baby ex his her he she they their
    esposo esposa marido mujer hijo hija madre padre hermano hermana mari femme fils fille
    mère père frère sœur mann frau sohn tochter mutter vater bruder schwester marito
    moglie figlio figlia madre padre mãe pai filho filha irmão irmã estoy estou sono
    suis bin hab habe avons mój moja you your you're yours we us our ours ho ik mijn mam
    moje я меня мой моя мне"""
)
#: Terms too common alone ("the tennis court", "dead battery"): they need a second term.
_WEAK_TERMS = frozenset(("court", "hearing", "dead", "death", "meds", "stroke", "morto"))


def _stems() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """Word prefixes of the terms: a text with none of them holds no term (a fast gate).

    Single words by their first 5 letters (or whole when shorter); phrases ("passed
    away", "no puedo pagar") and terms in scripts without spaces as substrings.
    """
    body = _SENSITIVE.pattern.replace("(?i)(?<!\\w)(?:", "").replace(")(?!\\w)", "")
    long: set[str] = set()
    short: set[str] = set()
    cjk: list[str] = []
    for alt in body.split("|"):
        m = re.match(r"[^\\(?\[*+{)]+", alt)
        if m is None or not m.group().strip():
            continue
        literal = m.group().lower()
        first = literal.split()[0]
        if first[:1] > "\u2e80" or " " in literal.strip():
            if len(literal.strip()) >= 5 or first[:1] > "\u2e80":
                cjk.append(literal.strip())
        elif len(first) >= 5:
            long.add(first[:5])
        elif first not in ("the", "my"):  # pieces of the optional group in "behind on"
            short.add(first)
    return frozenset(long), frozenset(short), tuple(cjk)


_WORDS = re.compile(r"[\w'’]+")


def find_sensitive(text: str, hits: list[Hit]) -> None:
    """Add a sensitive disclosure: a health, money, legal or bereavement term about a person.

    The whole sentence is the finding (masked like speech): the term alone would show
    what the caller disclosed.
    """
    long, short, phrases = _STEMS
    lowered = text.lower()
    # Each distinct word once: speech repeats its words.
    words = set(_WORDS.findall(lowered))
    if not any(w[:5] in long or w in short for w in words) and not any(
        term in text or term in lowered for term in phrases
    ):
        return
    for sentence in _SENTENCE.finditer(text):
        part = sentence.group()
        terms = [m.group().lower() for m in _SENSITIVE.finditer(part)]
        strong = [t for t in terms if t not in _WEAK_TERMS]
        if not strong and len(terms) < 2:
            continue
        # Terms in Chinese or Japanese stand alone: those sentences often drop the subject.
        cjk = any(t[:1] > "\u2e80" for t in terms)
        tokens = {t.strip(".,;:!?¿¡\"'()").lower().replace("’", "'") for t in part.split()}
        if not cjk and tokens.isdisjoint(_PERSON_TIES):
            continue
        s, e = sentence.start(), sentence.end()
        stripped = part.strip()
        s += part.index(stripped[:1]) if stripped else 0
        e = s + len(stripped)
        hits.append(Hit("sensitive", s, e, mask_free_text(text[s:e])))


_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]?")
_STEMS = _stems()


# Pure, and speech repeats its names: each distinct word is matched once.
@lru_cache(maxsize=4096)
def sensitive_word(word: str) -> bool:
    """Whether ``word`` alone is a sensitive term (a name never is one)."""
    return _SENSITIVE.fullmatch(word) is not None
