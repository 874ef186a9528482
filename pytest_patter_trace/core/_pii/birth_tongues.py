r"""Birth dates said in the languages of Africa, Central, South and South-East Asia and Arabic.

"An haife ni ranar 4 ga Maris, 1987", "Ngazalwa ngo-22 kuMashi 1983", "Мен 1990 жылы 5
наурызда туылдым", "ខ្ញុំកើតថ្ងៃទី ១២ ខែមេសា ឆ្នាំ ១៩៨៩", "من ۱۲ تیر ۱۳۶۵ به دنیا آمدم": a
birth word (the verb of the first person or of a relative, or "my birthday"), and a date
before or after it in the same sentence, in any digits (``\d`` and ``int`` read them all),
the month a word of the language or a number. Languages that put the verb last (Kazakh,
Korean, the languages of India, Persian) say the date first. Years are read in the
calendars people use: Gregorian, Ethiopian (seven or eight years behind), Solar Hijri,
Hijri and Myanmar (thirteen and fourteen hundreds), Buddhist (543 ahead), Bikram Sambat
(57 ahead, with its words "साल" and "गते"). A year not yet reached in its calendar is a
sale's or an appointment's date, not a birth's.

Kept by hand: the month names of thirty languages would cost more than they buy, once a
birth word sits beside a day and a year.
"""

from __future__ import annotations

import re
from datetime import date

from .disclosure_scripts import trie_pattern
from .hit import Hit
from .mask import MASKERS

__all__ = ["HINTS", "find_dobs", "future_year"]

#: Birth words of more languages, whose inflected or mutated forms the patterns of
#: birth_words.py miss ("Датата ми на раждане", "mo dháta breithe", "ek is ... gebore",
#: "төрсөн", "زیږون نیټه", "ڄمڻ جي تاريخ") or who say the date first ("1980ko maiatzaren
#: 6an jaio nintzen"); the stems, and the hints in front of them.
_MORE_STEMS = ("на раждане", "роден", "родена", "breithe", "breith", "gebore", "gebuer",
               "berne op", "ganet", "төрсөн", "төрс", "زیږون", "زېږون", "زیږیدلی", "ڄمڻ", "ڄائو",
               "ڄائي", "ڄاول", "ଜନ୍ମ", "ಜನ್ಮ", "ಹುಟ್ಟಿದ", "སྐྱེས", "ተወሊደ", "ዝተወለድ", "dhaladhe",
               "dhaloota", "zvarwa", "tswetswe", "tsoetsoe", "lair ing", "tanggal lair",
               "таваллуд", "jaio", "rugadh", "twelidt", "twelid", "туулга")  # fmt: skip
_MORE_HINTS = ("раждане", "роден", "breith", "gebore", "gebuer", "berne", "ganet", "төрс",
               "زیږون", "زېږون", "زیږید", "ڄمڻ", "ڄائ", "ڄاول", "ଜନ୍ମ", "ಜನ್ಮ", "ಹುಟ್ಟಿ", "སྐྱེས",
               "ተወሊደ", "ዝተወለድ", "dhaladhe", "dhaloota", "zvarwa", "tswetswe", "tsoetsoe",
               "lair", "таваллуд", "jaio", "rugadh", "twelid", "туулг")  # fmt: skip
#: Birth words: what a text with one holds (lower case), the gate in front of the search;
#: single words only (a hint with a space is searched for in the whole of a long text).
HINTS = ("haif", "haihuw", "zalw", "zalelw", "bí", "bí", "ìbí", "mụrụ", "ọmụmụ", "dhash",
         "dhala", "ተወለድ", "ተወለደ", "ትውልድ", "ልደት", "туыл", "туған", "дүниеге", "туулган",
         "tug'il", "tug‘il", "tugʻil", "tug’il", "tugil", "туғил", "doğul", "dünyaya", "anadan",
         "កើត", "កំណើត", "ເກີດ", "မွေး", "เกิด", "isinilang", "kaarawan", "dilahirkan", "kelahiran",
         "sinh", "పుట్ట", "జన్మించ", "பிறந்", "ജനിച്ച", "ജനന", "जन्म", "ਜਨਮ", "पैदा", "උපන්", "ඉපදු",
         "জন্ম", "پیدا", "دنیا", "متولد", "زادروز", "زیږید", "زېږېد", "زیږېد", "اتولد", "انولد",
         "تولدت", "تزاد", "خلقت", "مواليد", "مولود", "ولدت", "태어", "출생",
         "생년월일", *_MORE_HINTS)  # fmt: skip
#: The birth words themselves (their stems: a date is looked for beside them).
_STEMS = (
    "an haife", "an haifi", "aka haife", "aka haifi", "ranar haihuwa", "haihuwata",
    "haihuwarsa", "haihuwarta", "haihuwarka", "haihuwarki", "zalwa", "zalelwa", "bí mi",
    "bí mi", "ọjọ́ ìbí", "mụrụ m", "ụbọchị ọmụmụ", "dhashay", "dhalash", "туыл", "туған күн",
    "дүниеге кел", "туулган", "tug'il", "tug‘il", "tugʻil", "tug’il", "tug`il", "tugil",
    "туғил", "doğul", "dünyaya gəl", "anadan ol", "isinilang", "kaarawan ko", "dilahirkan",
    "kelahiran", "sinh ra", "sinh vào", "ngày sinh",
    "ተወለድ", "ተወለደ", "ትውልድ", "የልደት ቀ", "កំណើត", "పుట్ట",
    "జన్మించ", "பிறந்", "ജനിച്ച", "ജനന", "जन्म", "ਜਨਮ", "पैदा", "උපන්", "ඉපදු", "জন্ম",
    "پیدا", "دنیا آمد", "متولد", "زادروز", "زیږید", "زېږېد", "زیږېد", "اتولد", "انولد", "تولدت",
    "تزاد", "خلقت", "مواليد", "مولود", "ولدت", "태어", "출생", "생년월일", *_MORE_STEMS,
)  # fmt: skip
#: One trie of the stems, each also capitalised (a sentence may start with one): the
#: engine reads each letter once.
_BIRTH_WORDS = re.compile(trie_pattern({w for s in _STEMS for w in (s, s[0].upper() + s[1:])}))
#: Apart, each starting with its literal (a fast scan), the words that also start an
#: everyday word: Khmer កើតឡើង and Lao ເກີດຂຶ້ນ ("happen"), Burmese မွေးမြူ ("raise
#: animals"), Thai เกิดขึ้น ("happen").
_BIRTH_WORDS_BOUNDED = re.compile(
    r"កើត(?!ឡើង)|ເກີດ(?!ຂຶ້ນ)|မွေး(?!မြူ)|เกิด(?=\s?(?:วันที่|เมื่อ|ปี|พ\.ศ\.|\d))"
)
#: Two or three numbers, in any digits, with a short gap between (no sentence end in it).
_DATE = re.compile(
    r"(?<!\d)(\d{1,4})([^\d\n!?।။።۔]{1,24}?)(\d{1,4})"
    r"(?:([\s./\-]{1,3}|[^\d\n!?।။።۔]{1,24}?)(\d{1,4}))?(?!\d)"
)
#: How far from the birth word a date may start (after it) or end (before it).
_NEAR = 32
#: Words of a Bikram Sambat date (Nepal): its years run 57 ahead of the Gregorian.
_SAMBAT = ("साल", "गते", "वि.सं", "बि.सं")


def find_dobs(text: str, hits: list[Hit]) -> None:
    """Add the dates beside a birth word of these languages (the caller saw a hint)."""
    words = list(_BIRTH_WORDS.finditer(text))
    if not text.isascii():
        words += _BIRTH_WORDS_BOUNDED.finditer(text)
    for m in words:
        after = _DATE.search(text, m.end(), m.end() + _NEAR + 60)
        end = _birth_end(after) if after is not None else 0
        if after is not None and end and _close(text, m.end(), after.start()):
            _add(text, after.start(), end, hits)
            continue
        before = None
        for d in _DATE.finditer(text, max(0, m.start() - _NEAR - 60), m.start()):
            before = d
        end = _birth_end(before) if before is not None else 0
        if before is not None and end and _close(text, end, m.start()):
            _add(text, before.start(), end, hits)


def _close(text: str, start: int, end: int) -> bool:
    """Whether ``start`` to ``end`` is a few words of one sentence."""
    between = text[start:end].lstrip(". ")  # Korean closes a date with a dot: "1962. 4. 9."
    return end - start <= _NEAR and not any(stop in between for stop in ".!?\n。।။።۔")


def _add(text: str, start: int, end: int, hits: list[Hit]) -> None:
    hits.append(Hit("dob", start, end, MASKERS["dob"](text[start:end])))


def _birth_end(m: re.Match[str]) -> int:
    """Where the date of a birth ends: three numbers, else the first two; 0 for none."""
    if m.group(5) is not None and _is_birth((m.group(1), m.group(3), m.group(5)), m.group()):
        return m.end(5)
    return m.end(3) if _is_birth((m.group(1), m.group(3)), m.group(), m.group(2)) else 0


def _is_birth(numbers: tuple[str, ...], said: str, gap: str = "") -> bool:
    """Whether the numbers make a day, maybe a month, and a year of a birth."""
    years = [g for g in numbers if len(g) == 4]
    if len(years) != 1 or not _birth_year(int(years[0]), said):
        return False
    others = [int(g) for g in numbers if len(g) < 4]
    if len(others) == 2:  # day and month, either order
        a, b = others
        return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= a <= 31 and 1 <= b <= 12)
    # A day and a year: the month is a word, before, between or after them.
    return len(others) == 1 and 1 <= others[0] <= 31 and _has_letter(gap)


def _has_letter(gap: str) -> bool:
    return any(c.isalpha() for c in gap)


def _birth_year(year: int, said: str) -> bool:
    """Whether ``year`` is a past year in a calendar people give their birth in."""
    now = date.today().year
    if "\u1200" <= max(said) <= "\u137f":  # Ethiopic: its year is seven or eight behind
        return 1890 <= year < now - 7
    if 1900 <= year < now or 1300 <= year <= 1450 or 2440 <= year < now + 543:
        return True
    return year < now + 57 and any(w in said for w in _SAMBAT)


def future_year(said: str, text: str) -> bool:
    """Whether a date after a birth word has a year not yet reached: a sale's, an appointment's.

    Gregorian and Buddhist years; not in Devanagari text, whose Bikram Sambat years run
    57 ahead (``text`` is asked only then).
    """
    now = date.today().year
    for y in re.findall(r"(?<!\d)\d{4}(?!\d)", said):
        year = int(y)
        if now <= year <= now + 30 or now + 543 <= year <= now + 573:
            return not any("\u0900" <= c <= "\u097f" for c in text)
    return False
