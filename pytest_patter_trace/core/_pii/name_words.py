"""Word lists that tell a capitalised word from a person's name, kept by hand.

Each list says why no library has it. :mod:`.names` reads them.
"""

from __future__ import annotations

import re

from .vocabulary import words

__all__ = [
    "BUSINESS_FIRST",
    "CALENDAR",
    "CASELESS_NAME",
    "COMMON_GIVEN",
    "EMPATHY",
    "NAME_FIELDS",
    "NOT_IN_PERSON_FIELD",
    "PEOPLE_TABLE",
    "PERSON_FIELDS_MORE",
    "PLACE_BEFORE",
    "VOCATIVE_BEFORE",
]

#: Days and months in more languages: capitalised by some writers, never a person. Kept
#: by hand: the standard library names them only in the process's own locale.
CALENDAR = words(
    """lundi mardi mercredi jeudi vendredi samedi dimanche janvier février avril juin
    juillet août septembre octobre novembre décembre lunes martes miércoles jueves viernes
    sábado enero febrero marzo abril junio julio agosto septiembre octubre noviembre
    diciembre lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio
    aprile maggio giugno luglio settembre ottobre dicembre segunda terça quarta quinta
    sexta janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni
    juli oktober dezember maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    poniedziałek wtorek środa czwartek piątek sobota niedziela pazartesi salı çarşamba
    perşembe cuma cumartesi pazar senin selasa rabu kamis jumat sabtu minggu isnin khamis
    jumaat ahad måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag torsdag
    fredag lørdag søndag hétfő kedd szerda csütörtök péntek szombat vasárnap luni marți
    miercuri joi vineri sâmbătă duminică pondělí úterý středa čtvrtek pátek neděle"""
)
#: Words before a comma that make the next capitalised word a place ("in Lyon, France").
#: Kept by hand: prepositions of place are grammar, which no installed package lists.
PLACE_BEFORE = words(
    """in at from to near into via of en à au aux de dans vers desde hacia em no na para
    aus nach bei von zu w we z ze do из в во на к di da per tra fra"""
)
#: Words of sympathy and apology that open a sentence said to someone ("I'm sorry to hear
#: that, Ana."). Kept by hand: no package lists them across languages.
EMPATHY = words(
    """sorry siento lamento disculpe désolé désolée navré navrée leid tut entschuldigung
    dispiace spiacente sinto lamento desculpe spijt excuses przykro przepraszam жаль
    извините шкода вибачте üzgünüm maaf ursäkta beklager valitettavasti"""
)

#: Everyday words that are also given names in some locale and that faker's word lists
#: do not carry (English months, virtues, places). Kept by hand: no package lists the
#: overlap between names and words.
COMMON_GIVEN = words(
    """may june april august january march will bill mark grace hope faith joy dawn rose
    page sunny jordan paris victoria santa summer autumn winter spring sky star storm
    river lake forest brook penny ruby amber pearl crystal jade ivy holly daisy lily
    iris violet olive hazel honey candy cherry sugar angel bishop king queen duke prince
    earl baron major chase chance hunter archer carter cook baker miles price rich long
    young white brown green gray grey black gold silver north west south east sun son
    sol luz mar paz can deniz ay nur gül ali ben van von de la le del el al da di do
    dom don santo santos felicidad domingo lunes martes sabado sábado amparo rosario
    pilar consuelo dolores mercedes asunción patience charity honor honour justice
    liberty trinity destiny harmony melody miracle blessing unique precious royal
    london berlin madrid roma rome florence sydney austin dallas houston phoenix denver
    aurora venus apollo claude siri alexa gemini tesla delta virgin echo nova sonnet
    opus haiku llama mistral"""
)
#: Fields of a tool's record that hold a person's name, in more languages: "name" and the
#: person words ("hasta": a patient). Kept by hand: no package maps field names to kinds.
PERSON_FIELDS_MORE = words(
    """hasta paciente patient paziente patiënt pacjent пациент potilas asiakas müşteri
    assignee agent rep representative nurse doctor clinician physician therapist
    technician advisor adviser supervisor caseworker coordinator"""
)
#: A tool's field that holds a name, bare ("name", "nimi", "nome"), in more languages.
NAME_FIELDS = words(
    """name names nimi nome nombre nom naam namn navn isim adsoyad imie imię имя név
    jméno ime όνομα 이름 名前 姓名 氏名"""
)
#: A whole name in one word of a script without spaces: two to four hangul syllables,
#: or two to five kanji and kana.
CASELESS_NAME = re.compile(r"[\uac00-\ud7a3]{2,4}|[\u4e00-\u9fff\u3005\u30a0-\u30ff]{2,5}")

#: Words before a given name said to someone ("Thanks, Daniel."), in several languages.
VOCATIVE_BEFORE = words(
    """thanks thank you thx cheers hi hello hey dear bye goodbye welcome sorry ok okay
    alright great perfect sure course right yes morning evening afternoon night noted
    understood certainly absolutely merci bonjour bonsoir salut bienvenue désolé désolée
    parfait entendu d'accord oui gracias hola claro perfecto entendido vale buenos buenas
    días tardes noches bienvenido bienvenida disculpe perdón sí adiós danke hallo
    natürlich klar perfekt verstanden willkommen tschüss tag morgen abend ja grazie ciao
    certo perfetto capito benvenuto benvenuta buongiorno buonasera obrigado obrigada olá
    oi perfeito bem-vindo bem-vinda dia tarde noite sim bedankt dank dankjewel hoi
    goedemorgen prima dziękuję dzięki cześć dobry спасибо привет здравствуйте хорошо
    конечно teşekkürler merhaba tamam tack hej kiitos moi ευχαριστώ γεια"""
)
#: A table of people after FROM, UPDATE, INTO or JOIN ("FROM patients", "UPDATE contacts").
#: Kept by hand: SQL parsers on the index do not say what a table holds.
PEOPLE_TABLE = re.compile(
    r"(?i)\b(?:from|update|into|join)\s+[\"`]?(?:\w+\.)?(?:customers?|clients?|contacts?|users?"
    r"|patients?|members?|people|persons?|employees?|staff|callers?|guests?|leads?"
    r"|accounts?|subscribers?|students?|passengers?|applicants?|clientes?|pacientes?|kunden)\b"
)
#: First words of a business's or a branch's name under a name field ("Sucursal ...",
#: "Farmacia ..."). Kept by hand: no package lists the words that open shop names.
BUSINESS_FIRST = words(
    """sucursal filial loja tienda boutique branch store shop restaurante restaurant
    ristorante hotel clínica clinica clinic farmacia farmácia pharmacy pharmacie apotheke
    oficina office agencia agência agence filiale magasin negozio winkel butik sklep
    mağaza şube toko cabang kedai warung cafe café bistro trattoria"""
)
#: Words of a tool's person field that show it holds a plan, a status or a role.
NOT_IN_PERSON_FIELD = words(
    """tier level plan status gold silver bronze platinum premium basic standard vip
    true false null none unknown anonymous guest user customer caller member new"""
)
#: Greetings of regional varieties (Swiss, Austrian and Bavarian German, Flemish), read as
#: greetings before a name: "Grüß Gott, ..." opens a turn, it names no one.
REGIONAL_GREETINGS = words(
    """grüß grüss griaß grias grüezi gruezi grüessech servus servas moin salü goeiedag
    goeiemorgen goeiemiddag goeienavond goedendag"""
)
