"""Persons named in notes about a caller: memory entries, recalls, summaries, CRM notes.

What an agent remembers speaks of the caller in the third person and names the people
around them: "the customer's daughter is called X", "Kundens dotter heter X",
"Müşterinin eşi X", "வாடிக்கையாளரின் மனைவி X". Such a note may sit under any key
(``agent.memory.recall``, ``mem0.memory``, ``langgraph.store.value``), not only one
that says it holds conversation. So, wherever a text names its person (a customer, a
user, a caller, a client, in the languages of the kin terms), a relation word then a
name is read as :mod:`.name_kin` and :mod:`.name_kin_scripts` read a caller's own words.

In scripts without case, where :mod:`.name_kin_scripts` finds no postposition to bound
the name (Tamil, Bengali, Sinhala, Amharic, Malayalam, Punjabi, Gujarati, Telugu,
Kannada), the name is a Latin-script run of capitalised words, or the two words after
the relation word when the note goes on after them and neither is a word of time,
place or grammar.

A record's changed field, sent on as its value alone (``crm.field_diff.after``), holds
a person's name when the value is two to four name words, none a business's or a
place's (:func:`.name_prose.whole_person`).

Kept by hand: no package on the index lists these words of person and relation.
"""

from __future__ import annotations

import re

from . import name_kin, name_kin_scripts, name_prose
from . import name_words as nw
from . import vocabulary as voc
from .hints import holds_any
from .hit import Hit
from .key_memo import key_cache
from .mask import mask_name

__all__ = ["changed_field", "changed_name", "find_note_names", "person_noted"]

#: Words for the person a note is about, as substrings (their cases and suffixes follow).
_PERSON_HINTS = tuple(
    voc.words(
        """customer caller client user kund klant gebruiker bruker innringer anrufer nutzer
        cliente usuario utente utilisateur appelant klient użytkownik stranka uporabnik
        khách müşteri kullanıcı müştəri istifadəçi mijoz foydalanuvchi pelanggan pengguna
        mteja oníbàárà onibara ahịa ciniki amfani zákazn asiak ügyfél ügyfel kupac klijent
        nasabah patient pacient pacjent
        клиент клієнт користувач пользовател абонент пайдаланушы
        வாடிக்கையாளர பயனர் গ্রাহক ব্যবহারকারী ग्राहक वापरकर्त उपभोक्ता प्रयोगकर्ता ਗਾਹਕ
        ਵਰਤੋਂਕਾਰ ഉപഭോക്താ ഉപയോക്താ පාරිභෝගික පරිශීලක ደንበኛ ተጠቃሚ مشتری کاربر مشترک
        ગ્રાહક కస్టమర్ వినియోగదారు ಗ್ರಾಹಕ"""
    )
)

#: Relation words of scripts without case, in their usual forms: wife, husband, son,
#: daughter, mother, father, brother, sister, friend, neighbour.
_RELATIONS = voc.words(
    """மனைவி கணவர் கணவன் மகன் மகள் அம்மா அப்பா தாய் தந்தை அண்ணன் தம்பி அக்கா தங்கை
    சகோதரர் சகோதரி நண்பர் நண்பன் தோழி பாட்டி தாத்தா மாமா அத்தை மருமகள் மருமகன்
    স্ত্রী বউ স্বামী ছেলে মেয়ে ভাই বোন মা বাবা দাদা দিদি বন্ধু শাশুড়ি শ্বশুর প্রতিবেশী
    বোনের ভাইয়ের
    බිරිඳ බිරිය සැමියා ස්වාමිපුරුෂයා පුතා දුව අම්මා තාත්තා මව පියා සහෝදරයා සහෝදරිය අයියා
    අක්කා මල්ලි නංගී යාළුවා මිතුරා
    ሚስት ሚስቱ ባል ባሏ ባለቤቱ ባለቤቷ ልጅ ልጁ ልጇ እናት እናቱ እናቷ አባት አባቱ አባቷ ወንድም ወንድሙ
    ወንድሟ እህት እህቱ እህቷ ጓደኛ ጓደኛው ጎረቤት
    ഭാര്യ ഭർത്താവ് മകൻ മകൾ അമ്മ അച്ഛൻ സഹോദരൻ സഹോദരി ചേട്ടൻ ചേച്ചി അനിയൻ അനിയത്തി
    സുഹൃത്ത് അയൽക്കാരൻ
    ਪਤਨੀ ਪਤੀ ਪੁੱਤਰ ਪੁੱਤ ਧੀ ਭਰਾ ਭੈਣ ਮਾਂ ਪਿਤਾ ਪਿਓ ਦੋਸਤ ਬੇਟਾ ਬੇਟੀ ਗੁਆਂਢੀ
    પત્ની પતિ દીકરો દીકરી પુત્ર પુત્રી ભાઈ બહેન માતા પિતા મિત્ર પાડોશી
    భార్య భర్త కొడుకు కూతురు అన్న తమ్ముడు అక్క చెల్లి తల్లి తండ్రి స్నేహితుడు
    ಹೆಂಡತಿ ಗಂಡ ಮಗ ಮಗಳು ಅಣ್ಣ ತಮ್ಮ ಅಕ್ಕ ತಂಗಿ ತಾಯಿ ತಂದೆ ಸ್ನೇಹಿತ"""
)
#: Titles said before a name in those scripts ("திருமதி", "শ্রীমতী", "ወይዘሮ", "አቶ").
_TITLES = voc.words("திரு திருமதி செல்வி শ্রী শ্রীমতী জনাব አቶ ወይዘሮ ወ/ሮ ዶ/ር ශ්‍රීමතී ශ්‍රී")
#: Words after a relation word that are no name: time, place, grammar, states, things
#: a note says a relative does (pay, collect, the order).
_NOT_NAME = voc.words(
    """நாளை இன்று நேற்று இப்போது வீட்டில் மருத்துவமனையில் பணம் ஆர்டரை பார்சலை கூட
    மட்டும் தான் இங்கே அங்கே கடந்த வாரம் மாதம் அடுத்த
    আগামীকাল আজ গতকাল এখন বাড়িতে হাসপাতালে টাকা অর্ডারটি পার্সেলটি পার্সেল অর্ডার ও
    এখানে সেখানে গত সপ্তাহে মাসে আগামী
    හෙට අද ඊයේ දැන් ගෙදර රෝහලේ මුදල් ඇණවුම පාර්සලය ද පසුගිය ගිය සතියේ මාසේ ලබන
    ነገ ዛሬ ትናንት አሁን ቤት ሆስፒታል ክፍያውን ክፍያ ትዕዛዙን እቃውን ደግሞ ባለፈው ሳምንት ወር
    നാളെ ഇന്ന് ഇന്നലെ ഇപ്പോൾ വീട്ടിൽ ആശുപത്രിയിൽ പണം ഓർഡർ പാഴ്സൽ കഴിഞ്ഞ ആഴ്ച മാസം അടുത്ത
    ਕੱਲ੍ਹ ਅੱਜ ਹੁਣ ਘਰ ਪੈਸੇ ਪਾਰਸਲ ਆਰਡਰ ਵੀ ਪਿਛਲੇ ਹਫ਼ਤੇ ਮਹੀਨੇ ਅਗਲੇ
    કાલે આજે હવે ઘરે પૈસા પાર્સલ ઓર્ડર પણ ગયા અઠવાડિયે આવતા
    రేపు ఈరోజు నిన్న ఇప్పుడు ఇంట్లో డబ్బు పార్సెల్ ఆర్డర్ గత వారం నెల వచ్చే
    ನಾಳೆ ಇಂದು ನಿನ್ನೆ ಈಗ ಮನೆಯಲ್ಲಿ ಹಣ ಪಾರ್ಸೆಲ್ ಆರ್ಡರ್ ಕಳೆದ ವಾರ ತಿಂಗಳು ಮುಂದಿನ"""
)
#: Case endings of a thing acted on, not a name: Tamil's accusative and dative, Bengali's
#: classifiers ("পার্সেলটি"), Amharic's accusative after a definite ("ክፍያውን").
_THING_ENDINGS = ("ை", "க்கு", "டி", "টি", "টা", "কে", "ውን", "ዋን", "ത്തെ", "ਨੂੰ")
#: Characters of the scripts read here, as a class: a note with none is left to the rest.
_SCRIPTS = (
    "\u0980-\u09ff\u0a00-\u0a7f\u0a80-\u0aff\u0b80-\u0bff\u0c00-\u0cff\u0d00-\u0dff\u1200-\u137f"
)
_SCRIPT = re.compile(f"[{_SCRIPTS}]")
#: A word of those scripts, with its vowel signs and joiners.
_WORD = rf"[{_SCRIPTS}\u200c\u200d/]+"
_RELATION_ALT = "|".join(sorted(_RELATIONS, key=len, reverse=True))
_TITLE_ALT = "|".join(sorted(_TITLES, key=len, reverse=True))
_RELATION = re.compile(
    rf"(?<![{_SCRIPTS}\u200c\u200d])(?:{_RELATION_ALT})(?![{_SCRIPTS}\u200c\u200d])[ ,،]+"
    rf"(?:(?:{_TITLE_ALT})\s+)?(?P<name>{_WORD}\s+{_WORD})(?=\s+{_WORD})"
)
#: A Latin-script name after a relation word of those scripts ("മകൾ Sreeja Varghese").
_RELATION_LATIN = re.compile(
    rf"(?<![{_SCRIPTS}\u200c\u200d])(?:{_RELATION_ALT})"
    r"[ ,]+(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})"
)


def person_noted(lowered: str) -> bool:
    """Whether a lower-cased text names the person it is about (a customer, a user...)."""
    return holds_any(lowered, _PERSON_HINTS)


def find_note_names(text: str, hits: list[Hit], *, said: bool) -> None:
    """Add the persons a note about a caller names after a relation word.

    ``said``: the text is read as conversation too, where the caller's own relation words
    are read already; only what a note in a script without case adds is read then.
    """
    if " " not in text or (said and text.isascii()):
        return  # a word or an id; or speech, whose relatives are read already
    lowered = text.lower()
    if not person_noted(lowered):
        return
    if not said:
        name_kin.find_kin_names(text, hits, lowered)
        if not text.isascii():
            name_kin_scripts.find_kin_script_names(text, hits)
    if text.isascii() or _SCRIPT.search(text) is None:
        return
    for m in _RELATION_LATIN.finditer(text):
        end = name_kin.name_end(text, m.start("name"), m.group("name"))
        if end > 0:
            _add(hits, text, m.start("name"), end)
    for m in _RELATION.finditer(text):
        words = m.group("name").split()
        if any(w in _NOT_NAME or w.endswith(_THING_ENDINGS) for w in words):
            continue
        _add(hits, text, m.start("name"), m.end("name"))


def _add(hits: list[Hit], text: str, start: int, end: int) -> None:
    hits.append(Hit("name", start, end, mask_name(text[start:end])))


#: Key words of a record's change: the field's value before or after it.
_CHANGE = voc.words("diff field_diff changes change changeset delta patch")
_SIDE = voc.words("after before new old previous current")


@key_cache(maxsize=2048)
@key_cache(256)
def changed_field(key: str) -> bool:
    """Whether ``key`` holds one field's value before or after a change, field unnamed."""
    tokens = voc.key_tokens(key)
    return bool(tokens) and tokens[-1] in _SIDE and not _CHANGE.isdisjoint(tokens)


#: A record's stages and tiers, the values a changed field most often takes.
_STAGES = nw.NOT_IN_PERSON_FIELD | voc.words(
    """open closed won lost pending active inactive resolved escalated qualified churned
    trial paid unpaid cancelled canceled approved rejected draft"""
)


def changed_name(text: str, stripped: str) -> Hit | None:
    """The name a changed field's value is, when it is one and nothing else."""
    if any(w.casefold() in _STAGES for w in stripped.split()):
        return None  # "Closed Won", "Gold Plan": a stage or a tier
    if not name_prose.whole_person(stripped):
        return None
    start = text.index(stripped[0])
    return Hit("name", start, start + len(stripped), mask_name(stripped))
