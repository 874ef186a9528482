"""Words that say what a speaker is, not who: nationalities, faiths, diets.

"I'm French, so no rush", "soy mexicano", "I'm Jewish": after "I am" such a word is no
name. A faith said of oneself is a sensitive disclosure, which the disclosure finder
reports; here it only stops the name finder. Kept by hand: no maintained package lists
demonyms in several languages (CLDR and pycountry name countries, not their people).
Given names that are also demonyms or faiths ("Christian", "Roman", "Dane") are left out.
"""

from __future__ import annotations

from . import vocabulary as voc

#: Lower-cased, so any case matches; English, then the commonest Romance, Germanic and
#: Slavic forms (masculine and feminine).
DEMONYMS = voc.words(
    """
    american canadian mexican brazilian argentinian argentine chilean colombian peruvian
    venezuelan cuban dominican ecuadorian bolivian uruguayan paraguayan guatemalan
    salvadoran honduran nicaraguan panamanian rican jamaican haitian
    british english scottish welsh irish french german dutch belgian swiss austrian
    italian spanish portuguese greek polish czech slovak hungarian romanian bulgarian
    serbian croatian slovenian bosnian albanian ukrainian russian belarusian lithuanian
    latvian estonian finnish swedish norwegian danish icelandic turkish israeli lebanese
    syrian jordanian iraqi iranian saudi emirati egyptian moroccan algerian tunisian
    libyan nigerian ghanaian kenyan ethiopian somali ugandan tanzanian rwandan
    senegalese cameroonian congolese angolan mozambican zimbabwean zambian
    african indian pakistani bangladeshi lankan nepali nepalese afghan chinese
    japanese korean vietnamese thai filipino filipina indonesian malaysian singaporean
    taiwanese mongolian kazakh uzbek australian kiwi european asian african latino latina
    hispanic arab
    mexicano mexicana brasileño brasileña brasileiro brasileira argentino argentina
    chileno chilena colombiano colombiana peruano peruana venezolano venezolana cubano
    cubana español española espanhol espanhola portugués portuguesa português
    italiano italiana francés francesa francês francese français française alemán
    alemana alemão alemã tedesco tedesca inglés inglesa inglês inglese americano
    americana canadiense canadense belge suisse allemand allemande anglais anglaise
    espagnol espagnole italien italienne portugais marocain marocaine algérien
    algérienne tunisien tunisienne deutscher deutsche franzose französin italiener
    italienerin spanier spanierin türke türkin pole polin russe russin österreicher
    österreicherin schweizer schweizerin nederlander nederlandse belg polak polka
    polakiem polką niemiec niemką francuz francuzką
    jewish muslim moslem hindu sikh buddhist catholic protestant orthodox atheist
    agnostic mormon evangelical anglican baptist methodist lutheran judío judía
    musulmán musulmana católico católica catholique juif juive musulman musulmane
    jüdisch katholisch evangelisch muslimisch
    vegan vegetarian pescatarian kosher halal
    """
)


def demonym(word: str) -> bool:
    """Whether ``word`` names a nationality, a faith or a diet, in any case."""
    return word.casefold() in DEMONYMS
