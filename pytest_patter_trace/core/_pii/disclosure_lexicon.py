r"""More terms of sensitive disclosures, by class and language: the ways people say them.

disclosure.py reads these with its first terms. The first lexicon named conditions
("cancer", "diabetes"); callers as often name a treatment, a place of care, a step of a
court case or a money-trouble event ("on palliative care", "sent to collections",
"a court summons", "bị kiện", "icra geldi"). One regular-expression fragment per term,
each starting with a literal word (disclosure's gate reads its first letters), grouped
by class; languages whose words inflect get stems (``\w*``), exact forms where a stem
would take in everyday words (Polish ``dług`` but not ``długo`` "long").

Kept by hand, as the first lexicon: no package on the index lists these phrases across
languages. The "sensitive topics" validators there run a zero-shot model fetched from a
model hub or ask an LLM, which a test run offline cannot do; medical ontologies list
conditions, not treatments said in speech, and carry no money, legal or loss terms.
"""

from __future__ import annotations

from .vocabulary import phrases

__all__ = ["TERMS", "WEAK_TERMS"]

#: Conditions, treatments, places of care, disability, addiction.
_HEALTH: tuple[str, ...] = (
    # English.
    r"hospice", r"palliative", r"radiotherapy", r"radiation (?:therapy|treatment)",
    r"biopsy", r"transplant\w*", r"(?:knee|hip|shoulder) replacement",
    r"had (?:an |my |his |her )?operation", r"therapist", r"counsell?ing", r"in therapy",
    r"psychologist", r"(?<!non-)(?<!non )alcoholic\w*", r"alcoholism", r"addict(?:ion|s)?",
    r"sobriety", r"detox",
    r"relaps\w*", r"sober (?:for|since)", r"(?:been|stayed|staying|getting|got|stay) sober",
    r"drug (?:problem|habit|addiction)", r"nervous breakdown",
    r"mental (?:illness|breakdown)", r"eating disorder", r"anorexi\w*", r"bulimi\w*",
    r"self[- ]harm\w*", r"psychosis", r"seizures?", r"concussion", r"paraly[sz]\w*",
    r"amputat\w*", r"chronic (?:pain|illness|fatigue)", r"migraines", r"arthritis",
    r"multiple sclerosis", r"crohn's", r"copd", r"covid", r"intensive care", r"icu",
    r"life support", r"on oxygen", r"visually impaired", r"legally blind",
    r"hearing impaired", r"disabled", r"blind", r"hiv positive", r"positive for \w+",
    r"alzhéimer", r"rehabilitaci[oó]n", r"desintoxicaci[oó]n", r"reabilitação",
    r"terminally ill", r"signed off (?:work|sick)", r"off sick", r"on sick leave",
    r"recovering from", r"(?:had|has|suffered) (?:a )?stroke", r"partially sighted",
    r"stillbirth", r"lost (?:the|our|my|her) baby",
    # Spanish, Portuguese, Italian, French.
    r"radioterapia", r"operad[oa] del?", r"me operaron", r"hospitalizad[oa]",
    r"discapacidad", r"discapacitad[oa]", r"adicci[oó]n", r"adict[oa]", r"alcoh[oó]lic[oa]",
    r"drogadict[oa]", r"sida", r"cirurgia", r"viciad[oa]", r"alcoólatra", r"deficiência",
    r"operat[oa] al", r"radioterapia", r"disabile", r"tossicodipendent\w*",
    r"alcolizzat\w*", r"opérée? d[eu]", r"me suis fait opérer", r"handicapé\w*",
    r"hospitalisé\w*", r"radiothérapie",
    r"toxicomane", r"alcoolique", r"séropositi\w*", r"chimiothérapie",
    # German, Dutch.
    r"operiert", r"strahlentherapie", r"suchtklinik", r"süchtig", r"suchtkrank\w*",
    r"alkoholiker\w*", r"behindert\w*", r"behinderung", r"pflegegrad", r"pflegefall",
    r"ins krankenhaus", r"herzinfarkt", r"schlaganfall", r"geopereerd", r"verslaafd",
    r"gehandicapt\w*", r"hartaanval", r"beroerte",
    # Addiction and its treatment as German, Austrian, Swiss and Flemish callers name it:
    # compounds are spelt whole (the gate reads a word's first letters).
    r"sucht(?:therapie|behandlung|erkrankung|problem)\w*", r"alkoholsucht\w*",
    r"drogensucht\w*", r"spielsucht\w*", r"medikamentensucht\w*", r"alkoholentzug\w*",
    r"drogenentzug\w*", r"entzugsklinik\w*", r"im entzug", r"verslaving\w*",
    r"ontwenning\w*", r"ontwenningskliniek\w*",
    # Hungarian addictions (a compound's first word is what the gate reads).
    r"függőség\w*", r"alkoholfügg\w*", r"drogfügg\w*", r"játékfügg\w*",
    r"szerencsejáték-?függ\w*", r"kábítószer-?függ\w*",
    # Care at the end of life and cancer care in French and Russian, Romanian cirrhosis,
    # a stroke said with Indonesian "kena" (struck by).
    r"soins palliatifs", r"онкологи\w*", r"ciroz\w*", r"(?:ter)?kena stroke",
    # Polish, Czech.
    r"rak(?:a|iem)", r"po chemii", r"chemii", r"niepełnosprawn\w*", r"uzależni\w*",
    r"alkoholik\w*", r"w szpitalu", r"do szpitala", r"udar\w*", r"zawał\w*",
    r"cukrovk\w*", r"nemoc\w*", r"v nemocnici", r"postižen\w*", r"závisl\w*",
    r"mrtvic\w*", r"infarkt\w*",
    # Russian, Ukrainian.
    r"инсульт\w*", r"инфаркт\w*", r"онколог\w*", r"лечусь", r"наркоман\w*",
    r"алкоголи[кз]\w*", r"хвор\w*", r"лікарн\w*", r"інсульт\w*", r"діабет\w*",
    r"депресі\w*", r"вагітн\w*", r"інвалід\w*", r"онкологі\w*",
    # Turkish.
    r"kemoterapi\w*", r"bağımlı\w*", r"ameliyat\w*", r"hastayım", r"hastalan\w*",
    r"hastalığ\w*", r"hastalık\w*", r"hastanede", r"hastaneye kaldırıldı", r"engelli\w*",
    r"felç\w*", r"kalp krizi\w*", r"depresyon\w*", r"kanserim", r"tedavi\w*",
    # Vietnamese, Indonesian and Malay.
    r"bị bệnh", r"mắc bệnh", r"nằm viện", r"nhập viện", r"suy thận", r"hóa trị",
    r"xạ trị", r"phẫu thuật", r"khuyết tật", r"nghiện", r"đột quỵ", r"dirawat",
    r"cuci darah", r"kecanduan", r"narkoba", r"cacat", r"disabilitas",
    # Swahili.
    r"ukimwi", r"vvu", r"saratani", r"kisukari", r"hospitalini", r"mgonjwa",
    r"ugonjwa", r"ninaumwa", r"anaumwa", r"msongo wa mawazo", r"ulemavu", r"mlemavu",
)  # fmt: skip

#: Debt, arrears, collections, eviction, lost work, benefits, a loan refused.
_MONEY: tuple[str, ...] = (
    r"arrears", r"(?:sent|gone|went) to collections", r"account (?:is |was )?in collections",
    r"collection agency", r"debt collection\w*", r"bailiffs?",
    r"loan (?:was |got |has been )?(?:refused|declined|denied|rejected)",
    r"redundan(?:t|cy)", r"furloughed", r"out of work", r"jobless", r"food banks?",
    r"universal credit", r"homeless\w*",
    r"struggling (?:to pay|financially|with (?:money|bills|debt))", r"financial hardship",
    r"can(?:'t|not) afford (?:to pay|the rent|my rent|rent|food|my bills|the bills|the mortgage)",
    r"hardship", r"overdrawn", r"defaulted", r"bad credit",
    r"payday loans?", r"months behind",
    r"behind (?:on|with) (?:the |my |our )?(?:\w+ )?(?:rent|mortgage|payments?|bills?|loans?"
    r"|car payments?|council tax|utilities|taxes|installments?|instalments?)",
    r"debt relief", r"debt management", r"in debt", r"ccjs?",
    r"benefits (?:were|have been|got|was) (?:stopped|cut|sanctioned|suspended)",
    r"lost (?:your|their) job",
    # Spanish, Portuguese, Italian, French.
    r"endeudad[oa]s?", r"desahuci\w*", r"embargad[oa]", r"en paro", r"sin trabajo",
    r"me despidieron", r"moros[oa]", r"endividad[oa]", r"despejo", r"ser despejad[oa]",
    r"penhora\w*",
    r"demitid[oa]", r"indebitat[oa]", r"pignorat\w*", r"sfratt\w*", r"licenziat[oa]",
    r"huissier\w*", r"endetté\w*", r"expulsé\w*", r"licencié\w*", r"chômeu[rs]\w*",
    # German, Dutch.
    r"verschuldet", r"zwangsräumung", r"gerichtsvollzieher\w*", r"inkasso\w*",
    r"bürgergeld", r"hartz", r"schuldhulp\w*", r"deurwaarder\w*", r"ontslagen",
    r"bijstand", r"uitkering",
    # Debt enforcement: Swiss "Betreibung", Austrian "Exekution", a wage garnished,
    # Belgian collective debt settlement and mediation, Hungarian enforcement.
    r"betreibung\w*", r"lohnpfändung\w*", r"exekution\w*", r"zwangsvollstreckung\w*",
    r"schuldenregeling", r"schuldbemiddeling", r"loonbeslag", r"règlement collectif de dettes",
    r"médiation de dettes", r"végrehajtás\w*", r"végrehajtó\w*",
    # Polish, Czech, Russian, Ukrainian.
    r"dług(?:ów|ami|ach|u)?", r"mam długi", r"spłac\w* dług\w*", r"zadłużon\w*",
    r"eksmisj\w*", r"zwolnion[ya] z pracy",
    r"dluh\w*", r"exekuc\w*", r"exekutor\w*", r"не могу платить", r"потерял\w* работу",
    r"уволили", r"безработн\w*", r"коллектор\w*", r"выселя\w*", r"борг(?:и|ів|ами|ах)?",
    r"безробітн\w*", r"звільнили",
    # Turkish, Vietnamese, Indonesian, Swahili.
    r"icra\w*", r"kovuldum", r"işten çıkarıldı\w*", r"ödeyemiyorum", r"đang nợ",
    r"khoản nợ", r"món nợ", r"mắc nợ", r"nợ xấu", r"nợ ngân hàng", r"nợ tiền",
    r"thất nghiệp", r"mất việc", r"đuổi việc", r"dipecat", r"menganggur",
    r"terlilit utang", r"deni", r"madeni", r"sina kazi", r"nimefukuzwa kazi",
    r"amefukuzwa kazi", r"kufilisika",
)  # fmt: skip

#: Police, courts, charges, prison, family law, immigration status.
_LEGAL: tuple[str, ...] = (
    r"by (?:the )?police", r"police", r"summons", r"subpoena\w*", r"suing", r"being sued",
    r"felony", r"misdemeanou?r", r"conviction", r"criminal (?:charges?|case)",
    r"pressed charges", r"sentenced", r"warrant", r"on remand", r"community service",
    r"domestic (?:violence|abuse)", r"small claims",
    r"visa (?:ran out|was refused|was denied|was revoked|status|overstay)",
    r"(?:student|work|tourist|spousal) visa (?:expired|has expired|ran out|ends)",
    r"overstay\w*", r"illegal immigrant", r"(?:have|got) no papers", r"without (?:legal )?papers",
    r"immigration (?:status|hearing|case|detention|court)", r"detention cent(?:er|re)",
    r"asylum (?:claim|seeker|application)",
    # Deported, in the Spanish and Portuguese verb forms; jailed in Swahili.
    r"deportad[oa]s?", r"deportaron", r"deportó", r"deportaram", r"deportou",
    r"amefungwa", r"alifungwa", r"nimefungwa", r"wamefungwa",
    r"(?:residence|work) permit (?:expired|has expired|ran out|was refused|was revoked)",
    # Spanish, Portuguese, Italian, French.
    r"foi pres[oa]", r"fui pres[oa]", r"está pres[oa]", r"esta pres[oa]", r"estou pres[oa]",
    r"demandad[oa]", r"me han demandado", r"cárcel", r"antecedentes penales",
    r"sin papeles", r"indocumentad[oa]", r"refugiad[oa]", r"asilo político",
    r"sem documentos", r"condannat[oa]", r"denunciat[oa]",
    r"in galera", r"richiedente asilo", r"rifugiat[oa]", r"permesso di soggiorno",
    r"clandestin[oa]", r"en prison", r"condamné\w*", r"casier judiciaire",
    r"mis en examen", r"sans[- ]papiers", r"demandeur d'asile", r"demande d'asile",
    r"réfugié\w*",
    # German, Dutch.
    r"strafverfahren", r"angeklagt", r"vorbestraft", r"haftbefehl", r"in haft",
    r"asylantrag", r"asylbewerber\w*", r"duldung", r"abschiebung", r"abgeschoben",
    r"flüchtling\w*", r"aufenthaltsstatus", r"veroordeeld", r"asielzoeker\w*",
    r"vluchteling\w*",
    # Polish, Czech, Russian, Ukrainian.
    r"rozpraw\w*", r"sądzie", r"sądu", r"sądow\w*", r"spraw\w* karn\w*", r"oskarż\w*",
    r"wyrok\w*", r"uchodźc\w*", r"azyl\w*", r"odsouzen\w*", r"ve vězení", r"vězení",
    r"zatčen\w*", r"uprchlík\w*", r"осужд\w*", r"обвиня\w*", r"беженц\w*", r"беженк\w*",
    r"убежищ\w*", r"депортац\w*", r"обвинуваче\w*", r"в'язниц\w*", r"в[’']язниц\w*", r"заарешт\w*",
    r"біжен\w*", r"тимчасов\w* захист\w*", r"суду", r"суді",
    # Turkish, Vietnamese, Indonesian, Swahili.
    r"dava\w*", r"mahkeme\w*", r"tutuklan\w*", r"gözaltı\w*", r"hapis\w*", r"hapse",
    r"cezaevi\w*", r"sabıka\w*", r"mülteci\w*", r"sığınmacı\w*", r"oturma izn\w*",
    r"sınır dışı", r"bị kiện", r"kiện tụng", r"ra tòa", r"hầu tòa", r"ngồi tù",
    r"trong tù", r"phạm tội", r"tị nạn", r"trục xuất", r"ditahan",
    r"dipenjara", r"digugat", r"disidang", r"pengungsi", r"suaka", r"polisi",
    r"nimekamatwa", r"alikamatwa", r"amekamatwa", r"walikamatwa", r"gerezani", r"jela",
    r"mahakama\w*", r"kesi", r"talaka", r"mkimbizi", r"wakimbizi",
)  # fmt: skip

#: Death, funerals, mourning.
_LOSS: tuple[str, ...] = (
    r"cremat\w*", r"burial", r"memorial service", r"obituary", r"grieving", r"grief",
    r"mourning", r"took (?:his|her|their) own life", r"no longer with us", r"probate",
    r"buried (?:my|his|her|our|their)", r"executor", r"condoléances", r"condolencias",
    r"condoglianze", r"beileid\w*",
    r"condolências", r"соболезн\w*", r"співчува\w*", r"perda d[aeo]s?", r"pérdida de",
    r"perte de", r"perdita d\w*", r"entierro", r"velorio", r"luto", r"velório", r"enterro",
    r"funerale",
    r"lutto", r"vedov[oa]", r"è mancat[oa]", r"enterrement", r"deuil", r"veuf",
    r"todesfall", r"trauerfeier", r"weduw\w*", r"wdow[aiy]\w*", r"pohřeb\w*",
    r"vdov[aey]\w*", r"вдов\w*", r"помер(?:ла|ли)?", r"taziye\w*", r"başınız sağ olsun",
    r"dul", r"đám tang", r"đám ma", r"mất rồi", r"góa", r"pemakaman", r"janda",
    r"scompars[ao]", r"overlijden", r"śmier[ćc]\w*", r"berduka\w*", r"meninggalnya",
    r"alifariki", r"amefariki", r"kufariki", r"msiba", r"mazishi", r"mjane",
)  # fmt: skip

#: Pregnancy, orientation, religion.
_PERSONAL: tuple[str, ...] = (
    r"weeks (?:along|pregnant)", r"expecting (?:a baby|twins|triplets|our first|my first)",
    r"morning sickness", r"prenatal", r"antenatal", r"gave birth", r"giving birth",
    r"c-section", r"attend un bébé", r"w ciąży", r"ciąż[ay]", r"mjamzito", r"mimba",
    r"có bầu", r"same-sex (?:couple|partner|relationship)", r"gay", r"lesbian\w*",
    r"bisexual", r"transgender", r"queer",
    r"came out as (?:gay|lesbian|bi|bisexual|trans|transgender|queer)", r"homosexu\w*",
    r"schwul\w*", r"lesbisch\w*", r"lesbica",
    r"lésbica", r"lesbienne", r"gej\w*", r"lesbijk\w*", r"eşcinsel\w*", r"lezbiyen\w*",
    r"гей", r"лесбиянк\w*", r"гомосексуал\w*", r"đồng tính",
    r"practi[cs]ing (?:muslim|hindu|sikh|jew|jewish|christian|catholic|buddhist)",
    r"muslim\w*", r"hindu", r"sikh", r"jewish", r"buddhist", r"atheist", r"mormon",
    r"jehovah's witness", r"converted to (?:islam|christianity|judaism|buddhism)",
    r"musulm[aá]n\w*", r"muçulman[oa]", r"moslim\w*", r"müslüman\w*", r"мусульман\w*",
    r"muzułman\w*", r"juive", r"jüdisch\w*", r"judí[oa]", r"mwislamu", r"mkristo",
    r"mualaf",
    # Christian faiths are everyday words ("a Catholic school"): said of oneself only.
    r"(?:i'm|i’m|i am|as an?) catholic", r"(?:i'm|i’m|i am|as an?) protestant",
    r"(?:i'm|i’m|i am|as an?) evangelical",
)  # fmt: skip

#: Hungarian, Finnish, Romanian, Tagalog, Swedish, Norwegian and Danish, every class.
_MORE_LANGUAGES: tuple[str, ...] = (
    r"kórházban", r"rákos", r"beteg(?:ség|ségem|ségé|ek)?", r"daganat\w*", r"cukorbeteg\w*",
    r"terhes\w*", r"tartozás\w*", r"adósság\w*", r"munkanélküli\w*",
    r"elvesztettem az állásom\w*", r"végrehajtó\w*", r"csőd\w*", r"letartóztat\w*",
    r"börtön\w*", r"válás\w*", r"elvált", r"meghalt", r"elhunyt", r"temetés\w*",
    r"özvegy\w*", r"menekült\w*",
    r"sairaalassa", r"syöv\w*", r"velkaa", r"velka\w*", r"ulosot\w*", r"irtisanot\w*",
    r"oikeudenkäyn\w*", r"pidätet\w*", r"hautajai\w*", r"leski", r"pakolai\w*",
    r"turvapaik\w*",
    r"în spital", r"internat[ăa]", r"bolnav\w*", r"boală", r"diabet\w*", r"însărcinată",
    r"datorii", r"datorie", r"șomer\w*", r"faliment\w*", r"concediat\w*", r"arestat\w*",
    r"închisoare", r"pușcărie", r"divorț\w*", r"a murit", r"decedat\w*",
    r"înmormântare\w*", r"văduv\w*", r"refugiat\w*",
    r"kanser", r"may sakit", r"nasa ospital", r"buntis", r"nawalan (?:ako )?ng trabaho",
    r"walang trabaho", r"namatay", r"patay na", r"libing", r"burol", r"nakulong",
    r"kulungan", r"hiwalay", r"diborsyo",
    r"ligger på sjukhus", r"inlagd\w*", r"skulder", r"kronofogden", r"uppsagd",
    r"konkurs\w*", r"rättegång\w*", r"häktad", r"gick bort", r"begravning\w*", r"änka",
    r"flykting\w*", r"innlagt", r"indlagt", r"på sykehus", r"på sygehus", r"gæld",
    r"gjeld", r"gikk bort", r"gik bort", r"begravelse\w*", r"enke", r"flyktning\w*",
    r"flygtning\w*",
)  # fmt: skip

#: A loan or credit refused ("the bank declined my loan"): one term per verb, as each
#: term starts with a literal word.
_REFUSED = tuple(
    rf"{verb} (?:my |our |the |a |his |her )?(?:loan|mortgage|credit|overdraft)"
    for verb in ("refused", "declined", "denied", "rejected", "turned down")
)

#: A relative who "passed" ("sorry your mum passed"): one term per relative word; not a
#: test or a message passed ("my son passed his exam", "passed the message on").
_PASSED_NOT = (
    r"(?! (?:his|her|my|the|a|an|their|your|our|it|this|that|all|with|out|over|by"
    r"|on (?:the|a|an|my|your|his|her|it|this|that))\b)"
)
_PASSED = tuple(
    rf"{who} passed{_PASSED_NOT}"
    for who in ("mum", "mom", "mother", "dad", "father", "husband", "wife", "son", "daughter",
                "brother", "sister", "grandma", "grandpa", "grandmother", "grandfather", "partner")
)  # fmt: skip

#: Every term above, for disclosure.py.
TERMS: tuple[str, ...] = (
    _HEALTH + _MONEY + _REFUSED + _LEGAL + _LOSS + _PASSED + _PERSONAL + _MORE_LANGUAGES
)

#: Terms as often said of a thing or a service ("the police station", "blind spot",
#: "a warrant check", "treatment room", "a court case number"): they need a second term.
WEAK_TERMS = phrases(
    """police blind warrant tedavi tedavisi mahkeme mahkemede mahkemeye dava kesi polisi
    hardship deni disabled seizure seizures executor icu queer dul sądu sądzie суду суді
    sida cacat detox uitkering recovering_from pérdida_de perte_de perda_de perda_da
    perda_do perdita_di perdita_del perdita_della"""
)
