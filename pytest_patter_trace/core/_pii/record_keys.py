"""Record fields naming a birth date or an address in the record's own language.

A CRM or a clinic system keys its fields in its users' language, in native script or
romanised (``data_rozhdeniya``, ``piranda_thethi``, ``ημερομηνία_γέννησης``, ``mugavari``).
Kept by hand: no library maps field names to the data they hold; CLDR has the words for
dates but not for "date of birth" or "address" as a field label.
"""

from __future__ import annotations

import re

from . import vocabulary as voc

__all__ = ["ADDRESS_KEYS", "DOB_KEYS"]

#: How the scanner splits a key into tokens (``detect._NON_ALNUM``): combining vowel
#: signs of Indic scripts split a word, so each listed key is kept as its tokens joined.
_NON_ALNUM = re.compile(r"[\W_]+")


def _keys(text: str) -> frozenset[str]:
    return frozenset("".join(_NON_ALNUM.split(w.lower())) for w in text.split())


#: "Date of birth" as a field name in about 60 languages (joined tokens, native script and
#: common romanisations), added to the English and Western European ones of vocabulary.
DOB_KEYS = voc.DOB_KEYS | _keys(
    """datarozhdeniya datarozhdenia datarojdeniya datarozhd датарожд датанародження
    datanarodzhennia datanarodzhennya датанараджэння datumrodjenja datumrođenja datumrodenja
    датумрођења datumrojstva датанараждане datanarazhdane датумнараѓање
    ημερομηνίαγέννησης ημερομηνιαγεννησης imerominiagennisis imerominiagennhshs
    hmerominiagennisis szuletesidatum születésidátum szuletesiido születésiidő szulido
    datanașterii datanaşterii dogumtarixi doğumtarixi gimimodata dzimsanasdatums
    dzimšanasdatums sunniaeg sünniaeg sünnikuupäev sunnikuupaev faedingardagur fæðingardagur
    datadenaixement datadenacemento tarikhalmilad tarikhmilad tarikhmilaad تاريخالولادة
    تاریختولد tarikhtavalod tarikhetavalod taarikhtavallod تاریخپیدائش tarikhpaidaish
    tareekhpaidaish tarikhepaidaish taarichleida taarikhleida जन्मतिथि जन्मतारीख जन्मदिनांक
    जन्ममिति janmtarikh janmatarikh janmadinank janmamiti জন্মতারিখ জন্মদিন jonmotarikh
    jonmodin பிறந்ததேதி பிறந்தநாள் pirandathethi piranthathethi pirandhathethi
    pirandathedhi పుట్టినతేదీ puttinatedi puttinatedhi જન્મતારીખ ಹುಟ್ಟಿದದಿನಾಂಕ
    huttidadinanka ജനനത്തീയതി jananatheeyathi ਜਨਮਮਿਤੀ janammiti วันเกิด วันเดือนปีเกิด
    wankoet wankerd ngàysinh petsangkapanganakan arawngkapanganakan chushengriqi
    shengri 生日 出生年月 seinengappi tanjoubi saengnyeonwolil 생일 ቀንየትውልድ የትውልድቀን
    yetewledken yetiwildken ojoibi ọjọìbí ranarhaihuwa ranarhaihuwar usukuolwazalwa
    ubochiamuru taariikhdadhalashada မွေးနေ့ ថ្ងៃខែឆ្នាំកំណើត උපන්දිනය туғанкүні tugankuni
    tugilgansana tuğulğankün doğumgünü dogumgunu დაბადებისთარიღი dabadebistarighi
    ծննդյանամսաթիվ tarehekuzaliwa tanggalkelahiran tarikhkelahiran
    tareekhepaidaish kaarawan petsangkaarawan foedselsdato foedselsdag faedselsdato
    foedelsedatum yelidetqen yelidetken usukulokuzalwa usukuwokuzalwa
    datumnarozeni datumnarození datumnarodenia dátumnarodenia dataurodzenia"""
)
#: "Address" as a field name in languages the English vocabulary misses.
ADDRESS_KEYS = voc.ADDRESS_KEYS | _keys(
    """adresregistratsii adresprozhivaniya адресрегистрации адреспроживания mugavari
    mukavari முகவரி dieythynsi diefthynsi dieuthunsi διεύθυνση διευθυνση lakcim lakcím
    lakhely lakhelycim पता घरकापता gharkapata ঠিকানা thikana ที่อยู่ thiyu thiyoo
    عنوان unwan onwan عنوانالسكن پتہ adresas adrese aadress heimilisfang ünvan unvan
    мекенжай mekenzhay አድራሻ adirẹsi adiresi adireshi ikheli ikheli 住址 juusho jusho
    juso ঠিকানা చిరునామా chirunama ವಿಳಾಸ vilasa വിലാസം vilasam ਪਤਾ સરનામું sarnamu
    adresi tirahan adrasha pata"""
)
