r"""Health disclosures in the words callers use, by language: conditions, treatments, care.

disclosure.py reads these with its first terms. The first lexicons named the best-known
conditions; callers as often name a treatment ("on ARVs", "beru antidepresiva"), a
condition by its everyday name ("sugar", "a burn-out"), a stay in care ("naka-confine")
or the state itself in an inflected form ("infarto", "diabétique", "σκλήρυνση"). One
regular-expression fragment per term, as in disclosure_lexicon.py: a stem with ``\w*``
where the language inflects, an exact phrase where a stem would take in everyday words
(Dutch "in behandeling" is also "being processed", Italian "disturbo" also "bother").

Kept by hand: no maintained package on the index lists how people say these across
languages (checked again this round: the medical vocabularies list conditions in clinical
terms and one language at a time, the "sensitive topic" classifiers need a model download).
Single words that are also first names ("Arun", "Jain") appear only inside a phrase, as
the name detector asks ``sensitive_word`` whether a word may be a name.
"""

from __future__ import annotations

__all__ = ["TERMS"]

#: English, including the South African, Nigerian, Indian and Philippine ways of saying it.
_EN: tuple[str, ...] = (
    r"seizure disorder", r"antiretroviral\w*", r"arvs", r"on arv", r"hiv treatment",
    r"blood pressure (?:tablets|pills|medication|medicine|meds|problems?)",
    r"high blood(?: pressure)?", r"hypertension",
    r"heart (?:condition|disease|failure|surgery|problems?)",
    r"kidney (?:failure|disease|transplant|problems?)", r"liver (?:disease|failure|cirrhosis)",
    r"cirrhosis", r"lupus", r"fibromyalgia", r"endometriosis", r"leuka?emia", r"lymphoma",
    r"melanoma", r"mastectomy", r"hysterectomy", r"colostomy", r"pacemaker",
    r"antipsychotics?", r"methadone", r"suboxone", r"opioid addiction", r"burn-?out",
    r"long covid", r"cerebral palsy", r"down'?s syndrome", r"sickle cell", r"thalass?a?emia",
    r"ha?emophilia", r"tuberculosis", r"malaria", r"typhoid", r"in a coma", r"coma",
    r"on a ventilator", r"blood thinners", r"panic disorder", r"ocd", r"dyslexi\w*",
    r"sugar patient", r"bp patient", r"heart patient", r"kidney patient",
    r"miscarried", r"ectopic", r"herpes", r"chlamydia",
    r"syphilis", r"on crutches", r"in remission", r"heart attack",
    r"in (?:the )?icu", r"in (?:the )?intensive care unit",
)  # fmt: skip

#: Spanish, Portuguese, Italian, French.
_ROMANCE: tuple[str, ...] = (
    r"infarto", r"enfarte", r"ictus", r"derrame cerebral", r"avc", r"sobredosis",
    r"escleros\w*", r"leucemia", r"linfoma", r"psiqui\w*",
    r"trastorno (?:bipolar|de ansiedad|de ansiedade|de pánico|de pânico|alimentario"
    r"|alimenticio|alimentar|obsesivo|obsessivo|del espectro autista|do espectro autista|mental"
    r"|de estrés|límite|depresivo|depressivo|de la personalidad|de personalidade|por déficit)",
    r"transtorno (?:bipolar|de ansiedade|de pânico|alimentar|obsessivo|do espectro autista"
    r"|mental|depressivo|de personalidade)",
    r"crisis de (?:ansiedad|pánico)", r"ataques? de (?:ansiedad|ansiedade|pánico|pânico)",
    r"crises? de (?:ansiedade|pânico)",
    r"antidepres\w*", r"ansiedad", r"ansiedade", r"demencia", r"cirrosis", r"artritis",
    r"convulsiones", r"hipertens\w*", r"presión alta", r"pressão alta", r"insulina",
    r"silla de ruedas", r"cadeira de rodas", r"sedia a rotelle", r"fauteuil roulant",
    r"(?:estoy|está|esta|sigo|sigue|estás) en tratamiento", r"em tratamento",
    r"(?:faço|faz|fazendo|fazer) tratamento", r"(?:faço|faz|fazendo|fazer) quimio",
    r"(?:faço|faz|fazendo|fazer) (?:hemo)?diálise",
    r"tratamento (?:de|contra|para) (?:o |a )?(?:câncer|cancer|hiv|depressão|diabetes|hepatite"
    r"|tuberculose|fertilidade|dependência|alcoolismo)",
    r"tratamiento (?:de|contra|para) (?:el |la )?(?:cáncer|vih|depresión|diabetes|hepatitis"
    r"|tuberculosis|fertilidad|adicciones|alcoholismo)",
    r"hemodiálisis", r"diálise", r"me diagnosticaron", r"uci", r"uti",
    r"remédio (?:de|pra|para|pro) (?:pressão|diabetes|depressão|ansiedade|coração|colesterol"
    r"|tireoide|epilepsia|convulsão|hiv|dormir)", r"remédio controlado",
    r"soropositiv\w*", r"sieropositiv\w*", r"gravidez", r"gestante", r"grávida",
    r"gravidanza", r"aborto espontâneo", r"aborto espontaneo", r"interrupción del embarazo",
    r"autista", r"síndrome de down", r"sindrome di down",
    r"deficiente (?:físico|visual|auditivo)", r"dependente químic[oa]", r"internação",
    r"ingresad[oa] en (?:el |la )?(?:hospital|uci|clínica)", r"fui operad[oa]",
    r"me operaron", r"cirurgia", r"infart\w*", r"riabilitazione", r"attacch?[io] di panico",
    r"attacch?[io] d'ansia", r"intervento chirurgico",
    r"disturbo (?:bipolare|d'ansia|dell'umore|alimentare|ossessivo|da stress|psichico|mentale)",
    r"invalidità", r"invalid[oa] civile", r"epiless\w*", r"sclerosi", r"demenza",
    r"psichiatr\w*", r"psicofarmaci", r"trapiant\w*", r"diabetic[oa]",
    r"chemioterapia", r"diabét\w*", r"insuline", r"antidépress\w*",
    r"bipolaire", r"troubles? (?:bipolaires?|anxieux|alimentaires?|psychiques?)",
    r"arrêt maladie", r"en arrêt de travail", r"tumeur", r"sclérose", r"leucémie",
    r"épilep\w*", r"avortement", r"ivg", r"déprime", r"psychiatre",
    r"dialyse", r"en rééducation",
)  # fmt: skip

#: German, Dutch, Swedish, Norwegian, Danish, Finnish.
_NORTH: tuple[str, ...] = (
    r"in der reha", r"zur reha", r"krankgeschrieben", r"rollstuhl", r"abtreibung",
    r"sklerose", r"leukämie", r"alkoholkrank\w*", r"im entzug", r"entzugsklinik",
    r"psychotherapie", r"angststörung\w*", r"herzschwäche",
    r"overspannen", r"ziekgemeld", r"ziek (?:thuis|gemeld)", r"zit ziek",
    r"opgenomen in (?:het |een )?(?:ziekenhuis|kliniek)", r"rolstoel", r"miskraam",
    r"abortus", r"insuline", r"depressief", r"angststoornis", r"verslaving", r"afkick\w*",
    r"revalidatie", r"chemokuur", r"bestraling\w*", r"dementie", r"leukemie",
    r"sjukskriv\w*", r"deprimerad", r"ångest", r"missfall",
    r"hjärtinfarkt", r"strålbehandling", r"cellgift\w*", r"missbruk\w*", r"alkoholist",
    r"narkoman\w*", r"rullstol", r"funktionsnedsättning", r"utbränd", r"utmattnings\w*",
    r"bipolär", r"psykos", r"demens", r"syk(?:e)?meldt", r"rusavhengig\w*",
    r"rusmisbruk\w*", r"avhengig av (?:alkohol|rus|piller|narkotika|spill)",
    r"substitusjonsbehandling", r"cellegift", r"strålebehandling", r"hjerteinfarkt",
    r"rullestol", r"utbrent", r"spontanabort", r"sygemeldt", r"misbrug\w*",
    r"afhængig af (?:alkohol|stoffer|piller|spil)", r"kemo", r"blodprop\w*", r"kørestol",
    r"sairas(?:tan|tin|tui|tunut|lomalla|kohtaus)?", r"sairaus\w*", r"sairauslomalla",
    r"masennu\w*", r"masentunut", r"keskenmeno", r"sokeritauti", r"dialyysi\w*",
    r"sytostaat\w*", r"sädehoito\w*", r"päihde\w*", r"alkoholisti", r"pyörätuoli\w*",
    r"vammai\w*", r"muistisairau\w*", r"syöpähoito\w*",
)  # fmt: skip

#: Polish, Czech, Slovak, Russian, Ukrainian, Greek, Turkish, Romanian, Hungarian.
_EAST: tuple[str, ...] = (
    r"w trakcie (?:leczenia|chemioterapii|chemii|terapii|dializ)", r"leczę się",
    r"leczy się", r"leczeni[ae] (?:onkologiczne\w*|psychiatryczne\w*)", r"onkolog\w*",
    r"dializ\w*", r"chemioterapi\w*", r"poronieni\w*", r"padaczk\w*", r"białaczk\w*",
    r"stwardnieni\w* rozsian\w*", r"antydepresant\w*", r"odwyk\w*", r"wózek inwalidzki",
    r"zwolnieni\w* lekarski\w*", r"cukrzyk\w*", r"depresj\w*",
    r"antidepresiv\w*", r"deprese", r"depresi\w*", r"úzkost\w*", r"léčb\w*", r"léčím se",
    r"léčí se", r"ozařování", r"dialýz\w*", r"potrat\w*", r"na neschopence",
    r"roztroušen\w* skleróz\w*", r"liečb\w*", r"liečim sa", r"lieči sa", r"tehotn\w*",
    r"rakovin\w*", r"cukrovk\w*", r"v nemocnici", r"chemoterapi\w*",
    r"вич", r"спид", r"гепатит\w*", r"туберкулез\w*", r"туберкулёз\w*", r"аутизм\w*",
    r"шизофрени\w*", r"биполярн\w*", r"антидепрессант\w*", r"психиатр\w*", r"нарколог\w*",
    r"выкидыш\w*", r"аборт\w*", r"инвалидн\w* коляск\w*", r"госпитализир\w*",
    r"на больничном", r"деменци\w*", r"альцгеймер\w*", r"паркинсон\w*", r"лейкоз\w*",
    r"опухол\w*", r"склероз\w*", r"диализ\w*", r"на лечении", r"прохож\w* лечени\w*",
    r"лечусь", r"лечится", r"на терапии", r"лікуюся", r"лікується", r"на лікуванні",
    r"хіміотерапі\w*", r"інфаркт\w*", r"епілепсі\w*", r"шизофрені\w*", r"викид\w*",
    r"σκλήρυνσ\w*", r"νοσοκομείο", r"άρρωστ\w*", r"ασθένει\w*", r"χημειοθεραπεί\w*",
    r"ακτινοθεραπεί\w*", r"αιμοκάθαρσ\w*", r"επιληψί\w*", r"άνοια", r"εγκεφαλικό",
    r"έμφραγμα", r"ανάπηρ\w*", r"αναπηρί\w*", r"αντικαταθλιπτικ\w*", r"ψυχίατρ\w*",
    r"εξάρτηση", r"εθισμ\w*", r"εγχείρηση", r"ινσουλίνη",
    r"şeker hastası\w*", r"şeker hastalığ\w*", r"tansiyon hastası\w*", r"düşük yaptı\w*",
    r"tedavi görüyor\w*", r"ilaç kullanıyor\w*", r"antidepresan\w*", r"psikiyatr\w*",
    r"otizm\w*", r"diyaliz\w*", r"böbrek yetmezliğ\w*", r"hepatit\w*", r"ms hastası\w*",
    r"bunama\w*", r"yoğun bakım\w*", r"hastalığım\w*",
    r"în tratament", r"iau tratament", r"urmez (?:un )?tratament",
    r"avort\w*", r"gravidă", r"insulină", r"psihiatr\w*",
    r"accident vascular", r"handicapat\w*",
    r"depresszió\w*", r"szívinfarktus\w*", r"agyvérzés\w*", r"kemoterápi\w*",
    r"dialízis\w*", r"mozgássérült\w*", r"fogyatékos\w*", r"vetélés\w*", r"abortusz\w*",
    r"alkoholista", r"műtét\w*", r"megműtöttek", r"gyógyszert szed\w*",
)  # fmt: skip

#: Vietnamese, Indonesian and Malay, Tagalog, Swahili, Yoruba, Hausa, Zulu, and
#: romanised Hindi and Arabic.
_SOUTH: tuple[str, ...] = (
    r"chạy thận", r"tai biến", r"nhồi máu", r"bệnh tim", r"huyết áp cao", r"sảy thai",
    r"phá thai", r"viêm gan", r"đang điều trị", r"uống thuốc", r"tâm thần", r"rối loạn",
    r"chứng tự kỷ", r"động kinh", r"đang bị ốm", r"bị ốm nặng", r"bị liệt", r"bị bệnh",
    r"kanker", r"kencing manis", r"darah tinggi", r"serangan jantung", r"kemo",
    r"pesakit",
    r"penyakit (?:jantung|gula|ginjal|kanker|diabetes|paru|hati|kronis|mental|jiwa|stroke)",
    r"rawat inap", r"diopname", r"(?:di|lagi|sedang) opname",
    r"keguguran", r"odha",
    r"gangguan (?:jiwa|mental|kecemasan|bipolar)", r"lumpuh", r"kursi roda", r"berobat",
    r"naospital", r"na-?ospital", r"naka-?confine", r"nagpapa-?chemo", r"may cancer",
    r"altapresyon", r"na-?stroke", r"nakunan", r"may depression",
    r"shinikizo la damu", r"kiharusi", r"nimelazwa", r"amelazwa",
    r"àìsàn", r"àrùn", r"ni arun", r"ni aisan", r"ṣúgà", r"jẹjẹrẹ", r"ilé ìwòsàn",
    r"ile iwosan", r"lóyún", r"ara mi ò yá",
    r"ciwon (?:sukari|daji|zuciya|hawan jini)", r"ina da ciwo\w*", r"asibiti",
    r"ngiyagula", r"uyagula", r"isifo", r"ushukela", r"umdlavuza", r"ngikhulelwe",
    r"ukhulelwe", r"esibhedlela", r"isibhedlela",
    r"sugar (?:hai|he|ki bimari|ki beemari|ka mareez)", r"bp hai", r"bp high",
    r"bimar\w*", r"beemar\w*", r"ilaaj chal", r"ilaj chal",
    r"[0-9]andi (?:sokkar|sukkar|sokar|daght|da[0-9]t|saratan|kanser)", r"saratan", r"sarataan",
    r"[0-9]ayan", r"[0-9]ayana", r"mareed", r"mareeda",
)  # fmt: skip

#: Every health term of this module, for disclosure.py.
TERMS: tuple[str, ...] = _EN + _ROMANCE + _NORTH + _EAST + _SOUTH
