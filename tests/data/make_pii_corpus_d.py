# ruff: noqa: E501, RUF005, PT018, SIM905
"""Write ``pii_corpus_d.jsonl``: content-allowed semantics, many languages (fixed seed).

Corpus D labels what a trace holds when conversation content is allowed (Pipecat,
LiveKit and GenAI traces with content capture on): plain conversation, chat requests,
tool arguments about the business and speech-to-text responses are clean; content that
carries an identifier, a secret, or a person's sensitive disclosure (health, finances,
legal matters, bereavement) is labelled with that kind. It was written and scored once
before the detector was tuned for content-allowed checks, and is never edited to fit.

Identifiers are built with their check digits and confirmed with python-stdnum here,
at generation time only. ``python tests/data/make_pii_corpus_d.py`` rewrites the file.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("pii_corpus_d.jsonl")
rng = random.Random(20261206)

# -- identifiers with check digits ------------------------------------------------------


def pesel() -> str:
    digits = [rng.randint(0, 9) for _ in range(2)] + [0, rng.randint(1, 9)]
    digits += [rng.randint(1, 2), rng.randint(0, 8)] + [rng.randint(0, 9) for _ in range(4)]
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    check = (10 - sum(d * w for d, w in zip(digits, weights, strict=True)) % 10) % 10
    return "".join(map(str, digits)) + str(check)


def cpf(formatted: bool) -> str:
    base = [rng.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        total = sum(d * w for d, w in zip(base, range(n, 1, -1), strict=False))
        base.append((total * 10 % 11) % 10)
    s = "".join(map(str, base))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if formatted else s


def bsn() -> str:
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        last = total % 11
        if last < 10:
            return "".join(map(str, digits)) + str(last)


def luhn_complete(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return partial + str((10 - total % 10) % 10)


def personnummer() -> str:
    body = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    serial = f"{rng.randint(100, 999)}"
    full = luhn_complete(body + serial)
    return f"{full[:6]}-{full[6:]}"


def dni() -> str:
    number = rng.randint(10_000_000, 99_999_999)
    return f"{number}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"


def nie() -> str:
    lead = rng.choice("XYZ")
    number = rng.randint(1_000_000, 9_999_999)
    value = int(str("XYZ".index(lead)) + f"{number:07d}")
    return f"{lead}{number:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[value % 23]}"


_VERHOEFF_D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],
               [3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],
               [6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],
               [9,8,7,6,5,4,3,2,1,0]]  # fmt: skip
_VERHOEFF_P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],
               [8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],
               [2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]  # fmt: skip
_VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar() -> str:
    base = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(base)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    full = base + str(_VERHOEFF_INV[c])
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def pan() -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    head = "".join(rng.choice(letters) for _ in range(3)) + "P" + rng.choice(letters)
    return head + f"{rng.randint(1, 9999):04d}" + rng.choice(letters)


def nino() -> str:
    return (rng.choice("ABCEHJKLMNPRSTWXYZ") + rng.choice("ABCEHJKLMNPRSTWXYZ")
            + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(3)) + " " + rng.choice("ABCD"))  # fmt: skip


def codice_fiscale() -> str:
    odd = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
           **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                      [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
                       16, 10, 22, 25, 24, 23], strict=True))}  # fmt: skip
    even = {**{str(i): i for i in range(10)},
            **{ch: i for i, ch in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}}  # fmt: skip
    cons = "BCDFGHLMNPRSTVZ"
    body = "".join(rng.choice(cons) for _ in range(6)) + f"{rng.randint(50, 99)}"
    body += rng.choice("ABCDEHLMPRST") + f"{rng.randint(1, 28) + rng.choice([0, 40]):02d}"
    body += rng.choice("ABCDEFGHILM") + f"{rng.randint(100, 999)}"
    total = sum((odd if i % 2 == 0 else even)[ch] for i, ch in enumerate(body))
    return body + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[total % 26]


def curp() -> str:
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    body = "".join(rng.choice("BCDFGHLMNPRSTVZ") for _ in range(1)) + rng.choice("AEIOU")
    body += "".join(rng.choice("BCDFGHLMNPRSTVZ") for _ in range(2))
    body += f"{rng.randint(60, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    body += rng.choice("HM") + rng.choice(["DF", "JC", "NL", "PL", "VZ"])
    body += "".join(rng.choice("BCDFGHLMNPRSTVZ") for _ in range(3)) + "0"
    total = sum(alphabet.index(ch) * (18 - i) for i, ch in enumerate(body))
    return body + str((10 - total % 10) % 10)


def iban_lower() -> str:
    bban = "37040044" + "".join(str(rng.randint(0, 9)) for _ in range(10))
    numeric = "".join(str(int(ch, 36)) for ch in bban + "DE00")
    check = 98 - int(numeric) % 97
    return f"de{check:02d}{bban}"


def routing() -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d = [0, 2 + rng.randint(0, 1)] + d[2:]
        total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        check = (10 - total % 10) % 10
        return "".join(map(str, d)) + str(check)


def card() -> str:
    return luhn_complete("4" + "".join(str(rng.randint(0, 9)) for _ in range(14)))


def _confirm() -> None:
    from stdnum import iban, luhn
    from stdnum.br import cpf as br_cpf
    from stdnum.es import dni as es_dni
    from stdnum.es import nie as es_nie
    from stdnum.in_ import aadhaar as in_aadhaar
    from stdnum.it import codicefiscale
    from stdnum.mx import curp as mx_curp
    from stdnum.nl import bsn as nl_bsn
    from stdnum.pl import pesel as pl_pesel
    from stdnum.se import personnummer as se_pn
    from stdnum.us import rtn

    for fn, check in [(pesel, pl_pesel), (bsn, nl_bsn), (dni, es_dni), (nie, es_nie),
                      (aadhaar, in_aadhaar), (codice_fiscale, codicefiscale),
                      (personnummer, se_pn), (routing, rtn), (card, luhn)]:  # fmt: skip
        for _ in range(20):
            assert check.is_valid(fn()), fn.__name__
    assert br_cpf.is_valid(cpf(True)) and iban.is_valid(iban_lower().upper())
    for _ in range(20):
        value = curp()
        if not mx_curp.is_valid(value):
            raise AssertionError(value)


# -- people and text --------------------------------------------------------------------

NAMES = ["Priya Raman", "Tomasz Nowak", "Ana Díaz Ortega", "Jean-Luc Moreau", "Sanne van der Berg",
         "Giulia Ferrari", "Lars Eriksson", "Ayşe Yılmaz", "João Pereira", "Mei Chen",
         "Olusegun Adeyemi", "Fatima Al-Sayed", "J. R. Whitfield", "Hannah Müller"]  # fmt: skip
CJK_NAMES = ["王小明", "佐藤花子", "김민준", "李静"]
PHONES = ["+1 212 555 0143", "07700 900461", "+44 20 7946 0321", "06 39 98 12 34",
          "+49 30 901820", "0491 570 156", "+34 612 34 56 78", "(646) 555-0187"]  # fmt: skip
EMAILS = ["priya.raman@example.com", "t.nowak@example.pl", "jeanluc.moreau@example.fr",
          "giulia.f@example.it", "müller@exämple.de", '"mei chen"@example.org']  # fmt: skip

CLEAN = {
    "en": ["what are your opening hours on Sunday", "can you repeat that", "I'd like to book a table for four tomorrow at seven",
           "is the pharmacy counter open on public holidays", "do you deliver to the airport area", "that's all, thanks, bye",
           "how much is the premium plan per month", "sorry, the line is bad, could you say that again",
           "Sure! We're open from 9 am to 6 pm, Monday to Saturday.", "Your table for four is booked for tomorrow at 7 pm.",
           "I can help you with that. Which size would you like?", "yes please", "no, that's fine"],
    "es": ["¿a qué hora abren el domingo?", "quisiera reservar una mesa para dos", "vale, muchas gracias, adiós",
           "¿tienen aparcamiento?", "Claro, abrimos de lunes a sábado de 10 a 20 h."],
    "fr": ["vous êtes ouverts le dimanche ?", "je voudrais réserver pour ce soir", "d'accord, merci, bonne journée",
           "Bien sûr, nous livrons dans tout Paris sous 48 heures."],
    "de": ["haben Sie am Sonntag geöffnet?", "ich möchte einen Tisch für vier Personen reservieren", "alles klar, danke, tschüss",
           "Gerne, die Lieferung dauert zwei bis drei Werktage."],
    "pt": ["obrigado, tchau", "vocês abrem no feriado?", "quero saber o preço do plano anual"],
    "it": ["siete aperti la domenica?", "vorrei prenotare un tavolo per due", "grazie mille, arrivederci"],
    "nl": ["zijn jullie zondag open?", "ik wil graag een afspraak maken voor volgende week"],
    "pl": ["czy jesteście otwarci w niedzielę?", "dziękuję, do widzenia"],
    "sv": ["har ni öppet på söndag?", "tack så mycket, hej då"],
    "tr": ["pazar günü açık mısınız?", "teşekkürler, iyi günler"],
    "ja": ["日曜日は営業していますか", "もう一度お願いします", "ありがとうございました"],
    "zh": ["你们星期天营业吗", "请再说一遍", "好的，谢谢，再见"],
    "ru": ["вы работаете в воскресенье?", "спасибо, до свидания"],
    "ko": ["일요일에 영업하나요?", "감사합니다"],
    "ar": ["هل أنتم مفتوحون يوم الأحد؟", "شكرا، مع السلامة"],
    "hi": ["kya aap Sunday ko khule hain?", "dhanyavaad, alvida"],
}  # fmt: skip

SENSITIVE = {
    "health": ["I was just diagnosed with type 2 diabetes and need to move my appointment",
               "my doctor says I have early-stage breast cancer, can I pause my membership",
               "I'm on antidepressants and they make me dizzy, I can't drive to the store",
               "I'm HIV positive and need my prescription refilled before Friday",
               "me acaban de diagnosticar cáncer de colon y necesito cancelar el viaje",
               "je suis enceinte de trois mois et je dois changer ma réservation",
               "ich habe seit Januar eine schwere Depression und kann nicht arbeiten",
               "sono in chemioterapia e non posso venire di persona",
               "estou fazendo hemodiálise três vezes por semana",
               "我刚被诊断出糖尿病，需要改预约", "うつ病で通院しているので予約を変更したい"],
    "finance": ["I'm three months behind on my mortgage and the bank is threatening foreclosure",
                "I filed for bankruptcy last year so my card was cancelled",
                "I lost my job and can't pay this month's rent",
                "estoy en quiebra y no puedo pagar la factura",
                "j'ai des dettes de 40 000 euros et je suis surendetté",
                "ich bin seit März arbeitslos und habe Schulden bei drei Banken"],
    "legal": ["I have a court hearing on Thursday about the custody of my kids",
              "I was arrested last weekend and my lawyer told me to call you",
              "my ex has a restraining order against me so I can't pick up the order there",
              "tengo un juicio por despido la semana que viene",
              "je suis en instance de divorce, mettez le compte à mon nom seul",
              "ich bin auf Bewährung und darf das Land nicht verlassen"],
    "bereavement": ["my husband passed away last week and I need to close his account",
                    "my mother died on Sunday, I need to cancel her subscription",
                    "mi padre falleció ayer, quiero dar de baja su línea",
                    "ma femme est décédée le mois dernier",
                    "mein Sohn ist letzte Woche gestorben",
                    "minha mãe faleceu e preciso encerrar a conta dela"],
}  # fmt: skip
#: Near misses: the same topics, about nobody.
SENSITIVE_NEAR = ["does the clinic take walk-ins on Saturday", "what is your refund policy for cancelled trips",
                  "is the pharmacy open late", "how do I update the billing address on the business account",
                  "can a lawyer pick up a parcel on behalf of a company", "do you sell sympathy flowers",
                  "¿la farmacia abre los domingos?", "quels sont vos frais de dossier ?",
                  "Our clinic offers flu vaccines every weekday.", "Refunds are processed within 5 business days."]  # fmt: skip

CONTENT_KEYS = ["gen_ai.prompt.0.content", "gen_ai.completion.0.content", "llm.input_messages.0.message.content",
                "input.value", "output.value", "lk.user_transcript", "lk.response.text", "transcript",
                "pipecat.transcription", "tts.text", "stt.transcript", "gen_ai.user.message.content"]  # fmt: skip

rows: list[dict[str, object]] = []


def add(cls: str, key: str, value: object, kinds: list[str], site: str = "attribute") -> None:
    rows.append({"id": len(rows), "class": cls, "site": site, "key": key, "value": value,
                 "kinds": sorted(kinds)})  # fmt: skip


def chat(*turns: tuple[str, str]) -> str:
    return json.dumps([{"role": r, "content": c} for r, c in turns], ensure_ascii=False)


def main() -> None:
    _confirm()
    # clean conversation, every language, under content keys
    for lang, phrases in CLEAN.items():
        for text in phrases:
            add(f"neg.content.{lang}", rng.choice(CONTENT_KEYS), text, [])
    for text in SENSITIVE_NEAR:
        add("neg.content.sensitive_topic", rng.choice(CONTENT_KEYS), text, [])
    # clean chat requests, tool arguments about the business, STT responses
    for _ in range(12):
        a, b = rng.sample(CLEAN["en"] + CLEAN["es"] + CLEAN["de"], 2)
        add("neg.content.chat", rng.choice(["gen_ai.input.messages", "lk.chat_ctx", "llm.request.messages"]),
            chat(("system", "You are the booking assistant of Café Lumen."), ("user", a), ("assistant", b)), [])  # fmt: skip
    tools = [{"date": "2026-12-24", "party_size": 4, "time": "19:30"}, {"sku": "TSHIRT-M-BLUE", "qty": 2},
             {"location": "Berlin", "radius_km": 5}, {"order_id": "ORD-2026-004512"},
             {"query": "opening hours", "store_id": 1042}, {"product": "premium", "period": "monthly"},
             {"available": True, "slots": ["18:00", "20:30"]}, {"status": "shipped", "eta_days": 3},
             {"city": "São Paulo", "category": "pharmacy"}, {"appointment_type": "dental cleaning", "week": 51}]  # fmt: skip
    for t in tools:
        key = rng.choice(["gen_ai.tool.call.arguments", "gen_ai.tool.call.result", "lk.function_tool.arguments",
                          "lk.function_tool.output", "pipecat.function_call.arguments"])  # fmt: skip
        add("neg.content.tool_business", key, json.dumps(t, ensure_ascii=False), [])
    for text in rng.sample(CLEAN["en"], 6) + CLEAN["fr"][:2] + CLEAN["ja"][:1]:
        stt = {"is_final": True, "channel": {"alternatives": [{"transcript": text, "confidence": 0.97}]},
               "duration": 1.82, "request_id": "5b4c0e6e-0c1e-4a5e-9d3b-2f0c7e1a9d11"}  # fmt: skip
        add("neg.content.stt_response", "stt.response", json.dumps(stt, ensure_ascii=False), [])
    # identifiers inside content
    for n in NAMES:
        tpl = rng.choice(["hi, this is {} calling about my order", "my name is {}", "{} here, I booked for tonight",
                          "me llamo {}", "je m'appelle {}", "ich heiße {}", "mi chiamo {}", "nazywam się {}"])  # fmt: skip
        add("pos.content.name", rng.choice(CONTENT_KEYS), tpl.format(n), ["name"])
    for n in CJK_NAMES:
        add(
            "pos.content.name_cjk",
            rng.choice(CONTENT_KEYS),
            f"我叫{n}" if len(n) <= 3 else f"私は{n}です",
            ["name"],
        )
    add(
        "pos.content.name_third_party",
        "lk.user_transcript",
        "my emergency contact is my sister Laura Bianchi",
        ["name"],
    )
    add(
        "pos.content.name_staff",
        "gen_ai.completion.0.content",
        "I'll transfer you to Dr. Okafor, your cardiologist",
        ["name", "sensitive"],
    )
    for p in PHONES:
        tpl = rng.choice(["you can reach me at {}", "call me back on {} please", "mi número es {}",
                          "mon numéro c'est le {}", "meine Nummer ist {}"])  # fmt: skip
        add("pos.content.phone", rng.choice(CONTENT_KEYS), tpl.format(p), ["phone"])
    add(
        "pos.content.phone_spoken",
        "lk.user_transcript",
        "it's seven one eight, five five five, zero one four two",
        ["phone"],
    )
    for e in EMAILS:
        add("pos.content.email", rng.choice(CONTENT_KEYS), f"send the receipt to {e}", ["email"])
    add(
        "pos.content.email_spelt",
        "stt.transcript",
        "my email is priya dot raman at example dot com",
        ["email"],
    )
    for _ in range(4):
        c = card()
        grouped = rng.choice([" ", ".", "-"]).join(c[i : i + 4] for i in range(0, 16, 4))
        add("pos.content.card", rng.choice(CONTENT_KEYS), f"my card number is {grouped}", ["card"])
    c = card()
    words = "zero one two three four five six seven eight nine".split()
    add(
        "pos.content.card_spoken",
        "stt.transcript",
        "card number " + " ".join(words[int(d)] for d in c),
        ["card"],
    )
    add(
        "pos.content.iban_lower", "lk.user_transcript", f"please refund to {iban_lower()}", ["iban"]
    )
    add(
        "pos.content.iban",
        "gen_ai.prompt.0.content",
        "my IBAN is GB33 BUKB 2020 1555 5555 55",
        ["iban"],
    )
    add(
        "pos.content.bank_us",
        "lk.user_transcript",
        f"routing {routing()} account 004512873310",
        ["bank_account"],
    )
    ids = [("NINO", "my national insurance number is {}", nino), ("DNI", "mi DNI es {}", dni),
           ("NIE", "mi NIE es el {}", nie), ("CURP", "mi CURP es {}", curp),
           ("CF", "il mio codice fiscale è {}", codice_fiscale), ("PAN", "my PAN is {}", pan),
           ("Aadhaar", "my Aadhaar number is {}", aadhaar), ("PESEL", "mój PESEL to {}", pesel),
           ("CPF", "meu CPF é {}", lambda: cpf(True)), ("BSN", "mijn BSN is {}", bsn),
           ("personnummer", "mitt personnummer är {}", personnummer)]  # fmt: skip
    for name, tpl, fn in ids:
        add(
            f"pos.content.national_id.{name}",
            rng.choice(CONTENT_KEYS),
            tpl.format(fn()),
            ["national_id"],
        )
        add(f"pos.tool.national_id.{name}", "gen_ai.tool.call.arguments",
            json.dumps({"document": fn(), "purpose": "identity check"}), ["national_id"])  # fmt: skip
    add("pos.content.ssn", "lk.user_transcript", "my social is 512-44-8372", ["ssn"])
    for dob in ["14/03/1985", "3. März 1979", "le 12 juin 1990", "1988年7月21日", "21.07.1988"]:
        add("pos.content.dob", rng.choice(CONTENT_KEYS), f"my date of birth is {dob}", ["dob"])
    add("pos.content.dob_nested", "gen_ai.input.messages",
        chat(("user", "I need to verify my account"), ("assistant", "What is your date of birth?"),
             ("user", "born 02/11/1974")), ["dob"])  # fmt: skip
    for addr in ["221B Baker Street, London", "Calle de Alcalá 45, 28014 Madrid", "12 rue de la Paix, Paris",
                 "Hauptstraße 5, 10115 Berlin"]:  # fmt: skip
        add("pos.content.address", rng.choice(CONTENT_KEYS), f"deliver it to {addr}", ["address"])
    add(
        "pos.content.secret",
        "lk.user_transcript",
        "the wifi password is Tr0ub4dor&3xyz",
        ["secret"],
    )
    add(
        "pos.tool.email",
        "gen_ai.tool.call.arguments",
        json.dumps({"email": "olusegun.a@example.com", "slot": "18:00"}),
        ["email"],
    )
    add(
        "pos.tool.phone",
        "lk.function_tool.arguments",
        json.dumps({"callback": "+1 212 555 0178"}),
        ["phone"],
    )
    add(
        "pos.tool.name",
        "gen_ai.tool.call.arguments",
        json.dumps({"guest_name": "Hannah Müller", "party": 2}),
        ["name"],
    )
    # sensitive disclosures, no identifier
    for topic, phrases in SENSITIVE.items():
        for text in phrases:
            add(f"pos.content.sensitive.{topic}", rng.choice(CONTENT_KEYS), text, ["sensitive"])
    add("pos.content.sensitive_in_chat", "gen_ai.input.messages",
        chat(("user", "I need to cancel"), ("assistant", "May I ask why?"),
             ("user", "my wife passed away on Monday")), ["sensitive"])  # fmt: skip
    # the same identifiers and secrets outside content, for the developer side
    add("pos.header.ip", "http.request.header.cf-connecting-ip", "81.2.69.192", ["ip"])
    add("pos.header.ip", "http.request.header.x-forwarded-for", "81.2.69.160, 10.0.0.4", ["ip"])
    add("pos.log.ip", "log.message", "accepted websocket from 81.2.69.142:53312", ["ip"])
    add("pos.ice.ip", "webrtc.ice.candidate", "candidate:842163049 1 udp 1677729535 81.2.69.143 54400 typ srflx raddr 10.0.0.5 rport 54400", ["ip"])  # fmt: skip
    add(
        "pos.sql.secret",
        "db.statement",
        "ALTER USER app_rw WITH PASSWORD 'vN3q!x9LwZ2p'",
        ["secret"],
    )
    add("pos.header.secret", "http.request.header.sec-websocket-protocol", "token, eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk", ["secret"])  # fmt: skip
    add("pos.url.secret", "http.url", "https://hooks.slack.com/services/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", ["secret"])  # fmt: skip
    add("pos.oauth.secret", "log.message", "refresh ok, access_token ya29.a0AfH6SMBx3kP9qLm2VnR7tY8uW1zXcE4dFgHj", ["secret"])  # fmt: skip
    # benign neighbours outside content
    add("neg.ip.testnet", "client.address", "192.0.2.44", [])
    add("neg.ip.edge", "net.peer.ip", "104.16.132.229", [])
    add("neg.phone.business", "patter.agent.number", "+1 212 555 0100", [])
    add("neg.secret.masked", "openai.api_key", "sk-…ed", [])
    add(
        "neg.redaction.tag",
        "lk.user_transcript",
        "my number is <PHONE> and my email is <EMAIL>",
        [],
    )
    add("neg.redaction.hash", "lk.user_transcript", "caller sha256:9f86d081884c7d659a2feaea0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0", [])  # fmt: skip
    add("neg.id.trace", "trace.parent_id", "4111111111111111", [])
    add("neg.sku", "product.sku", "123-45-6789", [])
    add("neg.provider_error", "openai.error.body", '{"error": {"message": "Rate limit reached for gpt-4o", "type": "tokens"}}', [])  # fmt: skip
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows, {sum(1 for r in rows if r['kinds'])} positive -> {OUT.name}")


if __name__ == "__main__":
    main()
