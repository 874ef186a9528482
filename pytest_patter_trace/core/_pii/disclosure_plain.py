r"""Disclosures said plainly, with no clinical or legal word, and in more languages.

People rarely say "bereavement" or "insolvency": they say a father "passed", that they
"can't afford" the payment since they lost the job, that their papers ran out, that a
son is "locked up", that the bank took them to court over a loan. Here are those ways
of saying it in English and Jamaican Patois, and each class (an illness by its everyday
name, a pregnancy, a death, debts and lost work, a court or prison, papers and refuge,
divorce) in Basque, Haitian Creole, Icelandic, Kazakh, Mongolian, Nepali, Slovak,
Swahili, Ukrainian, romanised Arabic, Punjabi and Urdu, Tagalog, Urdu and Vietnamese,
with their words for "I", "my" and close relatives. Regular-expression fragments as in
disclosure_lexicon.py (each starts with a literal word); scripts as substrings.

Kept by hand: no maintained package on the index lists these across languages (see
disclosure_health.py).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .vocabulary import phrases, words

__all__ = ["SCRIPT_TIES", "SUBSTRINGS", "TERMS", "TIES", "tied_by_letters", "we_the_business"]

#: Terms in languages written with spaces.
TERMS: tuple[str, ...] = (
    # English, said plainly: money, papers, prison (a relative who "passed" is in
    # disclosure_lexicon.py).
    r"can'?t afford (?:it|the|my|our|to pay|rent|food|groceries|medic\w*)",
    r"cannot afford (?:it|the|my|our|to pay|rent|food|groceries|medic\w*)",
    r"can'?t make (?:the|my|our) (?:payments?|rent)",
    r"(?:residence |work )?permit (?:has )?(?:expired|ran out|was revoked)",
    r"papers (?:have )?(?:expired|ran out)",
    r"(?:have|has|got) no (?:legal )?papers", r"undocumented", r"overstay\w*",
    r"deport(?:ed|ation|ing)", r"asylum",
    r"locked up", r"behind bars", r"on probation", r"on parole", r"in jail", r"in prison",
    r"kidneys? (?:fail\w*|kharab|khraab|band)", r"on dialysis",
    # Medicines named for what they treat: a mood disorder, an addiction, HIV, diabetes,
    # cancer, seizures (a medicine's name alone tells the condition).
    r"lithium(?! batter\w*| ion| cells?)", r"methadone", r"buprenorphine", r"suboxone",
    r"naltrexone", r"antiretroviral\w*", r"truvada", r"prep pills?", r"metformin",
    r"tamoxifen", r"letrozole", r"sertraline", r"fluoxetine", r"prozac", r"zoloft",
    r"citalopram", r"escitalopram", r"lexapro", r"venlafaxine", r"olanzapine", r"quetiapine",
    r"risperidone", r"clozapine", r"aripiprazole", r"lamotrigine", r"levetiracetam",
    r"valproate", r"carbamazepine", r"adderall", r"ritalin", r"methylphenidate",
    # Jamaican Patois.
    r"lose mi (?:work|job)", r"lost mi (?:work|job)", r"cyaan pay", r"kyaan pay",
    r"cyaan afford", r"pregnant", r"dead an gone",
    # Basque.
    r"hil (?:egin )?(?:da|zen|zitzaidan)", r"zendu (?:da|zen)", r"minbizi\w*", r"diabetes\w*",
    r"haurdun\w*", r"ospitalean", r"zorr(?:ak|rak|retan)\w*", r"langabezi\w*", r"kartzela\w*",
    r"dibortzi\w*", r"ezin (?:dut|dugu) ordaindu", r"gaixo\w*",
    # Haitian Creole.
    r"pa gen papye", r"san papye", r"malad", r"lopital", r"kansè", r"dyabèt", r"ansent",
    r"mouri", r"dèt", r"nan prizon", r"san travay", r"pèdi travay",
    # Icelandic.
    r"krabbamein\w*", r"sykursýki", r"ólétt", r"lést", r"skuldi\w*", r"atvinnulaus\w*",
    r"fangelsi\w*", r"skilnað\w*", r"lyfjameðferð\w*", r"liggur á sjúkrahúsi",
    r"lögð inn", r"lagður inn", r"greindist",
    r"get ekki borgað",
    # Kazakh and Mongolian.
    r"сотқа берді", r"сот ісі\w*", r"төлей алмай\w*", r"ауырып жүр\w*",
    r"чихрийн шижин\w*", r"хорт хавдар\w*", r"жирэмсэн", r"нас барсан", r"нас барлаа",
    r"өртэй", r"өрөө төлж чадахгүй", r"ажилгүй", r"шоронд", r"эмнэлэгт", r"салсан",
    r"эмчилгээ\w*", r"өвчтэй",
    # Slovak.
    r"exekúci\w*", r"nemôžem splácať", r"nemám na splátk\w*", r"tehotn\w*", r"cukrovk\w*",
    r"v nemocnici", r"chorý", r"chorá",
    # Swahili.
    r"kifua kikuu", r"matibabu", r"saratani", r"kisukari", r"ukimwi", r"vvu", r"mjamzito",
    r"nina mimba", r"amefariki\w*", r"alifariki\w*", r"madeni", r"deni kubwa",
    r"siwezi kulipa", r"sina kazi", r"nimefukuzwa kazi", r"gerezani", r"talaka",
    r"mkimbizi", r"mgonjwa",
    # Ukrainian.
    r"біжен\w*", r"без документів", r"документів (?:ще )?немає", r"діабет\w*", r"вагітн\w*",
    r"помер(?:ла|ли)?", r"борг(?:и|ів|ах)", r"безробітн\w*", r"у в'язниці", r"розлуч\w*",
    r"у лікарні", r"хвор\w*",
    # Romanised Arabic (digits for letters are read as 0: none here).
    r"dyoun", r"duyun", r"dayn", r"sijn", r"talaq", r"talaaq", r"mareed", r"mareeda",
    # Romanised Punjabi and Urdu.
    r"sugar di bimari", r"bimaar", r"bimar", r"qarz", r"karza", r"jail (?:vich|mein|me)",
    # Tagalog.
    r"buntis", r"nabuntis", r"namatay", r"pumanaw", r"utang", r"nawalan ng trabaho",
    r"nakakulong", r"kanser", r"diyabetis", r"nasa ospital", r"may sakit",
    # Igbo: a debt, not the electricity or water bill.
    r"ụgwọ(?! ọkụ)(?! mmiri)",
    # Vietnamese.
    r"có bầu", r"mất việc", r"nợ nần", r"bị bắt", r"ly hôn", r"nằm viện",
)  # fmt: skip

#: Terms in scripts read as substrings (``_`` stands for a space): Nepali, Urdu.
SUBSTRINGS = phrases(
    """ऋण_तिर्न तिर्न_सकिन तिर्न_सकेको_छैन तिर्न_सक्दिन ऋणमा मुद्दा_हाल
    آپریشن طلاق کینسر شوگر_ہے حاملہ انتقال_ہو قرض_ہے قرضہ جیل_میں ہسپتال_میں"""
)

#: Words of the first person and of close relatives in these languages.
TIES = words(
    """nire nik naiz dut ditut gara aita ama aitona amona senarra emaztea semea alaba
    mwen manman papa mari madanm pitit
    ég mig mér minn mín mitt pabbi mamma maðurinn konan sonur dóttir
    би миний надад аав ээж нөхөр эхнэр хүү охин
    менің мен әкем анам
    mám môj moja mama otec manžel manželka syn dcéra
    nina mimi yangu wangu zangu changu baba mume mke mwanangu ninaishi nahitaji
    я мій моя мене мені батько мати чоловік дружина син донька
    ana ani abouya ommi zawji mrati
    meri mera mere mummy papa
    ako ko po namin nanay tatay asawa anak
    tôi mình bố mẹ chồng vợ"""
)

#: Words of the first person and of relatives in the scripts of SUBSTRINGS.
SCRIPT_TIES = phrases(
    """मेरो _म_ मलाई हामी हाम्रो बुबा आमा
    میرا میری میرے مجھے میں_ والد والدہ امی ابو بہن بھائی شوہر بیوی"""
)

#: Vietnamese "em" and "anh" ("I" to an elder, to a younger) and "con" are words of other
#: languages too (Portuguese "em", Spanish "con"): they tie a term only beside a letter
#: Vietnamese writes.
_VIETNAMESE = re.compile(r"[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
_VIETNAMESE_TIES = words("em anh con")


def tied_by_letters(part: str, words_said: list[str]) -> bool:
    """Whether a Vietnamese sentence says "I" with a word other languages share ("em")."""
    return not _VIETNAMESE_TIES.isdisjoint(words_said) and _VIETNAMESE.search(part) is not None


def we_the_business(tied: AbstractSet[str], words_said: list[str]) -> bool:
    """Whether the only "I" is Vietnamese "chúng tôi" ("we"), a shop's voice about itself."""
    if tied != {"tôi"}:
        return False
    return all(
        i > 0 and words_said[i - 1] == "chúng" for i, w in enumerate(words_said) if w == "tôi"
    )
