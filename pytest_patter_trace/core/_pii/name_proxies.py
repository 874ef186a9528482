"""The person a caller calls for, named in a script without case.

A carer, a child or a grandchild calls on someone's behalf and names them. Where no
capital marks the name, the words "on behalf of" or "named" bound it:

- Kannada, Telugu, Gujarati: a kin term, the name, then "on behalf of" ("ತಾಯಿ X ಅವರ
  ಪರವಾಗಿ", "అమ్మ X తరపున", "માતા X વતી");
- Japanese: a kin term, の, the name, then "instead of" ("母のXの代わりに");
- Chinese, Mongolian, Khmer: in a turn that names a relative, "he / she is called" ("她叫X",
  "нэр нь X", "ឈ្មោះ X"), the name up to the sentence's end.

Each reader runs only when its marker is in the text: a cheap ``in`` test first.
Kept by hand, as :mod:`.name_kin_scripts`: no package lists these lead-ins.
"""

from __future__ import annotations

import re

from . import vocabulary as voc
from .hit import Hit
from .mask import mask_name

__all__ = ["find_proxy_names"]


def _alt(block: str) -> str:
    return "|".join(sorted(set(block.split()), key=len, reverse=True))


#: Kannada, Telugu and Gujarati: kin terms, "my" before them, and "on behalf of" after the name.
_INDIC = (
    (
        "ಪರವಾಗಿ",
        _alt(
            """ತಾಯಿ ತಂದೆ ಅಮ್ಮ ಅಪ್ಪ ಅಜ್ಜಿ ಅಜ್ಜ ಮಗ ಮಗಳು ಹೆಂಡತಿ ಗಂಡ ಅಣ್ಣ ತಮ್ಮ ಅಕ್ಕ ತಂಗಿ
            ಚಿಕ್ಕಪ್ಪ ಚಿಕ್ಕಮ್ಮ ಮಾವ ಅತ್ತೆ ಸ್ನೇಹಿತ ನೆರೆಹೊರೆಯವರು"""
        ),
        "\u0c80-\u0cff",
        "ಅವರ ಅವರು ಅವನ ಅವಳ ನನ್ನ ನಮ್ಮ",
    ),
    (
        "తరపున తరఫున",
        _alt(
            """అమ్మ నాన్న నాన్నగారు అమ్మగారు తల్లి తండ్రి భార్య భర్త కొడుకు కూతురు అన్న
            తమ్ముడు అక్క చెల్లి తాత అవ్వ నానమ్మ అమ్మమ్మ మామయ్య అత్తయ్య స్నేహితుడు"""
        ),
        "\u0c00-\u0c7f",
        "గారి గారు ఆయన ఆమె నా మా",
    ),
    (
        "વતી તરફથી",
        _alt(
            """માતા પિતા મા બા બાપુ પપ્પા મમ્મી દાદા દાદી નાના નાની પત્ની પતિ દીકરો દીકરી
            પુત્ર પુત્રી ભાઈ બહેન કાકા કાકી મામા મામી ફઈ મિત્ર પાડોશી"""
        ),
        "\u0a80-\u0aff",
        "ના ની નું તેમના તેમની મારા મારી અમારા",
    ),
)


def _indic(markers: str, kin: str, letters: str, stops: str) -> re.Pattern[str]:
    """A kin term, one to three words, then (a pronoun's "their" and) "on behalf of"."""
    return re.compile(
        rf"(?<![{letters}])(?:{kin})\s+([{letters}]+(?:\s+[{letters}]+){{0,2}}?)"
        rf"\s+(?:(?:{_alt(stops)})\s+)?(?:{_alt(markers)})(?![{letters}])"
    )


_INDIC_READERS = tuple(
    (tuple(markers.split()), _indic(markers, kin, letters, stops), frozenset(stops.split()))
    for markers, kin, letters, stops in _INDIC
)

#: Japanese: a kin term, の, a name of kanji and kana, then の代わり ("instead of").
_JA = re.compile(
    r"(?:母親|父親|祖母|祖父|息子|主人|母|父|妻|夫|娘|兄|姉|弟|妹)の"
    r"([\u4e00-\u9fff々][\u4e00-\u9fff々\u3041-\u3096]{1,6}?)(?:さん|様)?の代わり"
)
#: Chinese: "he / she is called" and two or three characters up to punctuation or the end.
_ZH = re.compile(r"(?:她|他)叫([\u4e00-\u9fff]{2,3})(?=[。，,.！!？?\s]|$)")
_ZH_KIN = voc.words(
    "奶奶 爷爷 外婆 外公 姥姥 姥爷 妈妈 爸爸 母亲 父亲 老妈 老爸 儿子 女儿 妻子 丈夫 老公 老婆"
    " 哥哥 姐姐 弟弟 妹妹 婆婆 公公 岳母 岳父"
)
#: A first character that makes the run a phrase, not a name ("她叫我帮她", "他叫了车").
_ZH_NOT_FIRST = frozenset("我你他她它们了过着的人车")
#: Mongolian: "name is" and the name in Cyrillic capitals, with an initial before it.
_MN = re.compile(
    r"(?:нэр нь|нэртэй нь)\s+((?:[А-ЯЁӨҮ]\.\s?)?[А-ЯЁӨҮ][а-яёөү]+(?:\s[А-ЯЁӨҮ][а-яёөү]+)?)"
)
_MN_KIN = voc.words("ээж аав эхнэр нөхөр хүү охин эгч ах дүү эмээ өвөө өмнөөс")
#: Khmer: "named" and one to three words up to the full stop or the end.
_KM = re.compile(r"ឈ្មោះ\s*([\u1780-\u17d2]+(?:\s[\u1780-\u17d2]+){0,2})(?=\s*(?:។|$|[,.!?]))")
_KM_KIN = voc.words("ជំនួស ម្តាយ ម្ដាយ ឪពុក ប្តី ប្ដី ប្រពន្ធ កូន យាយ ជីដូន ជីតា")


def _add(hits: list[Hit], text: str, start: int, end: int) -> None:
    hits.append(Hit("name", start, end, mask_name(text[start:end])))


def find_proxy_names(text: str, hits: list[Hit]) -> None:
    """Add the name of a person a caller calls for, in scripts without case."""
    for markers, pattern, stops in _INDIC_READERS:
        if any(marker in text for marker in markers):
            for m in pattern.finditer(text):
                if not any(w in stops for w in m.group(1).split()):
                    _add(hits, text, m.start(1), m.end(1))
    if "の代わり" in text:
        for m in _JA.finditer(text):
            _add(hits, text, m.start(1), m.end(1))
    if "叫" in text and any(kin in text for kin in _ZH_KIN):
        for m in _ZH.finditer(text):
            if m.group(1)[0] not in _ZH_NOT_FIRST:
                _add(hits, text, m.start(1), m.end(1))
    if "нэр" in text and any(kin in text for kin in _MN_KIN):
        for m in _MN.finditer(text):
            _add(hits, text, m.start(1), m.end(1))
    if "ឈ្មោះ" in text and any(kin in text for kin in _KM_KIN):
        for m in _KM.finditer(text):
            _add(hits, text, m.start(1), m.end(1))
