r"""Serious conditions, debts and convictions in more languages, and passing illness.

Per language the whole family of each concept, not one word of it: dementia and memory
loss, a stroke, the heart and an operation, cancer, diabetes, mental illness, an
addiction and its treatment, a disability, a pregnancy; owing a bank or a landlord, a
lost job, debt enforcement, an eviction; a conviction and a suspended sentence. In
Hungarian, Slovenian, Croatian and Serbian, Macedonian and Bulgarian, Estonian and
Finnish, Galician, Uzbek, Kinyarwanda and Swahili, Swiss German and West African English
(regular-expression fragments, as in disclosure_lexicon.py), and in Hebrew, Marathi,
Hindi and Gujarati (read as substrings). Medical equipment a person lives with (an oxygen
machine, an insulin pump, a hoist) says a condition as its name does.

Hungarian says "my" with a suffix on the relative (``anyám``, and ``anyámnak`` "to my
mother"): those forms are spelt out as ties, with their case endings.

A passing illness given as the reason a child misses school ("is ill and won't come to
school today") is no disclosure: :func:`passing_absence`. A collection for a charity
("we collect for the food bank") is an appeal, not the speaker's hardship:
:func:`charity_appeal`.

Kept by hand, as the other lexicons: no maintained package lists these (see
disclosure_health.py).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .vocabulary import phrases, words

__all__ = [
    "SCRIPT_TIES",
    "SUBSTRINGS",
    "TERMS",
    "TIES",
    "TOPIC_NOUNS",
    "WEAK_TERMS",
    "charity_appeal",
    "hungarian_mine",
    "passing_absence",
    "we_sell",
]

#: Terms in languages written with spaces; each starts with a literal word (the stem gate).
TERMS: tuple[str, ...] = (
    # Hungarian.
    r"demenci\w*", r"alzheimer\w*", r"agyvérzés\w*", r"szélütés\w*", r"agyi infarktus\w*",
    r"szívroham\w*", r"szívinfarktus\w*", r"szívbeteg\w*", r"szívműtét\w*", r"szívelégtelen\w*",
    r"rákbeteg\w*", r"cukorbetegség\w*", r"skizofrén\w*", r"depresszi\w*", r"bipoláris",
    r"alkoholist\w*", r"alkoholizmus\w*", r"elvonó\w*", r"függőség\w*", r"mozgássérült\w*",
    r"fogyatékos\w*", r"kerekesszék\w*", r"terhes\w*", r"várandós\w*", r"megműtöttek",
    r"műtét(?:em|je|jére|re|en|ét)", r"kemoterápi\w*", r"dialízis\w*", r"adósság\w*",
    r"tartozás\w*", r"végrehajtó\w*", r"végrehajtás\w*", r"kilakoltat\w*", r"munkanélküli\w*",
    r"elvesztettem az állásomat", r"nem tudom (?:fizetni|kifizetni|törleszteni)",
    r"börtön\w*", r"elítéltek", r"elítélték", r"felfüggesztett\w*", r"letartóztat\w*",
    # Slovenian, Croatian, Serbian (Latin), their neighbours.
    r"demenc\w*", r"demencij\w*", r"alzheimerjev\w*", r"možgansk\w* kap\w*",
    r"srčn\w* (?:kap|napad|infarkt|operacij)\w*", r"operacij\w* na srcu", r"rak na \w+",
    r"sladkorn\w* bolez\w*", r"šećern\w* bolest\w*", r"dijabetes\w*", r"shizofren\w*",
    r"šizofren\w*", r"depresij\w*", r"invalidsk\w* voziček\w*", r"invalidsk\w* kolica",
    r"noseč\w*", r"trudnoć\w*", r"trudnic\w*", r"trudna sam", r"dolg(?:ov|ove|ovi|ovih)",
    r"dugov\w*", r"deložacij\w*",
    r"deložira\w*", r"izgubil\w* (?:službo|delo)", r"obsojen\w*", r"pogojn\w* kazen",
    r"osuđen\w*", r"uvjetn\w* (?:kazn|osud)\w*", r"uslovn\w* (?:kazn|osud)\w*", r"zapor(?:u|a|om)?",
    # Macedonian, Bulgarian, Serbian (Cyrillic): conviction and its sentence, illness.
    r"осуден\w*", r"осъден\w*", r"осуђен\w*", r"условн\w* (?:казн|осуд|присъд)\w*",
    r"условно (?:осуден|осъден|осуђен)\w*", r"затвор(?:от|а|ски)?", r"кривичн\w* (?:пријав|дел)\w*",
    r"деменциј\w*", r"деменци\w*", r"алцхајмер\w*", r"алцхаймер\w*", r"мозоч\w* удар\w*",
    r"мозъчен инсулт", r"инсулт\w*", r"инфаркт\w*", r"шизофрени\w*", r"дијабетес\w*",
    r"диабет\w*", r"рак на \w+", r"долгов\w*", r"дългов\w*", r"деложира\w*",
    r"изгубив (?:ја )?работата", r"изгубих работата",
    # Estonian, Finnish.
    r"dementsus\w*", r"alzheimeri\w*", r"insuldi\w*", r"infarkt\w*", r"südamerabandus\w*",
    r"südameoperatsioon\w*", r"vähk\w*", r"vähki", r"suhkruhaigu\w*", r"diabeet\w*",
    r"skisofreeni\w*", r"depressioon\w*", r"alkoholism\w*", r"sõltuvus\w*", r"ratastool\w*",
    r"diagnoositi", r"diagnoositud", r"diagnosoitiin", r"muistisairau\w*",
    r"aivoinfarkt\w*", r"aivoveren\w*", r"sydänkohtau\w*", r"skitsofreni\w*", r"pyörätuoli\w*",
    r"võlg(?:u|ades|adega|nevus\w*)?", r"kohtutäitur\w*", r"töötu\w*", r"kaotasin töö\w*",
    r"tingimisi", r"süüdi mõiste\w*", r"vanglas\w*", r"ulosott\w*", r"velkaa", r"velat",
    r"ehdollis\w*", r"tuomittiin", r"alkohoolik\w*", r"(?:käib|on|olen) ravil",
    r"vaimuhaigu\w*", r"psüühikahäire\w*", r"puue", r"puudega", r"mielenterveys\w*",
    # Slovak, Czech: a stroke.
    r"mozgov\w* príhod\w*", r"mozkov\w* příhod\w*", r"cévní mozkov\w*",
    # Galician, Portuguese.
    r"alzhéimer", r"demencia", r"demência", r"ictus", r"infarto", r"operación de corazón",
    r"cancro", r"diabete\w*", r"esquizofreni\w*", r"depresión", r"alcoholismo", r"alcoolismo",
    r"adicción", r"drogodependen\w*", r"cadeira de rodas", r"embarazada", r"en tratamento",
    r"débedas", r"débeda", r"desafiuzamento", r"desafiuzar\w*", r"despedíronme",
    r"perdín o traballo", r"condenad[oa]", r"cárcere",
    r"preñada", r"discapacidade", r"discapacidad", r"deficiencia", r"minusválid[oa]",
    # Slovenian, Croatian: a disability.
    r"(?:je|sem|sam|si) invalid\w*", r"invalidnost\w*", r"invaliditet\w*",
    # Uzbek, Kazakh (Latin).
    r"insult(?= bo| o['ʻ‘’]tkaz)", r"oli insult", r"sai insuldi", r"demensiya\w*",
    r"yurak (?:xuruji|operatsiya\w*|kasal\w*)",
    r"saraton\w*", r"qandli diabet", r"diabet\w*", r"shizofreniya\w*", r"ruhiy kasal\w*",
    r"nogiron\w*", r"aravacha\w*", r"falaj", r"qarz(?:im|imiz|dor\w*)", r"sudlangan\w*",
    r"qamoq\w*", r"ishsiz\w*",
    r"operatsiya (?:qilindi|qildi|bo['ʻ‘’]ldi)\w*",
    # Kinyarwanda, Swahili: debts, rent, a lost job, an illness.
    r"umwenda (?:munini |mwinshi )?(?:wa|w') ?banki", r"ideni\w*", r"imyenda", r"nabuze akazi",
    r"yabuze akazi", r"sinshobora kwishyura", r"ntashobora kwishyura", r"kwirukanwa mu nzu",
    r"barashaka kunyirukana", r"diyabete", r"kanseri", r"nimepoteza kazi", r"amepoteza kazi",
    r"nimefukuzwa", r"amefukuzwa", r"nadaiwa", r"anadaiwa", r"deni la (?:kodi|benki|nyumba)",
    r"kodi ya miezi \w+", r"nimefungwa", r"alifungwa", r"kifafa", r"kiharusi", r"ukichaa",
    r"shinikizo la damu",
    # Swiss German: debt enforcement, debts, the rent.
    r"betreibig\w*", r"betriibig\w*", r"betribig\w*", r"betribe",
    r"schulde bi (?:de|der|dr) \w+", r"d miete nöd zahle",
    r"miete nöd zahle", r"stell verlore", r"arbetslos",
    # West African and other English: owing a landlord or a bank, an eviction.
    r"owing (?:the |my |our |his |her |their )?(?:landlord|bank|rent|school fees|loan)\w*",
    r"(?:months?|years?)(?:'|’)? (?:house )?rent (?:arrears|unpaid|owed|owing)",
    r"throw (?:me|him|her|us|them) out", r"pack (?:me|him|her|us|them) out",
    r"quit notice", r"notice to quit", r"suspended sentence", r"community service order",
    r"criminal conviction",
    # Equipment a person lives with.
    r"oxygen (?:machine|concentrator|tank|cylinder|bottle|tubes?)", r"on oxygen",
    r"home oxygen", r"insulin pump", r"feeding tube", r"catheter", r"stair ?lift",
    r"hoist(?! (?:the|a|an|up|it|them)\b)", r"hospital bed", r"cpap(?: machine)?",
    r"hearing aids?", r"mobility scooter", r"walking frame",
    r"zimmer frame", r"colostomy bag", r"sauerstoffgerät\w*", r"sauerstoffflasche\w*",
    r"insulinpumpe\w*", r"treppenlift\w*", r"patientenlifter\w*", r"concentrador de oxígeno",
    r"bombona de oxígeno", r"bomba de insulina", r"concentrateur d'oxygène",
    r"pompe à insuline", r"zuurstofapparaat", r"insulinepomp", r"traplift",
)  # fmt: skip

#: Terms in scripts read as substrings (``_`` stands for a space): Hebrew, Marathi and
#: Hindi (Devanagari), Gujarati.
SUBSTRINGS = phrases(
    """דמנציה דמנצייה אלצהיימר שבץ אירוע_מוחי התקף_לב אוטם ניתוח_לב ניתוח_מעקפים אובחן
    אובחנה אובחנתי אבחנו סכיזופרני דיכאון ביפולרי סוכרת כימותרפי דיאליז אלכוהוליזם
    התמכרות מכור_ל מכורה_ל כיסא_גלגלים חולת_ חולה_ב חובות בחובות הוצאה_לפועל פינוי_מהדירה
    פוטרתי פיטרו_אותי הורשע הורשעתי מאסר_על_תנאי בכלא מכונת_חמצן ריכוז_חמצן משאבת_אינסולין
    डिमेन्शिया डिमेंशिया स्मृतिभ्रंश अल्झायमर अल्जाइमर पक्षाघात लकवा हृदयविकार हृदयरोग
    हार्ट_अटॅक हार्ट_अटैक दिल_का_दौरा ब्रेन_स्ट्रोक स्ट्रोक कर्करोग मधुमेह स्किझोफ्रेनिया
    सिज़ोफ्रेनिया मानसिक_आजार मानसिक_बीमारी मानसिक_रोग अपंग दिव्यांग विकलांग
    दारूचे_व्यसन शराब_की_लत व्हीलचेअर व्हीलचेयर गर्भवती ऑपरेशन_झाल ऑपरेशन_हुआ
    કેન્સર ડાયાબિટીસ મધુમેહ હૃદયરોગ હૃદય_રોગ હાર્ટ_એટેક ઓપરેશન ડિમેન્શિયા સ્મૃતિભ્રંશ
    લકવો સ્ટ્રોક વિકલાંગ દિવ્યાંગ અપંગ માનસિક_બીમારી ડાયાલિસિસ
    કીમોથેરાપી ડિપ્રેશન દારૂની_લત વ્હીલચેર ગર્ભવતી દેવું લોન_ભરી_શકતો
    નોકરી_ગઈ નોકરી_છૂટી જેલમાં
    ডিমেনশিয়া স্মৃতিভ্রংশ স্ট্রোক হার্ট_অ্যাটাক ব্রেন_স্ট্রোক সিজোফ্রেনিয়া অপারেশন_হয় ক্যান্সার
    ਡਿਮੈਂਸ਼ੀਆ ਦਿਲ_ਦਾ_ਦੌਰਾ ਅਧਰੰਗ ਕੈਂਸਰ ਸ਼ੂਗਰ_ਦੀ_ਬਿਮਾਰੀ ਸਟ੍ਰੋਕ
    ಮಧುಮೇಹ ಕ್ಯಾನ್ಸರ್ ಪಾರ್ಶ್ವವಾಯು ಹೃದಯಾಘಾತ ಬುದ್ಧಿಮಾಂದ್ಯ ಡಯಾಲಿಸಿಸ್"""
)

#: Hungarian relatives with the suffix of "my", each with its case endings: ``apámnak``.
_HU_KIN = words(
    """apám anyám fiam lányom férjem feleségem nejem párom testvérem bátyám öcsém nővérem
    húgom gyerekem gyermekem nagymamám nagyapám nagyanyám unokám anyósom apósom
    anyukám apukám mamám papám nagyim"""
)
_HU_CASES = ("", "nak", "nek", "mal", "mel", "at", "et", "ot", "ra", "re", "ról", "ről", "nál")
#: Words of the first person and of close relatives the other lists lacked.
TIES = frozenset(kin + case for kin in _HU_KIN for case in _HU_CASES) | words(
    """nekem nálam velem engem vagyok voltam
        mul minul minu mu emal isal emale isale mehel naisel pojal tütrel vennal õel
        minulla äidilläni isälläni
        meu miña meus miñas estou teño
        бев бил била сум ми мајка татко брат сестра
        õel vennal õde vend
        meu miña irmán irmá fillo filla
        mfite nfite mfitiye ndi wanjye wanje umwana mfise ndafise
        mamá papá mamã mamma mama papa tata taťka mamka
        otamning onamning akamning opamning ukamning erimning xotinimning
        nina nimepoteza yangu wangu
        onamda otamda akamda opamda menda"""
)

#: Words of the first person and of close relatives in the scripts of SUBSTRINGS.
SCRIPT_TIES = phrases(
    """שלי שלו שלה אמי אבי לאמא לאבא לבעלי לאשתי לבן_שלי לבת_שלי
    आईला आईचा आईची बाबांना वडिलांना माझी माझा माझे मला नवऱ्याला बायकोला मुलाला मुलीला
    मेरी मेरा मेरे मुझे माँ_को पिताजी_को
    મારા મારી મારો મને મમ્મી પપ્પા પિતાને માતાને પતિને પત્નીને દીકરાને દીકરીને
    माझा माझ्या भावाला बहिणीला मुलगा मुलगी દીકરો દીકરી ભાઈ બહેન
    আমার আমাকে মায়ের বাবার ਮੇਰੇ ਮੇਰੀ ਮੇਰਾ ਮੈਨੂੰ ನನ್ನ ನನಗೆ ಅಮ್ಮನಿಗೆ ಅಪ್ಪನಿಗೆ"""
)

#: Terms that need a second one ("throw them out" is as often old clothes).
WEAK_TERMS = phrases("throw_me_out throw_him_out throw_her_out throw_us_out throw_them_out")

#: Nouns that make a term the name of an offer or a lesson ("the funeral planning class").
TOPIC_NOUNS = words(
    """planning class classes course courses workshop workshops seminar seminars webinar
    webinars training appeal appeals walk advice helpline hotline counselling counseling
    patients sufferers societies society"""
)

#: The plain words for being ill or feverish, which say no more than a day off school.
_PASSING = words(
    """sick ill unwell poorly off_sick krank chrank malade malada enfermo enferma ziek beteg
    nemocný nemocná nemocen nemocna chorý chorá chory chora bolan bolna bolen bolna
    болна болен болно болни болний хвора хворий haige kipeä kipeänä sairas sjuk syk syg
    doente malato malata hasta febre fiebre fièvre fieber koorts láz horečku horúčku
    температура πυρετό demam homa"""
)
#: A school, a nursery or a stay at home, in the languages of _PASSING: the stems.
_ABSENCE = re.compile(
    r"(?i)school|schul|scuol|école|escuel|escol|colexi|iskol|óvod|škol|vrtić|vrtec|училищ"
    r"|школ|градин|садоч|kool|lasteaed|lasteaia|päiväkoti|koulu|szkoł|przedszkol|okul|kita\b"
    r"|kindergar|nursery|daycare|crèche|creche|guarderí|opvang|asilo\b|garderie|sekolah"
    r"|won't come|will not come|not coming in|stay(?:s|ing)? (?:at )?home|blijft thuis"
    r"|bleibt (?:zu|da)heim|zu hause bleibt|reste à la maison|няма да дойде|нема да дојде"
    r"|nepřijde|nepríde|nem jön|nem megy|ne bo pri[šs]l|neće doći|ne dolazi|не прийде"
    r"|не придёт|не придет|no vendrá|no va a venir|ne viendra pas|non verrà|nie przyjdzie"
    r"|ei tule|absent|off today"
)
_CHILDREN = words("son daughter kid kids child boy girl sohn tochter fils fille hijo hija")


def passing_absence(found: list[str], said: AbstractSet[str], part: str) -> bool:
    """Whether a sentence's only terms say a passing illness, the reason for an absence.

    "My son is ill and won't come to school", "ma beteg, nem megy iskolába": a day off,
    not a condition. A named condition, a hospital or treatment in the sentence still
    tells one; so does an illness with no absence said ("my daughter is sick today").
    """
    if not found or not all(t.replace(" ", "_") in _PASSING for t in found):
        return False
    if "off sick" in found and not _CHILDREN.isdisjoint(said):
        return True  # a child off sick is off school
    return _ABSENCE.search(part) is not None


#: Giving to a charity or a cause, or a subject spoken of, right before a term: the term
#: names the cause or the subject ("a documentary about", "patients with"), no one's state.
_APPEAL = re.compile(
    r"(?i)\b(?:(?:documentary|documentaries|article|articles|thesis|essay|book|books|film"
    r"|movie|lecture|talk|podcast|report|study|research|course|class|leaflet|brochure"
    r"|information|info|question|questions|awareness|campaign)"
    r" (?:about|on|into|regarding|of|for)"
    r"|(?:patients|people|persons|those|children|adults|families|clients) (?:living )?with"
    r"|(?:pacientes|personas|patienten|menschen|patients|personnes) (?:con|mit|atteintes? de)"
    r"|supports? (?:people|those|families) (?:living )?with"
    r"|collect(?:ing|ion)? (?:for|to)|donat\w* (?:to|for)|rais\w* (?:money|funds)"
    r" for|volunteer\w* (?:at|for|with)|fundrais\w* for|in aid of|sponsor\w* for"
    r"|spenden? (?:für|an)|sammeln für|collecte pour|don (?:pour|à)|recaud\w* para|donar a"
    r"|inzamel\w* voor)"
    r"(?:\s+(?:the|a|an|our|local|this|die|den|der|das|le|la|les|el|los|las|de|het))*\s+$"
)


def charity_appeal(part: str, starts: list[int]) -> bool:
    """Whether each term of a sentence names a cause or a subject, not a person's state.

    "We collect for the food bank", "a documentary about schizophrenia", "patients with
    dementia": the words right before the term say what it is.
    """
    return bool(starts) and all(
        _APPEAL.search(part, max(0, at - 48), at) is not None for at in starts
    )


#: A Hungarian noun with the suffix of "my" (``adósságom``, ``betegségemet``), in a sentence
#: with a letter Hungarian writes: the term is the speaker's.
_HU_MINE = re.compile(r"(?:[aáeéoöő]m|[^aeiouáéíóöőúüű]om)(?:at|et|ot|öt|ra|re|mal|mel|ról|ről)?$")
_HU_LETTERS = re.compile(r"[őűáéóö]")


def hungarian_mine(found: list[str], part: str) -> bool:
    """Whether a Hungarian term carries the suffix of "my" ("nagy adósságom van")."""
    return _HU_LETTERS.search(part) is not None and any(
        _HU_MINE.search(t) is not None for t in found
    )


_BUSINESS_WE = words("we our us")
_SELLING = words(
    """stock stocks sell sells carry carries dispense dispenses supply supplies offer offers
    price prices"""
)


def we_sell(tied: AbstractSet[str], said: list[str]) -> bool:
    """Whether the only tie is a business's "we" selling or stocking ("we stock ...")."""
    return bool(tied) and tied <= _BUSINESS_WE and not _SELLING.isdisjoint(said)
