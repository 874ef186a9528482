r"""Disclosures in the languages of Europe the other lexicons cover thinly.

Ukrainian, Belarusian and Russian, Bulgarian, Macedonian, Serbian, Croatian, Bosnian and
Slovenian, Norwegian, Danish, Swedish, Icelandic and Faroese, Catalan, Galician and
Basque, Irish, Scottish Gaelic, Welsh and Breton, Maltese, Luxembourgish, Afrikaans,
Frisian and Dutch, and English hardship told in passing (regular-expression fragments, as
in disclosure_lexicon.py). Per language the whole of each concept, not one word of it: an
illness, its diagnosis, a stay in hospital and sick leave; a death and a funeral; debts,
arrears, a bailiff or debt collection, a lost job and the words "I cannot pay"; an
arrest, a conviction and prison; papers, asylum and refuge; a faith; an addiction. Welsh
mutates a word's first letter after "my" and "her" (canser, ganser, nghanser, chanser):
each form is written out, as the gate reads a term's first letters. And the words of
these languages that tie a term to the speaker or a relative.

Kept by hand: no maintained package lists these across languages (see
disclosure_health.py).
"""

from __future__ import annotations

from .vocabulary import phrases, words

__all__ = ["TERMS", "TIES", "WEAK_TERMS", "at_work"]

#: Terms in languages written with spaces; each starts with a literal word (the stem gate).
TERMS: tuple[str, ...] = (
    # Ukrainian.
    r"віл", r"снід\w*", r"діабет\w*", r"хвор(?:ий|а|ію|іє|іла|ів|іють|оба|обу|оби|обою)",
    r"(?:в|у) лікарн(?:і|ю)", r"лікарнян\w*", r"госпіталізова\w*", r"інсульт\w*", r"інфаркт\w*",
    r"онкологі\w*", r"пухлин\w*", r"хіміотерапі\w*", r"епілепсі\w*", r"депресі\w*",
    r"вагітн\w*", r"інвалідн\w*", r"помер(?:ла|ли)?", r"похорон\w*", r"загину\w*",
    r"борг(?:и|ів|ами|ах|ам)?", r"заборгован\w*", r"звільни(?:ли|в|ла)", r"безробітн\w*",
    r"банкрут\w*", r"не можу (?:платити|сплатити|оплатити|сплачувати|заплатити|погасити)",
    r"виселя\w*", r"заарештува\w*", r"в'язниц\w*", r"в’язниц\w*", r"тюрм\w*", r"розлуч\w*",
    r"біженц\w*", r"без документів", r"депортува\w*", r"наркозалежн\w*", r"залежніст\w*",
    r"алкоголізм\w*", r"лудомані\w*",
    # Belarusian.
    r"віч", r"дыябет\w*", r"хвар(?:ы|ая|эю|ее|ею|оба|обу|обы)", r"(?:у|ў|в) бальніц\w*",
    r"цяжарн\w*",
    r"памёр", r"памерла", r"памерлі", r"пахаван\w*", r"доўг\w*", r"даўг\w*", r"звольнілі",
    r"звольнен\w*", r"беспрацоўн\w*", r"не магу (?:плаціць|заплаціць|аплаціць|пагасіць)",
    r"арыштава\w*", r"турм\w*", r"уцекач\w*", r"дэпрэсі\w*", r"эпілепсі\w*",
    # Russian: what its first list lacked.
    r"вич", r"спид", r"инсульт\w*", r"инфаркт\w*", r"онколог\w*", r"опухол\w*",
    r"госпитализ\w*", r"больничн\w*", r"задолженност\w*", r"уволили",
    r"уволен\w*", r"безработн\w*", r"коллектор\w*",
    r"не могу (?:платить|заплатить|оплатить|выплатить|погасить|выплачивать)", r"выселя\w*",
    r"в тюрьме", r"беженц\w*", r"беженк\w*", r"убежищ\w*", r"депортир\w*", r"без документов",
    r"наркозависим\w*", r"алкоголизм\w*", r"игромани\w*",
    # Bulgarian and Macedonian.
    r"болн(?:а|ен|и|ична|ични|ичен|ица|ицата|ата)", r"епилепси\w*", r"рак(?:ът)? на \w+",
    r"съдеб\w* изпълнител\w*", r"запорир\w*", r"запор (?:на|върху)",
    r"просроч\w* (?:кредит|задълж|вноск|плащан|заем|ипотек|долг|задолженност|платеж)\w*",
    r"уволн\w*", r"починал\w*",
    r"погребени\w*", r"в затвора", r"в затворот", r"затворник\w*", r"долгови", r"невработен\w*",
    r"не мога да (?:плащам|платя|изплащам|изплатя)", r"дијабетес",
    # Serbian, Croatian, Bosnian (Cyrillic and Latin), Slovenian.
    r"боловањ\w*", r"bolovanj\w*", r"епилепсиј\w*", r"карцином\w*", r"karcinom\w*",
    r"ovrh\w*", r"оврх\w*", r"ne mogu (?:platiti|da platim|otplatiti|vratiti)",
    r"не могу (?:да платим|платити|да отплатим)", r"moždan\w* udar\w*", r"мождан\w* удар\w*",
    r"srčan\w* udar\w*", r"infarkt\w*", r"у болници", r"во болница", r"dijaliz\w*",
    r"дијализ\w*", r"kemoterapij\w*", r"hemoterapij\w*", r"хемотерапиј\w*", r"otpušten\w*",
    r"отпуштен\w*", r"dobi(?:o|la) otkaz", r"добио отказ", r"добила отказ",
    r"izgubi(?:o|la) posao", r"изгуби(?:о|ла) посао", r"u pritvoru", r"у притвору",
    r"bolnišk\w*", r"ne morem (?:plačati|odplačevati|odplačati)", r"izgubil\w* službo",
    # Norwegian, Danish, Swedish.
    r"sykmeld\w*", r"sykemeld\w*", r"sykepenger", r"syk",
    r"på sykehus(?:et)?", r"på sjukehus(?:et)?",
    r"dømt", r"domfelt", r"fyllekjøring\w*", r"promillekjøring\w*", r"arrestert",
    r"siktet for", r"tiltalt", r"inkasso\w*", r"betalingsanmerkning\w*", r"namsmann\w*",
    r"tvangssalg\w*", r"gjeld(?:a|en|sproblem\w*|sordning\w*|srådgiv\w*)?",
    r"mistet (?:jobben|arbeidet|mitt arbejde)", r"permittert",
    r"begravelse\w*", r"gravferd\w*", r"asylsøker\w*", r"utvist",
    r"(?:klarer|kan) ikke (?:å )?betale", r"sygemeld\w*", r"sygedagpenge", r"syg",
    r"på sygehus(?:et)?", r"på hospital(?:et)?", r"indlagt",
    r"gæld(?:en|sproblem\w*|srådgiv\w*|ssanering\w*)?", r"fogeden", r"blev fyret", r"anholdt",
    r"sjukskriv\w*", r"sjukpenning\w*", r"på sjukhus(?:et)?", r"kronofogde\w*", r"skulder hos",
    r"skuldsatt\w*", r"betalningsanmärkning\w*", r"avskedad", r"uppsagd",
    r"förlorade jobbet", r"begravning\w*", r"häktad", r"dömd", r"asylsökande", r"utvisad",
    r"kan inte betala",
    # Icelandic and Faroese.
    r"veikindaleyf\w*", r"veik(?:ur|ir)?", r"lagð(?:ur|ist|ir) inn",
    r"liggur á (?:sjúkrahúsi|spítala)", r"skuldir",
    r"gjaldþrot\w*", r"atvinnulaus\w*", r"lést", r"jarðarför\w*", r"fangelsi\w*",
    r"handtek\w*", r"get ekki borgað", r"sjúkrameld\w*", r"sjúk(?:ur)?",
    r"kann ikki (?:rinda|gjalda|betala)", r"mist arbeiðið", r"arbeiðsleys\w*",
    r"doyði", r"deyð(?:ur|ir)", r"jarðarferð\w*", r"fongsul\w*", r"viðgerð",
    # Catalan, Galician.
    r"musulm[àa]\w*", r"jueu", r"jueva", r"de baixa (?:mèdica|per malaltia)", r"baixa laboral",
    r"desnon\w*", r"no puc pagar", r"(?:he|ha) perdut la feina", r"sense papers",
    r"hospitalitzat\w*", r"deute", r"débeda\w*", r"non podo pagar", r"perd(?:ín|eu) o traballo",
    r"desafiuza\w*", r"cárcere", r"detido",
    # Basque.
    r"gaixo\w*", r"minbizi\w*", r"kartzela\w*", r"espetxe\w*", r"hil (?:da|zen|zait|zaigu)",
    r"zorr(?:ak|etan)", r"ospitalean", r"lana galdu\w*", r"langabe\w*", r"hileta\w*",
    r"ezin dut ordaindu",
    # Irish, Scottish Gaelic, Breton.
    r"ailse", r"aillse", r"diaibéit\w*", r"tinn", r"breoite\w*", r"san ospidéal",
    r"cailleadh", r"fuair (?:[\w'’]+ ){0,2}bás", r"bhásaigh", r"sochraid\w*", r"fiacha\w*",
    r"dífhostaithe", r"ní féidir liom (?:\w+ ){0,3}a íoc", r"príosún\w*", r"gabhadh",
    r"colscaradh", r"iarrthóir tearmainn", r"torrach", r"dúlagar", r"san ospadal",
    r"anns an ospadal",
    r"chaochail", r"bhàsaich", r"tiodhlacadh", r"fiachan", r"prìosan\w*", r"trom-inntinn",
    r"chaill (?:mi|e|i) (?:m'|mo|a) ?obair", r"gun obair",
    r"chan urrainn dhomh (?:[\w'’]+ ){0,4}a phàigheadh",
    r"klañv\w*", r"kleñved\w*", r"marvet", r"er vac'h",
    r"kollet (?:em eus|en deus|he deus) (?:ma|e|he) labour", r"ne c'hallan ket paeañ",
    # Welsh, each mutation written out.
    r"canser", r"ganser", r"nghanser", r"chanser", r"sâl", r"salwch", r"yn yr ysbyty",
    r"wedi marw", r"bu farw", r"angladd\w*", r"dyled\w*", r"ddyled\w*", r"nyled\w*",
    r"clefyd\w*", r"glefyd\w*", r"nghlefyd\w*", r"carchar", r"ngharchar", r"gharchar",
    r"di-waith", r"colli (?:fy|ei|ein) swydd", r"beichiog", r"ysgariad", r"iselder",
    # Maltese: a word takes its article with a hyphen ("d-dijabete", "l-isptar").
    r"dijabete", r"kanċer", r"kancer", r"marida?", r"fl-isptar", r"miet", r"mietet",
    r"mewt", r"djun", r"dejn", r"ħabs", r"ma nistax inħallas", r"tlift ix-xogħol",
    r"depressjoni",
    # Luxembourgish, Afrikaans, Frisian, Dutch.
    r"arbechtslos\w*", r"am spidol", r"an d'spidol", r"scholden", r"net (?:méi )?bezuelen",
    r"gestuerwen",
    r"verstuerwen", r"begriefnes", r"prisong", r"kriibs", r"skuldberading", r"skuldhersiening",
    r"werk verloor", r"kan nie (?:\w+ ){0,4}betaal", r"afgedank", r"siik", r"yn it sikehûs",
    r"stoarn", r"skulden", r"schuldsanering",
    # English hardship told in passing.
    r"ill[- ]health (?:grounds|reasons)", r"(?:my|his|her|their|our) ill[- ]health",
    r"retired (?:\w+ )?(?:on|due to|through|because of|with) ill[- ]health",
    r"medical(?:ly)? retire\w*", r"medical retirement",
    r"in recovery (?:from|for)", r"recovering (?:alcoholic|addict|gambler)", r"gambling",
    r"fell behind (?:on|with)", r"fallen behind (?:on|with)", r"falling behind (?:on|with)",
    r"behind with (?:my |the |our )?(?:rent|mortgage|payments|bills|loan)",
    r"statutory sick pay", r"sick pay", r"disability (?:benefits?|allowance|pension)",
    r"made redundant",
)  # fmt: skip

#: Terms too common alone (a game; a benefit a business names; Norwegian "tinn" is tin,
#: Icelandic "viðgerð" a repair): they need a second term.
WEAK_TERMS = phrases(
    """gambling syk syg veik veikur veikir sjúk sjúkur tinn viðgerð sick_pay disability_benefit
    disability_benefits disability_allowance disability_pension"""
)

#: Where someone is in a hospital ("på sjukhuset", "am Spidol", "yn yr ysbyty"): the
#: first letters of the hospital word in each language.
_HOSPITALS = ("лікарн", "бальніц", "болниц", "болница", "sykehus", "sjukehus", "sygehus",
              "hospital", "sjukhus", "sjúkrahús", "spítala", "ospidéal", "ospadal", "ysbyty",
              "isptar", "spidol", "sikehûs", "ospitalean")  # fmt: skip
#: Words of working somewhere: a hospital one works at is no stay in it.
_WORK = words(
    """work works working worked job jobbar jobber jobbet arbejder arbeider arbetar vinn vinnur
    arbeite arbeitet schaffen schaffe schafft wurkje gweithio gweithiaf obair naħdem taħdem
    treballo traballo treballa lan працюю працює працую радим radim radi работя работи"""
)


def at_work(terms: list[str], said: list[str]) -> bool:
    """Whether a sentence's only terms are a hospital it speaks of working at."""
    if _WORK.isdisjoint(said) or not terms:
        return False
    return all(any(h in term for h in _HOSPITALS) for term in terms)


#: Words of the first person and of close relatives in these languages.
TIES = words(
    """мені мій моя моє мої мого моєї мене я ми наш наша батько мати мама тато чоловік
    дружина син донька брат сестра бабуся дідусь
    мяне мне мой мая маё мае бацька маці муж жонка сын дачка сястра
    моей моего меня жены мужа
    ми моја мој моје мене ме сум съм мама татко баща майка съпруг съпруга синът дъщеря
    мајка сопруг сопруга сам
    otac majka supruga suprug kći sestra mi sam imam moj moja moje
    jeg meg min mitt mine mann kona sønn datter mor mamma pappa
    jag mig mina
    ég mær mín mítt míni mínir minn havi eri pápi konan maðurinn
    sóc estic tinc meu meva pare mare germà germana marit filla
    teño estou podo miña irmán irmá muller fillo
    nire gure nago naiz dut ditut aita senarra emaztea semea alaba anaia ahizpa amona aitona
    mo orm agam liom mé m'athair m'fhear m'iníon m'uncail m'aintín athair máthair
    mháthair mhàthair màthair deartháir deirfiúr seanmháthair seanathair bràthair piuthar
    fy rydw rwy dw nhad mam mab ngŵr ngwraig mrawd chwaer
    mamm
    jien għandi tiegħi missieri ommi marti żewġi ibni binti ħija oħti
    ech mäi mäin meng mir mech papp
    ek my ons seun dogter
    myn ik mem heit"""
)
