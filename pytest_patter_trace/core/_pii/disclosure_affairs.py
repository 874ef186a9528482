r"""Money trouble, legal matters, immigration status, loss and faith, in more words and languages.

disclosure.py reads these with its first terms. Callers name the event more often than
the state: a loan that defaulted, a name on a credit blacklist ("nome sujo", "buró"), a
sentence served or suspended, a visa that ran out, a relative lost ("annemi kaybettim",
"mẹ tôi mới mất"), a fast kept. One regular-expression fragment per term, as in
disclosure_lexicon.py; a word that is also an everyday one stands in a phrase only
("sin embargo" is "however", "kaybettim" also "I lost [my card]", "mất" also "lost power").

Kept by hand: no maintained package on the index lists these phrases across languages
(checked again this round); legal and financial vocabularies are per country, in
officialese, and none says how a caller tells it.
"""

from __future__ import annotations

__all__ = ["TERMS"]

#: Relatives, as the object of "I lost ..." in several languages.
_LOST_EN = "husband|wife|mother|father|mom|mum|dad|son|daughter|brother|sister|baby|partner"

#: Missed payments, debt, collections, credit blacklists, lost work, welfare.
_MONEY: tuple[str, ...] = (
    r"defaulted", r"default(?:ed)? on (?:my|the|our|his|her) \w+", r"loan default\w*",
    r"missed (?:\w+ )?(?:mortgage |rent |car |loan )?payments",
    r"late on (?:my |the )?(?:rent|mortgage|payments?)",
    r"maxed out (?:my |all my )?(?:credit )?cards?", r"debt counsel\w*",
    r"(?:loan|account|mortgage|card) (?:is |was |went )?in(?:to)? default",
    r"on unemployment", r"lost (?:a |the |their |your )?job", r"job loss",
    r"atrasad[oa] (?:con|en) (?:el |la |los |las )?(?:pagos?|renta|alquiler|hipoteca|cuotas?"
    r"|préstamo)",
    r"me embargaron", r"embargo (?:de|del|sobre) (?:mi|mis|la|el) \w+", r"bancarrota",
    r"desalojo", r"desalojar", r"me quedé sin trabajo", r"perdí (?:mi|el) (?:trabajo|empleo)",
    r"no me alcanza (?:el dinero|la plata|para pagar|el sueldo|el salario)", r"cuotas atrasadas",
    r"préstamo (?:rechazado|denegado)",
    r"buró de crédito", r"en (?:el )?buró", r"en dicom", r"nome sujo", r"negativad[oa]",
    r"no serasa", r"no spc", r"devendo (?:\w+ )?(?:parcelas|meses|prestações)",
    r"(?:estou|tô|estamos) devendo (?:ao banco|o banco|pro banco|muito|demais|o cartão|o aluguel)",
    r"(?:parcelas?|aluguel|prestações?) atrasad[oa]s?",
    r"não (?:consigo|tenho como) pagar (?:o aluguel|as contas|a dívida|as dívidas|o empréstimo"
    r"|as parcelas|o financiamento)", r"perdi (?:o|meu) emprego",
    r"fui mandad[oa] embora", r"falid[oa]", r"superendividad[oa]",
    r"non (?:riesco a|posso) pagare (?:le rate|il mutuo|l'affitto|i debiti|il prestito"
    r"|le bollette)",
    r"rate arretrate", r"in arretrato", r"cattivo pagatore", r"in crif", r"ho perso il lavoro",
    r"senza lavoro", r"cassa integrazione", r"sovraindebitat\w*", r"usurai\w*",
    r"loyers? impayés?", r"des impayés", r"crédits? impayés?", r"fiché (?:à la )?banque de france",
    r"interdit bancaire",
    r"je n'arrive (?:pas|plus) à payer (?:mon|le|mes|les) (?:loyer|crédit|dettes|factures|traites)",
    r"je ne peux plus payer", r"retard de loyer",
    r"au rsa", r"touche le rsa", r"perdu mon (?:emploi|travail|boulot)", r"sans emploi",
    r"surendettement", r"mahnbescheid\w*", r"mahnverfahren", r"schufa-eintrag",
    r"negative schufa", r"mietschulden",
    r"(?:miete|rate|raten|kredit|rechnungen|schulden|hypothek) nicht (?:mehr )?(?:bezahlen|zahlen)",
    r"mietrückst\w*", r"(?:job|arbeit|stelle|arbeitsplatz) verloren", r"sozialhilfe",
    r"grundsicherung", r"obdachlos\w*", r"mir wurde gekündigt", r"wurde entlassen",
    r"betalingsachterstand\w*", r"huurachterstand\w*",
    r"(?:huur|hypotheek|rekeningen|schulden|lening) niet (?:meer )?betalen",
    r"bkr-registratie", r"schuldsanering", r"wsnp", r"incassobureau\w*", r"loonbeslag",
    r"beslag (?:gelegd|op mijn)", r"baan kwijt", r"ww-uitkering",
    r"betalningsanmärkning\w*", r"skuldsanering", r"försörjningsstöd", r"socialbidrag",
    r"sosialhjelp", r"namsmann\w*", r"gjeldsordning", r"betalingsanmerkning\w*",
    r"inkassokrav", r"permittert", r"(?:ble|blitt|er) oppsagt", r"(?:blev|ble) fyret",
    r"kontanthjælp",
    r"gældssanering", r"registreret i rki", r"restance\w*", r"fogeden",
    r"maksuhäiriö\w*", r"toimeentulotu\w*", r"lomautet\w*",
    r"en pysty maksamaan (?:vuokraa|lainaa|velkoja|laskuja)",
    r"perintätoimisto\w*", r"vuokrarästi\w*", r"velkajärjestely\w*",
    r"nie stać mnie na (?:czynsz|ratę|raty|jedzenie|leki|rachunki|opłaty|kredyt)",
    r"nie mam z czego zapłacić",
    r"zaległości (?:w|z) (?:płatnościach|czynszem|ratami|kredytem|opłatach|spłacie)",
    r"zaległ\w* (?:czynsz|rat)\w*", r"windykac\w*", r"stracił\w* pracę", r"na zasiłku",
    r"chwilówk\w*",
    r"egzekucj\w*", r"oddlužení", r"nemůžu zaplatit (?:nájem|splátk\w*|dluh\w*|úvěr)",
    r"nemám na (?:nájem|splátky|jídlo)",
    r"přišel jsem o práci", r"přišla jsem o práci", r"vyhodili mě", r"na dávkách",
    r"v registru dlužníků", r"задолженност\w*",
    r"просрочк\w* по (?:кредиту|ипотеке|займу|платежам|карте)",
    r"не могу (?:заплатить|оплатить|погасить) (?:кредит|ипотеку|долг|займ|аренду|квартплату)",
    r"нечем (?:платить|заплатить)", r"пристав\w*",
    r"без работы", r"пособи\w* по безработиц\w*", r"микрозайм\w*", r"заборгован\w*",
    r"не можу (?:заплатити|оплатити|платити) (?:кредит|борг|іпотеку|оренду)", r"втрати\w* роботу",
    r"колектор\w*",
    r"χρέη", r"χρέος", r"χρωστάω",
    r"δεν μπορώ να πληρώσω (?:το ενοίκιο|τα χρέη|το δάνειο|τις δόσεις|τους λογαριασμούς)",
    r"κατάσχεσ\w*",
    r"πλειστηριασμ\w*", r"απολύθηκα", r"έχασα τη δουλειά", r"επίδομα ανεργίας",
    r"(?:borcumu|borçlarımı|kredimi|taksitlerimi|taksitleri|kirayı|kiramı|faturalarımı) ödeyeme\w*",
    r"yasal takip\w*", r"işimi kaybett\w*", r"maaş alamıyor\w*",
    r"nu (?:mai )?pot (?:să )?(?:plătesc|plăti) (?:ratele|rata|chiria|datoriile|creditul"
    r"|facturile)",
    r"nu-mi pot plăti", r"executor judecătoresc", r"executare silită",
    r"popri\w*", r"restanț\w*", r"rate restante",
    r"mi-am pierdut (?:locul de muncă|slujba|serviciul)",
    r"am rămas fără (?:loc de muncă|serviciu|slujbă|bani)", r"biroul de credit",
    r"ajutor social",
    r"nem tudom (?:kifizetni|fizetni) a (?:hitelt|hitelem|lakbért|tartozás\w*|részlet\w*"
    r"|számláimat)",
    r"kirúgtak", r"hátralék\w*", r"letiltás\w*", r"segély\w*",
    r"không trả nổi", r"không có tiền trả", r"trả không nổi", r"siết nợ", r"đòi nợ",
    r"nợ quá hạn", r"nợ tín dụng", r"nợ thẻ", r"bị cắt lương",
    r"tunggakan", r"menunggak", r"nunggak", r"gagal bayar",
    r"(?:tidak|nggak|gak|tak) mampu (?:bayar|membayar)",
    r"(?:tidak|nggak|gak|tak) sanggup (?:bayar|membayar)",
    r"kena phk", r"di-?phk", r"pinjol", r"muflis", r"kehilangan pekerjaan", r"dibuang kerja",
    r"makabayad ng (?:utang|renta|upa|loan)", r"natanggal sa trabaho", r"na-?layoff", r"nalugi",
    r"siwezi kulipa (?:deni|mkopo|kodi)", r"sina pesa ya kulipa",
    r"karza", r"karz", r"qarz", r"qarza", r"emi (?:nahi|nahin|bounce)",
    r"naukri (?:chali|chhut|chut|chhoot) ga(?:yi|i|ee)",
    r"job (?:chali|chhut|chut|chhoot) ga(?:yi|i|ee)", r"madyoon", r"madyun", r"mefles",
    r"mafles", r"et-?rafadt", r"it-?rafadt", r"gbèsè", r"gbese", r"ina bin bashi",
)  # fmt: skip

#: Sentences, records, charges, orders, trials, probation.
_LEGAL: tuple[str, ...] = (
    r"protective order", r"protection order", r"no-contact order", r"suspended sentence",
    r"ankle (?:monitor|tag|bracelet)", r"pleaded guilty", r"plead guilty", r"legal aid",
    r"public defender", r"family court", r"took (?:me|us|him|her) to court",
    r"respond\w* (?:a|por) (?:um )?processo", r"(?:j'ai|il a|elle a|on a) un procès",
    r"aux prud'hommes", r"gerichtstermin\w*", r"gerichtsverhandlung\w*",
    r"udienz\w* in tribunale", r"ho un'udienza", r"naar de rechtbank", r"voor de rechter",
     r"custody battle", r"dwi", r"behind bars",
    r"incarcerated", r"inmate", r"expunged",
    r"orden de (?:alejamiento|restricción|protección)",
    r"demanda (?:pendiente|contra mí|contra mi|de divorcio|judicial|laboral)",
    r"demanda", r"una demanda contra", r"libertad (?:condicional|bajo fianza)", r"condenad[oa]",
    r"me condenaron", r"acusad[oa] de", r"me acusan", r"me arrestaron", r"me detuvieron",
    r"tobillera", r"grillete", r"estuve pres[oa]", r"proceso penal", r"causa penal",
    r"(?:fui|sendo|vou ser) processad[oa]", r"processo (?:criminal|judicial)",
    r"medida protetiva", r"liberdade condicional", r"tornozeleira", r"antecedentes criminais",
    r"ficha criminal", r"ordine restrittivo", r"divieto di avvicinamento",
    r"arresti domiciliari", r"ai domiciliari", r"libertà vigilata", r"processo penale",
    r"sotto processo", r"imputat[oa]", r"indagat[oa]", r"pregiudicat[oa]", r"fedina penale",
    r"braccialetto elettronico", r"causa (?:legale|penale|di divorzio)",
    r"ordonnance de protection", r"interdiction d'approcher", r"bracelet électronique",
    r"avec sursis", r"liberté conditionnelle", r"inculpé\w*", r"incarcéré\w*", r"kontaktverbot",
    r"näherungsverbot", r"annäherungsverbot", r"fußfessel",
    r"verurteilt", r"vorstrafe\w*", r"knast", r"ermittlungsverfahren", r"strafanzeige",
    r"straatverbod", r"contactverbod", r"enkelband", r"taakstraf", r"strafblad",
    r"aangeklaagd", r"vastgezeten", r"in de cel",
    r"voorwaardelijke (?:straf|celstraf|gevangenisstraf)",
    r"dömd", r"dömdes", r"fotboja", r"villkorlig dom", r"åtalad", r"åtal", r"kontaktförbud",
    r"belastningsregister", r"straffregister", r"avtjänar", r"dømt", r"domfelt",
    r"besøksforbud", r"fotlenke", r"siktet", r"sigtet", r"tiltalt", r"soning",
    r"fodlænke", r"tuomittu", r"ehdollise\w* tuomio\w*", r"lähestymiskielto",
    r"syytetty", r"syytteen", r"w zawieszeniu", r"dozór elektroniczny", r"zakaz zbliżania",
    r"skazan\w*", r"proces (?:karny|sądowy|rozwodowy)", r"sprawa (?:sądowa|rozwodowa)",
    r"podmíněn\w* trest\w*", r"(?:dostal|dostala|mám) podmínku", r"obviněn\w*",
    r"trestn\w* (?:stíhán\w*|řízení|rejstřík)", r"trestně stíhan\w*", r"zákaz přiblížení",
    r"условн\w* срок\w*", r"условно осужд\w*", r"(?:дали|получил\w*) условно", r"судимост\w*",
    r"судим\w*", r"отбыва\w* срок",
    r"отсидел\w*", r"под следствием", r"уголовн\w* дел\w*", r"обвиняем\w*",
    r"домашн\w* арест\w*", r"запрет на выезд", r"невыездн\w*", r"в колонии",
    r"засуджен\w*", r"засудили", r"умовн\w* термін\w*", r"кримінальн\w* справ\w*",
    r"καταδικάστηκ\w*", r"καταδικασμέν\w*", r"ποινικό μητρώο", r"ποινική δίωξη",
    r"δίκη", r"ceza davası", r"denetimli serbestlik", r"ertelenmiş ceza\w*",
    r"uzaklaştırma kararı", r"koruma kararı", r"yargılan\w*", r"sanık", r"mahkum\w*",
    r"mahkûm\w*", r"condamnat\w*", r"cazier", r"dosar penal", r"proces penal",
    r"ordin de (?:protecție|restricție)", r"brățară electronică", r"în arest",
    r"elítélt\w*", r"felfüggesztett (?:börtön|szabadságvesztés|büntetés)\w*",
    r"büntetett előélet\w*", r"büntetőeljárás\w*",
    r"távoltartás\w*", r"án treo", r"tiền án", r"tiền sự", r"tạm giam", r"truy tố",
    r"lệnh cấm tiếp xúc", r"dituntut", r"terdakwa", r"tersangka", r"divonis",
    r"hukuman percobaan", r"bebas bersyarat", r"bercerai", r"perceraian",
    r"kinasuhan", r"may kaso", r"piyansa", r"inaresto", r"nahuli ng pulis",
    r"mukadma\w*", r"mukadama", r"zamanat", r"jamanat", r"giraftar\w*",
)  # fmt: skip

#: Visas run out, no papers, asylum, deportation.
_IMMIGRATION: tuple[str, ...] = (
    r"green card (?:expired|was denied|got denied|application)", r"daca", r"out of status",
    r"removal proceedings", r"detained by ice",
    r"proceso de asilo", r"solicitud de asilo", r"pedí asilo", r"solicitante de asilo",
    r"no tengo papeles", r"sin documentos", r"(?:se )?venció (?:mi|la) visa",
    r"mi visa (?:se )?(?:venció|expiró|caducó)", r"visa (?:vencida|caducada|expirada|negada)",
    r"visado caducado", r"(?:estancia|situación) irregular", r"me van a deportar",
    r"permiso de (?:trabajo|residencia) (?:vencid[oa]|caducad[oa])",
    r"tarjeta de (?:trabajo|residencia) (?:vencid[oa]|caducad[oa])",
    r"estoy ilegal", r"la migra",
    r"visto (?:venceu|vencido|expirou|expirado|negado|cancelado)",
    r"regularização migratória", r"sem papéis", r"estou ilegal", r"estou irregular",
    r"pedido de (?:asilo|refúgio)", r"solicitante de refúgio",
    r"permesso (?:scaduto|di soggiorno scaduto)", r"senza (?:permesso|documenti)",
    r"visto scaduto", r"domanda di asilo", r"protezione (?:internazionale|sussidiaria|umanitaria)",
    r"titre de séjour", r"situation irrégulière", r"oqtf", r"visa expiré",
    r"aufenthaltserlaubnis", r"aufenthaltstitel", r"ohne papiere", r"ausreisepflichtig",
    r"visum (?:ist )?abgelaufen", r"verblijfsvergunning", r"ongedocumenteerd\w*",
    r"asielaanvraag", r"statushouder", r"uppehållstillstånd", r"utvisad", r"utvisning\w*",
    r"papperslös\w*", r"asylsök\w*", r"oppholdstillatelse", r"utvist", r"asylsøk\w*",
    r"papirløs\w*", r"opholdstilladelse", r"udvist", r"udvisning", r"asylansøg\w*",
    r"oleskelulupa\w*", r"karkotet\w*", r"paperiton", r"paperittom\w*",
    r"karta pobytu", r"wiza (?:wygasła|mi wygasła|się skończyła)", r"deportowan\w*",
    r"ochrona międzynarodowa", r"povolení k pobytu", r"vyhoštěn\w*",
    r"просрочен\w* виз\w*", r"вид на жительство", r"без документов", r"нелегал\w*",
    r"депортир\w*", r"беженец", r"біженець", r"посвідк\w* на проживання",
    r"άδεια διαμονής", r"απέλασ\w*", r"πρόσφυγ\w*", r"άσυλο",
    r"kaçak (?:göçmen|yaşıyor\w*|çalışıyor\w*)", r"vize(?:min)? süresi (?:doldu|bitti|geçti)",
    r"vizem (?:bitti|doldu)", r"ikamet izn\w*", r"geçici koruma", r"permis de ședere",
    r"fără acte", r"tartózkodási engedély\w*", r"menedékkérő\w*", r"kitoloncol\w*",
    r"visa hết hạn", r"hết hạn visa", r"quá hạn visa", r"cư trú bất hợp pháp",
    r"nhập cư (?:bất hợp pháp|trái phép)", r"không có giấy tờ", r"izin tinggal",
    r"tanpa dokumen", r"dideportasi", r"walang papeles", r"na-?deport", r"deportasyon",
)  # fmt: skip

#: Death of a relative, mourning, the late.
_LOSS: tuple[str, ...] = (
    rf"lost (?:my|our) (?:\w+ )?(?:{_LOST_EN})", r"death certificate",
    rf"late (?:{_LOST_EN}|grandmother|grandfather)", r"murdered", r"estate of the late",
    r"se murió", r"perdí a (?:mi|mis) (?:madre|padre|esposo|esposa|marido|mujer|hijo|hija|hermano"
    r"|hermana|abuela|abuelo|mamá|papá|pareja|bebé)", r"perdimos a (?:mi|nuestr[oa]) \w+",
    r"velatorio", r"sepelio", r"en paz descanse", r"descanse en paz",
    r"perdi (?:minha|meu|a minha|o meu) (?:mãe|pai|esposo|marido|esposa|mulher|filho|filha"
    r"|irmão|irmã|avó|avô|bebê)", r"óbito", r"ho perso (?:mia|mio) (?:madre|padre|marito"
    r"|moglie|figlio|figlia|fratello|sorella|nonna|nonno)", r"decesso", r"defunt[oa]",
    r"venut[oa] a mancare", r"funerali", r"j'ai perdu (?:ma|mon) (?:mère|père|mari|femme|fils"
    r"|fille|frère|sœur|grand-mère|grand-père|bébé)", r"nous a quittés", r"défunt\w*",
    r"(?:meine|meinen) (?:mutter|vater|mann|frau|sohn|tochter|bruder|schwester|oma|opa) verloren",
    r"sterbefall", r"sterbeurkunde", r"beisetzung", r"gestorven",
    r"uitvaart", r"rouw", r"(?:mijn|onze) (?:vader|moeder|man|vrouw|zoon|dochter|broer|zus"
    r"|opa|oma) verloren", r"dödsfall", r"dødsfall", r"dødsfald", r"bortgång", r"omkom\w*",
    r"mistet (?:min|mit|mine) (?:mor|far|mann|mand|kone|sønn|søn|datter|bror|søster)",
    r"förlorade (?:min|mitt) (?:mamma|pappa|man|fru|son|dotter|bror|syster)",
    r"änkling", r"enkemann", r"enkemand", r"kuollut", r"menehtyi", r"kuolinpesä\w*",
    r"menetin (?:äitini|isäni|mieheni|vaimoni|poikani|tyttäreni|veljeni|siskoni)",
    r"stracił\w* (?:męża|żonę|mamę|tatę|matkę|ojca|syna|córkę|brata|siostrę|dziecko)",
    r"żałob\w*", r"zesnul\w*", r"úmrtí",
    r"přišl?a? jsem o (?:mámu|tátu|manžela|manželku|syna|dceru)",
    r"погиб\w*", r"не стало", r"потерял\w* (?:мужа|жену|маму|папу|мать|отца|сына|дочь|брата"
    r"|сестру|ребенка|ребёнка)", r"смерт\w*", r"кончин\w*", r"поминк\w*", r"траур\w*",
    r"загину\w*", r"втрати\w* (?:чоловіка|дружину|маму|тата|сина|доньку|батька|матір)",
    r"πέθαναν", r"κηδεία", r"χήρα", r"μνημόσυνο", r"συλλυπητήρια", r"θάνατ\w*",
    r"έχασα (?:τη μητέρα|τον πατέρα|τον άντρα|τη γυναίκα|το παιδί|τον γιο|την κόρη|τον αδερφό"
    r"|την αδερφή|τη μαμά|τον μπαμπά|τη γιαγιά|τον παππού)",
    r"(?:annemi|babamı|eşimi|kocamı|karımı|oğlumu|kızımı|kardeşimi|ablamı|abimi|dedemi|ninemi"
    r"|anneannemi|babaannemi|bebeğimi) (?:\w+ ){0,3}?kaybett\w*", r"rahmetli\w*",
    r"hayatını kaybett\w*", r"ölüm", r"s-a stins", r"deces\w*", r"priveghi", r"doliu",
    r"am pierdut-o pe (?:mama|soția|fiica|sora|bunica)", r"l-am pierdut pe (?:tata|soțul|fiul"
    r"|fratele|bunicul)", r"elvesztettem (?:az |a )?(?:anyámat|apámat|férjemet|feleségemet"
    r"|fiamat|lányomat)", r"gyász\w*", r"elhalálozás\w*",
    r"(?:mẹ|bố|ba|cha|má|chồng|vợ|ông|bà|con trai|con gái|anh trai|chị gái|em trai|em gái)"
    r"(?: (?:tôi|em|mình|con|anh|chị|cháu|nội|ngoại))? (?:vừa |đã |mới |vừa mới )?mất"
    r"(?= (?:rồi|tuần|hôm|năm|tháng|vì|do|sau|lúc|cách|nên|vào)|[ .,!]*$)",
    r"từ trần", r"tạ thế", r"đã khuất", r"tang lễ", r"để tang", r"almarhum\w*", r"arwah",
    r"kematian", r"berpulang", r"dukacita", r"takziah", r"kehilangan (?:ibu|ayah|suami|istri"
    r"|isteri|anak|adik|kakak|nenek|kakek|bapak|emak)", r"pumanaw", r"yumao",
    r"sumakabilang-?buhay", r"nakikiramay", r"amekufa", r"alikufa", r"kifo", r"marehemu",
    r"rambirambi", r"papòdà", r"papoda", r"jáde láyé", r"jade laye", r"olóògbé", r"ìsìnkú",
    r"ya rasu", r"ta rasu",
    r"rasuwa", r"ushonile", r"ushone", r"udlule emhlabeni", r"umngcwabo",
    r"et-?waf+[ae]\w*", r"it-?waf+[ae]\w*", r"twaf+[ae]\w*", r"allah yer[0-9h]am\w*",
    r"el marhoum\w*", r"el marhoom\w*", r"gonaza", r"ganaza", r"dehant", r"swargwas",
    r"guzar ga(?:ye|yi|i|ee)", r"antim sanskar",
)  # fmt: skip

#: Faith and orientation said of oneself or a relative.
_FAITH: tuple[str, ...] = (
    r"(?:we're|we are|i'm|i am|im|as an?|being|are) jains?", r"jainism",
    r"(?:i'm|i am|we're|we are) fasting", r"fasting for ramadan",
    r"keeping (?:the )?(?:fast|roza|roja)",
    r"roza (?:hai|rakh\w*)",
    r"observe (?:the )?(?:sabbath|shabbat)", r"shomer shabbat",
    r"soy (?:musulmán|musulmana|judío|judía|cristian[oa]|católic[oa]|evangélic[oa]|ate[oa]"
    r"|budista|mormón|mormona)", r"testigo de jehová", r"testemunha de jeová",
    r"sou (?:muçulman[oa]|judeu|judia|evangélic[oa]|católic[oa]|ateu|ateia|espírita"
    r"|umbandista|candomblecista|budista)", r"ebre[oa]",
    r"je suis (?:musulman|musulmane|juif|juive|chrétien|chrétienne|catholique|athée"
    r"|bouddhiste|hindou|hindoue)", r"ich bin (?:muslim|muslima|jüdisch|jude|jüdin|christ"
    r"|christin|katholisch|evangelisch|atheist|atheistin|buddhist|buddhistin)",
    r"jestem (?:muzułmaninem|muzułmanką|katoliczką|katolikiem|ateistą|ateistką|żydem|żydówką)",
    r"я православн\w*", r"атеист\w*", r"иуде\w*", r"буддист\w*",
    r"hristiyan\w*", r"yahudi\w*", r"alevi\w*", r"ateist\w*",
    r"saya (?:muslim|kristen|katolik|hindu|buddha|ateis)", r"theo đạo", r"phật tử",
    r"đạo hồi", r"hồi giáo", r"homossexu\w*", r"bissexual", r"transgênero", r"transgénero",
    r"transexual", r"transsexu\w*", r"pansexual", r"asexual", r"non-?binary",
    r"chuyển giới", r"người chuyển giới", r"(?:i'm|i am|we're|we are) trans",
    r"(?:ik ben|hij is|zij is) homo", r"homoseksu\w*",
    r"esperando (?:un |mi primer |nuestro primer )?(?:bebé|bebe)",
    r"esperando (?:um |meu primeiro |nosso primeiro )?(?:bebê|bebe)",
    r"aspett(?:o|iamo) un (?:bambino|bimbo|figlio)", r"erwarte(?:n)? ein (?:baby|kind)",
    r"verwacht(?:en)? een (?:baby|kindje)",
    r"(?:grandmother|grandfather|grandma|grandpa|granny|nan|nana|aunt|auntie|uncle|cousin"
    r"|mother-in-law|father-in-law|stepdad|stepmum|stepmom|fiancé|fiancée|husband|wife|mum"
    r"|mom|dad|father|mother|son|daughter|brother|sister|partner) (?:just |recently |sadly )passed",
)  # fmt: skip

#: Every term of this module, for disclosure.py.
TERMS: tuple[str, ...] = _MONEY + _LEGAL + _IMMIGRATION + _LOSS + _FAITH
