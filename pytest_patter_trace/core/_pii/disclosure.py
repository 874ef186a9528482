"""Sensitive disclosures about a person inside conversation content and named fields.

A caller who says something sensitive about themself or someone close to them (health,
pregnancy, money trouble, legal matters and immigration status, bereavement) discloses
personal data even with no name or number in the sentence. Found here:

- in text: a term of one of those fields together with a word that ties it to a person
  (the first person, a relative; the person spoken to only next to the term, before a
  relative or with a word of sympathy, as in an agent's "sorry for your loss");
- in fields: the whole value of a key naming a sensitive field (``patient.diagnosis``),
  and a term inside a note or reason (``cancellation.reason``), the key tying it to
  a person.

Terms in Chinese, Japanese and Thai stand alone (those sentences drop the subject); in other
scripts whose words take particles (Korean, Arabic, Hebrew, Devanagari) they are looked
for as substrings, with a tie. A lexicon, kept by hand: no maintained package lists
these phrases across languages, and the NER models measured in docs/pii.md know nothing
of disclosures.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right

from . import disclosure_affairs as affairs
from . import disclosure_asia_africa as asia_africa
from . import disclosure_conditions as conditions
from . import disclosure_europe as europe
from . import disclosure_health as health
from . import disclosure_lexicon as lex
from . import disclosure_notes as notes
from . import disclosure_payloads as payloads
from . import disclosure_plain as plain
from . import disclosure_scripts as script_words
from . import disclosure_tongues as tongues
from . import disclosure_treatments as treatments
from . import disclosure_voices as voices
from . import disclosure_world as world
from . import vocabulary as voc
from .hints import words_of
from .hit import Hit, placeholder
from .key_memo import key_cache
from .mask import mask_free_text
from .memo import text_cache

__all__ = ["find_sensitive", "find_sensitive_fields", "sensitive_word"]

#: Terms of health, money trouble, legal matters and bereavement in languages written
#: with spaces, one regular-expression fragment each. Each starts with a literal word
#: (the fast gate in _stem reads it).
_TERMS: tuple[str, ...] = (
    # Health, pregnancy, care.
    r"diagnos\w*", r"cancer\w*", r"cáncer", r"câncer", r"cancro", r"kanker", r"krebs",
    r"tumou?r\w*", r"tumore", r"diab[eè]t\w*", r"hiv", r"aids", r"depressi\w*", r"depresión",
    r"depressão", r"dépression", r"depresj\w*", r"depresyon", r"antidepress\w*",
    r"chemo\w*", r"chemio\w*", r"chimio\w*", r"quimio\w*", r"kemoterapi", r"pregnan\w*",
    r"enceinte",
    r"embarazada", r"embarazo", r"grossesse", r"schwanger\w*", r"incinta", r"grávida",
    r"zwanger", r"gravid", r"hamile\w*", r"dialys\w*", r"diálisis", r"hemodiálise",
    r"dialisi", r"surgery", r"cirugía", r"operation am", r"psychiatr\w*", r"schizophren\w*",
    r"bipolar", r"epilep\w*", r"dementia", r"demenz", r"dementie", r"démence",
    r"alzheimer\w*", r"parkinson\w*", r"stroke", r"infarct\w*", r"heart attack",
    r"miscarriage", r"fausse couche", r"fehlgeburt", r"aborto", r"abortion", r"rehab",
    r"overdose", r"suicid\w*", r"cardiolog\w*", r"oncolog\w*", r"prescription",
    r"medication", r"meds", r"insulin", r"ivf", r"infertil\w*", r"fertility treatment",
    r"cukrzyc\w*", r"anxiety", r"panic attacks?", r"ptsd", r"adhd", r"autis\w*",
    r"asthma", r"hepatitis", r"sclerosis", r"tested positive", r"symptoms?", r"pain",
    r"sick(?! of)(?! and tired)", r"ill(?! (?:call|be|do|get|send|try|check|have|take|let|go))",
    r"illness", r"hospitali[sz]ed", r"in (?:the )?hospital", r"terminal\w*",
    r"enferm[oa]s?", r"enfermedad", r"malade", r"maladie", r"krank", r"krankheit",
    r"malat[oa]", r"malattia", r"doente", r"doença", r"ziek", r"ziekte", r"chor[ay]",
    r"choroba", r"sjuk", r"hasta(?:yım|lık|lığı)", r"kanser\w*", r"diyabet\w*",
    r"im krankenhaus", r"à l'hôpital", r"en el hospital", r"in ospedale", r"no hospital",
    r"in het ziekenhuis", r"w szpitalu", r"ricoverat\w*", r"internad[oa]",
    r"vih", r"ansiedad", r"anxiété", r"angststörung", r"disabilit\w*", r"deaf",
    r"wheelchair", r"mental health", r"unwell", r"get well soon", r"suikerziekte",
    r"in (?:a lot of |so much |terrible |severe )?pain", r"broken (?:leg|arm|hip|wrist|ankle)",
    r"broke (?:my|his|her) (?:leg|arm|hip|wrist|ankle)", r"nowotw\w*", r"ciąży",
    r"rakovin\w*", r"těhotn\w*", r"kræft", r"kreft", r"syöpä\w*", r"raskaana",
    r"καρκίν\w*", r"διαβήτ\w*", r"κατάθλιψη", r"έγκυος", r"ung thư", r"tiểu đường",
    r"trầm cảm", r"mang thai", r"có thai", r"hamil", r"sakit",
    # Money trouble.
    r"bankrupt\w*", r"quiebra", r"faillite", r"insolven\w*", r"privatinsolvenz", r"pleite",
    r"foreclos\w*", r"repossess\w*", r"evict\w*", r"garnish\w*", r"debt collectors?",
    r"behind on (?:my |the |our )?(?:mortgage|rent|payments|bills)", r"mortgage arrears",
    r"lose (?:the|our|my) (?:house|home)", r"debts?", r"in debt", r"deudas?", r"dettes",
    r"(?:une|la|ma|sa|ta|cette|de|d'une|notre|votre|leur) dette",
    r"schulden", r"dívidas?", r"debiti", r"surendetté\w*", r"arbeitslos", r"unemployed",
    r"laid off", r"lost (?:my|his|her|our) job", r"can't pay", r"cannot pay",
    r"can not pay", r"no puedo pagar", r"je ne peux pas payer", r"desemplead[oa]",
    r"desempregad[oa]", r"disoccupat[oa]", r"au chômage", r"werkloos", r"pfändung",
    r"pignoramento", r"falência", r"borç\w*", r"haciz", r"iflas\w*", r"işsiz\w*",
    r"failliet", r"faillissement", r"fallimento", r"upadłoś\w*", r"komornik\w*",
    r"was fired", r"got fired", r"been fired", r"on benefits", r"on welfare", r"food stamps",
    r"konkurssi\w*", r"arbetslös", r"arbeidsledig", r"arbejdsløs", r"työtön",
    r"bezrobotn\w*", r"nezaměstnan\w*", r"χρεοκοπ\w*", r"άνεργ\w*", r"phá sản",
    r"bangkrut", r"nợ nần", r"hutang", r"utang",
    # Legal matters, immigration status.
    r"court", r"hearing", r"custody", r"arrest\w*", r"lawyer", r"attorney", r"solicitor",
    r"restraining order", r"lawsuit", r"sued", r"convicted", r"probation", r"parole",
    r"prison", r"jail", r"on bail", r"bail", r"trial", r"charged with", r"criminal record",
    r"deport(?:ed|ee|ees|ation|ing)", r"asylum", r"undocumented", r"juicio", r"abogad\w*",
    r"avocat", r"anwalt",
    r"advocaat", r"avvocato", r"advogad\w*", r"divorc\w*", r"scheidung", r"bewährung",
    r"gefängnis", r"verhaftet", r"sorgerecht", r"prisión", r"prisão", r"carcere",
    r"tribunal", r"gericht", r"detenid[oa]", r"custodia", r"voogdij", r"rechtszaak",
    r"gevangenis", r"gearresteerd", r"arrestat[oa]", r"affidamento", r"areszt\w*",
    r"więzieni\w*", r"divorzio", r"scheiding", r"rozwód", r"rozwod\w*", r"boşan\w*",
    r"court date", r"dui", r"refugee", r"garde à vue", r"fängelse", r"fengsel", r"fængsel",
    r"vankila\w*", r"skilsmässa", r"skilsmisse", r"avioero\w*", r"rozvod\w*", r"φυλακ\w*",
    r"διαζύγι\w*", r"συνελήφθη", r"ly hôn", r"bị bắt", r"cerai", r"ditangkap", r"penjara",
    r"divórcio",
    # Bereavement.
    r"passed away", r"passed on(?! the| a| an| my| his| her| your| our| their| it| this| that)",
    r"died", r"dead", r"death", r"funeral", r"deceased",
    r"widow\w*", r"bereave\w*", r"condolences?", r"late (?:husband|wife|mother|father)",
    r"sorry for (?:your|the) loss", r"loss of (?:my|your|his|her|our|their) \w+",
    r"lost (?:my|his|her|our) (?:husband|wife|mother|father|mom|mum|dad|son|daughter"
    r"|brother|sister|baby|child|partner|grandmother|grandfather)",
    r"falleci\w*", r"murió", r"viud[oa]", r"décéd\w*", r"décès", r"obsèques", r"veuve",
    r"gestorben", r"verstorben", r"beerdigung", r"trauerfall", r"witwe\w*", r"faleceu",
    r"faleci\w*", r"morreu", r"viúv[oa]", r"è morto", r"è morta", r"morto", r"deceduto",
    r"deceduta", r"nie żyje", r"zmarł\w*", r"pogrzeb\w*", r"overleden", r"begrafenis",
    r"avled", r"vefat\w*", r"öldü", r"cenaze", r"est mort", r"est morte", r"was killed",
    r"stillborn", r"døde", r"kuoli", r"zemřel\w*", r"umarł\w*", r"πέθανε", r"απεβίωσε",
    r"qua đời", r"meninggal", r"wafat",
    # Russian.
    r"диабет\w*", r"депресси\w*", r"рак(?:а|ом|е|у)?", r"эпилепси\w*", r"химиотерапи\w*",
    r"беременн\w*", r"болезн\w*", r"болен", r"больна", r"болею", r"инвалид\w*",
    r"в больнице", r"банкрот\w*", r"долг(?:и|ов|ами|ах|ам)", r"развод\w*", r"арестова\w*",
    r"тюрьм\w*", r"суд\w*", r"умер(?:ла|ли)?", r"скончал\w*", r"похорон\w*",
)  # fmt: skip
_TERMS = tuple(
    dict.fromkeys(
        _TERMS
        + lex.TERMS
        + health.TERMS
        + affairs.TERMS
        + tongues.TERMS
        + plain.TERMS
        + voices.TERMS
        + notes.TERMS
        + world.TERMS
        + treatments.TERMS
        + europe.TERMS
        + asia_africa.TERMS
        + conditions.TERMS
    )
)
_SENSITIVE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(_TERMS) + r")(?!\w)")
#: The substrings of voc.SENSITIVE_SUBSTRINGS as one pattern, a trie, longest first.
#: Literals only: the engine then skips every position whose letter starts none of them.
_SCRIPT_LITERALS = re.compile(
    script_words.trie_pattern(
        voc.SENSITIVE_SUBSTRINGS
        | voc.SENSITIVE_SUBSTRINGS_MORE
        | script_words.SUBSTRINGS
        | tongues.SUBSTRINGS
        | plain.SUBSTRINGS
        | voices.SUBSTRINGS
        | notes.SUBSTRINGS
        | world.SUBSTRINGS
        | world.STANDING
        | treatments.SUBSTRINGS
        | asia_africa.SUBSTRINGS
        | conditions.SUBSTRINGS
    )
)
#: Script terms read as whole words, apart: with them the engine could no longer skip the
#: positions whose letter starts no literal above.
_SCRIPT_BOUNDED = re.compile(
    "(?:"
    + script_words.trie_pattern(script_words.WHOLE_WORDS)
    + r")(?!\w)|"
    + "|".join(tongues.BOUNDED)
)
#: Script terms read with what is around them, wherever they start (a Thai word is glued).
_WORLD_BOUNDED = re.compile("|".join(world.BOUNDED))


def _bounded(text: str) -> list[re.Match[str]]:
    """The whole-word script terms: none right after a letter."""
    return [
        m
        for m in _SCRIPT_BOUNDED.finditer(text)
        if m.start() == 0 or not text[m.start() - 1].isalnum()
    ] + list(_WORLD_BOUNDED.finditer(text))


def _script_terms(text: str) -> list[re.Match[str]]:
    """The script terms in ``text``, in order."""
    found = [*_SCRIPT_LITERALS.finditer(text), *_bounded(text)]
    return sorted(found, key=lambda m: m.start())


def _has_script_term(text: str) -> bool:
    return _SCRIPT_LITERALS.search(text) is not None or bool(_bounded(text))


#: Words that tie a term to a person: the speaker, or someone close to them.
_PERSON_TIES = (
    voc.FIRST_PERSON
    | voc.RELATIVES
    | voc.words(
        """his her he she he's she's they their them we we're we've we'll us our ours
        estoy estou sono suis bin hab habe avons ho ik mijn mam moje я меня мой моя мне
        мы нас наш наша ben benim bana beni tôi mình saya aku kami μου είμαι εγώ min mitt
        mina minun"""
    )
    | voc.PERSON_TIES_MORE
    | script_words.TIES
    | tongues.TIES
    | plain.TIES
    | voices.TIES
    | world.TIES
    | treatments.TIES
    | europe.TIES
    | asia_africa.TIES
    | conditions.TIES
)
_SCRIPT_TIES = (
    voc.SCRIPT_PERSON_TIES
    | voc.SCRIPT_PERSON_TIES_MORE
    | script_words.SCRIPT_TIES
    | tongues.SCRIPT_TIES
    | plain.SCRIPT_TIES
    | voices.SCRIPT_TIES
    | world.SCRIPT_TIES
    | treatments.SCRIPT_TIES
    | asia_africa.SCRIPT_TIES
    | conditions.SCRIPT_TIES
)
#: A tie written with a space after it ("मी ", "నా ", "میں ") is a whole word, so it must
#: start one too: else it ties inside any word ending so ("आदमी ", "स्वामी ", "ఏదైనా ").
_WORD_TIES = sorted(t for t in _SCRIPT_TIES if t.endswith(" ") and not t.startswith(" "))
_INSIDE_TIES = tuple(_SCRIPT_TIES.difference(_WORD_TIES))
_WORD_TIE = re.compile(r"(?<![^\s\"'“«(,.!?:;।॥])(?:" + "|".join(map(re.escape, _WORD_TIES)) + ")")
_TOPIC_NOUNS = (
    voc.SENSITIVE_TOPIC_NOUNS
    | voc.SENSITIVE_TOPIC_NOUNS_MORE
    | script_words.TOPIC_NOUNS
    | conditions.TOPIC_NOUNS
)
_NOT_A_PERSON_BEFORE = voc.DEVICES | voc.NOT_CARE_BEFORE | script_words.NOT_A_PERSON_BEFORE
#: Terms too common alone ("the tennis court", "dead battery", "a prescription ready to
#: pick up", "a free trial", a company's lawyer): they need a second term.
_WEAK_TERMS = (
    voc.words(
        """court hearing dead death meds stroke morto prescription trial pain symptom symptoms
    bail суд суда суде суду ill tribunal gericht lawyer attorney solicitor abogado abogada
    avocat anwalt advocaat avvocato advogado advogada"""
    )
    | lex.WEAK_TERMS
    | script_words.WEAK_TERMS
    | europe.WEAK_TERMS
    | asia_africa.WEAK_TERMS
    | conditions.WEAK_TERMS
)
_WORDS = re.compile(r"[\w'’]+")
#: Letters only Turkish writes, and the first-person endings of its words (possessive
#: "-ım", "-ım" + case, "-yım" for "I am").
_TURKISH = re.compile(r"[ğış]|\w(?:y[ıiuü]m|yorum)\b")  # its letters, or "-yim", "-yorum"
_TURKISH_FIRST_PERSON = re.compile(r"\w\w[aeıioöuü]m(?:[aeıiuü]|da|de|dan|den)?$|y[ıiuü]m$")
_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]?")
_TOKEN = re.compile(r"\S+")
_JSON_GLUE = re.compile(r'[\s"{}\[\]:,]+')
_TOKEN_STRIP = ".,;:!?¿¡\"'()[]{}«»“”"


def _stem(term: str) -> str:
    r"""The first letters of a term's longest word: a text with none holds no such term.

    Up to five letters of the longest literal run outside a group (``diab`` for
    ``diab[eè]t\w*``, ``hospi`` for ``in (?:the )?hospital``); each run starts a word.
    """
    flat = term
    while "(" in flat:  # groups are optional words or endings: drop them
        flat = re.sub(r"\([^()]*\)[?*]?", " ", flat)
    flat = re.sub(r"\\w|\[[^]]*\]|[^\W\d_]\?", " ", flat)  # classes, optional letters
    runs: list[str] = re.findall(r"[^\W\d_]+", flat)
    # The longest run, the last of equal ones: "pay" in "can't pay", not "can".
    return max(reversed(runs), key=len).lower()[:5]


def _by_stem() -> dict[str, tuple[re.Pattern[str], ...]]:
    """Each term's own pattern, under its stem.

    A sentence is searched only for the terms its words may start: the pattern of all
    terms tries each of them at every word, which is slow.
    """
    table: dict[str, list[re.Pattern[str]]] = {}
    for term in _TERMS:
        pattern = re.compile(rf"(?i)(?<!\w)(?:{term})(?!\w)")
        table.setdefault(_stem(term), []).append(pattern)
    return {stem: tuple(patterns) for stem, patterns in table.items()}


_BY_STEM = _by_stem()
_STEMS = frozenset(_BY_STEM)
_GATE_WORDS = re.compile(r"[^\W\d_]{3,}")


def _stemmed(word: str) -> bool:
    stems = _STEMS
    word = word.lower()
    return word[:5] in stems or word[:4] in stems or word[:3] in stems


def _gate(text: str) -> bool:
    """Whether ``text`` may hold a term: cheap, so a clean megabyte costs little."""
    if not text.isascii() and max(text) >= "\u0590" and _has_script_term(text):
        return True
    # Letter runs lie inside words: a long text's distinct words hold the same set.
    return any(map(_stemmed, set(_GATE_WORDS.findall(words_of(text)))))


def find_sensitive(text: str, hits: list[Hit]) -> None:
    """Add a sensitive disclosure: a health, money, legal or bereavement term about a person.

    The whole sentence is the finding (masked like speech): the term alone would show
    what the caller disclosed. Only sentences holding a term's word are searched: the
    full pattern is slow next to a word lookup.
    """
    if "\\u" in text:  # JSON written with its letters escaped ("alzh\u00e9imer")
        _escaped_strings(text, hits)
    if not _gate(text):
        return
    scripts = not text.isascii() and max(text) >= "\u0590"
    spots = [m.start() for m in _GATE_WORDS.finditer(text) if _stemmed(m.group())]
    if scripts:
        spots = sorted(spots + [m.start() for m in _script_terms(text)])
    names = sorted(h.start for h in hits if h.kind == "name")
    for sentence in _SENTENCE.finditer(text):
        first = bisect_left(spots, sentence.start())
        if first == len(spots) or spots[first] >= sentence.end():
            continue
        part = sentence.group()
        # No term holds a digit: sentences that differ in their numbers share a verdict.
        verdict = _discloses(part.translate(_ZERO_DIGITS), scripts=scripts)
        if verdict == _TERM_ONLY:  # a named person ties the term as "my" would
            at = bisect_left(names, sentence.start())
            named = at < len(names) and names[at] < sentence.end()
            verdict = _TOLD if named or _NAMED_SUBJECT.search(part) else verdict
        if verdict == _TOLD:
            stripped = part.strip()
            start = sentence.start() + part.index(stripped[:1]) if stripped else sentence.start()
            end = start + len(stripped)
            hits.append(Hit("sensitive", start, end, mask_free_text(text[start:end])))


#: A JSON string with a ``\u`` escape in it.
_ESCAPED_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*\\u(?:[^"\\\n]|\\.)*"')


def _escaped_strings(text: str, hits: list[Hit]) -> None:
    """Add the JSON strings of ``text`` that disclose once their escapes are read."""
    for m in _ESCAPED_STRING.finditer(text):
        try:
            said = json.loads(m.group())
        except ValueError:
            continue
        found: list[Hit] = []
        if isinstance(said, str) and "\\u" not in said:
            find_sensitive(said, found)
        if found:
            hits.append(Hit("sensitive", m.start() + 1, m.end() - 1, mask_free_text(said)))


# Pure, and a long call repeats its sentences ("yes", "thank you"): each is judged once
# per scan.
@text_cache(maxsize=4096)
def _discloses(part: str, *, scripts: bool) -> int:
    """Whether one sentence tells a sensitive term about a person.

    ``_TOLD`` when it does, ``_TERM_ONLY`` for a term with no word tying it to a person
    (a name found in the sentence may), else ``_NOTHING``.
    """
    terms = [
        m for m in _term_matches(part) if not _topic(part, m.end()) and not _device(part, m.start())
    ]
    found = [m.group().lower() for m in terms]
    script = [m.group() for m in _script_terms(part)] if scripts else []
    if any("\u3040" <= t[0] <= "\u9fff" or "\u0e00" <= t[0] <= "\u0e7f" for t in script):
        return _TOLD  # Chinese, Japanese, Thai: sentences drop the subject, the term stands
    if any(t in world.STANDING for t in script):
        return _TOLD  # a Korean self-report: "filed for bankruptcy", "take antidepressants"
    strong = [t for t in found if t not in _WEAK_TERMS] + script
    # Sympathy makes one weak term enough: "sorry to hear about your husband's stroke".
    sympathy = bool(found) and _CONDOLENCE.search(part) is not None
    if not strong and len(found) < 2 and not sympathy:
        return _NOTHING
    tokens = [t.group() for t in _TOKEN.finditer(part)]
    words = [t.strip(_TOKEN_STRIP).lower().replace("’", "'") for t in tokens]
    if not script and europe.at_work(found, words):
        return _NOTHING  # "jag jobbar på sjukhuset": a place of work, no stay
    if not script and conditions.passing_absence(found, frozenset(words), part):
        return _NOTHING  # "ill and won't come to school": a day off, no condition
    if conditions.charity_appeal(part, [m.start() for m in terms]) and not script:
        return _NOTHING  # "we collect for the food bank": a cause, not the speaker's need
    tied = _PERSON_TIES.intersection(words)
    if not tied and '"' in part:  # JSON glues the first word to its field: "content":"nina
        tied = _PERSON_TIES.intersection(w.lower() for w in _JSON_GLUE.split(part))
    if treatments.tie_is_another_word(tied, part, tokens, words):
        tied = frozenset()
    business = script_words.tie_is_a_business(tied, words)  # "our clinic offers ..."
    business = business or plain.we_the_business(tied, words)  # "chúng tôi có bán ..."
    business = business or conditions.we_sell(tied, words)  # "we stock ... 500 mg"
    if tied and not business and not (tied == {"ma"} and script_words.ma_is_but(words)):
        return _TOLD  # "ma" is French "my" and Italian "but"
    if _TURKISH.search(part) and any(map(_TURKISH_FIRST_PERSON.search, words)):
        return _TOLD  # Turkish marks "my" and "I am" with a suffix: maaşım, borçluyum
    if script_words.tied_by_inflection(part, words) or tongues.tied_by_letters(part, words):
        return _TOLD  # Romanian "am" ("I have"), only beside a letter only Romanian writes
    if conditions.hungarian_mine(found, part):
        return _TOLD  # Hungarian says "my" with a suffix: "adósságom" ("my debt")
    if treatments.tied_by_letters(part, words):
        return _TOLD  # Slovenian "sem", Uzbek "men" ("I"), only where no other language'd be
    if plain.tied_by_letters(part, words) or voices.tied_in_speech(part, words):
        return _TOLD  # Vietnamese "em" ("I"), only beside a letter only Vietnamese writes
    if script and _script_tied(part) and not treatments.our_facility(part):
        return _TOLD
    if world.tied_by_prefix(part) or asia_africa.tied_in_script(part, words):
        return _TOLD  # Zulu and Xhosa say "I" in the verb: "ngine-HIV", "ngaboshwa"
    if notes.role_subject(words) or notes.told_visit(part, words):
        return _TOLD  # "Caller mentioned ...", "your appointment at the ... clinic"
    if asia_africa.terms_stand(script, part) and not treatments.our_facility(part):
        return _TOLD  # Malayalam, Kannada, Sinhala drop the subject: two terms say whose
    return _TOLD if _spoken_to(part, words, [m.start() for m in terms]) else _TERM_ONLY


_NOTHING, _TERM_ONLY, _TOLD = 0, 1, 2
_ZERO_DIGITS = str.maketrans("123456789", "000000000")
#: A titled or full name as the subject of a sentence: "Mrs Abara passed away",
#: "Jan Novak was arrested"; the name detector may not know the name.
_NAMED_SUBJECT = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau|Sr|Sra|Señor|Señora|Doña|Mme|Madame|Monsieur"
    r"|Signor|Signora|Pan|Pani)\.? [A-Z][\w'-]+|^\s*[A-Z][^\W\d_]+ [A-Z][\w'-]+)"
    r"(?: [A-Z][\w'-]+)?\s+(?:is|was|has|had|got|ist|war|hat|est|a|était|está|estaba"
    r"|tiene|é|foi|tem|è|ha|era|jest|był|była)\b"
)


def _term_matches(part: str) -> list[re.Match[str]]:
    """The terms in ``part``, in order; of overlapping ones the longest ("in pain")."""
    patterns: set[re.Pattern[str]] = set()
    for word in set(_GATE_WORDS.findall(part.lower())):
        for stem in (word[:5], word[:4], word[:3]):
            patterns.update(_BY_STEM.get(stem, ()))
    found = sorted(
        (m for p in patterns for m in p.finditer(part)), key=lambda m: (m.start(), -m.end())
    )
    kept: list[re.Match[str]] = []
    for m in found:
        if not kept or m.start() >= kept[-1].end():
            kept.append(m)
    return kept


def _script_tied(part: str) -> bool:
    """Whether a sentence in a script of SUBSTRINGS holds a first-person or kin word."""
    return any(tie in part for tie in _INSIDE_TIES) or _WORD_TIE.search(part) is not None


def _spoken_to(part: str, words: list[str], starts: list[int]) -> bool:
    """Whether a term is about the person spoken to ("your diagnosis", "you're pregnant").

    A second-person word counts right before the term or a relative, as the subject of
    "are" or "were" just before the term, or in a sentence of sympathy: "your" and "you"
    alone are as often the business ("your policy on ...", "do you have ... options").
    """
    seconds = [i for i, w in enumerate(words) if w in voc.SECOND_PERSON]
    if not seconds:
        return False
    if not voc.SYMPATHY.isdisjoint(words) or _SORRY.search(part):
        return True
    if any(i + 1 < len(words) and words[i + 1] in voc.RELATIVES for i in seconds):
        return True
    offsets = [m.start() for m in _TOKEN.finditer(part)]
    for t in (bisect_right(offsets, s) - 1 for s in starts):
        for i in seconds:
            word = words[i]
            if word in voc.SECOND_PERSON_POSSESSIVE and t == i + 1:
                return True
            if word in voc.SECOND_PERSON_BE and 0 < t - i <= 2:
                return True
            after = words[i + 1] if i + 1 < len(words) else ""
            if word == "you" and after in voc.SECOND_PERSON_VERBS and 0 < t - i <= 3:
                return True
    return False


_SORRY = re.compile(r"(?i)\bsorry (?:to hear|for|about)\b|\bso sorry\b")
#: Condolences, not an apology for a wait ("sorry for the wait", "I understand").
_CONDOLENCE = re.compile(
    r"(?i)\bsorry to hear\b|\bso sorry\b|\bcondol|\blament|\bbeileid|\bsinto muito"
    r"|\bmi dispiace|\btut mir (?:so )?leid|\bdésolée? d"
)


def _topic(part: str, end: int) -> bool:
    """Whether the term at ``end`` names an offer or a field ("bereavement fares")."""
    m = _WORDS.match(part, end + 1) if part[end : end + 1] == " " else None
    return m is not None and m.group().lower() in _TOPIC_NOUNS


_LAST_WORD = re.compile(r"(\w+)\W*$")


def _device(part: str, start: int) -> bool:
    """Whether the term at ``start`` follows a thing ("my phone died", "battery dead")."""
    m = _LAST_WORD.search(part, max(0, start - 24), start)
    return m is not None and m.group(1).lower() in _NOT_A_PERSON_BEFORE


# Pure, and speech repeats its names: each distinct word is matched once per scan.
@text_cache(maxsize=4096)
def sensitive_word(word: str) -> bool:
    """Whether ``word`` alone is a sensitive term (a name never is one)."""
    return _SENSITIVE.fullmatch(word) is not None


# -- values named by their key -------------------------------------------------------------

_JSON_FIELD = re.compile(r'"([^"\\\n]{1,64})"\s*:\s*"((?:[^"\\\n]|\\.)*)"')
#: Values that fill a sensitive field with nothing ("none", "n/a", "unknown").
_EMPTY = frozenset(("none", "no", "n/a", "na", "unknown", "nil", "null", "false", "0", "-",
                    "ninguna", "ninguno", "aucune", "keine", "nessuna", "nenhuma"))  # fmt: skip


_KEYS = voc.SENSITIVE_KEYS | voc.SENSITIVE_KEYS_MORE | script_words.KEYS | payloads.KEYS
_NOTE_KEYS = voc.NOTE_KEYS | script_words.NOTE_KEYS | notes.NOTE_KEYS | payloads.NOTE_KEYS
_KEYS_IN_CONTEXT = voc.SENSITIVE_KEYS_IN_CONTEXT | voc.SENSITIVE_KEYS_IN_CONTEXT_MORE
_KEY_CONTEXT = voc.SENSITIVE_KEY_CONTEXT | voc.SENSITIVE_KEY_CONTEXT_MORE


_YES = frozenset(("true", "yes", "y", "1"))


@key_cache(maxsize=4096)
def _key_says(key: str) -> str:
    """``field`` for a key naming a sensitive field, ``note`` for a note, ``tag`` for tags."""
    segments = [s for s in key.split(".") if s and not s.isdigit()]
    if not segments:
        return ""
    every = voc.key_tokens(".".join(segments))
    last = voc.key_tokens(segments[-1])
    if not last:
        return ""
    ends = {"".join(last[-n:]) for n in range(1, len(last) + 1)}
    # ``medical_condition`` and ``patient.conditions``, not ``vehicle_condition``.
    if last[-1] in _KEYS_IN_CONTEXT:
        return "field" if _KEY_CONTEXT.intersection(every) else ""
    if ends & _KEYS or voc.SENSITIVE_KEY_TOKENS.intersection(every):
        return "field"
    if ends & _NOTE_KEYS:
        return "note"
    if last[-1] in voc.TAG_KEYS:
        return "tag"
    return ""


def find_sensitive_fields(key: str | None, text: str, hits: list[Hit]) -> None:
    """Add the values of fields that name a disclosure, in the attribute or in its JSON.

    A key naming a sensitive field (``patient.diagnosis``, ``"symptoms"``) makes its whole
    value one; a note or reason (``cancellation.reason``) holds one when a term is in it:
    the key ties the term to a person as "my" does in speech.
    """
    if key:
        _field(_key_says(key), text, 0, hits)
    if '":' in text and "{" in text:
        for m in _JSON_FIELD.finditer(text):
            says = _key_says(m.group(1))
            if says:
                _field(says, m.group(2), m.start(2), hits)
        payloads.find_amounts(text, hits)  # ``"existing_debt": 8250``


def _field(says: str, value: str, offset: int, hits: list[Hit]) -> None:
    stripped = value.strip()
    if not says or not stripped or stripped.lower() in _EMPTY:
        return
    # "true" under ``customer.deceased`` says as much as a sentence would.
    if placeholder(stripped) and not (says == "field" and stripped.lower() in _YES):
        return
    if says == "tag":
        _tags(stripped, offset + value.index(stripped[0]), hits)
        return
    if says == "note" and not _gate(stripped):
        return
    if says == "note":
        scripts = not stripped.isascii() and max(stripped) >= "\u0590"
        terms = [  # "cancer screening prices" names a service, not the person's state
            m.group().lower()
            for m in _term_matches(stripped)
            if not _topic(stripped, m.end()) and not _device(stripped, m.start())
        ]
        script = _has_script_term(stripped) if scripts else False
        if not script and all(t in _WEAK_TERMS for t in terms):
            return
    start = offset + value.index(stripped[0])
    hits.append(Hit("sensitive", start, start + len(stripped), mask_free_text(stripped)))


_TAG = re.compile(r"[^,;|]+")
_TAG_JOINERS = re.compile(r"[-_\s]+")


def _tags(value: str, offset: int, hits: list[Hit]) -> None:
    """Add each tag of a flags or tags value that marks a person's circumstances.

    ``bereaved`` or ``debt-collection`` on a CRM record says as much as the caller
    telling it; the value is one tag (a list attribute is scanned item by item) or a
    list written with commas.
    """
    for m in _TAG.finditer(value):
        raw = m.group().strip()
        tag = _TAG_JOINERS.sub(" ", raw).strip().lower()
        if not tag or tag in _WEAK_TERMS:
            continue
        if tag in voc.SENSITIVE_TAGS or _SENSITIVE.fullmatch(tag):
            start = offset + m.start() + m.group().index(raw[0])
            hits.append(Hit("sensitive", start, start + len(raw), mask_free_text(raw)))
