"""Write corpus L: speech as speech-to-text really mangles it, from callers others forget.

Usage: ``python tests/data/make_pii_corpus_l.py [OUT]`` (default: ``pii_corpus_l.jsonl``
next to this script). Seeded, and reads no date from the clock, so it rewrites the file
byte for byte on any day with Faker 40.63.0, phonenumbers 9.0.43 and python-stdnum 2.2.
All people, numbers and keys are invented.
"""

# Utterances, tokens and month lists are data: wrapping them would only hide typos.
# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
import warnings
from importlib import metadata
from pathlib import Path
from typing import Any

import phonenumbers
from faker import Faker
from stdnum import iban as stdnum_iban
from stdnum import luhn, verhoeff
from stdnum.ar import cuit
from stdnum.bg import egn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.ee import ik
from stdnum.es import dni
from stdnum.is_ import kennitala
from stdnum.lt import asmens
from stdnum.pl import pesel
from stdnum.za import idnr

RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}
for _dist, _want in RELEASES.items():
    if metadata.version(_dist) != _want:
        warnings.warn(f"{_dist} {_want} wrote corpus L; output may differ", stacklevel=1)

R = random.Random(20261206)
Faker.seed(20261206)
FAKE = {
    loc: Faker(loc)
    for loc in (
        "en_US",
        "en_GB",
        "fr_FR",
        "pt_BR",
        "es_MX",
        "es_AR",
        "pl_PL",
        "lt_LT",
        "bg_BG",
        "id_ID",
        "fil_PH",
        "en_IN",
    )
}
for _i, _f in enumerate(FAKE.values()):
    _f.seed_instance(1000 + _i)

ROWS: list[dict[str, Any]] = []


def add(cls: str, key: str, value: Any, kinds: list[str], site: str = "attribute") -> None:
    """Append one row; content follows the class's second part."""
    part = cls.split(".")[1]
    assert cls.startswith("pos." if kinds else "neg."), cls
    ROWS.append(
        {
            "id": len(ROWS),
            "class": cls,
            "site": site,
            "key": key,
            "value": value,
            "kinds": sorted(set(kinds)),
            "content": part != "value",
        }
    )


def j(obj: Any) -> str:
    """Compact JSON as exporters write it, non-ASCII kept."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def hexs(n: int) -> str:
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(
    n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def digits(n: int) -> str:
    return "".join(R.choice("0123456789") for _ in range(n))


EN_D = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
FR_D = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
ES_D = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
PT_D = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"]


def spoken(num: str, words: list[str], half: bool = False) -> str:
    """Digits read out; with half, STT keeps some as digits and some as words."""
    out = []
    for i, ch in enumerate(num):
        if not ch.isdigit():
            continue
        out.append(ch if half and (i // 3) % 2 else words[int(ch)])
    return " ".join(out)


def dob() -> tuple[int, int, int]:
    return R.randint(1931, 1999), R.randint(1, 12), R.randint(1, 28)


def card() -> str:
    prefix = R.choice(["4", "51", "52", "53", "54", "55"])
    body = prefix + digits(15 - len(prefix))
    return body + luhn.calc_check_digit(body)


def iban(cc: str, bban: str) -> str:
    value = cc + stdnum_iban.calc_check_digits(cc + "00" + bban) + bban
    assert stdnum_iban.is_valid(value), value
    return value


def phone(region: str) -> phonenumbers.PhoneNumber:
    num = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert num is not None
    for _ in range(40):
        nat = str(num.national_number)
        cand = phonenumbers.parse("+" + str(num.country_code) + nat[:-3] + digits(3))
        if phonenumbers.is_valid_number(cand):
            return cand
    return num


def fmt(num: phonenumbers.PhoneNumber, how: int) -> str:
    return phonenumbers.format_number(num, how)


NAT = phonenumbers.PhoneNumberFormat.NATIONAL
INTL = phonenumbers.PhoneNumberFormat.INTERNATIONAL
E164 = phonenumbers.PhoneNumberFormat.E164


# ---------------------------------------------------------------- national ids, valid
def id_es() -> str:
    d = digits(8)
    return d + dni.calc_check_digit(d)


def id_br() -> str:
    d = digits(9)
    v = d + cpf._calc_check_digits(d)  # the module keeps its helper private
    return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"


def id_pl() -> str:
    y, m, d = dob()
    base = f"{y % 100:02d}{m:02d}{d:02d}{digits(4)}"
    return _complete(base, pesel)


def id_is() -> str:
    while True:
        y, m, d = dob()
        base = f"{d:02d}{m:02d}{y % 100:02d}{R.randint(20, 99)}"
        for c in "0123456789":  # the module checks but does not compute the digit
            v = base + c + "9"
            if kennitala.is_valid(v):
                return v[:6] + "-" + v[6:]


def _complete(base: str, module: Any) -> str:
    """The one check digit the module accepts (its calc helper wants a full-length number)."""
    return next(base + c for c in "0123456789X" if module.is_valid(base + c))


def id_lt() -> str:
    y, m, d = dob()
    base = f"{R.choice('34')}{y % 100:02d}{m:02d}{d:02d}{digits(3)}"
    return _complete(base, asmens)


def id_ee() -> str:
    y, m, d = dob()
    base = f"{R.choice('34')}{y % 100:02d}{m:02d}{d:02d}{digits(3)}"
    return _complete(base, ik)


def id_bg() -> str:
    y, m, d = dob()
    base = f"{y % 100:02d}{m:02d}{d:02d}{digits(3)}"
    return _complete(base, egn)


def id_cn() -> str:
    y, m, d = dob()
    base = f"110105{y}{m:02d}{d:02d}{digits(3)}"
    return _complete(base, ric)


def id_za() -> str:
    y, m, d = dob()
    base = f"{y % 100:02d}{m:02d}{d:02d}{digits(4)}08"
    return base + luhn.calc_check_digit(base)


def id_in() -> str:
    base = str(R.randint(2, 9)) + digits(10)
    v = base + verhoeff.calc_check_digit(base)
    return f"{v[:4]} {v[4:8]} {v[8:]}"


def id_ar() -> str:
    base = "20" + digits(8)
    return base + cuit.calc_check_digit(base)


IDS = {
    "es": id_es,
    "br": id_br,
    "pl": id_pl,
    "is": id_is,
    "lt": id_lt,
    "ee": id_ee,
    "bg": id_bg,
    "cn": id_cn,
    "za": id_za,
    "in": id_in,
    "ar": id_ar,
}
VALID = {
    "es": dni,
    "br": cpf,
    "pl": pesel,
    "is": kennitala,
    "lt": asmens,
    "ee": ik,
    "bg": egn,
    "cn": ric,
    "za": idnr,
    "in": None,
    "ar": cuit,
}

# ---------------------------------------------------------------- names by language/script
NAMES = {
    "yo": ["Adebayo Ogunleye", "Folasade Adeyemi", "Oluwaseun Bakare"],
    "ig": ["Chukwuemeka Okafor", "Ngozi Eze", "Obinna Nwosu"],
    "ha": ["Aminu Bello Kano", "Hauwa Abdullahi", "Sani Danjuma"],
    "sw": ["Wanjiru Kamau", "Baraka Otieno", "Neema Mwakilema"],
    "am": ["አበበ ተሰማ", "ትዕግስት ኃይሉ", "Tesfaye Gebremedhin"],
    "pa": ["Gurpreet Singh Sandhu", "ਹਰਪ੍ਰੀਤ ਕੌਰ", "Manjit Kaur Gill"],
    "ta": ["முருகன் சுப்பிரமணியம்", "Lakshmi Venkatesan", "Karthik Rajendran"],
    "si": ["Nuwan Wickramasinghe", "ශානිකා පෙරේරා", "Chaminda Jayasuriya"],
    "ne": ["सुनिता श्रेष्ठ", "Bikash Gurung", "Ramesh Tamang"],
    "ps": ["Gul Agha Noorzai", "ملالۍ یوسفزۍ", "Zarmina Ahmadzai"],
    "ku": ["Rezan Barzani", "Shilan Hawrami", "Dilshad Mirani"],
    "uz": ["Dilnoza Yusupova", "Jasur Karimov", "Шерзод Ахмедов"],
    "kk": ["Айгерим Нурланова", "Nurlan Zhakupov", "Асель Бекова"],
    "ka": ["ნინო ბერიძე", "Giorgi Kapanadze", "Tamar Lomidze"],
    "hy": ["Արամ Պետրոսյան", "Anahit Grigoryan", "Hovhannes Sargsyan"],
    "sq": ["Arbër Hoxha", "Elira Krasniqi", "Driton Berisha"],
    "sr": ["Милица Јовановић", "Nemanja Petrović", "Dragana Nikolić"],
    "yue": ["陳嘉欣", "Chan Ka Yan", "黃志明"],
    "zh_tw": ["林怡君", "張家豪", "Lin Yi-chun"],
    "tl": ["Maria Luz Dimaculangan", "Jun-jun Santos", "Rowena Bautista"],
    "id": ["Siti Nurhaliza Rahmawati", "Budi Santoso", "Dewi Kartika Sari"],
    "ar": ["محمد عبد الرحمن الفاسي", "Youssef Benali", "Mona El-Sayed"],
    "gd": ["Morag MacLeod", "Hamish Fraser", "Iain Mackenzie"],
}

# ---------------------------------------------------------------- keys
UTT_KEYS = [
    "transcript",
    "text",
    "lk.user_transcript",
    "lk.user_input",
    "getpatter.stt.text",
    "gen_ai.prompt.0.content",
    "llm.input_messages.1.message.content",
    "traceloop.entity.input",
    "langfuse.observation.input",
    "input.value",
]
REPLY_KEYS = [
    "lk.response.text",
    "gen_ai.completion.0.content",
    "output.value",
    "llm.output_messages.0.message.content",
    "lk.input_text",
    "tts.text",
    "langfuse.observation.output",
    "traceloop.entity.output",
]
TOOL_ARG_KEYS = [
    "gen_ai.tool.call.arguments",
    "lk.function_tool.arguments",
    "tool.arguments",
    "traceloop.entity.input",
]
TOOL_RES_KEYS = [
    "gen_ai.tool.call.result",
    "lk.function_tool.output",
    "tool.result",
    "traceloop.entity.output",
]


def ukey() -> str:
    return R.choice(UTT_KEYS)


def wrap(text: str, how: str, lang: str) -> tuple[str, Any]:
    """Put one utterance into an exporter's shape; returns (key, value)."""
    if how == "genai":
        msgs = [
            {
                "role": "system",
                "parts": [{"type": "text", "content": "You answer the phone for the front desk."}],
            },
            {"role": "user", "parts": [{"type": "text", "content": text}]},
        ]
        return "gen_ai.input.messages", j(msgs)
    if how == "deepgram":
        words = [
            {
                "word": w,
                "start": round(0.32 * i + 0.1, 2),
                "end": round(0.32 * i + 0.38, 2),
                "confidence": round(R.uniform(0.55, 0.99), 3),
            }
            for i, w in enumerate(text.split()[:40])
        ]
        body = {
            "metadata": {
                "request_id": f"{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}",
                "model_info": {"name": "nova-3"},
            },
            "results": {
                "channels": [
                    {
                        "alternatives": [
                            {
                                "transcript": text,
                                "confidence": round(R.uniform(0.6, 0.97), 4),
                                "words": words,
                            }
                        ],
                        "detected_language": lang,
                    }
                ]
            },
        }
        return "http.response.body", j(body)
    if how == "assemblyai":
        return "assemblyai.transcript", j(
            {
                "id": hexs(8) + "-" + hexs(4),
                "status": "completed",
                "text": text,
                "language_code": lang,
                "confidence": round(R.uniform(0.6, 0.95), 3),
            }
        )
    if how == "whisper":
        return "output.value", j(
            {
                "text": text,
                "language": lang,
                "segments": [
                    {
                        "id": 0,
                        "start": 0.0,
                        "end": round(R.uniform(2, 9), 2),
                        "text": " " + text,
                        "avg_logprob": round(R.uniform(-0.9, -0.1), 3),
                        "no_speech_prob": round(R.uniform(0, 0.2), 3),
                    }
                ],
            }
        )
    if how == "partial":
        cut = text[: max(3, len(text) * 2 // 3)]
        return "pipecat.transcription.interim", j(
            [{"is_final": False, "text": cut}, {"is_final": True, "text": text}]
        )
    if how == "nbest":
        alt = text.replace(" the ", " a ").replace("a", "e", 1)
        return "stt.alternatives", j(
            [{"transcript": text, "confidence": 0.81}, {"transcript": alt, "confidence": 0.62}]
        )
    if how == "diarised":
        return "transcript", f"[SPEAKER_01 00:{R.randint(10, 59):02d}] {text}"
    if how == "vapi":
        return "http.request.body", j(
            {
                "message": {
                    "type": "transcript",
                    "role": "user",
                    "transcriptType": "final",
                    "transcript": text,
                }
            }
        )
    if how == "retell":
        return "retell.webhook.body", j(
            {
                "event": "call_ended",
                "call": {
                    "call_id": "call_" + hexs(24),
                    "transcript": "Agent: hello how can I help\nUser: " + text,
                },
            }
        )
    if how == "openinference":
        return "llm.input_messages.1.message.content", text
    if how == "langfuse":
        return "langfuse.observation.input", j([{"role": "user", "content": text}])
    if how == "event":
        return "gen_ai.user.message", text
    return ukey(), text


SHAPES = [
    "plain",
    "plain",
    "plain",
    "genai",
    "deepgram",
    "assemblyai",
    "whisper",
    "partial",
    "nbest",
    "diarised",
    "vapi",
    "retell",
    "openinference",
    "langfuse",
    "plain",
]


#: Class suffix -> the language code a speech provider would report.
ID_LANG = {
    "es": "es",
    "br": "pt",
    "pl": "pl",
    "is": "is",
    "lt": "lt",
    "ee": "et",
    "bg": "bg",
    "cn": "zh",
    "za": "en",
    "in": "hi",
    "ar": "es",
}
LANG_CODE = {
    "yue": "zh",
    "zh_tw": "zh",
    "gd": "en",
    "hi_rom": "hi",
    "ur_rom": "ur",
    "bn_rom": "bn",
    "en_old": "en",
}


def content(cls: str, text: str, lang: str, kinds: list[str], shape: str | None = None) -> None:
    how = shape or R.choice(SHAPES)
    key, value = wrap(text, how, LANG_CODE.get(lang, lang.split("_")[0]))
    add(cls, key, value, kinds, site="event" if how == "event" else "attribute")


# ================================================================ clean content
CLEAN = {
    "en_ng": [
        "abeg wetin be the time una go open tomorrow",
        "ehn the network no dey hold o i no hear you well",
        "ok ok i dey wait",
        "how much be the delivery to ikeja na",
    ],
    "en_in": [
        "hello ya actually i am calling regarding the booking na what is the status only",
        "kindly do the needful and revert back madam",
        "haan ok ok fine",
        "the the app is not opening since morning itself",
    ],
    "en_sc": [
        "aye nae bother whit time's the shop shut the night",
        "och ah cannae hear ye the line's pure mince",
        "is that the wan wi the wee blue door",
    ],
    "en_old": [
        "well now dear let me think i used to order the the the blue ones no the garden ones the seed packets you know what my grandson calls them ah never mind what time do you close on saturdays",
        "hello hello is this the is anyone there i can't hear a thing on this new phone my grandson gave me",
        "oh that's lovely dear yes yes take your time i'm not going anywhere",
    ],
    "fr_qc": [
        "ouin c'est ça là pis y'a tu moyen de changer l'heure du rendez vous",
        "ben voyons donc ça marche pas pantoute votre affaire",
        "attends euh une minute je cherche mon numéro de commande",
    ],
    "fr_af": [
        "on dit quoi vous êtes ouverts demain ou bien",
        "le réseau là ça coupe trop je répète hein",
        "c'est pas grave on va gérer ça doucement doucement",
    ],
    "pt_br": [
        "oi tudo bem então né eu queria saber do pedido que ainda não chegou",
        "tá bom tá bom obrigada viu",
        "é que tipo o aplicativo trava toda hora sabe",
    ],
    "pt_ao": [
        "bom dia mano quero saber do preço do pacote de dados",
        "está fixe então vou esperar",
        "o sistema está lento bué",
    ],
    "es_mx": [
        "órale pues oiga a qué hora abren mañana",
        "no manches ya llevo media hora esperando",
        "este este ok sí sí ahí le encargo",
    ],
    "es_ar": [
        "che boludo no anda la app desde ayer viste",
        "dale dale bárbaro gracias",
        "y bueno qué sé yo la verdad ni idea",
    ],
    "es_cu": [
        "oye mi amol el pedido llegó incompleto asere",
        "ta bien ta bien",
        "qué bolá el horario de ustede",
    ],
    "ar_ma": ["salam wach l7anout mhlol daba", "wakha wakha safi", "bghit nbdl lcommande dyali"],
    "ar_eg": [
        "ازيك يا باشا هو الفرع فاتح النهارده",
        "yani el order lessa mawsolsh ya3ni",
        "tayeb tayeb mashi",
    ],
    "ar_gulf": ["هلا والله شلونك متى تفتحون", "zain zain khalas", "abi a3rf se3r al ishtirak"],
    "yue": ["喂你好呀我想問下你哋幾點收工", "係咪可以改送貨時間啊", "好呀唔該晒"],
    "zh_tw": ["喂那個我想問一下你們門市幾點開", "對對對就是那個就是那個藍色的", "好喔謝謝"],
    "tl": [
        "hello po ano po yung oras ng bukas niyo bukas",
        "sige sige salamat po",
        "ay grabe ang tagal naman ng delivery",
    ],
    "id": [
        "halo mbak saya mau tanya jam buka toko besok",
        "oke oke siap makasih ya",
        "aduh aplikasinya error terus nih",
    ],
    "sw": [
        "habari yako naomba kujua bei ya kifurushi",
        "sawa sawa asante sana",
        "mtandao unakatika kila wakati",
    ],
    "am": ["ሰላም ነገ ስንት ሰዓት ትከፍታላችሁ", "እሺ እሺ አመሰግናለሁ"],
    "ha": ["sannu don allah yaushe zaku bude gobe", "to shikenan na gode"],
    "yo": ["e kaaro se e ti si ile itaja bayi", "o dara o se gan"],
    "ig": ["ndewo biko kedu oge unu ga emeghe echi", "ọ dị mma daalụ"],
    "pa": ["sat sri akal ji dukaan kinne vaje khuldi aa", "ਹਾਂਜੀ ਠੀਕ ਹੈ ਧੰਨਵਾਦ"],
    "ta": ["வணக்கம் நாளைக்கு கடை எத்தனை மணிக்கு திறக்கும்", "seri seri romba nandri"],
    "si": ["ආයුබෝවන් හෙට කඩේ ඇරෙන්නේ කීයටද", "hari hari sthuthi"],
    "ne": ["नमस्ते भोलि पसल कति बजे खुल्छ", "hunchha hunchha dhanyabad"],
    "hi_rom": ["haan bhaiya order kab tak aayega kuch pata hai", "accha theek hai ji"],
    "ur_rom": ["assalam o alaikum bhai delivery kab tak ho gi", "jee jee theek hai shukriya"],
    "bn_rom": ["hello dada amar order ta kobe asbe", "accha thik ache dhonnobad"],
    "ps": ["سلام ورور سبا دوکان څو بجې خلاصیږي", "sha sha manana"],
    "ku": ["silav dikana we sibê kengî vedibe", "baş e spas"],
    "uz": ["assalomu alaykum do'kon ertaga soat nechida ochiladi", "xo'p xo'p rahmat"],
    "kk": ["сәлеметсіз бе дүкен ертең сағат нешеде ашылады", "жақсы жақсы рахмет"],
    "ka": ["გამარჯობა ხვალ რომელ საათზე იხსნებით", "კარგი კარგი მადლობა"],
    "hy": ["բարև ձեզ վաղը ժամը քանիսին եք բացվում", "lav lav shnorhakalutyun"],
    "sq": ["përshëndetje në çfarë ore hapeni nesër", "mirë mirë faleminderit"],
    "sr": ["добар дан у колико сати отварате сутра", "dobro dobro hvala"],
    "bg": ["здравейте в колко часа отваряте утре", "добре добре благодаря"],
    "lt": ["laba diena kada rytoj atsidarote", "gerai gerai ačiū"],
    "lv": ["labdien cikos rīt atverat veikalu", "labi labi paldies"],
    "et": ["tere mis kell te homme avate", "okei okei aitäh"],
    "is": ["góðan daginn hvenær opnið þið á morgun", "já já takk fyrir"],
}
for lang, lines in CLEAN.items():
    for text in lines:
        content(f"neg.free_text.clean.{lang}", text, lang.split("_")[0], [])

for b in [
    "mm-hmm",
    "ok",
    "uh huh",
    "yeah",
    "eh",
    "na",
    "yani",
    "haan",
    "sí sí",
    "ouin",
    "mhm mhm",
    "aha",
]:
    add("neg.free_text.backchannel", R.choice(["transcript", "lk.user_transcript", "text"]), b, [])

REPLIES = [
    "We open at nine tomorrow and close at six. Is there anything else?",
    "Your order is on its way and should arrive by Thursday.",
    "Lo siento, no le entendí bien. ¿Me lo puede repetir?",
    "D'accord, je vous transfère au service après-vente.",
    "Claro, o pedido sai amanhã de manhã.",
    "Baik, jadwal pengiriman sudah saya ubah ke hari Jumat.",
    "Sawa, nitakuunganisha na idara ya mauzo.",
    "好的，我們門市早上十點開門。",
    "Sorry about the wait, the system is a bit slow today.",
    "I can help with that. Which store are you calling about?",
    "حسناً، الفرع يفتح الساعة التاسعة صباحاً.",
    "Naiintindihan ko po, ipapaayos ko po agad.",
]
for text in REPLIES:
    add("neg.free_text.reply", R.choice(REPLY_KEYS), text, [])

CLEAN_TOOLS = [
    ("lookup_order", {"order_id": "ORD-" + digits(7)}),
    ("store_hours", {"store": "Lisbon Baixa", "day": "saturday"}),
    ("menu_search", {"query": "jollof rice large", "branch": "Ikeja"}),
    ("sku_lookup", {"sku": "SKU-" + digits(3) + "-" + digits(2) + "-" + digits(4)}),
    ("check_stock", {"sku": "TX-8841-B", "qty": 2}),
    ("book_table", {"party_size": 4, "time": "19:30", "branch": "Nairobi CBD"}),
    ("track_parcel", {"tracking": "1Z" + alnum(16, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")}),
    ("get_price", {"plan": "data 10GB", "currency": "AOA"}),
]
for _name, args in CLEAN_TOOLS:
    add("neg.tool_payload.arguments", R.choice(TOOL_ARG_KEYS), j(args), [])
for res in [
    {"status": "shipped", "eta": "2026-12-09"},
    {"open": "09:00", "close": "18:00"},
    {"items": [{"name": "suya platter", "price": 4500}]},
    {"in_stock": True, "qty": 14},
    {"ok": True},
    {"error": "order not found"},
    {"slots": ["10:00", "10:30", "11:15"]},
]:
    add("neg.tool_payload.result", R.choice(TOOL_RES_KEYS), j(res), [])
for lang, text in [
    ("en", "what time do you close"),
    ("fr", "vous fermez à quelle heure"),
    ("pt", "até que horas vocês ficam abertos"),
    ("es", "a qué hora cierran"),
    ("sw", "mnafunga saa ngapi"),
]:
    content(
        f"neg.free_text.stt_response.{lang}",
        text,
        lang,
        [],
        shape=R.choice(["deepgram", "assemblyai", "whisper"]),
    )
add(
    "neg.tool_payload.tts_request",
    "http.request.body",
    j(
        {
            "text": "Thanks for calling, goodbye!",
            "model_id": "eleven_flash_v2_5",
            "voice_settings": {"stability": 0.5, "similarity_boost": 0.75},
        }
    ),
    [],
)
add(
    "neg.tool_payload.tts_request",
    "http.request.body",
    j(
        {
            "model_id": "sonic-2",
            "transcript": "Un instant s'il vous plaît.",
            "voice": {"mode": "id", "id": f"{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}"},
            "language": "fr",
        }
    ),
    [],
)
add("neg.free_text.redacted", "transcript", "my name is [REDACTED] and my number is [PHONE]", [])
add(
    "neg.free_text.redacted",
    "lk.user_transcript",
    "<PERSON> wants a callback on <PHONE_NUMBER>",
    [],
)

# ================================================================ content with personal data
LEADINS = {
    "yo": "oruko mi ni {n}",
    "ig": "aha m bu {n}",
    "ha": "sunana {n}",
    "sw": "jina langu ni {n}",
    "am": "ስሜ {n} ነው",
    "pa": "mera naam {n} aa ji",
    "ta": "என் பெயர் {n}",
    "si": "mage nama {n}",
    "ne": "मेरो नाम {n} हो",
    "ps": "زما نوم {n} دی",
    "ku": "navê min {n} e",
    "uz": "mening ismim {n}",
    "kk": "менің атым {n}",
    "ka": "მე მქვია {n}",
    "hy": "իմ անունը {n} է",
    "sq": "unë quhem {n}",
    "sr": "зовем се {n}",
    "yue": "我叫{n}",
    "zh_tw": "我叫{n}喔",
    "tl": "ako po si {n}",
    "id": "nama saya {n}",
    "ar": "اسمي {n}",
    "gd": "aye it's {n} here",
}
for lang, names in NAMES.items():
    for i, n in enumerate(names):
        lead = LEADINS[lang]
        if i == 1:
            text = f"uh {lead.format(n=n)} {lead.format(n=n).split()[-1]}"
        elif i == 2:
            text = n.lower() if n.isascii() else n
        else:
            text = lead.format(n=n)
        content(f"pos.free_text.name.{lang}", text, lang, ["name"])

for loc in ("en_US", "en_GB", "pl_PL", "lt_LT", "bg_BG", "fil_PH"):
    f = FAKE[loc]
    first, last = f.first_name(), f.last_name()
    spelled = " ".join(last.upper())
    content(
        f"pos.free_text.name_spelled.{loc}",
        f"{first.lower()} {last.lower()} that's {spelled} {last[0].lower()} for uh for {last.lower()}",
        "en",
        ["name"],
    )
    content(
        f"pos.free_text.name_third_party.{loc}",
        f"my wife {f.first_name_female()} {last} is the emergency contact she she handles the bills",
        "en",
        ["name"],
    )
for who in [
    "nurse Okonkwo",
    "Dr Ramaswamy",
    "the agent called Thandiwe Mokoena",
    "Senhora Conceição Ferreira",
    "madame Kouassi Aya",
    "Sister Mary Agnes Flanagan",
]:
    content(
        "pos.free_text.name_staff",
        f"i already spoke to {who} yesterday and she said call back",
        "en",
        ["name"],
    )

# birth dates
MONTHS_EN = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_PT = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]
MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
for i in range(20):
    y, m, d = dob()
    style = i % 10
    if style == 0:
        t, lang = f"born the {d} of {MONTHS_EN[m - 1]} {y} dear i'm {2026 - y} you know", "en"
    elif style == 1:
        t, lang = (
            f"date of birth is {d:02d} {m:02d} {y} sorry {d:02d} slash {m:02d} slash {y}",
            "en",
        )
    elif style == 2:
        t, lang = f"je suis née le {d} {MONTHS_FR[m - 1]} {y}", "fr"
    elif style == 3:
        t, lang = f"nasci em {d} de {MONTHS_PT[m - 1]} de {y} né", "pt"
    elif style == 4:
        t, lang = f"mi fecha de nacimiento es el {d} de {MONTHS_ES[m - 1]} del {y}", "es"
    elif style == 5:
        t, lang = f"我係{y}年{m}月{d}號出世嘅", "yue"
    elif style == 6:
        t, lang = f"DOB {m}/{d}/{y % 100:02d} uh yeah", "en"
    elif style == 7:
        t, lang = f"tarehe yangu ya kuzaliwa ni {d}/{m}/{y}", "sw"
    elif style == 8:
        t, lang = f"main {y} mein paida hua tha {d} {MONTHS_EN[m - 1]} ko", "hi"
    else:
        t, lang = f"ipinanganak po ako noong {MONTHS_ES[m - 1]} {d} {y}", "tl"
    content(f"pos.free_text.dob.{lang}", t, lang, ["dob"])

# addresses with landmarks
ADDR = [
    ("en_ng", "no 14 adeola odeku street victoria island lagos behind the mosque the blue gate"),
    ("en_ng", "house 7 off ogunlana drive surulere opposite mr biggs"),
    (
        "en_in",
        "flat 302 sai krupa apartments near hanuman temple 4th cross malleshwaram bangalore 560003",
    ),
    ("en_in", "h no 12 34 gali number 5 lajpat nagar delhi 110024 ke paas wala"),
    ("sw", "nyumba namba 23 mtaa wa moi avenue nairobi karibu na msikiti"),
    ("am", "bole sub city woreda 03 house number 1187 addis ababa near edna mall"),
    ("ar_ma", "rue 12 hay mohammadi numéro 45 casablanca 20570 9rib l jame3"),
    ("ar_eg", "٢٣ شارع التحرير الدقي الجيزة جنب الجامع"),
    ("pt_br", "rua das flores 128 apartamento 42 vila madalena são paulo cep 05435-000"),
    ("pt_ao", "rua amílcar cabral 56 maianga luanda perto da igreja"),
    ("es_mx", "calle 5 de mayo número 230 colonia centro puebla código postal 72000"),
    ("es_ar", "avenida corrientes 3456 piso 4 depto b caba 1193"),
    ("fr_qc", "1234 rue saint-denis app 5 montréal h2x 3k2"),
    ("fr_af", "cocody riviera 3 villa 18 abidjan à côté de la pharmacie"),
    ("tl", "blk 4 lot 12 phase 2 san isidro subd antipolo rizal 1870"),
    ("id", "jl kebon jeruk raya no 27 rt 04 rw 02 jakarta barat 11530"),
    ("yue", "九龍旺角彌敦道六百號十二樓B室"),
    ("zh_tw", "台北市大安區忠孝東路四段二百號五樓"),
    ("gd", "flat 2 slash 1 forty seven dumbarton road glasgow g11 6pa"),
    ("lt", "gedimino prospektas 20 butas 4 vilnius lt-01103"),
    ("is", "laugavegur 45 101 reykjavík"),
    ("ka", "რუსთაველის გამზირი 12 ბინა 7 თბილისი"),
]
for lang, t in ADDR:
    content(
        f"pos.free_text.address.{lang}",
        "the address uh " + t if lang.startswith("en") else t,
        lang,
        ["address"],
    )
for loc in ("en_US", "en_GB", "fr_FR", "pt_BR", "es_MX", "pl_PL"):
    a = FAKE[loc].address().replace("\n", ", ")
    add(
        f"pos.tool_payload.address.{loc}",
        R.choice(TOOL_ARG_KEYS),
        j({"delivery_address": a, "note": "ring twice"}),
        ["address"],
    )

# national ids with local phrasing
ID_PHRASES = {
    "es": "mi dni es el {v}",
    "br": "meu cpf é {v}",
    "pl": "pesel {v} tak",
    "is": "kennitalan mín er {v}",
    "lt": "mano asmens kodas {v}",
    "ee": "isikukood on {v}",
    "bg": "егн-то ми е {v}",
    "cn": "身份證號碼係 {v}",
    "za": "my id number is {v} ja",
    "in": "aadhaar number hai {v}",
    "ar": "mi cuil es {v} che",
}
for cc, fn in IDS.items():
    for k in range(2):
        v = fn()
        mod = VALID[cc]
        if mod is not None:
            assert mod.is_valid(v), (cc, v)
        else:
            assert verhoeff.is_valid(v.replace(" ", "")), v
        if k == 1 and cc in ("es", "br", "ar"):
            words = {"es": ES_D, "br": PT_D, "ar": ES_D}[cc]
            spoken_v = spoken(v, words, half=True) + (
                " letra " + v[-1].lower() if cc == "es" else ""
            )
            content(
                f"pos.free_text.national_id.spoken.{cc}",
                ID_PHRASES[cc].format(v=spoken_v),
                ID_LANG[cc],
                ["national_id"],
            )
        elif k == 1:
            add(
                f"pos.tool_payload.national_id.{cc}",
                R.choice(TOOL_ARG_KEYS),
                j({"id_number": v, "country": cc.upper()}),
                ["national_id"],
            )
        else:
            content(
                f"pos.free_text.national_id.{cc}",
                ID_PHRASES[cc].format(v=v),
                ID_LANG[cc],
                ["national_id"],
            )
for _ in range(3):
    s = f"{R.randint(100, 665):03d}{R.randint(10, 99)}{R.randint(1000, 9999)}"
    content("pos.free_text.ssn.spoken", f"social is {spoken(s, EN_D, half=True)} ok", "en", ["ssn"])
    content(
        "pos.free_text.ssn", f"my social security number {s[:3]} {s[3:5]} {s[5:]}", "en", ["ssn"]
    )

# bank accounts across turns
for i in range(6):
    acct, sort = digits(8), f"{digits(2)}-{digits(2)}-{digits(2)}"
    forms = [
        f"USER: account number {acct}\nAGENT: and the sort code\nUSER: {sort} i think yes",
        f"routing {digits(9)} uh account {spoken(acct, EN_D)}",
        f"ifsc SBIN000{digits(4)} account number {digits(11)} hai",
        f"numero de compte {acct} code guichet {digits(5)} banque {digits(5)}",
        f"bsb {digits(3)}-{digits(3)} account {acct[:6]}",
        f"agência {digits(4)} conta {digits(6)}-{digits(1)}",
    ]
    content(
        "pos.free_text.bank_account",
        forms[i],
        "en",
        ["bank_account"],
        shape=R.choice(["diarised", "plain", "genai"]),
    )

# cards, spoken, across turns
for i in range(10):
    c = R.choice(["4242424242424242", "5555555555554444", card(), card()])
    if i % 3 == 0:
        t = f"the card is {spoken(c, EN_D)} expiry oh nine twenty eight"
    elif i % 3 == 1:
        t = f"{c[:4]} {c[4:8]} uh {spoken(c[8:12], EN_D)} {c[12:]}"
    else:
        t = f"número do cartão {c[:4]}.{c[4:8]}.{c[8:12]}.{c[12:]}"
    content("pos.free_text.card", t, "en", ["card"])
c = card()
add(
    "pos.free_text.card.turns",
    "gen_ai.input.messages",
    j(
        [
            {
                "role": "user",
                "parts": [{"type": "text", "content": f"ok the first part is {c[:8]}"}],
            },
            {"role": "assistant", "parts": [{"type": "text", "content": "Got it, and the rest?"}]},
            {"role": "user", "parts": [{"type": "text", "content": f"{c[8:]} eh"}]},
        ]
    ),
    ["card"],
)

# IBANs, lower case and spoken
for cc, bban in [
    ("GB", "NWBK" + digits(14)),
    ("DE", digits(18)),
    ("FR", digits(23)),
    ("PT", digits(21)),
    ("LT", digits(16)),
    ("EE", digits(16)),
    ("BG", "BNBG" + digits(6) + alnum(8, "0123456789")),
    ("AL", digits(24)),
]:
    ib = iban(cc, bban)
    t = " ".join(ib[k : k + 4] for k in range(0, len(ib), 4)).lower()
    content(f"pos.free_text.iban.{cc.lower()}", f"iban is {t} yes", "en", ["iban"])

# emails spelled out
for loc in ("en_US", "en_IN", "fr_FR", "pt_BR", "id_ID", "es_AR"):
    f = FAKE[loc]
    first, last = f.first_name().lower(), f.last_name().lower().replace(" ", "")
    dom = R.choice(["gmail", "yahoo", "outlook", "hotmail"])
    content(
        f"pos.free_text.email.{loc}",
        f"my email is {first} dot {last} at {dom} dot com",
        "en",
        ["email"],
    )
    content(
        f"pos.free_text.email_plain.{loc}",
        f"email {first[0]}{last}{R.randint(10, 99)}@{dom}.com",
        "en",
        ["email"],
    )
content("pos.free_text.email.idn", "correo josé.muñoz@correo.españa.es", "es", ["email"])

# phones as words / local formats
for region, words, lang in [
    ("NG", EN_D, "en"),
    ("IN", EN_D, "en"),
    ("BR", PT_D, "pt"),
    ("MX", ES_D, "es"),
    ("FR", FR_D, "fr"),
    ("KE", EN_D, "sw"),
    ("PH", EN_D, "tl"),
    ("GB", EN_D, "en"),
    ("AR", ES_D, "es"),
    ("ID", EN_D, "id"),
    ("EG", EN_D, "ar"),
    ("LK", EN_D, "si"),
]:
    p = phone(region)
    nat = fmt(p, NAT)
    content(
        f"pos.free_text.phone.spoken.{region.lower()}",
        f"call me back on {spoken(nat, words, half=True)}",
        lang,
        ["phone"],
    )
    content(f"pos.free_text.phone.{region.lower()}", f"my number na {nat}", lang, ["phone"])

# sensitive disclosures, no identifiers
SENS = [
    ("en_old", "since my husband passed in march i just i can't manage the bills on my own"),
    ("en_ng", "abeg i dey hospital since last week dem say na sugar diabetes"),
    ("en_in", "actually sir i lost my job and the loan emi is pending three months"),
    ("fr_qc", "j'ai eu mon diagnostic de cancer le mois passé fait que je peux pas payer"),
    ("fr_af", "mon mari me frappe je veux changer l'adresse de livraison"),
    ("pt_br", "tô grávida de seis meses e não posso carregar peso"),
    ("es_mx", "no tengo papeles todavía estoy esperando el asilo"),
    ("es_ar", "estoy en concurso de acreedores y me embargaron la cuenta"),
    ("ar_eg", "ana 3andi da2 el sokkar wa da5el el mostashfa"),
    ("ar_gulf", "أبوي توفى أمس ونبي نلغي الاشتراك"),
    ("yue", "我啱啱確診咗抑鬱症"),
    ("zh_tw", "我先生上個月過世了"),
    ("tl", "buntis po ako at wala po akong trabaho ngayon"),
    ("id", "saya lagi kena kasus hukum jadi rekening dibekukan"),
    ("sw", "nina virusi vya ukimwi nahitaji dawa"),
    ("ha", "ina da ciwon sukari kuma bani da kudi"),
    ("pa", "mere papa ji di death ho gayi pichle hafte"),
    ("ta", "enaku dialysis vaaram moonu thadavai"),
    ("ne", "म गर्भवती छु र अस्पताल जानुपर्छ"),
    ("ps", "زه په محکمه کې قضیه لرم"),
    ("ku", "ez penaberê me û kaxezên min tune ne"),
    ("sr", "imam dug kod banke i prete mi sudom"),
    ("ka", "ჩემი დედა გარდაიცვალა გუშინ"),
    ("hy", "yes hivand em shakarakhtov"),
    ("en_sc", "ah've been signed aff wi ma depression since the summer"),
    ("en", "i'm gay and my family doesn't know so please don't send anything to the house"),
    ("en_ng", "i be muslim i no fit take the pork one and i dey fast now"),
    ("is", "ég er gjaldþrota og get ekki borgað"),
]
for lang, t in SENS:
    content(f"pos.free_text.sensitive.{lang}", t, lang, ["sensitive"])

# mixed: name + dob + phone in one turn, word-level JSON, cut mid-word
for _ in range(8):
    loc = R.choice(list(FAKE))
    f = FAKE[loc]
    n = f"{f.first_name()} {f.last_name()}"
    y, m, d = dob()
    p = phone(R.choice(["US", "GB", "NG", "IN", "BR"]))
    t = f"yes this is {n.lower()} born {d} {MONTHS_EN[m - 1]} {y} number {fmt(p, INTL)}"
    content("pos.free_text.mixed", t, "en", ["dob", "name", "phone"])
for _ in range(4):
    f = FAKE[R.choice(list(FAKE))]
    n = f"{f.first_name()} {f.last_name()}"
    ws = ("it's " + n + " speaking").split()
    add(
        "pos.free_text.name.word_json",
        "stt.words",
        j(
            [
                {
                    "w": w,
                    "s": round(0.4 * k, 2),
                    "e": round(0.4 * k + 0.35, 2),
                    "c": round(R.uniform(0.5, 0.99), 2),
                }
                for k, w in enumerate(ws)
            ]
        ),
        ["name"],
    )
for _ in range(4):
    f = FAKE[R.choice(list(FAKE))]
    first, last = f.first_name(), f.last_name()
    add(
        "pos.free_text.name.cut_turn",
        "transcript",
        f"SPEAKER_0: hi it's {first} {last[: max(2, len(last) - 2)]}-\nSPEAKER_1: sorry you cut out",
        ["name"],
    )
for _ in range(4):
    f = FAKE["en_US"]
    n = f"{f.first_name()} {f.last_name()}"
    add(
        "pos.tool_payload.name",
        R.choice(TOOL_ARG_KEYS),
        j({"customer_name": n, "reason": "callback"}),
        ["name"],
    )
    add(
        "pos.tool_payload.crm_record",
        R.choice(TOOL_RES_KEYS),
        j({"name": n, "phone": fmt(phone("US"), E164), "tier": "gold"}),
        ["name", "phone"],
    )

# ================================================================ non-content personal data and secrets
for region in ["US", "GB", "NG", "IN", "BR", "MX", "KE", "PH", "FR", "AR"]:
    p = phone(region)
    add(
        "pos.value.phone.sip",
        R.choice(["sip.from", "sip.header.p_asserted_identity", "telephony.caller"]),
        f"sip:{fmt(p, E164)}@pbx.example.net",
        ["phone"],
    )
    add(
        "pos.value.phone.twilio",
        R.choice(["twilio.from", "telnyx.from", "patter.caller"]),
        fmt(p, E164),
        ["phone"],
    )
add(
    "pos.value.phone.status_callback",
    "http.request.body",
    f"CallSid=CA{hexs(32)}&CallStatus=completed&From=%2B{fmt(phone('US'), E164)[1:]}&To=%2B18005550100",
    ["phone"],
)
for _ in range(8):
    ip = f"{R.choice([41, 102, 105, 154, 177, 186, 197, 49, 117, 182])}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
    kind = R.randint(0, 3)
    if kind == 0:
        add("pos.value.ip.xff", "http.request.header.x_forwarded_for", [f"{ip}, 10.0.3.17"], ["ip"])
    elif kind == 1:
        add(
            "pos.value.ip.log",
            "log.message",
            f"GET /voice/answer 200 client={ip} ua=TwilioProxy/1.1",
            ["ip"],
        )
    elif kind == 2:
        add(
            "pos.value.ip.ice",
            "webrtc.ice.candidate",
            f"candidate:842163049 1 udp 1677729535 {ip} {R.randint(40000, 60000)} typ srflx raddr 192.168.1.4 rport 54400",
            ["ip"],
        )
    else:
        add("pos.value.ip.client", "client.address", ip, ["ip"])
SECRETS = [
    ("http.request.header.authorization", [f"Bearer sk-proj-{alnum(48)}"]),
    ("http.request.header.xi_api_key", [hexs(32)]),
    ("http.request.header.authorization", [f"Token {hexs(40)}"]),
    ("db.connection_string", f"postgresql://voice:{alnum(14)}@db.internal:5432/calls"),
    ("db.statement", f"ALTER USER agent WITH PASSWORD '{alnum(12)}'"),
    ("url.full", f"https://api:{alnum(20)}@hooks.example.com/retell"),
    ("http.request.header.cookie", [f"session={alnum(40)}; Path=/"]),
    (
        "exception.message",
        f"openai.AuthenticationError: Incorrect API key provided: sk-{alnum(48)}",
    ),
    ("cartesia.api_key", "sk_car_" + alnum(24)),
    (
        "http.request.header.authorization",
        ["Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + alnum(60) + "." + alnum(43)],
    ),
    (
        "webhook.url",
        f"https://hooks.slack.com/services/T{alnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/B{alnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/{alnum(24)}",
    ),
    ("process.command_line", f"python bot.py --twilio-auth-token {hexs(32)}"),
    ("assemblyai.authorization", hexs(32)),
    ("deepgram.api_key", hexs(40)),
    ("groq.api_key", "gsk_" + alnum(52)),
]
for key, v in SECRETS:
    add(
        "pos.value.secret",
        key,
        v,
        ["secret"],
        site="event" if key == "exception.message" else "attribute",
    )
for loc in ("en_US", "fr_FR", "id_ID", "pt_BR"):
    f = FAKE[loc]
    e = f"{f.first_name().lower()}.{f.last_name().lower().replace(' ', '')}@{R.choice(['gmail.com', 'yahoo.fr', 'outlook.com'])}"
    add(
        "pos.value.email.error",
        "exception.message",
        f"SMTPRecipientsRefused: {{'{e}': (550, b'mailbox unavailable')}}",
        ["email"],
        site="event",
    )
add(
    "pos.value.email.status",
    "otel.status_description",
    "CRM sync failed for contact ngozi.eze1987@yahoo.com: duplicate",
    ["email"],
    site="status",
)
y, m, d = dob()
add("pos.value.dob.crm", "crm.contact.birth_date", f"{y}-{m:02d}-{d:02d}", ["dob"])
add(
    "pos.value.national_id.error",
    "exception.message",
    f"ValidationError: CPF {id_br()} already registered",
    ["national_id"],
    site="event",
)
add(
    "pos.value.iban.error",
    "log.message",
    f"refund rejected iban={iban('PT', digits(21))}",
    ["iban"],
)
add(
    "pos.value.card.error",
    "exception.message",
    f"CardError: card {card()} declined (insufficient_funds)",
    ["card"],
    site="event",
)
add("pos.value.name.resource", "enduser.name", "Folake Adeyemi-Johnson", ["name"], site="resource")
add(
    "pos.value.address.log",
    "log.message",
    "geocode failed for '17 Ahmadu Bello Way, Kaduna 800283'",
    ["address"],
)
add(
    "pos.value.bank_account.log",
    "log.message",
    f"payout failed account={digits(8)} sort_code={digits(2)}-{digits(2)}-{digits(2)}",
    ["bank_account"],
)
add(
    "pos.value.ssn.error",
    "exception.message",
    f"duplicate ssn {R.randint(100, 665)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}",
    ["ssn"],
    site="event",
)

# ================================================================ hard negatives
for _ in range(8):
    add(
        "neg.value.trace_id",
        R.choice(["trace_id", "otel.trace_id", "getpatter.call.id"]),
        hexs(32),
        [],
    )
    add("neg.value.span_id", R.choice(["span_id", "parent_span_id"]), hexs(16), [])
    add(
        "neg.value.uuid",
        R.choice(["patter.call_id", "session.id", "lk.room_id"]),
        f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-a{hexs(3)}-{hexs(12)}",
        [],
    )
    add(
        "neg.value.ulid",
        R.choice(["event.id", "request.id"]),
        "01J" + alnum(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"),
        [],
    )
for _ in range(6):
    b = digits(15)
    add(
        "neg.value.luhn_id",
        R.choice(["order.id", "invoice.number", "shipment.id"]),
        b + luhn.calc_check_digit(b),
        [],
    )
    add(
        "neg.value.sku_ssn_shape",
        R.choice(["product.sku", "item.code"]),
        f"{digits(3)}-{digits(2)}-{digits(4)}",
        [],
    )
    add(
        "neg.value.order_phone_shape",
        R.choice(["order.number", "ticket.id"]),
        f"({digits(3)}) {digits(3)}-{digits(4)}",
        [],
    )
    add(
        "neg.value.call_sid",
        R.choice(["twilio.call_sid", "telnyx.call_control_id"]),
        "CA" + hexs(32),
        [],
    )
for v in [
    "0.7.0",
    "3.11.9",
    "v2.4.1-rc.2",
    "1.32.0",
    "nova-3",
    "gpt-4o-mini-2024-07-18",
    "eleven_flash_v2_5",
    "sonic-2",
    "whisper-large-v3",
    "claude-3-5-haiku-20241022",
    "llama-3.1-8b-instant",
]:
    add(
        "neg.value.version_model",
        R.choice(["service.version", "gen_ai.request.model", "patter.stt.provider"]),
        v,
        [],
    )
for _ in range(5):
    add("neg.value.build_hash", R.choice(["vcs.revision", "build.sha"]), hexs(40), [])
    add("neg.value.sha256", "audio.sha256", hexs(64), [])
for ip, key in [
    ("192.0.2.44", "client.address"),
    ("198.51.100.7", "net.peer.ip"),
    ("203.0.113.200", "client.address"),
    ("10.0.12.5", "server.address"),
    ("172.16.4.9", "network.peer.address"),
    ("192.168.0.23", "host.ip"),
    ("127.0.0.1", "server.address"),
    ("::1", "network.local.address"),
    ("2001:db8::42", "client.address"),
    ("fe80::1c2a:3bff:fe4d:5e6f", "network.local.address"),
    ("3.5.140.2", "server.address"),
    ("35.190.247.13", "network.peer.address"),
    ("54.172.60.0", "net.peer.ip"),
    ("104.18.32.7", "server.address"),
]:
    add(
        "neg.value.ip_non_personal",
        key,
        ip,
        [],
        site="resource" if key == "host.ip" else "attribute",
    )
add(
    "neg.value.ice_host",
    "webrtc.ice.candidate",
    "candidate:1 1 udp 2122260223 a3f1e2c4-9b1d-4e7a-8c55-2f6d7a9b0c11.local 52314 typ host",
    [],
)
add(
    "neg.value.ice_relay",
    "webrtc.ice.candidate",
    "candidate:3 1 udp 41885439 10.8.0.4 3478 typ relay raddr 0.0.0.0 rport 0",
    [],
)
for key, v in [
    ("org.phone", "+18005550100"),
    ("agent.phone_number", "+14155550123"),
    ("sip.trunk.number", "+442079460000"),
    ("business.support_line", "0800 123 4567"),
    ("twilio.to", "+15005550006"),
    ("store.phone", "+55 11 4004-0001"),
]:
    add("neg.value.business_number", key, v, [])
for key, v in [
    ("http.request.header.authorization", ["Bearer ****"]),
    ("openai.api_key", "sk-...a1B2"),
    ("deepgram.api_key", "[REDACTED]"),
    ("db.connection_string", "postgresql://voice:****@db.internal:5432/calls"),
    ("config.twilio_token", "${TWILIO_AUTH_TOKEN}"),
    ("env.ELEVENLABS_API_KEY", "<set>"),
    ("password", "********"),
    ("http.request.header.authorization", ["Bearer <token>"]),
]:
    add("neg.value.masked_secret", key, v, [])
for v in [
    "429 Too Many Requests: rate limit exceeded, retry after 2s",
    '{"error":{"message":"The model `gpt-5-nano` does not exist","type":"invalid_request_error"}}',
    "Deepgram: 400 Bad Request: unsupported encoding 'opus' for sample_rate 7000",
    "ElevenLabs: voice_not_found",
    "websocket closed 1006 abnormal closure",
    "TTS timeout after 5000 ms",
    "Twilio error 11200: HTTP retrieval failure",
    "ConnectionResetError: [Errno 104] Connection reset by peer",
]:
    site = R.choice(["event", "status"])
    add(
        "neg.value.provider_error",
        "exception.message" if site == "event" else "otel.status_description",
        v,
        [],
        site=site,
    )
for key, v in [
    ("patter.cost.stt_seconds", 12.48),
    ("patter.cost.tts_chars", 1432),
    ("patter.latency.ttfb_ms", 412.7),
    ("patter.cost.telephony_minutes", 3.2),
    ("getpatter.endpoint.silence_ms", 700),
    ("getpatter.stt.confidence", 0.87),
    ("getpatter.llm.ttft_ms", 238.1),
    ("getpatter.stt.text_len", 54),
    ("audio.sample_rate", 8000),
    ("audio.codec", "PCMU"),
    ("audio.encoding", "mulaw"),
    ("audio.channels", 1),
    ("audio.sample_rate", 16000),
    ("patter.cost.usd", "0.0142"),
    ("call.duration", "00:03:12"),
    ("timestamp", "2026-11-30T14:22:05.118Z"),
    ("cloud.region", "af-south-1"),
    ("cloud.region", "ap-southeast-1"),
    ("lk.region", "eu-central"),
    ("store.city", "Lisbon"),
    ("store.city", "Lagos"),
    ("branch.city", "Nairobi"),
    ("store.city", "Reykjavík"),
    ("service.name", "front-desk-voice"),
    ("org.name", "Mama Put Foods Ltd"),
    ("telemetry.sdk.name", "opentelemetry"),
    ("getpatter.call.direction", "inbound"),
    ("getpatter.tool.name", "lookup_order"),
    ("patter.side", "agent"),
    ("getpatter.call.provider_mode", "pipeline"),
    ("patter.tts.provider", "cartesia"),
    ("gen_ai.usage.input_tokens", 812),
    ("lk.participant.identity", "agent-7f3c"),
    ("tts.voice", "Adaeze"),
    ("user_agent.original", "TwilioProxy/1.1"),
    ("http.response.status_code", 200),
    ("getpatter.bargein.cancelled_text_len", 31),
]:
    add(
        "neg.value.metric_setting",
        key,
        v,
        [],
        site="resource"
        if key in ("service.name", "cloud.region", "telemetry.sdk.name")
        else "attribute",
    )

# more telephony, network and secret values around the call
for region in ["NG", "GH", "ZA", "EG", "PK", "BD", "LK", "NP", "ID", "PH", "CO", "AO"]:
    p = phone(region)
    f = FAKE[R.choice(list(FAKE))]
    who = f"{f.first_name()} {f.last_name()}"
    if len(ROWS) % 3 == 0:
        add(
            "pos.value.phone.sip_display",
            "sip.header.p_asserted_identity",
            f'"{who}" <sip:{fmt(p, E164)}@carrier.example.net>',
            ["name", "phone"],
        )
    elif len(ROWS) % 3 == 1:
        add(
            "pos.value.phone.telnyx",
            "http.request.body",
            j(
                {
                    "data": {
                        "event_type": "call.initiated",
                        "payload": {
                            "call_control_id": "v3:" + alnum(22),
                            "from": fmt(p, E164),
                            "to": "+18005550100",
                            "direction": "incoming",
                        },
                    }
                }
            ),
            ["phone"],
        )
    else:
        add(
            "pos.value.phone.log",
            "log.message",
            f"inbound call from {fmt(p, INTL)} routed to queue support",
            ["phone"],
        )
for v6 in [
    "2c0f:f8f0:4b21:9a00:1c3e:77ff:fe10:2a9b",
    "2405:201:c01d:7e12:5d3a:10ff:fe6b:90c1",
    "2804:14c:65a1:8b00::1f3",
]:
    add("pos.value.ip.v6", R.choice(["client.address", "http.client_ip"]), v6, ["ip"])
    add(
        "pos.value.ip.log",
        "log.message",
        f"ws upgrade accepted peer=[{v6}]:51234 path=/stream",
        ["ip"],
    )
for key, v in [
    ("stripe.api_key", "sk_live_" + alnum(24)),
    (
        "aws.secret_access_key",
        alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+"),
    ),
    ("twilio.api_key_secret", alnum(32)),
    (
        "log.message",
        f"cloning https://x-access-token:ghp_{alnum(36)}@github.com/acme/ivr-flows.git",
    ),
    (
        "anthropic.api_key",
        "sk-ant-api03-"
        + alnum(93, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        + "AA",
    ),
    (
        "gemini.api_key",
        "AIza" + alnum(35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
    ),
    ("url.full", f"https://ivr.example.com/status?token={alnum(32)}&sig={hexs(64)}"),
    ("db.statement", f"INSERT INTO staff_users (login, password) VALUES ('ops', '{alnum(10)}')"),
    ("http.request.header.set_cookie", [f"__Secure-sid={alnum(43)}; HttpOnly; Secure"]),
    ("http.request.header.proxy_authorization", ["Basic " + alnum(28) + "="]),
]:
    add("pos.value.secret", key, v, ["secret"])
for _ in range(4):
    f = FAKE[R.choice(list(FAKE))]
    e = f"{f.first_name().lower()}{R.randint(1960, 2005)}@{R.choice(['gmail.com', 'yahoo.co.uk', 'hotmail.fr', 'ymail.com'])}"
    add(
        "pos.value.email.error",
        "otel.status_description",
        f"SendGrid 400: invalid recipient {e}",
        ["email"],
        site="status",
    )
add("pos.value.name.resource", "enduser.id", "chukwuemeka.okafor", ["name"], site="resource")
add("pos.value.phone.resource", "enduser.phone", fmt(phone("KE"), E164), ["phone"], site="resource")

for v in [
    "2026-12-01T08:14:22Z",
    "1733040862118",
    "PT3M12S",
    "00:00:07.480",
    "Mon, 30 Nov 2026 10:00:00 GMT",
]:
    add(
        "neg.value.timestamp_duration",
        R.choice(["event.time", "call.started_at", "call.duration"]),
        v,
        [],
    )
for v in [
    "sip:agent@pbx.example.com",
    "sip:queue-support@10.0.0.8:5060",
    "SIP/2.0 486 Busy Here",
    "Via: SIP/2.0/UDP 10.0.4.2:5060;branch=z9hG4bK" + hexs(10),
]:
    add("neg.value.sip", R.choice(["sip.to", "sip.via", "sip.status"]), v, [])
for v in [
    "rate limit exceeded for client 203.0.113.9",
    "upstream 10.2.0.14:8080 timed out",
    "listening on 0.0.0.0:8765",
    "peer 192.0.2.10 closed the stream",
]:
    add("neg.value.log_reserved_ip", "log.message", v, [])
for v in [
    "4111-0000-00",
    "SKU 4242-4242",
    "ORD-2026-000-1234",
    "INV-555-01-0199",
    "+1-800-FLOWERS-KIT",
    "ticket #123-45-6789",
]:
    add(
        "neg.value.lookalike",
        R.choice(["product.sku", "invoice.number", "catalog.item", "support.ticket"]),
        v,
        [],
    )


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("pii_corpus_l.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for row in ROWS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
