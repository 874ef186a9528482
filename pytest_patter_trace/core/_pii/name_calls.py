"""Names in the forms of a phone call, which the lead-in tables do not read.

:mod:`.name_intros` and :mod:`.name_leads` read a name AFTER a lead-in ("my name is ...").
A caller and an agent also say one in other forms, read here:

- confirmed by the calling verb after it, in any case: "soy ... llamaba", "sono ...
  chiamo", "this is ... calling" (where the surname may be a place word: Park, Hill);
- a phone opener after a greeting, in lower case, to the end of the turn: "pronto
  buongiorno sono ...", "dobrý den tady ...", "oi aqui é o ... tudo bem";
- said BEFORE what names it: "Brenner mein Name", "... is my name", Basque "... naiz",
  Jamaican "a ... dis", Tagalog "si ... po ito", Amharic "ene ... negn";
- a greeting, the name, then "speaking" or "here" ("G'day, ... speaking");
- a booking or a name read back by the agent: "the reservation is for ...", "la reserva
  es para ...", "I have you down as ...", Arabic "أستاذ ...";
- in scripts without case: Arabic "معك ..." (with you, on the phone), "الاسم ...", "أنا
  ... من"; "I ... am speaking" in Bengali, Tamil, Marathi, Gujarati, Telugu, Kannada,
  Malayalam and Punjabi; Chinese "我是 ..." (a common surname, then a pause); Thai
  "ชื่อ ... ครับ"; Lao and Khmer names spaced after "my name
  is"; Burmese before "ပါ"; Mongolian "намайг ... гэдэг"; Hebrew "מדבר ..." (speaking).

Kept by hand: no maintained lexicon lists how callers say their names on the phone in
these languages (CLDR and Faker list names and greetings, not these frames), and the NER
models measured in docs/pii.md miss lower-case and romanised names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import vocabulary as voc
from .demonyms import demonym
from .disclosure import sensitive_word
from .hints import holds_any
from .names import everyday, not_a_name

Takes = Callable[[str], bool]

__all__ = ["call_names"]

#: One word of a name: letters, inner apostrophes and hyphens, and the marks of scripts
#: that put them inside words.
_MARKS = "\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0dff\u0e31-\u0e4e"
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}]|['’\-])*")

#: "I am", "this is" and the phone's lead-ins, after which a run needs confirming.
_SELF = (
    "this is|it's|it is|i'm|i am|soy|sono|sou o|sou a|sou|je suis|c'est|ich bin|hier ist"
    "|hier spricht|ik ben|jestem|ben|sunt|saya|aku|ako po si|ako si|tady je|tady"
    "|aqui é o|aqui é a|aqui é|aquí|fala o|fala a|fala|le habla|habla|qui parla|parla"
    "|είμαι ο|είμαι η|είμαι|main|mai|nenu|naan|ami|ana"
)


def _by_first_letter(alternatives: str) -> str:
    """``a|b|...`` grouped by first letter behind a lookahead on it: the search skips in C."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives.split("|"):
        groups.setdefault(alternative[0], []).append(alternative[1:])
    body = "|".join(
        f"{re.escape(first)}(?:{'|'.join(map(re.escape, rests))})"
        for first, rests in groups.items()
    )
    return f"(?=[{''.join(map(re.escape, groups))}])(?:{body})"


#: The lead-ins, without an assertion before them: the edge of the word is checked after.
_SELF_LEAD = re.compile(rf"{_by_first_letter(_SELF)} +")
_SELF_HINTS = ("this is", "it's", "it is", "i'm", "i am", "soy", "sono", "sou ", "suis",
               "c'est", "ich bin", "hier ", "ik ben", "jestem", "ben ", "sunt", "saya",
               "aku", "ako ", "tady", "aqui", "aquí", "fala", "habla", "parla", "είμαι",
               "main ", "mai ", "nenu", "naan", "ami ", "ana ")  # fmt: skip
#: Verbs of calling said right after one's name ("... llamaba por", "... calling about").
_CALLING = voc.words(
    """calling ringing phoning speaking here llamaba llamo llamando hablando chiamo chiamavo
    chiamando ligo ligava ligando liguei falando appelle j'appelle appelais rufe anrufe
    spreche bel dzwonię dzwonie dzwoniłam dzwoniłem volám telefonuji arıyorum arıyordum
    ariyorum menelepon nelepon tumatawag звоню τηλεφωνώ"""
)
#: "Speaking", romanised from Tamil, Telugu, Bengali, Malayalam: no name word (the name
#: before it is :func:`.name_intros.speaking`'s, which knows what else stands there).
_SPEAKING = voc.words(
    """pesuren pesaren pesugiren matladutunnanu matladuthunna matladutunna bolchi bolchhi
    bolchhe samsarikkunnu"""
)
#: Greetings and fillers that open a caller's turn, before "I am" or a name. Kept by hand:
#: how a call opens in each language (CLDR lists no greetings).
_GREETING_WORDS = voc.words(
    """hi hello hey hiya g'day good morning afternoon evening yes yeah ok okay oh um uh
    hola buenas buenos buen días dias tardes noches día dia bonjour bonsoir allô allo
    salut oui hallo guten tag morgen abend grüezi gruezi servus moin ja pronto buongiorno
    buonasera salve ciao sì si oi olá ola bom boa tarde noite alô alo dobrý dobry den ahoj
    haló halo dzień dzien witam cześć merhaba iyi günler akşamlar selam selamün aleyküm
    bună buna ziua namaste namaskar namaskaram namaskara vanakkam sat sri akal andi ji po
    kumusta magandang umaga hapon gabi salam alaikum aleikum 3alaykum alaykum habari jambo
    sawubona kaixo egun on selamat pagi siang sore malam haan wah gwaan wagwan nomoskar"""
)
#: Words said after a name that open the next clause ("... tudo bem", "... e queria").
_CLAUSE = voc.words("tudo todo e y and und et i ve va po and but pero ma mais aber")
#: Grammar words, adverbs and states said after "I am" in these languages: no name. Kept
#: by hand: stop-word packages list no Tagalog, Indic romanised or spoken forms.
_GRAMMAR = voc.words(
    """a o as os um uma el la los las un una une le les il lo gli der die das ein eine de
    del della di da do dos das du des en in im am an auf au aux al à a con com cu con per
    para por pour pe sur sobre su senza sem sin sans ohne bez bez z ze w we v ve na po pod
    za do od od u s se si sa ng sa mga ang yung ay ayon na pa din rin lang ba ka ko ako
    je jsem jsme jste jsou je to ten ta tu tam tady zde tak už ještě moc velmi máme mám
    jest są tu tam bardzo już też jeszcze nie ne nu nem não no non nicht niet inte ikke ei
    muy molto muito très sehr zeer foarte çok cok bien bene bem gut goed bine iyi
    ya já già deja ainda ancora encore noch todavía aún tudo todo tutto tout alles alle
    aynı ayni ayrıca de da ile için icin sorun problema problem problém problème
    mau ingin ada tidak sudah belum bisa tanya cuma hanya juga lagi masih sedang akan
    hier ici qui aquí aqui acá cá ali allí là here there
    mi me te se nos lui lei ele ela eles elas yo tú io tu noi voi moi toi vous ich du
    wir sie ja ty my wy on ona ben sen biz siz o eu nós você
    cliente klient client kunde customer müşteri pelanggan
    rimasta rimasto arrivata arrivato stanca stanco malata malato preoccupata preoccupato
    contenta contento cansada cansado enferma enfermo preocupada preocupado supărată
    supărat bolnavă bolnav obosită obosit bagunnanu bagunnaanu theek thik bien okay fine
    dehna tamam tena yistilign this that these those it is was are be the my your our his
    her their its he she we they you what which who urgent important again back değil
    değilim memnun disponibile disponible interessata interessato interesado interesada
    intéressé intéressée zainteresowana zainteresowany nueva nuevo nuovo nuova novo nova
    neu neue nouveau nouvelle nowy nowa nový nová yeni baru clienta paciente paziente
    patient patientin pacjent pacjentka hasta pasien total ganz voll evde yokum burada"""
)
#: Topographic surnames that are place words too: one may end a name a calling verb
#: confirms ("this is ... Park calling"), never open it.
_TOPONYMIC = voc.words(
    """hill hills park parks hall wood woods field fields brook brooks bridge bridges lake
    ford church banks rivers marsh moss grove dale"""
)
#: Words of a business's name: "this is Riverside Pharmacy calling" is no person.
_BUSINESS = voc.words(
    """pharmacy chemist chemists surgery practice dental dentistry clinic clinics logistics
    motors garage salon bakery pizzeria restaurant kitchen hotel hospital bank insurance
    energy power water gas telecom mobile broadband couriers courier delivery deliveries
    cleaners plumbing electric electrical realty properties estates agency solicitors
    accounting finance credit union office team desk centre center services service
    traders trading holdings partners ventures industries enterprises associates consulting
    supplies imports exports foods pharma labs"""
)


def _part(word: str, takes: Takes, plain: Takes, *, last: bool = False) -> bool:
    """Whether ``word`` may be a word of a person's name here.

    ``takes`` judges any word as the introduction reader does; ``plain`` also knows the
    stop words of lower-case speech (adverbs, states, "number", "customer").
    """
    folded = word.casefold()
    if len(word) < 2 or folded in _GRAMMAR or folded in _CALLING or folded in _SPEAKING:
        return False
    if folded in _BUSINESS:
        return False
    if folded in voc.DIGIT_WORDS or sensitive_word(word):
        return False
    if word.isascii() and len(word) > 4 and folded.endswith(("ing", "ly")):
        return False
    if last and word[:1].isupper() and folded in _TOPONYMIC:
        return True  # "... Park calling": a surname, confirmed by the verb
    if word[:1].isupper():
        return takes(word) and not not_a_name(word)
    if "'" in word or "’" in word:
        return False  # "all'offerta", "l'ordine": an elided article, not a name
    if len(word) > 5 and folded.startswith("ge") and folded.endswith("t"):
        return False  # "genervt", "geimpft": a German participle, a state
    # "santos" said in lower case may be a saint; ``plain`` knows the stop words of speech.
    return takes(word) and plain(word) and not everyday(word)


def _capitalised(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The leading words of a run that start with a capital."""
    count = 0
    while count < len(words) and words[count].group()[:1].isupper():
        count += 1
    return words[:count]


def _words_at(text: str, pos: int, limit: int = 5) -> list[re.Match[str]]:
    """The words from ``pos`` with only spaces between them (a comma ends the run)."""
    found: list[re.Match[str]] = []
    while len(found) < limit:
        m = _WORD.match(text, pos)
        if m is None:
            break
        found.append(m)
        nxt = m.end()
        while nxt < len(text) and text[nxt] == " ":
            nxt += 1
        if nxt == m.end():
            break
        pos = nxt
    return found


#: Particles that sit inside a name only, never between two everyday words.
_STRONG_PARTICLES = voc.words("dos das del van von der den ter ten bin binti ibn")


def _inside(word: str, after: str) -> bool:
    """Whether ``word`` is a particle inside a name, given the word ``after`` it."""
    folded = word.casefold()
    strong = folded in _STRONG_PARTICLES
    return folded in voc.NAME_PARTICLES and (strong or after[:1].isupper())


def _name_of(words: list[re.Match[str]], takes: Takes, plain: Takes, *, lower_min: int) -> bool:
    """Whether the words are a name: capitalised, or ``lower_min`` words or more."""
    said = [w.group() for w in words]
    if not said or not all(
        _part(w, takes, plain, last=i == len(said) - 1)
        # A particle inside a name ("Luana da Silva", "ana dos santos") is no word to
        # judge; a weak one ("da", "de") only before a capital ("paciente da clínica").
        or (0 < i < len(said) - 1 and _inside(w, said[i + 1]))
        for i, w in enumerate(said)
    ):
        return False
    if all(map(demonym, said)):
        return False  # "soy Peruana": what the speaker is, not who
    capitalised = all(w[:1].isupper() for w in said)
    return capitalised or len(said) >= lower_min


#: How far back a turn's opening is read: greetings are short, and a scan of a long text
#: must not read back to its start from every lead-in.
_OPENING = 80
_SPLIT = re.compile(r"[\s,.!¡?¿;:]+")


def _opening(lowered: str, end: int) -> str | None:
    """The turn's text before ``end`` (after a quote or a line break), or ``None`` if long."""
    low = max(0, end - _OPENING)
    quote = max(lowered.rfind('"', low, end), lowered.rfind("\n", low, end))
    if quote < 0 and low > 0:
        return None
    return lowered[quote + 1 : end]


def _greeted_start(lowered: str, end: int) -> bool:
    """Whether the turn before ``end`` is only greetings and fillers: its opening.

    The turn starts after the last quote or line break: a JSON string holds one.
    """
    said = _opening(lowered, end)
    if said is None:
        return False
    words = _SPLIT.split(said)
    return any(words) and all(w in _GREETING_WORDS for w in words if w)


#: Lead-ins the speech reader does not read before a capitalised name: one to three
#: capitalised words after them are a name ("merhaba ben ...", "salam ana ...").
_CAPS_LEADS = voc.words("ben sunt saya aku ana fala main mai nenu naan ami")
#: Of those, the ones that are given names or everyday words too: only at a turn's opening.
_GIVEN_LEADS = voc.words("ana ben main mai ami")
#: Of those, the ones that also mean "my" after a noun ("alamat saya ...": my address).
_POSSESSIVE = voc.words("saya aku")
#: A phone's "speaking" after the name: "... à l'appareil", "... al habla", "... am Apparat".
_PHONE_TAILS = {"à": "l'appareil", "al": "habla", "am": "apparat"}


#: What ends a turn after a name: the text's or the JSON string's end, punctuation.
_TURN_ENDS = ("", ",", ".", "!", "?", ";", '"', "\n", ")")


def _ends_name(folded: list[str], i: int) -> bool:
    """Whether the word at ``i`` opens what follows a name: a clause, a phone's tail."""
    word = folded[i]
    tail = _PHONE_TAILS.get(word)
    return word in _CLAUSE or (tail is not None and folded[i + 1 : i + 2] == [tail])


def _after_self(text: str, lowered: str, takes: Takes, plain: Takes) -> list[tuple[int, int]]:
    """Names after "I am" and the phone's lead-ins, confirmed by a calling verb or a greeting."""
    found: list[tuple[int, int]] = []
    for m in _SELF_LEAD.finditer(lowered):
        if m.start() and (lowered[m.start() - 1].isalnum() or lowered[m.start() - 1] in "'’"):
            continue  # inside a word ("also", "diana")
        lead = m.group().strip()
        opening = _opening(lowered, m.start())
        greeted = _greeted_start(lowered, m.start())
        opens = greeted or (opening is not None and not opening.strip())
        if lead in _GIVEN_LEADS and not opens:
            continue  # "my name is Ana ...", "Ben ...": a given name, not "I"
        words = _words_at(text, m.end())
        folded = [w.group().casefold() for w in words]
        calling = next((i for i, w in enumerate(folded) if w in _CALLING), -1)
        if 1 <= calling <= 3 and _name_of(words[:calling], takes, plain, lower_min=1):
            found.append((words[0].start(), words[calling - 1].end()))
            continue
        capitals = 0
        while capitals < min(3, len(words)) and words[capitals].group()[:1].isupper():
            capitals += 1
        if capitals >= 2 and lead in _CAPS_LEADS and (lead not in _POSSESSIVE or opens):
            if _name_of(words[:capitals], takes, plain, lower_min=9):
                found.append((words[0].start(), words[capitals - 1].end()))
            continue
        if not greeted:
            continue
        # "pronto buongiorno sono ludovica sarti": two or three words, then the turn ends,
        # the next clause opens or the phone's "speaking" follows.
        size = next((i for i in range(2, len(words)) if _ends_name(folded, i)), len(words))
        if not 2 <= size <= 3:
            continue
        end = words[size - 1].end()
        if size == len(words) and text[end : end + 1] not in _TURN_ENDS:
            continue
        if _name_of(words[:size], takes, plain, lower_min=2):
            found.append((words[0].start(), end))
    return found


_W = r"[^\W\d_][\w'’\-]*"
#: What names the words before it: "Brenner mein Name", "... is my name", "... naiz". A
#: lookahead on the first letters, not an assertion: the search skips through in C, and
#: the words before each marker are read from a short window.
_MARKER = re.compile(
    r"(?=[iemècnd])(?:ist mein name|is my name|ito|mein name|es mi nombre|est mon nom|eto"
    r"|é o meu nome|è il mio nome|c'est mon nom|naiz|negn|dis)(?![\w'’])"
)
#: After "mein Name": the usual order goes on ("mein Name ist ..."), nothing before it.
_MARKER_THEN = re.compile(r" (?:ist|steht|lautet|is|es|è|é|est)(?!\w)")
_RUN_BEFORE = re.compile(rf"((?:{_W} ){{0,3}}{_W}),? $")
_BEFORE_HINTS = ("mein name", "is my name", "es mi nombre", "o meu nome", "il mio nome",
                 "mon nom", " naiz", " negn", " dis", " ito", " eto")  # fmt: skip
#: The word that must open the run for the frames that have one: Jamaican "a ... dis",
#: Tagalog "si ... ito", Amharic "ene ... negn".
_OPENER = {"dis": "a", "ito": "si", "eto": "si", "negn": "ene"}


def _before(text: str, lowered: str, takes: Takes, plain: Takes) -> list[tuple[int, int]]:
    """Names said before "my name", a copula or "this is" in its own language's order."""
    found: list[tuple[int, int]] = []
    for m in _MARKER.finditer(lowered):
        if not m.start() or lowered[m.start() - 1] != " " or _MARKER_THEN.match(lowered, m.end()):
            continue
        shift = max(0, m.start() - 120)
        run = _RUN_BEFORE.search(text, shift, m.start())
        if run is None:
            continue
        marker = m.group().rsplit(None, 1)[-1]
        words = [w for w in _words_at(text, run.start(1), limit=4) if w.end() <= run.end(1)]
        while words and words[-1].group().casefold() == "po":
            words = words[:-1]  # "si ... po ito": the polite particle
        said = [w.group().casefold() for w in words]
        opener = _OPENER.get(marker)
        if opener is not None:
            if opener not in said[:-1]:
                continue
            words = words[said.index(opener) + 1 :]
        else:
            while words and words[0].group().casefold() in _GREETING_WORDS | {"so", "well"}:
                words = words[1:]
        if opener is None and words:
            # The run must open the sentence (or follow the greeting dropped above).
            before = text[max(0, words[0].start() - 8) : words[0].start()].rstrip()
            dropped = run.start(1) != words[0].start()
            if before and before[-1] not in ',.!?;:"' and not dropped:
                continue
        if marker == "naiz" and not all(w.group()[:1].isupper() for w in words):
            continue  # Basque lower case: "oso pozik naiz", a state
        if _name_of(words[:3], takes, plain, lower_min=2) and len(words) <= 3:
            found.append((words[0].start(), words[-1].end()))
    return found


#: A greeting at the turn's start, the name, then "speaking" or "here".
_SIGNED = re.compile(
    rf"(?i)\s*(?:{_W}[ ,!.]+){{1,3}}?((?:{_W} ){{1,2}}?{_W}),? (?:speaking|here|calling"
    r"|ringing)(?![\w'’])"
)
#: A booking read back: "the reservation is for ...", "la reserva es para ...".
_BOOKING = re.compile(
    _by_first_letter(
        "reservation|booking|table|appointment|reserva|cita|mesa|réservation|rendez-vous"
        "|prenotazione|appuntamento|tavolo|reservierung|termin|tisch"
    )
    + r"(?: (?:is|es|est|è|ist|é))?"
    r"(?: (?:for|para|pour|per|für) (?:two|three|four|five|six|dos|tres|cuatro|deux"
    r"|trois|quatre|due|tre|quattro|zwei|drei|vier|\d+))?"
    r" (?:for|para|pour|per|für) (?=[^\W\d_])"
)
#: What every booking read back holds: "for" and a capital. A literal first: the search
#: skips through in C.
_FOR_CAPITAL = re.compile(r" (?:for|para|pour|per|für) [A-ZÀ-ÖØ-ÞĀ-Ž]")


#: An agent reading a name back: "let me read that back: ...", "I have you down as ...",
#: "I have your booking under ...": capitalised words follow. ("So that's ..., right?" is
#: left out: a product or a place is read back so as often.)
_READ_BACK = re.compile(
    _by_first_letter("read that back|read it back|down as|booking under|reservation under") + r":? "
)
_READ_BACK_HINTS = (" back", "down as", " under ")
#: What a caller is put down as, or a booking put under, that is no one's name.
_NOT_READ_BACK = voc.words(
    """review premium member members gold silver platinum basic standard plan guest guests
    vip pending priority business economy family group corporate new returning urgent"""
)


def _read_back(text: str, lowered: str, takes: Takes, plain: Takes) -> list[tuple[int, int]]:
    """Capitalised names an agent reads back to the caller to check them."""
    found: list[tuple[int, int]] = []
    for m in _READ_BACK.finditer(lowered):
        if m.start() and lowered[m.start() - 1].isalnum():
            continue
        said = _capitalised(_words_at(text, m.end(), limit=3))
        if any(w.group().casefold() in _NOT_READ_BACK for w in said):
            continue  # "down as Premium Member", "under Review"
        if said and _name_of(said, takes, plain, lower_min=9):
            found.append((said[0].start(), said[-1].end()))
    return found


#: A document read aloud: "the ticket says ...", "la multa dice ...", "auf dem Zettel steht
#: ...": the name it carries follows, two or three capitalised words to a stop.
_DOC_SAYS = re.compile(
    _by_first_letter(
        "ticket|letter|card|licence|license|receipt|invoice|notice|fine|summons|envelope"
        "|label|badge|permit|statement|bill|parcel|package|form|multa|carta|tarjeta|recibo"
        "|factura|sobre|boleta|amende|lettre|carte|facture|enveloppe|zettel|strafzettel"
        "|brief|karte|rechnung|bescheid"
    )
    + r" (?:says|said|reads|shows|lists|has|is (?:made out|addressed) to|dice|pone|dit"
    r"|indique|porte|steht|lautet)(?: (?:the name|el nombre|le nom|der name))?:? "
)
#: What a document says that is no one's name: a card's brand, a charge, a tax, a service.
_DOC_NOT = voc.words(
    """visa mastercard amex maestro debit credit council tax reduction payment penalty charge
    fine notice parking service services total amount due balance account reference
    overdue final reminder urgent express standard priority delivery return returns prime
    amazon royal mail post office dhl ups fedex evri hermes private confidential"""
)
#: Longest text read for a document read aloud: one caller's turn, not a long log's piece.
_DOC_LONGEST = 600
#: A document's word and a verb of saying, both in every _DOC_SAYS match: asked apart, as
#: words, before the pattern is searched ("I'd like to book" holds neither document).
_DOC_NOUNS = ("ticket", "letter", "card", "licen", "receipt", "invoice", "notice", "fine",
              "summons", "envelope", "label", "badge", "permit", "statement", "bill", "parcel",
              "package", "form", "multa", "carta", "tarjeta", "recibo", "factura", "sobre",
              "boleta", "amende", "lettre", "carte", "facture", "zettel", "brief", "karte",
              "rechnung", "bescheid")  # fmt: skip
_DOC_VERBS = (" says ", " said ", " reads ", " shows ", " lists ", " has ", "addressed to",
              "made out to", " dice ", " pone ", " dit ", " indique ", " porte ", " steht ",
              " lautet ")  # fmt: skip


def _documents(text: str, lowered: str, takes: Takes, plain: Takes) -> list[tuple[int, int]]:
    """Names a caller reads off a document: two or three capitalised words to a stop."""
    found: list[tuple[int, int]] = []
    for m in _DOC_SAYS.finditer(lowered):
        if m.start() and lowered[m.start() - 1].isalnum():
            continue
        words = _capitalised(_words_at(text, m.end(), limit=4))
        end = words[-1].end() if words else -1
        if not 2 <= len(words) <= 3 or text[end : end + 1] not in _TURN_ENDS:
            continue
        said = [w.group().casefold() for w in words]
        if any(w in _DOC_NOT or w in _BUSINESS or everyday(w) for w in said):
            continue  # "the card says Visa Debit", "the notice says Council Tax ..."
        if _name_of(words, takes, plain, lower_min=9):
            found.append((words[0].start(), end))
    return found


def _latin(text: str, lowered: str, takes: Takes, plain: Takes) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    if holds_any(lowered, _SELF_HINTS):
        found += _after_self(text, lowered, takes, plain)
    if holds_any(lowered, _BEFORE_HINTS):
        found += _before(text, lowered, takes, plain)
    if holds_any(lowered, ("speaking", "here", "calling", "ringing")):
        m = _SIGNED.match(text)
        if m is not None and _greeted_start(lowered, m.start(1)):
            words = [w for w in _words_at(text, m.start(1), limit=3) if w.end() <= m.end(1)]
            if len(words) >= 2 and _name_of(words, takes, plain, lower_min=2):
                found.append(m.span(1))
    if holds_any(lowered, _READ_BACK_HINTS):
        found += _read_back(text, lowered, takes, plain)
    short = len(text) <= _DOC_LONGEST
    if short and holds_any(lowered, _DOC_VERBS) and holds_any(lowered, _DOC_NOUNS):
        found += _documents(text, lowered, takes, plain)
    if _FOR_CAPITAL.search(text):
        for m in _BOOKING.finditer(lowered):
            if not text[m.end()].isupper():
                continue  # "a table for four tomorrow": no one's name
            words = _words_at(text, m.end(), limit=3)
            while words and not words[-1].group()[:1].isupper():
                words.pop()  # "... for Imke Vos at seven": the capitalised words
            capitalised = all(w.group()[:1].isupper() for w in words)
            if len(words) >= 2 and capitalised and _name_of(words, takes, plain, lower_min=9):
                found.append((words[0].start(), words[-1].end()))
    return found


# -- scripts without case -------------------------------------------------------------------

_PUNCT = r"[.,!?;:،؟।॥\"')\]]"


def _framed(lead: str, chars: str, ends: str, *, most: int = 3) -> re.Pattern[str]:
    """One to ``most`` words of ``chars`` after ``lead``, then ``ends`` (a verb, a particle)."""
    name = rf"(?:[{chars}]+\s+){{0,{most - 1}}}?[{chars}]+"
    return re.compile(rf"(?:^|(?<=[\s,،]))(?:{lead})\s+({name})\s*(?:{ends})")


_AR = "\u0600-\u06ff"
#: Arabic: "with you" (on the phone), "the name", "I ... from": the name to a stop.
_AR_END = rf"(?={_PUNCT}|$)|(?=\s+(?:من|و|أتصل|اتصل|بتصل|بخصوص|حابب|حابة|أريد|اريد|عندي))"
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("مع", _framed("معك|معاك|معكم|معكي", _AR, _AR_END)),
    ("اسم", _framed("الاسم|الإسم", _AR, _AR_END, most=5)),
    # Arabic honorifics an agent says before a name: "teacher", "doctor", "Mr", "Mrs".
    ("ستاذ", _framed("أستاذ|استاذ|أستاذة|استاذة|الأستاذ|الأستاذة", _AR, _AR_END)),
    ("دكتور", _framed("دكتور|دكتورة|الدكتور|الدكتورة", _AR, _AR_END)),
    ("السيد", _framed("السيد|السيدة", _AR, _AR_END)),
    ("آنسة", _framed("الآنسة|آنسة|الانسة", _AR, _AR_END)),
    ("انسة", _framed("الانسة|انسة", _AR, _AR_END)),
    ("نا", _framed("أنا|انا", _AR, rf"(?=\s+من\s)|(?={_PUNCT})", most=3)),
    # "I ... am speaking": Bengali, Tamil, Marathi, Gujarati, Telugu, Kannada, Malayalam,
    # Punjabi.
    ("বল", _framed("আমি", "\u0980-\u09ff", "বলছি|বলছেন")),
    ("பேச", _framed("நான்", "\u0b80-\u0bff", "பேசுறேன்|பேசுகிறேன்|பேசறேன்|பேசுறென்")),
    ("बोल", _framed("मी", "\u0900-\u097f", "बोलतोय|बोलतेय|बोलत आहे|बोलते|बोलतो")),
    ("બોલ", _framed("હું", "\u0a80-\u0aff", "બોલું|બોલુ|બોલી રહ્યો|બોલી રહી")),
    ("మాట్లాడ", _framed("నేను", "\u0c00-\u0c7f", "మాట్లాడుతున్నా|మాట్లాడుతున్నాను")),
    ("ಮಾತ", _framed("ನಾನು", "\u0c80-\u0cff", "ಮಾತಾಡ್ತಿದ್ದೀನಿ|ಮಾತನಾಡುತ್ತಿದ್ದೇನೆ|ಮಾತಾಡ್ತಾ")),
    ("സംസാര", _framed("ഞാൻ", "\u0d00-\u0d7f", "ആണ് സംസാരിക്കുന്നത്|സംസാരിക്കുന്നു")),
    ("ਬੋਲ", _framed("ਮੈਂ", "\u0a00-\u0a7f", "ਬੋਲ ਰਿਹਾ|ਬੋਲ ਰਹੀ")),
    # Thai "(my) name is ... (polite particle)"; Mongolian "I am called ...".
    ("ชื่อ", _framed("ชื่อ|ผมชื่อ|ฉันชื่อ|ดิฉันชื่อ|หนูชื่อ|ชื่อว่า", "\u0e00-\u0e7f",
                    "ครับ|ค่ะ|คะ|นะคะ|นะครับ|จ้ะ|จ้า")),
    ("гэдэг", _framed("намайг|нэрийг", "\u0400-\u04ff", "гэдэг|гэнэ")),
    # Hebrew "speaking ..." opening a call ("אני מדבר עברית": I speak Hebrew, is none).
    ("מדבר", _framed("(?:שלום|הלו|היי|טוב),?\\s+(?:מדבר|מדברת)|^(?:מדבר|מדברת)", "\u05d0-\u05ea",
                    rf"(?={_PUNCT}|$)")),
    # Lao and Khmer "my name is" with the name's words spaced, to a stop or "I" again;
    # Burmese before the polite "ပါ".
    ("ຊື່", _framed("ຂ້ອຍຊື່|ຂ້າພະເຈົ້າຊື່|ຂ້ອຍຊື່ວ່າ", "\u0e80-\u0eff", rf"(?={_PUNCT}|$)")),
    ("ឈ្មោះ", _framed("ខ្ញុំឈ្មោះ|ខ្ញុំបាទឈ្មោះ|នាងខ្ញុំឈ្មោះ", "\u1780-\u17ff",
                      r"(?=[។៕,]|$|\s+ខ្ញុំ)")),
    ("နာမည်", _framed("ကျွန်တော့်နာမည်|ကျွန်မနာမည်|ကျွန်တော်နာမည်", "\u1000-\u109f",
                       r"(?=\s+ပါ)", most=1)),
    # Georgian "I am ..." and Armenian "I ... am": a given name and a surname with the
    # ending most surnames have ("მე ვარ კმაყოფილი", "I am satisfied", is none).
    ("მე ვარ", re.compile(r"(?:^|(?<=[\s,]))მე ვარ\s+([\u10d0-\u10ff]+\s+[\u10d0-\u10ff]+"
                          r"(?:შვილი|ძე|ია|ავა|ანი|ური|ელი|ული|ონი))(?![\u10d0-\u10ff])")),
    ("եմ", re.compile(r"(?:^|(?<=[\s,]))ես\s+([\u0531-\u0587]+\s+[\u0531-\u0587]+"
                      r"(?:յան|յանց|ունի|ունց|ենց))\s+եմ(?![\u0531-\u0587])")),
)  # fmt: skip
_SCRIPT_HINTS = tuple(hint for hint, _ in _SCRIPTS)
#: Chinese "I am ..." then a pause: a common surname and one or two characters. The
#: hundred most common surnames (about four in five people), less those that open everyday
#: words after "I am" (司机 driver, 房东 landlord, 高中生 pupil). Kept by hand: faker's
#: zh lists need the ``names`` extra; a plain install decides with these.
_ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺"
    "顾毛郝龚邵万钱严覃武戴莫孔向汤丛倪颜庄聂岳翟殷詹欧耿俞柳祝舒阮柯纪梅童凌毕季裴霍涂"
)
#: The same surnames as Hong Kong and Taiwan write them, and Cantonese ones (麥, 區, 鄺).
_ZH_SURNAMES_TRAD = "陳張劉楊黃趙吳許鄭謝馮鄧葉蘇呂盧鍾譚陸賈韋鄒龍賀顧龔錢嚴聶歐蕭麥區鄺"
#: Surnames common in Singapore, Malaysia, Taiwan and the south (Hokkien, Teochew, Hakka,
#: Cantonese): 赖 洪 温 蓝 游 简 施 连... and 高, whose everyday words are in _ZH_NOT.
_ZH_SURNAMES_SOUTH = "赖賴洪温溫蓝藍游简簡施连連萧骆駱翁卓巫柯高关關麦区欧甘伍黎辜"
#: "I am" in Mandarin (我是) and in Cantonese (我係).
_ZH_SELF = re.compile(
    rf"我[是係]([{_ZH_SURNAMES}{_ZH_SURNAMES_TRAD}{_ZH_SURNAMES_SOUTH}][\u4e00-\u9fff]{{1,2}})"
    r"(?=[，,。.！!？?、\s]|$)"
)
#: Words after "我是" that open with a surname's character and are no name.
_ZH_NOT = voc.words(
    """金融 石油 江湖 黄牛 白领 田园 马上 方面 周末 许多 万一 程序 高中 于是 朱古力 黎明 钟点工
    龙头 曾经 余额 向导 常客 严重 武警 戴尔 孔子 汤圆 舒服 毕业 季度 梅花 凌晨 夏天 秦朝
    江苏 江西 陆军 韩国 何时 林业 罗马 郑州 唐朝 宋朝 冯家 邓家 彭家 蒋家 高中 高兴 高级
    高管 高层 高手 高一 高二 高三 高铁 高考 温州 温哥华 洪水 蓝色 游客 游戏 简单 施工 连续
    连锁 關於 关于 关心 麦当劳 区长 欧洲 甘肃 黎巴嫩 柯南"""
)
#: Words of these scripts after the lead-in that are no name: prepositions, "right",
#: "fine", "customer", "wrong", "what", "about" (postpositions). Kept by hand.
_SCRIPT_NOT = voc.words(
    """حق الحق بخير عميل عميلة عندكم هنا مريض مريضة تعبان تعبانة مش لا في على عن
    ব্যাপারে সম্পর্কে নিয়ে থেকে பற்றி இருந்து बद्दल विषयी कडून વિશે గురించి ಬಗ್ಗೆ
    കുറിച്ച് ਬਾਰੇ ผิด ถูก อะไร ไม่ จริง เต็ม ของ על עם אל את לגבי בקשר"""
)


def _scripts(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    if "我是" in text or "我係" in text:
        for m in _ZH_SELF.finditer(text):
            if not any(m.group(1).startswith(word) for word in _ZH_NOT):
                found.append(m.span(1))
    for hint, pattern in _SCRIPTS:
        if hint not in text:
            continue
        for m in pattern.finditer(text):
            words = m.group(1).split()
            if _SCRIPT_NOT.isdisjoint(words):
                found.append(m.span(1))
    return found


def call_names(text: str, lowered: str, takes: Takes, plain: Takes) -> list[tuple[int, int]]:
    """Spans of names said in a phone call's forms (see the module's docstring).

    ``lowered`` is ``text.lower()``; ``takes`` judges one word as the caller's
    introduction reader does (no stop word, no sensitive word, no place word); ``plain``
    judges a lower-case word as :mod:`.name_leads` does (no adverb, state or verb).
    """
    found: list[tuple[int, int]] = []
    if len(lowered) == len(text):  # lowering keeps offsets (it does not for "İ")
        found += _latin(text, lowered, takes, plain)
    if not text.isascii() and (holds_any(text, _SCRIPT_HINTS) or "我是" in text or "我係" in text):
        found += _scripts(text)
    return found
